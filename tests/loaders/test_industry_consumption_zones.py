"""Industry rule family: 消费 before 集聚区/聚集区/街区 names a zone by what is consumed there (夜间文化和旅游消费集聚区),
not the consumer trades, as 经济区 names a zone. Inline texts in both scripts and both punctuations."""

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
        ("认定一批夜间文化和旅游消费集聚区。", []),
        ("建设特色餐饮消费街区。", []),
        # the consumer trade itself is still named
        ("扩大汽车消费。", ["汽车"]),
    ],
)
def test_consumption_zone_names_no_trade(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected
