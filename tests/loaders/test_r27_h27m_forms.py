"""Measures and metadata of round 27 (heldout41, 43, 45), written as families of the page's form.

- A speaker's charge that numbers its demands with 一要 / 二要 (…落实“六项机制”。一要完善…机制。…二要…) numbers them
  as 一是 / 二是 do: each demand a measure numbered as written, whether run together in one paragraph or one a line.

Inline texts in both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, family_params, run

# Each family's cases: a page and its measures as (number, the label's first characters).
MEASURE_FAMILIES: dict[str, list[tuple[str, list[tuple[str, str]]]]] = {
    "demands_numbered_by_yi_yao": [
        (
            "3月15日上午,某县委政法委召开校园周边治安综合治理工作会。会议要求落实“三项机制”。"
            "一要完善校园护卫机制。各中小学组建校园护卫队伍,维护校园周边秩序。"
            "二要完善学生通勤机制。教育部门统计走读生信息,推广校园通勤车。"
            "三要完善联合执法机制。县公安局要加大执法检查力度。\n",
            [("一要", "完善校园护卫机制"), ("二要", "完善学生通勤机制"), ("三要", "完善联合执法机制")],
        ),
        (
            "某市召开安全生产工作会议,对下一步工作作出部署。\n"
            "一要压实安全责任,各乡镇要落实属地管理责任。\n"
            "二要深化隐患排查,全面开展拉网式排查。\n",
            [("一要", "压实安全责任"), ("二要", "深化隐患排查")],
        ),
    ],
    # a word that only opens with 一要 once is no series: 统一要求 inside a sentence numbers nothing
    "a_lone_yao_numbers_nothing": [
        ("某市召开会议。会议提出统一要求,一要把握方向。各部门要抓好落实。\n", []),
    ],
}


def _measures(text: str) -> list[tuple[str, str]]:
    return [(m.number, m.label) for m in run(text).measures]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(MEASURE_FAMILIES))
def test_measure_families(variant: Callable[[str], str], text: str, want: list[tuple[str, str]]) -> None:
    got = _measures(variant(text))
    expect = [(variant(n), variant(label)) for n, label in want]
    assert len(got) == len(expect), got
    for (number, label), (wn, wl) in zip(got, expect, strict=True):
        assert number == wn and label.startswith(wl), (number, label)
