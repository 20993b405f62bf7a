"""Targets of round 22 read from the misses of heldout20 (new real pages): routes raised to a count (航线产品提升至30条:
the line noun, its qualifying words and a change verb with 至/到 before the count) and services run (日均航班量提升至
2-3班, 每周开行中欧班列5班) are counts a measure commits to; 三班倒 and 领导班子 count nothing; a life span reached (企业平均生存周期达到5年) is a duration. Inline texts in both
scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, family_params
from tests.loaders.test_targets import targets

Case = tuple[str, list[tuple[float, float | None, str]]]

FAMILIES: dict[str, list[Case]] = {
    "routes_raised_to_a_count": [
        ("“港通天下”航线产品提升至30条。", [(30, None, "条")]),
        ("国际航线增加到30条。", [(30, None, "条")]),
        # a count of a system's named parts stays none
        ("重点产业链提升至13条。", []),
    ],
    "services_run_are_counted": [
        ("“快线”日均航班量提升至2-3班。", [(2, 3, "班")]),
        ("每周开行中欧班列5班。", [(5, None, "班")]),
        ("实行3班倒工作制。", []),
        ("配齐领导班子成员5名。", [(5, None, "名")]),
    ],
    "a_life_span_reached_is_a_duration": [
        ("到2027年,企业平均生存周期达到5年。", [(5, None, "年")]),
        ("产品使用周期达到8年以上。", [(8, None, "年")]),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_r22_route_counts(
    variant: Callable[[str], str], text: str, want: list[tuple[float, float | None, str]]
) -> None:
    got = [
        (float(t.value), None if t.value_max is None else float(t.value_max), t.unit)
        for t in targets(variant(text))
    ]
    assert got == want
