"""Round 46 units: the bodies that take part after a lead's run, named with the work they join (由A牵头,B、C等单位派人员
参加督导工作组, heldout123 fo02) and 派(人)员参加 as a share of the work. Both scripts, both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, assert_measures


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_bodies_taking_part_named_with_the_work_they_join(variant: Callable[[str], str]) -> None:
    text = (
        "二、工作措施\n(一)加强督导。由省旅游厅牵头,省公安厅、省交通运输厅等单位派人员参加督导工作组,对各市县开展检查。\n"
        "(二)强化监管。由省市场监管局牵头,省商务厅参与联合执法,严查违法行为。\n"
    )
    want = [
        ("(一)", "加强督导", ["省旅游厅", "省公安厅", "省交通运输厅"], ["省旅游厅"]),
        ("(二)", "强化监管", ["省市场监管局", "省商务厅"], ["省市场监管局"]),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_sending_staff_to_take_part_is_a_share(variant: Callable[[str], str]) -> None:
    text = (
        "二、工作措施\n(一)加强督导。由市应急局牵头,市公安局、市交通运输局等部门派员参加,对各县区开展检查。\n"
        "(二)强化宣传。市委宣传部负责。\n"
    )
    want = [
        ("(一)", "加强督导", ["市应急局", "市公安局", "市交通运输局"], ["市应急局"]),
        ("(二)", "强化宣传", ["市委宣传部"], []),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_no_bodies_after_the_lead_adds_none(variant: Callable[[str], str]) -> None:
    text = (
        "二、工作措施\n(一)加强督导。由省旅游厅牵头,组织专家参加督导检查,对各市县开展检查。\n"
        "(二)强化监督。由省市场监管局牵头,广大群众参与监督,严查违法行为。\n"
    )
    want = [
        ("(一)", "加强督导", ["省旅游厅"], ["省旅游厅"]),
        ("(二)", "强化监督", ["省市场监管局"], ["省市场监管局"]),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_role_verb_and_the_work_it_names_close_a_bracket(variant: Callable[[str], str]) -> None:
    text = (
        "二、重点任务\n1.深化劳务协作机制,促进外出务工就业。(省人力资源社会保障厅牵头指导推进)\n"
        "2.加强技能培训。(省教育厅负责推动落实)\n"
        "3.加强宣传引导。(省委宣传部牵头统筹推进,省广电局负责指导推进)\n"
    )
    want = [
        ("1", "深化劳务协作机制", ["省人力资源社会保障厅"], ["省人力资源社会保障厅"]),
        ("2", "加强技能培训", ["省教育厅"], []),
        ("3", "加强宣传引导", ["省委宣传部", "省广电局"], ["省委宣传部"]),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_word_written_out_keeps_its_own_role(variant: Callable[[str], str]) -> None:
    text = (
        "二、重点任务\n1.推进政务公开。(市政府办公室负责统筹,市各部门配合)\n"
        "2.加强技能培训。(市人社局负责推进,市教育局配合)\n"
    )
    want = [
        ("1", "推进政务公开", ["市政府办公室", "市各部门"], ["市政府办公室"]),
        ("2", "加强技能培训", ["市人社局", "市教育局"], ["市人社局"]),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_an_item_opening_a_duty_line_with_a_body_named_without_level(variant: Callable[[str], str]) -> None:
    text = (
        "四、职责分工\n(一)市发改局:负责项目审批。\n(二)供电公司:负责光伏发电项目电网接入系统的设计、审查。\n"
        "(三)企业:负责项目建设。\n"
    )
    want = [
        ("(一)", "市发改局", ["市发改局"], []),
        ("(二)", "供电公司", ["供电公司"], []),
        ("(三)", "企业", [], []),
    ]
    assert_measures(text, want, variant)
