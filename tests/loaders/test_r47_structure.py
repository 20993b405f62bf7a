"""Round 47 structure: a programme of events (5、重大项目签约仪式 / 时间:… / 6、项目对接会 / 时间:…): each item an event's
name over its particulars only, no task (heldout148 gn05). Both scripts, both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, assert_measures


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_programme_of_events_names_no_tasks(variant: Callable[[str], str]) -> None:
    text = (
        "二、主要活动\n1、开幕式\n时间:4月26日9:00\n地点:会展中心\n2、重大项目签约仪式\n时间:4月26日上午\n"
        "3、项目对接会\n时间:4月27日9:30-16:00\n三、客商邀请\n我市将邀请客商和投资机构代表等35人以上参会。\n"
        "四、工作保障\n(一)市商务局负责客商接待。\n"
    )
    want = [("(一)", "市商务局负责客商接待", ["市商务局"], [])]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_tasks_with_their_time_stay_tasks(variant: Callable[[str], str]) -> None:
    text = (
        "二、重点任务\n1、市商务局要组织开展项目推介,扩大招商成果。\n时间:4月底前\n"
        "2、市财政局要落实活动经费。\n时间:5月底前\n"
    )
    want = [
        ("1", "市商务局要组织开展项目推介", ["市商务局"], []),
        ("2", "市财政局要落实活动经费", ["市财政局"], []),
    ]
    assert_measures(text, want, variant)
