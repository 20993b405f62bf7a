"""Round 35 (heldout41 ci09 against heldout33 ca14's gold): paragraphs under a title-only 一、 heading, each opened by
the next ordinal word (一是…/二是…/三是…), are its measures where half of them at least charge bodies of their own
(一是…各级政府要…); points that charge none (一是夯实党建基础。…) are the heading's own text, the heading the
measure. Both scripts, both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, assert_measures


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_charged_ordinal_paragraphs_under_a_part_are_its_measures(variant: Callable[[str], str]) -> None:
    text = (
        "五、推进机构建设\n"
        "一是健全工作机构。县公安局要及时调整充实成员单位,明确工作职责。\n"
        "二是加强队伍建设。县司法局要切实加强专业力量。\n"
        "六、强化宣传引导\n"
        "一是夯实宣传基础。开展主题宣传活动。\n"
        "二是丰富宣传形式。利用新媒体开展宣传。\n"
    )
    want = [
        ("一是", "健全工作机构", ["县公安局"], []),
        ("二是", "加强队伍建设", ["县司法局"], []),
        ("六", "强化宣传引导", [], []),
    ]
    assert_measures(text, want, variant)
