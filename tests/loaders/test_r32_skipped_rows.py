"""Round 32 (heldout61 de03, a 县 bureau's monthly report on the 政府重点工作 rows it carries, one cell a line with no
bars: 序号 | 目标任务 | 牵头责任单位 | 计划完成时间 | 目前完成情况 | 是否达到序时进度): the rows keep the longer list's
numbers (6, 52, 53): a number past the one due opens a row when the row before has all its cells and a task's words
follow it; 是否达到序时进度 is a column of the header (no unit, no task). A figure that follows a row with cells
still to fill stays a cell. Both scripts, both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, assert_measures, run

HEADER = ["序号", "目标任务", "牵头责任单位", "计划完成时间", "目前完成情况", "是否达到序时进度"]
ROWS = [
    ["6", "农村常住居民人均可支配收入与经济增长同步。", "经管站", "2023年底", "三季度增幅7.4%", "是"],
    [
        "52",
        "建成高标准农田8.3万亩,确保粮食总产稳定。",
        "农田建设管理股、农业股",
        "2023年底",
        "整体进度70%。",
        "是",
    ],
    ["53", "加快推动农业规模化经营,完成改革试验20万亩。", "经管站", "2023年底", "已完成18万亩。", "是"],
]


def _text(rows: list[list[str]]) -> str:
    return "农业农村局承担政府重点工作完成情况\n\n" + "".join(c + "\n\n" for r in [HEADER, *rows] for c in r)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_rows_that_keep_a_longer_lists_numbers(variant: Callable[[str], str]) -> None:
    want = [
        ("6", "农村常住居民人均", ["经管站"], ["经管站"]),
        ("52", "建成高标准农田8", ["农田建设管理股", "农业股"], ["农田建设管理股", "农业股"]),
        ("53", "加快推动农业规模", ["经管站"], ["经管站"]),
    ]
    assert_measures(_text(ROWS), want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_rows_numbered_from_one_as_before(variant: Callable[[str], str]) -> None:
    rows = [[str(k + 1), *r[1:]] for k, r in enumerate(ROWS)]
    want = [
        ("1", "农村常住居民人均", ["经管站"], ["经管站"]),
        ("2", "建成高标准农田8", ["农田建设管理股", "农业股"], ["农田建设管理股", "农业股"]),
        ("3", "加快推动农业规模", ["经管站"], ["经管站"]),
    ]
    assert_measures(_text(rows), want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_figure_wrapped_inside_a_cell_opens_no_row(variant: Callable[[str], str]) -> None:
    """Review of round 32: 已建成农田 / 6 / 万亩,占全年任务的72%: the figure and its unit of a progress cell."""
    rows = [
        ["1", "建成高标准农田8.3万亩,确保粮食总产稳定。", "农业股", "2023年底", "已建成农田", "是"],
        ["2", "加快推动农业规模化经营,完成改革试验20万亩。", "经管站", "2023年底", "累计完成改革试验", "是"],
        ["3", "实施农村人居环境整治提升行动。", "农业股", "2023年底", "已完成", "是"],
    ]
    text = _text(rows).replace("已建成农田\n\n", "已建成农田\n\n6\n\n万亩,占全年任务的72%以上\n\n", 1)
    doc = run(variant(text))
    assert [m.number for m in doc.measures] == ["1", "2", "3"]
