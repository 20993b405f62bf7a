"""The extraction orchestrator on small inline texts: responsibility assignment, lead rules, targets,
cites, labels, ids, problems and determinism."""

from __future__ import annotations

import hashlib
from decimal import Decimal
from pathlib import Path

import pytest

from policykg.errors import ExtractError
from policykg.loaders.extract import doc_id_for, extract
from policykg.loaders.extract import document as extract_mod
from policykg.loaders.normalize import match_text, name_key
from policykg.models import ParsedDocument, SourceDocument

_FULL = {"(": "（", ")": "）", ":": "：", ",": "，", ";": "；"}


def make(text: str, name: str = "t.txt") -> SourceDocument:
    return SourceDocument(
        path=Path(name),
        source_file=name,
        text=text,
        match=match_text(text),
        encoding="utf-8",
        script="Hans",
        format="txt",
        sha256="0",
    )


def fullwidth(text: str) -> str:
    return "".join(_FULL.get(ch, ch) for ch in text)


def traditional(text: str) -> str:
    import opencc

    return str(opencc.OpenCC("s2tw").convert(text))


VARIANTS = [lambda t: t, fullwidth, traditional, lambda t: fullwidth(traditional(t))]
VARIANT_IDS = ["simplified-ascii", "simplified-fullwidth", "traditional-ascii", "traditional-fullwidth"]


def run(text: str) -> ParsedDocument:
    return extract(make(text))


def surfaces(refs) -> list[str]:  # type: ignore[no-untyped-def]
    return [name_key(r.surface) for r in refs]


def keys(items: list[str]) -> list[str]:
    return [name_key(s) for s in items]


# --------------------------------------------------------------------------- doc ids


def test_doc_id_for() -> None:
    assert doc_id_for("000_d2980e7058eb73c1.txt") == "000_d2980e7058eb73c1"
    assert doc_id_for("some/dir/plan-2023.v2.html") == "plan-2023.v2"
    stem = "关于印发实施方案的通知"
    expected = "d" + hashlib.sha1(stem.encode("utf-8")).hexdigest()[:16]
    assert doc_id_for(stem + ".txt") == expected == doc_id_for(stem + ".docx")
    assert doc_id_for("a b.txt").startswith("d") and len(doc_id_for("a b.txt")) == 17


# --------------------------------------------------------------------------- responsibility

INLINE = (
    "青岛市人力资源和社会保障局关于印发实施方案的通知\n"
    "一、主要举措\n"
    "(一)实施企业人才保障行动\n"
    "1.实施就业服务保障计划。统筹优化就业政策。(责任处室:就业处、就业人才中心)\n"
    "2.实施重点项目引才计划。全年引才2万人以上。(责任处室:人才开发处、就业人才中心,各区、市人力资源社会保障局)\n"
)


@pytest.mark.parametrize("variant", VARIANTS, ids=VARIANT_IDS)
def test_inline_clause_applies_to_its_measure(variant) -> None:  # type: ignore[no-untyped-def]
    doc = run(variant(INLINE))
    assert [m.number for m in doc.measures] == ["1", "2"]
    assert surfaces(doc.measures[0].responsible) == keys(["就业处", "就业人才中心"])
    # 各区、市人力资源社会保障局 is one unit despite its 、
    assert surfaces(doc.measures[1].responsible) == keys(
        ["人才开发处", "就业人才中心", "各区、市人力资源社会保障局"]
    )
    assert all(not m.lead for m in doc.measures)
    # the label stops at the first 。 and never includes the clause
    assert name_key(doc.measures[0].label) == name_key(variant("实施就业服务保障计划"))


@pytest.mark.parametrize("variant", VARIANTS, ids=VARIANT_IDS)
def test_section_level_line_covers_every_measure_since_previous_clause(variant) -> None:  # type: ignore[no-untyped-def]
    text = variant(
        "二、主要举措\n\n"
        "(一)塑造高技能人才培养新引擎\n\n"
        "目标任务:力争每年新增高技能人才2万人以上\n\n"
        "工作措施:\n\n"
        "1.建立健全五项机制。\n\n"
        "2.发挥示范引领作用\n\n"
        "3.强化平台辐射带动作用。\n\n"
        "责任部门:职业能力建设处、青岛市公共就业和人才服务中心\n\n"
        ")打造职业技能提升新高地\n\n"
        "1.落实培训制度。\n\n"
        "责任部门:人才开发处\n"
    )
    doc = run(text)
    assert len(doc.measures) == 4
    for m in doc.measures[:3]:
        assert surfaces(m.responsible) == keys(["职业能力建设处", "青岛市公共就业和人才服务中心"])
        assert m.lead == []
    assert surfaces(doc.measures[3].responsible) == keys(["人才开发处"])
    sec = doc.sections[1]
    assert sec.number == "(一)"
    assert surfaces(sec.responsible) == keys(["职业能力建设处", "青岛市公共就业和人才服务中心"])
    # the section's own target line belongs to the section, not to a measure
    assert [(t.value, t.unit) for t in sec.targets] == [(Decimal(20000), "人")]
    assert doc.sections[2].repaired and doc.sections[2].number == "(二)"
    assert any("repaired" in p for p in doc.problems)


def test_lost_separator_is_split_by_the_lexicon() -> None:
    doc = run(
        "二、主要举措\n(一)甲\n1.做甲。\n"
        "责任部门:职业能力建设处、青岛市公共就业和人才服务中心青岛市人力资源发展研究与促进中心\n"
    )
    assert surfaces(doc.measures[0].responsible) == keys(
        ["职业能力建设处", "青岛市公共就业和人才服务中心", "青岛市人力资源发展研究与促进中心"]
    )


LEAD_RULE = (
    "三、主要任务\n"
    "(一)打造就业市场环境\n"
    "1.促进高质量就业。实现良性互动。\n"
    "责任单位:区发展和改革局、区人力资源和社会保障局(排第一位的为牵头单位,下同)\n"
    "2.推进校城融合。加大引才力度。\n"
    "责任单位:区人力资源和社会保障局、区财政局\n"
)


@pytest.mark.parametrize("variant", VARIANTS, ids=VARIANT_IDS)
def test_stated_lead_rule_applies_here_and_below(variant) -> None:  # type: ignore[no-untyped-def]
    doc = run(variant(LEAD_RULE))
    m1, m2 = doc.measures
    assert surfaces(m1.lead) == keys([variant("区发展和改革局")])
    assert surfaces(m1.responsible) == keys([variant("区发展和改革局"), variant("区人力资源和社会保障局")])
    assert surfaces(m2.lead) == keys([variant("区人力资源和社会保障局")])
    assert doc.meta.lead_rule and "牵头" in match_text(doc.meta.lead_rule)


def test_clauses_before_the_rule_get_no_lead() -> None:
    text = (
        "一、甲\n1.做甲。\n责任单位:市人社局、市财政局\n"
        "二、乙\n1.做乙。\n责任单位:市教育局、市科技局(列第一位者为牵头单位)\n"
        "2.做丙。\n责任单位:市商务局、市财政局\n"
    )
    doc = run(text)
    assert [surfaces(m.lead) for m in doc.measures] == [[], keys(["市教育局"]), keys(["市商务局"])]


def test_rule_stated_in_the_preamble_applies_to_all_clauses() -> None:
    text = (
        "各项任务中列第一位者为牵头单位。\n"
        "一、任务\n1.做甲。(责任单位:市人社局、市财政局)\n2.做乙。(责任单位:市教育局)\n"
    )
    doc = run(text)
    assert [surfaces(m.lead) for m in doc.measures] == [keys(["市人社局"]), keys(["市教育局"])]


@pytest.mark.parametrize("variant", VARIANTS, ids=VARIANT_IDS)
def test_lead_support_split_and_labelled_split(variant) -> None:  # type: ignore[no-untyped-def]
    text = variant(
        "一、任务\n"
        "1.建设人才公寓。新建公寓100套。(市住建局牵头,市财政局、市人社局配合)\n"
        "2.开展招聘活动。\n"
        "牵头单位:市人社局;责任单位:市教育局、市科技局\n"
    )
    doc = run(text)
    m1, m2 = doc.measures
    assert surfaces(m1.lead) == keys([variant("市住建局")])
    assert set(surfaces(m1.responsible)) == set(
        keys([variant(s) for s in ["市住建局", "市财政局", "市人社局"]])
    )
    assert surfaces(m2.lead) == keys([variant("市人社局")])
    assert set(surfaces(m2.responsible)) == set(
        keys([variant(s) for s in ["市人社局", "市教育局", "市科技局"]])
    )
    for m in doc.measures:
        assert {r.key for r in m.lead} <= {r.key for r in m.responsible}
    # the label of a measure whose clause follows the 。 is only its lead phrase
    assert name_key(m1.label) == name_key(variant("建设人才公寓"))


def test_header_line_before_measures_applies_to_the_section() -> None:
    doc = run("一、任务\n(一)人才引进\n责任单位:市人社局\n1.做甲。\n2.做乙。\n(二)人才培养\n1.做丙。\n")
    assert [surfaces(m.responsible) for m in doc.measures] == [keys(["市人社局"]), keys(["市人社局"]), []]
    assert surfaces(doc.sections[1].responsible) == keys(["市人社局"])
    assert any("no responsible unit" in p for p in doc.problems)


def test_measure_without_clause_in_doc_without_clauses_is_not_a_problem() -> None:
    doc = run("一、任务\n1. 优化机制。推进工作。\n2. 强化供给。\n")
    assert len(doc.measures) == 2 and all(not m.responsible for m in doc.measures)
    assert not any("no responsible unit" in p for p in doc.problems)


# --------------------------------------------------------------------------- targets, cites, labels


def test_targets_go_to_measures_sections_and_document() -> None:
    text = (
        "为做好工作,全市新增就业5万人以上。\n"
        "一、工作目标\n"
        "全年新增高技能人才2万人以上。\n"
        "二、主要任务\n"
        "1.开展培训。全年开展职业技能培训30万人次。\n"
    )
    doc = run(text)
    assert [(t.value, t.unit) for t in doc.doc_targets] == [(Decimal(50000), "人")]
    assert [(t.value, t.unit) for t in doc.sections[0].targets] == [(Decimal(20000), "人")]
    assert doc.sections[1].targets == []
    assert [(t.value, t.unit) for t in doc.measures[0].targets] == [(Decimal(300000), "人次")]


def test_measure_cites_and_label_without_full_stop() -> None:
    text = (
        "一、任务\n"
        "1.制定出台《关于加强人才服务体系建设的实施意见》和《人才发展研究报告》\n"
        "2.落实终身职业技能培训制度,落实相应补贴(责任单位:市人社局)\n"
    )
    doc = run(text)
    m1, m2 = doc.measures
    assert m1.cites == ["关于加强人才服务体系建设的实施意见", "人才发展研究报告"]
    assert m1.label == "制定出台《关于加强人才服务体系建设的实施意见》和《人才发展研究报告》"
    assert m2.label == "落实终身职业技能培训制度,落实相应补贴"
    assert m2.cites == []


def test_measure_text_round_trips_and_ordinals_run_through_attachments() -> None:
    text = (
        "一、任务\n1.出台方案。\n附件:1.甲方案\n2.乙方案\n"
        "附件1\n甲方案\n一、措施\n1.搭建平台。(责任单位:区人社局)\n"
        "附件2\n乙方案\n一、措施\n1.开展活动。(责任单位:区教育局)\n2.做好服务。\n"
    )
    doc = run(text)
    assert [(m.number, m.ordinal) for m in doc.measures] == [("1", 1), ("1", 2), ("1", 3), ("2", 4)]
    for m in doc.measures:
        assert text[m.span.start : m.span.end] == m.text
    assert [doc.sections[m.section_path[0]].number for m in doc.measures[1:]] == ["附件1", "附件2", "附件2"]


# --------------------------------------------------------------------------- metadata, determinism, errors


def test_issuer_name_becomes_a_unit_key() -> None:
    text = (
        "青岛市人力资源和社会保障局关于印发实施方案的通知\n"
        "各区市人力资源社会保障局:\n现将方案印发给你们。\n"
        "青岛市人力资源和社会保障局\n2025年4月7日\n"
        "一、任务\n1.做甲。(责任处室:就业处)\n"
    )
    doc = run(text)
    assert doc.meta.issuer is not None
    assert doc.meta.issuer in doc.units
    assert name_key(doc.units[doc.meta.issuer].pref_label) == name_key("青岛市人力资源和社会保障局")


def test_deterministic() -> None:
    a = run(LEAD_RULE + INLINE)
    b = run(LEAD_RULE + INLINE)
    assert a.measures == b.measures and a.sections == b.sections and a.problems == b.problems
    assert list(a.units) == list(b.units)


def test_internal_failure_is_an_extract_error_naming_the_file(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*args: object, **kwargs: object) -> list[object]:
        raise ValueError("bad figure")

    monkeypatch.setattr(extract_mod, "find_targets", boom)
    with pytest.raises(ExtractError, match="plan.txt"):
        extract(make(INLINE, name="plan.txt"))


def test_empty_document_has_no_measures() -> None:
    doc = run("\n\n")
    assert doc.measures == [] and doc.sections == []


@pytest.mark.parametrize("variant", [lambda t: t, traditional])
def test_document_industries_are_kept_apart_from_measure_industries(variant) -> None:  # type: ignore[no-untyped-def]
    text = variant(
        "关于加快数字经济发展的实施意见\n"
        "一、总体要求\n以海洋经济、旅游经济为两翼,建设现代化产业体系。\n"
        "二、重点任务\n1.支持集成电路企业做大做强。(责任单位:市工信局)\n"
    )
    doc = run(text)
    assert [r.key for r in doc.doc_industries] == [
        "industry:数字经济",
        "industry:海洋经济",
        "industry:旅游经济",
    ]
    assert [r.key for m in doc.measures for r in m.industries] == ["industry:集成电路"]


BACKGROUND_DOC = (
    "XX市推进数字经济高质量发展三年行动方案(2024—2026年)\n"
    "为加快数字经济发展,制定本方案。\n"
    "一、发展基础\n"
    "全市拥有省级以上数字化车间45个,5G基站总数达到6800个。\n"
    "二、发展目标\n"
    "到2026年,全市新增5G基站3000个;培育数字经济领军企业20家。\n"
    "三、重点任务\n"
    "(一)实施数字产业化工程。到2026年,引进数字经济项目100个以上。(责任单位:市发展改革委)\n"
)


@pytest.mark.parametrize("variant", VARIANTS, ids=VARIANT_IDS)
def test_figures_under_a_background_heading_are_no_goals(variant) -> None:  # type: ignore[no-untyped-def]
    """一、发展基础: what exists (数字化车间45个) is no target; the goals of 发展目标 and the tasks are."""
    doc = run(variant(BACKGROUND_DOC))
    got = [t for m in doc.measures for t in m.targets] + doc.doc_targets
    got += [t for s in doc.sections for t in s.targets]
    assert sorted(int(t.value) for t in got) == [20, 100, 3000]
