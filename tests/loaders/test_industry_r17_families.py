"""Industry rule families of round 17 (unseen pages): names joined by 及/与 after a trade closed by its activity
(机械制造及汽车零部件产业) are two trades. Inline texts in both scripts and both punctuations."""

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
        ("做大做强机械制造及汽车零部件产业。", ["机械制造", "汽车零部件"]),
        ("培育农产品加工与休闲旅游产业。", ["农产品加工", "休闲旅游"]),
        # a part of the first trade's product after the joiner: one compound as written
        ("发展汽车及零部件产业。", ["汽车及零部件"]),
        ("发展新能源汽车及零部件产业。", ["新能源汽车及零部件"]),
    ],
)
def test_joiner_after_a_trade_closed_by_its_activity_joins_two_trades(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected
