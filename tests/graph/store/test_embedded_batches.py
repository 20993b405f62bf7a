"""Streaming loads into the embedded store (``load_batches``) and the quiet engine (no JVM/INFO noise)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from policykg.graph.store import ElementBatch, NodeRow, RelRow
from policykg.graph.store.sync import merge_props

pytestmark = pytest.mark.integration

BASE = "https://w3id.org/policykg/id/"
ROOT = Path(__file__).resolve().parents[3]


def _batches_by_document(pg):
    """The small graph as the pipeline streams it: one batch per measure (with its document and units as
    references), plus one for the shared entities, which come last."""
    shared = {n for n, d in pg.nodes(data=True) if set(d["labels"]) & {"Unit", "Industry", "PolicyDocument"}}
    batches = []
    for n, d in pg.nodes(data=True):
        if n in shared:
            continue
        rels = [RelRow(n, k, o) for _, o, k in pg.out_edges(n, keys=True)]
        batches.append(([NodeRow(n, tuple(d["labels"]), dict(d["props"]))], rels))
    nodes = [NodeRow(n, tuple(pg.nodes[n]["labels"]), dict(pg.nodes[n]["props"])) for n in sorted(shared)]
    rels = [RelRow(s, k, o) for s in sorted(shared) for _, o, k in pg.out_edges(s, keys=True)]
    batches.append((nodes, rels))
    return batches


def test_load_batches_gives_the_same_store_as_load(embedded_store, small_pg, count_of):
    pg = small_pg()
    a, b = embedded_store("a"), embedded_store("b")
    first = a.load(pg)
    info = b.load_batches(_batches_by_document(pg))
    assert info.nodes_written == pg.number_of_nodes()
    assert info.relationships_written == pg.number_of_edges()
    assert b.counts() == a.counts() == count_of(pg)
    # A first load reports the counts from what it wrote, without counting in the store: the same figures.
    assert info.counts == first.counts == b.counts()
    back_a, back_b = a.pull(), b.pull()
    assert dict(back_b.nodes(data=True)) == dict(back_a.nodes(data=True))
    assert sorted(back_b.edges(keys=True)) == sorted(back_a.edges(keys=True)) == sorted(pg.edges(keys=True))


def test_a_node_split_over_two_batches_gets_both_halves(embedded_store):
    unit, doc = BASE + "unit/u1", BASE + "doc/d1"
    first: ElementBatch = (
        [NodeRow(unit, ("Unit",), {"iri": unit, "prefLabel": "市人社局", "altLabel": ["人社局"]})],
        [],
    )
    second: ElementBatch = (
        [
            NodeRow(unit, ("Unit",), {"altLabel": ["市人力资源社会保障局"], "notation": "U1"}),
            NodeRow(doc, ("PolicyDocument",), {"title": "若干措施"}),
        ],
        [RelRow(doc, "RESPONSIBLE_UNIT", unit)],
    )
    store = embedded_store()
    info = store.load_batches([first, second])
    rows = store.run("MATCH (u:Unit {iri: $iri}) RETURN u", {"iri": unit})
    assert rows == [
        {
            "u": {
                "iri": unit,
                "prefLabel": "市人社局",
                "altLabel": ["人社局", "市人力资源社会保障局"],
                "notation": "U1",
                "_labels": ["Unit"],
            }
        }
    ]
    assert info.counts == {"PolicyDocument": 1, "RESPONSIBLE_UNIT": 1, "Unit": 1}
    # the same rows again, in the other order: nothing changes
    again = store.load_batches([second, first])
    assert (again.nodes_written, again.relationships_written, again.nodes_deleted, again.batches) == (
        0,
        0,
        0,
        0,
    )


def test_load_batches_is_idempotent_and_removes_what_vanished(embedded_store, small_pg, count_of):
    store = embedded_store()
    pg = small_pg(n_units=3, n_measures=4)
    store.load_batches(_batches_by_document(pg))
    again = store.load_batches(_batches_by_document(pg))
    assert (
        again.nodes_written,
        again.relationships_written,
        again.nodes_deleted,
        again.relationships_deleted,
    ) == (
        0,
        0,
        0,
        0,
    )
    smaller = small_pg(n_units=2, n_measures=3)  # a unit, a measure and their relationships vanish
    smaller.nodes[BASE + "unit/u0"]["props"].pop("altLabel")
    info = store.load_batches(_batches_by_document(smaller))
    assert info.nodes_deleted == 2
    assert info.nodes_written == 1  # u0 lost a property
    assert store.counts() == count_of(smaller)
    assert store.run("MATCH (u:Unit {iri: $i}) RETURN u.altLabel AS a", {"i": BASE + "unit/u0"}) == [
        {"a": None}
    ]


def test_first_load_counts_match_the_store_with_bare_and_multi_label_nodes(embedded_store):
    store = embedded_store()
    nodes = [
        NodeRow(BASE + "u1", ("Unit",), {"prefLabel": "a"}),
        NodeRow(BASE + "u1", ("Unit", "Region"), {"altLabel": "b"}),  # a second batch adds a label
        NodeRow(BASE + "m1", ("Measure",), {"text": "x"}),
    ]
    rels = [
        RelRow(BASE + "m1", "RESPONSIBLE_UNIT", BASE + "u1"),
        RelRow(BASE + "m1", "RESPONSIBLE_UNIT", BASE + "u1"),  # the same relationship twice: one
        RelRow(BASE + "m1", "IN_DOCUMENT", BASE + "d-bare"),  # an end no batch describes
    ]
    info = store.load_batches([(nodes[:1], []), (nodes[1:], rels)])
    assert info.counts == store.counts()
    again = store.load_batches([(nodes[:1], []), (nodes[1:], rels)])  # not a first load: counted in the store
    assert again.counts == info.counts


def test_a_bare_reference_becomes_a_policykg_node_as_in_load(embedded_store):
    m, t = BASE + "measure/x", BASE + "target/x"
    store = embedded_store()
    store.load_batches([([NodeRow(m, ("Measure",), {"iri": m})], [RelRow(m, "HAS_TARGET", t)])])
    assert store.counts() == {"HAS_TARGET": 1, "Measure": 1}
    assert store.run("MATCH (n:PolicyKG {iri: $t}) RETURN n.iri AS iri", {"t": t}) == [{"iri": t}]


def test_lookups_by_iri_use_the_index(embedded_store, small_pg):
    store = embedded_store()
    store.load(small_pg())
    plan = store.run("EXPLAIN MATCH (u:Unit {iri: $iri}) RETURN u", {"iri": BASE + "unit/u0"})
    text = " ".join(str(v) for row in plan for v in row.values())
    assert "IndexSeek" in text and "Unit[iri]" in text


def _iri_indexes(store) -> dict[str, bool]:
    schema = store._db.get_java_database().getSchema()
    return {
        str(i.getName()): bool(i.isUnique())
        for i in schema.getIndexes()
        if str(i.getName()).endswith("[iri]")
    }


def test_a_first_loads_sorted_index_build_gives_the_constraints_unique_indexes(embedded_store, small_pg):
    from policykg.errors import QueryError
    from policykg.graph.rdf.mapping import KNOWN_LABELS

    store = embedded_store()
    store.load(small_pg())
    built = _iri_indexes(store)
    assert set(built) == {f"{label}[iri]" for label in {*KNOWN_LABELS, "PolicyKG"}} and all(built.values())
    with pytest.raises(
        QueryError, match="(?i)duplicate"
    ):  # the index keeps iri unique, as the constraint does
        store.run("CREATE (:Unit:PolicyKG {iri: $iri})", {"iri": BASE + "unit/u0"}, write=True)
    store.run("CREATE (:Unit:PolicyKG {iri: $iri})", {"iri": BASE + "unit/new"}, write=True)
    store.run("MATCH (u:Unit {iri: $iri}) DELETE u", {"iri": BASE + "unit/new"}, write=True)
    store.load(small_pg())  # a later load runs the Cypher constraints: each one finds its index in place
    assert _iri_indexes(store) == built


def test_merge_props_unions_values():
    assert merge_props({"a": 1, "b": ["x"]}, {"b": ["y", "x"], "c": "z"}) == {
        "a": 1,
        "b": ["x", "y"],
        "c": "z",
    }
    assert merge_props({"a": "p"}, {"a": "q"}) == {"a": ["p", "q"]}


_NOISE = ("WARNING: Using incubator", "INFO", "WARNI", "SEVERE", "GraalVM", "LSMTreeIndex")


def test_engine_is_quiet_and_writes_no_log_folder(tmp_path, small_pg):
    """A process that opens, loads and queries a store prints nothing of the engine's and leaves no ./log/."""
    work = tmp_path / "cwd"
    work.mkdir()
    script = (
        "import sys; sys.path.insert(0, sys.argv[1]); from conftest import build_small_pg\n"
        "from policykg.graph.store.embedded import EmbeddedStore\n"
        "with EmbeddedStore(sys.argv[2]) as s:\n"
        "    s.load(build_small_pg())\n"
        "    print(s.run('MATCH (u:Unit) RETURN count(u) AS n')[0]['n'])\n"
    )
    env = {**os.environ, "POLICYKG_ENGINE_LOG_DIR": str(tmp_path / "engine-log")}
    done = subprocess.run(
        [sys.executable, "-c", script, str(ROOT / "tests"), str(tmp_path / "store")],
        cwd=work,
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "3"
    assert not any(word in done.stderr for word in _NOISE), done.stderr
    assert not (work / "log").exists()
    logs = list((tmp_path / "engine-log").glob("arcadedb*.log*"))
    assert logs and any("LSMTreeIndex" in p.read_text(errors="replace") for p in logs if p.suffix != ".lck")


def test_cli_query_prints_only_the_answer(tmp_path, small_pg):
    """A query over a built store: the answer on stdout, no engine noise on stderr."""
    from policykg.graph.store.embedded import EmbeddedStore

    build = tmp_path / "out"
    with EmbeddedStore(build / "store") as store:
        store.load(small_pg())
    env = {**os.environ, "POLICYKG_ENGINE_LOG_DIR": str(tmp_path / "engine-log"), "COLUMNS": "200"}
    cli = Path(sys.executable).with_name("policykg")
    command = [str(cli)] if cli.exists() else [sys.executable, "-m", "policykg.cli"]
    done = subprocess.run(
        [
            *command,
            "cypher",
            "MATCH (u:Unit) RETURN u.prefLabel AS unit ORDER BY unit",
            "--dir",
            str(build),
            "--format",
            "json",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert "单位0" in done.stdout
    assert not any(word in done.stderr for word in _NOISE), done.stderr
    assert done.stderr.strip() == ""
    assert not (tmp_path / "log").exists()


def test_a_first_load_writes_its_label_sets_and_types_in_one_bulk_batch(embedded_store):
    # Each bulk batch costs ~40 ms to open and close; a load used to open one per label set and type (4 here).
    store = embedded_store()
    units = [NodeRow(f"{BASE}unit/u{i}", ("Unit",), {"prefLabel": f"u{i}"}) for i in range(600)]
    measures = [NodeRow(f"{BASE}measure/m{i}", ("Measure",), {"text": f"m{i}"}) for i in range(600)]
    rels = [RelRow(m.iri, "RESPONSIBLE_UNIT", u.iri) for m, u in zip(measures, units, strict=True)]
    rels += [RelRow(m.iri, "LEAD_UNIT", u.iri) for m, u in zip(measures, units[1:], strict=False)]
    info = store.load_batches([(units + measures, rels)])
    # one for the nodes and the relationships: a first load has no stored relationships to read between them
    assert info.batches == 1
    assert store.counts() == {"LEAD_UNIT": 599, "Measure": 600, "RESPONSIBLE_UNIT": 600, "Unit": 600}
    assert store.run(
        "MATCH (m:Measure {iri: $m})-[:LEAD_UNIT]->(u:Unit) RETURN u.prefLabel AS u",
        {"m": f"{BASE}measure/m5"},
    ) == [{"u": "u6"}]


@pytest.mark.parametrize(
    "alt",
    [["人社局", 'a"b', "c\\d", "", "\u2028"], [1, "mixed"]],
    ids=["strings", "mixed"],
)
def test_list_values_reach_the_store_unchanged_by_either_bulk_path(embedded_store, alt):
    # a list of strings JSON keeps as it is goes as JSON; anything else the wheel's per-value path
    units = [BASE + f"unit/u{i}" for i in range(600)]  # above the small-write limit: a bulk write
    rows = [NodeRow(iri, ("Unit",), {"iri": iri, "altLabel": alt, "notation": 7}) for iri in units]
    from policykg.graph.store.embedded import _json_safe

    assert _json_safe([rows[0].props]) is all(isinstance(x, str) for x in alt)
    store = embedded_store()
    store.load_batches([(rows, [])])
    got = store.run("MATCH (u:Unit {iri: $iri}) RETURN u.altLabel AS a, u.notation AS n", {"iri": units[-1]})
    assert got == [{"a": alt, "n": 7}]


def test_a_load_prepared_ahead_gives_the_same_store(embedded_store, small_pg, count_of):
    # The build's load worker prepares the schema while the documents are extracted (prepare_load), then loads.
    pg = small_pg()
    a, b = embedded_store("a"), embedded_store("b")
    first = a.load_batches(_batches_by_document(pg))
    b.prepare_load()
    info = b.load_batches(_batches_by_document(pg), flush_nodes=1)  # every batch's new nodes written at once
    assert info.counts == first.counts == b.counts() == count_of(pg)
    back_a, back_b = a.pull(), b.pull()
    assert dict(back_b.nodes(data=True)) == dict(back_a.nodes(data=True))
    assert sorted(back_b.edges(keys=True)) == sorted(back_a.edges(keys=True))
    # still a first load: the iri indexes were built after the insert, and a seek finds a node by its iri
    unit = next(n for n, d in pg.nodes(data=True) if "Unit" in d["labels"])
    assert b.run("MATCH (u:Unit {iri: $iri}) RETURN u.iri AS i", {"iri": unit}) == [{"i": unit}]
    again = b.load_batches(_batches_by_document(pg))
    assert (again.nodes_written, again.relationships_written, again.nodes_deleted) == (0, 0, 0)


def test_a_first_load_writes_a_batchs_own_relationships_with_its_nodes(embedded_store, small_pg, monkeypatch):
    # The relationships between two nodes of one batch (a document's own) are written as soon as the batch's
    # nodes are, not after the last batch; the store is the one a plain load gives.
    from policykg.graph.store import embedded

    events: list[str] = []
    real = embedded._NativeBackend.create_rels

    def spy(self, rel_type, pairs):
        events.append(f"rels {rel_type} {len(pairs)}")
        return real(self, rel_type, pairs)

    monkeypatch.setattr(embedded._NativeBackend, "create_rels", spy)
    m1, m2, t1, u1 = BASE + "measure/m1", BASE + "measure/m2", BASE + "target/t1", BASE + "unit/u1"
    first: ElementBatch = (
        [NodeRow(m1, ("Measure",), {"text": "a"}), NodeRow(t1, ("Target",), {"text": "t"})],
        [RelRow(m1, "HAS_TARGET", t1), RelRow(m1, "RESPONSIBLE_UNIT", u1)],
    )
    second: ElementBatch = ([NodeRow(m2, ("Measure",), {"text": "b"})], [RelRow(m2, "RESPONSIBLE_UNIT", u1)])
    shared: ElementBatch = ([NodeRow(u1, ("Unit",), {"prefLabel": "u"})], [])

    def batches():
        for name, batch in (("first", first), ("second", second), ("shared", shared)):
            events.append(name)
            yield batch

    store = embedded_store()
    info = store.load_batches(batches(), flush_nodes=1)
    assert events.index("rels HAS_TARGET 1") < events.index("second")  # with its nodes
    assert events.index("rels RESPONSIBLE_UNIT 2") > events.index("shared")  # its unit is shared: at the end
    assert info.relationships_written == 3
    assert (
        info.counts
        == store.counts()
        == {
            "HAS_TARGET": 1,
            "Measure": 2,
            "RESPONSIBLE_UNIT": 2,
            "Target": 1,
            "Unit": 1,
        }
    )
    again = store.load_batches(
        [first, second, shared]
    )  # not a first load: nothing written early, nothing new
    assert (again.nodes_written, again.relationships_written, again.relationships_deleted) == (0, 0, 0)


def test_a_node_recreated_with_more_labels_keeps_the_relationships_written_early(embedded_store):
    # A node written with its batch's relationships, then given another label by a later batch, is recreated
    # (and loses its relationships in the store): they are written again at the end.
    m, u, d = BASE + "measure/m1", BASE + "unit/u1", BASE + "doc/d1"
    first: ElementBatch = (
        [NodeRow(m, ("Measure",), {"text": "a"}), NodeRow(u, ("Unit",), {"prefLabel": "u"})],
        [RelRow(m, "RESPONSIBLE_UNIT", u), RelRow(m, "IN_DOCUMENT", d)],
    )
    second: ElementBatch = (
        [NodeRow(u, ("Unit", "Region"), {"altLabel": "v"}), NodeRow(d, ("PolicyDocument",), {"title": "x"})],
        [RelRow(u, "IN_DOCUMENT", d)],
    )
    store = embedded_store()
    info = store.load_batches([first, second], flush_nodes=1)
    assert info.counts == store.counts()
    assert store.counts() == {
        "IN_DOCUMENT": 2,
        "Measure": 1,
        "PolicyDocument": 1,
        "RESPONSIBLE_UNIT": 1,
        "Region": 1,
        "Unit": 1,
    }
    assert store.run(
        "MATCH (m:Measure {iri: $m})-[:RESPONSIBLE_UNIT]->(u:Unit:Region) RETURN u.iri AS u", {"m": m}
    ) == [{"u": u}]


@pytest.mark.parametrize("was_on", [True, False])
def test_a_load_pauses_the_cyclic_collector_and_gives_it_back(embedded_store, was_on):
    # Python's cyclic collector is off during a load (its passes over the rows, tied to Java's collections by
    # JPype, were a fifth of a load's CPU) and back as it was after it, also after a failed load
    import gc

    from policykg.errors import StoreError

    seen: list[bool] = []

    def batches():
        seen.append(gc.isenabled())
        yield [NodeRow(f"{BASE}unit/u1", ("Unit",), {"prefLabel": "u1"})], []

    store = embedded_store()
    (gc.enable if was_on else gc.disable)()
    try:
        store.load_batches(batches())
        assert seen == [False]
        assert gc.isenabled() is was_on

        def bad():
            yield [NodeRow(f"{BASE}unit/u2", ("NoSuchClass",), {})], []

        with pytest.raises(StoreError):
            store.load_batches(bad())
        assert gc.isenabled() is was_on
    finally:
        gc.enable()
    assert store.counts() == {"Unit": 1}
