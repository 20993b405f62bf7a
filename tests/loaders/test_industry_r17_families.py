"""Industry rule families of round 17 (unseen pages): names joined by 及/与 after a trade closed by its activity
(机械制造及汽车零部件产业) are two trades; a quality before a trade closed by 产业 is part of its name; the product
an activity works on (油料|加工企业) opens the trade's name whatever its words; a sector whose output or revenue
a clause states (软件业实现营业收入) is a trade. Inline texts in both scripts and both punctuations."""

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
        ("做大做强机械制造及汽车零部件产业。", ["机械制造", "汽车零部件"]),
        ("培育农产品加工与休闲旅游产业。", ["农产品加工", "休闲旅游"]),
        # a part of the first trade's product after the joiner: one compound as written
        ("发展汽车及零部件产业。", ["汽车及零部件"]),
        ("发展新能源汽车及零部件产业。", ["新能源汽车及零部件"]),
    ],
)
def test_joiner_after_a_trade_closed_by_its_activity_joins_two_trades(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quality before the trades of a list or a name closed by 产业: part of the name as written
        ("发展精品粮油、绿色蔬果、调味品等特色产业,实现产值850亿元。", ["精品粮油", "绿色蔬果", "调味品"]),
        ("实现高品质肉牛产业产值70亿元。", ["高品质肉牛"]),
        ("大力发展优质蔬菜产业。", ["优质蔬菜"]),
        # before a facility, a park, a firm or a programme: the trade alone
        ("建设精品钢铁基地。", ["钢铁"]),
        ("建设高品质蔬菜基地。", ["蔬菜"]),
        ("建设优质蔬菜产业园区。", ["蔬菜"]),
        ("培育优质零售、电商平台企业。", ["零售", "电商"]),
        ("继续实施优质粮食产业工程。", ["粮食"]),
    ],
)
def test_quality_before_a_trade_closed_by_its_head_is_part_of_the_name(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("培育一批油料加工企业。", ["油料加工"]),
        (
            "支持甲乙、丙丁等水产品加工企业,戊己等畜禽产品加工企业上规模。",
            ["水产品加工", "畜禽产品加工"],
        ),
        # two activities, or an object that names no product: no trade
        ("建立食品生产加工企业数据档案。", []),
        ("规范蟒蛇养殖企业。", []),
    ],
)
def test_product_an_activity_works_on_opens_the_trade_name(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("农产品加工业产值增长15%以上。", ["农产品加工"]),
        (
            "其中,信息技术制造业实现营业收入5500亿元,软件业实现营业收入8500亿元。",
            ["信息技术制造业", "软件"],
        ),
        # industry as a whole, a generic sector, a date before the word: no trade
        ("规模以上工业产值增长8%。", []),
        ("2月工业产值增长。", []),
        ("高新技术产业产值占规上工业产值比重提高。", []),
        ("服务业营业收入增长10%。", []),
    ],
)
def test_sector_whose_output_or_revenue_is_stated_is_a_trade(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("支持有利于清洁能源就地消纳的重大项目。", []),
        ("提高新能源消纳能力。", []),
        ("大力发展新能源产业。", ["新能源"]),
    ],
)
def test_energy_taken_up_by_the_grid_names_no_trade(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10.中医药产业实施高质量发展,", ["中医药"]),
        # no head, no trade: the medicine's service system, its culture
        ("建立健全中医药服务体系。", []),
        ("推动中医药文化宣传教育建设。", []),
    ],
)
def test_traditional_medicine_is_found_whole_by_its_head(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("加快开展集成电路布图设计制度修改调研论证。", []),
        ("大力发展集成电路产业。", ["集成电路"]),
    ],
)
def test_layout_design_right_of_chips_is_no_trade(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "重点支持汽车零部件、绿色石化、时尚产业龙头企业探索通用应用场景。",
            ["汽车零部件", "绿色石化", "时尚产业"],
        ),
        ("大力发展时尚产业。", ["时尚产业"]),
        ("导入新零售、新文创、新时尚等元素。", []),
    ],
)
def test_fashion_is_named_with_its_head(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("试行餐饮、零售企业名单制管理。", ["餐饮", "零售"]),
        ("推行餐饮、住宿企业明码标价。", ["餐饮", "住宿"]),
    ],
)
def test_verb_putting_a_regime_in_force_is_no_part_of_the_first_item(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a technique put to work on another field: the field, not the technique
        ("争创浙江省人工智能赋能羽绒服装产业试点。", ["羽绒服装"]),
        ("支持智能设计模型等人工智能模型在未来工厂应用。", []),
        ("鼓励制造企业开发人工智能融合创新产品。", []),
        # the technique's own trade stays
        ("大力发展人工智能产业。", ["人工智能"]),
    ],
)
def test_technique_put_to_work_is_no_trade(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected
