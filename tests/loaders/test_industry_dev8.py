"""Industry rule families read from dev8's misses (round 10), each on small inline texts in Simplified and
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


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # each item framed as 以X为F的Y: the item's name is Y; X too when it leads Y (重点, 引领, 龙头, 核心)
        (
            "重点培育以大数据为引领的电子信息产业、以大健康为目标的医药养生产业、以绿色有机无公害为标准的现代山地"
            "高效农业、以民族和山地为特色的文化旅游业、以节能环保低碳为主导的新型建筑建材业等五大战略性新兴产业。",
            ["大数据", "电子信息", "医药养生", "现代山地高效农业", "文化旅游", "新型建筑建材"],
        ),
        ("培育以工程机械为龙头的装备制造产业。", ["工程机械", "装备制造"]),
        (
            "发展以精细化工为重点的化工产业、以光伏材料为核心的新材料产业等三大产业。",
            ["精细化工", "化工", "光伏材料", "新材料"],
        ),
        # an aim, a process or an abstract X names no trade
        ("以数字化为引领推进产业升级。", []),
        ("发展以大健康为目标的生物医药产业。", ["生物医药"]),
        # a list of X before the frame is read as before (以A、B为主导的产业体系)
        ("构建以装备制造、电子信息、生物医药为主导的现代产业体系。", ["装备制造", "电子信息", "生物医药"]),
        # 业 of a sector word whose 业 is its own stays; one shortened from the list's 产业 goes
        ("重点发展电子信息产业、旅游业、现代农业等主导产业。", ["电子信息", "旅游业", "现代农业"]),
        # a sector named by its activity keeps its 业
        (
            "重点发展电子信息产业、软件和信息技术服务业、文化旅游业等三大产业。",
            ["电子信息", "软件和信息技术服务业", "文化旅游"],
        ),
    ],
)
def test_list_items_framed_as_yi_x_wei_f_de(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    """Regression (dev8 aa05, aa08): 大健康为目标的医药养生, 民族, 山地为特色的文化旅游业 were industries and
    现代山地高效农业, 新型建筑建材 none."""
    check(variant, text, expected, lex)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the head of the last item closes a list before a 等 naming the list's class; after a trigger, one
        # generic item among the trades is left out
        ("围绕绿色食品、稀有矿产、高科技产业等新经济增长点,加快发展。", ["绿色食品", "稀有矿产"]),
        ("围绕电子信息、生物医药产业等战略性新兴产业,加快发展。", ["电子信息", "生物医药"]),
        # generic words only, or several of them, stay none
        ("大力发展传统优势、战略性新兴产业。", []),
        ("大力发展高科技产业。", []),
        # a 等 after a plain item still qualifies another noun
        ("围绕道路、桥梁、管网等设施加快建设。", []),
    ],
)
def test_a_list_closed_by_its_head_before_deng(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    """Regression (dev8 aa01): 绿色食品, 稀有矿产 (A、B、高科技产业等新经济) were no industries."""
    check(variant, text, expected, lex)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the retail business forms the State Council names as trades to develop
        ("支持发展商业特许经营、连锁经营。", ["商业特许经营", "连锁经营"]),
        # a concession of utilities is no trade
        ("规范基础设施和公用事业特许经营。", []),
    ],
)
def test_retail_business_forms(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    """Regression (dev8 aa05, aa08): 商业特许经营, 连锁经营 were no industries."""
    check(variant, text, expected, lex)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the stored page stops inside the last item of a list after a trigger: the items before it are the list
        ("支持发展连锁经营,大力发展金融租赁、节能环", ["连锁经营", "金融租赁"]),
        ("大力发展金融租赁、节能环保、电子商", ["金融租赁", "节能环保"]),
        # a whole last item at the end, and a list closed by its head, are read as before
        ("大力发展金融租赁、节能环保", ["金融租赁", "节能环保"]),
        # a line break after the last item ends a line, not the page: the item is whole
        ("就汽车及零部件、精细化工、深海空天开发\n", ["汽车及零部件", "精细化工", "深海空天开发"]),
        ("鼓励大型连锁企业拓展社区市场,零售、餐饮连锁企业直营门店达到一定", ["零售", "餐饮"]),
        # without a development verb the one item left names nothing
        ("推动金融、节能环", []),
    ],
)
def test_a_list_cut_by_the_end_of_the_stored_text(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    """Regression (dev8 aa08): 金融租赁 (大力发展金融租赁、节能环<end>) was no industry."""
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


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # crops or livestock with the verb of farming them name the farm trade
        ("加大畜禽养殖环保设施建设投入与监管。", ["畜禽养殖"]),
        ("推进生猪养殖业转型升级。", ["生猪养殖"]),
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
