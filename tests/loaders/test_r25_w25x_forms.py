"""Industry and target families of round 25's second wave (w25x: heldout29-33). Inline texts in both scripts and
both punctuations.

* A broad stem written alone before 产业 or 服务业 (发展数据产业, 以大数据为核心的信息产业, 聚焦信息服务业) names its
  trade with the head kept, as 时尚产业 is named: 数据 and 信息 alone name no trade. A longer name ending in the stem
  (电子信息产业, 光电信息产业) keeps its own reading, and a park named for the trade (数据产业集聚区) gives the stem."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from policykg.loaders.extract.industries import IndustryLexicon
from tests.loaders.inline import IDS, VARIANTS, family_params
from tests.loaders.test_industries import labels

# Each family's cases: a text and the industries it names, in order.
INDUSTRIES: dict[str, list[tuple[str, list[str]]]] = {
    "a_broad_stem_alone_keeps_its_head": [
        ("大力发展数据产业。", ["数据产业"]),
        ("培育和发展以大数据为核心的信息产业。", ["大数据", "信息产业"]),
        ("聚焦信息服务业,提升产业规模。", ["信息服务业"]),
        ("重点发展信息服务业。", ["信息服务业"]),
        # a longer name ending in the stem is read as before
        ("加快电子信息产业聚集区建设。", ["电子信息"]),
        ("打造千亿元光电信息产业集群。", ["光电信息"]),
        # a park named for the trade gives the stem, as other parks do
        ("积极争创建设国家数据产业集聚区。", ["数据"]),
        # the stem before another head stays a qualifier of every trade
        ("推动信息消费,支持数据企业发展。", []),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(INDUSTRIES))
def test_w25x_industry_families(
    variant: Callable[[str], str], text: str, want: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == want
