"""Round 24's industry families (heldout26-28's wordings): a list of trades closed by 等企业 (ranked firms
excluded), the finance sub-sectors listed as kinds of institution (…等非银行金融机构, …等专业保险机构), the trades a
class of firm is engaged in (从事A、B类的企业), the trade whose research is backed (支持医疗器械研发), the segments a
place is strong in (…等优势领域); lists of resources (等旅游资源) and 创新型 firms name none. Each on small inline texts
in Simplified and Traditional script, ASCII and full-width punctuation, with the false mentions each family must
not produce."""

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
        # a list of trades closed by 等企业, or by a trade class of firm (等商贸企业)
        (
            "引导农副产品加工、食品加工、畜禽屠宰和餐饮等企业发挥原料优势。",
            ["农副产品加工", "食品加工", "畜禽屠宰", "餐饮"],
        ),
        ("组织引导商超、餐饮、住宿、家电等商贸企业开展促销。", ["商超", "餐饮", "住宿", "家电"]),
        # ranked firms after 等 are named by their names
        ("支持五得利面粉、正宇面粉、欣浩翔食品等重点企业做大。", []),
        # firms' names before a trade word
        ("加快友佳机械、屹海电子等企业投产。", []),
    ],
)
def test_trades_closed_by_firms(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "支持新设消费金融公司、汽车金融公司、金融租赁公司等非银行金融机构。",
            ["消费金融", "汽车金融", "金融租赁"],
        ),
        ("支持设立责任保险、健康保险、再保险等专业保险机构。", ["责任保险", "健康保险", "再保险"]),
        ("设立后台服务中心和保险经纪、保险销售等中介服务机构。", ["保险经纪", "保险销售"]),
        # bare institution types are not listed as sub-sectors
        ("引导银行、保险、证券等金融机构加大支持。", []),
        # a list holding items that are no finance kind is of something else
        ("鼓励高等院校、科研院所、专业咨询公司等第三方机构参与。", []),
    ],
)
def test_finance_kinds_of_institution(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "对从事有色金属、化工、建材、机械、轻工类的企业给予奖励。",
            ["有色金属", "化工", "建材", "机械", "轻工"],
        ),
        ("对从事农林牧水及农林牧副产品加工的企业给予奖励。", ["农林牧水", "农林牧副产品加工"]),
        # 其他 before the last item is the rest of a class
        ("对从事城市基础设施及其他服务业的企业给予奖励。", ["城市基础设施", "服务业"]),
        # the activity after a trade is no part of its name; a processing word is
        ("对从事餐饮经营的企业给予补贴。", ["餐饮"]),
        ("对从事农产品加工的企业给予补贴。", ["农产品加工"]),
        # kinds of work, not trades
        ("对从事研发、生产的企业给予奖励。", []),
        ("首次创办小微企业或从事个体经营的,给予补贴。", []),
    ],
)
def test_trades_firms_are_engaged_in(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the trade whose research a measure backs
        ("(三)支持医疗器械研发,单个企业每年最高补助100万元。", ["医疗器械"]),
        ("(二)支持新药研发。", ["新药"]),
        # a mirror page's pinyin after each character
        ("支持醫(yī)療器械研發(fā),單個企業補助。", ["医疗器械"]),
        # firms, products and kinds of institute before 研发 name none
        ("支持企业加大研发投入。", []),
        ("重点支持产品研发。", []),
        ("推进新型研发机构建设。", []),
    ],
)
def test_trades_whose_research_is_backed(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list closed by 等 and a noun of endowment names resources drawn on: none of its items; the trade the
        # clause then develops is named (发展乡村旅游。: r28x's plain 发展 before a trade word)
        ("鼓励各乡镇以自然、历史文化、农业产业等旅游资源为基础,发展乡村旅游。", ["乡村旅游"]),
        # the same list closed by its trades' head names them
        ("鼓励各乡镇发展休闲农业、乡村旅游、农产品加工等产业。", ["休闲农业", "乡村旅游", "农产品加工"]),
        # 创新型 is a kind of firm: no 新型 trade cut from it
        ("培育创新型育种企业。", []),
    ],
)
def test_resources_and_kinds_of_firm_name_no_trade(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 优势 before a weak head: every item, once one ends like a trade
        ("做强做精基础锂盐、负极材料、隔膜、电解液等优势领域。", ["基础锂盐", "负极材料", "隔膜", "电解液"]),
        # none ends like one: endowments, no trades
        ("发挥人才、资源等优势领域作用。", []),
    ],
)
def test_segments_a_place_is_strong_in(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list framed as the focus of a class that ends like a trade: the items and the class
        (
            "大力发展以铜基材料及深加工、钛基新材料、其它先进化工材料为重点的先进有色金属材料;",
            ["铜基材料及深加工", "钛基新材料", "先进有色金属材料"],
        ),
        # a class that is a structure or a generic word adds nothing
        ("构建以装备制造、电子信息、生物医药为主导的现代产业体系。", ["装备制造", "电子信息", "生物医药"]),
        ("培育以新能源、新材料为重点的战略性新兴产业。", ["新能源", "新材料"]),
        # no item ends like a trade: a list of something else
        ("形成以龙头带动、集群发展为主导的先进制造格局。", []),
    ],
)
def test_lists_framed_as_a_class_focus(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one name between a development verb and 新业态 that ends like a trade
        ("积极延伸发展预制菜加工新业态。", ["预制菜加工"]),
        ("打造智慧健康养老新业态。", ["智慧健康养老"]),
        # a name that does not end like one, or no name
        ("积极发展农村新业态。", []),
        ("加强对新业态的监管。", []),
        # a session held for one trade; one for a group of people names none
        ("自主举办纺织专场对接会,积极参与网上交易会。", ["纺织"]),
        ("举办残疾人专场招聘会。", []),
    ],
)
def test_new_forms_of_a_trade(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the sub-sectors after a class of trade: an opener or a bracket, then the list
        (
            "大力发展现代服务业,重点是现代物流、金融服务、科技服务。",
            ["现代服务业", "现代物流", "金融服务", "科技服务"],
        ),
        ("发展先进制造业(装备制造、汽车零部件、电子信息)。", ["装备制造", "汽车零部件", "电子信息"]),
        ("培育文化产业,如动漫游戏、影视制作、创意设计。", ["文化产业", "动漫游戏", "影视制作", "创意设计"]),
        # the last item ends before the verb that runs on
        ("推动传统产业,如钢铁、建材、化工转型升级。", ["钢铁", "建材", "化工"]),
        # firms and people after a word ending in 业 that is no class
        ("支持重点企业,如华为、中兴发展。", []),
        ("稳定就业,重点是高校毕业生、农民工。", []),
    ],
)
def test_sub_sectors_after_a_class(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the indicator a list of crops or livestock shares is no part of the last item
        ("扩大水稻、玉米、大豆种植面积。", ["水稻", "玉米", "大豆"]),
        ("稳定生猪、肉牛、肉羊存栏。", ["生猪", "肉牛", "肉羊"]),
    ],
)
def test_indicator_shared_by_a_list(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list of programmes, each named after its trade
        ("实施海洋种业振兴计划、海水养殖深蓝行动、远洋渔业拓展工程。", ["海洋种业", "海水养殖", "远洋渔业"]),
        # programmes named after no trade
        ("实施乡村振兴计划、质量提升行动。", []),
    ],
)
def test_trades_programmes_are_named_after(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected
