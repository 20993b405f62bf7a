"""Industry rule families of round 16 (precision first): what a list or a name serves decides whether it names
trades. A firm's project in a list of projects (力诚光伏、爱朵护理用品等重点项目), the fuels a heating measure uses
(鼓励使用天然气、电、地热、生物质等清洁能源取暖; 清洁能源集中供暖; 清洁能源改造), the places of a count-named set of
bases (东部、花都、南沙三大汽车产业基地) name no trade; a verb glued to a list's first item that is no trigger
(形成|鲜切花、观赏植物…等产业) is no part of it. Inline texts in both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from policykg.loaders.extract.industries import IndustryLexicon
from tests.loaders.inline import IDS, VARIANTS
from tests.loaders.test_industries import labels, mentions


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a firm's name before the trade words: the firm's project, no trade
        ("加快力诚光伏、中金检测试剂、爱朵护理用品等重点项目落地见效。", []),
        ("推进甲乙新材料、丙丁智能装备等项目建设。", []),
        # items made of trade words and qualifiers only name their trades
        ("对未来海洋、未来能源、空天科技等重大项目予以支持。", ["未来海洋", "未来能源", "空天科技"]),
        # the trades of a list closed by 产业 keep a firm-like start (not a list of projects)
        ("聚焦光伏、医疗器械、食品等重点产业。", ["光伏", "医疗器械", "食品"]),
    ],
)
def test_firm_named_items_of_a_project_list_name_no_trade(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list opened by a verb of using names what is used
        ("鼓励使用天然气、电、地热、生物质等清洁能源取暖措施。", []),
        ("推广利用秸秆、沼气、太阳能等能源。", []),
        # a fuel before what it serves: heating, a retrofit
        ("优先采取分散式清洁能源集中供暖。", []),
        ("燃煤锅炉逐步完成清洁能源改造。", []),
        # the trade itself, and a list of energy trades after a development verb, stay
        ("大力发展清洁能源产业。", ["清洁能源"]),
        ("积极开发风能、太阳能等可再生能源。", ["风能", "太阳能"]),
    ],
)
def test_fuels_put_to_use_name_no_trade(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "推动花卉产业发展,形成鲜切花、观赏植物、种球种苗等产业多位一体的发展格局。",
            ["花卉", "鲜切花", "观赏植物", "种球种苗"],
        ),
        ("构建电子信息、装备制造、生物医药等产业体系。", ["电子信息", "装备制造", "生物医药"]),
    ],
)
def test_verb_glued_to_the_first_item_is_no_part_of_it(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_count_named_bases_list_places_not_trades(
    variant: Callable[[str], str], lex: IndustryLexicon
) -> None:
    text = variant("加快建设东部、花都、南沙三大汽车产业基地。")
    inds, syss, _, systems = mentions(text, lex)
    assert syss == [] and systems == {}
    assert labels(text, lex) == ["汽车"]
    # a count-named set of trades is still a system with its members
    _, syss2, _, systems2 = mentions(variant("做强电子信息、汽车制造、装备制造三大产业。"), lex)
    assert len(syss2) == 1 and len(next(iter(systems2.values())).members) == 3


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # public-service institutions and plants are no trades, even in a list of projects
        ("推进县人民医院、县中医院、妇幼保健院等项目建设。", []),
        ("新建县文化馆、科技馆。", []),
        # a verb of holding events before the first item is no part of it
        ("举办汽车、家电、家具等促消费活动。", ["汽车", "家电", "家具"]),
        # fields whose risks are guarded against, after a preposition of topic
        ("落实中央和省关于房地产、金融、地方债务等领域风险防范要求。", []),
        # ways of upgrading (…化) are no trades
        ("推动传统制造业数字化、网络化、智能化改造。", []),
        # a list of trades is read as before
        ("重点发展电子信息、装备制造、生物医药等产业。", ["电子信息", "装备制造", "生物医药"]),
    ],
)
def test_institutions_events_risks_and_processes_name_no_trade(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 生产 after the last crop or livestock governs the whole list
        ("统筹抓好生猪、肉牛、水产品和蔬菜生产,不断提高保供能力。", ["生猪", "肉牛", "水产品", "蔬菜"]),
        # a charging facility named for the vehicles it serves is no trade
        ("新建新能源汽车充电桩100个。", []),
    ],
)
def test_list_verbs_and_facilities_after_names(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # goods closed by the standards that apply to them
        ("加强小麦、小麦粉、大豆等粮油标准的贯彻落实。", []),
        # the service standards of fields name the fields' trades
        ("开展养老、家政、托育等领域服务标准制修订与试点示范。", ["养老", "家政", "托育"]),
    ],
)
def test_goods_closed_by_their_standards_name_no_trade(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the titles a ministry confers on sites, named for a broad sector
        ("县级围绕优势产业,创建100个以上省级现代农业产业园。", []),
        ("加大农业产业强镇示范建设支持力度。", []),
        ("开展现代农业示范区建设。", []),
        # a park of the trade written out, and the trade itself, stay
        ("(四)现代农业产业园区建设工程", ["现代农业"]),
        ("加快发展现代农业。", ["现代农业"]),
        # a trade's own park names it
        ("培育服装加工产业园。", ["服装加工"]),
    ],
)
def test_sites_titled_for_a_broad_sector_name_no_trade(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the fields of centres or labs to build, closed by 等 and the institution
        ("支持高性能医疗器械、超高清视频(共建)、新型储能等创新中心建设。", []),
        # a science named for its object, and a centre whose name runs on after the trade word
        ("布局基因和细胞治疗、合成生物学等前沿领域。", []),
        ("打造深港人工智能算力赋能中心。", []),
        # the systems of a broad sector a policy builds
        ("深入构建现代农业经营体系。", []),
        # names ending in 学 themselves, and trades, stay
        (
            "向海洋、先进制造、现代农业、生命科学等领域重点倾斜。",
            ["海洋", "先进制造", "现代农业", "生命科学"],
        ),
        # the national scope of a designation opens its whole name
        ("建设国家北斗卫星导航产业基地。", ["北斗卫星导航"]),
    ],
)
def test_fields_of_institutions_sciences_and_designations(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # fields of people's livelihood or public services, after a verb glued to the first item
        ("做好教育、医疗、养老、住房等民生领域信息公开。", []),
        ("完善教育、医疗、文化等公共服务领域设施。", []),
        # works on land and their gains are no trades
        ("增加优质饲草、天然草原改良与提质增效等草产业领域工作。", ["饲草"]),
        # a list of trades closed by 领域 stays
        ("设立新能源、软件、生命健康等重点领域专项子基金。", ["新能源", "软件", "生命健康"]),
    ],
)
def test_public_service_fields_and_works_name_no_trade(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a flattened table: bodies of the unit column and a row number glued to the next row's text
        (
            "重点研究开发和推广应用网络通信技术、微电子技术、新能源技术、现代装备技术等先进生产技术市科技局市发展改革委、"
            "市经贸委,各县(市、区)政府、嘉兴经济开发区、嘉兴港区11大力推进高技术产业化和信息化进程。",
            [],
        ),
        ("市发展改革委各县(市、区)政府、嘉兴经济开发区、嘉兴港区2服务业增加值占生产总值比重达到40%。", []),
        # counts are no names; names with a figure and a letter are
        ("每条产业链明确1名市领导担任链长、1个市级牵头部门、2至4个产业主要承载地。", []),
        ("大力发展5G、人工智能、3D打印等产业。", ["5G", "人工智能", "3D打印"]),
        # a particle and the verbs of strong and short boards are no part of a name
        ("共同谋划打造了市中区低空经济产业园、市中区低空安全产业园。", ["低空经济"]),
        (
            "拉强新能源新材料、医养健康、精品旅游等长板产业,补齐现代金融服务业、文化创意、高端装备等短板产业。",
            # 精品旅游: a quality before a trade of a list closed by 产业 is part of its name (山东 十强产业; dev5 p04)
            ["新能源新材料", "医养健康", "精品旅游", "现代金融服务业", "文化创意", "高端装备"],
        ),
    ],
)
def test_table_debris_counts_and_verbs_make_no_name(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # sizes of output, a verb left before a count, a change of course, economy-wide and demand words
        ("打造千亿园区、百亿产业、十亿企业。", []),
        ("开发1000项重大技术创新产品、培育20个千亿产业、培育5个万亿行业。", []),
        ("为加快转变经济发展方式,强力推进新型工业化。", []),
        ("支持地方经济发展,全力建设“4+4+6”现代化产业体系。", []),
        ("(一)扩大投资消费,推动经济稳增长。", []),
        # a zone's name is not cut by the verb it starts with
        ("广州开发区服务市场主体进一步打造国际一流营商环境。", []),
        # trades after a scale stay
        ("打造千亿级电子信息产业集群,培育超百亿元新能源企业。", ["电子信息", "新能源"]),
    ],
)
def test_scales_verbs_and_economy_words_name_no_trade(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list closed as techniques put to use
        ("加快推进人工智能、大数据、区块链等技术与实体经济深度融合。", []),
        ("运用物联网、云计算等技术手段提升监管效能。", []),
        # a list closed as a technical field names its trades
        (
            "围绕人工智能、物联网、集成电路等数字技术技能领域,加强人才培养。",
            ["人工智能", "物联网", "集成电路"],
        ),
    ],
)
def test_lists_closed_as_techniques_name_no_trade(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # trade words inside the names of bodies: a park's own body, a leading group
        ("由县电子商务产业园管委会、县物流园区管委会负责。", []),
        ("成立县新能源汽车推广应用工作领导小组。", []),
        # jobs closing a list
        ("开展家政服务、养老护理、电子商务等工种培训。", []),
        # a park of the trade still names it
        ("加快建设县电子商务产业园。", ["电子商务"]),
    ],
)
def test_trade_words_inside_bodies_and_jobs_name_no_trade(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected
