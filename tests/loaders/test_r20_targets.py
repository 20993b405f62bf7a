"""Targets of round 20 (the held-out parts of round 19, tuned on): a starred item's marker is no product sign; pieces
published, lamps and copies are counted units; money a government launches or hands out is the programme's size; the
plan's own projects counted again (by its heading's tally, a total row, a sum after 共, 民生工程, KPI) are no targets;
the base of a share or of a comparison, and the whole a part is taken from, are no targets; a rank to reach is one;
a time limit cut to a number of days is one; a yearly count is the count; money of a past year is reported; a
scope's things an action turns to, a focus (重点突破), a rule's claim limit, and a share the table computes from its
cells are no targets; a schedule's step opening with its period and
verb (…;三季度完成60%任务) is a goal, and so is a model area made (打造300万亩以上高产高效典型); a level a reward requires (投资额在3000万元以上,按…给予
奖励) is none.
Inline texts in both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, family_params
from tests.loaders.test_targets import targets

Case = tuple[str, list[tuple[int, str, str]]]

# Each family's cases: a text and the targets it holds as (value, unit, comparator).
FAMILIES: dict[str, list[Case]] = {
    "a_starred_item_is_no_product": [
        ("新增2家社区食堂、*4家照护之家。", [(2, "家", "="), (4, "家", "=")]),
        ("*打造2条老年助餐公交线路。", [(2, "条", "=")]),
        # a product sign after a figure stays a specification
        ("建设3×50万千瓦调峰机组。", []),
        ("建设2*30万千瓦机组。", []),
    ],
    "pieces_lamps_and_copies_are_counted": [
        ("全年在省级媒体完成上稿6篇以上。", [(6, "篇", ">=")]),
        ("在村道安装太阳能路灯500盏。", [(500, "盏", "=")]),
        ("每季度形成2份运行分析报告。", [(2, "份", "=")]),
        # 篇章, 月份 and 股份 are no counts
        ("谱写高质量发展新篇章,于5月份前完成。", []),
    ],
    "money_launched_or_handed_out_is_its_size": [
        ("还将推出3000万元以上的家电、餐饮等促消费政策。", [(3000, "万元", ">=")]),
        # a class of firms by their revenue stays a class bound
        ("对年营业收入2000万元以上的企业给予奖励。", []),
    ],
    "the_plans_own_projects_counted_again": [
        # the heading's tally in brackets, restated by the body
        (
            "二、教育惠民工程(项目5个,其中基建类4个、事项类1个)。建设第一小学、第二中学等4个项目;新建2所幼儿园。",
            [(2, "所", "=")],
        ),
        # a sum after 共 of the 实事项目 named earlier in the sentence
        ("今年的为民办实事项目分两批公布,第一批共30个。", []),
        # a total row's label
        ("一、社保惠民 | 社保惠民6个项目合计 | 5000 |\n", []),
        # the plan's 民生工程 and a report's KPIs
        ("(一)实施6项民生工程\n", []),
        ("施政报告列出120项KPI。", []),
        # next year's works drawn up are a goal
        ("同时谋划2025年15项民生工程。", [(15, "项", "=")]),
    ],
    "bases_of_shares_comparisons_and_parts": [
        ("约500个排查确定的卫生黑点于年底前消除至少80%。", [(80, "%", ">=")]),
        ("总量比上一轮所收回的100公顷土地增加50%。", [(50, "%", "=")]),
        ("首阶段40项中余下的25项完成优化。", [(25, "项", "=")]),
        # a count opening a clause with no share after it stays
        ("约500个卫生黑点年底前全部消除。", [(500, "个", "~")]),
    ],
    "a_rank_to_reach": [
        ("力争排名进入全国前10位。", [(10, "位", "=")]),
        # a ranking that qualifies a class stays none
        ("对排名全市前50名的企业给予奖励。", []),
    ],
    "a_time_limit_in_days": [
        ("将证件办理时限缩短为15天。", [(15, "天", "=")]),
        ("实现开办企业全流程2天办结。", [(2, "天", "=")]),
        # a date's day is none
        ("于4月15日前完成。", []),
    ],
    "a_yearly_count_is_the_count": [
        ("接待茶旅游客500万人次/年。", [(5000000, "人次", "=")]),
        # a money rate keeps its period
        ("补助标准由2000元/年提高到3000元/年。", [(3000, "元/年", "=")]),
    ],
    "a_scopes_things_an_action_turns_to": [
        ("组织力量对全县200个示范创建村的发展举措逐一把脉问诊。", []),
        # things the plan adds across the scope are a goal
        ("全县新增200个示范村。", [(200, "个", "=")]),
    ],
    "a_focus_is_no_bound": [
        ("其中,重点突破7条标志性产业链招商。", []),
        ("营业收入力争突破100亿元。", [(100, "亿元", ">=")]),
    ],
    "a_rules_claim_limit": [
        ("每位消费者每轮限领 1张单种面额券。", []),
        ("发放消费券2万张。", [(20000, "张", "=")]),
    ],
    "a_ratio_the_table_computes": [
        ("合计:8大类40个项目 | 200000 | 150000 | 75% |\n", []),
        # a share that is no ratio of the cells before it stays
        ("| 就业率 | 100 | 95 | 90% |\n", [(90, "%", "=")]),
    ],
    "a_schedules_step_after_its_period": [
        (
            "一季度完成立项,组织招标;二季度完成方案设计;三季度完成60%任务,每个县区建成2个整治样板工程。",
            [(60, "%", "="), (2, "个", "=")],
        ),
        # a period opening a report, with no schedule before it, reports
        ("三季度完成投资20亿元。", []),
    ],
    "a_model_area_made_is_its_amount": [
        ("打造200万亩以上高产高效典型。", [(2000000, "亩", ">=")]),
        # an area that qualifies a class stays a bound
        ("对6亩以下的土地给予补助。", []),
    ],
    "a_level_a_reward_requires": [
        ("引进企业项目固定资产投资额在2000万元以上,按项目投资额给予一次性奖励。", []),
        # a level to hold, with no reward after it, is a goal
        ("全年固定资产投资额保持在2000万元以上。", [(2000, "万元", ">=")]),
        # a rate held, with a subsidy standard after it, is a goal
        ("参合率稳定在96%以上,人均财政补助标准提高到380元。", [(96, "%", ">="), (380, "元", "=")]),
    ],
    "money_of_a_past_year_is_reported": [
        ("2022年,全市发放消费补贴6000万元。", []),
        # a later year, or a goal word after the year, sets a goal
        ("2024年,全市发放消费补贴6000万元。", [(6000, "万元", "=")]),
        ("2022年将安排资金3000万元。", [(3000, "万元", "=")]),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_r20_target_families(
    variant: Callable[[str], str], text: str, want: list[tuple[int, str, str]]
) -> None:
    got = [(int(t.value), t.unit, t.comparator) for t in targets(variant(text))]
    assert got == want
