"""Articles layout (round 20, dev18): 第一章 总则 / 第一条 … / 第二章 …. Each 条 that states an action is a measure
numbered as written (第五条), under its 章; one with (一) items has them as its measures; an article that only frames
the document (its purpose, scope, principles, a definition) is none, nor are its (一) items. A lone 第一条 in a
sentence makes no articles layout. A 章 over its 节 (第一章 规划背景 / 第一节 发展成效) heads a part and a section; a background
section's figures are results, no targets. Inline texts in both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, family_params, run

_FRAME = (
    "第一章 总则\n第一条 为规范人才引进工作,结合我市实际,制定本办法。\n第二条 本办法适用于本市各类企事业单位。\n"
    "第三条 人才引进工作应当遵循以下原则:\n(一)党管人才原则;\n(二)市场配置原则。\n"
)

# Each family's cases: a page and the (section numbers, measure number) of each measure found on it.
FAMILIES: dict[str, list[tuple[str, list[tuple[list[str], str]]]]] = {
    "action_articles_are_measures_under_their_chapter": [
        (
            _FRAME + "第二章 人才引进\n第四条 引进人才坚持市场化配置,实行双向选择。\n"
            "第五条 对引进人才可实行年薪制,由用人单位与本人商定。\n",
            [(["第二章"], "第四条"), (["第二章"], "第五条")],
        ),
    ],
    "an_articles_items_are_its_measures": [
        (
            _FRAME
            + "第二章 奖励措施\n第四条 高新技术企业认定奖励。\n(一)对首次认定的企业给予一次性奖励8万元;\n"
            "(二)对重新认定的企业给予一次性奖励6万元。\n",
            [(["第二章", "第四条"], "(一)"), (["第二章", "第四条"], "(二)")],
        ),
    ],
    "a_chapter_over_its_background_section_holds_no_measure": [
        (
            '第一章 规划背景\n第一节 发展成效\n"十三五"期间,全省农产品加工业持续发展。\n'
            "农产品加工业稳中有进。2020年,全省规上农产品加工业主营业务收入1万亿元,加工转化率达到70%。\n",
            [],
        ),
    ],
    "a_lone_article_named_in_a_sentence_is_no_layout": [
        (
            "一、重点任务\n1.按照第一条规定开展人才引进工作,落实第二节的要求。\n2.落实人才住房补贴。\n",
            [(["一"], "1"), (["一"], "2")],
        ),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_article_measures(
    variant: Callable[[str], str], text: str, want: list[tuple[list[str], str]]
) -> None:
    doc = run(variant(text))
    got = [([doc.sections[i].number for i in m.section_path], m.number) for m in doc.measures]
    assert got == want


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_background_section_results_are_no_targets(variant: Callable[[str], str]) -> None:
    text = FAMILIES["a_chapter_over_its_background_section_holds_no_measure"][0][0]
    doc = run(variant(text))
    found = [t for m in doc.measures for t in m.targets] + [t for s in doc.sections for t in s.targets]
    assert found + list(doc.doc_targets) == []


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_articles_after_frame_articles_report_no_gap(variant: Callable[[str], str]) -> None:
    text = FAMILIES["action_articles_are_measures_under_their_chapter"][0][0]
    doc = run(variant(text))
    assert not [p for p in doc.problems if "numbering gap" in p]
