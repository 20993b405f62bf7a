"""The opt-in LadybugDB store (``policykg build --engine ladybug``, issue 13) against the real engine, beside the
default ArcadeDB store of the same documents: the same counts, the same rows from every named query LadybugDB
runs, the engine recorded for later commands, rebuilds after a changed document, and the error when the extra
is missing."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from policykg import pipeline
from policykg.cli import app
from policykg.errors import StoreError
from policykg.graph.store import engines
from policykg.graph.store.embedded import EmbeddedStore
from policykg.graph.store.ladybug_store import LadybugStore
from policykg.queries import library
from policykg.queries.dialect import engine_neutral

SAMPLES = Path(__file__).resolve().parents[3] / "samples"
PARITY_PARAMS = Path(__file__).resolve().parents[3] / "bench" / "engines" / "parity-params.json"
# Every named query runs on LadybugDB (round 23: ten shared texts, six through queries/dialect.py) and must give
# ArcadeDB's rows on the samples.
COMMON = set(library.load_library())
# Names on the samples for the queries whose parity parameters name nodes of the query tests' fixture graph only.
SAMPLE_PARAMS = {
    "dependencies": {"node": "人才开发处", "depth": 2},
    "path": {"source": "人才开发处", "target": "智能家电"},
}

pytestmark = pytest.mark.integration


def _build(inputs: Path, out: Path, engine: str | None) -> Any:
    info = pipeline.build([inputs], out, load_store=True, engine=engine)
    assert info.documents and not info.skipped
    return info


@pytest.fixture(scope="module")
def both(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, Any]]:
    root = tmp_path_factory.mktemp("ladybug")
    _build(SAMPLES, root / "arcadedb", engines.ARCADEDB)
    _build(SAMPLES, root / "ladybug", engines.LADYBUG)
    arcade = EmbeddedStore(root / "arcadedb" / "store", release_server=False)
    lady = library.open_store("embedded", root / "ladybug")  # found by its recorded engine, not told
    yield arcade, lady
    arcade.close()
    lady.close()


def test_the_store_records_its_engine_and_opens_with_it(both: tuple[Any, Any]) -> None:
    _, lady = both
    assert isinstance(lady, LadybugStore)
    assert engines.recorded_engine(lady.path) == engines.LADYBUG
    assert engines.recorded_engine(both[0].path) == engines.ARCADEDB


def test_counts_equal_the_arcadedb_store(both: tuple[Any, Any]) -> None:
    arcade, lady = both
    assert lady.node_count() == arcade.node_count() > 1000
    counts = lady.counts()
    assert counts == arcade.counts()
    assert counts["Measure"] == 14 + 15 + 30 + 40 + 29  # counted by hand in each sample (test_end_to_end)
    assert (
        counts["REGION"] > 0
    )  # stored as IN_REGION (the engine's catalog is case-insensitive), counted as REGION


def _params() -> dict[str, dict[str, Any]]:
    params: dict[str, dict[str, Any]] = json.loads(PARITY_PARAMS.read_text(encoding="utf-8"))
    return {**params, **SAMPLE_PARAMS}


@pytest.mark.parametrize("name", sorted(COMMON))
def test_named_queries_give_the_arcadedb_rows(both: tuple[Any, Any], name: str) -> None:
    arcade, lady = both
    params = _params().get(name, {})
    want = library.run_named(arcade, name, params, all_rows=True).rows
    got = library.run_named(lady, name, params, all_rows=True).rows
    # the same rows, where two right engines may differ (a route's choice, a union's order) as they may
    assert _json(engine_neutral(name, got)) == _json(engine_neutral(name, want))
    assert want, f"{name}: no rows on the samples, nothing compared"


def test_later_commands_need_not_be_told(both: tuple[Any, Any]) -> None:
    arcade, lady = both
    # (not --evidence: its look-up of targets uses head(), which LadybugDB lacks; a common text is r23k's work)
    args = ["industry", "智能家电", "-d", str(lady.path.parent), "-f", "json"]
    result = CliRunner().invoke(app, args)  # no --engine: the store says which
    assert result.exit_code == 0, result.output
    want = library.run_named(arcade, "industry-owners", {"industry": "智能家电"}).records()
    assert want and json.loads(result.output) == json.loads(json.dumps(want, default=str))


def _counts(out: Path) -> dict[str, int]:
    store: Any = (
        LadybugStore(out / "store")
        if engines.recorded_engine(out / "store") == engines.LADYBUG
        else EmbeddedStore(out / "store", release_server=False)
    )
    try:
        return dict(store.counts())
    finally:
        store.close()


def _rows(out: Path, name: str) -> list[dict[str, Any]]:
    store: Any = (
        LadybugStore(out / "store")
        if engines.recorded_engine(out / "store") == engines.LADYBUG
        else EmbeddedStore(out / "store", release_server=False)
    )
    try:
        return library.run_named(store, name, _params().get(name, {}), all_rows=True).rows
    finally:
        store.close()


def test_a_rebuild_after_a_changed_document(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    shutil.copytree(SAMPLES, inputs)
    _build(inputs, tmp_path / "lady", engines.LADYBUG)
    db_file = tmp_path / "lady" / "store" / engines.LADYBUG_FILE
    before = db_file.stat().st_mtime_ns
    _build(inputs, tmp_path / "lady", None)  # nothing changed: the store is kept as it is
    assert db_file.stat().st_mtime_ns == before
    # one document loses its second half, another goes
    first, second = sorted(inputs.glob("*.txt"))[:2]
    text = first.read_text(encoding="utf-8")
    first.write_text(text[: len(text) // 2], encoding="utf-8")
    second.unlink()
    info = _build(inputs, tmp_path / "lady", None)  # the engine is the store's: no option needed
    assert engines.recorded_engine(tmp_path / "lady" / "store") == engines.LADYBUG
    assert info.store["nodes_deleted"] > 0 and info.store["nodes_written"] < 1000  # a delta, not a reload
    _build(inputs, tmp_path / "fresh", engines.ARCADEDB)
    assert _counts(tmp_path / "lady") == _counts(tmp_path / "fresh") == info.store["counts"]
    assert _counts(tmp_path / "lady")["Measure"] < 14 + 15 + 30 + 40 + 29
    for name in sorted(COMMON):
        lady, fresh = _rows(tmp_path / "lady", name), _rows(tmp_path / "fresh", name)
        assert _json(engine_neutral(name, lady)) == _json(engine_neutral(name, fresh)), name
    # the document back as it was: the store again holds the samples' graph
    first.write_text(text, encoding="utf-8")
    _build(inputs, tmp_path / "lady", None)
    _build(inputs, tmp_path / "fresh", None)
    assert _counts(tmp_path / "lady") == _counts(tmp_path / "fresh")


def test_a_store_changed_behind_the_build_is_reloaded(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    shutil.copytree(SAMPLES, inputs)
    _build(inputs, tmp_path / "lady", engines.LADYBUG)
    victim = sorted(inputs.glob("*.txt"))[0]
    text = victim.read_text(encoding="utf-8")
    victim.write_text(text[: len(text) // 2], encoding="utf-8")
    stamp = tmp_path / "lady" / ".cache" / "store.json"
    data = json.loads(stamp.read_text(encoding="utf-8"))
    stamp.write_text(json.dumps(dict(data, nodes=data["nodes"] + 1)), encoding="utf-8")  # not what it holds
    info = _build(inputs, tmp_path / "lady", None)  # the delta is refused: a full reload
    counts = _counts(tmp_path / "lady")
    assert info.store["nodes_written"] == sum(n for k, n in counts.items() if not k.isupper())
    assert info.store["nodes_deleted"] == 0
    assert counts["Measure"] < 14 + 15 + 30 + 40 + 29


def test_switching_engines_replaces_the_store(tmp_path: Path) -> None:
    _build(SAMPLES, tmp_path / "out", engines.LADYBUG)
    lady = _counts(tmp_path / "out")
    _build(SAMPLES, tmp_path / "out", engines.ARCADEDB)
    assert engines.recorded_engine(tmp_path / "out" / "store") == engines.ARCADEDB
    assert not (tmp_path / "out" / "store" / engines.MARKER).exists()
    assert _counts(tmp_path / "out") == lady


def test_a_missing_extra_is_one_clear_error(tmp_path: Path) -> None:
    # ``sys.modules[name] = None`` is Python's own way to make an import fail: ladybug is then "not installed".
    code = (
        "import sys; sys.modules['ladybug'] = None\n"
        "from policykg.cli import main\n"
        f"sys.argv = ['policykg', 'build', {str(SAMPLES)!r}, '-o', {str(tmp_path / 'out')!r}, '-q',"
        " '--engine', 'ladybug']\n"
        "main()\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert done.returncode == 7, done.stderr
    assert "pip install 'policykg[ladybug]'" in done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "out" / "store").exists()


def test_analyze_gives_the_arcadedb_tables(both: tuple[Any, Any]) -> None:
    from policykg.queries import analyze

    arcade, lady = both
    want = analyze.analyze(arcade, top=10).as_dict()
    assert want and analyze.analyze(lady, top=10).as_dict() == want


def test_a_store_without_its_database_says_to_build_again(tmp_path: Path) -> None:
    # what a first load that failed leaves: the engine recorded (first), no database
    engines.write_marker(tmp_path / "out" / "store", engines.LADYBUG)
    with pytest.raises(StoreError, match="--engine ladybug"):
        library.open_store("embedded", tmp_path / "out")
    assert sorted(p.name for p in (tmp_path / "out" / "store").iterdir()) == [engines.MARKER]


def _json(rows: object) -> str:
    return json.dumps(rows, sort_keys=True, default=str)
