"""Round 49 tables: a duty table one cell a line whose header numbers its rows and names each body's duties
(序号 涉及部门 职责分工: heldout177 hq01, heldout161 ha01), a 双随机 inspection plan (序号 | 检查主体 | 年度计划名称 |
… | 股室 |: heldout177 hq02), and a header of bar-closed cells naming no 序号 over (1)-numbered task cells grouped
under 1. headings (heldout177 hq03). A 相关部门 | 职责分工 pair with no 序号 stays the body-by-body reading (heldout74
dr08). Both scripts, both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, assert_measures, run, units_match


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_numbered_duty_table_one_cell_a_line(variant: Callable[[str], str]) -> None:
    text = (
        "中小学校食品安全管理\n序号 涉及部门 职责分工\n1\n市教育局\n负责校园食品安全管理工作。指导监督学校落实主体责任。\n"
        "2\n市市场监督管理局\n负责学校集中用餐食品安全的监督管理,依法查处违法行为。\n"
    )
    want = [
        ("1", "负责校园食品安全管理工作", ["市教育局"], []),
        ("2", "负责学校集中用餐食品安全的监督管理,依法查处违法行为", ["市市场监督管理局"], []),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_an_inspection_plan_table(variant: Callable[[str], str]) -> None:
    text = (
        "2023年双随机一公开抽查工作计划\n"
        "序号 | 检查主体 | 年度计划名称 | 检查内容 | 计划开展时间 | 股室 | 抽查比例 | 抽查频次 | 抽查数量 |\n"
        "1 | 某县市场监督管理局 | 对特种设备作业人员的行政检查 | 对特种设备作业人员的行政检查 | 1月—12月 | 特种设备股 | 5% | =1 | 1户 |\n"
        "2 | 某县市场监督管理局 | 对经营者价格活动的行政检查 | 对经营者价格活动的行政检查 | 1月—12月 | 价监股 | 5% | =1 | 1户 |\n"
    )
    want = [
        ("1", "对特种设备作业人员的行政检查", ["某县市场监督管理局", "特种设备股"], []),
        ("2", "对经营者价格活动的行政检查", ["某县市场监督管理局", "价监股"], []),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_bar_closed_cells_numbered_in_their_task_cell(variant: Callable[[str], str]) -> None:
    text = (
        "某省小作坊提升计划重点工作责任分工表\n重点工作 |\n责任分工 |\n牵头部门 |\n完成时限 |\n二、主要任务 |\n|||\n"
        "1. 全力推动小作坊登记工作 |\n|||\n"
        "(1)属地监管部门要做好登记工作,规范登记程序。 |\n各设区市市场监管局 |\n省市场监管局 |\n持续进行 |\n"
        "(2)强化登记服务,实现全省登记率90%以上。 |\n各县市场监管局、行政审批局 |\n省市场监管局 |\n2019年12月底 |\n"
    )
    want = [
        (
            "(1)",
            "属地监管部门要做好登记工作,规范登记程序",
            ["各设区市市场监管局", "省市场监管局"],
            ["省市场监管局"],
        ),
        (
            "(2)",
            "强化登记服务,实现全省登记率90%以上",
            ["各县市场监管局", "行政审批局", "省市场监管局"],
            ["省市场监管局"],
        ),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_duty_pair_with_no_number_column_is_no_table(variant: Callable[[str], str]) -> None:
    # 相关部门 / 职责分工 with no 序号: each body's line, then its duties (the older reading, heldout74 dr08)
    text = (
        "中考、高考保障\n职责分工 职责分工\n\n相关部门\n\n职责分工\n\n区公安分局\n\n维护考点周边安全、试卷运送保管安全保障。\n\n"
        "区教育局\n\n负责高考、中考的具体组织、实施和协调工作。\n\n区市场监管局\n\n考点周边宾馆及服务业、餐饮卫生检查。\n\n"
        "区卫计委\n\n考点及相关医院医疗服务、高考体检保障。\n"
    )
    doc = run(variant(text))
    assert len(doc.measures) == 4
    for want in (["区公安分局"], ["区教育局"], ["区市场监管局"], ["区卫计委"]):
        assert any(units_match(doc, m.responsible, want) for m in doc.measures), want


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_an_inspection_plans_share_and_count_are_targets(variant: Callable[[str], str]) -> None:
    # 抽查比例 | 抽查数量 after the units: the row's figures wherever they stand (heldout177 hq02's gold)
    text = (
        "2023年双随机一公开抽查工作计划\n"
        "序号 | 检查主体 | 年度计划名称 | 检查内容 | 计划开展时间 | 股室 | 抽查比例 | 抽查频次 | 抽查数量 |\n"
        "1 | 某县市场监督管理局 | 对特种设备作业人员的行政检查 | 对特种设备作业人员的行政检查 | 1月—12月 | 特种设备股 | 5% | =1 | 3户 |\n"
    )
    doc = run(variant(text))
    assert [(float(t.value), t.unit) for t in doc.measures[0].targets] == [(5.0, "%"), (3.0, "户")]
