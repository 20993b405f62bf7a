"""Layouts of round 15's heldout7 genre (民生实事 tables, 主办/协办 lines), in Simplified and Traditional script."""

from __future__ import annotations

import pytest

from tests.loaders.test_responsibility import IDS, VARIANTS, keys, names, run

PROJECT_PLAN_TABLE = (
    "序号 | 实事项目 | 工作举措及实施计划 | 责任单位 | 配合单位 |\n"
    "1 | 新建成公办中小学、幼儿园7所。 | 1.4月底前主体完工。 2.8月底前竣工交付。 | 教育局 | 发改局、财政局,锦城街道 |\n"
    "2 | 实施农村公路大中修100公里。 | 1.7月底前开工;11月底前建成。 | 交通运输局 | 财政局、各镇(街道) |\n"
)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_project_table_with_a_joined_task_and_plan_column(variant) -> None:  # type: ignore[no-untyped-def]
    """序号 | 实事项目 | 工作举措及实施计划 | 责任单位 | 配合单位: the joined task-and-plan cell is the row's text, the
    project after the number its task; the 责任单位 against a 配合单位 column is the lead."""
    doc = run(variant(PROJECT_PLAN_TABLE))
    assert [m.number for m in doc.measures] == ["1", "2"]
    one, two = doc.measures
    assert one.label.startswith(variant("新建成公办中小学"))
    assert names(one.responsible) == keys([variant(u) for u in ["教育局", "发改局", "财政局", "锦城街道"]])
    assert names(one.lead) == keys([variant("教育局")])
    assert names(two.lead) == keys([variant("交通运输局")])


RESPONSIBLE_ONLY_TABLE = (
    "序号 | 实事项目 | 工作举措及实施计划 | 责任单位 |\n"
    "1 | 新建成公办幼儿园7所。 | 1.4月底前主体完工。 | 教育局、财政局 |\n"
)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_responsible_column_alone_names_no_lead(variant) -> None:  # type: ignore[no-untyped-def]
    """Without a supporting column the 责任单位 cell names units, no lead."""
    doc = run(variant(RESPONSIBLE_ONLY_TABLE))
    assert [m.number for m in doc.measures] == ["1"]
    assert names(doc.measures[0].responsible) == keys([variant(u) for u in ["教育局", "财政局"]])
    assert not doc.measures[0].lead
