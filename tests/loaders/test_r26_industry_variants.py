"""Industry families widened to their form's variants (r26i, issue 12): the wordings a planner's document from
another city uses for the same forms. Inline texts in both scripts and both punctuations.

* A plan's thrust (主攻, 主抓), deepening a base (厚植) and the chain-leader system's settling of its chains
  (梳理形成A、B、C3条重点产业链) open a list of trades as 聚焦 does: the verb is no part of the first item.
* A run of sectors X业 joined by 、/和/及/以及 as a verb's whole object (做强纺织业和造纸业。) is one sector each, as one
  X业 alone is; words ending in 业 that name no sector (企业, 就业) still name none.
* An activity word alone between a list's close and its head (茶叶、水果等|种植|产业, 肉牛、肉羊两大|养殖|产业) is the
  listed trades' qualifier, no trade and no part of the last item.
* A以及B under one head (节能环保以及新能源产业): 以及 is never inside a name, so both are trades when both end like one;
  after a head (新能源产业以及人力资源服务业) the next name starts after the joiner.
* A body named for steering a trade's growth (市新能源产业发展领导小组办公室, 汽车产业链工作指挥部) is a unit's name, no
  mention; 推动新能源产业发展 still names the trade.

The last family holds the variants of issue 12's forms that already read right (以…为重点, 形成以A、B为主导的产业
体系, 构建"A+B+C"现代产业体系, 链长制 lists, 产业 on each item or on the last only, 等N个), so none is lost."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from policykg.loaders.extract.industries import IndustryLexicon
from tests.loaders.inline import IDS, VARIANTS, family_params
from tests.loaders.test_industries import labels

Case = tuple[str, list[str]]

# Each family's cases: a text and the industries it names, in order.
FAMILIES: dict[str, list[Case]] = {
    "verbs_of_thrust_deepening_and_chain_leaders_open_a_list": [
        ("主攻装备制造、食品加工两大产业。", ["装备制造", "食品加工"]),
        ("主抓新能源汽车、生物医药等产业。", ["新能源汽车", "生物医药"]),
        ("厚植新能源、新材料产业优势。", ["新能源", "新材料"]),
        # the verbs before no list of trades name none
        ('深入实施"链长制",梳理形成汽车、纺织、食品3条重点产业链。', ["汽车", "纺织", "食品"]),
        ("梳理确定新能源、新材料、生物医药3条重点产业链。", ["新能源", "新材料", "生物医药"]),
        ("由副市长担任组长。", []),
        ("厚植发展优势。", []),
    ],
    "a_run_of_sectors_is_one_sector_each": [
        ("做强纺织业和造纸业。", ["纺织业", "造纸业"]),
        ("加快发展纺织业、造纸业和印刷业。", ["纺织业", "造纸业", "印刷业"]),
        # words ending in 业 that name no sector
        ("推动企业和行业发展。", []),
        ("支持就业和创业。", []),
    ],
    "an_activity_between_a_lists_close_and_its_head_is_no_trade": [
        ("发展壮大肉牛、肉羊两大养殖产业。", ["肉牛", "肉羊"]),
        ("做强茶叶、水果等种植产业。", ["茶叶", "水果"]),
        ("壮大粮油、果蔬等加工产业。", ["粮油", "果蔬"]),
    ],
    "a_yiji_pair_under_one_head_is_two_trades": [
        ("加快发展节能环保以及新能源产业。", ["节能环保", "新能源"]),
        # a first part naming no trade stays out
        ("加强人才以及新能源产业支撑。", ["新能源"]),
        # 以及 after a head: the next name starts after the joiner (新能源产业以|及人力资源服务业)
        ("加快发展新能源产业以及人力资源服务业。", ["新能源", "人力资源服务业"]),
        ("加快发展新能源、新材料产业以及现代服务业。", ["新能源", "新材料", "现代服务业"]),
    ],
    "a_body_steering_a_trades_growth_is_no_mention": [
        ("由市新能源产业发展领导小组办公室牵头。", []),
        ("市新材料产业发展领导小组各成员单位。", []),
        ("成立汽车产业链工作指挥部。", []),
        ("推动新能源产业发展。", ["新能源"]),
    ],
    "variants_of_issue_12_forms_already_read": [
        ("以智能制造、生物医药为重点,加快构建现代产业体系。", ["智能制造", "生物医药"]),
        ("形成以电子信息、装备制造为主导的产业体系。", ["电子信息", "装备制造"]),
        ('构建"电子信息+生物医药+新材料"现代产业体系。', ["电子信息", "生物医药", "新材料"]),
        ("构建“电子信息+生物医药+新材料”现代产业体系。", ["电子信息", "生物医药", "新材料"]),
        (
            "实施重点产业链链长制,聚焦新能源汽车产业链、集成电路产业链、生物医药产业链。",
            ["新能源汽车", "集成电路", "生物医药"],
        ),
        ("培育新能源产业、新材料产业和生物医药产业。", ["新能源", "新材料", "生物医药"]),
        ("着力发展新材料、新能源和节能环保产业。", ["新材料", "新能源", "节能环保"]),
        ("重点发展新能源、新材料以及高端装备制造等产业。", ["新能源", "新材料", "高端装备制造"]),
        ("重点发展汽车、电子、化工、冶金等4个产业。", ["汽车", "电子", "化工", "冶金"]),
        ("推动电子信息、汽车及零部件、装备制造产业集群发展。", ["电子信息", "汽车及零部件", "装备制造"]),
        ("加快发展现代物流、金融服务以及电子商务。", ["现代物流", "金融服务", "电子商务"]),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_r26_industry_variant_families(
    variant: Callable[[str], str], text: str, want: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == want
