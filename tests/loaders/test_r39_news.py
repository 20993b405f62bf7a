"""Round 39 (round 38's notes): a meeting's demand whose words open with a body and its duty and no modal (会议明确,
县农业农村局负责…,县财政局负责…): a demand, its ;-pieces each a measure; the same words after 按照…要求, a standing
requirement followed, quote no demand. Both scripts, both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, assert_measures, run

_MEETING = "3月5日,县政府召开春耕生产工作会议。\n"


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_demand_opening_with_bodies_and_their_duties_is_a_measure_of_all_its_bodies(
    variant: Callable[[str], str],
) -> None:
    """Comma pieces stay one demand, every body its unit (as 由A负责X,B负责Y: round 38, test_r37_review)."""
    text = (
        _MEETING
        + "会议明确,县农业农村局负责种子化肥调度,县财政局负责春耕资金保障,县气象局负责天气预报服务。\n"
    )
    want = [("", "县农业农村局负责种子化肥调度", ["县农业农村局", "县财政局", "县气象局"], [])]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_semicolon_pieces_of_duties_are_measures(variant: Callable[[str], str]) -> None:
    text = (
        _MEETING + "会议要求,县农业农村局负责种子化肥调度;县财政局负责春耕资金保障;各乡镇负责组织农户春播。\n"
    )
    want = [
        ("", "县农业农村局负责种子化肥调度", ["县农业农村局"], []),
        ("", "县财政局负责春耕资金保障", ["县财政局"], []),
        ("", "各乡镇负责组织农户春播", ["各乡镇"], []),
    ]
    assert_measures(text, want, variant)


def test_a_standing_requirement_followed_quotes_no_demand() -> None:
    text = "记者报道,我市开展专项整治行动。\n按照安委会要求,各县区负责组织开展本辖区专项整治工作,市直部门配合。\n"
    assert run(text).measures == []


def test_a_bodys_leader_is_no_duty_opening() -> None:
    """县农业农村局负责人介绍,…: the body's leader speaking, no duty."""
    text = _MEETING + "会议明确,县农业农村局负责人介绍了今年春耕的准备情况和种子化肥储备情况。\n"
    assert run(text).measures == []


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_three_pieces_each_charging_bodies_one_named_are_tasks(variant: Callable[[str], str]) -> None:
    text = (
        "7月4日,县执委会召开第三次会议。\n"
        "会议指出:各相关部门要充分认识并做好保障工作,要精心准备;电力、通讯、公安等部门要全力做好现场保障工作;"
        "同时,各相关部门要认真梳理各自承担的任务,提前制定详细的实施预案。\n"
    )
    want = [
        ("", "各相关部门要充分认识并做好保障工作", ["各相关部门"], []),
        ("", "电力、通讯、公安等部门要全力做好", ["电力", "通讯", "公安"], []),
        ("", "同时,各相关部门要认真梳理", ["各相关部门"], []),
    ]
    assert_measures(text, want, variant)


def test_two_pieces_beside_a_collective_stay_one_demand() -> None:
    """李微强调,要以…;各部门要…: two pieces, one collective, one demand (heldout64 dh07's gold)."""
    text = "3月31日,县政府召开推进会。\n李微强调,要以推进全域乡村旅游发展作为突破口;各部门要根据各自职责,全力解决发展中遇到的问题。\n"
    assert len(run(text).measures) == 1
