"""The unit grammar: lists of units split by how Chinese body names are built, not by knowing the names.
Every rule on small inline texts, in Simplified and Traditional script."""

from __future__ import annotations

import pytest

from policykg.loaders.extract.units import UnitLexicon, UnitResolver
from policykg.loaders.normalize import match_text


@pytest.fixture(scope="module")
def lexicon() -> UnitLexicon:
    return UnitLexicon.load_default()


def units_in(piece: str, lexicon: UnitLexicon, region: str | None = "济南市") -> list[str]:
    resolver = UnitResolver(lexicon, issuer=None, region=region)
    m = match_text(piece)
    return [piece[a:b] for a, b in resolver.split_lost(m)]


@pytest.mark.parametrize(
    ("piece", "expected"),
    [
        ("市财政局等有关部门", ["市财政局"]),
        ("市財政局等有關部門", ["市財政局"]),
        ("市国资委等市级有关部门", ["市国资委"]),
        ("區發改局等部門", ["區發改局"]),
        ("省大数据中心按职责分工", ["省大数据中心"]),
        ("省大數據中心按職責分工負責", ["省大數據中心"]),
        ("省市场监管局〕", ["省市场监管局"]),
    ],
)
def test_trailing_words_are_not_units(piece: str, expected: list[str], lexicon: UnitLexicon) -> None:
    assert units_in(piece, lexicon) == expected


@pytest.mark.parametrize(
    ("piece", "expected"),
    [
        ("省统计局及有关市政府", ["省统计局", "有关市政府"]),
        ("省統計局及有關市政府", ["省統計局", "有關市政府"]),
        ("各区、县(市)政府及开发区管委会", ["各区、县(市)政府", "开发区管委会"]),
        ("市委宣传部和市文明办", ["市委宣传部", "市文明办"]),
        ("市发改委会同市财政局", ["市发改委", "市财政局"]),
        ("市發改委會同市財政局", ["市發改委", "市財政局"]),
    ],
)
def test_conjunction_splits_two_bodies(piece: str, expected: list[str], lexicon: UnitLexicon) -> None:
    assert units_in(piece, lexicon) == expected


@pytest.mark.parametrize(
    "name",
    [
        "省文化和旅游厅",
        "省文化和旅遊廳",
        "市发展和改革委员会",
        "市住房和城乡建设局",
        "市人力資源和社會保障局",
        "各县市区政府和管委会",
        "各縣市區政府和管委會",
        "中储粮株洲直属库",
        "中儲糧株洲直屬庫",
    ],
)
def test_conjunction_inside_a_name_is_kept(name: str, lexicon: UnitLexicon) -> None:
    assert units_in(name, lexicon) == [name]


@pytest.mark.parametrize(
    ("piece", "expected"),
    [
        ("各县(市、区)党委和人民政府", ["各县(市、区)党委", "人民政府"]),
        ("各縣(市、區)黨委和人民政府", ["各縣(市、區)黨委", "人民政府"]),
        ("各县市区党委和政府", ["各县市区党委", "政府"]),
        ("高新区党工委和管委会", ["高新区党工委", "管委会"]),
        ("高新區黨工委和管委會", ["高新區黨工委", "管委會"]),
    ],
)
def test_party_committee_and_government_are_two_bodies(
    piece: str, expected: list[str], lexicon: UnitLexicon
) -> None:
    assert units_in(piece, lexicon) == expected


@pytest.mark.parametrize("name", ["国家统计局青岛调查队", "國家統計局青島調查隊", "人行郑州中心支行"])
def test_one_body_with_an_inner_body_name(name: str, lexicon: UnitLexicon) -> None:
    assert units_in(name, lexicon) == [name]


@pytest.mark.parametrize(
    "piece", ["数据提供单位", "數據提供單位", "牵头部门", "刘忻市长", "張三副區長", "配合", "負責"]
)
def test_role_labels_and_people_are_not_units(piece: str, lexicon: UnitLexicon) -> None:
    assert units_in(piece, lexicon) == []


@pytest.mark.parametrize("name", ["各地", "各部门", "有关单位", "相關部門", "各镇街", "各區縣", "各區"])
def test_collectives(name: str, lexicon: UnitLexicon) -> None:
    resolver = UnitResolver(lexicon, issuer=None, region=None)
    standing = name not in ("各區",)  # 各区 alone only heads a list (各区、市人社局)
    assert resolver.can_stand(match_text(name)) is standing


def test_bare_city_unit_takes_the_document_region(lexicon: UnitLexicon) -> None:
    resolver = UnitResolver(lexicon, issuer="济南市人民政府", region="济南市")
    key = resolver.resolve_name("市财政局")
    assert resolver.units[key].pref_label == "济南市财政局"
    assert "市财政局" in resolver.units[key].alt_labels


