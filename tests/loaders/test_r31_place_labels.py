"""Round 31 (heldout58 dc02, a 营商环境 方案 repost): 责任地区 / 责任县区, the places charged beside a 牵头单位, is a
label of responsible bodies: its bodies are units, never glued to the lead. Both scripts, both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, assert_measures

TEXT = (
    "优化营商环境行动方案\n一、重点任务\n"
    "1.破除市场准入壁垒。严格落实清单。(牵头单位:市发展改革委;责任地区:各区市县政府、先导区管委会)\n"
    "2.推进登记管理改革。推动跨域通办。(牵头单位:市市场监管局;责任县区:各区市县政府)\n"
)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_places_charged_beside_the_lead_are_units(variant: Callable[[str], str]) -> None:
    want = [
        ("1", "破除市场准入壁垒", ["市发展改革委", "各区市县政府", "先导区管委会"], ["市发展改革委"]),
        ("2", "推进登记管理改革", ["市市场监管局", "各区市县政府"], ["市市场监管局"]),
    ]
    assert_measures(TEXT, want, variant)
