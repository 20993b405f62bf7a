"""Trades whose firms are platforms (电子商务, 电商): before 平台 the name is the trade, while a technical platform
(大数据平台, 工业互联网平台) names no trade. Each on small inline texts in Simplified and Traditional script, ASCII
and full-width punctuation."""

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
        ("发展各类电子商务平台,加强与境内外电子商务平台合作。", ["电子商务"]),
        ("鼓励企业入驻跨境电商平台。", ["跨境电商"]),
        ("积极培育优质零售、电商平台、品牌运营企业。", ["零售", "电商", "品牌运营"]),
        # technical platforms: an industry word inside an institution's name, no mention
        ("加强大数据平台建设,培育工业互联网平台。", []),
        ("建设省大数据中心。", []),
    ],
)
def test_platform_of_a_platform_trade_names_the_trade(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected
