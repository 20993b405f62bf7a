"""Task-table layouts of round 14 (heldout6 genre: 政务公开 / 任务分工 / 河长制 lists), in Simplified and
Traditional script."""

from __future__ import annotations

import pytest

from tests.loaders.test_responsibility import IDS, VARIANTS, keys, names, run

TITLED_NUMBERS = (
    "\n|\n".join(
        [
            "工作任务",
            "具体要求",
            "责任科室",
            "时限要求",
            "加强规范管理",
            "1",
            "全面清理规范性文件,公布有效文件目录。",
            "综合科",
            "6月底前",
            "深化信息公开",
            "2",
            "及时发布法定主动公开内容。",
            "各科室",
            "持续推进",
            "3",
            "按时编制发布年度报告。",
            "办公室",
            "年底前",
        ]
    )
    + "\n|\n"
)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_numbered_rows_under_group_titles_of_a_header_without_number(variant) -> None:  # type: ignore[no-untyped-def]
    """工作任务 | 具体要求 | 责任科室 with no 序号 column: each row gives a bare number cell after the merged group
    title; the number opens the row, the requirement is its task, the title is no measure."""
    doc = run(variant(TITLED_NUMBERS))
    assert [m.number for m in doc.measures] == ["1", "2", "3"]
    one, two, three = doc.measures
    assert names(one.responsible) == keys(["综合科"])
    assert names(two.responsible) == keys(["各科室"])
    assert names(three.responsible) == keys(["办公室"])
    assert not one.lead
    assert one.deadline is not None and "6" in one.deadline


DISCLOSURE_CATALOGUE = (
    "序 号 | 公开事项 | 公开内容 (要素) | 公开依据 | 公开时限 | 公开主体 | 公开渠道和载体 | 公开 对象 | 公开 方式 | ||||\n"
    "一级 事项 | 二级 事项 | 全 社 会 | 特定群体 | 主 动 | 依 申 请 | ||||\n"
    "1 | 教育信 息 | 学校招生信息 | 招生计划、招生范围、招生程序 | 《中华人民共和国政府信息公开条例》 | "
    "信息形成之日起20个工作日内 | 县教育体育局 | ■政府网站 □政府公报 | √ | √ | |||\n"
    "2 | 教育信 息 | 教育收费标准 | 收费项目、收费标准、收费依据 | 《中华人民共和国政府信息公开条例》 | "
    "信息形成之日起20个工作日内 | 县教育体育局、县发展和改革局 | ■政府网站 | √ | √ | |||\n"
)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_disclosure_catalogue_rows_with_item_levels_and_a_publishing_body(variant) -> None:  # type: ignore[no-untyped-def]
    """基层政务公开标准目录: 公开事项 split into 一级事项 | 二级事项 on a second header line; the 二级事项 cell is the
    duty's title, the 公开主体 column its unit (no lead), 公开时限 its deadline; figures of a time limit no target."""
    doc = run(variant(DISCLOSURE_CATALOGUE))
    assert [m.number for m in doc.measures] == ["1", "2"]
    one, two = doc.measures
    assert one.label.startswith(variant("学校招生信息"))
    assert names(one.responsible) == keys(["县教育体育局"])
    assert names(two.responsible) == keys(["县教育体育局", "县发展和改革局"])
    assert not one.lead and not two.lead
    assert one.deadline is not None and "20" in one.deadline


BREAKDOWN_TABLE = (
    "序号 类别 主要任务 细化措施 牵头单位 参与单位 责任单位\n"
    "1 加强水污染防 治 落实排污许可 制度 全面核发排污许可证,到2020年完成覆盖。 市生态环境局 市发展改革委、市住建局等 各县(区)人民政府\n"
    "2   推进河湖清淤。加快实施清淤工程,改善水质。 市水利局、市住建局 市财政局等 各县(区)人民政府\n"
)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_single_spaced_rows_read_their_unit_cells_from_the_right(variant) -> None:  # type: ignore[no-untyped-def]
    """序号 类别 主要任务 细化措施 牵头单位 参与单位 责任单位 with spaces inside text cells and merged cells left out:
    the last words are the unit cells, one a column; the 牵头单位 cell gives the leads."""
    doc = run(variant(BREAKDOWN_TABLE))
    assert [m.number for m in doc.measures] == ["1", "2"]
    one, two = doc.measures
    assert names(one.lead) == keys(["市生态环境局"])
    assert set(keys(["市生态环境局", "市发展改革委", "市住建局"])) <= set(names(one.responsible))
    assert names(two.lead) == keys(["市水利局", "市住建局"])
    assert set(keys(["市财政局"])) <= set(names(two.responsible))


PLAN_DIVISION = (
    "附件 《某市生态环境保护“十四五”规划》局内任务分工 | |||\n"
    "序号 | 某市生态环境保护“十四五”规划重点任务 | 局内责任部门 | |\n"
    "一、深入打好污染防治攻坚战 | |||\n"
    "1 | 主要 | 持续改善空气质量,到2025年细颗粒物浓度下降10%。 | 大气环境处、监测处 |\n"
    "2 | 重点 | 强化水环境综合治理,推进入河排污口整治。 | 水生态环境处 |\n"
)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_task_column_named_by_its_plan_over_rows_with_a_label_cell(variant) -> None:  # type: ignore[no-untyped-def]
    """序号 | X规划重点任务 | 局内责任部门: the plan's name in front of a task column's name still names the task
    column; a short label cell (主要) between the number and the task is no part of the task; no 牵头, no lead."""
    doc = run(variant(PLAN_DIVISION))
    assert [m.number for m in doc.measures] == ["1", "2"]
    one, two = doc.measures
    assert one.label.startswith(variant("持续改善空气质量"))
    assert names(one.responsible) == keys(["大气环境处", "监测处"])
    assert names(two.responsible) == keys(["水生态环境处"])
    assert not one.lead and not two.lead
