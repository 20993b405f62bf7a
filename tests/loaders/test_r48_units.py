"""Round 48 units: a connective glued to a duty's subject with no mark between (同时罗山县工改办要…) is no part of the
body's name, and after a meeting's demand a sentence opening with a connective and a body of its own (同时,县工改办
要…) is a demand of its own (heldout160 gz07, heldout159 gy09). Both scripts, both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, assert_measures


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_connective_glued_to_the_subject_is_no_name(variant: Callable[[str], str]) -> None:
    text = "一、重点任务\n1.同时县政府督查室要加强督导检查。\n2.此外县财政局要做好经费保障。\n"
    want = [
        ("1", "同时县政府督查室要加强督导检查", ["县政府督查室"], []),
        ("2", "此外县财政局要做好经费保障", ["县财政局"], []),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize("mark", ["", ","])
def test_a_demand_after_a_connective_is_its_own(variant: Callable[[str], str], mark: str) -> None:
    text = (
        "某县召开优化营商环境工作会议\n近日,某县召开优化营商环境工作会议。\n"
        "会议强调,各成员单位要尽快整改落实到位。各成员单位要高度重视提升工作,加快推进工作进度。"
        f"同时{mark}县工改办要发挥好协调作用,加强各部门协调联动。\n"
    )
    want = [
        ("", "各成员单位要尽快整改落实到位", ["各成员单位"], []),
        ("", "各成员单位要高度重视提升工作", ["各成员单位"], []),
        ("", f"同时{mark}县工改办要发挥好协调作用", ["县工改办"], []),
    ]
    assert_measures(text, want, variant)
