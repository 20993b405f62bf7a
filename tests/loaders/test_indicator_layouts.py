"""Indicator and progress layouts of round 14, in Simplified and Traditional script: dash-opened target lines
closed by their own clause, a header run onto the end of a flattened line, progress tables whose header joins
two column names, indicator tables without row numbers."""

from __future__ import annotations

import pytest

from tests.loaders.test_responsibility import IDS, VARIANTS, keys, names, run

DASH_LINES = (
    "一、总体要求\n"
    "(一)主要目标\n"
    "到2018年底,全市主要经济指标如下:\n"
    "{dash}地区生产总值增长7.5%;(牵头部门:市发改委)\n"
    "{dash}一般公共预算收入增长12%;(牵头部门:市财政局)\n"
    "{dash}城乡居民收入增幅与经济增长保持同步。(牵头部门:市发改委)\n"
    "二、重点任务\n"
    "1.推进新区建设。加快园区开发。(责任单位:新区管委会)\n"
)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize("dash", ["——", "—", "●"])
def test_dash_lines_closed_by_their_own_clause_are_measures(variant, dash) -> None:  # type: ignore[no-untyped-def]
    doc = run(variant(DASH_LINES.format(dash=dash)))
    assert [m.number for m in doc.measures] == ["", "", "", "1"]
    one, two, three, four = doc.measures
    assert names(one.lead) == keys(["市发改委"]) and names(one.responsible) == keys(["市发改委"])
    assert names(two.lead) == keys(["市财政局"])
    assert names(three.lead) == keys(["市发改委"])
    assert [t.value for t in one.targets] == [7.5]
    assert names(four.responsible) == keys(["新区管委会"])


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_dash_lines_without_a_clause_stay_text(variant) -> None:  # type: ignore[no-untyped-def]
    text = (
        "一、主要目标\n——地区生产总值增长7.5%;\n——固定资产投资增长8%。\n"
        "二、重点任务\n1.推进新区建设。(责任单位:新区管委会)\n"
    )
    doc = run(variant(text))
    assert [m.number for m in doc.measures] == ["1"]


RUN_ON = (
    "常政办发〔2018〕32号 关于分解落实2018年政府工作任务的通知 各镇人民政府: 现下达给你们,请认真组织实施. "
    "附件:2018年政府工作任务分解表 市人民政府办公室 2018年2月24日 2018年政府工作任务分解表 序号 名称 工作任务 牵头责任单位\n"
    "一、经济社会发展主要预期目标分解(11项)\n"
    "1 地区生产总值增长7%以上,服务业增加值占GDP比重47.1%. 发改委\n"
    "2 一般公共预算收入增长8%以上. 财政局\n"
    "3 全社会固定资产投资额550亿元,工业技改投资增长10%. 发改委、经信委、科技局\n"
    "4 居民人均可支配收入增速\n"
)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_header_run_onto_the_end_of_a_flattened_line(variant) -> None:  # type: ignore[no-untyped-def]
    doc = run(variant(RUN_ON))
    assert [m.number for m in doc.measures] == ["1", "2", "3", "4"]
    one, two, three, four = doc.measures
    # 牵头责任单位 leads; the unnamed 名称 column printed blank takes no word of the row
    assert names(one.lead) == keys(["发改委"]) and names(one.responsible) == keys(["发改委"])
    assert names(two.lead) == keys(["财政局"])
    assert names(three.lead) == keys(["发改委", "经信委", "科技局"])
    assert names(four.responsible) == []
    assert 7 in [t.value for t in one.targets]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize("joined", ["存在问题和下步计划", "进展情况及存在问题", "存在问题与下一步工作计划"])
def test_progress_column_joining_two_column_names(variant, joined) -> None:  # type: ignore[no-untyped-def]
    text = (
        "序号 | 工作任务 | 完成情况 | " + joined + " | 责任单位 |\n"
        "71 | 加快推进市图书馆新馆建设,办好戏剧节等文化活动。 | 1.全市在建项目13个。 2.完成12家乡村博物馆初验。 | "
        "下步计划: 指导县(市、区)查漏补缺。 | 牵头单位:市文广旅游局 责任单位:市各县(市、区)政府、开发区管委会 |\n"
        "72 | 加大文物保护力度。 | 1.完成申遗文本评审稿。 | 加快推进。 | 市文广旅游局 |\n"
    )
    doc = run(variant(text))
    assert [m.number for m in doc.measures] == ["71", "72"]
    one, two = doc.measures
    assert names(one.lead) == keys(["市文广旅游局"])
    assert names(one.responsible) == keys(["市文广旅游局", "市各县(市、区)政府", "开发区管委会"])
    assert names(two.responsible) == keys(["市文广旅游局"])
    assert one.targets == []


INDICATORS = (
    "2022年国民经济和社会发展计划指标\n"
    "{name} | 单位 | 2021年完成 | 2022年计划 | {column} | ||||||\n"
    "绝对值 | {growth} | 绝对值 | {growth} | |||||||\n"
    "一、创新驱动 | ||||||||||\n"
    "研发经费投入增长 | % | - | - | - | 10 | 区科技局 | ||||\n"
    "孵化载体总数 | 个 | 16 | - | 17 | - | |||||\n"
    "每万人发明专利拥有量 | 件 | - | - | 12 | - | 区市场监管局 | ||||\n"
    "二、开放合作 | ||||||||||\n"
    "进出口贸易总额 | 亿元 | 8.71 | -2 | 10.2 | 15 | 区自贸办 区商务局 | ||||\n"
    "海外合作园区数量 | 个 |\n"
)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize("name", ["指 标 名 称", "指标名称"])
@pytest.mark.parametrize("column", ["责任(牵头)部门", "牵头部门"])
@pytest.mark.parametrize("growth", ["增长%", "增速(%)"])
def test_unnumbered_indicator_rows_with_split_year_columns(variant, name, column, growth) -> None:  # type: ignore[no-untyped-def]
    doc = run(variant(INDICATORS.format(name=name, column=column, growth=growth)))
    assert [m.number for m in doc.measures] == ["", "", "", "", ""]
    rnd, incubators, patents, trade, cut = doc.measures
    assert names(rnd.lead) == keys(["区科技局"])
    # a unit cell printed empty under a merged cell carries the unit of the row above
    assert names(incubators.lead) == keys(["区科技局"])
    assert names(patents.lead) == keys(["区市场监管局"])
    assert names(trade.lead) == keys(["区自贸办", "区商务局"])
    # a row cut off by the excerpt before its unit cell has none
    assert names(cut.responsible) == []
    # the 2022 columns give targets (a growth cell a rate in %), the 2021 results none
    assert [(t.value, t.unit) for t in rnd.targets] == [(10, "%")]
    assert [(t.value, t.unit) for t in incubators.targets] == [(17, "个")]
    assert sorted((float(t.value), t.unit) for t in trade.targets) == [(10.2, "亿元"), (15.0, "%")]
    assert cut.targets == []


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_result_column_without_a_sub_header_gives_no_target(variant) -> None:  # type: ignore[no-untyped-def]
    text = (
        "指标名称 | 单位 | 2021年完成 | 2022年计划 | 责任部门 |\n"
        "孵化载体总数 | 个 | 16 | 17 | 区科技局 |\n"
        "农业科技进步贡献率 | % | 76 | 77 | |\n"
    )
    doc = run(variant(text))
    one, two = doc.measures
    assert [(t.value, t.unit) for t in one.targets] == [(17, "个")]
    assert [(t.value, t.unit) for t in two.targets] == [(77, "%")]
    assert names(one.responsible) == keys(["区科技局"]) and one.lead == []
    assert names(two.responsible) == keys(["区科技局"])


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_unnumbered_group_rows_of_an_indicator_table_are_no_measures(variant) -> None:  # type: ignore[no-untyped-def]
    text = (
        "指标名称 | 单位 | 2022年计划 | 责任部门 | |||\n"
        "创新驱动 | |||||\n"
        "孵化载体总数 | 个 | 17 | 区科技局 | ||\n"
        "农业科技进步贡献率 | % | 77 | | ||\n"
        "开放合作 | |||||\n"
        "进出口贸易总额 | 亿元 | 10.2 | | ||\n"
    )
    doc = run(variant(text))
    one, two, three = doc.measures
    assert [float(t.value) for m in doc.measures for t in m.targets] == [17, 77, 10.2]
    assert names(two.responsible) == keys(["区科技局"])
    # a group row ends the merged cell above: the next group's row carries nothing over
    assert names(three.responsible) == []


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_short_word_in_an_unnamed_column_keeps_it(variant) -> None:  # type: ignore[no-untyped-def]
    text = (
        "工作任务分解表\n序号 领域 重点任务 牵头单位 责任单位\n"
        "1 招商 引进项目10个。 区商务局\n2 消费 举办展会5场。 区商务局 区文旅局\n"
    )
    doc = run(variant(text))
    one, two = doc.measures
    # a category word in the unnamed column's place: the column is filled, the task follows it
    assert names(one.lead) == keys(["区商务局"]) and names(one.responsible) == keys(["区商务局"])
    assert [t.value for t in one.targets] == [10]
    assert names(two.responsible) == keys(["区商务局", "区文旅局"])


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_unit_glued_to_the_task_full_stop_of_a_single_spaced_row(variant) -> None:  # type: ignore[no-untyped-def]
    text = (
        "2018年政府工作任务分解表\n序号 工作任务 牵头单位\n"
        "1 工业增加值率提升0.5个百分点以上.经信委\n2 实际利用外资6亿美元.商务局\n3 一般公共预算收入增长8%以上. 财政局\n"
    )
    doc = run(variant(text))
    one, two, three = doc.measures
    assert names(one.lead) == keys(["经信委"])
    assert names(two.lead) == keys(["商务局"])
    assert names(three.lead) == keys(["财政局"])
    assert [float(t.value) for t in one.targets] == [0.5]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_dash_lines_each_followed_by_its_own_label_line(variant) -> None:  # type: ignore[no-untyped-def]
    text = (
        "一、主要目标\n——地区生产总值增长7.5%;\n牵头部门:市发改委\n——固定资产投资增长8%;\n牵头部门:市财政局\n"
        "二、重点任务\n1.推进新区建设。(责任单位:新区管委会)\n"
    )
    doc = run(variant(text))
    assert [m.number for m in doc.measures] == ["", "", "1"]
    assert names(doc.measures[0].lead) == keys(["市发改委"])
    assert names(doc.measures[1].lead) == keys(["市财政局"])


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_label_line_under_a_list_of_dash_lines_is_the_sections(variant) -> None:  # type: ignore[no-untyped-def]
    text = (
        "一、主要目标\n——地区生产总值增长7.5%;\n——固定资产投资增长8%。\n牵头部门:市财政局\n"
        "二、重点任务\n1.推进新区建设。(责任单位:新区管委会)\n"
    )
    doc = run(variant(text))
    # no dash line is a measure of its own (the goals heading the label line assigns may be one)
    assert "" not in [m.number for m in doc.measures]
    assert doc.measures[-1].number == "1"


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize("result", ["2021年预计", "2021年", "2021年完成"])
def test_indicator_column_and_a_years_estimate(variant, result) -> None:  # type: ignore[no-untyped-def]
    text = (
        f"指标 | 单位 | {result} | 2022年 | 牵头单位 |\n"
        "研发经费投入强度 | % | 2.1 | 2.3 | 区科技局 |\n孵化载体总数 | 个 | 16 | 17 | 区发改局 |\n"
    )
    doc = run(variant(text))
    one, two = doc.measures
    assert names(one.lead) == keys(["区科技局"]) and names(two.lead) == keys(["区发改局"])
    assert [(float(t.value), t.unit) for t in one.targets] == [(2.3, "%")]
    assert [(float(t.value), t.unit) for t in two.targets] == [(17, "个")]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize("plan", ["下一步工作措施", "存在问题及下步打算", "下一步工作安排"])
def test_a_next_step_column_is_a_report_not_the_task(variant, plan) -> None:  # type: ignore[no-untyped-def]
    text = (
        f"序号 | 重点工作 | 工作进展及成效 | {plan} | 责任单位 |\n"
        "1 | 新建口袋公园12个。 | 已完成8个。 | 加快推进剩余4个。 | 市园林局 |\n"
        "2 | 改造老旧小区30个。 | 已开工20个。 | 督促施工进度。 | 市住建局 |\n"
    )
    doc = run(variant(text))
    one, two = doc.measures
    assert [t.value for t in one.targets] == [12]
    assert [t.value for t in two.targets] == [30]
    assert names(one.responsible) == keys(["市园林局"]) and names(two.responsible) == keys(["市住建局"])


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_numbered_indicator_rows_under_a_split_year_header(variant) -> None:  # type: ignore[no-untyped-def]
    text = (
        "序号 | 指标名称 | 单位 | 2021年完成 | 2022年计划 | 责任单位 |\n绝对值 | 增长% | 绝对值 | 增长% |\n"
        "1 | 进出口贸易总额 | 亿元 | 8.71 | -2 | 10.2 | 15 | 区商务局 |\n"
        "2 | 孵化载体总数 | 个 | 16 | - | 17 | - | 区科技局 |\n"
    )
    doc = run(variant(text))
    one, two = doc.measures
    assert sorted((float(t.value), t.unit) for t in one.targets) == [(10.2, "亿元"), (15.0, "%")]
    assert [(float(t.value), t.unit) for t in two.targets] == [(17, "个")]
    assert names(one.responsible) == keys(["区商务局"]) and one.lead == []


LOST_FIRST = (
    "2022年政务公开工作要点\n"
    "一、以公开促发展,助力建设最优市场环境\n"
    "以抓项目、稳工业为目标,增强政策制定实施的透明度。做好涉企政策文件的公开。(牵头单位:市发改委,责任单位:市经信局、市财政局)\n"
    "{second}依法依规做好重大建设项目信息公开。(牵头单位:市发改委,责任单位:市自规局)\n"
)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_paragraph_before_the_second_item_is_the_first_that_lost_its_marker(variant) -> None:  # type: ignore[no-untyped-def]
    doc = run(variant(LOST_FIRST.format(second="(二)")))
    assert [m.number for m in doc.measures] == ["", "(二)"]
    one, two = doc.measures
    assert names(one.lead) == keys(["市发改委"])
    assert names(one.responsible) == keys(["市发改委", "市经信局", "市财政局"])
    assert names(two.responsible) == keys(["市发改委", "市自规局"])


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_paragraph_before_the_first_item_is_the_sections_lead(variant) -> None:  # type: ignore[no-untyped-def]
    doc = run(variant(LOST_FIRST.format(second="(一)")))
    assert [m.number for m in doc.measures] == ["(一)"]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_years_plan_column_without_a_unit_column_is_task_text(variant) -> None:  # type: ignore[no-untyped-def]
    text = (
        "序号 | 重点工作 | 2022年计划 | 牵头单位 |\n1 | 推进产业园区建设 | 完成投资100亿元 | 区发改局 |\n"
        "2 | 招引项目 | 新引进项目20个 | 区投促局 |\n"
    )
    doc = run(variant(text))
    one, two = doc.measures
    assert [(t.value, t.unit) for t in one.targets] == [(100, "亿元")]
    assert [(t.value, t.unit) for t in two.targets] == [(20, "个")]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_dash_lines_closed_by_a_bracket_of_units(variant) -> None:  # type: ignore[no-untyped-def]
    text = (
        "一、主要目标\n——地区生产总值增长7.5%(市发改委)\n——固定资产投资增长8%。(市发改委、市统计局)\n"
        "——常住人口达到100万人(2020年)\n二、重点任务\n1.推进新区建设。(责任单位:新区管委会)\n"
    )
    doc = run(variant(text))
    assert [m.number for m in doc.measures] == ["", "", "1"]
    assert names(doc.measures[0].responsible) == keys(["市发改委"]) and doc.measures[0].lead == []
    assert names(doc.measures[1].responsible) == keys(["市发改委", "市统计局"])


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_labels_drop_the_stop_before_a_clause_and_a_rows_ascii_full_stop(variant) -> None:  # type: ignore[no-untyped-def]
    doc = run(variant(DASH_LINES.format(dash="——")))
    assert doc.measures[0].label.endswith("7.5%")
    doc = run(variant(RUN_ON))
    assert doc.measures[0].label.endswith("47.1%")
    assert doc.measures[1].label.endswith("以上")


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_note_under_an_unnumbered_indicator_table_is_no_row(variant) -> None:  # type: ignore[no-untyped-def]
    text = (
        "指标名称 | 单位 | 2022年计划 | 责任部门 |\n孵化载体总数 | 个 | 17 | 区科技局 |\n"
        "注:带*的为约束性指标 | |\n"
    )
    doc = run(variant(text))
    assert len(doc.measures) == 1
    assert names(doc.measures[0].responsible) == keys(["区科技局"])
