"""Heads and single names: a trade named with and without its head (…业, …产业), a sector as a verb's object, a field
named by a verb of focus, a trade and its related industries, sectors and trades before a site head, a culture
trade keeping its head, trades named alone. Each on small inline texts in Simplified and Traditional script, ASCII
and full-width punctuation, with the false mentions each family must not produce (regrouped from the round-named
modules r10ind, r12ind, r13ind)."""

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
        # one trade named as a trade and as its sector: the sector name once
        ("提升住宿消费水平。支持住宿业市场主体来渝发展。", ["住宿业"]),
        ("提升住宿消费水平。", ["住宿"]),
        ("支持住宿业市场主体发展。", ["住宿业"]),
    ],
)
def test_a_trade_and_its_sector_name_in_one_span_are_one_industry(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    """Regression (dev7 g01): 住宿 (住宿消费) and 住宿业 were two industries of one measure."""
    check(variant, text, expected, lex)


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


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sector name X业 before a site or firm head, after a township or a verb
        ("1.叶城县2026年洛克乡种植业基地配套建设项目", ["种植业"]),
        ("扶持特色养殖业企业发展。", ["特色养殖业"]),
        # a trade after a village's name before a site head (county project lists)
        ("5.王家乡叶金木村饲料加工基地扩建项目", ["饲料加工"]),
        # not words cut from a longer name, nor a village's site without a trade
        ("打造我国重要的民用航空制造业基地。", []),
        ("建设张家村基地,推进就业基地建设。", []),
    ],
)
def test_sector_and_trade_before_a_site_head(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    check(variant, text, expected, lex)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one trade named with its head and as a list item in one measure: the item's label
        ("以尽快把文化产业打造成新支柱为目标,促进文化、物流、会展等产业融合发展。", ["文化", "物流", "会展"]),
        # with its head alone it keeps the head
        ("大力发展文化产业。", ["文化产业"]),
    ],
)
def test_one_trade_named_with_and_without_its_head(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    check(variant, text, expected, lex)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sector name X业 as a trigger verb's whole object
        ("实施乡村振兴战略,培育特色种养业。", ["特色种养业"]),
        ("壮大旅游业。", ["旅游业"]),
        # words ending in 业 that name no sector, and the generic forms
        ("着力稳就业,支持企业,发展物业。", []),
        ("加快发展服务业。", []),
        # 制造业 as the whole object is the sector since round 26 (the gold's majority for broad sectors named bare)
        ("推动制造业。加快发展服务业。", ["制造业"]),
    ],
)
def test_sector_name_as_a_verbs_object(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    check(variant, text, expected, lex)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one field a verb of focus names
        ("围绕医药健康领域的关键科学问题和产业需求,开展基础研究。", ["医药健康"]),
        ("聚焦低空经济赛道。", ["低空经济"]),
        # fields that name no trade
        ("聚焦民生领域,围绕重点领域,聚焦数字领域。", []),
    ],
)
def test_one_field_named_by_a_verb_of_focus(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    check(variant, text, expected, lex)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # X(及)相关产业 names the trade X
        ("推动旅游深度开发,全方位布局旅游相关产业。", ["旅游"]),
        ("大力发展体育及相关产业。", ["体育"]),
        # no trade before it
        ("在相关产业中推广,支持市场主体及相关产业发展。", []),
    ],
)
def test_trade_and_its_related_industries(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    check(variant, text, expected, lex)
