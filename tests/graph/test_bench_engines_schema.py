"""bench/bench_engines.py's Kùzu schema, derived from the ontology (no Kùzu needed: the derivation and its check
against rows are plain Python)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]


def _bench() -> Any:
    spec = importlib.util.spec_from_file_location("pkg_bench_engines", ROOT / "bench" / "bench_engines.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_schema_from_the_ontology() -> None:
    be = _bench()
    nodes, rels, notes = be.derive_schema()
    assert "Measure" in nodes and "Unit" in nodes
    assert all(cols["iri"] == "STRING" for cols in nodes.values())
    assert nodes["Measure"]["charStart"] == "INT64"  # pkg:charStart, domain a union holding Measure
    assert nodes["Target"]["value"] == "DOUBLE"  # decimal
    assert nodes["Unit"]["altLabel"] == "STRING[]"  # multi-valued
    assert "charStart" not in nodes["Unit"]
    assert rels["HAS_TARGET"] == {("PolicyDocument", "Target"), ("Section", "Target"), ("Measure", "Target")}
    # Kùzu's catalog is case-insensitive: REGION beside the node table Region is renamed
    assert "REGION" not in rels and ("Unit", "Region") in rels["IN_REGION"]
    assert any("IN_REGION" in note for note in notes)


def test_rows_outside_the_schema_are_reported_and_added() -> None:
    be = _bench()
    nodes, rels, _ = be.derive_schema()
    rows = {
        "u": (("Unit",), {"iri": "u", "prefLabel": "就业处", "charStart": 3}),
        "m": (("Measure",), {"iri": "m", "label": "x"}),
    }
    misses = be.check_schema(nodes, rels, rows, [("m", "RESPONSIBLE_UNIT", "u"), ("u", "HAS_TARGET", "m")])
    assert nodes["Unit"]["charStart"] == "INT64"
    assert ("Unit", "Measure") in rels["HAS_TARGET"]
    assert len(misses) == 2 and any("Unit.charStart" in m for m in misses)
    assert be._first(RuntimeError('Parser exception: Invalid input <CALL {>: x\n"CALL {"\n  ^')) == (
        "Parser exception: Invalid input <CALL {>: x"
    )
