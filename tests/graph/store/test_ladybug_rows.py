"""The LadybugDB full load fed from the build's own rows (issue 13): each extraction worker's rows, read from the
triples its fragment is written from, equal what the N-Triples reader reads from that fragment; and a store a
first build loads that way holds exactly what a load from the same build's graph.nt holds (the same nodes with
the same properties, the same relationships), with fresh extractions (in the process pool and in this
process) and with cached documents (read from their cache entries)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from policykg import pipeline
from policykg.graph.rdf.stream import make_fragment
from policykg.graph.store import engines, ladybug_load
from policykg.graph.store.ladybug_load import (
    load_store,
    read_graph,
    swap_in,
    text_batch,
    write_database,
    write_fresh,
)
from policykg.pipeline import work

SAMPLES = Path(__file__).resolve().parents[3] / "samples"

pytestmark = pytest.mark.integration


@pytest.mark.parametrize("sample", sorted(p.name for p in SAMPLES.iterdir() if p.is_file()))
def test_a_workers_rows_are_the_rows_of_its_fragments_text(sample: str) -> None:
    doc = work.extract_one(SAMPLES / sample, 50_000_000)
    frag = make_fragment(doc, keep_triples=True)
    nodes, rels = work.doc_rows(frag)
    want_nodes, want_rels = text_batch(frag.nt.encode("utf-8"), sample)
    assert list(nodes.items()) == list(want_nodes.items())  # the same rows, in the same order
    assert rels == want_rels
    assert len(nodes) > 10 and len(rels) > 10


def _dump(store_dir: Path) -> tuple[list[Any], list[Any]]:
    """Every node (its table and non-null properties) and every relationship (type and ends) of a LadybugDB
    store, sorted."""
    ladybug = engines.ladybug_module()
    db = ladybug.Database(str(store_dir / engines.LADYBUG_FILE), read_only=True)
    conn = ladybug.Connection(db)
    try:
        nodes = [
            (label, sorted((k, repr(v)) for k, v in node.items() if not k.startswith("_") and v is not None))
            for label, node in conn.execute("MATCH (n) RETURN label(n), n").get_all()
        ]
        rels = conn.execute("MATCH (a)-[r]->(b) RETURN label(r), a.iri, b.iri").get_all()
    finally:
        conn.close()
        db.close()
    return sorted(nodes), sorted(rels)


def _same_as_a_load_from_graph_nt(out: Path, tmp_path: Path) -> tuple[list[Any], list[Any]]:
    """The store of ``out`` holds what graph.nt read whole holds, and so does a load of graph.nt in parts."""
    whole, parts = tmp_path / "whole", tmp_path / "parts"
    for folder in (whole, parts):
        shutil.rmtree(folder, ignore_errors=True)
    nt = out / "graph.nt"
    swap_in(whole, write_fresh(whole, lambda fresh: write_database(fresh, *read_graph(nt))))
    load_store(parts, nt)
    want = _dump(whole)
    assert _dump(out / "store") == want
    assert _dump(parts) == want
    assert not (out / "store" / f"{engines.LADYBUG_FILE}.new").exists()
    return want


def _inputs(tmp_path: Path, copies: int) -> Path:
    """The samples, each ``copies`` times under other names (other document ids): 20 files go to the pool."""
    inputs = tmp_path / "in"
    inputs.mkdir()
    for n in range(copies):
        for sample in sorted(SAMPLES.iterdir()):
            if sample.is_file():
                shutil.copy(sample, inputs / f"c{n}_{sample.name}")
    return inputs


@pytest.mark.parametrize(
    ("copies", "part_nodes"),
    [(1, ladybug_load.PART_NODES), (4, ladybug_load.PART_NODES), (4, 300)],
    ids=["in-process", "pool", "pool-in-small-parts"],
)
def test_a_first_build_loads_what_graph_nt_holds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, copies: int, part_nodes: int
) -> None:
    # in small parts: relationships wait for ends a later part describes, the tables are widened late
    monkeypatch.setattr(ladybug_load, "PART_NODES", part_nodes)
    monkeypatch.setattr(ladybug_load, "READ_CHUNK", 1 << 16 if part_nodes < 1000 else ladybug_load.READ_CHUNK)
    out = tmp_path / "out"
    info = pipeline.build([_inputs(tmp_path, copies)], out, engine=engines.LADYBUG)
    assert info.documents == 5 * copies and not info.skipped
    nodes, rels = _same_as_a_load_from_graph_nt(out, tmp_path)
    assert info.store["nodes_written"] == len(nodes) > 1000
    assert info.store["relationships_written"] == len(rels)
    assert not (out / ".cache" / work.ROWS_DIR).exists()


def test_cached_documents_are_read_from_their_cache_entries(tmp_path: Path) -> None:
    inputs = _inputs(tmp_path, 1)
    out = tmp_path / "out"
    pipeline.build([inputs], out, load_store=False)
    (inputs / sorted(p.name for p in inputs.iterdir())[0]).write_text("第一条 新的文件。\n", encoding="utf-8")
    info = pipeline.build([inputs], out, engine=engines.LADYBUG)  # four cached, one extracted again
    assert info.cached == 4
    _same_as_a_load_from_graph_nt(out, tmp_path)


def test_a_forced_build_reloads_from_its_rows(tmp_path: Path) -> None:
    inputs = _inputs(tmp_path, 1)
    out = tmp_path / "out"
    pipeline.build([inputs], out, engine=engines.LADYBUG)
    info = pipeline.build([inputs], out, engine=engines.LADYBUG, force=True)
    assert info.cached == 0 and info.store["nodes_written"] > 1000
    _same_as_a_load_from_graph_nt(out, tmp_path)
