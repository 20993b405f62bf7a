"""Task tables of round 19 (dev16, a district's 绩效任务完成情况汇总表): a header written one cell a line that opens
with 序号 and a task column and closes with a progress column (全年完成情况, 进展情况) is a task table even with no
unit column: each numbered row is a measure. Without the progress column the cells stay text.
Inline texts in both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, family_params, run

TABLE = (
    "2021年度绩效任务完成情况汇总表\n\n序号\n\n任务名称\n\n年度任务及目标\n\n{last}\n\n"
    "1\n\n常态化疫情防控\n\n全面落实常态化疫情防控各项要求,确保不发生聚集性疫情\n\n坚持总体防控策略,健全防控机制。\n\n"
    "2\n\n优化营商环境\n\n深化放管服改革,压减审批时限\n\n已完成。\n"
)

# Each family's cases: a text and the numbers of the measures read from it.
FAMILIES: dict[str, list[tuple[str, list[str]]]] = {
    "a_progress_table_without_units_lists_tasks": [
        (TABLE.format(last="全年完成情况"), ["1", "2"]),
        (TABLE.format(last="进展情况"), ["1", "2"]),
        # a last column that reports nothing: no task table
        (TABLE.format(last="备注"), []),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_r19_progress_tables(variant: Callable[[str], str], text: str, want: list[str]) -> None:
    doc = run(variant(text))
    assert [m.number for m in doc.measures] == want
    assert all(not m.responsible for m in doc.measures)  # no unit column: no units
