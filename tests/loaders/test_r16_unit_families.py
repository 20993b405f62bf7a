"""Round 16's responsible-unit families (issue 11), in Simplified and Traditional script."""

from __future__ import annotations

import pytest

from tests.loaders.test_responsibility import IDS, VARIANTS, keys, names, run


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_item_opening_with_its_unit_whose_task_names_another_body(variant) -> None:  # type: ignore[no-untyped-def]
    """3.区城管执法局负责联系市城管执法局,…: the item opens with its unit and 负责; the body after the verb is the
    task's object (no unit), and the opening is no list of units waiting for a verb."""
    doc = run(
        variant(
            "一、重点任务\n1.区城管执法局负责联系市城管执法局,支持活动的开展。\n"
            "2.区市场监管局负责对接市场监管总局,做好商品质量抽检。\n"
        )
    )
    one, two = doc.measures
    assert names(one.responsible) == keys([variant("区城管执法局")])
    assert names(two.responsible) == keys([variant("区市场监管局")])
    assert not one.lead and not two.lead
