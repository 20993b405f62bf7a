"""Industry rule family: a list of goods closed by the market that sells them (建材、钢材等生产资料市场) names goods,
not trades; 消费 before 品 is consumer goods, no consumer-trade head. Inline texts in both scripts and both
punctuations."""

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
        # goods of markets to reopen: no trade, even those the lexicon knows (纺织服装, 食品饮料)
        ("家具五金装饰材料、电子设备、纺织服装鞋帽、日用品、食品饮料等工业消费品市场逐步放开。", []),
        ("对暂时关闭的建材、钢材等生产资料市场,要立即开放。", []),
        ("推进粮食加工品、食用油、乳制品等28类食品的市场监管。", []),
        # a list of consumer trades closed by 消费 still names them, and a trade's market names the trade
        ("扩大新能源汽车、智能家居、数码产品等消费。", ["新能源汽车", "智能家居", "数码产品"]),
        ("规范二手车市场秩序。", ["二手车"]),
        # vouchers are spent in trades: a list before 消费券 names them
        ("支持餐饮、零售等消费券发放。", ["餐饮", "零售"]),
        # the same goods in a list of industries are industries
        ("重点发展电子设备、纺织服装等产业。", ["电子设备", "纺织服装"]),
    ],
)
def test_goods_sold_in_markets_are_no_trades(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected
