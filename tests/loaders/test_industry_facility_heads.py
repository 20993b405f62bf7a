"""Industry rule family: a list item naming a facility for the trade it serves (航空物流枢纽, 跨境电子商务综合贸易基地,
航空冷链进口集散基地) names the trade before the facility's head and what the facility does. Inline texts in both
scripts and both punctuations."""

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
        (
            "打造区域性航空物流枢纽、跨境电子商务综合贸易基地和航空冷链进口集散基地。",
            ["航空物流", "跨境电子商务", "航空冷链"],
        ),
        ("加快建设冷链物流分拨基地、航空物流枢纽和电子商务集散基地。", ["冷链物流", "航空物流", "电子商务"]),
        # a facility whose name holds no industry word names no trade
        ("打造区域性综合枢纽、国际进口集散基地和国际中转基地。", []),
    ],
)
def test_facility_names_its_trade(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one base, outside a list: its trade before what it does (综合贸易, 进口集散, 出口)
        ("建设跨境电子商务综合贸易基地。", ["跨境电子商务"]),
        ("打造航空冷链进口集散基地。", ["航空冷链"]),
        ("建设国家级汽车出口基地。", ["汽车"]),
        # cold-chain facilities are no trade named
        ("完善冷链设施。", []),
    ],
)
def test_base_names_its_trade_before_its_role(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected
