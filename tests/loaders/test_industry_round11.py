"""Industry rule families of round 11 (r11ind), each on small inline texts in Simplified and Traditional script,
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
        # under a weak head, two short items among three that end like trades are trades too
        (
            "面向钙钛矿、低空经济、新药创制、集成电路、磁悬浮等重点领域,开展攻关。",
            ["钙钛矿", "低空经济", "新药创制", "集成电路", "磁悬浮"],
        ),
        # paired fields (金融财会) are no such evidence: the talent domains stay out
        (
            "完善哲学社科、社会工作、金融财会、农业农村、医疗卫生等重点领域人才队伍培养体系。",
            ["金融财会", "农业农村", "医疗卫生"],
        ),
    ],
)
def test_a_weak_list_of_mostly_trades(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    check(variant, text, expected, lex)


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
        ("支持新能源商用车特色化发展。", ["新能源商用车"]),
        ("支持企业开放数据标注需求。", ["数据标注"]),
        ("推动5个生成式人工智能服务通过备案。", ["生成式人工智能"]),
        ("完善冷链物流体系。", ["冷链物流"]),
        # inside an institution's name, no trade
        ("建设冷链物流中心。", []),
    ],
)
def test_round11_lexicon_trades(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    check(variant, text, expected, lex)
