"""Targets of round 19 (heldout12-14 pages): the amounts of a discount rule (消费金额满100元减20元) are its condition
and a restated face value, not targets; nor is a bracket tallying an item's projects by kind (工程(项目6个,其中基建工程类5个…)), nor the income that
qualifies a village (集体经济年收入超过100万元的村).
Inline texts in both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, family_params
from tests.loaders.test_targets import targets

Case = tuple[str, list[tuple[int, str, str]]]

# Each family's cases: a text and the targets it holds as (value, unit, comparator).
FAMILIES: dict[str, list[Case]] = {
    "discount_rule_amounts_are_no_targets": [
        ("发放零售消费券,消费金额满200元减30元、满500元减80元。", []),
        ("活动期间每满300元立减50元,每人限用一次。", []),
        # a face value the notice sets stays
        ("共设置两种面额:30元、80元;消费金额满200元减30元。", [(30, "元", "="), (80, "元", "=")]),
    ],
    "bracket_tallying_an_items_projects_is_no_target": [
        ("(一)教育惠民工程(项目6个,其中基建工程类5个、小而美事项类1个)。主要是新建学校。", []),
        ("健康惠民工程(项目3个)。建设县医院门诊楼。", []),
        # a count the item commits to stays
        ("健康惠民工程。新建社区卫生服务站6个。", [(6, "个", "=")]),
    ],
    "income_qualifying_a_village_is_no_target": [
        ("力求3年培育5个以上集体经济年收入超过100万元的村。", [(5, "个", ">=")]),
        ("培育集体经济年收入50万元以上的村20个。", [(20, "个", "=")]),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_r19_target_families(
    variant: Callable[[str], str], text: str, want: list[tuple[int, str, str]]
) -> None:
    got = [(int(t.value), t.unit, t.comparator) for t in targets(variant(text))]
    assert got == want
