"""Round 27's crop forms (issue 12): a crop or livestock of [produce] counted by a farm indicator is the farm trade
whether or not a morpheme ends its name (大豆|播种面积, 花生|种植面积, 蛋鸡|存栏: before, only names ending like an
industry were read, so 大豆, 花生, 核桃 were lost while 玉米 was found), and a crop named before the manner of
farming it and the farming verb or head (中药材|规模化标准化|种植, 蔬菜|标准化|生产, 生猪|规模化|养殖) is the crop,
the manner no part of its name; a mineral processed or mined (萤石|加工, 铁矿|开采) names its trade in a list of
firm kinds, not a firm's name before its trade words; a crop or livestock with its area sown or head count right
after it (其中大豆2.4万亩, 种植油菜1200亩, 新增奶羊2.5万只) is the farm trade; a list of the fields a budget funds holding the people's livelihood or the building of a place
(重大交通、民生、城市建设、文旅等领域项目建设) names public spending, no trades. Small inline texts in Simplified and Traditional script, ASCII and full-width
punctuation, with the mentions each form must leave alone."""

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
        ("确保全省大豆播种面积335.6万亩。", ["大豆"]),
        ("全市花生种植面积扩至16.68万亩。", ["花生"]),
        ("蛋鸡存栏稳定在500万只,肉鸡出栏1000万只。", ["蛋鸡", "肉鸡"]),
        ("核桃种植面积稳定在120万亩以上。", ["核桃"]),
        # a crop the morphemes already read is found as before
        ("玉米播种面积稳定在100万亩。", ["玉米"]),
        # an indicator after no crop counts land or a product, no farm trade
        ("建设用地面积控制在100公顷以内。", []),
        ("原油产量达到300万吨。", []),
    ],
)
def test_a_crop_counted_by_a_farm_indicator_is_its_trade(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("加强中药材种子种苗研究,提高中药材规模化标准化种植水平。", ["中药材"]),
        ("推进蔬菜标准化生产,保障市场供应。", ["蔬菜"]),
        ("推动生猪规模化养殖,稳定产能。", ["生猪"]),
        ("推进茶叶绿色种植。", ["茶叶"]),
        ("扩大花生规模化种植。", ["花生"]),
        ("支持肉牛标准化全产业链发展。", ["肉牛"]),
        # the farm itself is no trade, with the manner or without it
        ("建设畜禽规模化养殖场50个。", []),
        ("建设畜禽养殖场50个。", []),
        # a manner word before no farming verb names nothing
        ("推进标准化建设。", []),
    ],
)
def test_a_crop_before_the_manner_of_farming_it_is_the_crop(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("包括萤石加工、铁矿加工、石头加工、木材等企业。", ["萤石加工", "铁矿加工", "石头加工", "木材"]),
        ("引导萤石加工、铁矿开采等企业转型升级。", ["萤石加工", "铁矿开采"]),
        ("规范砂石开采、石材加工等企业生产经营。", ["砂石开采", "石材加工"]),
        # a crop processed is read the same way
        ("引导蔬菜加工、茶叶加工等企业做大做强。", ["蔬菜加工", "茶叶加工"]),
        # a firm's name before trade words is still no trade
        ("加快力诚光伏、爱朵护理用品等重点项目落地。", []),
        # a mineral alone, no activity after it, names no trade in such a list
        ("铁矿、石材等企业。", []),
    ],
)
def test_a_mineral_processed_names_its_trade_among_firm_kinds(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("确保粮食播种面积407万亩(其中大豆2.4万亩)。", ["粮食", "大豆"]),
        ("种植油菜1200亩,烟叶种植550亩。", ["油菜", "烟叶"]),
        ("年内新增奶羊2.5万只。", ["奶羊"]),
        ("全县种植烟叶6.4万亩。", ["烟叶"]),
        ("新建存栏肉牛3000头的养殖场。", ["肉牛"]),
        # a rate per head and an output in tonnes count no herd and no area
        ("按照每头奶牛5.5吨给予补贴。", []),
        ("年产茶叶2.3万吨。", []),
        # a figure after a word that is no crop is no sown area
        ("建设蔬菜大棚100亩。", []),
    ],
)
def test_a_crop_with_its_area_or_head_count_is_its_trade(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("县财政统筹安排资金,重点支持重大交通、民生、城市建设、文旅等领域项目建设。", []),
        ("重点保障民生、基础设施建设、生态建设、商贸等领域支出。", []),
        # one such field among trades leaves the trades
        ("围绕商贸、家政、文体、旅游等重点领域发放消费券。", ["商贸", "家政", "文体", "旅游"]),
        ("支持电子信息、生物医药、城市建设等领域企业发展。", ["电子信息", "生物医药"]),
    ],
)
def test_the_fields_a_budget_funds_name_no_trades(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected
