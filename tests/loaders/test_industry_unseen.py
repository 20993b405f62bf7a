"""Industry rule families for unseen documents (issue 12, round 9), each on small inline texts in Simplified and
Traditional script, ASCII and full-width punctuation, with the false mentions each family must not produce."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from policykg.loaders.extract.industries import IndustryLexicon
from tests.loaders.inline import IDS, VARIANTS
from tests.loaders.test_industry_enumerations import check


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two lists in one clause: the second starts after the first one's closing, not at the clause start
        (
            "继续对奶牛、肉牛、马铃薯3个优势产业和杂粮、蔬菜、甜菜等产业实施项目。",
            ["奶牛", "肉牛", "马铃薯", "杂粮", "蔬菜", "甜菜"],
        ),
        (
            "重点发展电子信息、生物医药等产业和现代物流、电子商务等服务业。",
            ["电子信息", "生物医药", "现代物流", "电子商务"],
        ),
    ],
)
def test_a_list_starts_after_the_list_before_it(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    check(variant, text, expected, lex)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # crops by their common names; a stop word at a crop's start (向|日葵) does not cut it
        ("支持杂粮、向日葵、甜菜等产业。", ["杂粮", "向日葵", "甜菜"]),
        # 作物 closes a list of crops; the farming verb before the first item is no part of it
        ("推动在盐碱化耕地种植水稻、高粱等耐盐作物。", ["水稻", "高粱"]),
        # a name ending in a farming verb keeps it
        ("大力发展水产养殖、特色种植等产业。", ["水产养殖", "特色种植"]),
        # the items of a list closed by 作物 must name crops
        ("推广节水、保墒等旱作作物。", []),
    ],
)
def test_crops_named_in_agricultural_plans(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    check(variant, text, expected, lex)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the use of a fuel is no consumer trade; the trade's consumption is
        ("削减煤炭消费总量。", []),
        ("推进煤炭消费减量替代。", []),
        ("严控天然气、石油等消费总量。", []),
        ("扩大汽车消费。", ["汽车"]),
        # a zone named for an economy is no trade; the economy is
        ("结合农业经济区建设。", []),
        ("大力发展低空经济。", ["低空经济"]),
        # a first-of-its-kind product scheme, quoted
        ("组织“首批次”材料企业申报。", []),
    ],
)
def test_quantities_zones_and_quoted_product_schemes_are_no_trades(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    check(variant, text, expected, lex)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # names written as sectors (X业) listed after a trigger, without 等 or a head
        (
            "乡镇围绕特色种养业、特色加工业、特色文旅业,创建一批强镇。",
            ["特色种养业", "特色加工业", "特色文旅业"],
        ),
        # words ending in 业 that name no sector
        ("围绕稳就业、促创业、兴事业,开展工作。", []),
        # an old industrial base is no trade (regression: 老工业)
        ("贯彻落实国家振兴东北地区等老工业基地下阶段重点工作。", []),
        # a size threshold is no part of a name (规模以上|工业企业)
        ("力争全年新增规模以上工业企业超过2500家。", []),
    ],
)
def test_names_written_as_sectors(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    check(variant, text, expected, lex)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sector joined to another item by 与/和: two items
        ("支持住宿业与文旅、康养、研学等业态融合发展。", ["住宿业", "文旅", "康养", "研学"]),
        ("推动农业和旅游、康养等产业融合。", ["农业", "旅游", "康养"]),
        # a compound name and a statistical sector stay whole
        ("重点发展汽车及零部件、新材料等产业。", ["汽车及零部件", "新材料"]),
    ],
)
def test_a_sector_joined_to_another_item_is_two(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    check(variant, text, expected, lex)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 以及 joins two lists (the first closed by a noun that is no head) or the last item
        ("包括通信、交通等基础设施以及金融、物流等现代服务业,全部开放。", ["金融", "物流", "现代服务业"]),
        ("重点发展电子信息、生物医药以及新材料等产业。", ["电子信息", "生物医药", "新材料"]),
        # 包括 introduces members; 等 at the clause end closes the list
        ("主导产业包括装备制造、食品加工、现代物流等。", ["装备制造", "食品加工", "现代物流"]),
        (
            "村级围绕传统手工业、传统食品业、传统小商品加工业等,创建名品村。",
            ["传统手工业", "传统食品业", "传统小商品加工业"],
        ),
        # 等 before a noun that is no head: the items qualify it
        ("加快推进道路、桥梁、管网等基础设施建设。", []),
    ],
)
def test_lists_joined_by_yiji_and_closed_by_deng_alone(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    check(variant, text, expected, lex)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a site named before a trade is no part of its name, nor a count after it
        ("加快航高基地民用航空产业聚集区建设。", ["民用航空"]),
        ("加快北部通航产业园两个民用航空产业园区的建设。", ["民用航空"]),
        ("建设集成电路产业园。", ["集成电路"]),
    ],
)
def test_a_site_before_a_trade_is_no_part_of_its_name(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    check(variant, text, expected, lex)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two trades joined by 和 as the whole object of a development verb
        ("加快发展设施农业和特色农业,不断发展壮大畜牧业。", ["设施农业", "特色农业", "畜牧业"]),
        # two fields, and a form of business named by an ordinal party
        ("大力发展科技和金融。", []),
        ("积极发展第三方物流和第四方物流。", []),
    ],
)
def test_two_trades_joined_as_a_development_verbs_object(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    check(variant, text, expected, lex)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the trade before 业态 that the listed forms of business belong to
        ("大力培育赏花采摘、休闲度假、民俗和体育健身等乡村旅游业态。", ["乡村旅游"]),
        ("培育直播电商、即时零售等新业态。", ["直播电商", "即时零售"]),
        # a word beginning with a stop word is not cut (regression: 机化工, 时零售)
        ("重点发展有色金属、有机化工等产业。", ["有色金属", "有机化工"]),
        ("持续强化直升机、工业母机等产业。", ["直升机", "工业母机"]),
    ],
)
def test_forms_of_business_and_words_beginning_with_a_stop(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    check(variant, text, expected, lex)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the last item of a list of transformations is a kind of upgrading, not a trade
        ("对数字化、智能化、绿色化和工业互联网升级项目给予奖补支持。", []),
        # a trade ending in 化 (石化) is no transformation
        ("推动钢铁、石化、船舶等产业。", ["钢铁", "石化", "船舶"]),
    ],
)
def test_an_item_among_transformations_is_no_trade(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    check(variant, text, expected, lex)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # crops or livestock listed together, without a trigger verb or a head
        ("启动水稻、玉米和马铃薯生产全程机械化项目。", ["水稻", "玉米", "马铃薯"]),
        ("稳定粮食、蔬菜生产。", ["粮食", "蔬菜"]),
        ("发展肉牛和肉羊养殖。", ["肉牛", "肉羊"]),
        # one crop beside something else is no list of crops
        ("保障粮食和重要农产品供给。", []),
    ],
)
def test_crops_and_livestock_listed_together(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    check(variant, text, expected, lex)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two names each with its own head, joined by 和: both, however short
        ("推动文化产业和旅游产业融合发展。", ["文化产业", "旅游"]),  # 文化产业 as written (r12ind)
        ("推动电子信息产业和装备制造产业发展。", ["电子信息", "装备制造"]),
        # a joiner after another noun still blocks a short name
        ("推动外贸业态融合和贸易产业融合。", []),
    ],
)
def test_two_names_each_with_its_head(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    check(variant, text, expected, lex)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a trade's firms listed after other kinds of body are one kind of body
        ("推动高校、科研机构、社会组织、物业企业等拓展服务范围。", []),
        ("引导金融机构、软件企业参与。", []),
        # firms of trades listed together are the trades
        ("支持软件企业、物流企业等发展。", ["软件", "物流"]),
    ],
)
def test_firms_listed_among_bodies_are_no_trades(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    check(variant, text, expected, lex)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the last item of a list without a head ends where a verb phrase runs on to the clause end
        ("推动种植业、养殖业、农产品加工业融合发展。", ["种植业", "养殖业", "农产品加工业"]),
        ("推动种植业、养殖业、农产品加工业发展壮大。", ["种植业", "养殖业", "农产品加工业"]),
        ("推动电子信息、装备制造、生物医药发展。", ["电子信息", "装备制造", "生物医药"]),
        ("积极发展康养、托育、家政等服务业。", ["康养", "托育", "家政"]),
        # a name ending in an abstract word of its own is not cut (网络安全)
        ("加强数据、算力、网络安全。", []),
    ],
)
def test_the_last_item_ends_before_a_verb_phrase(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    check(variant, text, expected, lex)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a programme named for the trade it develops
        ("(三)休闲农业和乡村旅游精品工程。", ["休闲农业", "乡村旅游"]),
        ("(二)红色文化旅游提升工程。", ["红色文化旅游"]),
        ("实施种业振兴行动。", ["种业"]),
        # a programme of another kind, and 工程 alone
        ("实施高标准农田建设工程。", []),
        ("实施质量提升行动。", []),
        ("传承红色基因。", []),
    ],
)
def test_a_programme_named_for_its_trade(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    check(variant, text, expected, lex)
