"""Round 35 (heldout69 dm10, a 镇 政府工作报告): a frame title after the year it is of (一、2023年工作回顾) is the same
frame as without it: its paragraphs report past results, no measures and no targets; the report's tasks stand under
its other parts. Both scripts, both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, run


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_years_review_is_no_measure(variant: Callable[[str], str]) -> None:
    text = (
        "一、2023年工作回顾\n"
        "刚刚过去的2023年,是全面贯彻党的二十大精神的开局之年。\n"
        "一年来,我们全力以赴稳增长,经济回升的步伐迈得更沉稳。\n"
        "经济总量持续增长。全镇固定资产投资同比增长20.1%;规模以上工业总产值84亿元。\n"
    )
    doc = run(variant(text))
    assert not doc.measures
    assert not doc.doc_targets


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_years_tasks_stay_measures(variant: Callable[[str], str]) -> None:
    text = (
        "一、2023年工作回顾\n"
        "经济总量持续增长。规模以上工业总产值84亿元。\n"
        "二、2024年重点工作\n"
        "(一)推进产业发展。力争规模以上工业总产值达到90亿元。\n"
        "(二)办好民生实事。新增就业岗位350个。\n"
    )
    doc = run(variant(text))
    assert [m.number for m in doc.measures] == ["(一)", "(二)"]
    assert [[(str(t.value), t.unit) for t in m.targets] for m in doc.measures] == [
        [("90", "亿元")],
        [("350", "个")],
    ]
