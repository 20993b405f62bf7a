"""pipeline.build end to end: outputs on the samples, bad input in a batch, atomic graph files, incremental
rebuilds (changed, removed, forced), and the same output with one or two worker processes."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDF
from typer.testing import CliRunner

from policykg import pipeline
from policykg.cli import app
from policykg.errors import GraphBuildError
from policykg.ontology import PKG
from policykg.pipeline import store as pipeline_store
from policykg.pipeline import work as pipeline_work

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
BASE = pipeline.DEFAULT_BASE_IRI
# The store tests below test ArcadeDB's store step (pipeline/store.py: its delta, load and store workers), which
# `--engine arcadedb` chooses; LadybugDB's (the default) is tested in tests/graph/store/test_ladybug.py.
ARCADEDB = "arcadedb"


def _build(src: Path | list[Path], out: Path, **kwargs: Any) -> Any:
    paths = src if isinstance(src, list) else [src]
    return pipeline.build(paths, out, load_store=False, **kwargs)


def _report(out: Path) -> dict[str, Any]:
    return json.loads((out / "report.json").read_text(encoding="utf-8"))


def _doc_iri(doc_id: str) -> URIRef:
    return URIRef(f"{BASE}doc/{quote(doc_id, safe='-._~')}")


@pytest.fixture(scope="module")
def samples_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("samples") / "out"
    _build(SAMPLES, out)
    return out


@pytest.fixture(scope="module")
def samples_graph(samples_build: Path) -> Graph:
    return Graph().parse(samples_build / "graph.nt", format="nt")


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    """A private copy of the samples, free to change."""
    folder = tmp_path / "in"
    shutil.copytree(SAMPLES, folder)
    return folder


# --------------------------------------------------------------------------- end to end on the samples


def test_samples_counts_agree_with_the_graph(samples_build: Path, samples_graph: Graph) -> None:
    report = _report(samples_build)
    assert report["documents"] == len(list(SAMPLES.glob("*.txt"))) == 5
    assert report["skipped"] == []
    assert report["triples"] == len(samples_graph)
    assert report["measures"] == len(set(samples_graph.subjects(RDF.type, PKG.Measure)))
    assert report["measures"] == sum(e["measures"] for e in report["per_file"])
    assert report["sections"] == len(set(samples_graph.subjects(RDF.type, PKG.Section)))
    assert report["units"] == len(set(samples_graph.subjects(RDF.type, PKG.Unit)))
    assert report["targets"] == len(set(samples_graph.subjects(RDF.type, PKG.Target)))
    built = {_doc_iri(e["doc_id"]) for e in report["per_file"]}
    assert built <= set(samples_graph.subjects(RDF.type, PKG.PolicyDocument))
    assert report["measures"] > 50  # the samples hold well over a hundred numbered measures


def test_every_measure_quotes_the_saved_text(samples_build: Path, samples_graph: Graph) -> None:
    texts = {
        _doc_iri(e["doc_id"]): (samples_build / "text" / f"{e['doc_id']}.txt").read_text(encoding="utf-8")
        for e in _report(samples_build)["per_file"]
    }
    checked = 0
    for m in samples_graph.subjects(RDF.type, PKG.Measure):
        text = texts[samples_graph.value(m, PKG.inDocument)]
        start = int(samples_graph.value(m, PKG.charStart))
        end = int(samples_graph.value(m, PKG.charEnd))
        assert str(samples_graph.value(m, PKG.text)) == text[start:end]
        assert end > start
        checked += 1
    assert checked == _report(samples_build)["measures"]


def test_turtle_and_ntriples_hold_the_same_graph(samples_build: Path, samples_graph: Graph) -> None:
    ttl = Graph().parse(samples_build / "graph.ttl", format="turtle")
    assert set(ttl) == set(samples_graph)  # term for term, literals' lexical forms included
    assert not list(samples_build.glob(".*.tmp"))


def test_store_graph_from_ntriples_equals_the_rdflib_mapping(
    samples_build: Path, samples_graph: Graph
) -> None:
    from policykg.graph.store.pgraph import property_graph_from_ntriples, to_property_graph

    streamed = property_graph_from_ntriples(samples_build / "graph.nt")
    reference = to_property_graph(samples_graph)
    assert dict(streamed.nodes(data=True)) == dict(reference.nodes(data=True))
    assert sorted(streamed.edges(keys=True)) == sorted(reference.edges(keys=True))
    assert streamed.number_of_nodes() > 100


def test_two_builds_of_the_same_input_are_byte_identical(tmp_path: Path, samples_build: Path) -> None:
    _build(SAMPLES, tmp_path / "again")
    for name in ("graph.nt", "graph.ttl"):
        assert (tmp_path / "again" / name).read_bytes() == (samples_build / name).read_bytes()


def test_one_and_two_worker_processes_give_the_same_output(
    tmp_path: Path, samples_build: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline_work, "PARALLEL_THRESHOLD", 2)  # use the process pool even for five files
    _build(SAMPLES, tmp_path / "j2", jobs=2, force=True)
    _build(SAMPLES, tmp_path / "j1", jobs=1, force=True)
    for name in ("graph.nt", "graph.ttl"):
        assert (tmp_path / "j2" / name).read_bytes() == (tmp_path / "j1" / name).read_bytes()
        assert (tmp_path / "j1" / name).read_bytes() == (samples_build / name).read_bytes()
    r1, r2 = _report(tmp_path / "j1"), _report(tmp_path / "j2")
    for key in ("documents", "triples", "measures", "units", "targets", "per_file"):
        assert r1[key] == r2[key]


# --------------------------------------------------------------------------- bad input


def _bad_files(folder: Path) -> dict[str, bytes]:
    bad = {
        "empty.txt": b"",
        "binary.txt": bytes(range(256)) * 8,
        "undecodable.txt": b"\xff\xfe\xfa" + bytes([0x80, 0x81, 0xFE, 0xC0, 0xC1]) * 50,
    }
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in bad.items():
        (folder / name).write_bytes(data)
    return bad


def test_bad_files_among_good_ones_are_reported_and_the_good_ones_built(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    bad = _bad_files(folder)
    good = sorted(SAMPLES.glob("*.txt"))[:2]
    for path in good:
        shutil.copy(path, folder / path.name)
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["build", str(folder), "--out", str(out), "--no-store", "--quiet"])
    assert result.exit_code == 0, result.output
    report = _report(out)
    assert report["documents"] == 2
    skipped = {Path(s["file"]).name: s["reason"] for s in report["skipped"]}
    assert set(skipped) == set(bad)
    assert all(reason.strip() for reason in skipped.values())
    g = Graph().parse(out / "graph.nt", format="nt")
    for path in good:
        assert (_doc_iri(path.stem), RDF.type, PKG.PolicyDocument) in g
    assert sorted(p.name for p in (out / "text").iterdir()) == sorted(f"{p.stem}.txt" for p in good)


def test_a_batch_of_only_bad_files_exits_non_zero_and_writes_no_graph(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    _bad_files(folder)
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["build", str(folder), "--out", str(out), "--no-store", "--quiet"])
    assert result.exit_code != 0
    assert not (out / "graph.ttl").exists() and not (out / "graph.nt").exists()


def test_a_failing_graph_writer_leaves_the_previous_graph_untouched(
    tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from policykg.graph.rdf import stream as rdf_stream

    out = tmp_path / "out"
    _build(corpus, out)
    before = {name: (out / name).read_bytes() for name in ("graph.nt", "graph.ttl")}
    real = rdf_stream._copy_parts

    def failing(dst: Any, parts: Any, which: str) -> int:
        real(dst, parts[:2], which)  # midway: two documents are already in the temporary files
        raise OSError("disk on fire")

    monkeypatch.setattr(rdf_stream, "_copy_parts", failing)
    with pytest.raises(GraphBuildError, match="disk on fire"):
        _build(corpus, out, force=True)
    for name, data in before.items():
        assert (out / name).read_bytes() == data
    assert not [p.name for p in out.iterdir() if p.name.endswith(".tmp")]


def test_a_failing_first_build_leaves_no_graph_file(
    tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from policykg.graph.rdf import stream as rdf_stream

    def failing(dst: Any, parts: Any, which: str) -> int:
        dst.write(b"@prefix pkg: <https://w3id.org/policykg#> .\n<half")
        raise OSError("disk on fire")

    monkeypatch.setattr(rdf_stream, "_copy_parts", failing)
    out = tmp_path / "out"
    with pytest.raises(GraphBuildError):
        _build(corpus, out)
    assert not (out / "graph.ttl").exists() and not (out / "graph.nt").exists()
    assert not [p.name for p in out.iterdir() if p.name.endswith(".tmp")]


def test_a_cache_entry_damaged_after_the_lookup_fails_the_build_cleanly(tmp_path: Path) -> None:
    from policykg.graph.rdf.stream import DocPart, TripleSet, write_graph_files

    entry = tmp_path / "entry.frag"
    entry.write_bytes(b"HEADERxxxx")
    part = DocPart(path=entry, header=b"OTHER!", nt=(6, 4), ttl=(6, 4))
    with pytest.raises(GraphBuildError, match="damaged cache entry"):
        write_graph_files(tmp_path, TripleSet(), [part])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["entry.frag"]


# --------------------------------------------------------------------------- incremental builds


def test_changing_one_file_re_extracts_only_that_file(tmp_path: Path, corpus: Path) -> None:
    out = tmp_path / "out"
    first = _build(corpus, out)
    assert first.cached == 0 and first.documents == 5
    victim = sorted(corpus.glob("*.txt"))[2]
    text = victim.read_text(encoding="utf-8")
    victim.write_text(text + "\n附件:本次修订说明。\n", encoding="utf-8")

    second = _build(corpus, out)
    assert second.cached == 4
    assert _report(out)["cached"] == 4
    assert second.documents == 5
    saved = (out / "text" / f"{victim.stem}.txt").read_text(encoding="utf-8")
    assert saved.endswith("本次修订说明。\n")
    g = Graph().parse(out / "graph.nt", format="nt")
    sha = hashlib.sha256(victim.read_bytes()).hexdigest()
    assert str(g.value(_doc_iri(victim.stem), PKG.sha256)) == sha

    second_bytes = (out / "graph.nt").read_bytes()
    third = _build(corpus, out)  # nothing changed: everything from the cache, same files
    assert third.cached == 5
    assert (out / "graph.nt").read_bytes() == second_bytes


def test_a_removed_file_disappears_from_every_output(tmp_path: Path, corpus: Path) -> None:
    out = tmp_path / "out"
    _build(corpus, out)
    entries_before = len(list((out / ".cache").glob("*.frag")))
    gone = sorted(corpus.glob("*.txt"))[0]
    gone.unlink()

    info = _build(corpus, out)
    assert info.documents == 4 and info.cached == 4
    g = Graph().parse(out / "graph.nt", format="nt")
    doc = _doc_iri(gone.stem)
    assert not list(g.triples((doc, None, None)))
    assert not [s for s in g.subjects() if str(s).startswith(f"{doc}/")]
    assert not (out / "text" / f"{gone.stem}.txt").exists()
    assert len(list((out / ".cache").glob("*.frag"))) == entries_before - 1
    assert set(Graph().parse(out / "graph.ttl", format="turtle")) == set(g)


def test_force_re_extracts_everything_and_gives_the_same_graph(tmp_path: Path, corpus: Path) -> None:
    out = tmp_path / "out"
    _build(corpus, out)
    before = (out / "graph.nt").read_bytes()
    info = _build(corpus, out, force=True)
    assert info.cached == 0 and info.documents == 5
    assert (out / "graph.nt").read_bytes() == before


def test_another_base_iri_does_not_reuse_the_cache(tmp_path: Path, corpus: Path) -> None:
    out = tmp_path / "out"
    _build(corpus, out)
    info = _build(corpus, out, base_iri="https://example.org/kg/")
    assert info.cached == 0
    g = Graph().parse(out / "graph.nt", format="nt")
    assert all(str(s).startswith("https://example.org/kg/") for s in g.subjects())


def test_a_damaged_cache_entry_is_re_extracted(tmp_path: Path, corpus: Path) -> None:
    out = tmp_path / "out"
    _build(corpus, out)
    before = (out / "graph.nt").read_bytes()
    entry = sorted((out / ".cache").glob("*.frag"))[0]
    entry.write_bytes(entry.read_bytes()[:100])  # truncated, e.g. by a crash
    info = _build(corpus, out)
    assert info.cached == 4
    assert (out / "graph.nt").read_bytes() == before


# --------------------------------------------------------------------------- incremental store updates

_DOC = """关于推进{topic}助力产业高质量发展的实施方案
为贯彻落实《{cited}》,制定如下方案。
一、目标任务
到2025年,新增{topic}项目{n}个以上。
二、主要举措
1.强化{topic}重点项目。围绕集成电路等重点产业,举办活动{n}场次以上。(责任单位:{unit1})
2.深化{topic}平台建设。创建工作室{m}家。(责任单位:{unit2}、市发展和改革委员会)
"""


def _policy(topic: str, cited: str, unit1: str, unit2: str, n: int) -> str:
    return _DOC.format(topic=topic, cited=cited, unit1=unit1, unit2=unit2, n=n, m=n + 3)


def _store_state(out: Path) -> tuple[dict[str, int], list[Any], list[Any]]:
    from policykg.queries import library

    store: Any = library.open_store("embedded", out)  # whichever engine the build wrote
    try:
        pg = store.pull()
        counts = store.counts()
    finally:
        store.close()
    nodes = sorted((str(n), tuple(d["labels"]), sorted(d["props"].items())) for n, d in pg.nodes(data=True))
    edges = sorted((str(s), str(o), str(k)) for s, o, k in pg.edges(keys=True))
    return counts, nodes, edges


@pytest.mark.integration
def test_an_incremental_build_updates_the_store_to_what_a_full_build_gives(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(
        _policy("就业服务", "关于加快发展新质生产力的意见", "劳动关系处", "市总工会", 5), "utf-8"
    )
    (src / "b.txt").write_text(
        _policy("技能培训", "关于推进就业服务助力产业高质量发展的实施方案", "工资福利处", "市总工会", 7),
        "utf-8",
    )
    (src / "c.txt").write_text(
        _policy("人才引进", "关于加快发展新质生产力的意见", "专业技术人员管理处", "市农业农村局", 9), "utf-8"
    )
    out = tmp_path / "out"
    first = pipeline.build([src], out, engine=ARCADEDB)
    assert first.store and first.store["nodes_written"] > 0

    def no_full_sync(out: Path) -> dict[str, object]:
        raise AssertionError("the full sync ran instead of the delta")

    steps = [
        # changed: another unit, another number, so nodes, properties and relationships all change
        lambda: (src / "b.txt").write_text(
            _policy(
                "技能培训", "关于推进就业服务助力产业高质量发展的实施方案", "职业能力建设处", "市总工会", 8
            ),
            "utf-8",
        ),
        # added: it cites b by title (b's cites and the shared block change too)
        lambda: (src / "d.txt").write_text(
            _policy(
                "创业扶持", "关于推进技能培训助力产业高质量发展的实施方案", "市农业农村局", "劳动关系处", 4
            ),
            "utf-8",
        ),
        # removed: a is cited by b, so b's citation turns into a cited-only document node
        lambda: (src / "a.txt").unlink(),
    ]
    for n, change in enumerate(steps):
        change()
        with monkeypatch.context() as m:
            m.setattr(pipeline_store, "load_store", no_full_sync)
            info = pipeline.build([src], out, engine=ARCADEDB)
        assert info.store is not None
        fresh = tmp_path / f"fresh{n}"
        pipeline.build([src], fresh, engine=ARCADEDB)
        assert _store_state(out) == _store_state(fresh)
        assert info.store["counts"] == _store_state(fresh)[0]

    # nothing changed: the store is left alone and still reports its counts
    with monkeypatch.context() as m:
        m.setattr(pipeline_store, "load_store", no_full_sync)
        again = pipeline.build([src], out, engine=ARCADEDB)
    assert again.store and again.store["nodes_written"] == 0 and again.store["counts"] == _store_state(out)[0]


@pytest.mark.integration
def test_a_store_not_stamped_with_the_previous_graph_gets_the_full_sync(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(
        _policy("就业服务", "关于加快发展新质生产力的意见", "劳动关系处", "市总工会", 5), "utf-8"
    )
    (src / "b.txt").write_text(
        _policy("技能培训", "关于加快发展新质生产力的意见", "工资福利处", "市总工会", 7), "utf-8"
    )
    out = tmp_path / "out"
    pipeline.build([src], out, engine=ARCADEDB)
    (src / "b.txt").write_text(
        _policy("技能培训", "关于加快发展新质生产力的意见", "市农业农村局", "市总工会", 7), "utf-8"
    )
    pipeline.build([src], out, load_store=False)  # the graph moves on, the store does not
    (src / "a.txt").write_text(
        _policy("就业服务", "关于加快发展新质生产力的意见", "劳动关系处", "市总工会", 6), "utf-8"
    )
    pipeline.build([src], out, engine=ARCADEDB)  # must not apply a delta from a graph the store never held
    fresh = tmp_path / "fresh"
    pipeline.build([src], fresh, engine=ARCADEDB)
    assert _store_state(out) == _store_state(fresh)


def _cli_in_fresh_process(*args: str) -> subprocess.CompletedProcess[str]:
    """`policykg ARGS` in a new interpreter with debug logging on stderr: a process without a JVM yet, as a
    user's, so the build forks its delta and store workers (a test process that already runs a JVM does not)."""
    code = (
        "import logging, sys; logging.basicConfig(level=logging.DEBUG, stream=sys.stderr); "
        "from policykg.cli import main; sys.argv = ['policykg', *sys.argv[1:]]; main()"
    )
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=600)


@pytest.mark.integration
def test_a_fresh_process_applies_the_delta_in_its_store_worker(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(
        _policy("就业服务", "关于加快发展新质生产力的意见", "劳动关系处", "市总工会", 5), "utf-8"
    )
    (src / "b.txt").write_text(
        _policy("技能培训", "关于加快发展新质生产力的意见", "工资福利处", "市总工会", 7), "utf-8"
    )
    out = tmp_path / "out"
    first = _cli_in_fresh_process("build", str(src), "--out", str(out), "--quiet", "--engine", "arcadedb")
    assert first.returncode == 0, first.stderr
    written = json.loads((out / "report.json").read_text("utf-8"))["store"]["nodes_written"]

    (src / "b.txt").write_text(
        _policy("技能培训", "关于加快发展新质生产力的意见", "市农业农村局", "市总工会", 8), "utf-8"
    )
    again = _cli_in_fresh_process("build", str(src), "--out", str(out), "--quiet", "--engine", "arcadedb")
    assert again.returncode == 0, again.stderr
    assert "store worker: delta applied" in again.stderr  # the forked worker wrote it, not a full sync here
    assert "full sync runs" not in again.stderr
    store = json.loads((out / "report.json").read_text("utf-8"))["store"]
    assert 0 < store["nodes_written"] < written
    fresh = tmp_path / "fresh"
    pipeline.build([src], fresh, engine=ARCADEDB)
    assert _store_state(out) == _store_state(fresh)
    assert store["counts"] == _store_state(fresh)[0]

    # nothing changed: the worker, started before the inputs were looked at, is told to stop and never opens
    # the store (which the next command can open at once)
    same = _cli_in_fresh_process("build", str(src), "--out", str(out), "--quiet", "--engine", "arcadedb")
    assert same.returncode == 0, same.stderr
    assert "store worker: store open" not in same.stderr
    assert json.loads((out / "report.json").read_text("utf-8"))["store"]["nodes_written"] == 0
    assert _store_state(out) == _store_state(fresh)


@pytest.mark.integration
def test_a_delta_the_store_worker_refuses_falls_back_to_the_full_sync(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(
        _policy("就业服务", "关于加快发展新质生产力的意见", "劳动关系处", "市总工会", 5), "utf-8"
    )
    out = tmp_path / "out"
    assert (
        _cli_in_fresh_process(
            "build", str(src), "--out", str(out), "--quiet", "--engine", "arcadedb"
        ).returncode
        == 0
    )
    stamp = out / ".cache" / "store.json"
    data = json.loads(stamp.read_text("utf-8"))
    data["nodes"] += 1  # the store no longer holds what the stamp says: the worker must refuse the delta
    stamp.write_text(json.dumps(data), "utf-8")
    (src / "a.txt").write_text(
        _policy("就业服务", "关于加快发展新质生产力的意见", "市农业农村局", "市总工会", 6), "utf-8"
    )
    again = _cli_in_fresh_process("build", str(src), "--out", str(out), "--quiet", "--engine", "arcadedb")
    assert again.returncode == 0, again.stderr
    assert "the delta does not apply" in again.stderr and "full sync runs" in again.stderr
    fresh = tmp_path / "fresh"
    pipeline.build([src], fresh, engine=ARCADEDB)
    assert _store_state(out) == _store_state(fresh)


def test_a_chain_of_incremental_builds_matches_a_fresh_build_after_each_step(tmp_path: Path) -> None:
    """Each step reuses another part of the previous build: the shared block from its cache file (same
    contributions), every document's shared contributions read back from its cache entry (a new unit forces
    the merge), the previous graph files as scratch space. The result must be the fresh build's, byte for byte."""
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(
        _policy("就业服务", "关于加快发展新质生产力的意见", "劳动关系处", "市总工会", 5), "utf-8"
    )
    (src / "b.txt").write_text(
        _policy("技能培训", "关于加快发展新质生产力的意见", "工资福利处", "市总工会", 7), "utf-8"
    )
    out = tmp_path / "out"
    _build(src, out)
    steps = [
        lambda: (src / "a.txt").write_text(  # another number only: the shared block is reused
            _policy("就业服务", "关于加快发展新质生产力的意见", "劳动关系处", "市总工会", 6), "utf-8"
        ),
        lambda: (src / "b.txt").write_text(  # another unit: the shared block is merged again
            _policy("技能培训", "关于加快发展新质生产力的意见", "市农业农村局", "市总工会", 7), "utf-8"
        ),
        lambda: (src / "c.txt").write_text(
            _policy(
                "人才引进",
                "关于推进技能培训助力产业高质量发展的实施方案",
                "专业技术人员管理处",
                "市总工会",
                3,
            ),
            "utf-8",
        ),
        lambda: (src / "a.txt").unlink(),
    ]
    for n, change in enumerate(steps):
        change()
        info = _build(src, out)
        assert info.cached >= 1  # an incremental build, not a fresh one
        fresh = tmp_path / f"fresh{n}"
        _build(src, fresh)
        for name in ("graph.nt", "graph.ttl"):
            assert (out / name).read_bytes() == (fresh / name).read_bytes(), (n, name)
    assert (out / ".cache" / "spare-graph.nt").is_file()  # the scratch space was in use


def test_the_shared_block_delta_reads_only_the_subjects_that_changed() -> None:
    old = b'<a> <p> <x> .\n<a> <q> "1" .\n<b> <p> <y> .\n<c> <p> "k" .\n'
    new = b'<a> <p> <x> .\n<a> <q> "2" .\n<b> <p> <y> .\n<d> <p> "n" .\n'
    o, n = pipeline_store._changed_subjects(old, new)
    # every line of a changed subject, both versions; untouched subjects left out
    assert o == b'<a> <p> <x> .\n<a> <q> "1" .\n<c> <p> "k" .\n'
    assert n == b'<a> <p> <x> .\n<a> <q> "2" .\n<d> <p> "n" .\n'
    assert pipeline_store._changed_subjects(old, old) == (b"", b"")
    blank = b'_:b0 <p> "1" .\n'
    assert pipeline_store._changed_subjects(old + blank, new) == (
        old + blank,
        new,
    )  # no stable names: all of it


@pytest.mark.integration
def test_a_load_worker_given_the_documents_parts_ahead_makes_the_store_a_plain_load_makes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A fresh process's build forks a load worker that opens the store while the documents are extracted and
    # writes their nodes (from the cache entries) while the shared block is merged; the store must be the one
    # a load from graph.nt gives, on a first build and on a forced one (the stamp of the store goes first).
    from policykg.pipeline import store_worker

    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(
        _policy("就业服务", "关于加快发展新质生产力的意见", "劳动关系处", "市总工会", 5), "utf-8"
    )
    (src / "b.txt").write_text(
        _policy("技能培训", "关于推进就业服务助力产业高质量发展的实施方案", "工资福利处", "市总工会", 7),
        "utf-8",
    )
    out, plain = tmp_path / "out", tmp_path / "plain"
    done = _cli_in_fresh_process("build", str(src), "--out", str(out), "--quiet", "--engine", "arcadedb")
    assert done.returncode == 0, done.stderr
    assert "load worker: 2 documents' parts sent ahead; the shared block received" in done.stderr
    monkeypatch.setattr(store_worker, "can_fork", lambda: False)  # here: loaded from graph.nt, in-process
    pipeline.build([src], plain, engine=ARCADEDB)
    assert _store_state(out) == _store_state(plain)
    (src / "b.txt").write_text(
        _policy("技能培训", "关于推进就业服务助力产业高质量发展的实施方案", "市农业农村局", "市总工会", 8),
        "utf-8",
    )
    done = _cli_in_fresh_process(
        "build", str(src), "--out", str(out), "--quiet", "--engine", "arcadedb", "--force"
    )
    assert done.returncode == 0, done.stderr
    assert "load worker: 2 documents' parts sent ahead; the shared block received" in done.stderr
    pipeline.build([src], plain, force=True, engine=ARCADEDB)
    assert _store_state(out) == _store_state(plain)
    assert json.loads((out / ".cache" / "store.json").read_text("utf-8"))["build_id"]  # stamped again


def test_the_load_worker_is_fed_the_documents_the_build_keeps_as_their_extraction_ends(
    tmp_path: Path,
) -> None:
    # In the inputs' order, as soon as a file and every file before it are decided: a skipped file left out, a
    # second file of one document id left out (the first one is kept, cached or not), a cached file sent at once
    # when nothing before it is still being extracted. The store's stamp goes before the first part.
    from types import SimpleNamespace

    from policykg.models import BuildInfo
    from policykg.pipeline.cache import STAMP, Cache

    cache = Cache(tmp_path / "cache", enabled=True, base_iri="https://example.org/")
    cache.folder.mkdir(parents=True)
    (cache.folder / STAMP).write_text("{}", "utf-8")
    files = [tmp_path / f"{n}.txt" for n in "abcdefg"]

    def summary(name: str, doc_id: str) -> Any:
        return SimpleNamespace(key=f"key-{name}", doc_id=doc_id, nt_len=1, ttl_len=2, text_len=3)

    cached = {files[0]: summary("a", "A"), files[4]: summary("e", "B")}  # e repeats b's document id
    todo = [pipeline_work.Task(p, 1, f"key-{p.stem}", cache.folder, "") for p in files if p not in cached]
    run = pipeline._Run(
        files=files, info=BuildInfo(out_dir=""), cache=cache, indexed=set(), summaries=dict(cached), todo=todo
    )

    class Loader:
        sent_parts = False
        sent: list[list[str]] = []

        def parts(self, folder: Path, refs: list[Any]) -> None:
            assert folder == cache.folder
            assert not (folder / STAMP).exists()
            self.sent.append([r.key for r in refs])
            self.sent_parts = True

    loader = Loader()
    feed = pipeline._Feed(run, loader, step=2)
    feed.start()
    assert loader.sent == [] and [r.key for r in feed.ready] == ["key-a"]  # decided, waits for a second
    results = {
        "b": summary("b", "B"),
        "c": None,
        "d": summary("d", "D"),
        "f": summary("f", "A"),
        "g": summary("g", "G"),
    }
    for task in todo:
        feed.result(task, results[task.path.stem])
        if task.path.stem == "b":
            assert loader.sent == [["key-a", "key-b"]]  # decided: sent at once (two to a message here)
    feed.end()
    assert [k for part in loader.sent for k in part] == ["key-a", "key-b", "key-d", "key-g"]
    kept = [summary("a", "A"), summary("b", "B"), summary("d", "D"), summary("g", "G")]
    assert feed.complete(kept)
    assert not feed.complete(kept[:3])


@pytest.mark.integration
def test_a_load_worker_fed_during_a_pooled_extraction_makes_the_store_a_plain_load_makes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Enough files for the process pool: each document's part goes to the load worker as its extraction ends.
    # A second file of one document id (another folder, same name) and a file that is skipped are never sent.
    from policykg.pipeline import store_worker

    src = tmp_path / "in"
    (src / "more").mkdir(parents=True)
    units = ["劳动关系处", "工资福利处", "市农业农村局", "专业技术人员管理处"]
    for n in range(pipeline_work.PARALLEL_THRESHOLD + 2):
        (src / f"d{n:02d}.txt").write_text(
            _policy("就业服务", "关于加快发展新质生产力的意见", units[n % 4], "市总工会", n + 1), "utf-8"
        )
    (src / "more" / "d03.txt").write_text(
        _policy("技能培训", "关于加快发展新质生产力的意见", "市总工会", "劳动关系处", 9), "utf-8"
    )
    (src / "d99.txt").write_bytes(b"")  # nothing to read: skipped
    out, plain = tmp_path / "out", tmp_path / "plain"
    done = _cli_in_fresh_process("build", str(src), "--out", str(out), "--quiet", "--engine", "arcadedb")
    assert done.returncode == 0, done.stderr
    kept = pipeline_work.PARALLEL_THRESHOLD + 2
    assert f"load worker: {kept} documents' parts sent ahead; the shared block received" in done.stderr
    report = json.loads((out / "report.json").read_text("utf-8"))
    assert report["documents"] == kept and len(report["skipped"]) == 2
    monkeypatch.setattr(store_worker, "can_fork", lambda: False)  # here: loaded from graph.nt, in-process
    pipeline.build([src], plain, engine=ARCADEDB)
    assert _store_state(out) == _store_state(plain)


def test_a_load_worker_told_the_build_stopped_ends_between_two_documents(tmp_path: Path) -> None:
    # A stopped build sets the worker's event: the load ends at the next document, without writing the parts
    # still waiting in the pipe first.
    from policykg.pipeline.cache import FragmentRef

    refs = [FragmentRef(f"key-{n}", 1, 1, 1) for n in range(3)]

    def receive() -> tuple[str, Any]:
        raise AssertionError("not read: the build stopped")

    parts = pipeline_store.EarlyParts(folder=tmp_path, refs=refs, receive=receive, stopped=lambda: True)
    with pytest.raises(pipeline_store.LoadStopped):
        next(pipeline_store._batches_in_parts(tmp_path, parts))
