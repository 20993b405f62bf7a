"""Industry rule families of round 22 (heldout20-22: 2024-25 consumption, equipment renewal, silver-economy, AI,
data, low-altitude and rural pages): a list closed by 业态 alone or by unqualified 新模式 names its trades; 引导,
投资 and 引入 glued to a list's first item are no part of it; tobacco leaf is a crop and camping a trade;
an economy named for the occasion, clientele or season of spending (银发经济, 夜间经济) is no trade; a list closed by
the scenes or the fields' equipment it serves, a body's name after a responsibility label, a trade word inside a
kind of body's name (商贸单位, 商贸行业协会) and a place's generic sector (武汉服务业) name none.
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
    "a_list_closed_by_bare_formats_names_a_trade_in_every_item": [
        ("将餐饮、文博、音乐、体育、民俗等业态注入夜间消费场景。", ["餐饮", "文博", "音乐", "体育", "民俗"]),
        ("鼓励引入咖啡、花艺、手作等业态。", ["咖啡", "花艺", "手作"]),
        # new forms (新业态) stay as they were: activities are no trades
        ("培育沉浸式体验、剧本杀等新业态。", []),
    ],
    "a_list_closed_by_unqualified_new_forms_names_its_trades": [
        (
            "发展康养旅游、养老金融、老年教育、居家照护等新模式。",
            ["康养旅游", "养老金融", "老年教育", "居家照护"],
        ),
        # the new ways one trade works (qualified) and activities name none
        ("鼓励发展社区餐饮、健康餐饮、“中央厨房+线下配送”等经营新模式。", []),
        ("发展商务出行、空中摆渡、私人包机等新业态。", []),
    ],
    "a_verb_steering_or_investing_glued_to_a_lists_first_item_is_no_part_of_it": [
        ("引导餐饮、住宿、零售企业开展促销。", ["餐饮", "住宿", "零售"]),
        ("鼓励外商投资露营、民宿、物业等服务消费领域。", ["露营", "民宿", "物业"]),
    ],
    "tobacco_leaf_is_a_crop": [
        ("加强对原有脐橙、烟叶、油茶等产业基地经营主体培训。", ["脐橙", "烟叶", "油茶"]),
        ("全年烟叶种植550亩。", ["烟叶"]),
    ],
    "an_economy_of_the_occasion_or_clientele_of_spending_is_no_trade": [
        ("发展银发经济。", []),
        ("大力发展赛事经济、夜间经济。", []),
        # the economy is none; the destinations name their trade (heldout20 bn14's gold records 冰雪旅游 for this
        # very item's words: round 42's reading of a trade by its topic)
        ("发展冰雪经济,打造冰雪旅游目的地。", ["冰雪旅游"]),
        # an economy named for what it makes or sells stays
        ("大力发展低空经济。", ["低空经济"]),
    ],
    "a_list_closed_by_the_scenes_or_equipment_it_serves_names_no_trade": [
        ("扩大算力规模,满足智能制造、无人驾驶、低空经济等场景需求。", []),
        ("全市工业、农业、建筑、交通、医疗等领域设备投资规模增长25%。", []),
        # the same items closed as trades stay
        ("培育智能制造、低空经济等产业。", ["智能制造", "低空经济"]),
    ],
    "a_trade_word_inside_a_body_named_after_a_responsibility_label_is_no_mention": [
        ("完成模型本地化部署。〔责任单位:市数据局,延安数据集团、延安市大数据运营公", []),
        ("(牵头单位:市发展改革委;配合单位:市大数据运营公", []),
        # a damaged label whose clause runs on into the measure: the measure's own words count
        (
            "[责任单位:市农委、财政局,将符合条件的肉牛养殖粪污处理纳入补贴",
            ["肉牛"],
        ),  # one kind: verb dropped (r27i)
    ],
    "a_trade_word_inside_a_kind_of_body_is_no_mention": [
        ("参与商家:区内限上商贸单位、区内各商贸行业协会推荐商家。", []),
    ],
    "a_places_generic_sector_is_no_trade": [
        ("推进武汉服务业扩大开放综合试点。", []),
        ("推进成都市服务业扩大开放。", []),
        # a kind of service stays
        ("推进科技服务业发展。", ["科技服务业"]),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_r22_new_part_industry_families(
    variant: Callable[[str], str], text: str, want: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == want
