"""A county's or district's name without its suffix opening a list item (翁源兰花: 翁源县) is a place, not part of
the trade's name, when the stem names one division only and is no city's or province's form. Inline texts in
both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from policykg.loaders.extract.industries import IndustryLexicon
from policykg.loaders.normalize import name_key
from tests.loaders.inline import IDS, VARIANTS
from tests.loaders.test_industries import labels


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("重点支持沙田柚、翁源兰花等产业。", ["沙田柚", "兰花"]),
        # a city's short form before the trade goes as before
        ("发展新余光伏、宜春医药等产业。", ["光伏", "医药"]),
        # no county stem at the item's start: the item as written
        ("重点支持新材料、生物医药等产业。", ["新材料", "生物医药"]),
    ],
)
def test_county_stem_before_a_trade_is_a_place(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert [name_key(x) for x in labels(variant(text), lex)] == [name_key(x) for x in expected]
