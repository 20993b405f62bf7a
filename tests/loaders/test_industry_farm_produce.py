"""Crops and livestock: one-character farm trades, produce words glued together or sharing a farming verb, produce
with the verb of farming it, a crop's area and other indicators (a commitment verb before an indicator, a
self-sufficiency rate), crop classes. Each on small inline texts in Simplified and Traditional script, ASCII and
full-width punctuation, with the false mentions each family must not produce (regrouped from the round-named
modules round11, r12ind, r13ind, dev8)."""

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
        # 面积 after a crop counts its trade, like 播种面积
        ("油菜面积\n万亩\n", ["油菜"]),
        ("蔬菜面积稳定在10万亩。", ["蔬菜"]),
        # after anything else it measures land
        ("新增建设用地面积100亩。", []),
        ("新建标准厂房面积10万平方米。", []),
    ],
)
def test_the_area_of_a_crop(
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
        # a crop before an indicator is the crop (粮食), not its farming (粮食种植)
        ("粮食种植面积稳定在6350万亩。", ["粮食"]),
        # the farming named as a trade stays
        ("大力发展蔬菜种植。", ["蔬菜种植"]),
        # 经济作物, 经济林: crops and trees grown for sale, no economy or trade
        ("新增特色经济作物200万亩,发展经济林。", []),
        ("发展林下经济。", ["林下经济"]),
    ],
)
def test_indicator_and_crop_class_boundaries(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    check(variant, text, expected, lex)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the farming verb after the last of a list of livestock is shared: each is named alone
        ("扶持肉牛、肉羊养殖。", ["肉牛", "肉羊"]),
        # one kind of livestock before 养殖 drops the verb too (tests/corpus/README "Counted in round 26": the suffix
        # dropped 17 : 2; round 27's r27i family)
        ("发展肉牛和肉羊养殖,推进生猪养殖。", ["肉牛", "肉羊", "生猪"]),
    ],
)
def test_farming_verb_shared_by_a_list(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    check(variant, text, expected, lex)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two livestock or crops written without a separator are two farm trades, as when listed with 、
        ("组织编制肉牛奶牛产业发展专项规划。", ["肉牛", "奶牛"]),
        ("支持生猪家禽产业发展。", ["生猪", "家禽"]),
        # one produce word, or a word that is no pair of them, is itself
        ("支持肉牛产业发展。", ["肉牛"]),
        ("推进食用菌产业发展。", ["食用菌"]),
    ],
)
def test_produce_words_glued_together(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    """Regression (dev8 aa10): 肉牛奶牛产业 was one industry 肉牛奶牛."""
    check(variant, text, expected, lex)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # crops or livestock with the verb of farming them name the farm trade
        ("加大畜禽养殖环保设施建设投入与监管。", ["畜禽养殖"]),
        ("推进生猪养殖业转型升级。", ["生猪"]),  # one kind: the verb dropped, as the gold's majority reads it
        # two glued before the verb are two trades
        ("将肉牛奶牛养殖粪污处理利用纳入项目支持范围。", ["肉牛", "奶牛"]),
        # the last of a list of produce before the verb is one of the list's trades
        ("发展肉牛和肉羊养殖。", ["肉牛", "肉羊"]),
        # the farm, the farmer and the technique are no trade
        ("支持畜禽养殖场粪污处理。", []),
        ("扶持生猪养殖户。", []),
        ("加强养殖技术培训。", []),
    ],
)
def test_produce_with_the_verb_of_farming_it(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    """Regression (dev8 aa03, aa10): 畜禽养殖, 肉牛奶牛养殖 were no industries."""
    check(variant, text, expected, lex)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a commitment verb before an indicator's trade is no part of its name; a self-sufficiency rate counts it
        ("确保粮食播种面积稳步提升,猪肉自给率提高并稳定在70%左右。", ["粮食", "猪肉"]),
        ("力争生猪存栏稳定在100万头。", ["生猪"]),
        ("蔬菜自给率保持在60%以上。", ["蔬菜"]),
        # any two-character verb before the crop or livestock an indicator counts; a qualifier stays
        ("保障粮食播种面积稳定。", ["粮食"]),
        ("保持生猪存栏稳定。", ["生猪"]),
        ("特色蔬菜种植面积达到10万亩。", ["特色蔬菜"]),
        # a rate of something else names no trade
        ("城镇化率提高到60%。", []),
    ],
)
def test_an_indicator_after_a_commitment_verb_and_a_self_sufficiency_rate(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    """Regression (dev8 ab03): 确保粮食 was an industry, 猪肉 (猪肉自给率) none."""
    check(variant, text, expected, lex)
