"""Industry rule families of round 12 (r12ind), each on small inline texts in Simplified and Traditional script,
ASCII and full-width punctuation, with the false mentions each family must not produce."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from policykg.loaders.extract.industries import IndustryLexicon
from tests.loaders.inline import IDS, VARIANTS
from tests.loaders.test_industries import labels


def check(variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # trades named on their own, outside any list
        ("推动电子商务和实体经济更好地融合发展。", ["电子商务"]),
        # no trade where neither is named
        ("推动实体经济更好地融合发展。", []),
    ],
)
def test_trades_named_alone(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    check(variant, text, expected, lex)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 文化产业 keeps its head: 文化 alone names culture, not a trade
        ("扶持新闻传媒、数字动漫等文化产业快速成长。", ["新闻传媒", "数字动漫", "文化产业"]),
        ("大力发展文化产业。", ["文化产业"]),
        # 文化 as an item of a list of trades keeps its own label; public culture is no trade
        ("促进文化、物流、会展等产业融合发展。", ["文化", "物流", "会展"]),
        ("完善公共文化服务体系。", []),
    ],
)
def test_culture_trade_keeps_its_head(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    check(variant, text, expected, lex)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 和 joins a two-character name to a trade in a list's last item: two items
        ("因地制宜发展蔬菜、茶叶、干果和木本油料等产业。", ["蔬菜", "茶叶", "干果", "木本油料"]),
        # 及 makes one compound; a non-trade longer part splits nothing
        ("发展电子、汽车及零部件等产业。", ["电子", "汽车及零部件"]),
        ("发展蔬菜、茶叶和服务等产业。", ["蔬菜", "茶叶"]),
        # a trade named by its activities keeps its 和 (电力和热力生产供应)
        ("推进矿产品精深加工、电力和热力生产供应等产业。", ["矿产品精深加工", "电力和热力生产供应"]),
    ],
)
def test_short_name_joined_by_he_in_a_list(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    check(variant, text, expected, lex)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # farm trades named by one character in a counted list of trades
        (
            "围绕粮、菜、果、畜、花卉苗木、乡村旅游六大产业,推进发展。",
            ["粮", "菜", "果", "畜", "花卉苗木", "乡村旅游"],
        ),
        ("发展茶、果、菜等产业。", ["茶", "果", "菜"]),
        # the same characters outside a list of trades name none
        ("取得成果、效果等。", []),
        ("保障菜、肉、蛋供应。", []),
    ],
)
def test_one_character_farm_trades(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    check(variant, text, expected, lex)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list closed by 特色行业 names the places' trades, each item one, places and towns before it dropped
        (
            "重点抓好蓬江区摩托车、新会区司前镇五金不锈钢、水口镇水暖卫浴、恩平市恩城镇麦克风等重点区域特色行业的保护。",
            ["摩托车", "五金不锈钢", "水暖卫浴", "麦克风"],
        ),
        (
            "重点抓好摩托车、五金不锈钢、水暖卫浴、麦克风等特色行业。",
            ["摩托车", "五金不锈钢", "水暖卫浴", "麦克风"],
        ),
        # under a plain weak head the items must still end like trades
        ("支持摩托车、五金不锈钢等行业。", []),
    ],
)
def test_characteristic_trades_list(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    check(variant, text, expected, lex)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 文创 (文化创意) ends a trade's name; 高质量 ends the list's last item like the verb phrase after it
        ("推进文旅、文创高质量融合发展。", ["文旅", "文创"]),
        ("推进文旅、文创融合发展。", ["文旅", "文创"]),
        # no list, no trade
        ("推动高质量发展。", []),
    ],
)
def test_cultural_creative_and_high_quality_tail(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    check(variant, text, expected, lex)
