"""Targets of round 21 (h21t): a plan's indicator table (指标 | 基期年 | 目标年 | 年均增长), a row per line between
bars or one cell per line closed by bars, gives one goal per row: the latest year's cell read with the row's
bracketed unit; the base year's level and the growth cell are no goals.
Inline texts in both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, family_params
from tests.loaders.test_targets import targets

Case = tuple[str, list[tuple[int, str, str]]]

# Each family's cases: a text and the targets find_targets reads in it as (value, unit, comparator).
FAMILIES: dict[str, list[Case]] = {
    "indicator_table_goal_year_cells_are_goals": [
        # a row per line
        (
            "指标 | 2020年 | 2025年 | 年均增长\n蔬菜产量(万吨) | 120 | 150 | 4.6%\n"
            "农民合作社数量(家) | 800 | 1000 | 4.6%\n",
            [(150, "万吨", "="), (1000, "家", "=")],
        ),
        # one cell per line, closed by bars; a share row and a cumulative growth cell in brackets
        (
            "指 标 |\n2021年 |\n2025年 |\n年均增长 |\n林下经济产值(亿元) |\n30 |\n45 |\n10.7% |\n"
            "绿色食品认证比例(%) |\n35 |\n50 |\n【15】 |\n注:【】为累计增加数。\n",
            [(45, "亿元", "="), (50, "%", "=")],
        ),
        # a header of years alone, the goal year last
        ("主要指标 | 2022年 | 2023年 | 2025年\n农家乐数量(个) | 300 | 320 | 400\n", [(400, "个", "=")]),
        # a table without a 指标 header keeps its figures as before (none a goal without a unit here)
        ("区县 | 2020年 | 2025年\n东城 | 12 | 15\n", []),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_indicator_table_families(
    variant: Callable[[str], str], text: str, want: list[tuple[int, str, str]]
) -> None:
    got = [(int(t.value), t.unit, t.comparator) for t in targets(variant(text))]
    assert got == want
