"""Target forms of round 22 (unseen pages): units of measure the corpus never had (床, 班次, 册, 列, MW/GW,
吨标准煤/万元, 港元/澳门元, 公尺), bounds with the figure included (及以上, (含)以上) and ceilings (至多), Chinese
decimals (百分之六十二点五), ranges (一至两个, 两到三千个) and years (到二〇二五年), a service or venue open round the
clock, sentences opened by the year before (上年度…), baselines (基期值, …的基础上), and counts that commit to nothing:
items a meeting laid down, things put to work (发挥…作用), a programme's structure (4大行动、17个工程), a clause whose
verb is done (2处草案已审竣), things located by a place (毗邻的三座大楼), a range sizing a class (10—50只分散养殖户150户).
Inline texts in both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, family_params
from tests.loaders.test_targets import targets

Case = tuple[str, list[tuple[str, str, str, int | None]]]

# Each family's cases: a text and the targets it holds as (value, unit, comparator, year); the plan's year is 2023.
FAMILIES: dict[str, list[Case]] = {
    # beds, services run, volumes held, trains run, power in international symbols, an intensity per output
    "unseen_units_of_measure": [
        ("新增养老床位300床以上。", [("300", "床", ">=", 2023)]),
        ("日均开行班次达到300班次。", [("300", "班次", "=", 2023)]),
        ("公共图书馆馆藏总量达到50万册。", [("500000", "册", "=", 2023)]),
        ("全年开行中欧班列200列以上。", [("200", "列", ">=", 2023)]),
        ("新增光伏装机300MW以上。", [("300", "MW", ">=", 2023)]),
        ("到2025年,光伏发电装机规模力争达到1.5GW。", [("1.5", "GW", "=", 2025)]),
        ("单位GDP能耗下降至0.45吨标准煤/万元以内。", [("0.45", "吨标准煤/万元", "<=", 2023)]),
        ("用水量控制在30立方米/万元以内。", [("30", "立方米/万元", "<=", 2023)]),
        ("每千人口床位数达到6.5张。", [("6.5", "张", "=", 2023)]),
    ],
    # Hong Kong and Macao dollars joined by their 万/亿 as 万元 is, and Taiwan's metric units in 公尺
    "dollars_of_hong_kong_and_macao_and_metres_in_gongchi": [
        ("總額約80億港元。", [("80", "亿港元", "~", 2023)]),
        ("资助上限为每项50万港元。", [("50", "万港元", "=", None)]),
        ("撥款2億澳門元支持中小企業。", [("2", "亿澳门元", "=", None)]),
        ("新增綠地面積5萬平方公尺。", [("50000", "平方公尺", "=", 2023)]),
        ("新建步道1200公尺。", [("1200", "公尺", "=", 2023)]),
    ],
    # 及/或/(含) before 以上 keep the bound; 至多 / 最多 set a ceiling
    "bounds_with_the_figure_included_and_ceilings": [
        ("新建示范点50个及以上。", [("50", "个", ">=", 2023)]),
        ("培育龙头企业10家或以上。", [("10", "家", ">=", 2023)]),
        ("新增技能人才3000人(含)以上。", [("3000", "人", ">=", 2023)]),
        ("每个项目补助至多30万元。", [("30", "万元", "<=", None)]),
        ("财政补助资金最多不超过50万元。", [("50", "万元", "<=", None)]),
    ],
    # 点 and digits after a Chinese number; 两点 of a time or a slogan is no figure
    "chinese_decimals": [
        ("全县森林覆盖率提升至百分之六十二点五。", [("62.5", "%", "=", 2023)]),
        ("全年完成投资三点五亿元。", [("3.5", "亿元", "=", 2023)]),
        ("新增造林面积二点五万亩。", [("25000", "亩", "=", 2023)]),
        ("推进两点一线布局,下午两点召开会议。", []),
    ],
    # a Chinese range: 一 opening it is a count, and its lower bound shares the upper one's place (两到三千)
    "chinese_ranges": [
        ("每个乡镇建设一至两个示范村。", [("1", "个", "=", 2023)]),
        ("新增就业岗位两到三千个。", [("2000", "个", "=", 2023)]),
        ("培育三至五万户。", [("30000", "户", "=", 2023)]),
        ("培育一千至三千家企业。", [("1000", "家", "=", 2023)]),
    ],
    # a year in Chinese digits with a zero dates the goal as 2025 does
    "chinese_numeral_years": [
        ("到二〇二五年,全县农村集中供水率达到百分之九十五。", [("95", "%", "=", 2025)]),
        ("二〇二六年底前,建成示范村十个。", [("10", "个", "=", 2026)]),
        ("到二零二七年,新增就业一万人。", [("10000", "人", "=", 2027)]),
    ],
    # 24小时 naming a service or a venue; a time limit (24小时内) stays
    "round_the_clock_services_and_venues": [
        ("实现24小时自助服务全覆盖。", []),
        ("建设24小时城市书房5家。", [("5", "家", "=", 2023)]),
        ("群众诉求24小时内办结。", [("24", "小时", "<=", 2023)]),
    ],
    # 上年度 / 近三年 opening a sentence report results; 比上年 and 在上年基础上 are a change's base
    "past_openers": [
        ("上年度全市完成造林面积5000亩。", []),
        ("近三年全市共引进项目85个。", []),
        ("地区生产总值比上年增长6%左右。", [("6", "%", "~", 2023)]),
        ("在上年基础上新增就业500人。", [("500", "人", "=", 2023)]),
        ("上年度考核优秀的单位,今年力争新增示范点5个。", [("5", "个", "=", 2023)]),
    ],
    # the level a goal starts from, labelled or closed as a base
    "baselines": [
        ("基期值35%,目标值50%。", [("50", "%", "=", 2023)]),
        ("现状值为120家,2025年目标值为200家。", [("200", "家", "=", 2025)]),
        ("在2020年1.5万户的基础上,新增市场主体5000户。", [("5000", "户", "=", 2023)]),
        ("与2020年的1200亿元相比,增加到1800亿元。", [("1800", "亿元", "=", 2023)]),
    ],
    # the items a meeting laid down, counted; a quota handed down to fulfil stays
    "items_a_meeting_laid_down": [
        ("市委全会部署的20项重点改革任务全部完成。", []),
        ("完成省下达的新增就业8000人目标任务。", [("8000", "人", "=", 2023)]),
    ],
    # things already there put to work (发挥…作用); a clause after it that builds stays
    "counts_put_to_work": [
        ("发挥1个中心、3个平台作用。", []),
        ("充分发挥3个国家级园区的引领作用。", []),
        ("发挥专家作用,新建工作站5个。", [("5", "个", "=", 2023)]),
    ],
    # counts listed after a programme's N大 count: its structure
    "programme_structure_lists": [
        ("开展设备更新、以旧换新4大行动、17个工程、55项具体任务。", []),
        ("围绕三大产业、10条产业链、50个重点项目推进。", []),
        ("实施五大行动、新建示范点20个。", [("20", "个", "=", 2023)]),
    ],
    # a count opening its clause (perhaps after the whole jurisdiction) whose verb is done (已…)
    "counts_whose_clause_is_done": [
        ("目前4处计划已公告,2处计划草案已审竣。", []),
        ("全县15个项目已开工建设。", []),
        ("力争新增示范村10个,已完成规划。", [("10", "个", "=", 2023)]),
    ],
    # a range right before the class it sizes, whose count follows: the count is the goal
    "ranges_sizing_a_class": [
        ("发展10—50只分散养殖户150户。", [("150", "户", "=", 2023)]),
        ("培育年销售额1000-5000万元企业20家。", [("20", "家", "=", 2023)]),
        ("新建3-5个产业园区。", [("3", "个", "=", 2023)]),
    ],
    # things standing where a place is (毗邻的, 沿线的), counted as they are
    "counts_located_by_a_place": [
        ("将会展中心毗邻的三座政府大楼拆卸重建。", []),
        ("对高速沿线的10个村开展环境整治。", []),
        ("完成高速沿线10个村环境整治。", [("10", "个", "=", 2023)]),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_r22_target_forms(
    variant: Callable[[str], str], text: str, want: list[tuple[str, str, str, int | None]]
) -> None:
    got = [(str(t.value), t.unit, t.comparator, t.year) for t in targets(variant(text))]
    assert got == want
