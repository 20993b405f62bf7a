"""Targets of round 26's new parts (heldout36-38): a change over last year under a goal label (2.目标任务。…同比增长15%;
二、发展目标 on the line above) is the goal set; a bare 万/亿 cell of a table set out with blanks under a money header
(地区 以工代赈资金 劳务报酬 / 阜平县 500万 50万) is money in 万元; the tasks a plan was divided into, noun first
(分解任务15项), are its own items; a count opening its clause whose group's sum follows (183个项目完成投资350亿元以上)
or an ordinal batch's count before a share (第二批13个乡镇100%的整治任务) names the group; the one unit a rate is paid
on before the money (每招用1人1000元的标准) is its base; a sample site's count of documents (实施方案6篇) is no
target; a range joined by the horizontal bar (3―5个) is one range; a share of a stock noun (达到全省总人口的34%)
states no stock; a quarter after a goal's resolve (确保…;二季度开工率达到75%) is the goal's step; a period's result
compared with the year's goal (增速高出全年任务目标(10.5%)0.9个百分点) is a report; a frequency bound before the group
it counts (每周参加1次及以上体育锻炼的人数) is the group's bound; 标箱 counts containers. Inline texts in both scripts
and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, family_params
from tests.loaders.test_targets import targets

Case = tuple[str, list[tuple[str, str, str]]]

FAMILIES: dict[str, list[Case]] = {
    "a_change_under_a_goal_label_is_a_goal": [
        ("2.目标任务。全区工业增加值同比增长15%;实现利润同比增长8%。", [("15", "%", "="), ("8", "%", "=")]),
        ("主要目标:社会消费品零售总额同比增长9%。", [("9", "%", "=")]),
        (
            "二、发展目标\n地区生产总值同比增长7%,一般公共预算收入同比增长6%。",
            [("7", "%", "="), ("6", "%", "=")],
        ),
        # a report of the same change stays out, also after a label that reports
        ("一季度,全区工业增加值同比增长15%。", []),
        ("目标完成情况:工业增加值同比增长15%。", []),
    ],
    "a_money_column_of_a_blank_set_table_is_money": [
        (
            "地区 专项资金 劳务报酬\n共计 2000万 200万\n甲县 500万 50万\n",
            [("2000", "万元", "="), ("200", "万元", "="), ("500", "万元", "="), ("50", "万元", "=")],
        ),
        ("项目 补助金额\n道路工程 1.2亿\n", [("1.2", "亿元", "=")]),
        # a column that names no money keeps its bare figures out
        ("地区 常住人口 户数\n甲县 50万 12万\n", []),
    ],
    "the_tasks_a_plan_was_divided_into_are_its_own": [
        ("1.在深化开放方面(分解任务15项)。", []),
        ("全年细化事项9项,逐项明确牵头单位。", []),
        # tasks the plan sets out to complete stay
        ("全年完成重点任务12项。", [("12", "项", "=")]),
    ],
    "a_count_naming_the_group_of_a_sum_is_no_goal": [
        (
            "其中:183个市级政府投资项目完成投资350亿元以上,27个省重大项目完成投资188亿元以上。",
            [("350", "亿元", ">="), ("188", "亿元", ">=")],
        ),
        ("确保完成第二批13个乡镇100%的整治任务。", [("100", "%", "=")]),
        # a count the clause itself delivers stays
        ("新开工项目50个,完成投资80亿元。", [("50", "个", "="), ("80", "亿元", "=")]),
    ],
    "the_one_unit_a_rate_is_paid_on_before_its_money": [
        ("其余按每招用1人1000元的标准发放一次性扩岗补助。", [("1000", "元", "=")]),
        ("每吸纳1名就业人员2000元。", [("2000", "元", "=")]),
        ("每年新增1家上市企业。", [("1", "家", "=")]),
    ],
    "a_sample_sites_count_of_documents_is_no_target": [
        ("开发区改革实施方案6篇\n以下是小编收集整理的开发区改革实施方案6篇,仅供参考。", []),
        ("精选年度工作总结5篇。", []),
        ("全年在核心期刊发表论文10篇。", [("10", "篇", "=")]),
    ],
    "a_share_of_a_stock_is_no_stock": [
        ("到2025年,经常参加体育锻炼的人数达到全省总人口的34%。", [("34", "%", "=")]),
        ("森林面积占国土面积的百分之二十五。", [("25", "%", "=")]),
        # the stock stated stays out
        ("全县总面积1200平方公里。", []),
    ],
    "a_period_after_a_goals_resolve_is_its_step": [
        (
            "确保全市固定资产投资完成4500亿元,其中:市级项目完成投资350亿元以上;新开工项目二季度开工率达到75%。",
            [("4500", "亿元", "="), ("350", "亿元", ">="), ("75", "%", "=")],
        ),
        # a period's result reported, no resolve before it, stays out
        ("一季度,全市工业增加值增长7.7%。", []),
    ],
    "a_report_against_the_annual_goal_is_no_goal": [
        (
            "1-3月,全市社零总额比上年同期增长11.4%,增速高出市政府下达的全年任务目标(10.5%)0.9个百分点。",
            [],
        ),
        # the year's resolve stays a goal
        ("实现全年区级一般公共预算收入同比增长1%。", [("1", "%", "=")]),
    ],
    "a_frequency_bounding_the_group_counted": [
        ("每周参加1次及以上体育锻炼的人数达到2300万。", [("23000000", "人", "=")]),
        # a frequency the plan sets stays
        ("每年开展2次以上应急演练。", [("2", "次", ">=")]),
    ],
    "containers_in_the_short_unit": [
        ("沿海主要港口集装箱铁水联运量力争达到120万标箱。", [("1200000", "标箱", "=")]),
    ],
    "a_range_joined_by_the_horizontal_bar": [
        ("形成3―5个具备国内竞争力的工业互联网平台。", [("3", "个", "=")]),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_r26_target_forms(variant: Callable[[str], str], text: str, want: list[tuple[str, str, str]]) -> None:
    got = [(str(t.value), t.unit, t.comparator) for t in targets(variant(text))]
    assert got == want


def test_a_range_joined_by_the_horizontal_bar_has_its_upper_bound() -> None:
    (t,) = targets("形成3―5个工业互联网平台。")
    assert t.value_max is not None and str(t.value_max) == "5"
