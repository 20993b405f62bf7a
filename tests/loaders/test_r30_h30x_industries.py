"""Round 30's industry families from heldout56/57/60 (issue 12): a closing's size written in figures between its
count and its head (等5条超500亿产业链, 等3个1000亿级产业集群: a class of the head, no item), and a stated count that
keeps a name joined by 和/与/及 whole (现代农业与食品、先进材料等3个产业集群; 生物医药和高性能医疗器械 one of 七大).
Small inline texts in Simplified and Traditional script, ASCII and full-width punctuation, with the mentions each
family must leave alone."""

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
        (
            "全力打造食品、金属制品、家电等3条超500亿产业链。",
            ["食品", "金属制品", "家电"],
        ),
        (
            "培育轨道交通、精细化工、智能家居等三个逾1000亿元级产业集群。",
            ["轨道交通", "精细化工", "智能家居"],
        ),
        ("形成食品、纺织服装2个近百亿产业集群。", ["食品", "纺织服装"]),
        # a size with no list before it: a count of clusters, nothing named
        ("打造5条超500亿产业链。", []),
    ],
)
def test_a_size_in_figures_before_the_closing_head(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "打造现代轻工纺织、现代农业与食品、先进材料等3个产业集群。",
            ["现代轻工纺织", "现代农业与食品", "先进材料"],
        ),
        (
            "聚焦新一代电子信息、高端装备、新材料、生物医药和高性能医疗器械等四大高端制造业。",
            ["新一代电子信息", "高端装备", "新材料", "生物医药和高性能医疗器械"],
        ),
        # the count names two: the join is split as before
        ("做强风电装备和新型储能两大产业。", ["风电装备", "新型储能"]),
        ("发展电子信息、汽车和新材料等3个产业。", ["电子信息", "汽车", "新材料"]),
    ],
)
def test_a_stated_count_keeps_a_joined_name_whole(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("加强对建筑施工企业的安全监管。", ["建筑施工"]),
        ("督促城市燃气企业落实主体责任。", ["城市燃气"]),
        ("对于新改扩建金属冶炼建设项目,要严格落实安全设施设计审查。", ["金属冶炼"]),
        # the dust of building sites, the gas network, the field whose hazards are looked for: no trade
        ("加强建筑施工扬尘治理。", []),
        ("推进城镇燃气管道老化更新改造。", []),
        ("对城镇燃气全链条风险隐患深挖细查。", []),
        ("加强城镇燃气安全管理。", []),
    ],
)
def test_the_high_risk_trades_of_work_safety_law(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the energy that powers a vehicle, the vehicle as goods policed, a bus station, taxis and buses: no trade
        ("大力支持新能源清洁能源动力运输船舶发展。", []),
        ("推广LNG动力船舶,鼓励使用氢能动力船舶。", []),
        ("查处非法拼装、改装汽车行为。", []),
        ("实施缺陷汽车召回制度。", []),
        ("完成汽车南站综合交通枢纽建设。", []),
        ("提升城市公共汽电车、出租汽车(含网约车)应用水平。", []),
        # the trades themselves are still named
        ("发展新能源汽车、清洁能源等产业。", ["新能源汽车", "清洁能源"]),
        ("加快发展汽车及零部件产业。", ["汽车及零部件"]),
    ],
)
def test_vehicles_and_their_fuel_as_goods_not_trades(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # each training item opens with its own crop before the crop's head (单产, 产业)
        ("组织好大豆单产提升培训、玉米单产提升培训、油菜产业发展培训等专项培训。", ["大豆", "玉米", "油菜"]),
        ("开展水稻单产提升行动、小麦单产提升行动。", ["水稻", "小麦"]),
        # a list of crops before one head still names each crop once
        ("稳定水稻、玉米生产。", ["水稻", "玉米"]),
    ],
)
def test_a_crop_opening_each_item_before_its_head(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a qualifier alone before the head (乡村|产业振兴): the rural trades as a whole, the item before it no trade
        ("重点组织开展农业绿色发展专题培训、乡村产业振兴人才培育工程。", []),
        ("推进文旅融合发展示范、乡村产业振兴。", []),
        # qualified trades before the head are still named
        ("大力发展休闲农业、乡村旅游产业。", ["休闲农业", "乡村旅游"]),
        ("积极发展肉鸡、肉牛、淡水鱼全产业链。", ["肉鸡", "肉牛", "淡水鱼"]),
    ],
)
def test_a_qualifier_alone_before_a_list_head(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a scope between the verb and the sector, a greener growth after it: the sector developed
        ("推动本地区制造业绿色高质量发展。", ["制造业"]),
        ("推动全市制造业高质量发展。", ["制造业"]),
        ("推动制造业绿色低碳发展。", ["制造业"]),
        # the sector qualifying firms, and parks by an environmental designation: no trade
        ("推动本地区制造业龙头企业发展。", []),
        ("以循环经济工业园及低碳工业园等为重点。", []),
        ("建设零碳园区。", []),
        ("发展节能环保、低碳等产业。", ["节能环保", "低碳"]),
    ],
)
def test_a_sector_developed_within_a_scope_and_green_parks(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("引导快递物流平台和企业通过数字化改造提升效率。", ["快递物流"]),
        ("支持电商平台及企业开拓市场。", ["电商"]),
        # a government service's platform: no trade before the head
        ("推动政务服务平台和企业对接。", []),
    ],
)
def test_a_trades_platforms_and_firms(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the dust class of the firms policed, on the last item, is no part of the trades' names
        ("开展木质家具、粮食、饲料粉尘企业专项整治。", ["木质家具", "粮食", "饲料"]),
        ("对木质家具、粮食涉爆粉尘企业开展排查。", ["木质家具", "粮食"]),
        # the hazard class alone names no trade
        ("加强粉尘涉爆企业安全管理。", []),
    ],
)
def test_the_dust_class_of_policed_firms(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the crop class and the breadth of the work between a crop and its head (粮油|作物大面积|单产)
        ("推动粮油作物大面积单产提升。", ["粮油"]),
        ("推进玉米大面积单产提升。", ["玉米"]),
        # a crop class alone names no crop
        ("发展经济作物。", []),
    ],
)
def test_a_crop_class_and_breadth_before_the_head(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a system's members in brackets, each list closed by its count: each item cut at its closing
        (
            "打造“4+4”产业集群(新能源汽车、高端装备、新材料、生物医药四大新兴产业和纺织服装、食品加工、建材、化工四大传统产业)。",
            ["新能源汽车", "高端装备", "新材料", "生物医药", "纺织服装", "食品加工", "建材", "化工"],
        ),
        # a list closed by its count before 服务业: the count is no part of the last item
        (
            "构建“3+2”现代产业体系:电子信息、装备制造、新材料三大主导产业和现代物流、文化旅游两大服务业。",
            ["电子信息", "装备制造", "新材料", "现代物流", "文化旅游"],
        ),
        # a quoted heading before the colon: its members after it
        (
            "培育壮大“五大千亿产业集群”:绿色食品、先进装备、新型材料、现代医药、数字经济。",
            ["绿色食品", "先进装备", "新型材料", "现代医药", "数字经济"],
        ),
        # a service trade named alone keeps its head, as before
        ("完善人力资源服务业。", ["人力资源服务业"]),
    ],
)
def test_members_of_a_system_in_brackets_or_after_a_quoted_heading(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("构建县乡村三级农业社会化服务体系,大力发展农业社会化服务。", ["农业社会化服务"]),
        # the farms' own services named otherwise: nothing new
        ("完善社会化服务机制。", []),
    ],
)
def test_the_farm_services_sector(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # named projects each holding the trade, closed by 等 and the trade before 项目
        ("加快推进甲国际物流园、乙智能物流中心、丙国际物流园等物流项目建设。", ["物流"]),
        ("推进甲文旅城、乙文旅小镇等文旅项目建设。", ["文旅"]),
        # places or kinds of site before the projects, a count of projects, a rank: no trade
        ("推动商品住宅小区、商业建筑等屋顶光伏发电项目。", []),
        ("继续抓好30个重大文化项目。", []),
        ("推进交通、能源、水利等重大基础设施项目建设。", []),
    ],
)
def test_the_trade_of_named_projects_listed(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected
