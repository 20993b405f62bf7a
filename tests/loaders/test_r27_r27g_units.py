"""Round 27's unit families (h27d's kind subjects and duty-list headings) widened to the variants other cities
write (r27g's probes): a heading naming a body's duties with a copula (市消防安全委员会的主要职责是: / 县应急管理局主要
职责为: over (一)…(二)); the addressees as a whole charged after a verb of requiring, an ordinal word or with a
collective of places (要求各有关单位要… / 责成各乡镇要… / 督促各乡镇(街道)要… / 一是要求各有关单位要… / 各乡镇及各有关
单位要… / 各乡镇(街道)和市直各单位要…); and a category of firms taking on a responsibility is no unit (各类企业要落实
主体责任 / 广大企业要认真承担社会责任). Inline texts in both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, family_params, run, units_match

H = "一、重点任务\n"
ARTICLES = "第一章 总则\n第一条 为加强消防工作,制定本规定。\n第二章 工作职责\n"
ITEMS = "(一)组织制定消防工作规划。\n(二)组织开展消防安全检查。\n"
# Each measure's units as written, in order
Want = list[list[str]]
Case = tuple[str, Want]

FAMILIES: dict[str, list[Case]] = {
    "heading_naming_a_body's_duties_with_a_copula": [
        (
            ARTICLES + "第二条 市消防安全委员会的主要职责是:\n" + ITEMS,
            [["市消防安全委员会"], ["市消防安全委员会"]],
        ),
        (ARTICLES + "第二条 县应急管理局主要职责为:\n" + ITEMS, [["县应急管理局"], ["县应急管理局"]]),
    ],
    "addressees_after_a_verb_of_requiring": [
        (H + "(一)加强隐患排查。要求各有关单位要认真组织排查。\n", [["各有关单位"]]),
        (H + "(一)加强隐患排查。责成各乡镇要认真组织排查。\n", [["各乡镇"]]),
        (H + "(一)加强隐患排查。督促各乡镇(街道)要认真组织排查。\n", [["各乡镇(街道)"]]),
        # after an ordinal word too
        (
            "为做好工作,县里从几个方面开展工作:一是要求各有关单位要加大宣传力度。二是责成各乡镇要加强排查。\n",
            [["各有关单位"], ["各乡镇"]],
        ),
    ],
    "places_joined_to_addressees": [
        (H + "(一)强化责任落实。各乡镇及各有关单位要明确专人负责。\n", [["各乡镇", "各有关单位"]]),
        (
            H + "(一)强化责任落实。各乡镇(街道)和市直各单位要明确专人负责。\n",
            [["各乡镇(街道)", "市直各单位"]],
        ),
    ],
    "a_category_of_firms_is_no_unit": [
        (H + "(一)加强管理。各类企业要落实主体责任。\n", [[]]),
        (H + "(一)加强管理。广大企业要认真承担社会责任。\n", [[]]),
        # a named company taking on its responsibility stays a unit
        (H + "(一)加强管理。国家电网有限公司要切实承担组织责任。\n", [["国家电网有限公司"]]),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_r27_r27g_units(variant: Callable[[str], str], text: str, want: Want) -> None:
    doc = run(variant(text))
    got = [[r.surface for r in m.responsible] for m in doc.measures]
    assert len(doc.measures) == len(want), got
    for m, units in zip(doc.measures, want, strict=True):
        assert units_match(doc, m.responsible, units), got
