"""Industry rule families of round 20 (the weakest field, read from the misses of every tuned part): the edges of a
listed or headed name (an aim noun after the last item, a standing or a region part around it, a verb of taking
part or of conformity before it, a manner of production before a base), two names joined as one object or one
item, the farm trades (a crop's yield or supply, the verb of growing it, species listed for breeding), the
topics of an investment plan (X(Y)产业链方面,), and a sector before consumption coupons. Inline texts in both
scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from policykg.loaders.extract.industries import IndustryLexicon
from tests.loaders.inline import IDS, VARIANTS, family_params
from tests.loaders.test_industries import labels

Case = tuple[str, list[str]]

# Each family's cases: a text and the industries it names, in order.
FAMILIES: dict[str, list[Case]] = {
    "an_aim_noun_after_the_last_item_is_no_part_of_its_name": [
        ("提升商贸服务、金融服务、专业服务发展能级。", ["商贸服务", "金融服务", "专业服务"]),
        ("提升食品加工、纺织服装、电子信息竞争力。", ["食品加工", "纺织服装", "电子信息"]),
        ("提升物流、会展、文化创意附加值。", ["物流", "会展", "文化创意"]),
    ],
    "two_names_as_the_whole_object_of_a_development_verb": [
        # a shared head
        ("积极融入合作,发展数字贸易和服务贸易,探索布局联络点。", ["数字贸易", "服务贸易"]),
        ("鼓励发展普惠金融和绿色金融。", ["普惠金融", "绿色金融"]),
        # a long first name ending in an industry word
        ("着重发展农产品精深加工和物流,做实交易中心。", ["农产品精深加工", "物流"]),
        # abstract or collective objects stay no trades
        ("发展新动能和新优势。", []),
        ("发展村级集体经济和县域经济。", []),
    ],
    "a_verb_of_taking_part_or_of_conformity_before_a_name_is_no_part_of_it": [
        ("鼓励社会资本参与养老产业和康养产业投资。", ["养老", "康养"]),
        ("支持社会力量参与养老产业建设。", ["养老"]),
        ("全年引进符合产业导向的优质项目120个。", []),
    ],
    "a_region_part_before_a_site_or_a_trade_is_no_part_of_its_name": [
        ("推进东部石化基地建设。", ["石化"]),
        ("推动西部装备制造产业发展。", ["装备制造"]),
    ],
    "a_manner_of_production_before_a_base_is_no_part_of_its_trade": [
        ("加快建设中药材标准化生产基地。", ["中药材"]),
        ("建设一批蔬菜规模化生产基地。", ["蔬菜"]),
    ],
    "a_standing_between_a_name_and_its_head_is_no_part_of_the_name": [
        ("围绕柑橘主导产业,谋划良种繁育基地建设。", ["柑橘"]),
        ("做强农副产品加工重点产业链。", ["农副产品加工"]),
        ("壮大茶叶特色优势产业。", ["茶叶"]),
        # the standing trades of a whole sector are a class, no trade
        ("力争优势农业特色产业综合产值增长8%以上。", []),
        ("打造一批特色产业。", []),
    ],
    "a_whole_sector_before_its_industry_head_is_a_class_of_trades": [
        ("构筑“两特两优”农业产业格局。", []),
        ("培育新型农业产业集群。", []),
        ("用于优势农业产业发展。", []),
        # a segment of the sector stays a trade, and the sector stays one as an item of a list of sectors
        ("加快现代农业产业发展。", ["现代农业"]),
        ("为制造业、建筑业和农业实现稳产满产提供支撑。", ["制造业", "建筑业", "农业"]),
    ],
    "two_long_names_joined_before_a_closing_are_two_trades": [
        ("培育工程机械零部件及汽车配件等主导产业。", ["工程机械零部件", "汽车配件"]),
        ("发展装备制造和电子信息等产业。", ["装备制造", "电子信息"]),
        # a product and its parts, or two short fields, stay as before
        ("加快汽车及零部件等产业发展。", ["汽车"]),
        ("发展文化和旅游等产业。", []),
    ],
    "a_joined_pair_is_one_item_of_a_list_of_two": [
        ("高新区围绕生物基新材料、新型显示及电子元器件,谋划项目。", ["生物基新材料", "新型显示及电子元器件"]),
    ],
    "a_sector_before_consumption_coupons_is_the_trade_they_serve": [
        ("各地发放住宿业消费券,带动消费。", ["住宿"]),
        # a list of sectors after the verb handing the coupons out: the verb opens no name
        ("发放住宿业、餐饮业消费券。", ["住宿业", "餐饮业"]),
        # goods bought with a subsidy stay no trades
        ("鼓励各地发放汽车、电子产品、家居等大宗消费补贴。", []),
    ],
    "goods_closed_by_a_means_of_promoting_consumption_are_no_trades": [
        ("今年还将推出4000万元以上的汽车、家电、餐饮、文旅等促消费政策。", []),
        ("对规模以上的汽车、家居、家电、餐饮品牌消费类展会给予奖励。", []),
        # a sector before the promotion of its consumption, and a list of fields, stay trades
        ("开展餐饮业促消费活动。", ["餐饮"]),
        ("围绕商贸、家政、文体、旅游等重点领域发放消费券。", ["商贸", "家政", "文体", "旅游"]),
    ],
    "a_development_verb_opening_a_numbered_heading_names_its_topic": [
        ("(二)打造生态旅游,有力支撑东部环线发展。", ["生态旅游"]),
        ("(一)发展新动能,推动转型升级。", []),
    ],
    "a_crops_yield_supply_or_supply_base_names_its_farm_trade": [
        ("实施粮油单产提升工程。", ["粮油"]),
        ("建设国家优质粮油保障基地。", ["粮油"]),
        ("保障蔬菜供应。", ["蔬菜"]),
        ("推动优质稻产业化发展。", ["优质稻"]),
        ("积极打造肉蛋奶生产重点县。", ["肉蛋奶"]),
    ],
    "the_verb_of_growing_a_crop_is_no_part_of_its_name": [
        ("积极扩大玉米种植,支持大豆、花生种植。", ["玉米", "大豆", "花生"]),
        ("调整优化瓜菜种植结构。", ["瓜菜"]),
        ("扩大水稻、玉米和马铃薯种植。", ["水稻", "玉米", "马铃薯"]),
        # the raising of livestock stays a trade of its own
        ("推进畜禽养殖废弃物资源化利用。", ["畜禽养殖"]),
    ],
    "the_crop_class_closing_a_list_of_crops_is_a_farm_trade_too": [
        (
            "积极抓好核桃、油茶、油橄榄等木本油料的开发利用。",
            ["核桃", "油茶", "油橄榄", "木本油料"],
        ),
        # crops in general close no trade
        ("推广种植水稻、玉米等粮食作物。", ["水稻", "玉米"]),
    ],
    "species_listed_for_breeding_are_no_farm_trades": [
        (
            "聚焦果蔬、粮油、畜禽等产业链条,以小麦、玉米、甘薯、苹果等为重点,加大种质资源收集和保护。",
            ["果蔬", "粮油", "畜禽"],
        ),
        ("开展水稻、玉米育种攻关。", []),
        # a farm trade's name right before the material bred
        ("推进全省水产养殖种质资源调查。", []),
        ("大力发展水产养殖。", ["水产养殖"]),
    ],
    "the_trades_of_an_investment_plans_topic_and_its_bracketed_class": [
        ("脐橙(小水果)产业链方面,招引种苗培育项目。", ["脐橙", "小水果"]),
        ("肉兔、生猪(畜禽水产品)产业链方面,招引肉制品项目。", ["肉兔", "生猪", "畜禽水产品"]),
        ("眼镜产业链方面,招引镜片企业。", ["眼镜"]),
        ("在重点产业链方面,招引项目。", []),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_r20_industry_families(
    variant: Callable[[str], str], text: str, want: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == want


def test_the_taiwan_wording_of_integrated_circuits_is_the_trade(lex: IndustryLexicon) -> None:
    # 積體電路 is written so in Taiwan (as 人工智慧): the lexicon knows it as 集成电路
    assert labels("支援圍繞積體電路、新材料等重點領域開展攻關。", lex) == ["集成电路", "新材料"]