def test_district_document_scopes_district_and_city_units(lexicon: UnitLexicon) -> None:
    resolver = UnitResolver(lexicon, issuer=None, region="沈阳市沈河区")
    assert resolver.units[resolver.resolve_name("區發改局")].pref_label == "沈阳市沈河区发改局"
    assert resolver.units[resolver.resolve_name("市财政局")].pref_label == "沈阳市财政局"
    assert resolver.units[resolver.resolve_name("省发改委")].pref_label == "辽宁省发改委"


@pytest.mark.parametrize(
    ("name", "ends"), [("各区", True), ("各縣(市)區", True), ("各市、县", True), ("各区财政", False)]
)
def test_division_collective_ends_a_list(name: str, ends: bool, lexicon: UnitLexicon) -> None:
    resolver = UnitResolver(lexicon, issuer=None, region=None)
    assert resolver.can_end_list(match_text(name)) is ends
    if name == "各区":
        assert not resolver.can_stand(name)  # while a list goes on it heads the next name


def _clause_units(text: str, lexicon: UnitLexicon, region: str = "鞍山市") -> list[str]:
    from pathlib import Path

    from policykg.loaders.extract.responsibility import parse_responsibility
    from policykg.models import SourceDocument, Span

    src = SourceDocument(
        path=Path("inline.txt"),
        source_file="inline.txt",
        text=text,
        match=match_text(text),
        encoding="utf-8",
        script="Hans",
        format="txt",
        sha256="0" * 64,
    )
    resolver = UnitResolver(lexicon, issuer=None, region=region)
    parsed = parse_responsibility(src, Span(0, len(text)), resolver, first_is_lead=False)
    return [r.surface for r in parsed.responsible]


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("责任单位:立山经济开发区,全区经济运行各专班", ["立山经济开发区", "全区经济运行各专班"]),
        ("責任單位:立山經濟開發區,全區經濟運行各專班", ["立山經濟開發區", "全區經濟運行各專班"]),
        ("责任单位:各区、市人力资源社会保障局", ["各区、市人力资源社会保障局"]),
        ("責任單位:各區、市人力資源社會保障局", ["各區、市人力資源社會保障局"]),
        ("责任单位:市委组织部、宣传部", ["市委组织部", "宣传部"]),
        ("責任單位:國家統計局青島調查隊、市統計局", ["國家統計局青島調查隊", "市統計局"]),
        ("责任单位:省统计局及有关市政府", ["省统计局", "有关市政府"]),
    ],
)
def test_lists_split_by_the_grammar(clause: str, expected: list[str], lexicon: UnitLexicon) -> None:
    assert _clause_units(clause, lexicon) == expected


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("责任单位:合肥市、芜湖市", ["合肥市", "芜湖市"]),
        ("責任單位:哈爾濱、黑河、綏芬河市政府", ["哈爾濱、黑河、綏芬河市政府"]),
        ("责任单位:市商务局、各经开区", ["市商务局", "各经开区"]),
    ],
)
def test_divisions_by_full_name_stand_short_forms_do_not(
    clause: str, expected: list[str], lexicon: UnitLexicon
) -> None:
    assert _clause_units(clause, lexicon) == expected


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("责任单位:文化宣传股、广电事业股", ["文化宣传股", "广电事业股"]),
        ("責任單位:文化宣傳股、廣電事業股", ["文化宣傳股", "廣電事業股"]),
        ("责任单位:县文旅局旅游股", ["县文旅局旅游股"]),
    ],
)
def test_county_bureau_sections_end_in_gu(clause: str, expected: list[str], lexicon: UnitLexicon) -> None:
    """A county bureau's sections are 股 (its 股室), named like a city bureau's 科."""
    assert _clause_units(clause, lexicon) == expected


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("由省经委牵头,省商务厅、省经协办、省贸促会配合。", ["省经委", "省商务厅", "省经协办", "省贸促会"]),
        ("由省經委牽頭,省商務廳、省經協辦、省貿促會配合。", ["省經委", "省商務廳", "省經協辦", "省貿促會"]),
        ("由省商务厅牵头,省经协办配合。", ["省商务厅", "省经协办"]),
        ("由省商務廳牽頭,省經協辦配合。", ["省商務廳", "省經協辦"]),
        # a body before the same verb keeps it cut off
        ("由省商务厅牵头,省财政厅协办。", ["省商务厅", "省财政厅"]),
        ("由省商務廳牽頭,省財政廳協辦。", ["省商務廳", "省財政廳"]),
    ],
)
def test_a_role_verb_that_ends_a_name_is_the_name(
    clause: str, expected: list[str], lexicon: UnitLexicon
) -> None:
    """省经协办 (经济协作办公室): 协办 after words that are no unit alone is the end of the name, not a role verb."""
    assert _clause_units(clause, lexicon) == expected
