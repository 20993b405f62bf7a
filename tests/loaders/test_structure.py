"""Structure rules on small inline texts: headings, repairs, attachments, measures, responsibility lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from policykg.loaders.extract.structure import cn_to_int, int_to_cn, parse_structure, split_lines
from policykg.loaders.normalize import match_text
from tests.loaders.inline import SCRIPT_IDS, SCRIPTS, fullwidth, make


def traditional(text: str) -> str:
    import opencc

    return str(opencc.OpenCC("s2t").convert(text))


BASIC = (
    "关于做好某项工作的实施方案\n"
    "为落实部署,制定本方案。\n"
    "一、总体要求\n"
    "到2025年,新增就业2万人以上。\n"
    "二、主要任务\n"
    "(一)强化就业服务\n"
    "1.实施就业服务计划。聚焦重点产业,开展招聘活动。(责任单位:市人社局、市财政局)\n"
    "2.开展技能培训。全年培训1万人次。(责任单位:市人社局)\n"
    "(二)优化人才服务\n"
    "3.建设人才公寓。新建公寓100套。(责任单位:市住建局)\n"
    "三、保障措施\n"
    "(一)加强组织领导。此项工作由领导小组统一领导。\n"
    "(二)强化督导考核。定期调度。\n"
)


def _numbers(outline):
    return [m.number for m in outline.measures]


@pytest.mark.parametrize(
    "variant", [lambda t: t, fullwidth, traditional, lambda t: fullwidth(traditional(t))]
)
def test_heading_levels_and_measures(variant) -> None:
    text = variant(BASIC)
    src = make(text)
    out = parse_structure(src)
    assert _numbers(out) == ["1", "2", "3"]
    assert [(s.level, s.number) for s in out.sections] == [
        (1, "一"),
        (1, "二"),
        (2, "(一)"),
        (2, "(二)"),
        (1, "三"),
        (2, "(一)"),
        (2, "(二)"),
    ]
    assert out.sections[2].parent == 1 and out.sections[3].parent == 1 and out.sections[5].parent == 4
    assert match_text(out.sections[1].title) == "主要任务"
    # every measure: its number's section path and a faithful span
    assert out.measures[0].section_path == [1, 2]
    assert out.measures[2].section_path == [1, 3]
    for m in out.measures:
        quote = text[m.span.start : m.span.end]
        assert quote.startswith(m.number)
        assert quote == quote.strip()
        assert match_text(quote).endswith(")")
        assert m.inline_clause is not None
    for s in out.sections:
        assert text[s.span.start : s.span.end].strip() == text[s.span.start : s.span.end]
    # the level-2 items with body text under 保障措施 are sections, not measures
    assert len(out.measures) == 3
    assert out.problems == []


def test_first_section_start_and_section_spans() -> None:
    src = make(BASIC)
    out = parse_structure(src)
    assert out.first_section_start == BASIC.index("一、总体要求")
    sec2 = out.sections[1]
    assert BASIC[sec2.span.start : sec2.span.end].startswith("二、主要任务")
    assert BASIC[sec2.span.start : sec2.span.end].endswith("(责任单位:市住建局)")


def test_number_with_space_and_leading_spaces() -> None:
    text = (
        "一、 总体任务\n"
        "1. 优化领导小组运行机制。制定出台 《关于完善工作体系的实施意见》。\n"
        "\u3000\u30002. 优化推进机制。建立机制。\n"
        "  3．强化政策供给。推出政策。\n"
    )
    out = parse_structure(make(text))
    assert _numbers(out) == ["1", "2", "3"]
    assert text[out.measures[1].span.start : out.measures[1].span.end].startswith("2. 优化推进机制")
    assert text[out.measures[2].span.start : out.measures[2].span.end].startswith("3．强化政策供给")


def test_numbering_running_on_across_sections_is_not_a_gap() -> None:
    text = "一、甲\n1.做甲。\n2.做乙。\n二、乙\n3.做丙。\n三、丙\n1.做丁。\n"
    out = parse_structure(make(text))
    assert _numbers(out) == ["1", "2", "3", "1"]
    assert out.problems == []


def test_numbering_gap_is_reported() -> None:
    out = parse_structure(make("一、甲\n1.做甲。\n5.做乙。\n"))
    assert _numbers(out) == ["1", "5"]
    assert any("numbering gap" in p for p in out.problems)


@pytest.mark.parametrize("variant", [lambda t: t, fullwidth, traditional])
def test_repair_lost_bracket_and_numeral(variant) -> None:
    text = variant(
        "二、主要举措\n"
        "一)塑造高技能人才培养新引擎\n"
        "1.建立机制。\n"
        "(二)打造职业技能提升新高地\n"
        "1.落实制度。\n"
        ")推进技能评价改革新模式\n"
        "1.推进评价。\n"
        ")构建多层次技能竞赛新格局\n"
        "1.修订办法。\n"
        "(五)形成激励新机制\n"
        "1.组织评选。\n"
    )
    out = parse_structure(make(text))
    assert [(s.number, s.repaired) for s in out.sections] == [
        ("二", False),
        ("(一)", True),
        ("(二)", False),
        ("(三)", True),
        ("(四)", True),
        ("(五)", False),
    ]
    assert all(s.parent == 0 for s in out.sections[1:])
    assert len(out.measures) == 5
    assert out.measures[2].section == 3
    assert sum("repaired" in p for p in out.problems) == 3
    assert match_text(out.sections[3].title) == match_text(variant("推进技能评价改革新模式"))


def test_lost_closing_bracket_only_when_it_fits_the_sequence() -> None:
    text = "一、任务\n(一)甲项工作\n1.做甲。\n(二乙项工作\n1.做乙。\n(十四五期间的安排\n"
    out = parse_structure(make(text))
    assert [s.number for s in out.sections] == ["一", "(一)", "(二)"]
    assert out.sections[2].repaired


def test_lost_dot_accepted_only_in_sequence() -> None:
    text = "一、任务\n1.做甲。\n2做乙。\n13条产业链全面提升。\n"
    out = parse_structure(make(text))
    assert _numbers(out) == ["1", "2"]
    assert out.measures[1].repaired


def test_decimal_at_line_start_is_not_a_measure() -> None:
    out = parse_structure(make("一、目标\n1.5万人以上的就业目标要实现。\n"))
    assert out.measures == []


def test_chinese_numerals_beyond_ten() -> None:
    assert [cn_to_int(s) for s in ["一", "十", "十一", "十二", "二十", "二十三", "一百零五"]] == [
        1,
        10,
        11,
        12,
        20,
        23,
        105,
    ]
    assert cn_to_int("abc") is None
    assert [int_to_cn(n) for n in (1, 10, 11, 20, 23)] == ["一", "十", "十一", "二十", "二十三"]
    body = "".join(f"{int_to_cn(i)}、第{i}部分\n{i}.做第{i}件事。\n" for i in range(1, 14))
    out = parse_structure(make(body))
    assert [s.number for s in out.sections][-3:] == ["十一", "十二", "十三"]
    assert len(out.measures) == 13 and out.problems == []


def test_boilerplate_and_meta_lines() -> None:
    text = (
        "当前位置:首页\n"
        "> 综合资讯> 科技要闻\n"
        "字体大小: 打印\n"
        "【打印】 【关闭】\n"
        "  • 索引号 2437546735161053133\n"
        "  • 发布日期 2021-11-23\n"
        "发布时间:2023-01-11\n"
        "(此件主动公开)\n"
        "（公開屬性：此件主動公開）\n"
        "(联系单位:人才开发处)\n"
        "如果您对该文件有疑问,可以通过 网上咨询 方式咨询相关单位 。\n"
        "正文内容。\n"
    )
    kinds = [ln.kind for ln in split_lines(make(text))]
    assert kinds == [
        "boilerplate",
        "boilerplate",
        "boilerplate",
        "boilerplate",
        "meta",
        "meta",
        "meta",
        "boilerplate",
        "boilerplate",
        "boilerplate",
        "boilerplate",
        "content",
    ]


def test_lost_spaces_and_signature_lines() -> None:
    text = "一、任务\n1.做甲。\n?\n???????青岛市人力资源和社会保障局\n2025年4月7日\n"
    lines = split_lines(make(text))
    assert [ln.kind for ln in lines] == ["heading", "heading", "blank", "signature", "date"]
    out = parse_structure(make(text))
    assert out.sections[0].span.end == text.index("\n?")


def test_crlf_line_endings() -> None:
    text = BASIC.replace("\n", "\r\n")
    out = parse_structure(make(text))
    assert _numbers(out) == ["1", "2", "3"]
    for m in out.measures:
        assert "\r" not in text[m.span.start : m.span.end]


ATTACH = (
    "一、主要任务\n"
    "1.出台行动方案。\n"
    "附件:1.坚持需求驱动专项行动方案\n"
    "2.强化服务保障专项行动方案\n"
    "附件1\n"
    "坚持需求驱动专项行动方案\n"
    "为加快引进人才,制定本方案。\n"
    "一、工作措施\n"
    "(一)加大引进力度\n"
    "1.搭建平台。每年引进1万人。\n"
    "2.开展活动。\n"
    "附件 2\n"
    "强化服务保障专项行动方案\n"
    "一、重点工作\n"
    "1.做好摸底。\n"
    "青岛西海岸新区管委\n"
    "2023年1月19日\n"
)


@pytest.mark.parametrize("variant", [lambda t: t, fullwidth, traditional])
def test_attachments_and_attachment_list(variant) -> None:
    text = variant(ATTACH)
    out = parse_structure(make(text))
    assert _numbers(out) == ["1", "1", "2", "1"]
    assert [m.attachment for m in out.measures] == [None, "附件1", "附件1", "附件2"]
    roots = [out.sections[i] for i in out.attachments]
    assert [(r.number, r.level) for r in roots] == [("附件1", 0), ("附件2", 0)]
    assert match_text(roots[0].title) == "坚持需求驱动专项行动方案"
    assert len(out.attachment_list) == 2
    first_root = roots[0].heading.start
    for s in out.sections:
        assert (s.attachment is not None) == (s.span.start >= first_root)
    inner = [s for s in out.sections if s.attachment == "附件1" and s.level > 0]
    assert [s.number for s in inner] == ["一", "(一)"]
    assert inner[0].parent == out.attachments[0]
    # the signature after the last attachment is not section text
    last = out.sections[-1]
    assert "管委" not in text[last.span.start : last.span.end]


def test_single_attachment_without_number() -> None:
    out = parse_structure(make("一、任务\n1.做甲。\n附件\n人才目录\n一、目录说明\n1.做乙。\n"))
    assert [out.sections[i].number for i in out.attachments] == ["附件"]
    assert out.measures[1].attachment == "附件"


def test_measure_broken_across_lines() -> None:
    text = (
        "(一)评价\n"
        "3.加大高技能人才评选力度。加强对国家、省、市级高技能\n"
        "人才推荐申报工作,提高获评人员比例。\n"
        "责任单位:区人社局、区总工会\n"
    )
    out = parse_structure(make(text))
    m = out.measures[0]
    assert text[m.span.start : m.span.end].endswith("提高获评人员比例。")
    assert out.responsibility[0].measures == [0]


def test_sub_items_belong_to_their_measure() -> None:
    text = "一、任务\n1.健全机制:\n(1)目标考核机制;\n\n(2)评价衔接机制。\n2.完善政策。\n"
    out = parse_structure(make(text))
    assert _numbers(out) == ["1", "2"]
    assert text[out.measures[0].span.start : out.measures[0].span.end].endswith("(2)评价衔接机制。")


def test_section_text_lines_are_not_measures() -> None:
    text = (
        "(一)塑造新引擎\n\n"
        "目标任务:力争每年新增高技能人才2万人以上\n\n"
        "工作措施:\n\n"
        "1.建立机制。\n\n"
        "2.发挥作用\n\n"
        "责任部门:职业能力建设处、青岛市公共就业和人才服务中心\n"
    )
    out = parse_structure(make(text))
    assert _numbers(out) == ["1", "2"]
    assert text[out.measures[1].span.start : out.measures[1].span.end] == "2.发挥作用"
    owners = {out.lines[i].stripped[:4]: o for i, o in enumerate(out.line_owner) if o}
    assert owners["目标任务"] == ("section", 0)


def test_line_after_each_measure_covers_one() -> None:
    text = (
        "(一)甲\n"
        "1.做甲。\n责任单位:区发展和改革局、区人社局(排第一位的为牵头单位,下同)\n"
        "2.做乙。\n责任单位:区人社局\n"
    )
    out = parse_structure(make(text))
    assert [r.measures for r in out.responsibility] == [[0], [1]]
    assert not any(r.section_level for r in out.responsibility)


@pytest.mark.parametrize("variant", [lambda t: t, fullwidth, traditional])
def test_section_level_line_covers_all_measures_since_previous_clause(variant) -> None:
    text = variant(
        "二、主要举措\n"
        "(一)塑造新引擎\n"
        "1.建立机制。\n"
        "2.发挥作用。\n"
        "3.强化带动。\n"
        "责任部门:职业能力建设处、人才开发处\n"
        "(二)打造新高地\n"
        "1.落实制度。\n"
        "2.发挥作用。(责任部门:人才开发处)\n"
        "3.引导企业。\n"
        "责任部门:职业能力建设处\n"
    )
    out = parse_structure(make(text))
    assert [r.measures for r in out.responsibility] == [[0, 1, 2], [5]]
    assert out.responsibility[0].section_level
    assert out.responsibility[0].section == 1
    assert not out.responsibility[1].section_level
    assert out.measures[4].inline_clause is not None


def test_header_line_and_twin_lines() -> None:
    text = (
        "(一)甲\n"
        "牵头单位:市人社局\n"
        "责任单位:市财政局\n"
        "1.做甲。\n"
        "2.做乙。\n"
        "(二)乙\n"
        "1.做丙。\n"
        "牵头单位:市教育局\n"
        "责任单位:市科技局\n"
    )
    out = parse_structure(make(text))
    assert [r.measures for r in out.responsibility] == [[0, 1], [0, 1], [2], [2]]
    assert out.responsibility[0].section_level and out.responsibility[1].section_level


def test_level2_item_with_body_and_clause_is_a_measure() -> None:
    text = (
        "一、重点任务\n"
        "(一)实施人才引进工程。每年引进人才1000人。(责任单位:市人社局)\n"
        "(二)实施人才培养工程。开展培训。\n"
        "责任单位:市教育局\n"
        "(三)加强组织领导。此项工作由领导小组负责。\n"
        "二、其他任务\n"
        "1.做好宣传。\n"
    )
    out = parse_structure(make(text))
    # (三) assigns its work in a role sentence (此项工作由领导小组负责): an item with its own clause
    assert _numbers(out) == ["(一)", "(二)", "(三)", "1"]
    assert [m.level for m in out.measures] == [2, 2, 2, 3]
    assert [s.number for s in out.sections] == ["一", "二"]
    assert out.responsibility[0].measures == [1]


def test_phase_items_are_not_measures() -> None:
    text = (
        "三、主要任务\n1.做甲。\n"
        "四、实施步骤\n"
        "1.动员部署(2023年1月)。全面启动工作。\n"
        "2.推进实施(2023年2月至2023年12月)。组织落实。\n"
        "五、保障措施\n1.加强领导。(责任单位:区人社局)\n2.强化宣传。\n"
    )
    out = parse_structure(make(text))
    # a 保障措施 item is a measure only when it assigns something (annotation.md)
    assert _numbers(out) == ["1", "1"]
    assert [out.sections[i].number for i in out.step_sections] == ["四"]
    assert out.measures[1].section_path == [2]


def test_round_trip_every_span() -> None:
    for text in (BASIC, ATTACH, fullwidth(traditional(ATTACH))):
        src = make(text)
        out = parse_structure(src)
        for ln in out.lines:
            assert text[ln.start : ln.end] == ln.text
            assert src.match[ln.start : ln.end] == ln.match
        for m in out.measures:
            assert 0 <= m.span.start < m.span.end <= len(text)
        for s in out.sections:
            assert text[s.heading.start : s.heading.end] in text[s.span.start : s.span.end]


def test_empty_and_headingless_text() -> None:
    assert parse_structure(make("")).measures == []
    out = parse_structure(make("只有一段正文,没有任何标题。\n第二段。"))
    assert out.sections == [] and out.measures == [] and out.first_section_start is None


def test_group_heading_with_numbered_sub_items() -> None:
    text = (
        "一、重点任务\n"
        "1.人才引进\n"
        "(1)实施引才工程。每年引进500人。(责任单位:市人社局)\n"
        "(2)办好招聘活动。(责任单位:市教育局)\n"
        "2.人才培养\n"
        "(1)开展培训。\n"
        "责任单位:市总工会\n"
        "3.优化服务。建设公寓。\n"
    )
    out = parse_structure(make(text))
    assert [(m.number, m.level) for m in out.measures] == [("(1)", 4), ("(2)", 4), ("(1)", 4), ("3", 3)]
    assert [(s.level, s.number) for s in out.sections] == [(1, "一"), (3, "1"), (3, "2")]
    assert out.measures[3].section_path == [0]
    assert [m.inline_clause is not None for m in out.measures] == [True, True, False, False]
    assert out.responsibility[0].measures == [2]
    assert (
        text[out.measures[0].span.start : out.measures[0].span.end]
        == "(1)实施引才工程。每年引进500人。(责任单位:市人社局)"
    )


@pytest.mark.parametrize("variant", [lambda t: t, fullwidth, traditional])
def test_without_numbered_items_level2_items_with_text_are_measures(variant) -> None:
    text = variant(
        "一、总体要求\n坚持就业优先。\n"
        "二、政策措施\n"
        "(一)加大补贴力度。对新招用人员给予补贴。\n"
        "(二)优化创业服务。提供场地支持。\n"
        "三、实施步骤\n"
        "(一)动员部署(2023年1月)。全面启动。\n"
    )
    out = parse_structure(make(text))
    assert [(m.number, m.level) for m in out.measures] == [("(一)", 2), ("(二)", 2)]
    assert any("taken as measures" in p for p in out.problems)
    assert [s.number for s in out.sections] == ["一", "二", "三", "(一)"]


def test_without_numbered_items_level1_items_with_text_are_measures() -> None:
    text = (
        "关于支持企业发展的若干措施\n"
        "一、加大就业补贴。对企业新招用人员给予每人1000元补贴。(责任单位:市人社局)\n"
        "二、降低用工成本。阶段性降低失业保险费率。\n"
        "三、强化金融支持。\n"
    )
    out = parse_structure(make(text))
    assert [(m.number, m.level) for m in out.measures] == [("一", 1), ("二", 1)]
    assert [s.number for s in out.sections] == ["三"]


def test_closing_bracket_of_a_broken_line_is_not_a_damaged_heading() -> None:
    text = (
        "一、任务\n(一)培训\n1.动态发布补贴培训职业(工种\n)目录,强化技能培训服务和导向作用。\n2.强化宣传。\n"
    )
    out = parse_structure(make(text))
    assert [s.number for s in out.sections] == ["一", "(一)"]
    assert _numbers(out) == ["1", "2"]
    assert text[out.measures[0].span.start : out.measures[0].span.end].endswith("导向作用。")
    assert not any("repaired" in p for p in out.problems)


def test_level_two_numbering_continued_across_parts_is_no_gap() -> None:
    # regression: (三) opening 二、 after (一)(二) under 一、 was reported as a "numbering gap"
    from policykg.loaders.extract import extract
    from policykg.loaders.normalize import match_text
    from policykg.models import SourceDocument

    text = (
        "一、拓宽渠道\n（一）扩大吸纳。组织招聘会。（责任单位：市财政局）\n（二）稳定岗位。招聘毕业生。（责任单位：市财政局）\n"
        "二、强化服务\n（三）开展见习。募集岗位。（责任单位：市财政局）\n"
    )
    src = SourceDocument(
        path=Path("t.txt"),
        source_file="t.txt",
        text=text,
        match=match_text(text),
        encoding="utf-8",
        script="Hans",
        format="txt",
        sha256="0",
    )
    doc = extract(src)
    assert [m.number for m in doc.measures] == ["(一)", "(二)", "(三)"]
    assert not [p for p in doc.problems if "gap" in p]


# --------------------------------------------------------------------------- issue 11: what is a measure


@pytest.mark.parametrize(
    "variant", [lambda t: t, fullwidth, traditional, lambda t: fullwidth(traditional(t))]
)
def test_frame_sections_are_not_measures(variant) -> None:  # type: ignore[no-untyped-def]
    text = variant(
        "一、总体要求\n(一)指导思想。以新发展理念为指导,推动高质量发展。\n(二)发展目标。到2025年,产值达到100亿元。\n"
        "二、主要任务\n(一)做强主导产业。就汽车及零部件加快发展。\n(二)培育新兴产业。推动集群发展。\n"
        "三、保障措施\n(一)加强组织领导。建立工作机制。\n(二)强化资金保障。统筹资金。(责任单位:市财政局)\n"
    )
    out = parse_structure(make(text))
    assert _numbers(out) == ["(一)", "(二)", "(二)"]
    assert [out.sections[m.section_path[0]].number for m in out.measures] == ["二", "二", "三"]


@pytest.mark.parametrize(
    "variant", [lambda t: t, fullwidth, traditional, lambda t: fullwidth(traditional(t))]
)
def test_frame_items_are_not_measures(variant) -> None:  # type: ignore[no-untyped-def]
    text = variant(
        "一、把握使命\n1.强化政治担当。全市各级各部门务必担当。\n2.厘清总体思路。坚持绿色发展。\n3.明确发展目标。力争到2021年基本形成。\n"
    )
    assert _numbers(parse_structure(make(text))) == ["1"]


@pytest.mark.parametrize(
    "variant", [lambda t: t, fullwidth, traditional, lambda t: fullwidth(traditional(t))]
)
def test_headings_with_their_paragraph_are_measures_without_items(variant) -> None:  # type: ignore[no-untyped-def]
    text = variant(
        "一、围绕改革推进公开\n(一)推进权力清单公开\n对权力清单进行动态调整,公布清单。\n"
        "(二)推进决策公开\n推行重大决策预公开。\n二、目标任务\n(一)开办企业。开办企业0.5个工作日内完成。\n"
    )
    out = parse_structure(make(text))
    assert _numbers(out) == ["(一)", "(二)", "(一)"]
    assert (
        variant("动态调整") in out.lines[0].text
        or variant("动态调整") in make(text).text[out.measures[0].span.start : out.measures[0].span.end]
    )


@pytest.mark.parametrize(
    "variant", [lambda t: t, fullwidth, traditional, lambda t: fullwidth(traditional(t))]
)
def test_heading_with_its_own_responsibility_line_is_a_measure(variant) -> None:  # type: ignore[no-untyped-def]
    text = variant(
        "一、主要预期目标\n(一)地区生产总值增长7%以上\n责任单位:区发展和改革局\n(二)固定资产投资增长10%以上\n责任单位:区财政局\n"
    )
    out = parse_structure(make(text))
    assert _numbers(out) == ["(一)", "(二)"]


@pytest.mark.parametrize(
    "variant", [lambda t: t, fullwidth, traditional, lambda t: fullwidth(traditional(t))]
)
def test_lost_line_breaks_before_headings(variant) -> None:  # type: ignore[no-untyped-def]
    text = variant(
        "河南省人民政府关于明确重点工作责任单位的通知 现将重点工作任务予以分解并明确责任单位,确保年度重点工作任务圆满完成。"
        " 一、加快提振市场信心 (一)全面促进消费增长。 1.把恢复和扩大消费摆在优先位置。(省商务厅负责)"
        " 2.落实好提振市场信心措施。(省发展改革委牵头) 3.激活房地产市场。\n"
    )
    out = parse_structure(make(text))
    assert _numbers(out) == ["1", "2", "3"]
    assert [out.sections[i].number for i in out.measures[0].section_path] == ["一", "(一)"]


@pytest.mark.parametrize(
    "variant", [lambda t: t, fullwidth, traditional, lambda t: fullwidth(traditional(t))]
)
def test_statement_headings_on_one_line(variant) -> None:  # type: ignore[no-untyped-def]
    text = variant(
        "2020年重点工作目标安排\n一、推动规划实施\n(一)开展区“十四五”规划编制。(二)推进产业空间高质量利用研究,做好低效用地转型提升工作。(三)开展规划纲要实施情况全面评估。\n二、推动经济发展\n(一)实现区级一般公共预算收入同比增长1%。(二)实现社会消费品零售总额达到800亿元。\n"
    )
    out = parse_structure(make(text))
    assert _numbers(out) == ["(一)", "(二)", "(三)", "(一)", "(二)"]


def test_image_file_names_and_starred_items() -> None:
    text = "一、任务\n640.webp.jpg\n1* .开展一证多址改革。\n2*.开展住所标准化登记。\n"
    out = parse_structure(make(text))
    assert _numbers(out) == ["1", "2"]
    assert out.lines[1].kind == "boilerplate"


def test_item_number_before_a_year() -> None:
    out = parse_structure(make("一、任务\n1、加快建设。\n2、2017年,铁路建成通车。\n"))
    assert _numbers(out) == ["1", "2"]


@pytest.mark.parametrize("script", [lambda t: t, traditional], ids=["simplified", "traditional"])
def test_covering_notice_requirements_and_markup_lines_are_not_measures(script) -> None:  # type: ignore[no-untyped-def]
    text = (
        "各旗县市区人民政府:\n现将方案印发给你们,请认真贯彻落实。\n"
        "一、加强领导,落实责任\n各项重点任务是做好今年政府工作的总抓手,各牵头单位要高度重视。\n"
        "二、强化调度,协调推进\n牵头单位要对重点任务实行台账管理。\n"
        '1. <th id="rxb7u"></th>\n'
    )
    out = parse_structure(make(script(text)))
    assert out.measures == []


@pytest.mark.parametrize("script", [lambda t: t, traditional], ids=["simplified", "traditional"])
def test_items_of_a_page_going_on_from_the_previous_one(script) -> None:  # type: ignore[no-untyped-def]
    text = (
        "[接上页] (2)培育产业集群。依托龙头企业,做大做强。 2.推动物流业发展。加快建设港口。"
        "(省直配合单位:省发展改革委) 3.拓展旅游合作。整合资源。(省直配合单位:省旅游局) (三)促进公共服务。\n"
    )
    out = parse_structure(make(script(text)))
    assert [m.number for m in out.measures] == ["(2)", "2", "3"]


@pytest.mark.parametrize("script", [lambda t: t, traditional], ids=["simplified", "traditional"])
def test_leaf_heading_beside_headings_with_items_is_a_measure(script) -> None:  # type: ignore[no-untyped-def]
    text = (
        "三、重点工程\n(一)交通基础设施联通工程。(略)\n(二)红色文化旅游提升工程。(略)\n"
        "(三)产业转型升级振兴工程。\n1.打造世界花炮之都。推进转型。\n"
    )
    out = parse_structure(make(script(text)))
    assert [m.number for m in out.measures] == ["(一)", "(二)", "1"]


@pytest.mark.parametrize("script", [lambda t: t, traditional], ids=["simplified", "traditional"])
def test_goal_items_with_their_own_lead_are_measures(script) -> None:  # type: ignore[no-untyped-def]
    """Regression (dev6): under 一、工作目标 a goal paragraph is no measure, a goal item with its own (牵头单位:…) is;
    01 before a plan's title is a series number, no item."""
    text = (
        "01新一代信息技术产业2022年行动计划\n一、工作目标\n(一)规模实现新跨越。营业收入增长15%。(牵头单位:省工业和信息化厅)\n"
        "(二)创新实现新突破。新培育创新中心100家以上。\n二、主要任务\n(一)实施强链行动。\n1.突破关键技术。组织攻关。\n"
    )
    out = parse_structure(make(script(text)))
    assert [m.number for m in out.measures] == ["(一)", "1"]


