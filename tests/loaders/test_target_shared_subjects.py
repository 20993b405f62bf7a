"""Targets of round 24 (heldout26-28's wordings): one figure said of each subject of a list whose last item's
indicator they share (二氧化硫、氮氧化物、挥发性有机物排放总量均比2015年下降22%), 均 before a baseline (均比2015年
下降); the teams a campaign sends out counted in Chinese (组织二十三个巡查组); quarterly milestones named together
(一、二、三、四季度分别完成9%、12%…); songs and dishes counted (创作1首歌曲, 推出1道美食); a range whose dash the page lost (50?80名). No targets: a band of
values that picks whom a goal is for (在60至70微克/立方米之间的南甸镇…), a threshold followed by what its class does
(500万元以上,从事…的企业) or by a currency note (1000万元(人民币,下同)及以上的…项目). Inline texts in both scripts
and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, family_params
from tests.loaders.test_targets import targets

Case = tuple[str, list[tuple[int, str, str]]]

# Each family's cases: a text and the targets it holds as (value, unit, comparator).
FAMILIES: dict[str, list[Case]] = {
    "one_figure_said_of_each_subject_sharing_the_last_items_indicator": [
        (
            "到2020年,二氧化硫、氮氧化物、挥发性有机物排放总量均比2015年下降22%以上。",
            [(22, "%", ">="), (22, "%", ">="), (22, "%", ">=")],
        ),
        ("城镇居民人均可支配收入、农民人均纯收入均增长12%以上。", [(12, "%", ">="), (12, "%", ">=")]),
        # bodies are no indicators: one figure
        ("各县区、各部门均达到100%。", [(100, "%", "=")]),
        # one-character words of one subject, which the last item heads: one figure
        ("猪、牛、羊定点屠宰率均达85%。", [(85, "%", "=")]),
    ],
    "teams_sent_out_counted_in_chinese": [
        ("清明节期间,组织二十三个巡查组深入乡镇巡查。", [(23, "个", "=")]),
        ("派出三个督查组开展督查。", [(3, "个", "=")]),
        # a Chinese count after no goal verb names a thing
        ("坚持两个毫不动摇。", []),
    ],
    "a_band_of_values_picks_whom_a_goal_is_for": [
        (
            "到2020年,PM2.5平均浓度在60至70微克/立方米之间的南甸镇、温塘镇的PM2.5平均浓度下降至60微克/立方米。",
            [(60, "微克/立方米", "=")],
        ),
        # a bound below which a group lies, then 的 and the group
        ("到2020年,PM2.5平均浓度低于50微克/立方米的合河口乡、营里乡确保不出现反弹。", []),
        # a floor with 不 is a goal's, and a bound that no group follows stays
        ("组建不低于10亿元的并购重组基金。", [(10, "亿元", ">=")]),
        # a goal held within a band stays
        ("失业率控制在3%至5%之间。", [(3, "%", "=")]),
    ],
    "thresholds_of_a_class_of_firm_or_project": [
        # a bound then a clause of what the class does
        ("固定资产投资规模在500万元以上,从事有色金属、化工类的企业,3年内按30%给予奖励。", [(30, "%", "=")]),
        # a note on the currency between a figure and its bound
        ("固定资产投资额1000万元(人民币,下同)及以上的鼓励类生产性投资项目,建成后给予奖励。", []),
        # an amount promised with the same note stays
        ("全年完成投资1000万元(人民币),新增项目5个。", [(1000, "万元", "="), (5, "个", "=")]),
    ],
    "quarterly_milestones_named_together": [
        # the quarters named together before a figure for each: a schedule, each milestone a goal
        (
            "园区产业增加值增长18%,一、二、三、四季度分别完成9%、12%、15%、18%。",
            [(18, "%", "="), (9, "%", "="), (12, "%", "="), (15, "%", "="), (18, "%", "=")],
        ),
        # one quarter's change is a result reported
        ("一季度同比增长9%。", []),
    ],
    "a_range_whose_dash_the_page_lost": [
        # the page shows a ? between the bounds: a range, the lower bound its value
        ("未来五年引进专业技术人才50?80名。", [(50, "名", "=")]),
        # a ? after no figure ends a question
        ("这是什么?引进人才80名。", [(80, "名", "=")]),
    ],
    "songs_and_dishes_are_counted": [
        ("每个乡镇创作1首本地歌曲、推出1道旅游美食。", [(1, "首", "="), (1, "道", "=")]),
        # a first (首批) and a road (道路) are no units
        ("2023年首批试点10个。", [(10, "个", "=")]),
        ("新建3道路口信号灯。", []),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_shared_subject_and_band_families(
    variant: Callable[[str], str], text: str, want: list[tuple[int, str, str]]
) -> None:
    got = [(int(t.value), t.unit, t.comparator) for t in targets(variant(text))]
    assert got == want
