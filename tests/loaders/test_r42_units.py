"""Round 42 (heldout104, grain-security opinions): the subject of a duty sentence inside a numbered item may be a
list of collectives and townships (各镇人民政府、城区街道办事处、县直各部门、各有关单位要…), a township by its name and
its own body (城区街道办事处 / 城关镇人民政府), or a collective of places with the bodies concerned joined after it
(各县(市、区)政府和有关部门要…). A list of vague collectives alone (各地、各部门要…) stays no subject. Both scripts,
both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from policykg.loaders.normalize import match_text
from tests.loaders.inline import IDS, VARIANTS, run

_HEAD = "关于进一步加强粮食安全工作的意见\n一、落实责任\n(一)增强粮食安全意识。粮食安全是重要基础。"
_TAIL = "\n(二)其他事项。做好其他工作。\n"


def _units(variant: Callable[[str], str], sentence: str) -> list[str]:
    doc = run(variant(_HEAD + sentence + _TAIL))
    return [match_text(u.surface) for u in doc.measures[0].responsible]


CASES = [
    (
        "各镇人民政府、城区街道办事处、县直各部门、各有关单位要充分认识确保粮食安全的重要性。",
        ["各镇人民政府", "城区街道办事处", "县直各部门", "各有关单位"],
    ),
    ("城区街道办事处要做好粮食储备工作。", ["城区街道办事处"]),
    ("城关镇人民政府要做好粮食储备工作。", ["城关镇人民政府"]),
    ("各县(市、区)政府和有关部门要切实加强粮食生产。", ["各县(市、区)政府", "有关部门"]),
    ("各地、各部门要充分认识确保粮食安全的重要性。", []),
    # heldout104 ev10: the departments of one kind at every level; never the kind concerned, nor beside a clause's
    # bodies when it only coordinates (dev8 aa07)
    ("各级农业部门要及早积极主动与当地水利部门沟通。", ["各级农业部门"]),
    (
        "各级发展改革部门要会同财税、金融等部门建立评价机制。(省发展改革委、省财政厅按职责分工负责)",
        ["省发展改革委", "省财政厅"],
    ),
]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("sentence", "want"), CASES, ids=[f"case-{k}" for k in range(len(CASES))])
def test_collectives_and_townships_as_a_duty_subject(
    variant: Callable[[str], str], sentence: str, want: list[str]
) -> None:
    assert _units(variant, sentence) == [match_text(variant(w)) for w in want]


LEAD_CASES = [
    # heldout104 ev08: 负责牵头 as 牵头负责
    ("水务局负责牵头山洪灾害防御工作。", ["水务局"], ["水务局"]),
    ("由市水务局负责牵头,市财政局配合。", ["市水务局", "市财政局"], ["市水务局"]),
]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("sentence", "units", "leads"), LEAD_CASES, ids=["bare", "you"])
def test_fuze_qiantou_designates_the_lead(
    variant: Callable[[str], str], sentence: str, units: list[str], leads: list[str]
) -> None:
    doc = run(variant("关于加强山洪灾害防御的意见\n一、落实责任\n(一)加强防御。" + sentence + _TAIL))
    m = doc.measures[0]
    assert [match_text(u.surface) for u in m.responsible] == [match_text(variant(u)) for u in units]
    assert [match_text(u.surface) for u in m.lead] == [match_text(variant(u)) for u in leads]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_later_comma_piece_handed_to_a_body_with_its_act(variant: Callable[[str], str]) -> None:
    # heldout54 cv03: …各区直单位工会将…;全区各非公企业…参加活动,由运河街道做好组织发动。
    sentence = (
        "各区直单位工会将上半年工会经费用于购买购物券发放给职工;全区各非公企业使用工会会费参加活动,"
        "由运河街道做好组织发动。"
    )
    assert _units(variant, sentence) == [match_text(variant("运河街道"))]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_an_urging_verb_is_no_part_of_the_first_trade(variant: Callable[[str], str]) -> None:
    # heldout101 es03: 督促|餐饮行业、宾馆服务行业提升服务和接待水平 (督促餐饮 was read as a trade)
    from policykg.loaders.extract.industries import IndustryLexicon
    from tests.loaders.test_industries import labels

    text = "市市场监管局要加强食品卫生监管,督促餐饮行业、宾馆服务行业提升服务和接待水平。"
    assert labels(variant(text), IndustryLexicon.load_default()) == ["餐饮", "宾馆服务"]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_jieban_collective_and_a_manner_after_a_held_duty_verb(variant: Callable[[str], str]) -> None:
    # heldout104 ev02: 各街办 (街道办事处's short form) a collective; 落实以区县行政首长负责制为核心的责任制 holds no body
    sentence = "各街办、各有关单位要深入贯彻《农田水利条例》,进一步落实以区县行政首长负责制为核心的责任制。"
    assert _units(variant, sentence) == [match_text(variant(w)) for w in ("各街办", "各有关单位")]
