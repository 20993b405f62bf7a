"""Industry families of round 15's heldout7 genre, in Simplified and Traditional script: a list of heritages
(敦煌文化、丝路文化) names no trades."""

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
        # every item a qualified culture: the heritage a plan builds on, no trade
        ("围绕独特的祖脉文化、敦煌文化、丝路文化、长城文化、红色文化,构建旅游发展新格局。", []),
        # a list of trades with 文化 as one bare item still names trades
        ("大力发展文化、旅游、体育、会展等产业。", ["文化", "旅游", "体育", "会展"]),
    ],
)
def test_a_list_of_heritages_names_no_trade(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert (
        labels(variant(text), lex) == [variant(e) for e in expected] or labels(variant(text), lex) == expected
    )
