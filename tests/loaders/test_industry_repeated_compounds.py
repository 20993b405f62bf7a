"""A compound name a span names whole once (汽车及零部件, not in the lexicon) is the same name where it is written again:
the lexicon word inside it is no mention of its own there. Each on small inline texts in Simplified and Traditional
script, ASCII and full-width punctuation."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from policykg.loaders.extract.industries import IndustryLexicon
from tests.loaders.inline import IDS, VARIANTS
from tests.loaders.test_industries import labels


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # named whole in a list, then again before a noun that is no head: the compound, not 汽车
        (
            "加快建设机床、汽车及零部件、现代建筑等产业集群。加强汽车及零部件配套体系建设。",
            ["机床", "汽车及零部件", "现代建筑"],
        ),
        # the trade written alone later is still its own mention
        ("发展汽车及零部件产业。扩大汽车消费。", ["汽车及零部件", "汽车"]),
        # without the whole name in the span, the lexicon word stands
        ("加强汽车及零部件配套体系建设。", ["汽车"]),
    ],
)
def test_compound_named_again_stays_whole(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected
