"""Industry rule family: a list the stored page cuts inside its second item (全力打造临空现代物流、丁<end>) keeps its
first item when that one (three characters or more) ends in an industry word, after any trigger verb, not only a
development verb. Inline texts in both scripts and both punctuations."""

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
        ("全力打造临空现代物流、丁", ["临空现代物流"]),
        ("积极培育智能装备、节能环", ["智能装备"]),
        ("持续强化直升机、工", ["直升机"]),
        # a first item that ends in no industry word is no trade, nor a two-character field after a general verb
        ("全力打造区域中心、丁", []),
        ("推动金融、节能环", []),
    ],
)
def test_cut_list_keeps_its_first_trade(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected
