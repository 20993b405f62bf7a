"""Boundaries that block false mentions: an industry word inside another name (a named body, a wharf, a station),
a technique's fields of application, certified products, a tax authority's data, housing, a project's phase,
infrastructure to build, 业 opening 业务, a verb acting on the services, a trait class, words from inside a programme's
title. Each on small inline texts in Simplified and Traditional script, ASCII and full-width punctuation, with the
false mentions each family must not produce (regrouped from the round-named modules r10ind, round11, r12ind, r13ind,
dev8)."""

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
        # the products a measure certifies: labelled product classes, not trades
        ("新增认定认证一批无公害农产品、绿色食品、有机食品产地和品种。", []),
        ("认证一批绿色食品、有机农产品。", []),
        ("引导鼓励认证企业使用认证农产品防伪标志。", []),
        # the same products developed as trades, and the certification trade itself
        ("大力发展绿色食品、有机食品等产业。", ["绿色食品", "有机食品"]),
        ("支持检验检测认证企业做大做强。", ["检验检测认证"]),
        ("认证工作完成后,大力发展绿色食品产业。", ["绿色食品"]),
    ],
)
def test_certified_products_are_no_trades(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    check(variant, text, expected, lex)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the tax authority's data a measure relies on, not the big-data trade
        ("以税收大数据为依托,构建风险防控机制。", []),
        ("大力发展大数据产业。", ["大数据"]),
        # housing in a list of consumption: no trade; the others are
        ("扩大新能源汽车、住房、智能家居、数码产品等消费。", ["新能源汽车", "智能家居", "数码产品"]),
    ],
)
def test_tax_data_and_housing_are_no_trades(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    check(variant, text, expected, lex)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name going on into a project's numbered phase names one project
        ("建成格力电器智能家电一期项目,推动家电向高端发展。", ["家电"]),
        ("加快推进新材料产业园管廊三期、蒸汽管道等工程。", []),
        # a phase elsewhere in the sentence, and a period, leave the trade
        ("大力发展新材料产业,一期投资10亿元。", ["新材料"]),
        ("新能源汽车三期间补贴政策延续。", ["新能源汽车"]),
    ],
)
def test_a_project_phase_is_no_trade(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    check(variant, text, expected, lex)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an industry word inside the name of a technology or innovation centre: no mention
        ("支持北京合成生物制造技术创新中心争取成为国家级创新平台。", []),
        ("组建新能源汽车产业创新中心。", []),
        # inside a wharf's name likewise
        ("加快推进沙隆达煤炭专用码头、国电煤炭储运码头建设。", []),
        # or a passenger or fuelling station
        ("加强汽车客运站、公交站场建设,建设氢能加氢站。", []),
        # the same words naming trades
        ("大力发展合成生物、煤炭、汽车、氢能等产业。", ["合成生物", "煤炭", "汽车", "氢能"]),
    ],
)
def test_industry_word_inside_a_named_body(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    check(variant, text, expected, lex)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # items of a list of infrastructure are works to build, not trades
        ("包括公路、铁路、航空等大交通网络和电力、煤炭、管道运输等基础设施的硬件建设合作规划。", []),
        ("高水平推进5G、工业互联网、物联网等新一代数字基础设施建设。", []),
        # or of elements a place is given, or of fields whose safety is policed
        ("嵌入无人驾驶、AR场景、人工智能等合肥科创元素。", []),
        ("开展建筑施工、道路交通、消防等领域安全整治。", []),
        # the same words listed as trades
        ("推动煤炭、电力等产业发展,完善基础设施。", ["煤炭", "电力"]),
    ],
)
def test_infrastructure_list_names_no_trade(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    check(variant, text, expected, lex)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 业 opening 业务 (business) ends no trade: 政务服务|业务办理
        ("充分发挥数据共享在政务服务业务办理中的作用。", []),
        ("拓展金融服务业务范围。", []),
        # the trade itself, 业 closing the word
        ("推动金融服务业发展,拓展金融服务业务。", ["金融服务业"]),
    ],
)
def test_ye_opening_yewu_is_no_trade(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    check(variant, text, expected, lex)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb acting on the services is no kind of service
        ("创新服务业发展模式和业态,继续提高服务业就业比重。", []),
        ("推进科技服务业发展。", ["科技服务业"]),
        # a class of trades by a trait (X型) is no trade
        ("引导和促进资源加工型、劳动密集型产业加快发展。", []),
        ("大力发展外向型产业。", []),
        ("大力发展新型储能、新材料。", ["新型储能", "新材料"]),
    ],
)
def test_a_verb_on_the_services_or_a_trait_class_is_no_industry(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    """Regression (dev8 aa05, aa08, aa09): 创新服务业, 资源加工型, 劳动密集型 were industries."""
    check(variant, text, expected, lex)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a programme's trade is the whole run before its head, not words cut from inside a longer title
        ("继续实施生猪“千区万户健康养殖示范工程”。", []),
        ("继续实施生猪“千区万户健康养殖示范工程", []),
        ("实施休闲农业和乡村旅游精品工程。", ["休闲农业", "乡村旅游"]),
        ("实施红色文化旅游提升工程。", ["红色文化旅游"]),
        # a renewal programme names its trade like a promotion programme
        ("大力实施文化商贸焕新行动。", ["文化商贸"]),
    ],
)
def test_a_programme_named_inside_a_longer_title(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    """Regression (dev8 ab01): 健康养殖 (千区万户健康养殖示范工程) was an industry."""
    check(variant, text, expected, lex)
