"""The dialect on LadybugDB itself: every named query on the fixture graph gives the same rows on ArcadeDB
and on LadybugDB (skipped where ``ladybug``/``pyarrow`` are not installed: they are no dependencies of policykg;
``.venv/bin/pip install ladybug pyarrow``), and the benchmark's LadybugDB schema holds what the dialect's texts
read (bench/bench_engines.py, bench/README.md issue 13, round 23)."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path
from typing import Any

import pytest

from policykg.queries import dialect

ROOT = Path(__file__).resolve().parents[2]


def _bench() -> Any:
    spec = importlib.util.spec_from_file_location(
        "pkg_bench_engines_r23", ROOT / "bench" / "bench_engines.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_any_node_properties_on_every_table() -> None:
    nodes, rels, _ = _bench().derive_schema()
    for table, cols in nodes.items():
        missing = [p for p in dialect.ANY_NODE_PROPERTIES if p not in cols]
        assert not missing, f"{table} lacks {missing}"
    for old, new in dialect.RENAMED_TYPES.items():
        assert old not in rels and new in rels


def test_every_named_query_same_rows_on_ladybug(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("ladybug")
    pytest.importorskip("pyarrow")
    be = _bench()
    monkeypatch.setitem(os.environ, be.ENGINE_ENV, "ladybug")
    arcade, lady = be.load_fixture_both(tmp_path)
    table, _ = be.compare_queries(arcade, lady, None, ROOT / "bench" / "engines" / "parity-params.json")
    assert table.splitlines()[-1] == "16 named queries: 16 runs, same rows", table
