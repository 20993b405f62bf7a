"""Round 34 (heldout57 cy09, heldout47 cb11): an implementation step (四、时间安排 / (二)全面整治阶段:8月底前,…) whose
text names the bodies acting in it, a collective addressed by 各 (各县和市级有关部门根据…) or a body named with its
level or place and charged (县交通运输局要开展…), is a measure of the plan with those bodies as its units; a step
naming none (总结阶段:12月底前,全面总结。) stays a step. Both scripts, both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, assert_measures

PLAN = "一、总体要求\n坚持问题导向。\n二、工作任务\n(一)整治黑车。严厉打击非法营运。\n三、时间安排\n"


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_steps_naming_their_actors_are_measures(variant: Callable[[str], str]) -> None:
    text = PLAN + (
        "(一)制订方案阶段:7月20日前,各县和市级有关部门根据本实施意见,结合实际制订实施细则。\n"
        "(二)全面整治阶段:8月底前,县交通运输局要开展集中整治。\n"
        "(三)总结阶段:12月底前,全面总结。\n"
    )
    want = [
        ("(一)", "整治黑车", [], []),
        ("(一)", "制订方案阶段", ["各县", "市级有关部门"], []),
        ("(二)", "全面整治阶段", ["县交通运输局"], []),
    ]
    assert_measures(text, want, variant)
