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


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_collective_with_remarks_in_tortoise_brackets(variant) -> None:  # type: ignore[no-untyped-def]
    """(A、B等相关部门,各县〔市、区〕政府〔管委会〕按职责分工负责): remarks in 〔〕 belong to the name as (管委会) would;
    the closing 〕 is the name's, not a lost close of the clause."""
    doc = run(
        variant(
            "一、重点任务\n1.扩大消费。(市商务局、市财政局等相关部门,各县〔市、区〕政府〔管委会〕按职责分工负责)\n"
            "2.稳定投资。(市发展改革委、高新区〔管委会〕负责)\n"
        )
    )
    one, two = doc.measures
    assert names(one.responsible) == keys(
        [variant(u) for u in ["市商务局", "市财政局", "各县〔市、区〕政府〔管委会〕"]]
    )
    assert names(two.responsible) == keys([variant(u) for u in ["市发展改革委", "高新区〔管委会〕"]])
    assert not one.lead


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_lost_tortoise_close_still_trimmed(variant) -> None:  # type: ignore[no-untyped-def]
    """(A、B〕: a closing 〕 the name never opened is the clause's lost close, no part of the name."""
    doc = run(variant("一、重点任务\n1.扩大消费。(市商务局、高新区管委会〕\n"))
    assert names(doc.measures[0].responsible) == keys([variant(u) for u in ["市商务局", "高新区管委会"]])


CIRCLED_SUB_ROWS = (
    "\n".join(
        [
            "序号",
            "项目名称",
            "主要内容",
            "进度要求",
            "责任单位",
            "协办单位",
            "1",
            "更新改造城乡居民生活服务设施",
            "①提标改造70个老旧小区,在具备条件的小区试点安装电梯。",
            "一季度完成立项;四季度完成年度改造任务。",
            "市住建局",
            "各县区政府",
            "市财政局",
            "②在城区重要路段新建改造26座城市公厕。",
            "一季度完成选址;四季度投入使用。",
            "市城管局",
            "清江浦区政府",
        ]
    )
    + "\n"
)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_circled_items_in_a_row_are_rows_of_their_own(variant) -> None:  # type: ignore[no-untyped-def]
    """项目名称 | 主要内容 | 进度要求 | 责任单位 | 协办单位, one cell a line: a project whose content cell holds ①… and
    ②… items, each followed by its own cells, gives one row per item with its own units, the 责任单位 its lead."""
    doc = run(variant(CIRCLED_SUB_ROWS))
    assert [m.number for m in doc.measures] == ["①", "②"]
    one, two = doc.measures
    assert names(one.responsible) == keys([variant(u) for u in ["市住建局", "各县区政府", "市财政局"]])
    assert names(two.responsible) == keys([variant(u) for u in ["市城管局", "清江浦区政府"]])
    assert names(one.lead) == keys([variant("市住建局")])


HEADERLESS_WITH_GROUP_HEADINGS = (
    "\n|\n".join(
        [
            "1",
            "一、经济社会发展的主要预期目标",
            "农村常住居民人均可支配收入与全省同步增长。",
            "法规科",
            "张三",
            "2024年底前",
            "5555309",
            "2",
            "粮食产量100亿斤以上。",
            "市农技中心",
            "李四",
            "2024年底前",
            "5555097",
            "3",
            "二、加快新型工业化进程",
            "发展预制菜产业,产值突破100亿元。",
            "产业科\n市畜牧中心\n市农技中心\n市绿优中心",
            "王五\n赵六\n钱七",
            "2024年底前",
            "5555309\n5125676\n5555097\n5126057",
        ]
    )
    + "\n|\n"
)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_headerless_rows_with_a_group_heading_in_their_first_row(variant) -> None:  # type: ignore[no-untyped-def]
    """A one-cell-a-line table without a header: 1 | 一、… | task | unit | person | date | phone. The group's heading
    printed in its first row is left to the outline; a cell of four units over four lines is still one cell."""
    doc = run(variant(HEADERLESS_WITH_GROUP_HEADINGS))
    assert [m.number for m in doc.measures] == ["1", "2", "3"]
    one, two, three = doc.measures
    assert one.label.startswith(variant("农村常住居民"))
    assert names(one.responsible) == keys([variant("法规科")])
    assert names(two.responsible) == keys([variant("市农技中心")])
    assert names(three.responsible) == keys(
        [variant(u) for u in ["产业科", "市畜牧中心", "市农技中心", "市绿优中心"]]
    )
    assert not one.lead