@pytest.mark.parametrize("script", [lambda t: t, traditional], ids=["simplified", "traditional"])
def test_significance_beside_the_guiding_thought_is_no_measure(script) -> None:  # type: ignore[no-untyped-def]
    """Regression (dev6): 1、重大意义 under 一、…的重大意义、指导思想和目标任务 was a measure."""
    text = (
        "一、推进非公有制经济发展的重大意义、指导思想和目标任务\n1、重大意义。非公有制经济有了长足发展。\n"
        "2、指导思想。坚持两个毫不动摇。\n二、主要措施\n1、放宽市场准入。凡是法律未禁止的领域都向非公有资本开放。\n"
    )
    out = parse_structure(make(script(text)))
    assert [m.number for m in out.measures] == ["1"]
    assert out.measures[0].span.start > text.index("二、")


@pytest.mark.parametrize("variant", SCRIPTS, ids=SCRIPT_IDS)
@pytest.mark.parametrize("marker", [("⑴", "⑵"), ("(1)", "(2)")])
def test_a_group_title_with_a_full_stop_over_assigned_items(variant, marker) -> None:  # type: ignore[no-untyped-def]
    one, two = marker
    text = (
        "一、任务分工\n\n(一)主要规划指标。\n\n1.约束性指标。\n\n"
        f"{one}九年义务教育巩固率达到97%。\n\n责任单位:省教育厅。\n\n{two}耕地保有量保持在6120万亩。\n\n"
        "责任单位:省国土资源厅。\n\n2.加强领导。\n\n(1)建立协调机制,定期调度。\n\n(2)强化督查考核。\n\n责任单位:省政府办公厅。\n"
    )
    out = parse_structure(make(variant(text)))
    # 2.加强领导。 is a sentence over its elaboration: the item itself is the measure
    assert _numbers(out) == [one, two, "2"]


@pytest.mark.parametrize("variant", SCRIPTS, ids=SCRIPT_IDS)
def test_a_title_heading_over_a_paragraph_and_its_own_lines_is_a_measure(variant) -> None:  # type: ignore[no-untyped-def]
    text = (
        "一、重点产业\n(一)四大支柱产业\n1.电子信息产业\n牵头单位:市工信局\n2.新材料产业\n牵头单位:市科技局\n"
        "(二)六个未来产业\n第三代半导体、未来网络、氢能与储能\n牵头市领导:张三\n牵头单位:市科技局\n"
        "责任单位:市发改委、工信局\n二、保障措施\n(一)加强组织领导\n建立工作机制。\n"
    )
    out = parse_structure(make(variant(text)))
    assert _numbers(out) == ["1", "2", "(二)"]
    assert [r.measures for r in out.responsibility] == [[0], [1], [2], [2]]


_PARAGRAPH_TASKS = (
    "关于落实重点工作部门分工的意见\n"
    "一、努力扩大内需,促进经济平稳较快发展\n"
    "认真落实积极的财政政策。优化财政支出结构,强化政府性债务管理。(财政厅牵头)\n"
    "加强银企合作,引导商业银行优化信贷结构。(人行成都分行、省金融办牵头)\n"
    "二、加快产业发展\n"
    "大力发展现代农业,稳定粮食生产。(农业厅牵头)\n"
)


@pytest.mark.parametrize("variant", SCRIPTS, ids=SCRIPT_IDS)
def test_unnumbered_paragraphs_with_own_clauses_under_heading_are_the_measures(variant) -> None:
    from tests.loaders.inline import run

    doc = run(variant(_PARAGRAPH_TASKS))
    assert [m.number for m in doc.measures] == ["", "", ""]
    firsts = [doc.source.text[m.span.start : m.span.start + 4] for m in doc.measures]
    assert firsts == [variant(w) for w in ("认真落实", "加强银企", "大力发展")]
    assert [len(m.lead) for m in doc.measures] == [1, 2, 1]
    # 一、 headings with their own text and clause stay the measures
    own = run(variant("一、落实财政政策。优化支出结构。(财政厅牵头)\n二、加强银企合作。(金融办牵头)\n"))
    assert [m.number for m in own.measures] == ["一", "二"]


@pytest.mark.parametrize("variant", SCRIPTS, ids=SCRIPT_IDS)
def test_items_numbered_with_a_full_stop_are_items(variant) -> None:
    # 1。推动…: a page typing the item's point as 。 (full-width) still numbers its items
    from tests.loaders.inline import run

    text = variant(
        "一、交通出行\n1。推动轨道交通加速成网。(牵头单位:市交通运输局)\n"
        "2。打通中心城区断头路20条。(牵头单位:市住建局)\n二、城市更新\n3。完成城市道路整治提升60条。(牵头单位:市城管委)\n"
    )
    doc = run(text)
    assert [m.number for m in doc.measures] == ["1", "2", "3"]
    assert [len(m.lead) for m in doc.measures] == [1, 1, 1]
    # a sum ending a line before the next is no item: 共计100。 stays text
    plain = run(variant("一、任务\n1.新增岗位\n100。\n2.做乙。\n"))
    assert [m.number for m in plain.measures] == ["1", "2"]


from tests.loaders.test_responsibility import IDS as _R_IDS  # noqa: E402
from tests.loaders.test_responsibility import VARIANTS as _R_VARIANTS  # noqa: E402
from tests.loaders.test_responsibility import keys, names  # noqa: E402
from tests.loaders.test_responsibility import run as _run  # noqa: E402


@pytest.mark.parametrize("variant", _R_VARIANTS, ids=_R_IDS)
@pytest.mark.parametrize("stop", ["。", ""])
def test_group_heading_cell_before_the_items_cell_of_a_barred_row(variant, stop) -> None:  # type: ignore[no-untyped-def]
    text = (
        "工作任务 | 具体要求 | 责任单位 |\n"
        "一、以公开助力经济平稳健康发展 |\n"
        f"(一)加强涉及市场主体的信息公开{stop} | 1.加大行业帮扶政策的公开力度。 | 区发展改革局、区商务局 |\n"
        "2.建立审批问题的办理和反馈机制。 | 区政务服务数据管理局 |\n"
        f"(二)加强涉及减税降费的信息公开{stop} | 3.智能推送减税降费政策。 | 区税务局、区财政局 |\n"
    )
    doc = _run(variant(text))
    # the (一)/(二) cell heads its group of rows: a section, never a measure; the item in the next cell is the row
    assert [m.number for m in doc.measures] == ["1", "2", "3"]
    paths = [[doc.sections[i].number for i in m.section_path] for m in doc.measures]
    assert paths == [["一", "(一)"], ["一", "(一)"], ["一", "(二)"]]


