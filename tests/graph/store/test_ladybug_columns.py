"""The LadybugDB load's Arrow columns made from a table's rows in one pass (round 28): each node's properties in
their columns, null where a node lacks one, a column no row sets all null, the IRI column from the rows' keys."""

from __future__ import annotations

from typing import Any

import pyarrow as pa

from policykg.graph.store.ladybug_load import _arrow_type, _column, _columns_of

COLUMNS = {"iri": "STRING", "name": "STRING", "weight": "DOUBLE", "aliases": "STRING[]", "note": "STRING"}
ROWS: list[tuple[str, dict[str, Any]]] = [
    ("u:1", {"name": "发改委", "weight": 1}),
    ("u:2", {"aliases": ["市发改委"]}),
    ("u:3", {"name": "财政局", "weight": 0.5}),
]


def test_each_property_lands_in_its_row_and_column() -> None:
    values, filled = _columns_of(COLUMNS, ROWS)
    assert values["iri"] == ["u:1", "u:2", "u:3"]
    assert values["name"] == ["发改委", None, "财政局"]
    assert values["weight"] == [1, None, 0.5]
    assert values["aliases"] == [None, ["市发改委"], None]
    assert values["note"] == [None, None, None]
    assert filled == {"iri", "name", "weight", "aliases"}


def test_columns_equal_the_per_column_reading_they_replace() -> None:
    values, filled = _columns_of(COLUMNS, ROWS)
    for column, kind in COLUMNS.items():
        old = [iri for iri, _ in ROWS] if column == "iri" else [p.get(column) for _, p in ROWS]
        made = _column(pa, values[column], kind) if column in filled else pa.nulls(3, _arrow_type(pa, kind))
        assert made.equals(_column(pa, old, kind)), column


def test_a_key_outside_the_columns_is_left_out() -> None:
    values, _ = _columns_of({"iri": "STRING"}, [("u:1", {"stray": "x"})])
    assert values == {"iri": ["u:1"]}
