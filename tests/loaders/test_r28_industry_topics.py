"""Round 28's industry families (r28i, issue 12): a measure's trade named by its topic word rather than developed as
such, written from heldout43-45's farm and sector plans and widened by probe sentences other cities' plans write.

* A tree or bush crop's stand planted, renovated or counted (新造油茶林3万亩, 推进低产油茶林改造, 加强茶园管理): the
  crop is the farm trade; a stand's base (茶园基地) or a place named for it (茶园景区) is not.
* A sector X业 whose development, output, service or network a verb lays out (优化渔业生产布局, 落实邮政业发展方针,
  提升邮政业服务能力, 加强邮政业网络体系建设) and a two-character farm sector grown to the clause end (推进渔业高质量
  发展。): the sector; not a verb of change read into the name (转变农业), not a duty of supply (保障渔业生产空间),
  not a generic sector (提升服务业发展水平).
* A collective kind of livestock counted by its raising area keeps the verb (水产养殖面积 → 水产养殖), as 发展水产养殖
  does; one kind drops it (生猪养殖面积 → 生猪).
* A crop's or livestock's extension service (组建油茶技术服务团队, 培养油茶技术专家): the farm trade, no technique.
* A sector upgraded to the clause end (推动批发零售业提质升级。), a plan's verb of support before its whole object
  (鼓励发展直播电商。), fisheries and forest farm trades named by where they farm (海水养殖, 林下种养), and goods of
  daily life supplied (保障粮油、肉蛋奶等生活必需品供应: no trade): data widenings of existing families.
* A body a county sets up for a farm trade (县茶叶产业发展中心, 市蚕桑产业发展服务中心): a unit's name, no trade.
* A list holding a step of handling produce after harvest (推进农副产品分级、包装、追溯标准化): no trades.
* Insurance a household or worker holds (发展补充医疗保险和商业健康保险, 积极发展个人商业养老保险): no trade; an
  insurer's line in a list of insurers stays (设立责任保险、航运保险等专业保险机构).

Inline texts in both scripts and both punctuations, with the mentions each family must leave alone."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from policykg.loaders.extract.industries import IndustryLexicon
from tests.loaders.inline import IDS, VARIANTS, family_params
from tests.loaders.test_industries import labels

Case = tuple[str, list[str]]

FAMILIES: dict[str, list[Case]] = {
    "a_crop_stand_planted_renovated_or_counted": [
        ("新造油茶林3万亩。", ["油茶"]),
        ("推进低产油茶林改造。", ["油茶"]),
        ("提升油茶林产量。", ["油茶"]),
        ("扩大高产油茶林规模。", ["油茶"]),
        ("新造高产油茶林示范基地100亩。", ["油茶"]),
        ("新植茶园5000亩。", ["茶"]),
        ("加强茶园管理。", ["茶"]),
        ("实施低质低产茶园改造提质工程。", ["茶"]),
        ("新建核桃园200亩。", ["核桃"]),
        # a stand's base, a place named for the stand, the stand with no farm work: no trade
        ("开展茶园基地培育。", []),
        ("游览茶园景区。", []),
        ("沿竹林小道步行。", []),
        # a bamboo grove is forest land, its trades what it yields
        ("改造低产低效竹林1.8万亩。", []),
    ],
    "a_sector_laid_out_by_a_verb": [
        ("优化渔业生产布局。", ["渔业"]),
        ("夯实渔业发展基础。", ["渔业"]),
        ("落实邮政业发展方针。", ["邮政业"]),
        ("提升邮政业服务能力和水平。", ["邮政业"]),
        ("加强邮政业网络体系建设。", ["邮政业"]),
        ("完善林业生产体系。", ["林业"]),
        ("推进渔业高质量发展。", ["渔业"]),
        ("推动渔业转型升级,", ["渔业"]),
        ("促进牧业绿色发展。", ["牧业"]),
        # a verb of change read into the name, a duty of supply, a generic sector, the whole economy's 农业: none
        ("推进转变农业发展方式。", []),
        ("保障渔业生产空间。", []),
        ("提升服务业发展水平。", []),
        ("优化农业生产布局。", []),
        ("提升就业服务能力。", []),
    ],
    "a_collective_kind_counted_by_its_raising_area": [
        ("稳定水产养殖面积。", ["水产养殖"]),
        ("全市水产养殖面积稳定在900万亩。", ["水产养殖"]),
        ("扩大畜禽养殖面积。", ["畜禽养殖"]),
        # one kind drops the verb, as the gold records it
        ("稳定生猪养殖面积。", ["生猪"]),
    ],
    "a_crop_extension_service": [
        ("组建油茶技术服务团队。", ["油茶"]),
        ("每个乡镇培养一名以上油茶技术专家。", ["油茶"]),
        ("开展茶叶技术培训。", ["茶叶"]),
        ("组建肉牛技术服务队。", ["肉牛"]),
        # research on a crop, a technique's people and training: none
        ("开展油茶技术攻关。", []),
        ("培养大数据技术人员。", []),
        ("加强区块链技术培训。", []),
    ],
    "a_sector_upgraded_to_the_clause_end": [
        ("推动批发零售业提质升级。", ["批发零售业"]),
        ("推进住宿业提质增效,", ["住宿业"]),
        ("推动餐饮业提档升级。", ["餐饮业"]),
        ("推动企业转型升级。", []),
    ],
    "a_plan_verb_of_support_before_its_whole_object": [
        ("鼓励发展直播电商。", ["直播电商"]),
        ("支持发展家政服务。", ["家政服务"]),
        ("鼓励发展新业态。", []),
        ("加快培育新动能。", []),
    ],
    "fisheries_and_forest_farm_trades_named_by_where_they_farm": [
        ("加快形成海水养殖立体发展体系。", ["海水养殖"]),
        ("发展林下种养。", ["林下种养"]),
        # a farming mode, not a trade (heldout34 cb07 annotation)
        ("推广稻渔综合种养模式。", []),
    ],
    "the_goods_of_daily_life_supplied": [
        ("保障粮油、肉蛋奶等生活必需品供应。", []),
        ("保障粮油、蔬菜等重要民生商品供应。", []),
        # produced, not supplied: the farm trades
        ("稳定粮油、蔬菜生产。", ["粮油", "蔬菜"]),
    ],
    "a_body_set_up_for_a_farm_trade": [
        ("县茶叶产业发展中心负责技术指导。", []),
        ("市蚕桑产业发展服务中心负责。", []),
        ("市生猪产业发展领导小组办公室负责。", []),
        # the trade developed, and a training class on it: the trade
        ("发展茶叶产业。", ["茶叶"]),
        ("举办1期茶叶生产加工培训班。", ["茶叶"]),
    ],
    "a_list_holding_a_step_of_handling_produce": [
        ("推进禄丰市农副产品分级、包装、追溯标准化,促进对接。", []),
        ("开展产地预冷、分拣、烘干。", []),
        # no handling step in the list: its trades, as before; a step in another clause leaves the list alone
        ("推进农副产品加工、包装、冷链物流发展。", ["农副产品加工", "包装", "冷链物流"]),
        ("重点发展茶叶、蔬菜、水果等产业,推进分级包装。", ["茶叶", "蔬菜", "水果"]),
    ],
    "household_insurance_is_no_trade": [
        ("鼓励发展补充医疗保险和商业健康保险。", []),
        ("积极发展个人商业养老保险。", []),
        ("大力发展商业养老保险。", []),
        # an insurer's line closing a list of insurers stays a trade
        ("支持设立责任保险、航运保险等专业保险机构。", ["责任保险", "航运保险"]),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "expected"), family_params(FAMILIES))
def test_round28_industry_topics(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected
