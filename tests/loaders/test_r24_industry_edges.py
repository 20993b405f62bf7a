"""Industry edge families of round 24 (r24i: the unlabeled audit of unseen 服务业, 低空经济, 银发经济, 数字经济 and county
farming pages). Inline texts in both scripts and both punctuations.

* A verb of writing a plan (编制, 谱写), a period (时期, 期间), a source (源于), renovating (改造) or building on a base
  (依托, 依靠, 借助, 凭借) is no part of a trade's name: a name before 服务业, or a crop after the verb, starts after it.
* 在线 opens a trade's name (在线经济, 在线教育), not cut at the preposition 在; the preposition of a sequence 继 (继油茶、
  烤烟之后) is no part of the first item.
* Activity words joined (种植与加工企业) name no trade; a crop right before them does (茶叶|种植与加工企业).
* Fruit, nut, spice, tobacco and silkworm kinds (苹果, 芒果, 草莓, 板栗, 花椒, 烤烟, 蚕桑) are farm trades as other crops are; the
  last crop of a list carrying the farm indicator for all (玉米、大豆、花生种植面积) is the crop alone.
* A list's closing qualifier may chain a scope, standings and a sector class beyond six characters
  (…、蚕桑等区域特色优势农业主导产业): every item is kept, as under the short qualifiers.
* X经济 before 组织/实体 names a body (新型经济组织), no trade.
* A count opening a name (建设3个|中药材基地, 三个|新能源产业园) is no part of it.
* A development verb's whole object set beside its standing class (做强首位产业纺织服装, 壮大主导产业绿色食品) is the
  trade alone.
* A与B / A及B before a head followed by 融合 are two things merged, each part named on its own (推动文化与旅游产业融合
  发展); 及 without merging still makes one compound (汽车及零部件), and 和 is left to the pair rules.
* A section heading or a measure's own title that is a sector's name alone, X业 (一、金融业; (二)现代物流业。建设…),
  is the trade of every item under it, as a heading 奶羊产业 is; not a whole-economy sector (服务业, 制造业, 农业)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from policykg.loaders.extract.industries import IndustryLexicon
from policykg.loaders.normalize import to_simplified
from tests.loaders.inline import IDS, VARIANTS, family_params, run
from tests.loaders.test_industries import labels

Case = tuple[str, list[str]]

# Each family's cases: a text and the industries it names, in order.
FAMILIES: dict[str, list[Case]] = {
    "a_verb_of_writing_a_period_or_a_source_is_no_part_of_a_trade_name": [
        ("奋力谱写湖北服务业高质量发展新篇章。", []),
        ("这是编制服务业其他行业规划的重要依据。", []),
        ("十四五时期服务业高质量发展。", []),
        ("税收总额的55.2%均源于服务业。", []),
        ("新发展和改造茶叶面积1200亩。", ["茶叶"]),
        # a service trade after a plain verb is still whole
        ("推进人力资源服务业发展。", ["人力资源服务业"]),
    ],
    "zaixian_opens_an_online_trade_name": [
        ("跨境电商、移动支付、在线经济等新业态国内领先。", ["跨境电商", "在线经济"]),
        ("发展在线教育、在线医疗等新业态。", ["在线教育", "在线医疗"]),
    ],
    "a_verb_of_building_on_a_base_is_no_part_of_a_trade_name": [
        ("依托草莓产业,扩建休闲观光农业示范区。", ["草莓"]),
        ("依托汽车产业基础,引进配套项目。", ["汽车"]),
        ("借助旅游产业带动农民增收。", ["旅游"]),
        ("依靠煤炭产业发展起来的城市。", ["煤炭"]),
        # a base that is no trade stays none
        ("依托龙头企业带动。", []),
    ],
    "the_preposition_of_a_sequence_is_no_part_of_the_first_item": [
        ("茶叶成为继油茶、烤烟之后的又一支柱产业。", ["油茶", "烤烟"]),
        # 继续 is a verb or a word (继续教育), 继电器 a word: not cut
        ("继续壮大茶叶产业。", ["茶叶"]),
        ("大力发展职业教育、继续教育等。", []),
        ("支持继电器、连接器等元器件产业发展。", ["继电器", "元器件"]),
    ],
    "activities_joined_name_no_trade_the_crop_before_them_does": [
        ("召集茶叶种植与加工企业业主座谈。", ["茶叶"]),
        ("扶持农产品生产和销售企业。", []),
        # a product with its activities stays one compound
        ("支持食品生产与加工企业。", ["食品生产与加工"]),
    ],
    "fruit_nut_spice_and_silkworm_kinds_name_farm_trades": [
        ("板栗、核桃等干果产量稳定在5000吨以上。", ["板栗", "核桃"]),
        ("发展花椒、蚕桑等特色产业。", ["花椒", "蚕桑"]),
        ("稳定苹果、芒果、草莓等水果种植面积。", ["苹果", "芒果", "草莓", "水果"]),
    ],
    "the_last_crop_of_a_list_carrying_the_indicator_is_the_crop_alone": [
        ("扩大玉米、大豆、花生种植面积。", ["玉米", "大豆", "花生"]),
        ("稳定生猪、肉牛、肉羊存栏。", ["生猪", "肉牛", "肉羊"]),
        ("扩大苹果、芒果、草莓种植面积。", ["苹果", "芒果", "草莓"]),
        # the farming verb alone, as before
        ("扶持肉牛、肉羊养殖。", ["肉牛", "肉羊"]),
    ],
    "a_long_standing_chain_closing_a_list_keeps_every_item": [
        (
            "形成了麻鸭、黄花菜、高山菱白、食用菌、茶叶、蚕桑等区域特色优势农业主导产业。",
            ["麻鸭", "黄花菜", "高山菱白", "食用菌", "茶叶", "蚕桑"],
        ),
        ("形成了麻鸭、黄花菜、食用菌、茶叶等特色优势农业主导产业。", ["麻鸭", "黄花菜", "食用菌", "茶叶"]),
        # the short qualifier, as before
        ("发展麻鸭、黄花菜等特色产业。", ["麻鸭", "黄花菜"]),
    ],
    "an_economy_before_a_body_word_names_a_body": [
        ("新型经济组织日益壮大。", []),
        ("扶持新型经济组织发展。", []),
        ("发展海洋经济。", ["海洋经济"]),
    ],
    "a_trade_set_beside_its_standing_class_is_the_trade_alone": [
        ("做强首位产业纺织服装,做大县域经济。", ["纺织服装"]),
        ("壮大主导产业绿色食品,提升产业链水平。", ["绿色食品"]),
        ("大力发展特色产业茶叶。", ["茶叶"]),
        # the class alone names no trade
        ("壮大特色产业,提高效益。", []),
    ],
    "a_count_opening_a_name_is_no_part_of_it": [
        ("建设3个中药材基地。", ["中药材"]),
        ("建设三个新能源产业园。", ["新能源"]),
        ("建设3个中药材基地、2个食用菌产业园。", ["中药材", "食用菌"]),
        ("培育两家新能源汽车企业。", ["新能源汽车"]),
    ],
    "a_pair_merged_by_yu_or_ji_names_each_part": [
        ("推动文化与旅游产业融合发展。", ["文化", "旅游"]),
        ("推进文化与旅游产业深度融合。", ["文化", "旅游"]),
        # a technique merged into a trade leaves the trade alone
        ("深化大数据、人工智能等信息技术与老年用品产业融合发展。", ["老年用品"]),
        # no merging: one compound name
        ("推动汽车及零部件产业发展。", ["汽车及零部件"]),
        # 和 joins a clause here, not two merged trades
        ("制定实体经济和数字经济融合发展措施。", ["数字经济"]),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_r24_industry_edge_families(
    variant: Callable[[str], str], text: str, want: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == want


# A plan by sector: its measures and the industries each names, in order.
SECTOR_TITLES: list[tuple[str, list[list[str]]]] = [
    (
        "二、重点任务\n(一)金融业\n1.推动银行机构扩大信贷投放,支持企业上市。\n(二)现代物流业\n2.建设区域物流枢纽。\n",
        [["金融业"], ["现代物流业"]],
    ),
    (
        "二、重点任务\n(一)金融业。推动银行机构扩大信贷投放。\n(二)商贸服务业。培育特色商圈。\n",
        [["金融业"], ["商贸服务业"]],
    ),
    # a whole-economy sector or a heading of another kind names no trade
    (
        "二、重点任务\n(一)服务业。推动提质增效。\n(二)制造业。推动转型升级。\n(三)农业。稳定粮食生产。\n",
        [[], [], ["粮食"]],  # the item's own 稳定粮食生产 names grain (round 26), not the title 农业
    ),
    ("二、重点任务\n(一)稳就业。扩大就业岗位。\n(二)龙头企业。培育一批骨干。\n", [[], []]),
]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), SECTOR_TITLES)
def test_r24_a_sector_title_names_its_items_trade(
    variant: Callable[[str], str], text: str, want: list[list[str]]
) -> None:
    doc = run(variant(text))
    got = [[to_simplified(doc.industries[r.key].pref_label) for r in m.industries] for m in doc.measures]
    assert got == want
