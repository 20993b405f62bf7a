"""A short qualifier in brackets inside or closing a list item's name (绿色(装配式)建筑, 新能源装备(储能)) is part of
the name as written, and only where the name ends like an industry (规划(计划)、经济调控 names none). Each on small
inline texts in Simplified and Traditional script, ASCII and full-width punctuation (labels compared by name_key,
which folds the brackets' width and the script)."""

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
        # closing the item: the whole item, not the word in the brackets
        (
            "加快打造新能源装备(储能)、现代家居、纺织服装等3个五百亿级产业链群。",
            ["新能源装备(储能)", "现代家居", "纺织服装"],
        ),
        # inside the item
        ("加快打造生物医药、绿色(装配式)建筑等3个百亿级产业链群。", ["生物医药", "绿色(装配式)建筑"]),
        # a bracket after a word that names no trade: no list of industries
        ("各级政府制定的经济社会发展规划(计划)、经济调控和产业发展政策。", []),
        # a place in brackets before the trade still goes with the place
        ("发展赣州(南康)家具、新余光伏等产业。", ["家具", "光伏"]),
    ],
)
def test_bracketed_qualifier_is_part_of_the_name(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert [name_key(x) for x in labels(variant(text), lex)] == [name_key(x) for x in expected]
