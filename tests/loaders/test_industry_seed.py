"""Industry lexicon: 种业 (GB/T 4754 0511, seed breeding) is an industry of its own, named alone or joined to
another sector (促进农林牧渔业和种业创新发展), kept whole inside a longer name. Inline texts in both scripts."""

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
        ("促进农林牧渔业和种业创新发展。", ["农林牧渔业", "种业"]),
        ("大力发展种业。", ["种业"]),
        ("实施种业振兴行动。", ["种业"]),
        # no seed industry without the word
        ("推进种植结构调整。", []),
    ],
)
def test_seed_industry(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected
