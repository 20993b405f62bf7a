"""Industry rule families of round 10 (issue 12: hidden-set bar), each on small inline texts in Simplified and
Traditional script, ASCII and full-width punctuation, with the false mentions each family must not produce."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from policykg.loaders.extract.industries import IndustryLexicon
from tests.loaders.test_industry_enumerations import IDS, VARIANTS, check


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the sector a quoted scheme is for
        ("面向全市先进制造业“倍增计划”培育企业开展评价。", ["先进制造业"]),
        ("面向全市先进制造业 “倍增计划” 培育企业开展评价。", ["先进制造业"]),
        # its projects and its investment are counted by sector
        ("每年招引亿元以上制造业项目100个,带动制造业投资1000亿元以上。", ["制造业"]),
        ("加快10个商贸项目建设。", ["商贸"]),
        # a qualifier of something else stays none
        ("培育省级先进制造业集群不少于2个。", []),
        ("对制造业关键核心技术产业化项目给予资助。", []),
        ("先进制造业占全部工业比重每年提高1个百分点。", []),
        ("引导重点商贸企业开展促销。", []),
    ],
)
def test_a_listed_only_sector_word_standing_whole_or_counting_projects(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    """Regression (dev e05, dev6 t01 r01, samples 001): 制造业项目, 制造业投资, 先进制造业“倍增计划” were no industry
    (named only in lists)."""
    check(variant, text, expected, lex)


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
        # the stored page stops mid-word: the cut last item names nothing
        ("就汽车及零部件、精细化工、纺织服装、医药及医", ["汽车及零部件", "精细化工", "纺织服装"]),
        # a whole item at the cut still does
        ("就汽车及零部件、精细化工、纺织服装", ["汽车及零部件", "精细化工", "纺织服装"]),
        ("就汽车及零部件、精细化工、医药及医疗器械等产业。", ["汽车及零部件", "精细化工", "医药及医疗器械"]),
    ],
)
def test_a_list_item_cut_by_the_end_of_the_stored_text(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    """Regression (dev c10): 医药及医, cut where the stored page stops, was an industry."""
    check(variant, text, expected, lex)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one trade closed by 等 and a head, ending in a class word of GB/T 4754-2017 (1440 乳制品制造), after a place
        ("加快白俄罗斯乳制品等项目的建设进度。", ["乳制品"]),
        # a two-character class word alone is too loose: a firm's project
        ("推动天欣纸业环保包装等项目达产达效。", []),
    ],
)
def test_a_list_of_one_ending_in_a_class_word(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    """Regression (heldout a03): 白俄罗斯乳制品等项目 gave no industry (no morpheme ends 乳制品)."""
    check(variant, text, expected, lex)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the fields a technique is applied in: where it is used, not trades the measure develops
        ("在政务、金融、电力等领域开展量子保密通信试点应用。", []),
        ("支持在汽车、电子等行业推广工业互联网应用。", ["工业互联网"]),
        # without an application, or without 在, the list still names trades
        ("在金融、电力等领域加强监管。", ["金融", "电力"]),
        ("支持汽车、电子等行业推广应用。", ["汽车", "电子"]),
    ],
)
def test_the_fields_a_technique_is_applied_in(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    """Regression (heldout3 x07): 在政务、金融、电力等领域开展量子保密通信试点应用 gave 金融 and 电力."""
    check(variant, text, expected, lex)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # merchants (商家) are a trade's firms like 企业; the size threshold (限上, 限额以上) is no part of the trade
        ("组织引导重点限上零售、餐饮商家开展促销让利活动。", ["零售", "餐饮"]),
        ("支持限额以上批发零售企业发展。", ["批发零售"]),
        # merchants of no trade stay none
        ("引导商家开展促销。", []),
    ],
)
def test_merchants_close_a_list_of_trades_and_size_thresholds_are_dropped(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    """Regression (dev7 z08): 重点限上零售、餐饮商家 gave no industry."""
    check(variant, text, expected, lex)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the forms of a named trade: those that are trades of their own are named, though most are activities
        ("大力培育赏花采摘、休闲度假、康养、民俗和体育健身等乡村旅游业态。", ["康养", "乡村旅游"]),
        # without a named trade at the head, a list of mostly activities names none
        ("大力培育赏花采摘、休闲度假、康养、民俗和体育健身等业态。", []),
    ],
)
def test_trades_among_the_forms_of_a_named_trade(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    """Regression (dev7 z03): 康养 among 赏花采摘、休闲度假… under 乡村旅游业态 was not named."""
    check(variant, text, expected, lex)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_last_item_ending_its_line_is_whole(variant: Callable[[str], str], lex: IndustryLexicon) -> None:
    """A line break after the last item: the line ends there, the item is not cut."""
    text = "就汽车及零部件、精细化工、纺织服装、深海空天开发\n"
    check(variant, text, ["汽车及零部件", "精细化工", "纺织服装", "深海空天开发"], lex)
