"""List shapes: lists cut by the end of the stored text, lists of one, lists closed by merchants or by their head
before 等, the forms of a named trade, weak lists of mostly trades, short names joined by 和, characteristic-trade
lists, items framed as 以X为F的, retail business forms, a chain named by dashed links. Each on small inline texts in
Simplified and Traditional script, ASCII and full-width punctuation, with the false mentions each family must not
produce (regrouped from the round-named modules r10ind, round11, r12ind, r13ind, dev8)."""

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
        # 和 joins a two-character name to a trade in a list's last item: two items
        ("因地制宜发展蔬菜、茶叶、干果和木本油料等产业。", ["蔬菜", "茶叶", "干果", "木本油料"]),
        # 及 makes one compound; a non-trade longer part splits nothing
        ("发展电子、汽车及零部件等产业。", ["电子", "汽车及零部件"]),
        ("发展蔬菜、茶叶和服务等产业。", ["蔬菜", "茶叶"]),
        # a trade named by its activities keeps its 和 (电力和热力生产供应)
        ("推进矿产品精深加工、电力和热力生产供应等产业。", ["矿产品精深加工", "电力和热力生产供应"]),
    ],
)
def test_short_name_joined_by_he_in_a_list(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    check(variant, text, expected, lex)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list closed by 特色行业 names the places' trades, each item one, places and towns before it dropped
        (
            "重点抓好蓬江区摩托车、新会区司前镇五金不锈钢、水口镇水暖卫浴、恩平市恩城镇麦克风等重点区域特色行业的保护。",
            ["摩托车", "五金不锈钢", "水暖卫浴", "麦克风"],
        ),
        (
            "重点抓好摩托车、五金不锈钢、水暖卫浴、麦克风等特色行业。",
            ["摩托车", "五金不锈钢", "水暖卫浴", "麦克风"],
        ),
        # under a plain weak head the items must still end like trades
        ("支持摩托车、五金不锈钢等行业。", []),
    ],
)
def test_characteristic_trades_list(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
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
