"""Round 29's industry families for headings other cities write (issue 12): 板块 and 赛道 as the heads of one trade's
name, dropped like 产业 (做强农产品加工板块, 布局生物制造新赛道), and a list after a colon under a heading naming a
class of industries without a count (主导产业:装备制造、食品加工; 细分领域:工业母机、智能传感器), as after a counted
head (四大主导产业:…). Small inline texts in Simplified and Traditional script, ASCII and full-width punctuation,
with the mentions each family must leave alone."""

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
        ("推动文化旅游板块提质增效。", ["文化旅游"]),
        ("重点发展三大板块:装备制造板块、新材料板块、生物医药板块。", ["装备制造", "新材料", "生物医药"]),
        ("做强农产品加工板块,重点发展粮油加工、肉制品加工。", ["农产品加工", "粮油加工", "肉制品加工"]),
        ("布局生物制造新赛道。", ["生物制造"]),
        ("抢占人形机器人新赛道。", ["人形机器人"]),
        # a count of sectors is no name
        ("形成三大板块协同发展格局。", []),
    ],
)
def test_a_sector_or_track_head_is_dropped(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("主导产业:装备制造、食品加工。", ["装备制造", "食品加工"]),
        ("发展壮大县域特色产业:白酒、辣椒、茶叶。", ["白酒", "辣椒", "茶叶"]),
        ("打造三个千亿级产业集群:钢铁、石化、汽车。", ["钢铁", "石化", "汽车"]),
        ("细分领域:工业母机、智能传感器、工业软件等。", ["工业母机", "智能传感器", "工业软件"]),
        ("优先支持以下行业:住宿餐饮、批发零售、交通运输。", ["住宿餐饮", "批发零售", "交通运输"]),
        # the same heading with its list in brackets
        ("聚焦十大细分领域(锂电池、光伏、氢能、储能)招商。", ["锂电池", "光伏", "氢能", "储能"]),
        ("加快发展特色种植业(中药材、食用菌、花卉苗木)。", ["中药材", "食用菌", "花卉苗木"]),
        ("聚焦重点产业(责任单位:市发改委、市工信局)。", []),
        # a heading's aims, not its members
        ("半导体产业:根留台湾、布局全球、维持领先。", ["半导体"]),
        # a weak head's items must end like a trade; bare 领域 heads no list
        ("重点行业:安全、质量。", []),
        ("重点领域:教育、医疗、养老。", []),
    ],
)
def test_a_colon_heading_names_its_list(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # broad sectors merged with each other: each named, not the run whole
        ("推进制造业与服务业融合发展。", ["制造业", "服务业"]),
        ("推动农业和服务业协同发展。", ["农业", "服务业"]),
        ("推进旅游业与服务业融合发展。", ["旅游业", "服务业"]),
        # a broad sector alone before a bare 发展 stays as before
        ("推进服务业发展。", []),
    ],
)
def test_broad_sectors_merged_are_each_named(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # taking in the trades other regions move out: the verb is no part of the first item
        ("积极承接电子信息、纺织服装、家具制造等产业转移。", ["电子信息", "纺织服装", "家具制造"]),
        ("承接电子信息、纺织服装等产业转移。", ["电子信息", "纺织服装"]),
        # an adverb of coordination before a list opener
        ("协调发布金融、房地产等领域政策措施。", ["金融", "房地产"]),
        # what is taken over is no trade
        ("承接省级审批事项、备案事项等。", []),
    ],
)
def test_a_verb_glued_to_the_first_item_is_no_part_of_it(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # trades merged with each other: the merger is no part of the last, the joiner splits the first
        ("推动中医药与健康养老、文化旅游深度融合。", ["中医药", "健康养老", "文化旅游"]),
        ("推动旅游与文化、体育、农业融合发展。", ["旅游", "文化", "体育", "农业"]),
        ("推动文化旅游、体育、康养融合发展。", ["文化旅游", "体育", "康养"]),
        # chains and aims merged are no trades
        ("推动产业链、创新链、人才链深度融合。", []),
        ("推进教育与科技、人才融合发展。", []),
    ],
)
def test_trades_merged_with_each_other(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a GB/T sector named by its two activities without its head is one name
        (
            "发展电子信息制造、大数据、软件和信息技术等数字信息产业。",
            ["电子信息制造", "大数据", "软件和信息技术", "数字信息"],
        ),
        ("发展大数据、批发和零售等产业。", ["大数据", "批发和零售"]),
        # two trades joined by 和 are still two
        ("发展蔬菜、茶叶、干果和木本油料等产业。", ["蔬菜", "茶叶", "干果", "木本油料"]),
    ],
)
def test_a_sector_of_two_activities_is_one_name(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # techniques merged with the trades in general are the means, no trades (云计算 and 大数据 are trades of the
        # lexicon, named wherever they stand; 互联网 and 人工智能 are not named here)
        ("推进互联网、云计算、人工智能同产业发展深度融合。", ["云计算"]),
        ("推动人工智能与产业发展深度融合。", []),
        # the trade itself developed stays
        ("推动人工智能产业发展。", ["人工智能"]),
    ],
)
def test_techniques_merged_with_the_economy_are_no_trades(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list closed by a head running on into a body of government names the bodies' fields
        ("住房城乡建设、交通运输、水利、能源等相关行业工程建设主管部门履行监管责任。", []),
        ("交通运输、水利、能源等行业主管部门要加强监管。", []),
        # the same head before a growth is the trades'
        ("支持交通运输、物流等行业发展。", ["交通运输", "物流"]),
    ],
)
def test_fields_of_bodies_are_no_trades(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the estate managers a neighbourhood measure charges are no trade
        ("落实物业服务企业安全责任。", []),
        ("鼓励充电服务企业、物业服务企业等参与建设。", []),
        ("规范物业管理行业。", []),
        # an item of a list of trades stays
        ("推动家政、物业、租赁等服务行业发展。", ["家政", "物业", "租赁"]),
    ],
)
def test_estate_management_firms_are_no_trade(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a programme named for the trade it lifts
        ("开展乡村旅游提质行动。", ["乡村旅游"]),
        ("实施茶叶品牌提升工程。", ["茶叶"]),
        ("实施软件产业倍增计划。", ["软件"]),
        # a programme for no trade
        ("实施收入倍增计划。", []),
    ],
)
def test_a_programme_names_its_trade(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected
