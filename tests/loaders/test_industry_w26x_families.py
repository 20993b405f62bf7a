"""Round 26 wave 2's industry families on the newest parts (heldout34-37): a list of crops right before their residue
(油菜、小麦|秸秆) names no farm trade, a verb lowering an amount (减少|晚熟水稻面积) is no part of the crop's name, the
area sown to multiply seed (水稻繁种面积) counts the crop, a verb of sowing more (扩种|油菜16万亩) names the crop, a
crop's sown area after it (油菜16万亩) is no output figure, and the kinds raised (特种|水产养殖) are part of the farm
trade's name. Small inline texts in Simplified and Traditional script, ASCII and full-width punctuation, with the
mentions each family must leave alone."""

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
        ("核心控制区内的油菜、小麦秸秆组织力量全部搬离。", []),
        ("推进水稻、玉米秸秆综合利用。", []),
        # the crops themselves, grown, in the same sentence
        ("推进油菜、小麦秸秆综合利用,稳定水稻、小麦生产。", ["水稻", "小麦"]),
        ("启动水稻、玉米和马铃薯生产全程机械化项目。", ["水稻", "玉米", "马铃薯"]),
    ],
)
def test_crops_before_their_residue_are_no_trades(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("引导农户科学种植,减少晚熟水稻面积。", ["水稻"]),
        ("水稻繁种面积2万亩。", ["水稻"]),
        # a seed area with no crop before it names nothing
        ("完成繁种面积2万亩。", []),
    ],
)
def test_a_crop_before_its_area(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("以开发利用冬闲田为重点扩种油菜16万亩。", ["油菜"]),
        ("扩大种植大豆。", ["大豆"]),
        # an output figure after a product is still no trade; land sown to no crop names none
        ("煤炭5.3亿吨。", []),
        ("扩种冬闲田。", []),
    ],
)
def test_a_crop_sown_with_its_area(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("开展长毛兔养殖,特种水产养殖120亩。", ["长毛兔养殖", "特种水产养殖"]),
        ("发展特种水产养殖。", ["特种水产养殖"]),
        # a quality is no part of the name
        ("发展特色水产养殖。", ["水产养殖"]),
    ],
)
def test_the_kinds_raised_are_part_of_a_farm_trade(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the trade that stands for another, one name, is a trade of its own
        ("加快发展以锂电池为代表的新能源产业。", ["锂电池", "新能源"]),
        # people standing for a group are no trade
        ("力争以院士为代表的顶尖人才实现新突破。", []),
    ],
)
def test_the_trade_that_stands_for_another(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("做强茶、果、菌、药等特色产业。", ["茶", "果", "菌", "药"]),
        # one character in other words is none
        ("加强细菌、病毒检测。", []),
    ],
)
def test_a_list_of_one_character_farm_trades(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("规范农贸市场蔬菜、水果、肉类销售。", []),
        # one good sold names the trade; a market in another clause leaves a list alone
        ("推进连锁米粉店、汽车销售企业、电商企业上限入统。", ["汽车", "电商"]),
        ("开拓国际市场,发展蔬菜、水果种植。", ["蔬菜", "水果"]),
    ],
)
def test_a_markets_wares_are_no_trades(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("推广生物医药研发技术。", []),
        # the research of a trade, and a trade of a technique, stay trades
        ("支持生物医药研发。", ["生物医药"]),
        ("发展人工智能技术产业。", ["人工智能"]),
    ],
)
def test_a_technique_of_a_stage_of_work(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("推动现代服务业与制造业深度融合。", ["现代服务业", "制造业"]),
        ("推动数字经济与制造业融合发展。", ["数字经济", "制造业"]),
        ("推进农业、工业、服务业融合发展。", ["农业", "服务业"]),
        # 制造业 qualifying firms is no sector named; 工业 alone stays out
        ("推动高校与制造业企业合作。", []),
        ("推进工业、信息化融合。", []),
    ],
)
def test_broad_sectors_merged(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "鼓励研发、设计、科技服务、人力资源服务等生产性服务业从传统产业剥离出来。",
            ["研发", "设计", "科技服务", "人力资源服务", "生产性服务业"],
        ),
        ("推动金融、物流、设计等生产性服务业发展。", ["金融", "物流", "设计", "生产性服务业"]),
        # the work of a product, in a list of tasks, is no trade
        ("加强产品设计、质量检测等工作。", []),
    ],
)
def test_a_generic_work_in_a_list_of_service_trades(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("定期召开内外贸经济运行分析会。", []),
        ("召开外贸经济运行分析会。", []),
        # the economy developed is still the trade
        ("发展外贸经济。", ["外贸经济"]),
    ],
)
def test_the_running_of_an_economy_is_no_trade(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected
