"""Responsibility clauses and unit resolution, one test per nasty case, on small inline texts."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policykg.errors import ExtractError
from policykg.loaders.extract.responsibility import (
    find_inline_clause,
    is_responsibility_line,
    parse_responsibility,
    states_lead_rule,
)
from policykg.loaders.extract.units import UnitLexicon, UnitResolver
from policykg.loaders.normalize import match_text
from policykg.models import SourceDocument, Span

QD_BUREAU = "青岛市人力资源和社会保障局"
SD_DEPT = "山东省人力资源和社会保障厅"


def doc(text: str) -> SourceDocument:
    return SourceDocument(
        path=Path("inline.txt"),
        source_file="inline.txt",
        text=text,
        match=match_text(text),
        encoding="utf-8",
        script="Hans",
        format="txt",
        sha256="0" * 64,
    )


@pytest.fixture(scope="module")
def lexicon() -> UnitLexicon:
    return UnitLexicon.load_default()


def qingdao(lexicon: UnitLexicon) -> UnitResolver:
    return UnitResolver(lexicon, issuer=QD_BUREAU, region="青岛市")


def parse_inline(text: str, resolver: UnitResolver, *, first_is_lead: bool = False):
    src = doc(text)
    span = find_inline_clause(src, 0, len(text))
    assert span is not None, text
    return src, parse_responsibility(src, span, resolver, first_is_lead=first_is_lead)


def surfaces(refs) -> list[str]:
    return [r.surface for r in refs]


# --------------------------------------------------------------------------- clause forms


def test_inline_traditional_clause_quotes_surfaces_exactly(lexicon: UnitLexicon) -> None:
    text = "1.實施就業服務保障計劃。為重點產業企業做好用工保障。(責任處室:就業處、就業人才中心)"
    src, clause = parse_inline(text, qingdao(lexicon))
    assert clause.span.quote(text) == "(責任處室:就業處、就業人才中心)"
    assert surfaces(clause.responsible) == ["就業處", "就業人才中心"]
    for ref in clause.responsible:
        assert src.text[ref.span.start : ref.span.end] == ref.surface
    assert clause.lead == []


def test_traditional_and_simplified_give_same_keys(lexicon: UnitLexicon) -> None:
    _, trad = parse_inline("(責任處室:人才開發處、就業人才中心,各區、市人力資源社會保障局)", qingdao(lexicon))
    _, simp = parse_inline("(责任处室:人才开发处、就业人才中心,各区、市人力资源社会保障局)", qingdao(lexicon))
    assert [r.key for r in trad.responsible] == [r.key for r in simp.responsible]
    assert len(trad.responsible) == 3


def test_full_width_and_ascii_punctuation_agree(lexicon: UnitLexicon) -> None:
    _, full = parse_inline(
        "做好服务。（责任单位：人才处、专家中心）", UnitResolver(lexicon, issuer=SD_DEPT, region="山东省")
    )
    _, ascii_ = parse_inline(
        "做好服务。(责任单位:人才处、专家中心)", UnitResolver(lexicon, issuer=SD_DEPT, region="山东省")
    )
    assert surfaces(full.responsible) == surfaces(ascii_.responsible) == ["人才处", "专家中心"]
    assert [r.key for r in full.responsible] == [r.key for r in ascii_.responsible]


def test_separator_inside_collective_name_keeps_one_unit(lexicon: UnitLexicon) -> None:
    resolver = qingdao(lexicon)
    _, clause = parse_inline("(責任處室:人才開發處、就業人才中心,各區、市人力資源社會保障局)", resolver)
    assert surfaces(clause.responsible)[-1] == "各區、市人力資源社會保障局"
    text = "(責任處室:人才開發處、就業人才中心,各區、市人力資源社會保障局)"
    assert [text[r.span.start : r.span.end] for r in clause.responsible] == surfaces(clause.responsible)
    collective = resolver.units[clause.responsible[-1].key]
    assert collective.kind == "collective"
    # one spelling for the key and pref label (人力资源社会保障局 ≡ 人力资源和社会保障局); the written form stays a label
    assert collective.pref_label == "各区市人力资源和社会保障局"
    assert "各區、市人力資源社會保障局" in collective.alt_labels
    # The unpunctuated form is the same collective.
    assert resolver.resolve_name("各区市人力资源社会保障局") == clause.responsible[-1].key


def test_collectives_with_brackets_and_function_areas(lexicon: UnitLexicon) -> None:
    resolver = UnitResolver(lexicon, issuer="青岛西海岸新区管委", region="青岛西海岸新区")
    src = doc("责任单位:区人力资源和社会保障局、各大功能区、各镇(街道)")
    clause = parse_responsibility(src, Span(0, len(src.text)), resolver, first_is_lead=False)
    assert surfaces(clause.responsible) == ["区人力资源和社会保障局", "各大功能区", "各镇(街道)"]
    assert [resolver.units[r.key].kind for r in clause.responsible[1:]] == ["collective", "collective"]


def test_branch_of_a_city_bureau_is_one_unit(lexicon: UnitLexicon) -> None:
    resolver = UnitResolver(lexicon, issuer="青岛西海岸新区管委", region="青岛西海岸新区")
    resolver.resolve_name("市公安局")  # known on its own must not cut its branch off
    src = doc("责任单位:区总工会、市公安局开发区分局、市公安局黄岛分局")
    clause = parse_responsibility(src, Span(0, len(src.text)), resolver, first_is_lead=False)
    assert surfaces(clause.responsible) == ["区总工会", "市公安局开发区分局", "市公安局黄岛分局"]
    assert resolver.units[clause.responsible[1].key].region == "青岛市"  # 市… is the city, not the district


def test_lost_separator_split_by_suffix_and_place_name(lexicon: UnitLexicon) -> None:
    text = "    责任部门:劳动关系处、青岛市公共就业和人才服务中心青岛市人力资源发展研究与促进中心"
    src = doc(text)
    resolver = qingdao(lexicon)
    clause = parse_responsibility(src, Span(0, len(text)), resolver, first_is_lead=False)
    assert surfaces(clause.responsible) == [
        "劳动关系处",
        "青岛市公共就业和人才服务中心",
        "青岛市人力资源发展研究与促进中心",
    ]
    for ref in clause.responsible:
        assert text[ref.span.start : ref.span.end] == ref.surface


def test_lost_separator_between_divisions_split_by_lexicon(lexicon: UnitLexicon) -> None:
    resolver = qingdao(lexicon)
    src = doc("责任部门:职业能力建设处研究室、人才开发处")
    clause = parse_responsibility(src, Span(0, len(src.text)), resolver, first_is_lead=False)
    assert surfaces(clause.responsible) == ["职业能力建设处", "研究室", "人才开发处"]
    assert resolver.units[clause.responsible[1].key].parent == QD_BUREAU


def test_division_after_its_bureau_is_not_split(lexicon: UnitLexicon) -> None:
    resolver = qingdao(lexicon)
    src = doc("责任单位:青岛市人力资源和社会保障局人才开发处")
    clause = parse_responsibility(src, Span(0, len(src.text)), resolver, first_is_lead=False)
    assert len(clause.responsible) == 1


def test_lost_space_question_marks_separate_units(lexicon: UnitLexicon) -> None:
    resolver = UnitResolver(lexicon, issuer=SD_DEPT, region="山东省")
    src, clause = parse_inline("加强培养。(责任单位:人才处??专家中心)", resolver)
    assert surfaces(clause.responsible) == ["人才处", "专家中心"]


def test_lost_closing_bracket(lexicon: UnitLexicon) -> None:
    text = "做好服务。(责任单位:人才处、专家中心\n2.下一项。"
    src = doc(text)
    span = find_inline_clause(src, 0, text.index("\n"))
    assert span is not None and span.quote(text) == "(责任单位:人才处、专家中心"
    clause = parse_responsibility(
        src, span, UnitResolver(lexicon, issuer=SD_DEPT, region="山东省"), first_is_lead=False
    )
    assert surfaces(clause.responsible) == ["人才处", "专家中心"]


def test_stray_closing_bracket_after_last_unit(lexicon: UnitLexicon) -> None:
    text = "    责任部门:青岛市人力资源发展研究与促进中心、职业能力建设处)"
    src = doc(text)
    assert is_responsibility_line(src.match)
    clause = parse_responsibility(src, Span(0, len(text)), qingdao(lexicon), first_is_lead=False)
    assert surfaces(clause.responsible) == ["青岛市人力资源发展研究与促进中心", "职业能力建设处"]


def test_lead_and_support_split_without_label(lexicon: UnitLexicon) -> None:
    text = "开展专项培训。(市人社局、市财政局牵头,市教育局配合)"
    resolver = qingdao(lexicon)
    src, clause = parse_inline(text, resolver)
    assert clause.span.quote(text) == "(市人社局、市财政局牵头,市教育局配合)"
    assert surfaces(clause.responsible) == ["市人社局", "市财政局", "市教育局"]
    assert surfaces(clause.lead) == ["市人社局", "市财政局"]
    # 市人社局 in a Qingdao document is the city bureau itself.
    assert clause.responsible[0].key == resolver.issuer_key


def test_labelled_lead_and_responsible_split(lexicon: UnitLexicon) -> None:
    text = "牵头单位:区人社局;责任单位:区财政局、区教育和体育局"
    src = doc(text)
    resolver = UnitResolver(lexicon, issuer="青岛西海岸新区管委", region="青岛西海岸新区")
    assert is_responsibility_line(src.match)
    clause = parse_responsibility(src, Span(0, len(text)), resolver, first_is_lead=False)
    assert surfaces(clause.responsible) == ["区人社局", "区财政局", "区教育和体育局"]
    assert surfaces(clause.lead) == ["区人社局"]
    # the short local name is expanded to the full name of the district's bureau; the short form stays a label
    assert resolver.units[clause.lead[0].key].pref_label == "青岛西海岸新区人力资源和社会保障局"


def test_labelled_lead_and_support_split(lexicon: UnitLexicon) -> None:
    text = "(牵头单位:市人社局;配合单位:市财政局)"
    src, clause = parse_inline("落实补贴。" + text, qingdao(lexicon))
    assert surfaces(clause.lead) == ["市人社局"]
    assert surfaces(clause.responsible) == ["市人社局", "市财政局"]


def test_stated_lead_rule_is_stripped_and_applied(lexicon: UnitLexicon) -> None:
    text = "责任单位:区发展和改革局、区人力资源和社会保障局、各镇(街道)(排第一位的为牵头单位,下同)"
    src = doc(text)
    resolver = UnitResolver(lexicon, issuer="青岛西海岸新区管委", region="青岛西海岸新区")
    clause = parse_responsibility(src, Span(0, len(text)), resolver, first_is_lead=False)
    assert clause.states_lead_rule
    assert surfaces(clause.responsible) == ["区发展和改革局", "区人力资源和社会保障局", "各镇(街道)"]
    assert surfaces(clause.lead) == ["区发展和改革局"]


def test_lead_rule_variants_and_following_clauses(lexicon: UnitLexicon) -> None:
    assert states_lead_rule("(列第一位者为牵头单位)")
    assert states_lead_rule("排在首位的为牵头部门")
    assert not states_lead_rule("细化各责任单位任务分工")
    resolver = qingdao(lexicon)
    src = doc("责任单位:市财政局、市人社局")
    without = parse_responsibility(src, Span(0, len(src.text)), resolver, first_is_lead=False)
    following = parse_responsibility(src, Span(0, len(src.text)), resolver, first_is_lead=True)
    assert without.lead == [] and not without.states_lead_rule
    assert surfaces(following.lead) == ["市财政局"]


def test_inline_lead_rule_inside_clause(lexicon: UnitLexicon) -> None:
    _, clause = parse_inline("落实政策。(责任单位:市人社局、市财政局,列第一位者为牵头单位)", qingdao(lexicon))
    assert clause.states_lead_rule
    assert surfaces(clause.responsible) == ["市人社局", "市财政局"]
    assert surfaces(clause.lead) == ["市人社局"]


def test_responsibility_line_detection() -> None:
    assert is_responsibility_line(match_text("  責任單位：區財政局"))
    assert is_responsibility_line("(责任部门:职业能力建设处)")
    assert not is_responsibility_line("组织各责任单位全面落实既定目标任务。")
    assert not is_responsibility_line("1.实施就业服务保障计划。(责任处室:就业处)")


def test_no_clause_in_plain_text() -> None:
    text = "组织各责任单位全面落实既定目标任务(2023年2月至12月)。"
    assert find_inline_clause(doc(text), 0, len(text)) is None


# --------------------------------------------------------------------------- resolution


def test_shandong_talent_division_is_not_qingdaos(lexicon: UnitLexicon) -> None:
    shandong = UnitResolver(lexicon, issuer=SD_DEPT, region="山东省")
    qd = qingdao(lexicon)
    sd_talent = shandong.resolve_name("人才处")
    qd_talent = qd.resolve_name("人才开发处")
    assert sd_talent != qd_talent
    assert shandong.units[sd_talent].parent == shandong.issuer_key == SD_DEPT
    assert qd.units[qd_talent].parent == QD_BUREAU
    # Nor is Shandong's 就业人才中心 Qingdao's centre.
    assert shandong.resolve_name("就业人才中心") != qd.resolve_name("就业人才中心")
    assert qd.resolve_name("就業人才中心") == "青岛市公共就业和人才服务中心"


def test_abbreviated_division_resolves_to_full_name_with_parent(lexicon: UnitLexicon) -> None:
    qd = qingdao(lexicon)
    short = qd.resolve_name("職建處")
    full = qd.resolve_name("职业能力建设处")
    assert short == full
    info = qd.units[full]
    assert info.pref_label == "职业能力建设处"
    assert info.parent == QD_BUREAU and info.kind == "division"
    assert qd.resolve_name("專技處") == qd.resolve_name("专业技术人员管理处")
    assert qd.resolve_name("研究促進中心") == "青岛市人力资源发展研究与促进中心"


def test_same_division_in_two_documents_of_one_bureau_shares_a_key(lexicon: UnitLexicon) -> None:
    doc_a = UnitResolver(lexicon, issuer="青島市人力資源和社會保障局", region="青岛市")
    doc_b = UnitResolver(lexicon, issuer=QD_BUREAU, region=None)
    assert doc_a.issuer_key == doc_b.issuer_key == QD_BUREAU
    assert doc_a.resolve_name("職建處") == doc_b.resolve_name("职业能力建设处")
    assert doc_a.resolve_name("就業處") == doc_b.resolve_name("就业处")


def test_alias_is_scoped_to_its_issuer(lexicon: UnitLexicon) -> None:
    # 专技处 expands only in Qingdao bureau documents; in the Shandong 厅 it stays its own division.
    shandong = UnitResolver(lexicon, issuer=SD_DEPT, region="山东省")
    key = shandong.resolve_name("专技处")
    assert shandong.units[key].pref_label == "专技处"
    assert key != qingdao(lexicon).resolve_name("专技处")


def test_unknown_division_belongs_to_the_issuer(lexicon: UnitLexicon) -> None:
    resolver = UnitResolver(lexicon, issuer="烟台市人力资源和社会保障局", region="烟台市")
    key = resolver.resolve_name("综合规划处")
    info = resolver.units[key]
    assert info.kind == "division" and info.parent == "烟台市人力资源和社会保障局"
    assert resolver.units[info.parent].region == "烟台市"


def test_local_names_are_scoped_by_region(lexicon: UnitLexicon) -> None:
    west_coast = UnitResolver(lexicon, issuer="青岛西海岸新区管委", region="青岛西海岸新区")
    other = UnitResolver(lexicon, issuer=None, region="崂山区")
    assert west_coast.resolve_name("区人力资源和社会保障局") != other.resolve_name("区人力资源和社会保障局")
    assert west_coast.resolve_name("区人社局") == west_coast.resolve_name("区人力资源和社会保障局")
    # 市人社局 in a district of Qingdao is the city bureau; 省人社厅 anywhere in Shandong is the province's.
    assert west_coast.resolve_name("市人社局") == QD_BUREAU
    assert west_coast.resolve_name("省人社厅") == SD_DEPT
    # ... but 市人社局 in a Yantai document is not Qingdao's.
    assert UnitResolver(lexicon, issuer=None, region="烟台市").resolve_name("市人社局") != QD_BUREAU


def test_alt_labels_recorded_once_and_never_the_pref_label(lexicon: UnitLexicon) -> None:
    qd = qingdao(lexicon)
    for _ in range(3):
        qd.resolve_name("職建處")
    qd.resolve_name("职业能力建设处")
    info = qd.units[qd.resolve_name("职建处")]
    assert info.alt_labels == {"職建處", "职建处"}
    assert info.pref_label not in info.alt_labels
    issuer = qd.units[QD_BUREAU]
    assert issuer.alt_labels == set()


def test_issuer_in_traditional_script_keeps_its_form_as_alt_label(lexicon: UnitLexicon) -> None:
    resolver = UnitResolver(lexicon, issuer="青島市人力資源和社會保障局", region=None)
    info = resolver.units[QD_BUREAU]
    assert info.pref_label == QD_BUREAU
    assert info.alt_labels == {"青島市人力資源和社會保障局"}
    assert resolver.region == "青岛市"  # taken from the lexicon entry of the issuer


def test_bad_lexicon_file_names_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "units.toml"
    bad.write_text("[rules]\nsuffixes = [\n", encoding="utf-8")
    with pytest.raises(ExtractError, match="units.toml"):
        UnitLexicon.from_path(bad)
    missing_source = tmp_path / "nosource.toml"
    missing_source.write_text(
        '[rules]\nsuffixes=["局"]\ndivision_suffixes=["处"]\nlocal_prefixes={"区"="district"}\n'
        '[[alias]]\nsurface="甲局"\ncanonical="乙局"\nreason="x"\n',
        encoding="utf-8",
    )
    with pytest.raises(ExtractError, match="source"):
        UnitLexicon.from_path(missing_source)


def test_every_lexicon_alias_has_source_and_reason() -> None:
    import tomllib

    import policykg.loaders

    path = Path(policykg.loaders.__file__).parent / "data" / "units.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    for entry in data["alias"]:
        assert entry.get("source") and entry.get("reason"), entry
    for entry in data["unit"] + data["region"]:
        assert entry.get("source"), entry


def test_label_that_lost_its_colon_at_line_start(lexicon: UnitLexicon) -> None:
    text = "責任單位??區財政局、區總工會"
    src = doc(text)
    assert is_responsibility_line(src.match)
    assert not is_responsibility_line("牵头单位要加强统筹")
    resolver = UnitResolver(lexicon, issuer=None, region="青岛西海岸新区")
    clause = parse_responsibility(src, Span(0, len(text)), resolver, first_is_lead=False)
    assert surfaces(clause.responsible) == ["區財政局", "區總工會"]


def test_department_word_piece_does_not_swallow_the_next_unit(lexicon: UnitLexicon) -> None:
    src = doc("责任单位:市直有关部门、市人社局、各区(市)政府")
    clause = parse_responsibility(src, Span(0, len(src.text)), qingdao(lexicon), first_is_lead=False)
    assert surfaces(clause.responsible) == ["市直有关部门", "市人社局", "各区(市)政府"]


def test_lead_marked_in_brackets_after_a_unit(lexicon: UnitLexicon) -> None:
    src = doc("责任单位:市财政局(牵头)、市人社局等")
    clause = parse_responsibility(src, Span(0, len(src.text)), qingdao(lexicon), first_is_lead=True)
    assert surfaces(clause.responsible) == ["市财政局", "市人社局"]
    assert surfaces(clause.lead) == ["市财政局"]


def test_clause_broken_after_a_separator_continues_on_next_line(lexicon: UnitLexicon) -> None:
    text = "做好服务。(责任单位:人才处、\n专家中心)\n2.下一项。"
    src = doc(text)
    span = find_inline_clause(src, 0, len(text))
    assert span is not None and span.quote(text) == "(责任单位:人才处、\n专家中心)"
    clause = parse_responsibility(
        src, span, UnitResolver(lexicon, issuer=SD_DEPT, region="山东省"), first_is_lead=False
    )
    assert surfaces(clause.responsible) == ["人才处", "专家中心"]


def test_unlabelled_sole_responsibility_in_brackets(lexicon: UnitLexicon) -> None:
    text = "按时足额发放补贴(由市人社局负责)。"
    src, clause = parse_inline(text, qingdao(lexicon))
    assert surfaces(clause.responsible) == ["市人社局"]
    assert clause.lead == []


_UNITS = [
    "区财政局",
    "區總工會",
    "各镇(街道)",
    "各大功能区",
    "市公安局黄岛分局",
    "青科集团",
    "团区委",
    "区招才中心",
]
_SEPS = ["、", ",", "，", ";", "；", " ", "?", "、 "]


@settings(max_examples=60, deadline=None)
@given(
    names=st.lists(st.sampled_from(_UNITS), min_size=1, max_size=6, unique=True),
    seps=st.lists(st.sampled_from(_SEPS), min_size=6, max_size=6),
    full_width=st.booleans(),
)
def test_any_separator_mix_keeps_units_and_quotes(
    names: list[str], seps: list[str], full_width: bool
) -> None:
    lexicon = UnitLexicon.load_default()
    body = names[0] + "".join(sep + name for sep, name in zip(seps, names[1:], strict=False))
    text = ("（责任单位：" if full_width else "(责任单位:") + body + ("）" if full_width else ")")
    src = doc("加强服务。" + text)
    span = find_inline_clause(src, 0, len(src.text))
    assert span is not None
    resolver = UnitResolver(lexicon, issuer="青岛西海岸新区管委", region="青岛西海岸新区")
    clause = parse_responsibility(src, span, resolver, first_is_lead=False)
    assert surfaces(clause.responsible) == names
    for ref in clause.responsible:
        assert src.text[ref.span.start : ref.span.end] == ref.surface


def test_short_and_full_bureau_names_agree_in_an_unknown_city(lexicon: UnitLexicon) -> None:
    resolver = UnitResolver(lexicon, issuer=None, region="沟渠市")
    key = resolver.resolve_name("市人社局")
    assert (
        key
        == resolver.resolve_name("市人力资源和社会保障局")
        == resolver.resolve_name("市人力资源社会保障局")
    )
    assert key != QD_BUREAU
    assert resolver.units[key].alt_labels == {"市人社局", "市人力资源社会保障局"}


def test_short_local_names_are_the_full_bodies_of_the_document_region(lexicon: UnitLexicon) -> None:
    # A Yantai plan issued by 烟台市人力资源和社会保障局 names itself 市人力资源社会保障局 in its clauses: one unit.
    resolver = UnitResolver(lexicon, issuer="烟台市人力资源和社会保障局", region="烟台市")
    _, clause = parse_inline("(牵头单位:市人力资源社会保障局;配合单位:市财政局、市委编办)", resolver)
    keys = [r.key for r in clause.responsible]
    assert keys[0] == resolver.issuer_key
    assert resolver.units[keys[1]].pref_label == "烟台市财政局"
    assert "市财政局" in resolver.units[keys[1]].alt_labels
    assert resolver.units[keys[2]].pref_label == "烟台市委编办"
    # the same short name in a Qingdao document is Qingdao's body, not Yantai's
    other = qingdao(lexicon)
    _, clause2 = parse_inline("(责任单位:市财政局)", other)
    assert other.units[clause2.responsible[0].key].pref_label == "青岛市财政局"


@pytest.mark.parametrize("short", ["市发改委", "市發改委"])
def test_short_names_of_untitled_documents_never_merge_across_documents(
    lexicon: UnitLexicon, short: str
) -> None:
    hangzhou = UnitResolver(lexicon, issuer=None, region=None, doc_scope="doc:a")
    shaoxing = UnitResolver(lexicon, issuer=None, region=None, doc_scope="doc:b")
    assert hangzhou.resolve_name(short) != shaoxing.resolve_name(short)
    # with the region known, the short name is that region's body in every document
    one = UnitResolver(lexicon, issuer=None, region="杭州市", doc_scope="doc:a")
    two = UnitResolver(lexicon, issuer=None, region="杭州市", doc_scope="doc:b")
    assert one.resolve_name(short) == two.resolve_name(short) == "杭州市发改委"


@pytest.mark.parametrize("short", ["区发改委", "區發改委"])
def test_a_district_body_in_a_city_document_stays_in_that_document(lexicon: UnitLexicon, short: str) -> None:
    one = UnitResolver(lexicon, issuer=None, region="北京市", doc_scope="doc:a")
    two = UnitResolver(lexicon, issuer=None, region="北京市", doc_scope="doc:b")
    assert one.resolve_name(short) != two.resolve_name(short)


@pytest.mark.parametrize(
    ("name", "region"),
    [
        ("中共武汉市委", "武汉市"),
        ("中共武漢市委辦公廳", "武汉市"),
        ("相关市县政府", None),
        ("有關市州人民政府", None),
    ],
)
def test_party_prefix_and_collective_words_are_no_place(lexicon: UnitLexicon, name: str, region: str) -> None:
    resolver = UnitResolver(lexicon, issuer=None, region=None, doc_scope="doc:a")
    info = resolver.units[resolver.resolve_name(name)]
    assert info.region == region
    assert lexicon.place_prefix(name.replace("漢", "汉")) in (region, None)


@pytest.mark.parametrize("name", ["国家发展改革委", "國家發展改革委", "中共中央办公厅"])
def test_national_bodies_are_one_body_in_every_document(lexicon: UnitLexicon, name: str) -> None:
    one = UnitResolver(lexicon, issuer=None, region=None, doc_scope="doc:a")
    two = UnitResolver(lexicon, issuer=None, region="杭州市", doc_scope="doc:b")
    assert one.resolve_name(name) == two.resolve_name(name)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("做好工作。(国务院各部门分别负责,年内持续推进)", ["国务院各部门"]),
        ("做好工作。(國務院各部門分別負責,年內持續推進)", ["國務院各部門"]),
        ("做好工作。(国务院有关部门负责)", ["国务院有关部门"]),
        ("做好工作。(國務院相關單位負責)", ["國務院相關單位"]),
    ],
)
def test_collective_of_departments_after_a_known_body_is_that_bodys_departments(
    lexicon: UnitLexicon, text: str, want: list[str]
) -> None:
    # the issuer's name is known to the document, yet 各部门 after it is its departments, not a second unit
    resolver = UnitResolver(lexicon, issuer="国务院", region=None)
    _, clause = parse_inline(text, resolver)
    assert surfaces(clause.responsible) == want


@pytest.mark.parametrize(
    "text",
    [
        "做好公开工作。(区财政局按职能分工负责)",
        "做好公開工作。(區財政局按職能分工負責)",
        "做好公开工作。(区财政局按职能负责)",
        "做好公開工作。(區財政局按職能分工負責,長期堅持)",
    ],
)
def test_by_function_role_phrase_is_no_part_of_the_unit(lexicon: UnitLexicon, text: str) -> None:
    # 按职能分工负责 is 按职责分工负责's sibling: the role verb after the last unit, never its name
    _, clause = parse_inline(text, qingdao(lexicon))
    assert [s.replace("區財政局", "区财政局") for s in surfaces(clause.responsible)] == ["区财政局"]
