"""Responsible units of round 25's second wave (heldout29-33), written as families of the responsibility grammar: the
bodies a 由-clause hands the follow-up of a task to (未按时进驻的,由A、B跟进督办), mid-item or closing it, responsible
as with 负责 and no lead; a body's name with no level heading a section that divides the duties (五、责任分工 /
(一)党政办); the bare party or government noun heading its duties in a list of every level's ((一)党委主要职责);
the lead a section's opening paragraph names for the whole work, on the heading of that body's duties
(…工作由A牵头,B参与,具体职责分工如下: / (一)A主要负责:). Inline texts in both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, family_params, run, units_match

H = "一、重点任务\n"
# Each measure's (units, leads) as written, in order
Want = list[tuple[list[str], list[str]]]
Case = tuple[str, Want]

FAMILIES: dict[str, list[Case]] = {
    "follow_up_handed_by_you": [
        (
            H
            + "(一)推进进驻。各审批单位开展自查。未按时进驻的,由区行政服务中心管委会、区政府督查室跟进督办。\n",
            [(["区行政服务中心管委会", "区政府督查室"], [])],
        ),
        (H + "(一)建立督办机制。由市政府督查室跟踪督办。\n", [(["市政府督查室"], [])]),
        (H + "(一)推进进驻。未按时进驻的,由县政务服务中心负责督促。\n", [(["县政务服务中心"], [])]),
        # 督办 alone names no act the bodies carry; nor does a kind of body
        (H + "(一)推进进驻。未按时进驻的,由区政府督查室督办。\n", [([], [])]),
        (H + "(一)推进进驻。未按时进驻的,由企业跟进督办。\n", [([], [])]),
        # a heading naming the act: its verb (实行, ending like 银行) is no body
        ("三、实行跟踪督办\n对议案办理情况开展督查。\n", [([], [])]),
    ],
    "level_less_bodies_heading_a_division_of_duties": [
        (
            "五、责任分工\n(一)党政办\n负责策划宣传,全面发动辖区群众参与整治活动。\n(二)城管中队及各社区\n"
            "1、重点对新港路进行整治。组织人员清理。\n",
            [(["党政办"], []), (["城管中队", "各社区"], [])],
        ),
        # under a section that divides no duties, or a heading that is a collective or a bare body noun alone
        ("五、工作要求\n(一)党政办\n负责策划宣传,全面发动辖区群众参与整治活动。\n", []),
        ("五、责任分工\n(一)有关单位\n1、重点对新港路进行整治。组织人员清理。\n", [([], [])]),
    ],
    "bare_party_or_government_noun_over_its_duties": [
        (
            "一、各级党委政府安全生产职责\n(一)党委主要职责\n1.学习贯彻上级关于安全生产的决策部署。\n"
            "2.将安全生产纳入议事日程。\n(二)政府主要职责\n1.组织实施安全生产法律法规。\n",
            [(["党委"], []), (["党委"], []), (["政府"], [])],
        ),
        # a bare noun of any body is no unit
        (
            "一、各级安全生产职责\n(一)部门主要职责\n1.学习贯彻上级关于安全生产的决策部署。\n",
            [([], [])],
        ),
    ],
    "lead_of_the_work_over_the_bodies_duties": [
        (
            "三、责任分工\n停车收费管理工作由市综合行政执法局牵头,市财政局、市物价局等相关部门参与,具体职责分工如下:\n"
            "(一)市综合行政执法局主要负责:\n1、整治临时占用人行道行为。\n(二)市物价局主要负责:\n1、核定收费标准。\n",
            [(["市综合行政执法局"], ["市综合行政执法局"]), (["市物价局"], [])],
        ),
        # a body the paragraph names only as taking part leads nothing
        (
            "三、责任分工\n停车收费管理工作由市政府统筹,市物价局等相关部门参与,具体职责分工如下:\n"
            "(一)市物价局主要负责:\n1、核定收费标准。\n",
            [(["市物价局"], [])],
        ),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_r25_w25u_units(variant: Callable[[str], str], text: str, want: Want) -> None:
    doc = run(variant(text))
    got = [([r.surface for r in m.responsible], [r.surface for r in m.lead]) for m in doc.measures]
    assert len(doc.measures) == len(want), got
    for m, (units, leads) in zip(doc.measures, want, strict=True):
        assert units_match(doc, m.responsible, units) and units_match(doc, m.lead, leads), got
