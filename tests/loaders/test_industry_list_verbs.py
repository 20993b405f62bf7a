"""Industry rule family: a farming verb after the last item of a list governs the whole list (扩大旱粮、油料、大豆|种植):
the last item is the crop, as the others are; two items each with the verb (水产养殖、畜禽养殖) name farm trades. Inline
texts in both scripts and both punctuations."""

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
        ("扩大旱粮、油料、大豆种植。", ["旱粮", "油料", "大豆"]),
        ("扩大玉米、大豆种植。", ["玉米", "大豆"]),
        ("发展水产养殖、畜禽养殖。", ["水产养殖", "畜禽养殖"]),
    ],
)
def test_farming_verb_after_a_list(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected
