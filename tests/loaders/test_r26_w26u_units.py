"""Round 26's collectives a covering notice's numbered items charge (issue 11): the addressees by their area glued to
(or listed with) those by their kind (各地各部门要…, 各地区、各部门要…, 各乡镇各部门要…) are two collectives; the bodies
charged by the role the notice's task table gives them (各牵头单位要…, 各协同责任单位要…, 省政府各牵头部门要…, a bare
牵头单位要… beside 各责任单位要…) are collectives too, and a lead role set against a supporting or responsible collective
leads the item. Each probe failed before the family; the counter-cases keep what older gold leaves out (各地、各有关部门,
an exhortation to see, a bare role alone, collectives beside a labelled clause). Inline texts in both scripts and both
punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, family_params, run, units_match

# a covering notice: headline, addressees, its lead-in, then the numbered requirements it hands down
N = "县人民政府关于分解落实政府工作报告目标任务的通知\n各乡镇人民政府,县直各部门:\n现将目标任务分解如下,请认真抓好落实。\n"
One = "一、细化任务抓落实。"
Two = "二、加强协作抓落实。"
# Each measure's (units, leads) as written, in order
Want = list[tuple[list[str], list[str]]]
Case = tuple[str, Want]

FAMILIES: dict[str, list[Case]] = {
    "addressees_by_area_and_kind_glued": [
        (N + One + "各乡镇各部门要围绕目标任务,细化分解到月,建立工作台账。\n", [(["各乡镇", "各部门"], [])]),
        (N + One + "各地各部门要建立健全责任机制,明确时间表、路线图。\n", [(["各地", "各部门"], [])]),
        (N + "一、各地区、各部门要高度重视重点任务落实工作,采取有力措施。\n", [(["各地区", "各部门"], [])]),
        # in a later sentence of the item
        (
            N + One + "目标任务是对全县人民的承诺。各地各部门要坚决完成各项目标任务。\n",
            [(["各地", "各部门"], [])],
        ),
    ],
    "bodies_charged_by_their_role": [
        (
            N + Two + "各牵头责任单位要切实履行牵头抓总职责;各协同责任单位要增强大局意识,主动配合。\n",
            [(["各牵头责任单位", "各协同责任单位"], ["各牵头责任单位"])],
        ),
        (
            N + Two + "省政府各牵头部门要切实履行牵头抓总职责;各配合单位要主动作为。\n",
            [(["省政府各牵头部门", "各配合单位"], ["省政府各牵头部门"])],
        ),
        # a bare role beside the responsible bodies as a whole: the lead among them
        (
            N + Two + "各责任单位要明确具体措施和完成时限。牵头单位要发挥组织协调作用。\n",
            [(["各责任单位", "牵头单位"], ["牵头单位"])],
        ),
        # the bare role and its 各 form (with the date its duty is due by) are one collective
        (
            N
            + Two
            + "各责任单位要逐项谋划,特别是牵头单位要统筹制定细化方案。各牵头单位于2月29日前报送方案。\n",
            [(["各责任单位", "各牵头单位"], ["各牵头单位"])],
        ),
        # beside the addressees by area, the lead role only carries a share: no lead
        (
            N + Two + "各地各部门要明确时间表。省政府各牵头部门要于1月底前完成任务细化分解。\n",
            [(["各地", "各部门", "省政府各牵头部门"], [])],
        ),
    ],
    "what_older_gold_leaves_out": [
        # the relevant departments after the area: no units (dev16 bc02)
        (N + One + "各地、各有关部门要加快推进项目前期工作。\n", [([], [])]),
        # an exhortation to see: no task (dev10 ae07)
        (N + One + "各地、各部门要充分认识确保粮食安全的极端重要性。\n", [([], [])]),
        # a bare role alone names a role, no body (heldout31 by08)
        (N + Two + "牵头部门要加强协调,相关部门要密切合作。\n", [([], [])]),
        # a role's collective charged alone: the gold records it (round 34: heldout36 cd12 各牵头单位要切实履行牵头
        # 抓总…的责任, heldout65 di02/di06), as the spec's collective bodies
        (N + Two + "各牵头单位要切实履行牵头责任,统筹推进各项工作落实。\n", [(["各牵头单位"], [])]),
        # beside a labelled clause the sentence's collectives are no units (dev14 au01)
        (
            "一、狠抓安全意识提升\n(一)加强学习\n1.各乡镇各部门要及时跟进学习,建立落实清单。"
            "(责任单位:各乡(镇)人民政府、县应急管理局)\n",
            [(["各乡(镇)人民政府", "县应急管理局"], [])],
        ),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_r26_w26u_units(variant: Callable[[str], str], text: str, want: Want) -> None:
    doc = run(variant(text))
    got = [([r.surface for r in m.responsible], [r.surface for r in m.lead]) for m in doc.measures]
    assert len(doc.measures) == len(want), got
    for m, (units, leads) in zip(doc.measures, want, strict=True):
        assert units_match(doc, m.responsible, units) and units_match(doc, m.lead, leads), got


# Regression (round 26, the merge of w26u with w26m): where the notice states that the units listed lead when no lead
# is named (无牵头单位的,责任单位即为牵头单位), 牵头单位 is the table's role name, no designation: the lead role set
# against 各责任单位 leads nothing (heldout34 cb10's gold: lead null), as it does without the rule.
_RULE = "特别是牵头单位(无牵头单位的,责任单位即为牵头单位,下同)要统筹相关责任单位制定办理方案。"
_DUE = "各牵头单位于2023年2月10日前将办理方案报市人民政府督查室。"


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "leads"),
    [
        (N + One + "各责任单位要逐项谋划研究所承办的责任事项," + _RULE + _DUE + "\n", []),
        (
            N + One + "各责任单位要逐项谋划研究所承办的责任事项。" + _DUE + "\n",
            ["各牵头单位"],
        ),
    ],
)
def test_role_lead_under_an_all_lead_rule(variant: Callable[[str], str], text: str, leads: list[str]) -> None:
    doc = run(variant(text))
    assert len(doc.measures) == 1
    assert units_match(doc, doc.measures[0].lead, leads), [r.surface for r in doc.measures[0].lead]
