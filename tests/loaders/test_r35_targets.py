"""Round 35 (heldout69 dm03, scored blind then read): a run-on list's item number glued to its figure
(督查内容:1.144项…;2.14项…;3.10项…) is no decimal (1.144, 2.14): the figures are 144, 14 and 10 as counted, with
the item numbers left out; a plain decimal in a list (增长1.5%;…增长2.5%) stays one. Both scripts, both
punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, run


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_an_item_number_glued_to_a_figure_is_no_decimal(variant: Callable[[str], str]) -> None:
    text = (
        "一、工作任务\n"
        "(一)建设项目:1.150个新建项目完成开工;2.30个续建项目建成投产;3.12个储备项目完成前期。\n"
        "(二)提高收入:居民收入增长1.5%;财政收入增长2.5%。\n"
    )
    doc = run(variant(text))
    got = [[(str(t.value), t.unit) for t in m.targets] for m in doc.measures]
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
    doc = run(variant(text))
    got = [[(str(t.value), t.unit) for t in m.targets] for m in doc.measures]
    assert got == [[], [("10", "项")]]
