"""Selecting a unit by name in a real-world mix (QA): a name that is one unit's own name and another's short form,
and several units shown with the same name and nothing to qualify them. A stub store answers the unit lookup."""

from __future__ import annotations

from typing import Any

import pytest

from policykg.loaders.normalize import name_key
from policykg.queries.resolve import AmbiguousNameError, UnknownNameError, resolve

BASE = "https://example.org/policykg/unit/"


class _Units:
    """Answers the unit name lookup of ``resolve`` with every unit whose keys contain the key."""

    def __init__(self, units: list[tuple[str, str, list[str], str | None]]) -> None:
        self.units = units  # (iri tail, label, other names, region)

    def run(self, cypher: str, params: dict[str, Any], write: bool = False) -> list[dict[str, Any]]:
        rows = []
        for tail, label, others, region in self.units:
            keys = [name_key(x) for x in [label, *others]]
            if any(params.get("key", "\0") in k for k in keys):
                rows.append(
                    {
                        "iri": BASE + tail,
                        "label": label,
                        "keys": "|".join(keys),
                        "detail": None,
                        "region": region,
                    }
                )
        return rows


def test_a_units_own_name_wins_over_another_units_short_form() -> None:
    # mix of 55 real pages: `policykg unit 市发改委` listed 4 units (兰州市发改委 has the short form 市发改委 too),
    # so the unit the workload table shows as 市发改委 could not be selected by its name
    store = _Units(
        [
            ("a", "市发改委", [], None),
            ("b", "兰州市发改委", ["市发改委"], "兰州市"),
            ("c", "宁波市发改委", ["市發改委"], "宁波市"),
        ]
    )
    assert resolve(store, "市发改委", kinds=["unit"]).iri == BASE + "a"  # type: ignore[arg-type]
    assert resolve(store, "市發改委", kinds=["unit"]).iri == BASE + "a"  # type: ignore[arg-type]


def test_units_shown_alike_are_listed_with_something_that_selects_them() -> None:
    # `policykg unit 发改委` said: matches 2 things: 发改委 (unit); 发改委 (unit, 福建省) — nothing selects the first
    store = _Units([("x", "发改委", [], None), ("y", "发改委", [], "福建省"), ("z", "发改委", [], None)])
    with pytest.raises(AmbiguousNameError) as info:
        resolve(store, "发改委", kinds=["unit"])  # type: ignore[arg-type]
    shown = str(info.value)
    assert f"发改委 (unit, {BASE}x)" in shown and f"发改委 (unit, {BASE}z)" in shown
    assert "发改委 (unit, 福建省)" in shown and "REGION/NAME" in shown
    assert info.value.exit_code == 2


def test_region_and_name_written_as_one_word_select_the_unit() -> None:
    # `policykg unit 宜兴市税务局` said "no unit named"; only 宜兴市/税务局 selected the 税务局 listed with region 宜兴市
    store = _Units(
        [("w", "税务局", [], "宜兴市"), ("v", "税务局", [], "河南省"), ("u", "东莞市税务局", [], "东莞市")]
    )
    assert resolve(store, "宜兴市税务局", kinds=["unit"]).iri == BASE + "w"  # type: ignore[arg-type]
    assert resolve(store, "河南省稅務局", kinds=["unit"]).iri == BASE + "v"  # type: ignore[arg-type]
    with pytest.raises(UnknownNameError):
        resolve(store, "北京市税务局", kinds=["unit"])  # type: ignore[arg-type]
