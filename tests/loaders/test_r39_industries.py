"""Round 39 (heldout83 ea09, read after round 38's score): a system named by its count and then listed, as many
items as the count says (九大重点产业链——A、B、…); the qualities a list of trades is chosen by, closed by 的 before
the system's name (支撑作用强、发展潜力大的九大重点产业链), are no trades. Both scripts, both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, run

_NINE = (
    "今年,我市将产业链优化调整为支撑作用强、发展潜力大、战略意义大的九大重点产业链——电子信息与软件服务、"
    "绿色食品、先进装备制造、文体旅游、新材料、现代石化、医药及医疗器械、电力新能源、现代物流。\n"
)
_MEMBERS = [
    "电子信息与软件服务",
    "绿色食品",
    "先进装备制造",
    "文体旅游",
    "新材料",
    "现代石化",
    "医药及医疗器械",
    "电力新能源",
    "现代物流",
]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_system_named_by_its_count_then_listed_defines_its_members(variant: Callable[[str], str]) -> None:
    doc = run(variant(_NINE))
    (system,) = [s for s in doc.systems.values() if "九大重点产业链" in s.label]
    assert [k.removeprefix("industry:") for k in system.members] == _MEMBERS
    assert system.source.startswith("defined in")
    assert [i.surface for i in doc.doc_industries] == [variant(w) for w in _MEMBERS]


@pytest.mark.parametrize(
    "text",
    [
        "我市三大重点产业链——文体旅游、现代石化。\n",  # two listed where three are counted
        "我市三大重点产业链——文体旅游、现代石化、电力新能源、现代物流。\n",  # four listed where three are counted
    ],
)
def test_a_list_shorter_than_its_count_defines_no_members(text: str) -> None:
    doc = run(text)
    assert all(not s.members for s in doc.systems.values())


def test_the_qualities_a_systems_trades_are_chosen_by_are_no_trades() -> None:
    doc = run("我市确定支撑作用强、发展潜力大、战略意义大的三大重点产业链:文体旅游、现代石化、电力新能源。\n")
    surfaces = [i.surface for i in doc.doc_industries]
    assert surfaces == ["文体旅游", "现代石化", "电力新能源"]
