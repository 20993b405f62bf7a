"""Round 31 (heldout46 cn15, a 技能培训 任务表 flattened one cell a line): after a row's number and its lone bar,
each cell runs over several lines and is closed by a bar at its last line's end (发布…目录 | / 1.开展…; / 2.各地… |
/ 12月底前 | / 市人社局、市财政局 |). The cells go to their columns (the units to the unit column); a numbered list
inside one cell (工作措施) is that cell's text, never rows of its own; the measure's label is the task cell's words.
Sub-rows whose items each have their own cells stay rows. Both scripts, both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, assert_measures, run

HEADER = "技能培训行动方案\n序号\n|\n重点任务\n|\n工作措施\n|\n完成时限\n|\n责任部门\n|\n"
ROWS = (
    "1\n|\n发布急需紧缺技能人才目录 |\n1.开展用工需求调查;\n2.各地调整目录。 |\n12月底前 |\n市人社局、市财政局 |\n"
    "2\n|\n开展企业自主培训 |\n1.发挥企业主体作用;\n2.引导企业开展学徒制培训。 |\n12月底前 |\n市人社局 |\n"
    "3\n|\n开展农民工技能培训 |\n1.面向农民工开展培训。 |\n"
)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_bar_closed_cells_over_several_lines_go_to_their_columns(variant: Callable[[str], str]) -> None:
    want = [
        ("1", "发布急需紧缺技能", ["市人社局", "市财政局"], []),
        ("2", "开展企业自主培训", ["市人社局"], []),
        ("3", "开展农民工技能培训", [], []),
    ]
    assert_measures(HEADER + ROWS, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_the_label_is_the_task_cell(variant: Callable[[str], str]) -> None:
    doc = run(variant(HEADER + ROWS))
    assert [m.label for m in doc.measures[:2]] == [
        variant("发布急需紧缺技能人才目录"),
        variant("开展企业自主培训"),
    ]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_items_with_cells_of_their_own_stay_rows(variant: Callable[[str], str]) -> None:
    text = (
        "目标任务分解表\n序号\n|\n目标\n|\n工作任务\n|\n责任单位\n|\n"
        "1\n|\n筑牢发展底座\n|\n1.扩大有效投资。\n|\n区发改委\n|\n2.抓好重大项目。\n|\n区住建局\n|\n"
    )
    want = [("1", "扩大有效投资", ["区发改委"], []), ("2", "抓好重大项目", ["区住建局"], [])]
    assert_measures(text, want, variant)
