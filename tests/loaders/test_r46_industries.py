"""Round 46 industries: a national programme's cluster named by its trade (联合娄底、衡阳争创先进钢铁材料国家先进制造业
集群, heldout140 gf09): the trade is the industry, the programme's head no part of it. Both scripts, both
punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, run


def _industries(text: str, variant: Callable[[str], str]) -> list[str]:
    doc = run(variant(text))
    return sorted({doc.industries[r.key].pref_label for m in doc.measures for r in m.industries})


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_national_clusters_trade(variant: Callable[[str], str]) -> None:
    text = (
        "一、重点任务\n1.培育产业集群。联合娄底、衡阳争创先进钢铁材料国家先进制造业集群。(责任单位:市工信局)\n"
        "2.培育先进制造业集群。(责任单位:市工信局)\n"
    )
    got = _industries(text, variant)
    assert got == ["先进钢铁材料"], got
