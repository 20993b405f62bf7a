"""Industry rule families of round 22 (industries on any document): a technique a government function owns or that
is merged with the economy (政务|大数据体系, 人工智能|与实体经济深度融合, 人工智能|融合创新应用) is no trade; 数字产业 is
a class of trades, no trade; a 链长制 list of chains named X链 (稀土链、钢铁链) names each trade X, not the chains of
other things (人才链, 供应链); a list closed as a batch of projects (等一批延链补链强链项目) holds project names, no
trades; the trade words of Traditional-script pages (观光, 绿能) name a trade before 产业; a two-character X经济 after
a trigger stays whole before a verb of its growth (推动总部经济增能); a product noun after a trade word names goods
(大健康|发酵产品); a list closed by a head of trades is no list of fuels or techniques (等传统产业|改造升级, 等传统产业
|技术改造); a verb restraining capacity is no part of the first item (严控|钢铁、…); Traditional pages' trigger verbs
(扶植, 推展, 辅导); a verb after the last chain (钢铁链|延伸); a sector object before a manner of its growth (推动旅游业
|高质量发展); parks named as carriers (以…产业园为核心, 联动…等平台载体) are places; a numbered item titled by a trade
(2.装备制造,以…) names it; a framed list closed by 等 before its frame (以A、B等为主导的“C”产业); a quoted name of a
government information service or licence (“…资讯”, “…牌照”) holds no trade. Inline texts in both scripts and both
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
        # the level of a base before its name (国家|航天产业基地) still opens a project's name
        ("重点抓好国家存储器基地、国家航天产业基地、东风汽车二期等项目建设。", []),
        ("加快建设省级新材料产业园、东方化工园等项目。", []),
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
    "a_product_noun_after_a_trade_word_names_goods": [
        ("启动谷胱甘肽等大健康发酵产品建设。", []),
        ("加快新能源汽车产品出口。", []),
        # the trade itself, with no product noun after it, stays
        ("加快发展大健康产业。", ["大健康"]),
    ],
    "a_list_closed_by_a_head_of_trades_names_trades_not_fuels_or_techniques": [
        ("推动钢铁、有色、建材、石化等传统产业改造升级。", ["钢铁", "有色", "建材", "石化"]),
        ("推动钢铁、有色、建材、石化等产业改造升级。", ["钢铁", "有色", "建材", "石化"]),
        ("推动纺织、化工、冶金等传统产业技术改造。", ["纺织", "化工", "冶金"]),
        # fuels put to a use and techniques put to work stay no trades
        ("推进光伏、风电等新能源消纳。", []),
        ("推进人工智能、区块链等技术与实体经济深度融合。", []),
    ],
    "a_verb_restraining_capacity_is_no_part_of_the_first_trade": [
        ("严控钢铁、水泥、电解铝等行业新增产能。", ["钢铁", "水泥", "电解铝"]),
        ("淘汰钢铁、水泥等行业落后产能。", ["钢铁", "水泥"]),
    ],
    "traditional_page_trigger_verbs_open_a_list": [
        (
            "扶植智慧机械、生技医疗、绿能科技、国防产业等五加二产业。",
            ["智慧机械", "生技医疗", "绿能科技", "国防"],
        ),
        ("推展会展、观光、文化创意等产业。", ["会展", "观光", "文化创意"]),
    ],
    "a_verb_glued_after_the_last_chain_is_no_part_of_its_name": [
        ("围绕重点产业链,推进稀土链、有色链、钢铁链延伸。", ["稀土", "有色", "钢铁"]),
        ("推动人才链、资金链建设。", []),
    ],
    "a_sector_object_before_a_manner_of_its_growth_is_the_sector": [
        ("持续推动博彩业健康发展。", ["博彩业"]),
        ("推动旅游业高质量发展。", ["旅游业"]),
        ("促进会展业健康发展。", ["会展业"]),
        # 服务业 alone stays generic, and work or a trade in general no sector
        ("促进服务业健康发展。", []),
        ("推动就业高质量发展。", []),
    ],
    "parks_named_as_carriers_are_places_not_trades": [
        (
            "以东部新区智能制造产业园、天府智能制造产业园为核心,联动乐山电子信息半导体产业园等平台载体,重点发展"
            "汽车、轨道交通装备。",
            ["汽车", "轨道交通装备"],
        ),
        # a park to build for a trade, in no list of carriers, still names it
        ("支持雅安建设大数据产业基地。", ["大数据"]),
    ],
    "a_numbered_item_titled_by_a_trade_names_it": [
        ("2.装备制造,以东部新区为核心,重点发展汽车、智能装备。", ["装备制造", "汽车", "智能装备"]),
        ("(三)电子信息制造,联动高新区,重点发展软件。", ["电子信息制造", "软件"]),
        # a task title is no trade
        ("1.强化组织领导,建立工作专班。", []),
    ],
    "a_framed_list_closed_by_deng_before_its_frame_names_every_item": [
        (
            "加快发展以视觉健康、生物医药、健康食品等为主导的“大健康”产业。",
            ["视觉健康", "生物医药", "健康食品", "大健康"],
        ),
        ("打造以轴承、五金工具等为特色的产业集群。", ["轴承", "五金工具"]),
        ("构建以装备制造、电子信息为主导的现代产业体系。", ["装备制造", "电子信息"]),
    ],
    "a_quoted_name_of_a_government_information_service_or_licence_is_no_trade": [
        ("为市民提供“线上查询饮食及饮料场所资讯”等服务。", []),
        ("开通“餐饮服务热线”,受理投诉。", []),
        ("推动餐饮、住宿等行业发展。", ["餐饮", "住宿"]),
    ],
    "an_auction_market_names_its_trade_after_a_supra_national_scope": [
        ("规划建设亚太花卉拍卖中心。", ["花卉"]),
        ("建设东北亚水产品拍卖市场。", ["水产品"]),
        ("建设花卉交易中心。", ["花卉"]),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_r22_industry_families(
    variant: Callable[[str], str], text: str, want: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == want