@pytest.mark.parametrize("variant", _R_VARIANTS, ids=_R_IDS)
@pytest.mark.parametrize("marker", ["2.", "2、", "2. "])
def test_a_last_item_marker_with_nothing_after_it_is_no_measure(variant, marker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "二、主要任务\n\n(一)打造更加规范高效的一流政务环境\n\n"
        "1.推行政务服务线上“一网通办”。加大宣传推广力度,提高网上办事比例。(市政务服务局负责)\n\n"
        f"{marker}\n"
    )
    doc = _run(variant(text))
    # the page was cut right after the marker: no text, no measure
    assert [m.number for m in doc.measures] == ["1"]


@pytest.mark.parametrize("variant", _R_VARIANTS, ids=_R_IDS)
@pytest.mark.parametrize("first", [1, 7])
def test_an_item_number_closed_by_a_full_stop(variant, first) -> None:  # type: ignore[no-untyped-def]
    text = (
        "2021年民生实事工作目标\n\n一、交通出行\n\n"
        f"{first}。打通中心城区“断头路”20条。(牵头单位:市住建局)\n\n"
        f"{first + 1}。新改建农村公路200公里。(牵头单位:市交通运输局)\n\n"
        "二、市容环境\n\n"
        f"{first + 2}。完成城市道路整治提升60条。(牵头单位:市城管委)\n"
    )
    doc = _run(variant(text))
    # 1。 numbers an item as 1. does: the items are the measures, the 一、 headings their sections
    assert [m.number for m in doc.measures] == [str(first), str(first + 1), str(first + 2)]
    paths = [[doc.sections[i].number for i in m.section_path] for m in doc.measures]
    assert paths == [["一"], ["一"], ["二"]]
    assert [names(m.lead) for m in doc.measures] == [
        keys(["市住建局"]),
        keys(["市交通运输局"]),
        keys(["市城管委"]),
    ]


@pytest.mark.parametrize("variant", _R_VARIANTS, ids=_R_IDS)
@pytest.mark.parametrize("cut", ["(三)关于“加大力度落实‘米袋子’", "(三)关于扩大有效投资的问题,由"])
def test_a_heading_the_excerpt_cuts_after_a_measured_sibling_is_an_item(variant, cut) -> None:  # type: ignore[no-untyped-def]
    text = (
        "一、工作分工\n"
        "(一)关于“稳定粮食生产”的问题,由农业部会同财政部等部门研究提出落实意见。\n"
        "(二)关于“严守耕地保护红线”的问题,由国土资源部会同农业部负责落实。\n"
        f"{cut}\n"
    )
    doc = _run(variant(text))
    # the page stops inside the next item's heading: an item like its siblings, recorded as far as it goes
    assert [m.number for m in doc.measures] == ["(一)", "(二)", "(三)"]
    assert doc.measures[2].responsible == []


@pytest.mark.parametrize("variant", _R_VARIANTS, ids=_R_IDS)
def test_a_cut_heading_of_another_level_after_measures_is_no_item(variant) -> None:  # type: ignore[no-untyped-def]
    text = (
        "一、工作分工\n"
        "(一)关于“稳定粮食生产”的问题,由农业部会同财政部等部门研究提出落实意见。\n"
        "(二)关于“严守耕地保护红线”的问题,由国土资源部会同农业部负责落实。\n"
        "二、保障措施\n"
        "(一)加强组织领导,\n"
    )
    doc = _run(variant(text))
    assert [m.number for m in doc.measures] == ["(一)", "(二)"]


@pytest.mark.parametrize("variant", _R_VARIANTS, ids=_R_IDS)
@pytest.mark.parametrize("first", ["", "(一)"])
def test_a_paragraph_with_its_clause_before_a_second_sub_item_is_the_lost_first(variant, first) -> None:  # type: ignore[no-untyped-def]
    text = (
        "一、以公开促发展,助力建设最优市场环境\n\n"
        f"{first}以抓项目、稳工业为目标,增强政策制定实施的透明度。做好涉及市场主体政策文件的公开。"
        "(牵头单位:市发改委,责任单位:市经信局、市财政局)\n\n"
        "(二)依法依规做好扩大有效投资相关信息公开。(牵头单位:市发改委,责任单位:市住建局)\n"
    )
    doc = _run(variant(text))
    # the page lost the (一) marker: the paragraph closed by its own clause is the first item, unnumbered
    assert [m.number for m in doc.measures] == [first, "(二)"]
    assert names(doc.measures[0].lead) == keys(["市发改委"])
    assert names(doc.measures[0].responsible) == keys(["市发改委", "市经信局", "市财政局"])


@pytest.mark.parametrize("variant", _R_VARIANTS, ids=_R_IDS)
def test_a_section_preamble_before_its_first_sub_item_is_no_item(variant) -> None:  # type: ignore[no-untyped-def]
    text = (
        "一、以公开促发展,助力建设最优市场环境\n\n"
        "以抓项目、稳工业为目标,增强政策制定实施的透明度。(牵头单位:市发改委)\n\n"
        "(一)依法依规做好扩大有效投资相关信息公开。(牵头单位:市发改委,责任单位:市住建局)\n"
        "二、强化保障\n\n"
        "各地要高度重视,切实抓好落实。\n\n"
        "(二)加强督查。(责任单位:市政府办)\n"
    )
    doc = _run(variant(text))
    # a preamble before (一), or a paragraph with no clause of its own, is no item
    assert [m.number for m in doc.measures] == ["(一)", "(二)"]


@pytest.mark.parametrize("variant", _R_VARIANTS, ids=_R_IDS)
def test_a_last_leaf_heading_repeating_the_blocks_above_is_an_item(variant) -> None:  # type: ignore[no-untyped-def]
    block = (
        "(一)重点项目(2个)。\n1.竣工项目(1个):某某医院一期工程。\n2.续建项目(1个):某某大桥项目。\n"
        "(二)预备重点项目({n}个)。\n"
    )
    text = (
        "一、甲市政府\n" + block.format(n=2) + "甲市东坡文化旅游区、甲市白马湾综合开发项目。\n"
        "二、乙市政府\n" + block.format(n=3)
    )
    doc = _run(variant(text))
    # the excerpt stops right after 二(二): a block like 一's, whose (二) was an item, so is it
    assert [m.number for m in doc.measures] == ["1", "2", "(二)", "1", "2", "(二)"]
    # a last heading that repeats no item above (its siblings have 1. items) is no item
    cut = "一、甲市政府\n" + block.format(n=2).replace("(二)预备重点项目(2个)", "(二)加快项目前期工作")
    assert [m.number for m in _run(variant(cut)).measures] == ["1", "2"]


@pytest.mark.parametrize("variant", _R_VARIANTS, ids=_R_IDS)
@pytest.mark.parametrize("cut", ["(一)常态化抓好疫情防", "(一)扩增项目总量"])
def test_the_text_ending_on_the_first_item_heading_of_a_section(variant, cut) -> None:  # type: ignore[no-untyped-def]
    text = (
        "为做好全年工作,制定本方案。\n\n一、总体要求\n\n全力以赴攻难点、补短板,确保年度目标任务完成。\n\n二、重点工作\n\n"
        + cut
        + "\n"
    )
    doc = _run(variant(text))
    # the excerpt stops right after the section's first item heading: that item, as far as the text goes
    assert [m.number for m in doc.measures] == ["(一)"]
    # a frame section's first heading (指导思想) is no item
    frame = "为做好全年工作,制定本方案。\n\n一、总体要求\n\n(一)指导思想\n"
    assert _run(variant(frame)).measures == []
    # a document with 1. items elsewhere has its items there: a last (一) heads items the excerpt lost
    items = "一、重点任务\n1.推进改革。(市发改委负责)\n二、重点工作\n\n" + cut + "\n"
    assert [m.number for m in _run(variant(items)).measures] == ["1"]
