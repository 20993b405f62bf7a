"""Round 31 (heldout56 cx03, heldout27 bu01): a comma piece naming work, not a body, before a piece that opens with
(分别)由 hands that work to the bodies after 由 (其中危险化学品运输安全整治,分别由省公安厅和省交通厅负责指导): the work is
no unit; bodies sharing a task with 一同负责 (由A和B一同负责) are units. Both scripts, both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, assert_measures

HEAD = "安全生产专项整治方案\n一、主要任务\n"


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_work_handed_to_bodies_after_a_comma_is_no_unit(variant: Callable[[str], str]) -> None:
    text = HEAD + (
        "(一)明确责任。省安监局牵头负责指导非煤矿山、危险化学品专项整治(其中危险化学品运输安全整治,分别由省公安厅"
        "和省交通厅根据职责分工负责指导);省交管局牵头负责指导道路交通安全专项整治。\n"
        "(二)开展普查。锅炉普查结合污染源普查一同进行,由普查领导小组办公室和环境监察局一同负责。\n"
    )
    want = [
        ("(一)", "明确责任", ["省安监局", "省公安厅", "省交通厅", "省交管局"], ["省安监局", "省交管局"]),
        ("(二)", "开展普查", ["普查领导小组办公室", "环境监察局"], []),
    ]
    assert_measures(text, want, variant)
