"""Round 31 (heldout57 cy14, a 春运 digest): a glued pair of role groups after an ordinal 一是/二是 (二是由A负责、B配合
做好…), the same pair with no separator (由A负责B配合抓好…, and in a bracket (A负责B配合)), the item's label kept
whole when the pair opens it, and the 共青团 committees named by level (团区委, 团市委) as bodies. A carrier glued to
work (负责区域统筹配合) splits nothing. Both scripts, both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, assert_measures

HEAD = "春运工作方案\n三、重点任务\n"


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_pairs_after_an_ordinal_give_carrier_and_supporter(variant: Callable[[str], str]) -> None:
    text = HEAD + (
        "一是由区公安分局负责、区运输管理所配合做好春运安保反恐工作。\n"
        "二是由区运输管理所负责区安监局配合抓好春运安全生产工作。\n"
        "三是由团区委负责做好学生返乡购票工作。\n"
    )
    want = [
        ("一是", "由区公安分局负责", ["区公安分局", "区运输管理所"], ["区公安分局"]),
        ("二是", "由区运输管理所负", ["区运输管理所", "区安监局"], ["区运输管理所"]),
        ("三是", "由团区委负责做好", ["团区委"], []),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_bracket_with_two_glued_role_groups(variant: Callable[[str], str]) -> None:
    text = HEAD + (
        "(一)抓好春运安全。加强客运管理。(区运输管理所负责区安监局配合)\n"
        "(二)抓好志愿服务。组织青年志愿者。(团市委牵头)\n"
    )
    want = [
        ("(一)", "抓好春运安全", ["区运输管理所", "区安监局"], ["区运输管理所"]),
        ("(二)", "抓好志愿服务", ["团市委"], ["团市委"]),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_carrier_glued_to_work_splits_nothing(variant: Callable[[str], str]) -> None:
    text = HEAD + (
        "(一)抓好春运安全。加强客运管理。(区运输管理所负责区域统筹配合)\n"
        "(二)抓好春运保障。加强服务。(区交通局负责)\n"
    )
    want = [
        ("(一)", "抓好春运安全", [], []),
        ("(二)", "抓好春运保障", ["区交通局"], []),
    ]
    assert_measures(text, want, variant)
