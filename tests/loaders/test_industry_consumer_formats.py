"""Industry rule family: a list closed by 业态 qualified as consumer or resident services (…、美容美发、洗车洗衣、家政服务
等便民消费业态) names a trade in every item, with or without an industry morpheme; an outlet's size (小型商场超市) makes
an item a format. Inline texts in both scripts and both punctuations."""

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
            "支持各类小型商场超市、书店、美容美发、洗车洗衣、家政服务等便民消费业态恢复营业。",
            ["书店", "美容美发", "洗车洗衣", "家政服务"],
        ),
        ("鼓励理发、洗染、维修等便民服务业态进社区。", ["理发", "洗染", "维修"]),
        # a new or a trade's 业态 lists activities and forms: only the items that name trades
        ("培育传媒影视、数字出版、沉浸式体验等新业态。", ["传媒影视", "数字出版"]),
        # new forms of consumption are no trades of residents' daily services
        ("培育沉浸式体验、剧本杀、国潮等新型消费业态。", []),
        # without 业态, 消费 is the consumer-trade head, whose items must name trades
        ("扩大书店、美容美发等消费。", []),
    ],
)
def test_consumer_formats_name_their_trades(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected
