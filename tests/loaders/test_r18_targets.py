"""Targets of round 18 (precision on unseen pages): the last cell of a row of a table written one cell a line
whose header ends with a progress column (第二季度 / 完成情况) reports; a multiple of a base (不低于低保标准的1.3倍)
is a figure in 倍; a count of what exists (现有4个), of the bodies addressed (8个重点行业主管部门) or of a
numbered list just given (…10、卫生规划。…10个专项规划) describes; a drill's imagined case (某化工厂发生泄漏,致6人
受伤) promises nothing; a count of days after 天数 (优良天数达到315天) is in 天. Inline texts in both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, family_params
from tests.loaders.test_targets import targets

Case = tuple[str, list[tuple[float, str, str]]]

# A one-cell-a-line task table: its header (the progress column's name broken over two lines) and two rows.
_HEADER = "序号\n\n重点工作\n\n责任\n\n科室\n\n工作任务安排\n\n第二季度\n\n完成情况\n\n"
_ROW_1 = "1\n\n污水管网改造\n\n建设办\n\n新建污水管网12公里。\n\n已完成管网铺设8公里。\n\n"
_ROW_2 = "2\n\n农村道路提升\n\n交通办\n\n硬化道路20公里。\n\n完成投资3000万元。"

# Each family's cases: a text and the targets it holds as (value, unit, comparator).
FAMILIES: dict[str, list[Case]] = {
    "last_cell_under_a_closing_progress_column_reports": [
        # the task cells keep their figures, the report cells (the row's last) are no targets
        (_HEADER + _ROW_1 + _ROW_2, [(12, "公里", "="), (20, "公里", "=")]),
        # a report cell whose sentence reads as a goal is still the row's report
        (_HEADER + "1\n\n绿化提升\n\n建设办\n\n推进绿化工程。\n\n新增绿地面积达到60%。", []),
        # without a progress column closing the header, the last cell is the task's own
        (
            "序号\n\n重点工作\n\n责任科室\n\n工作任务安排\n\n1\n\n绿化提升\n\n建设办\n\n新增绿地5公顷。",
            [(5, "公顷", "=")],
        ),
    ],
    "a_multiple_of_a_base_is_a_figure": [
        ("特困人员供养标准不低于低保标准的1.3倍。", [(1.3, "倍", "=")]),
        ("省财政用于农村公共事业的投入量增长1倍。", [(1, "倍", "=")]),
        # 倍增 names a doubling programme, no unit after the figure
        ("实施3年倍增计划。", []),
    ],
    "counts_of_what_exists_or_of_bodies_or_of_a_list_describe": [
        # things there already, counted after 现有
        ("指导现有4个国家现代农业产业园创建认定工作。", []),
        # the bodies a plan addresses
        ("省人民政府对各州市人民政府和8个重点行业主管部门实施年度目标责任管理。", []),
        # the count of a numbered list just given, named with the list's noun
        (
            "9、环境保护合作规划。由省环保局负责。\n10、卫生防疫合作规划。由省卫生厅负责。\n总体规划和10个专项规划要密切结合实际。",
            [],
        ),
        # bodies that open a 的-clause name what is counted, which stays
        ("新增3个主管部门认定的示范点。", [(3, "个", "=")]),
        # a count the plan commits to stays, and so does a count that sums no list
        ("新建现代农业产业园4个。", [(4, "个", "=")]),
        ("9、环境保护合作规划。由省环保局负责。\n编制10个专项行动方案。", [(10, "个", "=")]),
    ],
    "a_count_of_days_after_its_indicator": [
        ("到2020年,全市优良天数达到315天,细颗粒物浓度明显下降。", [(315, "天", "=")]),
        ("全年空气质量优良天数不少于300天。", [(300, "天", ">=")]),
        # a date's day stays no figure
        ("于4月10天前完成。", []),
    ],
    "a_drills_imagined_case_promises_nothing": [
        ("某化工厂危险化学品发生泄漏并燃烧,致6人受伤,400余名群众受到威胁。", []),
        ("某小区突发火灾,3人被困。", []),
        # a sentence that opens with no imagined place keeps its figures
        ("全年开展应急演练6场次。", [(6, "场次", "=")]),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_round18_target_families(
    variant: Callable[[str], str], text: str, want: list[tuple[float, str, str]]
) -> None:
    got = [(float(t.value), t.unit, t.comparator) for t in targets(variant(text))]
    assert got == [(float(v), u, c) for v, u, c in want]
