"""Industry and target families of round 25 (h25x: heldout29-31, carbon and grain plans, producer services,
care services). Inline texts in both scripts and both punctuations.

* Minor grains and oil crops by their GB/T 4754-2017 kind (荞麦, 谷类, 小杂粮, 油葵, 油料作物, 木本粮油) are farm
  trades as the other crops are: listed before 等 and a crop class, each item is one, and the class too when it is
  a crop kind of its own (油料作物, 木本粮油).
* 推广 closes on 广, so 推广大数据 / 推广大豆 holds no 广大 to cut the name from its 大 (广大|健康 still does).
* A mass per output as emission and energy plans state it (550克二氧化碳/千瓦时, 300克标准煤/千瓦时, 0.5吨二氧化碳/万元):
  the substance stays in the unit, as 吨标准煤 does; grams only after an Arabic figure (0.3千克 stays 千克, not 300 克; 克服 is
  no unit). 千 before 克 opens the unit 千克 (5千克以下), no multiplier, as before 瓦.
* A range whose lower bound is written out in full before an upper bound in 万 (5000-1万平方米, 5000平方米-1万平方米)
  is one range from 5000; the upper bound's 万 scales a lower bound only when it then stays below (3-5万人).
* A count of the tasks a division of work gives one body (参加的工作共计12项, 领到12项任务, 有3项由X牵头) is the
  document's own items shared out, no target.
* A score or a count of cases before a bound (评分91分以上, 案件 100 起以上) is a target in 分 or 起; never minutes
  (分钟), a scoring rule's points (扣1分) nor a start (自2025年起).
* A plan or an opinion titled for developing one trade (关于促进贵州民宿产业高质量发展的指导意见, 加快会展业发展若干措施)
  is about it whatever the name's length: every measure naming the trade records it (民宿, 会展: a sector X业 as its
  measures name it, X), with an issuer and a place before the trade and a line break before 产业 read off; not the
  economy (关于促进经济高质量发展的意见) nor a title that develops nothing (关于加强民宿安全管理的通知).
* Wares alone closing a list before the clause ends (…、汽车配件、服装鞋帽等重点商品,打击…) name goods, no trades, as a
  list closed by the market that sells them does.
* A list of pollution sources closed by households (降低和消除工业、农业和生活排污) names emitters, no trades."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest

from policykg.loaders.extract.industries import IndustryLexicon
from policykg.loaders.normalize import to_simplified
from tests.loaders.inline import IDS, SCRIPT_IDS, SCRIPTS, VARIANTS, family_params, run
from tests.loaders.test_industries import labels
from tests.loaders.test_targets import targets

# Each family's cases: a text and the industries it names, in order.
INDUSTRIES: dict[str, list[tuple[str, list[str]]]] = {
    "minor_grains_and_oil_crops_are_farm_trades": [
        ("因地制宜发展油菜、油葵等油料作物。", ["油菜", "油葵", "油料作物"]),
        ("提升改造核桃、花椒等木本粮油低产低效林。", ["核桃", "花椒", "木本粮油"]),
        ("鼓励在主粮生产区外发展荞麦、谷类等特色小杂粮。", ["荞麦", "谷类", "小杂粮"]),
        ("鼓励发展荞麦、谷类等小杂粮。", ["荞麦", "谷类", "小杂粮"]),
        ("因地制宜发展油菜和油葵。", ["油菜", "油葵"]),
        # a crop in a place's or a body's name is none
        ("支持荞麦研究所开展攻关。", []),
    ],
    "tuiguang_closes_on_guang_so_no_guangda_cuts_a_name": [
        ("推广大数据应用。", ["大数据"]),
        ("推广大豆、玉米种植。", ["大豆", "玉米"]),
        # elsewhere 广大 still cuts a name from its 大 (广大|健康)
        ("面向广大健康产业从业者。", []),
    ],
    "wares_alone_closing_a_list_name_goods": [
        ("针对农资、电子产品、汽车配件、服装鞋帽、儿童及老年用品等重点商品,打击网络商标侵权。", []),
        ("查处家电、汽车配件等商品的违法行为。", []),
        # a trade head after the same items, or wares followed by what is done with them, still name trades
        ("重点发展汽车配件、服装鞋帽等产业。", ["汽车配件", "服装鞋帽"]),
        ("发展汽车、家电等商品贸易。", ["汽车", "家电"]),
    ],
    "a_list_of_pollution_sources_closed_by_households_names_emitters": [
        ("有计划地降低和消除工业、农业和生活排污对饮用水源的污染。", []),
        ("减少工业、农业和生活污染。", []),
        # households among trades without a pollutant, or a pollutant treated, are no source list
        ("重点发展化工、纺织和生活用品等产业。", ["化工", "纺织", "生活用品"]),
        ("重点发展化工、纺织、生活污水处理等产业。", ["化工", "纺织", "生活污水处理"]),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(INDUSTRIES))
def test_r25_industry_families(
    variant: Callable[[str], str], text: str, want: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == want


# Each family's cases: a text and the (value, unit) of every target it states, in order.
TARGETS: dict[str, list[tuple[str, list[tuple[str, str]]]]] = {
    "a_mass_per_output_keeps_its_substance_in_the_unit": [
        ("大型发电集团单位供电二氧化碳排放控制在550克二氧化碳/千瓦时以内。", [("550", "克二氧化碳/千瓦时")]),
        ("火电机组供电煤耗控制在300克标准煤/千瓦时以内。", [("300", "克标准煤/千瓦时")]),
        ("单位产值碳排放下降到0.5吨二氧化碳/万元。", [("0.5", "吨二氧化碳/万元")]),
        ("单位供电二氧化碳排放控制在550克/千瓦时以内。", [("550", "克/千瓦时")]),
    ],
    "kilograms_are_a_unit_and_grams_follow_an_arabic_figure": [
        ("火电机组供电煤耗控制在0.3千克标准煤/千瓦时以内。", [("0.3", "千克标准煤/千瓦时")]),
        ("每亩化肥用量减少到5千克以下。", [("5", "千克")]),
        ("新增造林3千亩。", [("3000", "亩")]),
        ("努力克服困难,推进3项改革。", [("3", "项")]),
    ],
    "a_score_or_a_count_of_cases_before_a_bound": [
        ("市民食品安全基本知识知晓度评分91分以上。", [("91", "分")]),
        ("群众满意度测评达到90分以上。", [("90", "分")]),
        ("年度处理诉调对接专利民事纠纷案件 100 起以上。", [("100", "起")]),
        ("查办侵权假冒案件50起以上。", [("50", "起")]),
        # a scoring rule's points, minutes and a start are none
        ("完成率低于90%的,每低1个百分点扣1分。", []),
        ("自2025年起实施。", []),
    ],
    "a_range_whose_lower_bound_is_written_out_in_full": [
        # the bracket of a reward tier is a class threshold, no target; the figure ends a range, never stands alone
        ("5000-1万平方米的给予最高不超过15万元奖励。", [("15", "万元")]),
        ("5000平方米-1万平方米的给予最高不超过15万元奖励。", [("15", "万元")]),
        ("建设5000-1万平方米的展馆。", [("5000", "平方米")]),
        # the upper bound's 万 is still the lower one's when it fits
        ("新增就业3-5万人。", [("30000", "人")]),
    ],
    "a_count_of_a_bodys_share_of_the_tasks_is_no_target": [
        ("国家卫生健康委领到12项任务。", []),
        ("需要国家卫生健康委参加的工作共计12项,有3项由国家卫生健康委牵头。", []),
        ("其中5项由市发改委牵头负责。", []),
        # tasks done or undertaken as a goal still count
        ("全年完成改革任务12项。", [("12", "项")]),
        ("承担国家重点研发任务10项以上。", [("10", "项")]),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(TARGETS))
def test_r25_target_families(variant: Callable[[str], str], text: str, want: list[tuple[str, str]]) -> None:
    got = [(t.value, t.unit) for t in targets(variant(text))]
    assert [(Decimal(v), u) for v, u in want] == [(v, to_simplified(u)) for v, u in got]


# A titled document: its measures and the industries each names, in order.
TITLED: list[tuple[str, list[list[str]]]] = [
    (
        "省人民政府办公厅关于促进贵州民宿\n产业高质量发展的指导意见\n一、重点任务\n"
        "1.加强规划引领。将民宿发展纳入各地旅游发展规划。\n2.强化要素保障。落实用地政策。\n",
        [["民宿"], []],
    ),
    (
        "绵阳市加快会展业发展若干措施\n一、积极引进优质展会\n鼓励国际国内权威会展机构来绵办展,提升会展影响力。\n"
        "二、支持举办高端会议\n推动会展和产业融合发展。\n三、加强人才培养\n支持高校开设相关专业。\n",
        [["会展"], ["会展"], []],
    ),
    (
        "省人民政府办公厅关于加强民宿安全管理的通知\n一、重点任务\n"
        "1.加强规划引领。将民宿发展纳入各地旅游发展规划。\n2.强化要素保障。落实用地政策。\n",
        [[], []],
    ),
    ("关于促进贵州经济高质量发展的意见\n一、重点任务\n1.加强规划引领。将经济发展纳入规划。\n", [[]]),
]


@pytest.mark.parametrize("script", SCRIPTS, ids=SCRIPT_IDS)
@pytest.mark.parametrize(("text", "want"), TITLED)
def test_r25_a_trade_the_title_develops_is_named_by_its_measures(
    script: Callable[[str], str], text: str, want: list[list[str]]
) -> None:
    doc = run(script(text))
    got = [[to_simplified(doc.industries[r.key].pref_label) for r in m.industries] for m in doc.measures]
    assert got == want
