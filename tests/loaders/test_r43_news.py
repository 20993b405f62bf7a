"""Round 43 (heldout108, county and town news on farm work): a meeting's demand whose ;-pieces open with the place
as a whole (全镇要…), then collectives and named bodies with their modal (各村要…;农技站要…;…,市场监督管理所要…), divides the
work: a measure a piece, the place as a whole charging as the modal alone does. Both scripts, both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, assert_measures

_MEETING = "中峰镇部署春耕春播工作\n发布时间:2024-03-05\n春风拂过大地。中峰镇迅速行动,召开干部大会,部署春耕春播相关工作。\n"


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_the_place_as_a_whole_opening_a_division(variant: Callable[[str], str]) -> None:
    demand = (
        "会议要求,全镇要按照早谋划的思路做好服务工作;各村要梳理去年春季农户的种植情况;"
        "农技站要做好极端天气防范和病虫害防治;春季是用种、用肥的高峰期,市场监督管理所要查清种子的准备情况。\n"
    )
    want = [
        ("", "全镇要按照早谋划", [], []),
        ("", "各村要梳理去年春", ["各村"], []),
        ("", "农技站要做好极端", ["农技站"], []),
        ("", "春季是用种、用肥", ["市场监督管理所"], []),
    ]
    assert_measures(_MEETING + demand, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_whole_place_demand_alone_stays_one(variant: Callable[[str], str]) -> None:
    # no ;-piece charging bodies of their own: the demand one measure
    demand = "会议要求,全镇要按照早谋划的思路做好服务工作;要及时做好种子和肥料的调度。\n"
    assert_measures(_MEETING + demand, [("", "全镇要按照早谋划", [], [])], variant)


_HARVEST = (
    "萝北县收看全省秋收生产调度视频会议\n10月8日,全省秋收生产调度视频会议召开,萝北县在分会场收看会议。\n"
)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_speakers_demand_with_no_mark_after_the_verb(variant: Callable[[str], str]) -> None:
    # heldout108 ez09: 会后 + a speaker + 要求, the bodies right after it (a county's collective by its full name)
    demand = "会后袁翔龙要求萝北县各有关单位、各乡镇要提高认识,克服困难,全面抢收。\n"
    want = [("", "萝北县各有关单位", ["萝北县各有关单位", "各乡镇"], [])]
    assert_measures(_HARVEST + demand, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_document_requiring_is_no_speaker(variant: Callable[[str], str]) -> None:
    assert_measures(_HARVEST + "通知要求各地要提高认识,全面抢收。\n", [], variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_countys_firms_are_no_collective_unit(variant: Callable[[str], str]) -> None:
    demand = "会后袁翔龙要求萝北县各企业要提高认识,全面抢收。\n"
    assert_measures(_HARVEST + demand, [("", "萝北县各企业要提", [], [])], variant)
