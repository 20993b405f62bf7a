"""Round 35 (heldout69 dm01, scored blind then read): a task table one cell a line whose 分月序时进度 cell runs its
steps together (①1-3月份,…;②4-6月份,…。 |) keeps its rows as the measures: the circled steps are one cell, neither
items of the page nor rows of their own (rows whose task cell holds items each followed by cells of their own, 1.任务 |
单位 | 2.任务 | 单位, still split: tests/loaders/test_tables.py). Both scripts, both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, assert_measures

_TABLE = (
    "| 2025年度区民政局重点工作任务分解 |\n| 序号 |\n责任单位 |\n考核指标 |\n分月序时进度 |\n实施部门 |\n完成时限 |\n"
    "| 1 |\n区民政局 |\n按月完成临时救助的审核确认工作。 |\n"
    "①1-3月份,完成临时救助的审核确认;②4-6月份,完成临时救助的审核确认;③7-9月份,完成审核确认。 |\n"
    "低保中心 |\n2025年12月底 |\n"
    "| 2 |\n区民政局 |\n指导乡镇按月完成城乡低保对象的动态调整工作。 |\n"
    "①1-3月份,督促各乡镇完成低保审核;②4-6月份,督促各乡镇完成复核。 |\n"
    "低保中心 |\n2025年12月底 |\n"
)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_steps_run_together_in_a_cell_stay_in_their_row(variant: Callable[[str], str]) -> None:
    want = [
        ("1", "按月完成临时救助的审核确认工作", ["区民政局", "低保中心"], []),
        ("2", "指导乡镇按月完成城乡低保对象的动态调整工作", ["区民政局", "低保中心"], []),
    ]
    assert_measures(_TABLE, want, variant)
