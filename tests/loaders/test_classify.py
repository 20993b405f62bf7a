"""The national classifications as data (row counts against the standards' totals) and the mapping rules."""

from __future__ import annotations

import pytest

from policykg.loaders.extract.classify import classify, load_classifications


def ids(label: str) -> list[tuple[str, str]]:
    return [(m.entry.id, m.match) for m in classify(label)]


def test_gbt4754_row_counts_match_the_standard() -> None:
    c = load_classifications()
    scheme = c.schemes["GB/T4754-2017"]
    got = c.counts("GB/T4754-2017")
    assert got == scheme["expected"]
    published = scheme["published"]
    assert isinstance(published, dict)
    # 门类/大类/中类 as published; 小类: the public copy lacks one of the 1382 of 第1号修改单 (recorded, not invented)
    assert {k: got[k] for k in ("门类", "大类", "中类")} == {"门类": 20, "大类": 97, "中类": 473}
    assert published["小类"] == 1382 and got["小类"] == 1381


def test_sei2018_top_level() -> None:
    c = load_classifications()
    assert c.counts("SEI2018") == {"一级": 9}
    assert all(c.schemes[s]["source"] and c.schemes[s]["licence"] for s in c.schemes)


def test_every_class_has_its_parent() -> None:
    c = load_classifications()
    assert all(e.parent is None or e.parent in c.entries for e in c.entries.values())
    assert [a.code for a in c.ancestors("GB/T4754-2017:3973")] == ["3973", "397", "39", "C"]


def test_synonym_rule_chip_meets_integrated_circuit() -> None:
    assert ids("芯片") == [("GB/T4754-2017:3973", "exact"), ("GB/T4754-2017:6520", "exact")]
    assert {i for i, _ in ids("芯片")} <= {i for i, _ in ids("集成电路")}


@pytest.mark.parametrize(
    ("label", "code"),
    [("汽车", "GB/T4754-2017:36"), ("制造业", "GB/T4754-2017:C"), ("批发和零售业", "GB/T4754-2017:F")],
)
def test_name_rule_is_exact(label: str, code: str) -> None:
    assert (code, "exact") in ids(label)


def test_name_rule_either_script() -> None:
    assert (
        ids("集成電路")
        == ids("集成电路")
        == [("GB/T4754-2017:3973", "exact"), ("GB/T4754-2017:6520", "exact")]
    )


def test_head_rule_is_broad() -> None:
    assert ids("纺织服装") == [("GB/T4754-2017:18", "broad")]


def test_unknown_industry_is_not_guessed() -> None:
    assert ids("精细化工") == [] and ids("元宇宙") == []


def test_two_cities_wordings_meet_at_a_code() -> None:
    a = {i for i, _ in ids("新能源汽车")}
    b = {i for i, _ in ids("智能网联新能源汽车")}
    assert a & b


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        # 煤炭 as a trade is its mining (06), not 252 煤炭加工 which the name rule would give
        ("煤炭", [("GB/T4754-2017:06", "exact")]),
        ("油氣", [("GB/T4754-2017:07", "exact")]),
        ("太陽能", [("GB/T4754-2017:4416", "broad"), ("SEI2018:6", "broad")]),
        ("太阳能", [("GB/T4754-2017:4416", "broad"), ("SEI2018:6", "broad")]),
    ],
)
def test_energy_trades_meet_their_codes(label: str, expected: list[tuple[str, str]]) -> None:
    assert ids(label) == expected
