"""Industry lexicon, document-defined systems and industry/system mentions."""

from __future__ import annotations

from pathlib import Path

import pytest

from policykg.errors import ExtractError
from policykg.loaders.extract.industries import IndustryLexicon, find_defined_systems, find_industries
from policykg.loaders.normalize import match_text, to_simplified
from policykg.models import SourceDocument, Span, SystemInfo


def doc(text: str, name: str = "t.txt") -> SourceDocument:
    return SourceDocument(
        path=Path(name),
        source_file=name,
        text=text,
        match=match_text(text),
        encoding="utf-8",
        script="Hans",
        format="txt",
        sha256="",
    )


def mentions(
    text: str,
    lex: IndustryLexicon,
    region: str | None = "青岛市",
    systems: dict[str, SystemInfo] | None = None,
):
    src = doc(text)
    systems = {} if systems is None else systems
    inds, syss, infos = find_industries(src, Span(0, len(text)), lex, systems, region=region)
    for r in (*inds, *syss):
        assert text[r.span.start : r.span.end] == r.surface
    return inds, syss, infos, systems


def labels(text: str, lex: IndustryLexicon) -> list[str]:
    """The Simplified labels of the industries ``text`` mentions, in order (the inline tests' view)."""
    inds, _, infos, _ = mentions(text, lex, region=None)
    return [to_simplified(infos[r.key].pref_label) for r in inds]


# --------------------------------------------------------------------------- the lexicon


def test_lexicon_entries_have_sources_and_keys(lex: IndustryLexicon) -> None:
    assert lex.industries["industry:人工智能"].pref_label == "人工智能"
    assert all(i.source for i in lex.industries.values())
    assert all(s.source for s in lex.systems.values())


def test_ten_plus_one(lex: IndustryLexicon) -> None:
    s = lex.systems["system:青岛市:10+1"]
    cats = {c.label: c.members for c in s.categories}
    assert cats["先导产业"] == ["industry:新一代信息技术", "industry:人工智能"]
    assert len(cats["新兴产业"]) == 5


def test_nine_plus_n_has_eight_members_no_invented_ninth(lex: IndustryLexicon) -> None:
    s = lex.systems["system:烟台市:9+N"]
    assert sum(len(c.members) for c in s.categories) + len(s.members) == 8


def test_chain_systems_have_no_invented_members(lex: IndustryLexicon) -> None:
    for key in ("system:青岛市:24条产业链", "system:青岛市:13条产业链"):
        s = lex.systems[key]
        assert s.members == [] and s.categories == []


def test_generic_words_are_not_industries(lex: IndustryLexicon) -> None:
    for w in ("重点产业", "新兴产业", "战略性新兴产业", "未来产业", "高新技术产业"):
        assert lex.is_generic(w)
        assert lex.lookup(w) is None


def test_alias_and_traditional_lookup(lex: IndustryLexicon) -> None:
    assert lex.lookup("人工智慧") == "industry:人工智能"
    assert lex.lookup("智能網聯新能源汽車") == "industry:智能网联新能源汽车"


def test_bad_lexicon_is_a_clear_error() -> None:
    with pytest.raises(ExtractError, match="needs a label and a source"):
        IndustryLexicon.from_toml('[[industry]]\nlabel = "甲"\n', origin="x.toml")
    with pytest.raises(ExtractError, match="no \\[\\[industry\\]\\] entry"):
        IndustryLexicon.from_toml(
            '[[system]]\ncode = "1+1"\nsource = "s"\nmembers = ["乙"]\n', origin="x.toml"
        )


# --------------------------------------------------------------------------- mentions


def test_list_of_industries_traditional(lex: IndustryLexicon) -> None:
    inds, _, infos, _ = mentions(
        "實施新一代信息技術、人工智能、高端化工與新材料、智能網聯新能源汽車、智能家電等重點產業就業支撐專項行動",
        lex,
    )
    assert [i.key for i in inds] == [
        "industry:新一代信息技术",
        "industry:人工智能",
        "industry:高端化工与新材料",
        "industry:智能网联新能源汽车",
        "industry:智能家电",
    ]
    assert inds[3].surface == "智能網聯新能源汽車"
    assert "智能網聯新能源汽車" in infos["industry:智能网联新能源汽车"].alt_labels


def test_longest_match_wins(lex: IndustryLexicon) -> None:
    inds, *_ = mentions("发展智能网联新能源汽车和新能源汽车", lex)
    assert [i.key for i in inds] == ["industry:智能网联新能源汽车", "industry:新能源汽车"]


def test_quoted_institution_names_are_skipped(lex: IndustryLexicon) -> None:
    inds, *_ = mentions("共建“智能制造产业学院”,发展智能家电。", lex)
    assert [i.key for i in inds] == ["industry:智能家电"]


def test_cited_titles_are_skipped(lex: IndustryLexicon) -> None:
    inds, syss, *_ = mentions("落实《关于加快人工智能发展的意见》。", lex)
    assert inds == [] and syss == []


def test_blocker_phrases(lex: IndustryLexicon) -> None:
    inds, *_ = mentions("数控车工、汽车装调工等紧缺职业", lex)
    assert inds == []


def test_generic_words_give_no_industry(lex: IndustryLexicon) -> None:
    inds, syss, *_ = mentions("围绕战略性新兴产业、重点产业开展培训。", lex)
    assert inds == [] and syss == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 先进制造业 and 海洋 name a trade as list items (the samples' annotation), not as qualifiers
        ("围绕先进制造业、战略性新兴产业开展培训。", ["industry:先进制造业"]),
        ("圍繞先進製造業、戰略性新興產業開展培訓。", ["industry:先进制造业"]),
        ("培育一批先进制造业集群。", []),
        ("培育一批先進製造業集群。", []),
        (
            "向海洋、先进制造、现代农业等领域倾斜。",
            ["industry:海洋", "industry:先进制造", "industry:现代农业"],
        ),
        # not 海洋 cut from 未来海洋: the list of projects names the whole trades (dev2 i03's annotation)
        ("對未來海洋、未來能源等重大項目予以支持。", ["industry:未来海洋", "industry:未来能源"]),
    ],
)
def test_sector_words_named_only_in_lists(lex: IndustryLexicon, text: str, expected: list[str]) -> None:
    inds, *_ = mentions(text, lex)
    assert [i.key for i in inds] == expected


# --------------------------------------------------------------------------- system references


@pytest.mark.parametrize(
    "text", ["紧密对接“10+1”重点产业", "服务“10+1”創新型產業體系发展", '聚焦"10+1"产业企业']
)
def test_system_reference_resolved_by_region(lex: IndustryLexicon, text: str) -> None:
    _, syss, infos, systems = mentions(text, lex, region="青岛市")
    assert [s.key for s in syss] == ["system:青岛市:10+1"]
    assert "system:青岛市:10+1" in systems  # the caller's dict now holds every referenced system
    assert "industry:人工智能" in infos  # members of a referenced system come with it


def test_system_reference_from_a_district_uses_the_city_system(lex: IndustryLexicon) -> None:
    _, syss, *_ = mentions("对接“10+1”重点产业", lex, region="青岛西海岸新区")
    assert [s.key for s in syss] == ["system:青岛市:10+1"]


def test_nine_plus_n_reference(lex: IndustryLexicon) -> None:
    _, syss, *_ = mentions("选取重点布局发展的 “9+N” 产业细分领域", lex, region="烟台市")
    assert [s.key for s in syss] == ["system:烟台市:9+N"]


def test_chain_reference(lex: IndustryLexicon) -> None:
    _, syss, *_ = mentions("聚焦十三条产业链现代化水平", lex, region="青岛市")
    assert [s.key for s in syss] == ["system:青岛市:13条产业链"]


def test_unknown_system_becomes_a_memberless_placeholder(lex: IndustryLexicon) -> None:
    _, syss, _, systems = mentions("围绕“3+2”重点产业", lex, region="潍坊市")
    assert [s.key for s in syss] == ["system:潍坊市:3+2"]
    assert systems["system:潍坊市:3+2"].categories == []
    assert "referenced in" in systems["system:潍坊市:3+2"].source


def test_codes_that_are_not_systems(lex: IndustryLexicon) -> None:
    _, syss, *_ = mentions("发挥“施工总承包企业优薪联盟(1+1)”作用", lex)
    assert syss == []


# --------------------------------------------------------------------------- document-defined systems

DEFINING = (
    "突出抓好“3+2”重点产业,围绕做优做强甲乙制造、丙丁装备、戊己材料三大传统优势产业,"
    "培育壮大“庚辛”、人工智能两大新兴服务产业,创造就业机会。"
)


def test_defined_system(lex: IndustryLexicon) -> None:
    src = doc(DEFINING)
    systems = find_defined_systems(src, lex, region="潍坊市")
    s = systems["system:潍坊市:3+2"]
    assert [c.label for c in s.categories] == ["三大传统优势产业", "两大新兴服务产业"]
    assert s.categories[0].members == ["industry:甲乙制造", "industry:丙丁装备", "industry:戊己材料"]
    assert s.categories[1].members == ["industry:庚辛", "industry:人工智能"]
    assert "defined in" in s.source
    inds, syss, infos = find_industries(src, Span(0, len(DEFINING)), lex, systems, region="潍坊市")
    assert [r.key for r in syss] == ["system:潍坊市:3+2"]
    assert {"industry:甲乙制造", "industry:庚辛", "industry:人工智能"} <= {i.key for i in inds}
    assert infos["industry:庚辛"].pref_label == "庚辛"


def test_defined_system_needs_matching_sizes(lex: IndustryLexicon) -> None:
    text = "围绕“3+2”重点产业,发展甲乙制造、丙丁装备两大传统产业,培育人工智能等新兴产业。"
    assert find_defined_systems(doc(text), lex, region=None) == {}


def test_defined_system_traditional_fullwidth(lex: IndustryLexicon) -> None:
    text = "突出「2+1」重點產業，圍繞甲乙製造、丙丁裝備兩大傳統產業，培育人工智能一大新興產業。"
    systems = find_defined_systems(doc(text), lex, region=None)
    s = systems["system:2+1"]
    assert s.categories[0].members == ["industry:甲乙制造", "industry:丙丁装备"]
    assert s.categories[0].label == "两大传统产业"  # Simplified, whatever the document's script


def test_category_mention_refers_to_defined_system(lex: IndustryLexicon) -> None:
    src = doc(DEFINING + "\n围绕三大传统优势产业重点企业开展服务。")
    systems = find_defined_systems(src, lex, region="潍坊市")
    start = src.text.index("围绕三大")
    _, syss, _ = find_industries(src, Span(start, len(src.text)), lex, systems, region="潍坊市")
    assert [r.key for r in syss] == ["system:潍坊市:3+2"]


# --------------------------------------------------------------------------- sample 003 (read by hand)


def test_sample_003_defines_five_five_seven(lex: IndustryLexicon) -> None:
    path = next((Path(__file__).resolve().parents[2] / "samples").glob("003_*.txt"))
    src = doc(path.read_text("utf-8"), name=path.name)
    systems = find_defined_systems(src, lex, region="青岛西海岸新区")
    s = systems["system:青岛西海岸新区:5+5+7"]
    labels = [[k.removeprefix("industry:") for k in c.members] for c in s.categories]
    assert labels == [
        ["船舶海工", "智能家电", "高端化工新材料", "汽车", "高端装备"],
        ["芯屏", "海洋生物医药", "虚拟现实", "人工智能", "影视"],
        ["现代金融", "现代物流", "现代商贸", "软件和信息服务", "科技服务", "文化旅游", "会展"],
    ]
    assert [c.label for c in s.categories] == ["五大传统优势产业", "五大战略性新兴产业", "七大现代服务产业"]


# --------------------------------------------------------------------------- systems named by their count (issue 12)


@pytest.mark.parametrize(
    "text",
    [
        "大力发展甲乙材料、丙丁装备、戊己医药、庚辛食品四大新兴产业。",
        "大力發展甲乙材料、丙丁裝備、戊己醫藥、庚辛食品四大新興產業。",
    ],
)
def test_a_system_named_by_its_count_takes_the_list_before_it(lex: IndustryLexicon, text: str) -> None:
    _, syss, infos, systems = mentions(text, lex, region="绍兴市")
    assert [r.key for r in syss] == ["system:绍兴市:四大新兴产业"]
    info = systems["system:绍兴市:四大新兴产业"]
    assert info.members == [
        "industry:甲乙材料",
        "industry:丙丁装备",
        "industry:戊己医药",
        "industry:庚辛食品",
    ]
    assert info.source.startswith("defined in")
    assert "industry:庚辛食品" in infos


@pytest.mark.parametrize("text", ["加快建设8大重点产业集群。", "加快建設8大重點產業集群。"])
def test_a_system_named_without_its_members(lex: IndustryLexicon, text: str) -> None:
    _, syss, _, systems = mentions(text, lex, region="开封市")
    assert [r.key for r in syss] == ["system:开封市:8大重点产业集群"]
    assert systems[syss[0].key].members == []
    assert "members unknown" in systems[syss[0].key].source


@pytest.mark.parametrize("text", ["实施“人工智能+就业”行动计划。", "實施「人工智能+就業」行動計劃。"])
def test_a_plus_programme_name_is_no_mention(lex: IndustryLexicon, text: str) -> None:
    inds, *_ = mentions(text, lex)
    assert inds == []


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ('聚焦我区"431"现代产业体系,支持企业创新。', "system:淄博市淄川区:431"),
        ("聚焦我區「431」現代產業體系,支持企業創新。", "system:淄博市淄川区:431"),
        ('对成功列入省"415X" 产业集群的项目给予支持。', "system:淄博市淄川区:415X"),
        ('聚焦"3+3+2"领域,培育一批先进制造业集群。', "system:淄博市淄川区:3+3+2"),
        ("聚焦「3+3+2」領域,培育一批先進製造業集群。", "system:淄博市淄川区:3+3+2"),
    ],
)
def test_quoted_codes_and_fields_name_systems(lex: IndustryLexicon, text: str, key: str) -> None:
    _, syss, _, systems = mentions(text, lex, region="淄博市淄川区")
    assert [r.key for r in syss] == [key]
    assert "members unknown" in systems[key].source


@pytest.mark.parametrize("text", ['到"2025"年产业规模翻番。', '发布"2025"产值目标。'])
def test_a_quoted_year_is_no_system(lex: IndustryLexicon, text: str) -> None:
    _, syss, *_ = mentions(text, lex, region="淄博市淄川区")
    assert syss == []
