"""Round 28's industry objects the grammar dropped (issue 12, r28x's probes): a jurisdiction's scope between a verb
and the trade (推进全市|乡村旅游发展, 推进沿黄4市13县|全域旅游发展) is trimmed, not the whole object dropped; a plain 发展
names a trade before an object ending in a trade word (发展农村电商。) and after a one-word sector (促进会展业发展),
not after a qualified one (鼓励社区商业发展); two sectors growing together (协同发展) are both; an adverb of effort before
any list opener (全力化解|钢铁、水泥…) is no part of the first item; 流通 closes a processing or trade name
(水产品加工流通); the activity closing a firm list's last item is read after a first item without one (竹笋、竹材加工
企业); a place glued before a trade another item names alone is cut (文旅桂平|乡村旅游集聚带). Small inline texts in Simplified and Traditional
script, ASCII and full-width punctuation, with the mentions each family must leave alone."""

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
        ("推进全市乡村旅游发展。", ["乡村旅游"]),
        ("大力发展全市旅游业。", ["旅游业"]),
        ("推进沿黄4市13县全域旅游发展。", ["全域旅游"]),
        ("积极发展本市会展业。", ["会展业"]),
        ("推动全区现代物流高质量发展。", ["现代物流"]),
        ("大力发展全省冰雪旅游。", ["冰雪旅游"]),
        # the scope before a provision with no trade word, or with nothing after it: none
        ("支持县域民族贸易发展。", []),
        ("推进本市养老服务高质量发展。", []),
        ("推进全市经济发展。", []),
    ],
)
def test_a_scope_before_the_object_is_trimmed(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("发展农村电商。", ["农村电商"]),
        ("支持13县发展乡村旅游。", ["乡村旅游"]),
        ("鼓励各地发展农村电商。", ["农村电商"]),
        ("引导沿江5县发展生态旅游。", ["生态旅游"]),
        # the plan's reach or distinction before the trade, as a run-in object (发展全域旅游,)
        ("发展特色健康养生旅游;", ["健康养生旅游"]),
        # a plain 发展 before an aim, a quality or a generic word: none
        ("发展新动能。", []),
        ("支持13县发展壮大。", []),
        ("发展民族贸易。", []),
    ],
)
def test_a_plain_develop_before_a_trade_word(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("促进会展业发展。", ["会展业"]),
        ("推动旅游业发展。", ["旅游业"]),
        ("推动快递业与制造业协同发展。", ["快递业", "制造业"]),
        ("推进邮政业与快递业联动发展。", ["邮政业", "快递业"]),
        ("推进海洋渔业发展。", ["海洋渔业"]),
        # a qualified sector before a bare 发展 (the residents served), and a generic one: none
        ("鼓励社区商业发展。", []),
        ("推动产业发展。", []),
        ("促进民营经济发展。", []),
    ],
)
def test_a_one_word_sector_before_a_bare_develop(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("大力引导家具制造、食品饮料等产业做优做强。", ["家具制造", "食品饮料"]),
        ("积极引入咖啡、花艺、手作等业态。", ["咖啡", "花艺", "手作"]),
        ("着力落实餐饮、零售、旅游等行业纾困政策。", ["餐饮", "零售", "旅游"]),
        ("全力化解钢铁、水泥等行业过剩产能。", ["钢铁", "水泥"]),
        ("大力构建电子信息、装备制造等产业体系。", ["电子信息", "装备制造"]),
        ("着力形成鲜切花、种球种苗等产业多位一体的发展格局。", ["鲜切花", "种球种苗"]),
        # without an opener the adverb opens nothing: the list as before
        ("积极培育茶叶、水果等产业。", ["茶叶", "水果"]),
    ],
)
def test_an_adverb_before_any_list_opener(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 流通 closing a processing or trade name, after a development verb or a plain 推动
        ("大力发展水产品加工流通。", ["水产品加工流通"]),
        ("推动水产品加工流通。", ["水产品加工流通"]),
        ("发展农产品加工流通。", ["农产品加工流通"]),
        # not 流通 alone before a firm
        ("重点扶持省流通龙头企业。", []),
        # the activity closing a firm list's last item read after a first item without one
        ("围绕竹笋、竹材加工企业开展招商。", ["竹笋", "竹材加工"]),
        ("支持茶叶、油茶加工企业发展。", ["茶叶", "油茶加工"]),
        # no activity closes the list: the first item must name a trade itself
        ("支持竹笋、竹材企业发展。", []),
        # a place or its slogan glued before a trade another item names alone, both before the same word
        ("重点打造文旅桂平乡村旅游集聚带、乐游平南乡村旅游集聚带。", ["乡村旅游"]),
        ("打造跨境电子商务产业园、农村电子商务产业园。", ["跨境电子商务", "农村电子商务"]),
    ],
)
def test_trade_names_closed_or_prefixed(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected
