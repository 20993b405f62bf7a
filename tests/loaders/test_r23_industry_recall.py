"""Industry recall families of round 23 (w23i: industries that unseen pages name in sectors the corpus hardly
has): trades named X经济 and joined by 、/和/与/及 (推动总部经济和楼宇经济发展) name a trade each, unless a piece is
generic (县域经济, 实体经济) or a way of doing business (品牌经济); 家纺 (home textiles) ends a trade's name as
纺织 does, 烯烃/芳烃 as 化工; a word named a trade only as a list's item (海洋) qualifies a known trade glued after it (海洋生物医药); a list holding a two-character link of a chain (制备、储运、加注) names links, no trades; a base ranked at a lower level (县级) or shown as a model (示范基地) is named for its trade.
Inline texts in both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from policykg.loaders.extract.industries import IndustryLexicon
from tests.loaders.inline import IDS, VARIANTS, family_params
from tests.loaders.test_industries import labels

Case = tuple[str, list[str]]

# Each family's cases: a text and the industries it names, in order.
FAMILIES: dict[str, list[Case]] = {
    "economies_named_x_jingji_and_joined_name_a_trade_each": [
        ("推动总部经济和楼宇经济发展。", ["总部经济", "楼宇经济"]),
        ("发展楼宇经济、总部经济等新经济。", ["楼宇经济", "总部经济"]),
        ("积极发展枢纽经济与会展经济,打造区域消费中心。", ["枢纽经济", "会展经济"]),
        # the pieces, not one compound read across the joiner
        ("大力发展海洋经济和会展经济。", ["海洋经济", "会展经济"]),
        # a merger with the economy, an area's or an owner's economy, a way of doing business: no second trade
        ("推动数字经济和实体经济深度融合。", ["数字经济"]),
        ("聚焦首发经济和品牌经济,引进各类首店。", ["首发经济"]),
        ("发展壮大县域经济和集体经济。", []),
        ("推动区域经济与开放型经济协调发展。", []),
    ],
    "home_textiles_end_a_trade_name": [
        ("推动服装家纺产业提质升级。", ["服装家纺"]),
        ("支持纺织印染、家纺等产业发展。", ["纺织印染", "家纺"]),
        # beside another textile trade, before a cluster
        ("推进纺织服装、家纺产业集群建设。", ["纺织服装", "家纺"]),
    ],
    "a_word_named_a_trade_only_as_a_list_item_qualifies_the_trade_glued_after_it": [
        ("发展海洋生物医药产业。", ["海洋生物医药"]),
        ("培育海洋生物医药、海洋新能源等新兴产业。", ["海洋生物医药", "海洋新能源"]),
        # as a list's own item it is still a trade
        ("向海洋、生物医药等领域集聚。", ["海洋", "生物医药"]),
    ],
    "base_chemicals_end_a_trade_name": [
        ("做强煤制油、煤制气、煤制烯烃等现代煤化工产业。", ["煤制油", "煤制气", "煤制烯烃", "现代煤化工"]),
        ("稳妥推进煤制芳烃、煤制烯烃等产业。", ["煤制芳烃", "煤制烯烃"]),
    ],
    "a_list_holding_a_two_character_link_of_a_chain_names_its_links": [
        ("培育绿氢制备、储运、加注等氢能产业链。", ["氢能"]),
        ("完善氢能制备、储运、加注、应用全链条。", ["氢能"]),
        # trades beside the chain's trade are still named
        ("做强煤化工、氢能、储能等能源产业。", ["煤化工", "氢能", "储能", "能源"]),
    ],
    "a_base_ranked_at_a_lower_level_or_shown_as_a_model_is_named_for_its_trade": [
        ("新建10个县级中药材示范基地、20个乡镇示范基地。", ["中药材"]),
        ("建设茶叶标准化示范基地。", ["茶叶"]),
        ("创建一批市级蔬菜生产基地。", ["蔬菜"]),
        # a base for a broad sector or for goods in general names no trade
        ("创建农业示范基地。", []),
        ("建设农产品示范基地。", []),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_r23_industry_recall_families(
    variant: Callable[[str], str], text: str, want: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == want
