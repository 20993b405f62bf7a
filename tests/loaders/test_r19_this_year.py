"""Targets of round 19 (heldout14 news page): on a page with no year of its own, a figure of a sentence dated by a
year (2022年,全市…; 全市从2006年春季开始,…) right before a sentence opening with 今年 reports the year before.
Inline texts in both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, family_params
from tests.loaders.test_targets import targets

Case = tuple[str, list[tuple[int, str, str]]]

# Each family's cases: a text and the targets it holds as (value, unit, comparator), on a page with no plan year.
FAMILIES: dict[str, list[Case]] = {
    "a_dated_sentence_before_this_year_reports": [
        (
            "全市从2006年春季开始,为1884所农村学校免收学杂费。今年全市计划完成水利设施改制179处。",
            [(179, "处", "=")],
        ),
        ("2022年,全市新建充电桩300个。今年还将新建充电桩500个。", [(500, "个", "=")]),
        # a year the figure is due by is a goal's, whatever follows
        ("到2025年,全市新建充电桩300个。今年还将新建充电桩500个。", [(300, "个", "="), (500, "个", "=")]),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_r19_this_year(variant: Callable[[str], str], text: str, want: list[tuple[int, str, str]]) -> None:
    got = [(int(t.value), t.unit, t.comparator) for t in targets(variant(text), plan_year=None)]
    assert got == want
