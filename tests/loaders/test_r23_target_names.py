"""Targets of round 23 (unseen pages): figures that name rather than commit (the designations a place holds,
counted as the subject of what they do: 全市6个"产粮大县"全面推行…; the capacity inside one project's name:
加快建设某某40兆瓦天然气分布式能源项目, 建设年产30万吨绿色甲醇项目), power in 吉瓦, a list its clause builds to a scale
class (打造A、B、C等3个千亿级产业链群), the year of a five-year plan's period ("十五五"期间 -> 2030), and the units,
ranges, comparators and numerals of goals no corpus page prints, which must keep being read; and indicator tables with
a unit column (序号 | 指标名称 | 单位 | 2025年目标 | 属性).
Inline texts in both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, family_params, run
from tests.loaders.test_targets import targets

Case = tuple[str, list[tuple[str, str, str]]]

# Each family's cases: a text and the targets it holds as (value, unit, comparator).
FAMILIES: dict[str, list[Case]] = {
    "held_designations_counted_as_subject_are_no_targets": [
        ('全县5个"省级美丽乡村"全面推行垃圾分类。', []),
        ('全省8个"国家级开发区"率先开展改革试点。', []),
        # a verb making or adding them, or a comparator, makes the count a goal
        ('力争新增5个"省级美丽乡村"。', [("5", "个", "=")]),
        ('全市新创建10个"四好农村路"示范乡镇。', [("10", "个", "=")]),
    ],
    "a_capacity_naming_one_project_is_no_target": [
        ("建设年产30万吨绿色甲醇项目。", []),
        ("加快推进某某石化20万吨乙二醇项目建设。", []),
        ("建成投产年处理10万吨餐厨垃圾项目。", []),
        # the sum of a list of projects after 等, and an amount right after its verb, stay
        (
            "加快建设南岭40兆瓦天然气分布式能源项目,推进北岭等30.6万千瓦风电项目建设。",
            [("306000", "千瓦", "=")],
        ),
        ("新建30万千瓦光伏项目。", [("300000", "千瓦", "=")]),
        ("新增年产能30万吨。", [("30", "万吨", "=")]),
    ],
    "power_in_giga_is_a_unit": [
        ("到2026年,光伏发电装机规模达到1.2吉瓦。", [("1.2", "吉瓦", "=")]),
        ("新型储能年放电量不低于3吉瓦时。", [("3", "吉瓦时", ">=")]),
    ],
    "projects_counted_in_an": [
        # Taiwan's programmes count the projects they fund in 案, after an Arabic figure only
        ("辦理35案軟硬體計畫執行,以及780案計畫執行。", [("35", "案", "="), ("780", "案", "=")]),
        ("全年受理行政复议52案件。", []),
        ("制定实施方案三个。", [("3", "个", "=")]),
    ],
    "a_list_built_to_a_scale_class_counted_after_deng": [
        ("加快打造新能源汽车、化工新材料、现代食品等3个千亿级产业链群。", [("3", "个", "=")]),
        # a list counted with no class after its count only sums it up
        ("基本建成凤凰山、体育中心、红桥等3个城市综合体。", []),
    ],
    "goals_the_corpus_never_prints_keep_being_read": [
        ("到2027年,全县新增造林面积1.5万公顷以上。", [("15000", "公顷", ">=")]),
        ("力争2026年底前完成高标准农田建设3.2万亩。", [("32000", "亩", "=")]),
        ("到2025年,全市分布式光伏装机容量达到800兆瓦。", [("800", "兆瓦", "=")]),
        ("到2027年,万元GDP能耗控制在0.45吨标准煤以内。", [("0.45", "吨标准煤", "<=")]),
        ("每千人口医疗卫生机构床位数达到7.5床。", [("7.5", "床", "=")]),
        ("开通城乡公交班次每日不少于60班次。", [("60", "班次", ">=")]),
        ("全市公共图书馆藏书量达到300万册。", [("3000000", "册", "=")]),
        ("农村居民人均可支配收入增速高于城镇居民2个百分点以上。", [("2", "个百分点", ">=")]),
        ("婴儿死亡率控制在5‰以内。", [("5", "‰", "<=")]),
        ("研发投入强度达到全国平均水平的1.2倍。", [("1.2", "倍", "=")]),
        ("年底前,建成5G基站三千五百个。", [("3500", "个", "=")]),
        ("到2027年,数字经济核心产业增加值突破一千二百亿元。", [("1200", "亿元", ">=")]),
        ("确保粮食播种面积稳定在120万亩以上。", [("1200000", "亩", ">=")]),
        ("到2030年,森林覆盖率达到百分之四十五。", [("45", "%", "=")]),
        ("全市社会消费品零售总额增长6%左右。", [("6", "%", "~")]),
        ("全年接待游客达到1,200万人次。", [("12000000", "人次", "=")]),
        ("到2026年,全市新能源汽车保有量突破十万辆。", [("100000", "辆", ">=")]),
        ("全年开行中欧班列100列以上。", [("100", "列", ">=")]),
        ("全年出栏生猪120万头。", [("1200000", "头", "=")]),
        ("全年开展文化惠民演出500场次。", [("500", "场次", "=")]),
        ("全年接待游客1.5万余人次。", [("15000", "人次", ">")]),
        ("研发投入增速提高零点五个百分点。", [("0.5", "个百分点", "=")]),
        ("全年水土流失治理面积达到50平方公里。", [("50", "平方公里", "=")]),
        ("人均日生活垃圾清运量控制在1.1公斤以内。", [("1.1", "公斤", "<=")]),
        ("PM2.5平均浓度控制在30微克/立方米以内。", [("30", "微克/立方米", "<=")]),
    ],
}

# The year a five-year plan's period or end gives the figures after it (year of each target).
YEARS: list[tuple[str, list[int | None]]] = [
    ('"十五五"期间,全市新增公共图书馆藏书50万册。', [2030]),
    ('到"十四五"末,清洁能源装机达到1500万千瓦。', [2025]),
    ('"十五五"规划纲要提出,全年新增就业1万人。', [2023]),  # the plan's name alone dates nothing
]
RANGES: list[tuple[str, tuple[str, str, str]]] = [
    ("力争每年新增规模以上工业企业30至50家。", ("30", "50", "家")),
    ("力争新增国家级高新技术企业50—80家。", ("50", "80", "家")),
    ("确保完成年度招商引资到位资金100亿元至120亿元。", ("100", "120", "亿元")),
]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_r23_target_families(
    variant: Callable[[str], str], text: str, want: list[tuple[str, str, str]]
) -> None:
    got = [(str(t.value), t.unit, t.comparator) for t in targets(variant(text))]
    assert got == want


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "years"), YEARS)
def test_r23_five_year_plan_years(variant: Callable[[str], str], text: str, years: list[int | None]) -> None:
    assert [t.year for t in targets(variant(text))] == years


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), RANGES)
def test_r23_ranges(variant: Callable[[str], str], text: str, want: tuple[str, str, str]) -> None:
    (t,) = targets(variant(text))
    assert (str(t.value), str(t.value_max), t.unit) == want


# Indicator tables with a unit column, perhaps numbered, one goal year or two (rows between bars, or one cell a
# line closed by a bar): each goal cell read with its row's unit.
TABLES: list[tuple[str, list[tuple[str, str, str, int]]]] = [
    (
        "一、主要指标\n序号 | 指标名称 | 单位 | 2025年目标 | 属性\n1 | 地区生产总值增速 | % | 6左右 | 预期性\n"
        "2 | 城镇新增就业 | 万人 | 1.2 | 预期性\n3 | 森林覆盖率 | % | ≥45 | 约束性\n",
        [("6", "%", "~", 2025), ("12000", "人", "=", 2025), ("45", "%", ">=", 2025)],
    ),
    (
        "主要指标\n指标 | 单位 | 2022年 | 2027年 | 属性\n新增造林面积 | 公顷 | 1200 | 3000 | 约束性\n"
        "光伏装机容量 | 兆瓦 | 200 | 800 | 预期性\n",
        [("3000", "公顷", "=", 2027), ("800", "兆瓦", "=", 2027)],
    ),
    (
        "指标名称 |\n计量单位 |\n2023年 |\n2026年 |\n养老床位 |\n张 |\n3000 |\n4500 |\n",
        [("4500", "张", "=", 2026)],
    ),
    # one year column not named a goal is a level reported, no goal
    ("指标名称 | 单位 | 2023年 | 属性\n养老床位 | 张 | 3000 | 预期性\n", []),
]


def _all_targets(text: str) -> list[tuple[str, str, str, int | None]]:
    doc = run(text)
    found = [t for m in doc.measures for t in m.targets] + [t for s in doc.sections for t in s.targets]
    found += doc.doc_targets
    return [(str(t.value), t.unit, t.comparator, t.year) for t in sorted(found, key=lambda t: t.span.start)]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), TABLES)
def test_r23_indicator_tables_with_unit_columns(
    variant: Callable[[str], str], text: str, want: list[tuple[str, str, str, int]]
) -> None:
    assert _all_targets(variant(text)) == want
