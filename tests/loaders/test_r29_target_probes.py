"""Round 29's target forms found by probe sentences (issue 12): lengths and areas in 千米 or in the international
symbols (铺设供热管网30千米, 治理面积15平方千米, 新建污水管网85.6km) are kilometres, never thousands of metres; a step of
a schedule whose figure is a share of the work (三季度完成90%, 上半年完成年度任务的50%以上) is a goal even alone; a bound
said once of a 分别 series holds for each figure (分别达到25%、30%和80%及以上, 分别不少于10个和20个); a headcount after
a post of a leading group or office (设组长1名、副组长3名, 设主任一人,副主任二人) staffs the body, no goal; a limit cut
down to (压缩至3个工作日) or a highest (最高50万元) is a ceiling and 约计 an estimate; a utility supplied round the clock (实现24小时供水) names the
service; roads by class, channels, pipes and tunnels counted in 条 (建成四条城市主干道, 整治河道10条) are lines
built. A task allocation table (县区 | 目标任务(户)) gives each place its quota in the column's unit. Inline texts in both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, family_params
from tests.loaders.test_targets import targets

Case = tuple[str, list[tuple[float, str, str]]]

FAMILIES: dict[str, list[Case]] = {
    "lengths_and_areas_in_kilometres": [
        ("铺设供热管网30千米。", [(30, "千米", "=")]),
        ("新建供水管道8千米以上。", [(8, "千米", ">=")]),
        ("治理水土流失面积15平方千米。", [(15, "平方千米", "=")]),
        ("新建污水管网85.6km。", [(85.6, "km", "=")]),
        ("新建管网12km、泵站2座。", [(12, "km", "="), (2, "座", "=")]),
        ("新建标准化厂房5000㎡。", [(5000, "㎡", "=")]),
        # 千 before any other unit still multiplies, and 千瓦 stays the unit
        ("新建3千平方米厂房。", [(3000, "平方米", "=")]),
        ("新增3千亩。", [(3000, "亩", "=")]),
        ("新增光伏装机50千瓦。", [(50, "千瓦", "=")]),
        # letters after the symbol make another word: no unit
        ("新建kms系统2套。", [(2, "套", "=")]),
    ],
    "a_schedule_steps_share_of_the_work_is_a_goal": [
        ("第三季度完成80%以上。", [(80, "%", ">=")]),
        ("三季度完成90%。", [(90, "%", "=")]),
        (
            "一季度完成30%,二季度完成60%,三季度完成90%,四季度全面完成。",
            [(30, "%", "="), (60, "%", "="), (90, "%", "=")],
        ),
        ("上半年完成年度任务的50%以上。", [(50, "%", ">=")]),
        ("第二季度末完成总任务量的40%。", [(40, "%", "=")]),
        # a period's result reported, or a share of the year's plan reached, stays out
        ("一季度完成投资30亿元,同比增长5%。", []),
        ("今年上半年,全市完成年度任务的52.3%。", []),
        ("上半年实现地区生产总值增长6.5%。", []),
    ],
    "a_bound_said_once_of_a_series_holds_for_each_figure": [
        (
            "到2025年、2026年和2027年,覆盖率分别达到25%、30%和80%及以上。",
            [(25, "%", ">="), (30, "%", ">="), (80, "%", ">=")],
        ),
        ("小学、初中巩固率分别达到99%和98%以上。", [(99, "%", ">="), (98, "%", ">=")]),
        ("新建和改造分别不少于10个和20个。", [(10, "个", ">="), (20, "个", ">=")]),
        # no bound, or no 分别: each figure keeps its own
        ("两项指标分别达到90%和95%。", [(90, "%", "="), (95, "%", "=")]),
        ("新增就业1000人、培训3000人次以上。", [(1000, "人", "="), (3000, "人次", ">=")]),
    ],
    "a_headcount_after_a_post_staffs_a_body": [
        ("领导小组办公室设主任一人,副主任二人。", []),
        ("设组长1名、副组长3名。", []),
        ("小组设召集人1名、副召集人2名、联络员1名。", []),
        ("指挥部设总指挥1名、副总指挥3名。", []),
        # workers a body must deploy for the work: a goal
        ("每个行政村配备2名以上网格员。", [(2, "名", ">=")]),
        ("每所中小学配备专职心理健康教师1名以上。", [(1, "名", ">=")]),
        ("培养乡村工匠200名。", [(200, "名", "=")]),
    ],
    "a_limit_cut_down_to_or_a_highest_is_a_ceiling_and_yueji_an_estimate": [
        ("处理时间压缩至3个工作日。", [(3, "个工作日", "<=")]),
        ("办理时限缩短到5个工作日。", [(5, "个工作日", "<=")]),
        ("审批时间由20个工作日压缩至10个工作日。", [(10, "个工作日", "<=")]),
        ("受益人数约计2万人。", [(20000, "人", "~")]),
        # a reward's ceiling (the gold records 最高 as <= 80 times)
        ("给予最高50万元奖励。", [(50, "万元", "<=")]),
        ("新增就业岗位1000个。", [(1000, "个", "=")]),
    ],
    "roads_channels_and_pipes_counted_in_tiao_are_lines_built": [
        ("建成四条城市主干道。", [(4, "条", "=")]),
        ("整治河道10条。", [(10, "条", "=")]),
        ("新建综合管廊3条。", [(3, "条", "=")]),
        # the links of a chain or a landscape's rivers named by their count: no goal
        ("构建5条产业链。", []),
        ("重点打造8条支流。", []),
    ],
    "a_utility_supplied_round_the_clock_names_the_service": [
        ("集中供水工程实现24小时供水。", []),
        ("口岸实现24小时通关。", []),
        # a time limit of 24 hours: a goal
        ("申请材料齐全的,24小时内办结。", [(24, "小时", "<=")]),
    ],
}


def _digits_fullwidth(text: str) -> str:
    return text.translate(str.maketrans("0123456789", "０１２３４５６７８９"))


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_round29_target_probe_families(
    variant: Callable[[str], str], text: str, want: list[tuple[float, str, str]]
) -> None:
    got = [(float(t.value), t.unit, t.comparator) for t in targets(variant(text))]
    assert got == [(float(v), u, c) for v, u, c in want]


@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_round29_target_probe_families_with_fullwidth_digits(
    text: str, want: list[tuple[float, str, str]]
) -> None:
    got = [(float(t.value), t.unit, t.comparator) for t in targets(_digits_fullwidth(text))]
    assert got == [(float(v), u, c) for v, u, c in want]


ALLOCATION_TABLES: list[Case] = [
    ("| 县区 | 目标任务(户) |\n| 甲县 | 1200 |\n| 乙县 | 800 |\n", [(1200, "户", "="), (800, "户", "=")]),
    (
        "序号 | 县(市、区) | 新增就业(人) | 培训(人次)\n|---|---|---|---|\n1 | 东区 | 3000 | 500\n2 | 西区 | 2500 | 400\n",
        [(3000, "人", "="), (500, "人次", "="), (2500, "人", "="), (400, "人次", "=")],
    ),
    ("| 乡镇 | 投资额(万元) |\n| 城关镇 | 1200.5 |\n", [(1200.5, "万元", "=")]),
    # a column of what was done, a header naming no places, or a cell with words: no quota
    ("| 县区 | 完成情况(户) |\n| 甲县 | 1200 |\n", []),
    ("| 项目 | 面积(亩) |\n| 甲项目 | 1200 |\n", []),
    ("| 县区 | 目标任务(户) |\n| 甲县 | 见附件 |\n", []),
]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), ALLOCATION_TABLES)
def test_a_quota_table_gives_each_place_its_quota_in_the_columns_unit(
    variant: Callable[[str], str], text: str, want: list[tuple[float, str, str]]
) -> None:
    """县区 | 目标任务(户) ⏎ 甲县 | 1200: a 下达 notice's table shares the quota out; 1200 is 甲县's 1200 户."""
    got = [(float(t.value), t.unit, t.comparator) for t in targets(variant(text))]
    assert got == [(float(v), u, c) for v, u, c in want]
