"""Industry rule family: a region's national designation holding a product word (重要的商品粮基地) names the region's
role, not a trade. Inline texts in both scripts and both punctuations."""

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
        ("我省是重要的商品粮基地。", []),
        ("巩固国家商品粮基地地位,发展粮食产业。", ["粮食"]),
    ],
)
def test_designation_names_no_trade(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected
