"""Targets, round 13: rule families found on the blind parts (heldout3, heldout4, dev8, dev9), on small inline
texts in both scripts and both punctuations. One section per family."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.loaders.inline import IDS, VARIANTS
from tests.loaders.test_targets import _values

# --------------------------------------------------------------------------- lengths built (米)


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_length_built_in_metres_is_a_target(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert("新建木栈道750米,拆除鱼塘围栏750米,扩建重修810米。")
    assert _values(text) == [(Decimal(750), "米"), (Decimal(750), "米"), (Decimal(810), "米")]


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_dimension_or_a_zone_in_metres_is_no_target(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert("新建木栈道750米、宽3.5米,木围栏高度1.2米,建设半径500米范围内的便民服务圈,路面3.5米宽。")
    assert _values(text) == [(Decimal(750), "米")]


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_millimetres_and_square_metres_are_not_metres(convert) -> None:  # type: ignore[no-untyped-def]
    assert _values(convert("年降雨量500毫米,新建厂房2000平方米。")) == [(Decimal(2000), "平方米")]


# --------------------------------------------------------------------------- a price per unit built


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_cost_per_length_or_per_head_keeps_its_base(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert("新建防渗渠4公里及配套,85万元/公里。对购置农机给予500元/台补贴。")
    assert _values(text) == [
        (Decimal(4), "公里"),
        (Decimal(85), "万元/公里"),
        (Decimal(500), "元/台"),
    ]


# --------------------------------------------------------------------------- a project's title


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_size_in_a_project_title_after_its_year_and_places_is_no_target(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert(
        "一、2021年同心县王团镇大沟沿村3824亩高标准农田建设项目(高效节水灌溉)\n"
        "项目名称:2021年同心县王团镇大沟沿村3824亩高标准农田建设项目(高效节水灌溉)\n"
        "建设任务:配套3824亩滴灌设施。\n"
        "4.泽库县2个村发展新型农村集体经济项目\n"
    )
    assert _values(text) == [(Decimal(3824), "亩")]


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_count_after_a_verb_or_a_whole_jurisdiction_stays_a_target(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert("1.全县50个重点项目。\n2.王家乡新建5个村级光伏项目。\n")
    assert _values(text) == [(Decimal(50), "个"), (Decimal(5), "个")]


# --------------------------------------------------------------------------- 均: one figure for each subject


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_jun_after_a_list_of_indicators_gives_each_the_figure(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert("(七)城镇居民人均可支配收入、农民人均纯收入均增长12%以上。")
    assert _values(text) == [(Decimal(12), "%"), (Decimal(12), "%")]


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_jun_after_one_subject_or_a_clause_is_one_figure(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert(
        "4、城镇居民人均可支配收入和农民人均纯收入均增长12%。"
        "确保有效投资增长高于经济增长、4个结构性指标均实现10%以上增长。"
        "实行定点屠宰区域的猪、牛、羊定点屠宰率均达85%以上。"
    )
    assert _values(text) == [(Decimal(12), "%"), (Decimal(10), "%"), (Decimal(85), "%")]


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_per_capita_is_no_jun(convert) -> None:  # type: ignore[no-untyped-def]
    assert _values(convert("各县、市人均收入增长8%。")) == [(Decimal(8), "%")]


# --------------------------------------------------------------------------- PUE: a ratio without a unit


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_data_centre_pue_is_a_target_without_a_unit(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert("新建大型及以上数据中心PUE低于1.3,改造数据中心PUE值降至1.5以下。")
    assert _values(text) == [(Decimal("1.3"), ""), (Decimal("1.5"), "")]


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_bare_number_near_pue_without_a_verb_is_none(convert) -> None:  # type: ignore[no-untyped-def]
    assert _values(convert("数据中心PUE 1.3的标准。")) == []


# --------------------------------------------------------------------------- lines and routes in 条


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_routes_after_a_few_qualifying_words_are_a_target(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert("推出10条茶旅游精品线路,打造5条红色旅游路线。打造13条产业链,整治8条支流。")
    assert _values(text) == [(Decimal(10), "条"), (Decimal(5), "条")]


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_count_in_tiao_of_the_list_just_given_is_no_target(convert) -> None:  # type: ignore[no-untyped-def]
    assert _values(convert("本桓、凌绥、台黑3条高速公路提前建成通车。")) == []


# --------------------------------------------------------------------------- a class of settlements


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_households_bounding_a_class_of_villages_are_no_target(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert("实现30户以上自然村寨垃圾收运设施覆盖率达95%以上,对超过500人的村实施改造。")
    assert _values(text) == [(Decimal(95), "%")]


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_households_helped_stay_a_target(convert) -> None:  # type: ignore[no-untyped-def]
    assert _values(convert("帮扶300户以上农户,覆盖20个行政村。")) == [
        (Decimal(300), "户"),
        (Decimal(20), "个"),
    ]


# --------------------------------------------------------------------------- a large count in Chinese numerals


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_chinese_count_from_a_hundred_is_a_target(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert("新建基站一千个,建设一百个示范村。")
    assert _values(text) == [(Decimal(1000), "个"), (Decimal(100), "个")]


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_small_chinese_count_names_no_target(convert) -> None:  # type: ignore[no-untyped-def]
    assert _values(convert("牢记两个关键词,落实八项规定,实施十大工程,学习党的二十大精神。")) == []


# --------------------------------------------------------------------------- a heading's count of its own items


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_heading_counting_the_items_under_it_is_no_target(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert(
        "计划实施产业发展项目2个、其他类项目1个。\n"
        "(一)实施产业发展项目2个,安排项目资金1441万元。\n"
        "1.洛克乡种植业基地配套建设项目\n"
        "2.宗朗乡种植业基地配套建设项目\n"
        "(二)3个专项规划。\n"
        "1、基础设施合作规划。\n"
        "2、产业合作规划。\n"
        "3、旅游合作规划。\n"
        "三、强化职责\n"
    )
    assert _values(text) == [(Decimal(2), "个"), (Decimal(1), "个"), (Decimal(1441), "万元")]


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_heading_count_other_than_its_items_stays_a_target(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert("(二)新建3个产业园。\n1、产业园甲。\n2、产业园乙。\n三、强化职责\n")
    assert _values(text) == [(Decimal(3), "个")]


# --------------------------------------------------------------------------- funds a government puts in


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_money_a_budget_puts_into_a_fund_is_no_class(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert("设立市级财政出资1亿元的企业并购重组引导基金,组建不低于10亿元的并购重组基金。")
    assert _values(text) == [(Decimal(1), "亿元"), (Decimal(10), "亿元")]


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_money_class_of_firms_stays_a_class(convert) -> None:  # type: ignore[no-untyped-def]
    assert _values(convert("培育营业收入1亿元以上的企业20家。")) == [(Decimal(20), "家")]


# --------------------------------------------------------------------------- divisions with their kinds in brackets


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_count_of_divisions_with_bracketed_kinds_is_no_target(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert("全市16个县(市、区)要建立工作机制,共为12个县(市)区免收学杂费,全省9个市(州)开展试点。")
    assert _values(text) == []


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_centres_at_a_division_level_stay_a_target(convert) -> None:  # type: ignore[no-untyped-def]
    assert _values(convert("新建3个县区级服务中心。")) == [(Decimal(3), "个")]


# --------------------------------------------------------------------------- a bounded amount done, no class


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_bounded_area_after_a_verb_of_doing_is_a_target(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert("新建1万亩以上高标准农田,农民人均拥有1亩以上特色经济林,新增50万吨以上产能。")
    assert _values(text) == [(Decimal(10000), "亩"), (Decimal(1), "亩"), (Decimal(50), "万吨")]


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_bounded_area_that_qualifies_stays_a_class(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert("对6亩以下的土地免征,建设面积500平方米以上的服务中心,对新建5000平方米以上的厂房给予补助。")
    assert _values(text) == []


# --------------------------------------------------------------------------- 一 after its noun


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_one_after_its_noun_ending_the_clause_is_a_count(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert("新建渠首一座;配备专职人员一名。")
    assert _values(text) == [(Decimal(1), "座"), (Decimal(1), "名")]


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_one_as_an_article_or_an_adverb_is_none(convert) -> None:  # type: ignore[no-untyped-def]
    assert _values(convert("搭建一座桥梁式平台,实现最多跑一次,每村一名。")) == []


# --------------------------------------------------------------------------- leaders and lead bodies assigned


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_count_of_leaders_or_lead_bodies_assigned_is_no_target(convert) -> None:  # type: ignore[no-untyped-def]
    assert _values(convert("每条产业链明确1名市领导担任链长、1个市级牵头部门。")) == []


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_cadres_trained_or_sites_a_body_approves_stay_targets(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert("培训50名领导干部,新增3个主管部门认定的示范点。")
    assert _values(text) == [(Decimal(50), "名"), (Decimal(3), "个")]


# --------------------------------------------------------------------------- things that exist already


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_count_of_existing_things_is_no_target(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert("巩固提升滇中50个现有粮食主产县,新建20个示范县。")
    assert _values(text) == [(Decimal(20), "个")]


# --------------------------------------------------------------------------- a policy's parameters


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_relaxed_rule_or_a_tax_deduction_is_no_target(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert(
        "对参保职工30人(含)以下的企业,裁员率放宽到不超过企业职工总数20%;"
        "符合条件行业企业研发费用税前加计扣除比例提高至100%。研发投入增长10%。"
    )
    assert _values(text) == [(Decimal(10), "%")]


# --------------------------------------------------------------------------- money without 元


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_bare_wan_or_yi_after_a_money_noun_is_money(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert("项目总投资5000万,争取上级资金3亿。")
    assert _values(text) == [(Decimal(5000), "万元"), (Decimal(3), "亿元")]


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_bare_wan_after_a_scale_word_is_no_money(convert) -> None:  # type: ignore[no-untyped-def]
    assert _values(convert("规模达到5000万。")) == []


# --------------------------------------------------------------------------- concentrations


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_concentration_is_a_target_and_pm25_no_figure(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert("确保PM2.5平均浓度控制在35微克/立方米以下,总磷浓度降至0.2毫克/升。")
    assert _values(text) == [(Decimal(35), "微克/立方米"), (Decimal("0.2"), "毫克/升")]
    # the same units written out with 每
    text = convert("细颗粒物(PM2.5)年均浓度控制在29微克每立方米以下,总磷浓度降至0.2毫克每升。")
    assert _values(text) == [(Decimal(29), "微克每立方米"), (Decimal("0.2"), "毫克每升")]


# --------------------------------------------------------------------------- a row number before 项目 on a joined line


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_row_number_before_the_word_xiangmu_is_no_count(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert("18 项目建设 完成灵岩寺陈列布展和绿化工程。实现3项目标,实施10项重点工程。")
    assert _values(text) == [(Decimal(3), "项"), (Decimal(10), "项")]


# --------------------------------------------------------------------------- precision of the families above


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_spacing_in_metres_is_no_target(convert) -> None:  # type: ignore[no-untyped-def]
    assert _values(convert("每隔50米设置一个垃圾桶,新建绿道800米。")) == [(Decimal(800), "米")]


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_jun_after_a_list_of_bodies_is_one_figure(convert) -> None:  # type: ignore[no-untyped-def]
    assert _values(convert("各县区、各部门均达到100%。")) == [(Decimal(100), "%")]


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_loan_limit_relaxed_is_a_policy_amount(convert) -> None:  # type: ignore[no-untyped-def]
    assert _values(convert("个人创业担保贷款最高额度放宽到30万元。")) == [(Decimal(30), "万元")]


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_level_reached_and_bounded_before_a_noun_stays_a_class(convert) -> None:  # type: ignore[no-untyped-def]
    assert _values(convert("对年综合能耗达到5000吨标准煤以上企业开展节能诊断。")) == []
