"""Round-17 families of heldout10's pages, on small inline texts in Simplified and Traditional script: a project
table whose header opens with a category cell before 序号 (类别 | 序号 | 项目名称 | …), a 合计 row whose label cell
carries a count (合计:11大类56个项目 | …), and a period's report column over sub-columns named by no header word
(2018年7月进展情况 over 完成投资 | 投资完成率 | 实施情况)."""

from __future__ import annotations

import pytest

from tests.loaders.test_responsibility import IDS, VARIANTS, keys, names, run

PROJECTS = (
    "金额单位:万元 |\n"
    "类别 | 序号 | 项目名称 | 2018年建设内容 | 年度计划投资 | 2018年7月进展情况 | 责任单位 |\n"
    "完成投资 | 投资完成率 | 实施情况 |\n"
    "合计:3大类12个项目 | 86000 | 61000 | 70.9% |\n"
    "一、教育惠民 | 教育惠民2个项目合计 | 12000 | 9000 | 75% |\n"
    "1 | 校舍改造工程 | 改造农村学校校舍。 | 8000 | 6500 | 81.3% | 已完成改造20所。 | 市教育局 市财政局 各县(市、区)政府 |\n"
    "2 | 营养改善计划 | 为农村学生提供营养膳食补助。 | 4000 | 2500 | 62.5% | 已惠及学生3万人。 | 市教育局 市卫健委 |\n"
)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_category_cell_before_number_opens_a_project_table(variant) -> None:  # type: ignore[no-untyped-def]
    doc = run(variant(PROJECTS))
    assert [m.number for m in doc.measures] == ["1", "2"]
    one, two = doc.measures
    # the 责任单位 cell names its bodies apart by blanks; the 、 inside a bracket is no separator
    assert names(one.responsible) == keys(["市教育局", "市财政局", "各县(市、区)政府"])
    assert names(two.responsible) == keys(["市教育局", "市卫健委"])


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_period_report_column_spans_its_unnamed_sub_columns(variant) -> None:  # type: ignore[no-untyped-def]
    """The completed figures, rates and what was done sit under the report column, never the unit column: the
    row's targets are its planned investment alone."""
    doc = run(variant(PROJECTS))
    one, two = doc.measures
    assert [(t.value, t.kind) for t in one.targets] == [(8000, "budget")]
    assert [(t.value, t.kind) for t in two.targets] == [(4000, "budget")]
    assert not any("%" in u.surface for m in doc.measures for u in m.responsible)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_header_needs_a_number_column_after_its_category_cell(variant) -> None:  # type: ignore[no-untyped-def]
    """An unnamed first cell before anything but 序号 opens no table: the rows stay plain lines."""
    text = PROJECTS.replace("类别 | 序号 |", "类别 | 编排 |")
    doc = run(variant(text))
    assert [m.number for m in doc.measures] != ["1", "2"]


# 演练科目 | 情景构建 | 牵头责任单位 | 责任单位 | 时限要求, one bar-closed cell a line, rows unnumbered
DRILLS = (
    "演练科目 |\n"
    "情景构建 |\n"
    "牵头责任 单 位 |\n"
    "责任单位 |\n"
    "时限要求 |\n"
    "森林火灾 |\n"
    "自行构建演练情景 |\n"
    "县林业局 |\n"
    "县应急局、县消防救援大队 |\n"
    "3月底前完成演练 |\n"
    "地震 |\n"
    "自行构建演练情景 |\n"
    "县防震减灾局 |\n"
    "县卫健局、县民政局 |\n"
    "10月底前完成演练 |\n"
)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_bar_closed_header_opening_with_unnamed_cells(variant) -> None:  # type: ignore[no-untyped-def]
    """The first unnamed cell titles each row; the 牵头责任单位 column gives the leads."""
    doc = run(variant(DRILLS))
    assert len(doc.measures) == 2
    one, two = doc.measures
    assert names(one.lead) == keys(["县林业局"])
    assert names(one.responsible) == keys(["县林业局", "县应急局", "县消防救援大队"])
    assert names(two.lead) == keys(["县防震减灾局"])


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_unnamed_cells_without_bars_open_no_header(variant) -> None:  # type: ignore[no-untyped-def]
    """Without the bars closing each cell the short lines are plain text: no lead is read from them."""
    doc = run(variant(DRILLS.replace(" |\n", "\n")))
    assert not any(m.lead for m in doc.measures)


# a digest run together on one line whose items 四–七 were left out: each bracket of units closes an item
DIGEST = (
    "一、支持重大项目建设,对新开工的优质制造业项目给予支持,(责任单位:市发改委、市工信局)"
    "二、鼓励企业智能化改造,单个项目最高补助额不超过500万元,(责任单位:市工信局)"
    "三、加快创新平台建设,对新认定的省级平台给予奖励,(责任单位:市科技局)"
    "八、加大专精特新企业支持力度,对新认定的国家级专精特新企业给予最高50万元奖励,(责任单位:市工信局、市财政局)"
    "九、支持企业引育高端人才,对引进的领军人才给予最高100万元补助,(责任单位:市人社局)\n"
)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_marker_after_a_units_clause_heads_an_item_past_lost_ones(variant) -> None:  # type: ignore[no-untyped-def]
    doc = run(variant(DIGEST))
    assert [m.number for m in doc.measures] == ["一", "二", "三", "八", "九"]
    eight = doc.measures[3]
    assert names(eight.responsible) == keys(["市工信局", "市财政局"])


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_far_marker_without_a_units_clause_stays_in_its_item(variant) -> None:  # type: ignore[no-untyped-def]
    """八、 far past 三、 after a plain sentence end is no item of its own."""
    text = DIGEST.replace(",(责任单位:市科技局)", "。")
    doc = run(variant(text))
    assert "八" not in [m.number for m in doc.measures]
