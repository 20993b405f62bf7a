"""Round 27's industry families from heldout41/43/45 (issue 12): a farm sector before a bare 发展 is still the
development verb's whole object (加快海洋渔业发展, 大力推进休闲渔业发展), other sectors before a bare 发展 are left as
before; a list of zones named for their trades (乐游平南乡村旅游集聚带、生态港北乡村旅游集聚区) names the trade, not
the slogan word and place before it; livestock or a crop farmed at scale (生猪规模化养殖) is its farm trade; firms in
a list closed by a class of bodies (运输企业等主体) are actors, no trade; a name whose growth a verb of support
promotes (推进数字金融发展) is the trade; a list of trades after a list of means its clause closed with 等
(资源整合等方式降低钢材、建材…) starts after that 等; a list closed by 等部门 names departments, no trades. Small
inline texts in Simplified and Traditional script, ASCII and full-width punctuation, with the mentions each family
must leave alone."""

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
        ("3. 加快海洋渔业发展。加快形成立体发展体系。", ["海洋渔业"]),
        ("2. 推动产业融合发展。大力推进休闲渔业发展,延长产业链。", ["休闲渔业"]),
        ("积极推进休闲农业发展。", ["休闲农业"]),
        ("鼓励特色种养业发展。", ["特色种养业"]),
        # a manner of growth, as before
        ("加快海洋渔业高质量发展。", ["海洋渔业"]),
        # a sector outside farming before a bare 发展, and a word in 业 naming no sector: nothing new
        ("鼓励社区商业发展。", []),
        ("支持企业发展。", []),
    ],
)
def test_a_farm_sector_before_a_bare_growth_word(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list of zones named for their trades: the place, and a slogan word before it, are no part of the name
        ("重点打造乐游平南休闲农业集聚带、生态港北乡村旅游集聚区。", ["休闲农业", "乡村旅游"]),
        ("重点打造平南乡村旅游示范带、港北休闲农业集聚带。", ["乡村旅游", "休闲农业"]),
        ("打造乐游平南乡村旅游集聚带、生态港北乡村旅游集聚区。", ["乡村旅游"]),
        # slogans alone, with no trade between the place and a zone word, name nothing
        ("打造特色港北、乐游平南。", []),
    ],
)
def test_a_zone_named_for_its_trade_after_a_slogan_and_place(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # livestock or a crop raised or grown at scale: its farm trade, the manner no part of the name
        ("二是加快生猪规模化养殖进程。", ["生猪"]),
        ("推进肉牛标准化养殖。", ["肉牛"]),
        ("扩大蔬菜规模化种植。", ["蔬菜"]),
        ("建设生猪规模化养殖基地。", ["生猪"]),
        # the manner alone names no trade; a ministry's title for a farm stays none
        ("推行标准化养殖。", []),
        ("建设一批水产健康养殖示范场。", []),
    ],
)
def test_livestock_or_a_crop_farmed_at_scale(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # firms closing a list whose class names its items as bodies: actors involved, no trade
        ("打通车企、第三方平台、运输企业等主体间的数据壁垒。", []),
        ("推动物流企业等各类主体参与数据共享。", []),
        # the firms of a trade the measure supports, with no such class: the trade, as before
        ("支持物流企业发展。", ["物流"]),
        ("支持物流企业等做大做强。", ["物流"]),
    ],
)
def test_firms_in_a_list_of_bodies(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb of support, a name, then its growth to the clause end: the trade
        ("提升金融服务水平,推进数字金融发展。", ["数字金融"]),
        ("促进养老金融高质量发展,加强风险防控。", ["养老金融"]),
        ("加快乡村旅游发展。", ["乡村旅游"]),
        ("推进平台经济规范健康发展。", ["平台经济"]),
        # the economy as a whole, a manner of growth, a public aim of access: none
        ("推动经济发展。", []),
        ("推动绿色低碳发展。", []),
        ("鼓励金融机构丰富理财产品和服务,推动普惠金融发展。", []),
        ("促进区域协调发展。", []),
    ],
)
def test_a_name_whose_growth_a_verb_promotes(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list of means closed by 等 before a list of trades in one clause: the trades' list starts after it
        ("通过上大压小、资源整合等方式降低钢材、建材、石化等重点高耗能产业占比。", ["钢材", "建材", "石化"]),
        ("依托高校、科研院所等平台发展电子信息、生物医药等产业。", ["电子信息", "生物医药"]),
        # one list alone, as before
        ("降低钢材、建材、石化等重点高耗能产业占比。", ["钢材", "建材", "石化"]),
    ],
)
def test_a_list_after_another_list_closed_by_deng(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # departments named by their sectors, a list closed by 等部门: bodies charged, no trades
        ("信息产业(含通信管理)、广播电视和军队作战、通信、机要、情报、雷达等部门,要提供技术保障。", []),
        ("推动商务、文旅等部门联合开展促消费活动。", []),
        # trades closed by 等产业 with a body in the next clause: the trades stay
        ("发展电子信息、生物医药等产业,相关部门要加强指导。", ["电子信息", "生物医药"]),
    ],
)
def test_a_list_of_departments_named_by_their_sectors(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected
