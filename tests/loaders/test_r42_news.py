"""Round 42 (heldout101 es03, a meeting report): after a speaker's demand, a sentence that divides the duties in
;-pieces each opened by its own body and modal (市公安局要…;市卫生健康委要…;团市委要…。) is a division: a measure
each piece (in a paragraph of 一是…二是… points it stays its point's text: heldout80
dx09's gold, its floor the check). Both scripts, both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, assert_measures

_MEETING = (
    "我市召开马拉松赛事工作会议\n发布时间:2024-03-05 来源:市融媒体中心\n"
    "3月5日,我市召开马拉松赛事工作会议,副市长张三出席会议并讲话。\n"
)
_DEMAND = (
    "张三要求,赛事组委会成员单位要抓住关键,高效有序做好各项重点工作。"
    "市公安局要提前制订好赛事安保方案;市卫生健康委要落实好赛事医疗保障各项举措;"
    "团市委要切实抓好志愿者招募培训工作;市交通运输局要安排好参赛运动员的交通保障工作。\n"
)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_division_after_a_demand_is_a_measure_a_piece(variant: Callable[[str], str]) -> None:
    want = [
        ("", "赛事组委会成员单", ["赛事组委会成员单位"], []),
        ("", "市公安局要提前制", ["市公安局"], []),
        ("", "市卫生健康委要落", ["市卫生健康委"], []),
        ("", "团市委要切实抓好", ["团市委"], []),
        ("", "市交通运输局要安", ["市交通运输局"], []),
    ]
    assert_measures(_MEETING + _DEMAND, want, variant)
