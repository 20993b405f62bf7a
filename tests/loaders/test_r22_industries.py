"""Industry rule families of round 22 (industries on any document): a technique a government function owns or that
is merged with the economy (政务|大数据体系, 人工智能|与实体经济深度融合, 人工智能|融合创新应用) is no trade; 数字产业 is
a class of trades, no trade; a 链长制 list of chains named X链 (稀土链、钢铁链) names each trade X, not the chains of
other things (人才链, 供应链); a list closed as a batch of projects (等一批延链补链强链项目) holds project names, no
trades; the trade words of Traditional-script pages (观光, 绿能) name a trade before 产业; a two-character X经济 after
a trigger stays whole before a verb of its growth (推动总部经济增能). Inline texts in both scripts and both
punctuations, none copied from the corpus."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from policykg.loaders.extract.industries import IndustryLexicon
from tests.loaders.inline import IDS, VARIANTS, family_params
from tests.loaders.test_industries import labels

Case = tuple[str, list[str]]

# Each family's cases: a text and the industries it names, in order.
FAMILIES: dict[str, list[Case]] = {
    "a_technique_owned_by_a_government_function_or_merged_with_the_economy_is_no_trade": [
        ("依托全省一体化政务大数据平台,推进公共数据共享。", []),
        ("以税收大数据为依托,开展精准监管。", []),
        ("坚持新一代人工智能与实体经济深度融合,打造应用高地。", []),
        ("支持企业开发人工智能融合创新应用。", []),
        ("推动大数据融合应用,提升治理水平。", []),
        # the same words as trades a measure develops stay trades
        ("加快发展人工智能、大数据等产业。", ["人工智能", "大数据"]),
        ("助力数字经济和实体经济深度融合。", ["数字经济"]),
    ],
    "digital_trades_as_a_class_are_no_trade": [
        ("加快发展人工智能、大数据等数字产业。", ["人工智能", "大数据"]),
        ("培育软件、信息服务等数字产业集群。", ["软件", "信息服务"]),
        ("大力发展数字产业。", []),
    ],
    "a_list_of_chains_named_x_chain_names_each_trade": [
        ("全面推行链长制,聚焦稀土链、钢铁链、乳业链、光伏链。", ["稀土", "钢铁", "乳业", "光伏"]),
        ("做强做优新能源汽车链、集成电路链、生物医药链。", ["新能源汽车", "集成电路", "生物医药"]),
        # the chains of other things a plan links with the industrial one, and words whose 链 is their own
        ("围绕产业链、创新链、人才链、资金链深度融合。", []),
        ("推动人才链、教育链、产业链、创新链有机衔接。", []),
        ("聚焦区块链、人工智能等产业。", ["区块链", "人工智能"]),
    ],
    "a_list_closed_as_a_batch_of_projects_holds_project_names": [
        ("产业方面,重点实施华兴智能装备产业园、银河循环经济产业园等一批延链补链强链项目。", []),
        # a list of the trades alone closed as projects still names them
        ("对未来海洋、未来能源、空天科技等重大项目予以支持。", ["未来海洋", "未来能源", "空天科技"]),
    ],
    "traditional_page_trade_words_name_a_trade_before_its_head": [
        ("发展绿能产业,推动离岛建设。", ["绿能"]),
        ("大力发展观光产业。", ["观光"]),
        ("推动绿能、观光、会展等产业升级。", ["绿能", "观光", "会展"]),
    ],
    "a_two_character_economy_stays_whole_before_a_verb_of_its_growth": [
        ("推动总部经济增能。", ["总部经济"]),
        ("推动楼宇经济提质增效。", ["楼宇经济"]),
        # the economy-wide forms stay generic
        ("推动区域经济提质增效。", []),
        ("推动县域经济升级。", []),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_r22_industry_families(
    variant: Callable[[str], str], text: str, want: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == want
