"""Round 44, read after the kept-out parts' score (heldout115 fg06, a district's 冬防 meeting news): a sentence whose
comma pieces each open with a 由-clause of their own (由公安分局负责做好…,由区交警队负责…) hands out a task a piece; a
day the work runs from (自11月19日起,) frames the first piece. Not a task followed by its owner (…的管控,由公安分局负责).
Both scripts, both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, assert_measures, run

_NEWS = (
    "西固区召开冬防紧急会议\n11月18日晚,西固区召开紧急会议,对下一阶段的冬防工作提出了严格要求。\n"
    "自11月19日起,由区执法局牵头,关停全区所有施工工地;由区环卫局负责加强背街小巷环境卫生的清扫;"
    "由公安分局负责做好对烟花爆竹的管控,由区交警队负责对车辆单双号限行的宣传、管控工作。\n"
)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_handed_comma_pieces_each_a_task(variant: Callable[[str], str]) -> None:
    want = [
        ("", "由区执法局牵头,关", ["区执法局"], ["区执法局"]),
        ("", "由区环卫局负责加", ["区环卫局"], []),
        ("", "由公安分局负责做", ["公安分局"], []),
        ("", "由区交警队负责对", ["区交警队"], []),
    ]
    assert_measures(_NEWS, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_task_then_its_owner_stays_one(variant: Callable[[str], str]) -> None:
    text = (
        "县召开冬防会议\n会后,由区执法局牵头,关停全区所有施工工地;由区环卫局负责加强环境卫生清扫;"
        "做好对烟花爆竹的管控,由公安分局负责。\n"
    )
    doc = run(variant(text))
    assert not any(m.label.startswith(variant("由公安分局负责")) for m in doc.measures)
