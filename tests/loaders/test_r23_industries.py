"""Industry rule families of round 23 (r23i: industries on any document): chains named X链 and joined by 、/和 name
a trade each; the Taiwan words of industry names (網路, 軟體, 資訊, 晶片, 積體電路) end a name like their mainland
words and are labelled in them; a list closed by a service grouping without 业 (等优质生活性服务进口) names its trades;
a word introducing examples (如), verbs of an effort's aim (助力解决) and a manner of production (标准化) glued before a trade are no part of it; a
list of produce closed by the foods whose supply is secured (等各类食物有效供给) names goods; a trade's 消费品质 is no 消费品; 激发/释放 open a trade's spending like 提振; two trades after a
trigger may end in a broad word after their own (装备制造、电子信息); 农业龙头企业 is a designation of firms; a trade
before the quoted links of its chain (锂电池“石墨化—负极材料—回收利用”产业链) is one; a list holding a chain a plan
links with the industrial one (教育链、人才链) names none; a numbered item's title, a development verb and a trade up
to its full stop (2.发展无人机物流配送。), names the trade. Inline texts in both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from policykg.loaders.extract.industries import IndustryLexicon
from tests.loaders.inline import IDS, VARIANTS, family_params
from tests.loaders.test_industries import labels

Case = tuple[str, list[str]]

# Each family's cases: a text and the industries it names, in order.
FAMILIES: dict[str, list[Case]] = {
    "chains_named_x_lian_and_joined_name_a_trade_each": [
        ("实施装备制造链和纺织服装链延链补链强链行动。", ["装备制造", "纺织服装"]),
        ("推动生物制造链与新型储能链协同发展。", ["生物制造", "新型储能"]),
        ("聚焦商业航天链、低空经济链,开展精准招商。", ["商业航天", "低空经济"]),
        # the chains of other things a plan links with the industrial one name no trade
        ("推动创新链和人才链深度融合。", []),
        ("稳定产业链、供应链。", []),
    ],
    "the_taiwan_words_of_an_industry_name_take_the_mainland_wording": [
        ("加強量子計算、元宇宙、6G網路等新興領域前瞻性技術儲備。", ["量子计算", "元宇宙", "6G网络"]),
        (
            "支援圍繞下一代通信技術、積體電路、新材料、衛星等重點領域開展攻關。",
            ["下一代通信技术", "集成电路", "新材料", "卫星"],
        ),
        ("推動人工智慧、半導體、晶片等產業發展。", ["人工智能", "半导体", "芯片"]),
        ("發展軟體和資訊服務業。", ["软件和信息服务业"]),
        # a Simplified rendering of a Taiwan page keeps the words too
        ("加强量子计算、6G网路等新兴领域技术储备。", ["量子计算", "6G网络"]),
    ],
    "a_list_closed_by_a_service_grouping_without_ye_names_its_trades": [
        ("推动医疗健康、文化娱乐等优质生活性服务进口。", ["医疗健康", "文化娱乐"]),
        ("扩大研发设计、检验检测等生产性服务供给。", ["研发设计", "检验检测"]),
        # written with 业, the grouping reads as before
        ("大力发展旅游休闲、家庭服务等生活性服务业。", ["旅游休闲", "家庭服务", "生活性服务业"]),
        # goods or people are no trades
        ("提供助餐、助浴等生活性服务。", []),
    ],
    "a_word_introducing_examples_is_no_part_of_the_first_item": [
        ("凡从事以下行业,如餐饮、零售、住宿等行业,须申领准照。", ["餐饮", "零售", "住宿"]),
        ("例如电子商务、现代物流等产业。", ["电子商务", "现代物流"]),
    ],
    "a_verb_of_the_aim_an_effort_serves_is_no_part_of_the_trade": [
        ("组织联合攻关,助力解决生物医药产业发展的关键技术难题。", ["生物医药"]),
        ("着力破解集成电路产业卡脖子难题。", ["集成电路"]),
        ("助力乡村振兴。", []),
    ],
    "a_manner_of_production_before_a_developed_trade_is_no_part_of_its_name": [
        ("发展标准化畜牧养殖,新改扩建生猪、肉鸡等标准化养殖场5个。", ["畜牧养殖", "生猪", "肉鸡"]),
        ("发展规模化肉牛养殖,建设一批养殖小区。", ["肉牛养殖"]),
        ("大力发展工厂化水产养殖。", ["水产养殖"]),
        # a manner with a bare activity names no trade
        ("大力发展标准化养殖。", []),
    ],
    "a_list_of_produce_closed_by_foods_supplied_names_no_trade": [
        ("保障肉类、蔬菜、水果、水产品等各类食物有效供给。", []),
        ("保障蔬菜、水果等食品供应。", []),
        # produced, the same produce are farm trades
        ("统筹抓好生猪、肉牛、水产品和蔬菜生产。", ["生猪", "肉牛", "水产品", "蔬菜"]),
    ],
    "two_trades_after_a_trigger_may_end_in_a_broad_word_after_their_own": [
        ("大力发展装备制造、电子信息。", ["装备制造", "电子信息"]),
        ("大力发展冰雪装备制造、冰雪旅游。", ["冰雪装备制造", "冰雪旅游"]),
        ("大力发展生物制造、新型储能。", ["生物制造", "新型储能"]),
        # broad words alone or after a qualifier name no trade
        ("大力发展现代服务、绿色制造。", []),
    ],
    "the_quality_of_a_trades_consumption_is_no_consumer_goods": [
        ("(二)提升家政服务消费品质", ["家政服务"]),
        ("提升餐饮消费品质。", ["餐饮"]),
        # consumer goods and a fuel's use stay no trade
        ("推动工业消费品市场发展。", []),
        ("加强煤炭消费总量控制。", []),
    ],
    "a_verb_of_stimulating_a_trades_spending_opens_it": [
        ("激发餐饮消费潜能。", ["餐饮"]),
        ("释放餐饮消费潜力。", ["餐饮"]),
        # the market's vigour or demand at large is no trade
        ("激发市场活力。", []),
        ("释放内需潜力。", []),
    ],
    "a_farm_sectors_leading_firms_are_a_designation_no_trade": [
        ("培育农业龙头企业10家。", []),
        ("支持农业龙头企业以资金入股合作社。", []),
        # a trade's leading firms still name it
        ("引导餐饮、零售龙头企业开展促销。", ["餐饮", "零售"]),
    ],
    "a_trade_before_the_quoted_links_of_its_chain": [
        ("重点壮大锂电池“石墨化—负极材料—回收利用”产业链。", ["锂电池"]),
        ("延伸光伏“硅料—硅片—电池片—组件”全产业链。", ["光伏"]),
        # links alone, or the stages of any business, name no trade
        ("围绕“资源—材料—电芯—电池—应用—回收利用”全生命周期产业链。", []),
        ("打造“研发—生产—销售”产业链。", []),
    ],
    "a_list_holding_a_chain_a_plan_links_with_the_industrial_one_names_no_trade": [
        ("加快构建教育链、人才链与产业链有机衔接。", []),
        ("推动创新链、产业链、资金链、人才链深度融合。", []),
        # a trade whose name holds 链 stays
        ("聚焦区块链、人工智能、大数据等领域。", ["区块链", "人工智能", "大数据"]),
    ],
    "a_numbered_items_title_a_development_verb_and_a_trade_to_its_full_stop": [
        ("2.发展无人机物流配送。构建航空物流网络。", ["无人机物流配送"]),
        ("3.壮大快递配送。完善末端网点。", ["快递配送"]),
        # an abstract object, and a way of delivering, name no trade
        ("3.发展新质生产力。", []),
        ("推进统一配送、共同配送。", []),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_r23_industry_families(
    variant: Callable[[str], str], text: str, want: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == want
