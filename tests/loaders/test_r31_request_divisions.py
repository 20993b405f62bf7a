"""Round 31 (heldout56 cx06, a 转发 notice): a request names the divisions it addresses up to the division word itself
(请各镇街结合实际… names 各镇街, never 各镇); a request to people (请各位…) names none. Both
scripts, both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, assert_measures

HEAD = "关于开展绿色制造名单推荐工作的通知\n"


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_request_names_the_divisions_up_to_their_word(variant: Callable[[str], str]) -> None:
    text = HEAD + (
        "一、各镇街应持续加强绿色制造体系培育。请各镇街结合实际,开展绿色创建活动。\n"
        "二、各县要加强申报指导。请各县结合实际组织企业申报。\n"
        "三、做好宣传。请各位同志结合实际做好宣传。\n"
    )
    want = [
        ("一", "各镇街应持续加强", ["各镇街"], []),
        ("二", "各县要加强申报指导", ["各县"], []),
        ("三", "做好宣传", [], []),
    ]
    assert_measures(text, want, variant)
