"""Round 26's industry families (heldout34-35): a list closed by 等服务行业 names the service trades of daily life
(饭店、宾馆旅店、美容美发、洗浴等服务行业), a verb's resultative complement is no part of the name after it
(建设好|茶叶基地), a kind of livestock no produce word names, with the verb of raising it, is a farm trade
(山地鸡养殖, 长毛兔养殖), the crops listed before their class are farm trades (油茶、山核桃、香榧等木本油料生产), and
制造业 as a development verb's whole object is the sector (推动制造业高质量发展); grain before its head is the grain
trade (稳定粮食生产) outside a sentence on the duty of grain security. Small inline texts in Simplified and Traditional
script, ASCII and full-width punctuation, with the mentions each family must leave alone."""

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
        # every item of a list of the service trades of daily life, with or without an industry morpheme
        (
            "整治全市饭店、食堂、宾馆旅店、美容美发、洗浴等服务行业室内外卫生。",
            ["饭店", "食堂", "宾馆旅店", "美容美发", "洗浴"],
        ),
        ("推动金融、物流、研发设计等生产性服务行业发展。", ["金融", "物流", "研发设计"]),
        # public services are no trades
        ("做好教育、医疗等公共服务行业信息公开。", []),
    ],
)
def test_a_list_of_service_trades(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("依托龙头企业,建设好茶叶基地。", ["茶叶"]),
        ("建设好蔬菜基地和生猪养殖基地。", ["蔬菜", "生猪养殖"]),
        # no complement: the name as before
        ("加快建设茶叶基地。", ["茶叶"]),
    ],
)
def test_a_resultative_complement_is_no_part_of_the_name(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("开展山地鸡养殖大户10户,长毛兔养殖大户10户。", ["山地鸡养殖", "长毛兔养殖"]),
        ("全乡黑山羊养殖规模达到5000只。", ["黑山羊养殖"]),
        ("发展山地鸡养殖。", ["山地鸡养殖"]),
        # a produce word is read as produce, the verb before it no part of the name
        ("加大畜禽养殖环保设施建设投入。", ["畜禽养殖"]),
        # the farm, not the trade; a way of farming, not a kind of livestock
        ("建设山地鸡养殖场。", []),
        ("推行标准化养殖。", []),
    ],
)
def test_a_kind_of_livestock_raised_is_a_farm_trade(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the crops of a class listed before it, grown: each a farm trade, known word or not
        ("适度发展油茶、山核桃、香榧等木本油料生产。", ["油茶", "山核桃", "香榧", "木本油料"]),
        ("发展荞麦、燕麦等特色小杂粮。", ["荞麦", "燕麦"]),
        # the class processed by firms or projects: their names are no crops
        ("支持监利福娃、京山国宝、南漳梅园等粮食加工企业。", ["粮食加工"]),
        ("招引肉制品、皮毛等畜禽水产品深加工项目。", []),
    ],
)
def test_the_members_of_a_crop_class(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the broad sector a development verb develops, its whole object up to the clause end
        ("推动制造业高质量发展。", ["制造业"]),
        ("聚焦支持制造业高质量发展,完善政策体系。", ["制造业"]),
        # a qualifier of firms, and 工业 (mostly left out by the annotators): no trade
        ("支持制造业企业技术改造。", []),
        ("推动工业高质量发展。", []),
    ],
)
def test_the_broad_sector_a_verb_develops(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # grain before its head, developed: the grain trade
        ("1.稳定粮食生产。", ["粮食"]),
        ("坚决完成粮食生产任务。", ["粮食"]),
        # a sentence on the duty of grain security, a zone, a structure adjusted: no trade
        ("切实履行粮食生产、流通和储备责任。", []),
        ("全面落实粮食安全党政同责,扎实推进新一轮粮食产能提升。", []),
        ("落实粮食生产功能区划定方案。", []),
        ("坚持提质导向,稳定和优化粮食生产。", []),
        # other crops keep their head rule, a duty after it or not
        ("落实生猪产能分级调控责任。", ["生猪"]),
    ],
)
def test_grain_before_its_head(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected
