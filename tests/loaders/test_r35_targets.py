"""Round 35 (heldout69 dm03, scored blind then read): a run-on list's item number glued to its figure
(督查内容:1.144项…;2.14项…;3.10项…) is no decimal (1.144, 2.14): the figures are 144, 14 and 10 as counted, with
the item numbers left out; a plain decimal in a list (增长1.5%;…增长2.5%) stays one. Both scripts, both
punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, run


def measure_figures(text: str) -> list[list[tuple[str, str]]]:
    """Each measure's targets of ``text`` as (value, unit), in order."""
    return [[(str(t.value), t.unit) for t in m.targets] for m in run(text).measures]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_an_item_number_glued_to_a_figure_is_no_decimal(variant: Callable[[str], str]) -> None:
    text = (
        "一、工作任务\n"
        "(一)建设项目:1.150个新建项目完成开工;2.30个续建项目建成投产;3.12个储备项目完成前期。\n"
        "(二)提高收入:居民收入增长1.5%;财政收入增长2.5%。\n"
    )
    got = measure_figures(variant(text))
    assert got == [[("150", "个"), ("30", "个"), ("12", "个")], [("1.5", "%"), ("2.5", "%")]]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_counts_of_matters_an_inspection_covers_are_no_targets(variant: Callable[[str], str]) -> None:
    """heldout69 dm03: 督查内容:1.144项《…》具体工作完成情况;2.14项…重点工程进展情况: how many things are looked at,
    no commitment; a count committed before a report's words (完成10项重点工程,及时报告进展情况) stays one."""
    text = (
        "一、督查安排\n"
        "(一)督查内容:1.144项《政府工作报告主要任务指标分解》具体工作完成情况;2.14项县重点工程进展情况。\n"
        "(二)加快建设:完成10项重点工程,及时报告进展情况。\n"
    )
    got = measure_figures(variant(text))
    assert got == [[], [("10", "项")]]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_reward_rules_condition_and_step_are_no_targets(variant: Callable[[str], str]) -> None:
    """heldout70 dn03: the figures of whom a reward rule covers (对每引入供应商达到5户且…达到1亿元的整车企业,给予…;
    its opener after a comma too) and the step it counts in (每增加500万元采购额奖励10万元) are no targets; the
    amounts are; a rate the reward is counted at (按…金额2%的比例予以奖励) stays one (dev9 ac09's gold)."""
    text = (
        "一、支持政策\n"
        "1.引入配套企业。鼓励整车企业引入供应商,对每引入供应商达到5户且实际投资规模达到1亿元的整车企业,"
        "给予100万元的奖励。\n"
        "2.扩大采购。对年采购额达到5000万元的整车企业,每增加500万元采购额奖励10万元。\n"
        "3.鼓励外资。对投资总额超过1亿美元的企业,按实际到位外资金额2%的比例予以奖励。\n"
    )
    got = measure_figures(variant(text))
    assert got == [[("100", "万元")], [("10", "万元")], [("2", "%")]]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_what_a_list_holds_counted_is_no_target(variant: Callable[[str], str]) -> None:
    """heldout65 di13: 整改任务清单包括43项整改任务 counts what a list holds, no commitment; a count the document
    commits to (完成43项整改任务) stays one."""
    text = (
        "一、整改落实\n"
        "(一)制定清单。制定整改任务清单,整改任务清单包括43项整改任务。\n"
        "(二)推进整改。年内完成43项整改任务。\n"
    )
    got = measure_figures(variant(text))
    assert got == [[], [("43", "项")]]
