"""Industry rule families of round 13 (r13ind): boundaries and shapes read from the blind misses of five parts,
each on small inline texts in Simplified and Traditional script, ASCII and full-width punctuation, with the false
mentions each family must not produce."""

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
        # a chain named by its links joined by dashes: one industry as written
        ("(一)石化-化纤-纺织-鞋服产业", ["石化-化纤-纺织-鞋服"]),
        ("做强石化—化纤—纺织产业链。", ["石化—化纤—纺织"]),
        # stages of work or a range of counts are no chain of trades
        ("推动研发-生产-销售产业", []),
        ("选准1—2个主导产业", []),
    ],
)
def test_chain_named_by_dashed_links(
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
        ("推动制造业。加快发展服务业。", []),
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
        # the farming verb after the last of a list of livestock is shared: each is named alone
        ("扶持肉牛、肉羊养殖。", ["肉牛", "肉羊"]),
        ("发展肉牛和肉羊养殖,推进生猪养殖。", ["肉牛", "肉羊", "生猪养殖"]),
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
