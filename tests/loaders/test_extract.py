"""The extraction orchestrator on small inline texts: responsibility assignment, lead rules, targets,
cites, labels, ids, problems and determinism."""

from __future__ import annotations

import hashlib
from decimal import Decimal

import pytest

from policykg.errors import ExtractError
from policykg.loaders.extract import doc_id_for, extract
from policykg.loaders.normalize import match_text, name_key
from tests.loaders.inline import IDS as VARIANT_IDS
from tests.loaders.inline import VARIANTS, make, run, traditional


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


@pytest.mark.parametrize("variant", VARIANTS, ids=VARIANT_IDS)
def test_a_heading_restating_its_items_figures_counts_them_once(variant) -> None:  # type: ignore[no-untyped-def]
    # regression: 一、减少农村扶贫对象6.76万人;… over 1.减少农村扶贫对象6.76万人 counted the figure twice
    text = variant(
        "一、减少农村扶贫对象6.76万人;实施易地扶贫搬迁18695人。(责任单位:市扶贫办)\n"
        "1.减少农村扶贫对象6.76万人(责任单位:市扶贫办)\n"
        "2.实施易地扶贫搬迁18695人。(责任单位:市移民局)\n"
    )
    doc = run(text)
    assert doc.sections[0].targets == []
    got = sorted((t.value, t.unit) for m in doc.measures for t in m.targets)
    assert got == [(Decimal(18695), "人"), (Decimal(67600), "人")]


@pytest.mark.parametrize("variant", VARIANTS, ids=VARIANT_IDS)
def test_a_summary_restating_an_items_figure_after_the_same_noun_counts_it_once(variant) -> None:  # type: ignore[no-untyped-def]
    # 开工建设幼儿园60所 over 开工建设(新建、改扩建)幼儿园60所: the same noun before the figure, other words before it
    text = variant(
        "2023年开工建设幼儿园60所,新建标准化食堂100所。\n一、教育民生实事分解\n"
        "1.开工建设(新建、改扩建)幼儿园60所。(责任单位:市教育局)\n"
        "2.新建标准化食堂100所。(责任单位:市教育局)\n"
    )
    doc = run(text)
    assert doc.doc_targets == [] and all(s.targets == [] for s in doc.sections)
    got = sorted((t.value, t.unit) for m in doc.measures for t in m.targets)
    assert got == [(Decimal(60), "所"), (Decimal(100), "所")]


@pytest.mark.parametrize("variant", VARIANTS, ids=VARIANT_IDS)
def test_a_page_summary_restating_the_items_figures_counts_them_once(variant) -> None:  # type: ignore[no-untyped-def]
    text = variant(
        "地区生产总值增长5%左右\n社会消费品零售总额增长6%左右\n……\n"
        "2023年区政府工作报告重点工作目标任务分解\n一、主要预期指标\n"
        "1.地区生产总值增长5%左右,争取实现更好的发展。\n2.社会消费品零售总额增长6%左右。\n"
    )
    doc = run(text)
    assert doc.doc_targets == []
    assert sorted(t.value for m in doc.measures for t in m.targets) == [Decimal(5), Decimal(6)]


@pytest.mark.parametrize("variant", VARIANTS, ids=VARIANT_IDS)
def test_a_headings_list_of_rewards_stays_beside_an_items_equal_figures(variant) -> None:  # type: ignore[no-untyped-def]
    text = variant(
        "一、数字经济\n对评为省级未来工厂、省级智能工厂的,分别给予100万元、20万元奖励。\n"
        "1.做强企业。首次列入百强企业的,分别给予一次性奖励20万元、10万元。\n"
    )
    doc = run(text)
    assert [(t.value, t.unit) for t in doc.sections[0].targets] == [
        (Decimal(100), "万元"),
        (Decimal(20), "万元"),
    ]


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


def test_internal_failure_is_an_extract_error_naming_the_file() -> None:
    # a bug inside the rules, made by a broken document (patching a rule would not reach compiled callers,
    # `make compiled`, which call each other directly)
    src = make(INLINE, name="plan.txt")
    src.match = None  # type: ignore[assignment]
    with pytest.raises(ExtractError, match="plan.txt"):
        extract(src)


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


GOAL_COLUMN_DOC = (
    "某区2021年上半年国民经济和社会发展计划执行情况\n\n"
    "一、上半年计划执行基本情况\n\n"
    "表1:上半年主要指标完成情况\n\n指标名称\n\n年度目标\n\n完成情况\n\n责任部门\n\n"
    "1、区级财政收入增长率\n\n6%以上\n\n28.97%\n\n区财政局\n\n"
    "2、新增企业上市数\n\n2家\n\n4家\n\n区金融办\n"
)


@pytest.mark.parametrize("variant", VARIANTS, ids=VARIANT_IDS)
def test_a_goal_column_under_a_background_heading_keeps_its_goals(variant) -> None:  # type: ignore[no-untyped-def]
    """指标名称 / 年度目标 / 完成情况 under 执行基本情况: each row's 年度目标 cell restates a goal; 完成情况 reports."""
    doc = run(variant(GOAL_COLUMN_DOC))
    got = [f"{t.value}{t.unit}" for m in doc.measures for t in m.targets]
    assert got == ["6%", "2家"]


# --------------------------------------------------------------------------- round 7: unseen documents


@pytest.mark.parametrize("variant", VARIANTS, ids=VARIANT_IDS)
def test_covering_notice_items_before_the_signature_are_not_measures(variant) -> None:  # type: ignore[no-untyped-def]
    text = (
        "各街道办事处,区人民政府各部门:\n"
        "《2023年主要目标任务责任分解方案》已报经区人民政府同意,现印发给你们,并就有关事项通知如下:\n"
        "一、各责任单位要高度重视,切实加强领导,制订工作方案。\n"
        "二、区绩效考评机构要将重要目标任务纳入绩效管理考核范围。\n"
        "某区人民政府办公室\n2023年1月3日\n"
        "2023年主要目标任务责任分解方案\n"
        "一、主要预期目标\n(一)地区生产总值增长7%以上\n责任单位:区发展和改革局\n"
        "(二)规上工业增加值增长12%以上\n责任单位:区科技和经信局\n"
    )
    doc = run(variant(text))
    assert [m.number for m in doc.measures] == ["(一)", "(二)"]


@pytest.mark.parametrize("variant", VARIANTS, ids=VARIANT_IDS)
def test_covering_notice_cut_before_its_signature_charging_its_addressees_has_measures(variant) -> None:  # type: ignore[no-untyped-def]
    # the notice alone on the page (its plan not reached): its items charging bodies are the page's tasks (round 26:
    # heldout36 cd12, the same 嘉鱼 notice, counts them; a motto title keeps an item a requirement, see
    # test_r26_h26m_forms)
    text = (
        "各镇人民政府,县政府各部门:\n《2024年重点工作责任分解方案》已经县人民政府同意,现印发给你们,"
        "并就有关事项通知如下。\n一、务必高度重视。各责任单位要逐项谋划所承办的责任事项。\n"
        "二、务必高效推进。各牵头单位要切实履行牵头抓总的责任。\n"
    )
    assert [m.number for m in run(variant(text)).measures] == ["一", "二"]


@pytest.mark.parametrize("variant", VARIANTS, ids=VARIANT_IDS)
def test_covering_notice_item_with_its_own_units_stays_a_measure(variant) -> None:  # type: ignore[no-untyped-def]
    text = (
        "各乡镇人民政府:\n现将《实施方案》印发给你们,请认真贯彻执行。\n"
        "一、加快项目建设。推进重点项目开工。(责任单位:县发改局)\n二、强化督查。督查室要跟踪问效。\n"
    )
    doc = run(variant(text))
    assert [m.number for m in doc.measures] == ["一"]


@pytest.mark.parametrize("variant", VARIANTS, ids=VARIANT_IDS)
def test_plan_outline_right_after_the_handing_on_sentence_keeps_its_measures(variant) -> None:  # type: ignore[no-untyped-def]
    text = (
        "各县人民政府:\n现将《实施方案》印发给你们,请认真贯彻执行。\n"
        "一、重点任务\n1.加快项目建设。推进重点项目开工。\n2.优化营商环境。深化改革。\n"
    )
    doc = run(variant(text))
    assert [m.number for m in doc.measures] == ["1", "2"]


@pytest.mark.parametrize("variant", VARIANTS, ids=VARIANT_IDS)
def test_document_number_printed_before_the_title_on_its_line(variant) -> None:  # type: ignore[no-untyped-def]
    text = (
        "金政发〔2021〕1号关于印发2021年金乡县政府重要工作事项责任分工的通知\n"
        "各镇政府,县政府各部门:\n现印发给你们,请认真落实。\n金乡县人民政府\n2021年2月10日\n"
    )
    meta = run(variant(text)).meta
    assert name_key(meta.doc_number or "") == name_key(variant("金政发〔2021〕1号"))
    assert name_key(meta.title or "") == name_key(
        variant("关于印发2021年金乡县政府重要工作事项责任分工的通知")
    )


@pytest.mark.parametrize("variant", VARIANTS, ids=VARIANT_IDS)
def test_number_and_issuer_before_the_title_do_not_glue_to_the_issuer(variant) -> None:  # type: ignore[no-untyped-def]
    text = (
        "开府办发〔2023〕3号 开阳县人民政府办公室关于印发《开阳县县域商业体系建设工作实施方案》的通知\n"
        "各乡(镇)人民政府:\n现印发给你们,请认真抓好落实。\n2023年3月15日\n"
    )
    doc = run(variant(text))
    assert name_key(doc.meta.doc_number or "") == name_key(variant("开府办发〔2023〕3号"))
    issuer = doc.units[doc.meta.issuer].pref_label if doc.meta.issuer else ""
    assert issuer == "开阳县人民政府办公室"


@pytest.mark.parametrize("variant", VARIANTS, ids=VARIANT_IDS)
def test_channel_name_before_the_title_is_no_part_of_it(variant) -> None:  # type: ignore[no-untyped-def]
    text = (
        "政务服务丨济宁市人民政府关于持续深化“市县同权”改革的实施意见\n- 发布日期:2021-07-19\n"
        "济政字〔2021〕30号\n各县(市、区)人民政府:\n为持续深入推进改革,结合我市实际,制定本意见。\n"
    )
    meta = run(variant(text)).meta
    assert name_key(meta.title or "").startswith(name_key(variant("济宁市人民政府关于")))
    assert meta.region == "济宁市"


@pytest.mark.parametrize("variant", VARIANTS, ids=VARIANT_IDS)
def test_title_broken_after_a_title_noun_of_its_own(variant) -> None:  # type: ignore[no-untyped-def]
    text = (
        "区人民政府办公室关于印发2020年区政府\n工作报告确定的主要目标任务责任分解\n方案的通知\n"
        "各街道办事处:\n现印发给你们。\n"
    )
    meta = run(variant(text)).meta
    assert name_key(meta.title or "").endswith(name_key(variant("责任分解方案的通知")))


@pytest.mark.parametrize("variant", VARIANTS, ids=VARIANT_IDS)
def test_county_region_from_number_short_and_its_bare_name(variant) -> None:  # type: ignore[no-untyped-def]
    text = (
        "嘉政办发〔2021〕5号\n县人民政府办公室关于\n对县《政府工作报告》确定的2021年\n重点工作及市《政府工作报告》涉及嘉鱼的\n"
        "重点事项进行责任分解的通知\n各镇人民政府,县政府各部门,嘉鱼经济开发区:\n现将重点事项责任分解给你们。\n"
        "2021年5月12日\n"
    )
    meta = run(variant(text)).meta
    assert meta.region == "咸宁市嘉鱼县"
    assert name_key(meta.title or "").startswith(name_key(variant("县人民政府办公室关于对县")))


@pytest.mark.parametrize("variant", VARIANTS, ids=VARIANT_IDS)
def test_number_in_brackets_after_a_title_without_a_title_noun(variant) -> None:  # type: ignore[no-untyped-def]
    text = (
        "发布机构:县人民政府办公室\n2021年县政府重点工作任务(华政发〔2021〕2号)\n来源:华容县政府 2021-03-23\n"
        "各乡镇人民政府、县直各单位:\n《2021年县政府重点工作任务分解》已经县人民政府同意,现印发给你们。\n"
    )
    meta = run(variant(text)).meta
    assert name_key(meta.doc_number or "") == name_key(variant("华政发〔2021〕2号"))
    assert meta.region == "岳阳市华容县"  # 华容县, not 鄂州市华容区: the full name settles the short


@pytest.mark.parametrize("variant", VARIANTS, ids=VARIANT_IDS)
def test_a_district_opening_the_title_refines_the_issuers_city(variant) -> None:  # type: ignore[no-untyped-def]
    text = (
        "发布机构: 广州开发区营商环境改革局 成文日期: 2022-05-19\n\n"
        "广州市黄埔区 广州开发区服务市场主体进一步打造国际一流营商环境行动方案\n\n"
        "为贯彻落实《优化营商环境条例》,制定本方案。\n"
    )
    assert run(variant(text)).meta.region == "广州市黄埔区"


@pytest.mark.parametrize("variant", VARIANTS, ids=VARIANT_IDS)
def test_another_citys_title_in_a_list_does_not_refine_the_region(variant) -> None:  # type: ignore[no-untyped-def]
    text = (
        "福建省人民政府关于促进2017年全省工业稳增长调结构若干措施的通知\n闽政〔2017〕13号\n"
        "福州市人民政府关于贯彻省政府促进2017年全省工业稳增长调结构若干措施的实施意见\n"
    )
    assert run(variant(text)).meta.region == "福建省"


@pytest.mark.parametrize("variant", VARIANTS, ids=VARIANT_IDS)
def test_task_table_header_cells_broken_over_lines(variant) -> None:  # type: ignore[no-untyped-def]
    text = (
        "某镇2024年度重点工作计划二季度执行情况\n\n序号\n\n重点工作\n\n责任\n\n领导\n\n责任\n\n科室\n\n完成情况\n\n"
        "1\n\n白仙山水库工程政策处理\n\n欧乾震\n\n白仙山水库工程政策处理工作领导小组\n\n坟墓迁移进度达60%。\n\n"
        "2\n\n现代化美丽城镇\n\n吴宇凡\n\n乡村振兴办\n\n完成投资3000万元。\n"
    )
    doc = run(variant(text))
    assert [m.number for m in doc.measures] == ["1", "2"]
    assert [surfaces(m.responsible) for m in doc.measures] == [
        keys(["白仙山水库工程政策处理工作领导小组"]),
        keys(["乡村振兴办"]),
    ]
    assert name_key(doc.meta.title or "") == name_key(variant("某镇2024年度重点工作计划二季度执行情况"))


@pytest.mark.parametrize("variant", VARIANTS, ids=VARIANT_IDS)
def test_a_short_unnamed_column_is_not_joined_to_the_next_header_cell(variant) -> None:  # type: ignore[no-untyped-def]
    text = (
        "序号\n|\n项目\n|\n重点工作目标任务\n|\n牵头领导\n|\n责任单位\n|\n"
        "1\n|\n主要预期目标\n|\n1.地区生产总值增长5%以上。\n|\n钱宇\n|\n区发改委、统计局\n|\n"
        "2\n|\n主要预期目标\n|\n2.一般公共预算收入增长6%以上。\n|\n钱宇\n|\n区财政局\n|\n"
    )
    doc = run(variant(text))
    assert len(doc.measures) == 2


@pytest.mark.parametrize("variant", VARIANTS, ids=VARIANT_IDS)
def test_angle_brackets_inside_a_unit_do_not_split_it(variant) -> None:  # type: ignore[no-untyped-def]
    text = (
        "一、主要预期目标\n(一)地区生产总值增长7.5%。(牵头单位:市发改委;责任单位:各区人民政府〈含开发区、风景区〉)\n"
        "(二)居民收入增长8%。(牵头单位:市人社局;责任单位:市统计局,各区人民政府〈含开发区、风景区〉)\n"
    )
    doc = run(variant(text))
    assert [len(m.responsible) for m in doc.measures] == [2, 3]
    assert surfaces(doc.measures[0].lead) == keys([variant("市发改委")])


@pytest.mark.parametrize("variant", VARIANTS, ids=VARIANT_IDS)
def test_task_table_excerpt_starting_mid_table(variant) -> None:  # type: ignore[no-untyped-def]
    text = (
        "序号 |\n目标与任务 |\n分 管 县领导 |\n牵头责任单位 |\n责任单位 |\n"
        "80 |\n加大普惠性托育供给,新增托位数400个以上。 |\n俞 悦 |\n县教育局 |\n县各有关单位 |\n"
        "81 |\n支持职业学校发展。 |\n陆 明 |\n县教育局 |\n县各有关单位 |\n"
    )
    doc = run(variant(text))
    assert [m.number for m in doc.measures] == ["80", "81"]
    assert [surfaces(m.lead) for m in doc.measures] == [keys([variant("县教育局")])] * 2


@pytest.mark.parametrize("variant", VARIANTS, ids=VARIANT_IDS)
def test_one_line_task_table_excerpt_starting_mid_table(variant) -> None:  # type: ignore[no-untyped-def]
    text = (
        "序号 | 重点任务 | 牵头单位 | 责任单位 |\n"
        "12 | 推进老旧小区改造,完成改造20个。 | 区住建局 | 各街道 |\n"
        "13 | 新建公共充电桩100个。 | 区发改局 | 区供电公司 |\n"
    )
    doc = run(variant(text))
    assert [m.number for m in doc.measures] == ["12", "13"]


@pytest.mark.parametrize("variant", VARIANTS, ids=VARIANT_IDS)
def test_lost_date_under_the_handing_on_sentence(variant) -> None:  # type: ignore[no-untyped-def]
    text = (
        "关于印发《某市教育局2024年工作要点》的通知\n各县市区教育局:\n"
        "现将《某市教育局2024年工作要点》印发给你们,请结合实际认真贯彻落实。\n2024327\n(此件主动公开)\n"
    )
    assert run(variant(text)).meta.issued == "2024-03-27"


@pytest.mark.parametrize("variant", VARIANTS, ids=VARIANT_IDS)
def test_district_notice_without_its_head_names_its_district(variant) -> None:  # type: ignore[no-untyped-def]
    text = (
        "各镇政府(街道办事处),区政府直属局以上单位:\n区第十四届人大第二次会议审议通过的《政府工作报告》,确定了我区"
        "2007年的各项工作目标。现将有关事项通知如下:\n一、各牵头单位要按照《2007年三水区政府工作主要任务分解表》"
        "的要求做好细化实施方案。\n附件:2007年三水区政府工作主要任务分解表\n二○○七年四月十三日\n"
    )
    assert run(variant(text)).meta.region == "佛山市三水区"


@pytest.mark.parametrize("variant", VARIANTS, ids=VARIANT_IDS)
def test_two_character_county_inside_a_word_is_not_named(variant) -> None:  # type: ignore[no-untyped-def]
    text = (
        "序号 | 具体工作任务和要求 | 责任单位 |\n1 | 完成县妇幼保健院主体工程,全县新增学位5000个。 | 县卫健委 |\n"
        "2 | 推进县城污水管网改造,县政府统筹。 | 县住建局 |\n"
    )
    assert run(variant(text)).meta.region != "陇南市成县"


@pytest.mark.parametrize("variant", VARIANTS, ids=VARIANT_IDS)
def test_scoring_column_after_the_units_and_figures_inside_rows(variant) -> None:  # type: ignore[no-untyped-def]
    text = (
        "2021年某县乡村振兴任务清单\n\n序号\n\n考核指标\n\n单位\n\n年度目标\n\n责任部门\n\n评分部门\n\n"
        "1\n\n粮食播种面积\n\n万亩\n\n0.07\n\n县农业农村局\n\n县粮食局\n\n市农业农村局\n\n"
        "2\n\n油菜面积\n\n万亩\n\n0\n\n县农业农村局\n\n市农业农村局\n\n"
        "3\n\n家禽出栏\n\n万只\n\n1\n\n县农业农村局\n\n市农业农村局\n"
    )
    doc = run(variant(text))
    assert [m.number for m in doc.measures] == ["1", "2", "3"]
    assert [surfaces(m.responsible) for m in doc.measures] == [
        keys(["县农业农村局", "县粮食局"]),
        keys(["县农业农村局"]),
        keys(["县农业农村局"]),
    ]
    assert doc.measures[1].targets == []  # 年度目标 0: no quota, no target


@pytest.mark.parametrize("variant", VARIANTS, ids=VARIANT_IDS)
def test_a_remarks_column_after_the_units_takes_no_unit(variant) -> None:  # type: ignore[no-untyped-def]
    text = (
        "序号\n\n重点工作\n\n牵头单位\n\n配合单位\n\n备注\n\n"
        "1\n\n加快建设科学城。\n\n市科技局\n\n市发改委、市财政局\n\n"
        "2\n\n做好实验室筹建保障。\n\n市科技局\n\n市财政局,荔湾区\n"
    )
    doc = run(variant(text))
    assert [len(m.responsible) for m in doc.measures] == [3, 3]


@pytest.mark.parametrize("variant", VARIANTS, ids=VARIANT_IDS)
def test_square_bracket_clause_with_rule_and_scope_for_the_rest(variant) -> None:  # type: ignore[no-untyped-def]
    text = (
        "一、促进增收\n(一)稳定扩大就业。突出就业优先导向。[市人社局、市商务局等按职责分工负责。排名第一的为牵头单位,"
        "下同。本条及以下责任单位均包括各县市区政府(管委会),不再重复列举]\n"
        "(二)助力农民增收。加大以工代赈实施力度。(市农业农村局、市发改委、市供销联社等按职责分工负责)\n"
    )
    doc = run(variant(text))
    assert [surfaces(m.responsible) for m in doc.measures] == [
        keys([variant(u) for u in ("市人社局", "市商务局", "各县市区政府(管委会)")]),
        keys([variant(u) for u in ("市农业农村局", "市发改委", "市供销联社", "各县市区政府(管委会)")]),
    ]
    assert [surfaces(m.lead) for m in doc.measures] == [
        keys([variant("市人社局")]),
        keys([variant("市农业农村局")]),
    ]


@pytest.mark.parametrize("variant", VARIANTS, ids=VARIANT_IDS)
def test_signature_date_with_its_publicity_note_on_the_line(variant) -> None:  # type: ignore[no-untyped-def]
    text = (
        "各县市区人民政府:\n《某市提振消费若干措施》已经市人民政府同意,现印发给你们,请认真组织实施。\n"
        "某市人民政府办公室\n2025年7月13日(此件主动公开)\n某市提振消费若干措施\n"
        "一、促进增收\n(一)稳定扩大就业。突出就业优先导向。(市人社局负责)\n"
    )
    meta = run(variant(text)).meta
    assert meta.issued == "2025-07-13"
    assert name_key(meta.title or "") == name_key(variant("某市提振消费若干措施"))


@pytest.mark.parametrize("variant", VARIANTS, ids=VARIANT_IDS)
def test_field_issuer_without_its_place_gives_way_to_the_signature(variant) -> None:  # type: ignore[no-untyped-def]
    text = (
        "标题 鄂尔多斯市人民政府关于印发鄂尔多斯市重大项目谋划行动方案的通知\n  • 发文机关\n  • 市人民政府办公室\n"
        "各旗区人民政府:\n《鄂尔多斯市重大项目谋划行动方案》已经市人民政府审议通过,现印发给你们。\n"
        "  鄂尔多斯市人民政府\n      2025年3月21日\n"
    )
    doc = run(variant(text))
    assert doc.units[doc.meta.issuer].pref_label == "鄂尔多斯市人民政府"


@pytest.mark.parametrize("variant", VARIANTS, ids=VARIANT_IDS)
def test_an_abridged_issuer_above_a_date_gives_way_to_the_titles_issuer(variant) -> None:  # type: ignore[no-untyped-def]
    text = (
        "济南市长清区人民政府办公室关于印发《政府工作报告》重点工作任务分工的通知\n济长政办字〔2021〕3号\n"
        "长清区政府\n2021-04-01\n有效\n各街道办事处:\n现印发给你们,请一并抓好贯彻落实。\n"
    )
    doc = run(variant(text))
    assert doc.units[doc.meta.issuer].pref_label == "济南市长清区人民政府办公室"


@pytest.mark.parametrize("variant", VARIANTS, ids=VARIANT_IDS)
def test_prefecture_text_without_its_head_names_its_prefecture(variant) -> None:  # type: ignore[no-untyped-def]
    text = (
        "(印发稿)\n各县市人民政府,州直各部门,楚雄开发区管委会:\n为认真贯彻落实州委八届七次全会精神,"
        "着力促进全州经济平稳健康发展,现提出以下意见:\n一、全面开展专项行动\n围绕全州发展目标,大力开展专项行动。\n"
    )
    assert run(variant(text)).meta.region == "楚雄彝族自治州"


@pytest.mark.parametrize("variant", VARIANTS, ids=VARIANT_IDS)
def test_plan_title_after_the_covering_notices_items_and_date(variant) -> None:  # type: ignore[no-untyped-def]
    text = (
        "各区县人民政府,市政府直属各单位:\n《2024年政府工作报告重点工作责任分解》已经市政府同意,现印发给你们,"
        "请认真贯彻执行。\n一、要抓紧部署实施。各责任单位要系统谋划所承办的各项任务。\n"
        "二、要高效推进落实。各责任单位要完善机制。\n某市人民政府办公室\n2024年2月8日\n"
        "2024年政府工作报告重点工作责任分解\n一、某市长主抓重点工作\n1.坚持稳中求进。\n责任单位:市政府办公室\n"
    )
    meta = run(variant(text)).meta
    assert name_key(meta.title or "") == name_key(variant("2024年政府工作报告重点工作责任分解"))


@pytest.mark.parametrize("variant", VARIANTS, ids=VARIANT_IDS)
def test_title_ending_with_fengong_and_a_count_of_items(variant) -> None:  # type: ignore[no-untyped-def]
    text = "2025年某县政府重要工作事项责任分工(共计121项)\n一、主要预期目标\n1.地区生产总值增长6%。(县发改局负责)\n"
    meta = run(variant(text)).meta
    assert name_key(meta.title or "") == name_key(variant("2025年某县政府重要工作事项责任分工"))


@pytest.mark.parametrize("variant", VARIANTS, ids=VARIANT_IDS)
def test_province_from_its_short_opening_the_document_number(variant) -> None:  # type: ignore[no-untyped-def]
    text = (
        "省人民政府关于\n进一步优化营商环境的若干意见\n鄂政发〔2018〕26号\n各市、州、县人民政府,省政府各部门:\n"
        "为深入贯彻重要指示精神,结合我省实际,提出如下意见。\n"
    )
    assert run(variant(text)).meta.region == "湖北省"


@pytest.mark.parametrize("variant", VARIANTS, ids=VARIANT_IDS)
def test_joint_issuers_on_the_line_above_open_the_title(variant) -> None:  # type: ignore[no-untyped-def]
    text = (
        "鹤政发〔2025〕4号\n鹤岗市人民政府 鹤岗市中级人民法院印发\n关于完善“府院联动”机制的意见的通知\n"
        "各县(区)人民政府、法院:\n《关于完善“府院联动”机制的意见》已经市政府常务会议研究通过,现印发给你们。\n"
        "鹤岗市人民政府 鹤岗市中级人民法院\n2025年4月30日\n"
        "鹤岗市人民政府 鹤岗市中级人民法院\n关于完善“府院联动”机制的意见\n为深入推进法治政府建设,制定本意见。\n"
        "一、指导思想\n坚持以习近平新时代中国特色社会主义思想为指导。\n"
    )
    meta = run(variant(text)).meta
    assert name_key(meta.title or "") == name_key(
        variant("鹤岗市人民政府 鹤岗市中级人民法院关于完善“府院联动”机制的意见")
    )


@pytest.mark.parametrize("variant", VARIANTS, ids=VARIANT_IDS)
def test_notice_title_tail_with_the_plans_years(variant) -> None:  # type: ignore[no-untyped-def]
    text = (
        "景德镇市人民政府办公室关于印发\n景德镇市产业集群提能升级三年行动方案\n(2026—2028 年) 的通知\n"
        "各县(市、区)人民政府:\n现印发给你们,请认真贯彻执行。\n"
    )
    meta = run(variant(text)).meta
    assert name_key(meta.title or "").endswith(name_key(variant("年)的通知")))


@pytest.mark.parametrize("variant", VARIANTS, ids=VARIANT_IDS)
def test_notice_items_before_its_attached_task_table_are_not_measures(variant) -> None:  # type: ignore[no-untyped-def]
    text = (
        "各乡镇人民政府、街道办事处,政府各部门:\n根据《政府工作报告》,将各项工作任务分解(详见附件),"
        "现就有关事宜通知如下:\n一、落实责任,确保质量\n各责任单位要制定计划,明确责任。\n"
        "二、密切配合,各负其责\n牵头责任单位要牵头抓总,积极组织实施。\n"
        "附件:1.2018年《政府工作报告》主要工作目标任务分解表\n某区人民政府办公室\n2018年8月16日\n"
    )
    assert run(variant(text)).measures == []


@pytest.mark.parametrize("variant", VARIANTS, ids=VARIANT_IDS)
def test_notice_items_before_an_application_form_stay_measures(variant) -> None:  # type: ignore[no-untyped-def]
    text = (
        "各县区人民政府:\n现就做好有关工作通知如下:\n一、加快项目申报。各县区要组织企业申报。(市发改委负责)\n"
        "二、强化资金保障。市财政局要足额安排资金。\n附件:1.项目申报表\n某市人民政府办公室\n2023年3月1日\n"
    )
    assert [m.number for m in run(variant(text)).measures] == ["一", "二"]


@pytest.mark.parametrize("variant", VARIANTS, ids=VARIANT_IDS)
def test_lead_rule_naming_the_responsible_units_column(variant) -> None:  # type: ignore[no-untyped-def]
    text = (
        "各区、县(市)人民政府:\n现印发给你们,请认真贯彻执行。\n二、责任分解中,列第一位的责任单位为牵头单位或汇总单位。\n"
        "某市人民政府办公厅\n2020年5月20日\n2020年政府工作报告重点工作责任分解\n一、重点工作\n"
        "1.加快建设城西科创大走廊。\n责任单位:市科技局、市发改委\n"
    )
    doc = run(variant(text))
    assert [surfaces(m.lead) for m in doc.measures] == [keys([variant("市科技局")])]


# --------------------------------------------------------------------------- round 8: metadata (dev6 families)


@pytest.mark.parametrize("variant", VARIANTS, ids=VARIANT_IDS)
def test_glued_pdf_line_hands_on_its_plan_after_a_sentence(variant) -> None:  # type: ignore[no-untyped-def]
    text = (
        "1 省政府文件甘肃省人民政府关于印发甘肃省推动金融改革发展若干措施的通知各市人民政府:请认真执行。"
        "《甘肃省推动金融改革发展的若干措施》,已经省政府同意,现印发给你们,请认真贯彻。\n"
    )
    meta = run(variant(text)).meta
    assert name_key(meta.title or "") == name_key(variant("甘肃省推动金融改革发展的若干措施"))
    assert name_key(meta.issuer or "") == name_key(variant("甘肃省人民政府"))


@pytest.mark.parametrize("variant", VARIANTS, ids=VARIANT_IDS)
def test_red_header_split_over_two_lines(variant) -> None:  # type: ignore[no-untyped-def]
    text = (
        "新疆维吾尔自治区人民政府\n\n文件\n\n新政发〔2020〕16号\n\n关于印发《某某实施意见》的通知\n"
        "各州人民政府:\n现印发给你们,请认真贯彻执行。\n\n2020年3月19日\n"
    )
    assert name_key(run(variant(text)).meta.issuer or "") == name_key(variant("新疆维吾尔自治区人民政府"))


@pytest.mark.parametrize("variant", VARIANTS, ids=VARIANT_IDS)
def test_running_head_glued_into_the_body_names_the_issuer(variant) -> None:  # type: ignore[no-untyped-def]
    text = (
        "市政府文件\n2023-02-20 15:38\n各县(市、区)人民政府:\n现将重点工作任务予以分解。各县要切实扛牢属地责任,"
        "许昌市人民政府文件许政〔2023〕2号采取有效措施,抓好贯彻落实。\n一、促进经济稳中提升\n"
    )
    assert name_key(run(variant(text)).meta.issuer or "") == name_key(variant("许昌市人民政府"))


@pytest.mark.parametrize("variant", VARIANTS, ids=VARIANT_IDS)
def test_credited_source_is_the_issuer_only_when_it_names_its_place(variant) -> None:  # type: ignore[no-untyped-def]
    head = (
        "市政府工作报告重点工作责任分解(2023年)\n时间:2023-07-11 17:01 浏览次数: 信息来源: {}\n一、主要目标\n"
    )
    named = run(variant(head.format("丽水市政府"))).meta.issuer
    assert name_key(named or "") == name_key(variant("丽水市政府"))
    assert run(variant(head.format("市府办"))).meta.issuer is None


@pytest.mark.parametrize("variant", VARIANTS, ids=VARIANT_IDS)
def test_city_voiced_text_naming_only_its_districts_is_the_city(variant) -> None:  # type: ignore[no-untyped-def]
    text = (
        "一、主要目标\n(一)指导思想\n使产业集群成为我市工业经济发展的主导力量。结合我市产业基础,我市的产业集群发展"
        "分两个阶段。\n重点培育振安区电气装备产业集群。各县(市)区政府负责落实;由所在地县(市)区政府整体推进。\n"
    )
    assert run(variant(text)).meta.region == "丹东市"


@pytest.mark.parametrize("variant", VARIANTS, ids=VARIANT_IDS)
def test_city_voiced_text_is_the_city_not_its_province_named_in_a_zone(variant) -> None:  # type: ignore[no-untyped-def]
    text = (
        "2月6日,记者从市领导小组办公室获悉,《方案》于日前由市委办公室、市政府办公室联合印发,我市产业链由6条调整为10条。\n"
        "市委、市政府主要领导担任总链长。我市自2021年实施链长制。主要承载地包括泸州高新技术产业开发区、"
        "四川泸州江阳经济开发区、四川省合江临港工业园区、四川省纳溪经济开发区。\n"
    )
    assert run(variant(text)).meta.region == "泸州市"


@pytest.mark.parametrize("variant", VARIANTS, ids=VARIANT_IDS)
def test_notice_handing_on_several_plans_keeps_its_own_title(variant) -> None:  # type: ignore[no-untyped-def]
    text = (
        "大庆市人民政府关于印发大庆市招商引资若干政策措施等2个文件的通知\n各县、区人民政府:\n"
        "现将《大庆市招商引资若干政策措施》《大庆市数字经济若干政策措施》印发给你们,请认真贯彻执行。\n"
        "大庆市人民政府\n2022年5月9日\n大庆市招商引资若干政策措施\n为加快建设,制定本措施。\n"
    )
    title = name_key(run(variant(text)).meta.title or "")
    assert title == name_key(variant("大庆市人民政府关于印发大庆市招商引资若干政策措施等2个文件的通知"))


@pytest.mark.parametrize("variant", VARIANTS, ids=VARIANT_IDS)
def test_repeated_title_with_its_period_below(variant) -> None:  # type: ignore[no-untyped-def]
    text = "现代农业发展规划实施方案\n\n现代农业发展规划实施方案\n\n(2016-2020年)\n\n湛江市农业局\n\n按照要求,制定本方案。\n"
    title = name_key(run(variant(text)).meta.title or "")
    assert title == name_key(variant("现代农业发展规划实施方案(2016-2020年)"))


@pytest.mark.parametrize("variant", VARIANTS, ids=VARIANT_IDS)
def test_headline_handing_on_a_plan_without_its_issuer_is_the_plan(variant) -> None:  # type: ignore[no-untyped-def]
    text = (
        "政府信息公开\n\n印发《关于促进工业发展的五年行动计划(2017-2021)》的通知\n\n各乡镇人民政府:\n"
        "现将《关于促进工业发展的五年行动计划(2017-2021)》印发给你们,请认真遵照执行。\n"
    )
    title = name_key(run(variant(text)).meta.title or "")
    assert title == name_key(variant("关于促进工业发展的五年行动计划(2017-2021)"))


@pytest.mark.parametrize("variant", VARIANTS, ids=VARIANT_IDS)
def test_title_loses_a_series_part_number_and_a_site_suffix(variant) -> None:  # type: ignore[no-untyped-def]
    part = run(variant("2025年省《政府工作报告》重点工作分工方案(一)\n\n 2025年是收官之年。\n")).meta.title
    assert name_key(part or "") == name_key(variant("2025年省《政府工作报告》重点工作分工方案"))
    site = run(
        variant("六安市人民政府关于2021年重点工作及责任分解的通知-某某网络平台\n各县区人民政府:\n")
    ).meta
    assert name_key(site.title or "") == name_key(variant("六安市人民政府关于2021年重点工作及责任分解的通知"))
    assert name_key(site.issuer or "") == name_key(variant("六安市人民政府"))


@pytest.mark.parametrize("variant", VARIANTS, ids=VARIANT_IDS)
def test_news_report_of_a_plan_issued_by_bodies(variant) -> None:  # type: ignore[no-untyped-def]
    text = "2月6日,记者获悉,《市产业生态链链长制优化调整方案》于日前由市委办公室、市政府办公室联合印发,我市产业链调整为10条。\n"
    meta = run(variant(text)).meta
    assert name_key(meta.title or "") == name_key(variant("市产业生态链链长制优化调整方案"))
    assert name_key(meta.issuer or "").endswith(name_key(variant("市委办公室")))


# --------------------------------------------------------------------------- round 8: measures (dev6 families)


@pytest.mark.parametrize("variant", VARIANTS, ids=VARIANT_IDS)
def test_notice_items_after_a_task_breakdown_handed_on_are_no_measures(variant) -> None:  # type: ignore[no-untyped-def]
    text = (
        "各县(市)人民政府,州级有关部门:\n经州政府同意,现将州政府工作报告重点任务予以分解,并就有关事项通知如下。\n"
        "一、加强领导,确保责任落实到位。要坚持主要负责同志负总责。\n"
        "二、细化方案,确保工作落实到位。要制定详实的落实方案。\n"
    )
    assert run(variant(text)).measures == []


@pytest.mark.parametrize("variant", VARIANTS, ids=VARIANT_IDS)
def test_significance_section_of_an_opinion_is_no_measure(variant) -> None:  # type: ignore[no-untyped-def]
    text = (
        "关于推进非公有制经济跨越式发展的意见\n一、推进非公有制经济跨越式发展的重大意义、指导思想和目标任务\n"
        "1、重大意义。改革开放以来,我区非公有制经济有了长足发展。\n2、指导思想。以邓小平理论为指导。\n"
    )
    assert run(variant(text)).measures == []


@pytest.mark.parametrize("variant", VARIANTS, ids=VARIANT_IDS)
def test_enclosed_numerals_head_items(variant) -> None:  # type: ignore[no-untyped-def]
    text = (
        "三、重点发展领域\n㈠大力发展商贸业。县经贸部门要培育限上企业。\n㈡加快发展旅游业。打造精品线路。\n"
    )
    assert [m.number for m in run(variant(text)).measures] == ["㈠", "㈡"]
    text = "(一)重点工程\n⑴实施园区提升工程。新建标准厂房。\n⑵实施物流畅通工程。新建物流中心。\n"
    assert [m.number for m in run(variant(text)).measures] == ["⑴", "⑵"]


@pytest.mark.parametrize("variant", VARIANTS, ids=VARIANT_IDS)
def test_first_item_glued_to_its_heading_title(variant) -> None:  # type: ignore[no-untyped-def]
    text = (
        "德州市2023年重点工作任务为深入贯彻党的二十大精神,结合我市实际,制定2023年重点工作任务如下。"
        "一、提升科技创新能力1.推动科技成果转化。引进科技成果50项以上,技术合同成交额90亿元以上。"
        "2.培育创新主体。新增高新技术企业100家。二、壮大实体经济1.推进工业技改。实施技改项目300个。\n"
    )
    doc = run(variant(text))
    got = [(doc.sections[m.section_path[0]].number, m.number) for m in doc.measures]
    assert got == [("一", "1"), ("一", "2"), ("二", "1")]


@pytest.mark.parametrize("variant", VARIANTS, ids=VARIANT_IDS)
def test_goal_items_with_their_own_clause_are_measures(variant) -> None:  # type: ignore[no-untyped-def]
    text = (
        "01新一代信息技术产业2022年行动计划\n一、工作目标\n"
        "(一)产业发展规模质量实现新跨越。2022年,全省信息技术产业营业收入1.4万亿元左右。(牵头单位:省工业和信息化厅)\n"
        "(二)产业创新能力实现新突破。新培育100家以上新型研发机构。(牵头单位:省科技厅)\n"
        "(三)发展环境持续优化。营商环境进一步改善。\n"
    )
    assert [m.number for m in run(variant(text)).measures] == ["(一)", "(二)"]


@pytest.mark.parametrize("variant", VARIANTS, ids=VARIANT_IDS)
def test_region_named_as_the_county_it_was_when_written(variant) -> None:  # type: ignore[no-untyped-def]
    text = "沙县人民政府\n\n关于加快第三产业发展的实施意见(试行)\n\n沙政〔2012〕478号\n\n各乡(镇)人民政府,县直各单位:\n"
    assert run(variant(text)).meta.region == "三明市沙县"
    renamed = "沙县区人民政府\n\n关于加快第三产业发展的实施意见\n\n各镇人民政府,区直各单位:\n"
    assert run(variant(renamed)).meta.region == "三明市沙县区"


@pytest.mark.parametrize("variant", VARIANTS, ids=VARIANT_IDS)
def test_bare_county_office_issuer_takes_its_county(variant) -> None:  # type: ignore[no-untyped-def]
    text = (
        "嘉政办发〔2021〕5号\n县人民政府办公室关于\n对县《政府工作报告》确定的2021年\n重点工作进行责任分解的通知\n"
        "各镇人民政府,县政府各部门,嘉鱼经济开发区:\n经县人民政府同意,现将嘉鱼县重点工作责任分解给你们。\n2021年5月12日\n"
    )
    meta = run(variant(text)).meta
    assert meta.region == "咸宁市嘉鱼县"
    assert name_key(meta.issuer or "") == name_key(variant("嘉鱼县人民政府办公室"))


@pytest.mark.parametrize("variant", VARIANTS, ids=VARIANT_IDS)
def test_province_voiced_text_naming_a_zone_of_its_province(variant) -> None:  # type: ignore[no-untyped-def]
    text = (
        "关于促进城市消费的若干政策措施\n为落实全省贸易高质量发展大会精神,推进粤港澳大湾区国际消费枢纽建设,制定以下政策措施。\n"
        "一、壮大市场主体\n1.积极培育优质零售企业。(省商务厅、财政厅按职责分工负责)\n"
        "2.支持各地制定支持措施。(省商务厅,各地级以上市人民政府,省国资委按职责分工负责)\n"
        "3.全省各地要加大支持力度,省有关部门要加强指导。(省发展改革委、省财政厅负责)\n"
    )
    assert run(variant(text)).meta.region == "广东省"


@pytest.mark.parametrize("variant", VARIANTS, ids=VARIANT_IDS)
def test_date_line_under_a_title_is_no_edition(variant) -> None:  # type: ignore[no-untyped-def]
    text = "关于支持昆明高质量发展的若干意见\n(2021年7月3日)\n为支持昆明高质量发展,提出如下意见。\n"
    meta = run(variant(text)).meta
    assert name_key(meta.title or "") == name_key(variant("关于支持昆明高质量发展的若干意见"))
    edition = run(variant("某某行动方案\n(2023-2027年)\n为加快发展,制定本方案。\n")).meta.title
    assert name_key(edition or "").endswith(name_key(variant("(2023-2027年)")))


@pytest.mark.parametrize("variant", VARIANTS, ids=VARIANT_IDS)
def test_item_before_siblings_with_their_own_clause_is_a_measure(variant) -> None:  # type: ignore[no-untyped-def]
    text = (
        "二、战役任务\n\n(一)陵工业开发区。实施项目13个,年度投资8.56亿元以上。\n\n"
        "(二)某镇。实施项目2个,年度投资0.8亿元以上。责任单位:镇政府\n\n"
        "(三)某乡。实施项目2个,年度投资0.3亿元以上。责任单位:乡政府\n"
    )
    assert [m.number for m in run(variant(text)).measures] == ["(一)", "(二)", "(三)"]
