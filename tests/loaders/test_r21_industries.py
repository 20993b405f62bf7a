"""Industry rule families of round 21 (read from the misses of every tuned part): power generation named by its
source (风力发电, 太阳能发电, 发电行业), a verb opening the run of words before a trade head (组织|钢铁行业), the
livestock listed before their farms (新改扩建生猪、肉鸡等标准化养殖场), crops before research bodies (小麦、家禽两个省
实验室), 经济 alone cut from a park's name, crops joined under one indicator (粮食和油料播种面积), a trade's bodies counted as recruited (引进金融机构20家), a plant building named for its trade (农产品加工厂房), a mineral before its resources (稀土资源), and marketplaces of goods (食品批发市场). Inline texts in
both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from policykg.loaders.extract.industries import IndustryLexicon
from tests.loaders.inline import IDS, VARIANTS, family_params
from tests.loaders.test_industries import labels

Case = tuple[str, list[str]]

# Each family's cases: a text and the industries it names, in order.
FAMILIES: dict[str, list[Case]] = {
    "power_generation_by_its_source_is_a_trade": [
        # a list the stored page cuts inside its third item keeps the two before it
        ("今年,招引风力发电、太阳能发电、新能", ["风力发电", "太阳能发电"]),
        ("推进风力发电行业减排。", ["风力发电"]),
        ("推进发电行业碳排放管理。", ["发电"]),
        # the output of power stations is a quantity, no trade
        ("全年发电量达到1700亿千瓦时。", []),
    ],
    "a_verb_opening_the_run_before_a_trade_head_is_no_part_of_the_name": [
        ("组织发电行业重点排放单位开展配额清缴。", ["发电"]),
        ("组织钢铁行业开展节能培训。", ["钢铁"]),
        # a run with no verb before it keeps its name
        ("推进钢铁行业超低排放改造。", ["钢铁"]),
    ],
    "livestock_listed_before_their_farms": [
        ("新改扩建生猪、肉鸡等标准化养殖场5个。", ["生猪", "肉鸡"]),
        ("建设肉牛、奶山羊等规模养殖场。", ["肉牛", "奶山羊"]),
        # the wastes of farms are no livestock
        ("开展畜禽粪污、病死畜禽等养殖场废弃物治理。", []),
        # the standards of goods stay no trades
        ("加强小麦、小麦粉、大豆等粮油标准的贯彻落实。", []),
    ],
    "crops_or_livestock_before_research_bodies_are_their_subjects": [
        ("建成小麦、家禽两个省实验室。", []),
        ("加快建设水稻、生猪国家技术创新中心。", []),
        # a research body later in the sentence leaves the list its trades
        ("稳定小麦、玉米生产,建设省农业实验室。", ["小麦", "玉米"]),
    ],
    "a_kept_head_alone_cut_from_a_park_name_is_no_trade": [
        # 经济 cut from 循环经济 before a park is the economy, no trade
        ("重点实施智能装备产业园、银河循环经济产业园等一批项目。", ["智能装备"]),
        ("建设循环经济产业园。", ["循环经济"]),
    ],
    "crops_joined_under_one_indicator_are_each_counted": [
        ("稳定粮食和油料播种面积。", ["粮食", "油料"]),
        ("稳定粮食播种面积。", ["粮食"]),
    ],
    "bodies_of_a_trade_counted_as_recruited": [
        (
            "引进持牌类金融机构20家、人力资源机构40家、大数据企业100家。",
            ["金融", "人力资源", "大数据"],
        ),
        ("全年引进人力资源机构40家。", ["人力资源"]),
        # uncounted, the lenders or offices every trade deals with
        ("鼓励金融机构加大信贷投放。", []),
        ("统筹公共就业服务机构和市场化人力资源机构力量。", []),
        # a count of bodies of no named trade
        ("引进各类机构20家。", []),
    ],
    "a_plant_building_named_for_its_trade": [
        ("新建农产品加工厂房10个。", ["农产品加工"]),
        ("推进蔬菜加工厂房建设。", ["蔬菜加工"]),
        # a standard building or idle plant names no trade
        ("今年完成15万平方米标准厂房建设。", []),
        ("盘活闲置土地厂房。", []),
    ],
    "a_mineral_before_its_resources_names_its_trade": [
        ("加强稀土资源保护,加快交易平台建设。", ["稀土"]),
        ("依托钨资源优势,延伸加工链条。", ["钨"]),
        # the land's deposits as a whole name no trade
        ("保护矿产资源和自然资源。", []),
        ("统筹非金属资源开发。", []),
    ],
    "grain_named_by_its_use_is_one_crop": [
        ("大力发展优质稻、专用玉米、马铃薯等粮食作物。", ["优质稻", "专用玉米", "马铃薯"]),
        ("稳定小麦、玉米生产。", ["小麦", "玉米"]),
    ],
    "a_marketplace_of_goods_or_a_manner_names_no_trade": [
        ("大力推动食品市场升级改造。", []),
        ("19家大型农副产品批发市场全部建立检测室,350家零售市场建立电子台账。", []),
        ("逐步向标准化市场转化。", []),
        # a market named for a trade stays
        ("进一步规范二手车市场秩序。", ["二手车"]),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_r21_industry_families(
    variant: Callable[[str], str], text: str, want: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == want
