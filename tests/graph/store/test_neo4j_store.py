"""Neo4jStore against a real Bolt server: ArcadeDB's Bolt plugin always, and a real Neo4j when NEO4J_URI is set.

Every test cleans up with ``wipe`` (policykg's own nodes) plus the foreign nodes it created itself.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest

from policykg.errors import QueryError, StoreError

pytestmark = pytest.mark.integration

BASE = "https://w3id.org/policykg/id/"


@pytest.fixture(params=["arcadedb", "neo4j"])
def store(request: pytest.FixtureRequest) -> Iterator[Any]:
    if request.param == "neo4j":
        uri = os.environ.get("NEO4J_URI")
        if not uri:
            pytest.skip("NEO4J_URI is not set: no real Neo4j to test against")
        from policykg.graph.store.neo4j_store import Neo4jStore

        s = Neo4jStore(
            uri,
            os.environ.get("NEO4J_USERNAME", "neo4j"),
            os.environ.get("NEO4J_PASSWORD", ""),
            os.environ.get("NEO4J_DATABASE", "neo4j"),
        )
    else:
        s = request.getfixturevalue("bolt_server").store(retry_seconds=3.0)
    s.wipe()
    s.run("MATCH (n:ForeignTest) DETACH DELETE n", write=True)
    yield s
    s.wipe()
    s.run("MATCH (n:ForeignTest) DETACH DELETE n", write=True)
    s.close()


def _foreign(store: Any) -> None:
    """Data policykg does not own: a node of another app, and one sharing a policykg label."""
    store.run("CREATE (:ForeignTest {name: 'keep me'})", write=True)
    store.run("CREATE (:ForeignTest:Unit {iri: 'urn:foreign:unit', name: 'not ours'})", write=True)


def _foreign_count(store: Any) -> int:
    return int(store.run("MATCH (n:ForeignTest) RETURN count(n) AS n")[0]["n"])


def test_push_counts_equal_the_property_graph(store, small_pg, count_of):
    pg = small_pg()
    seen: list[tuple[int, int]] = []
    info = store.push(pg, batch_size=3, progress=lambda done, total: seen.append((done, total)))
    total = pg.number_of_nodes() + pg.number_of_edges()
    assert (info.nodes_written, info.relationships_written) == (pg.number_of_nodes(), pg.number_of_edges())
    assert info.counts == count_of(pg) == store.counts()
    assert seen[0] == (0, total) and seen[-1] == (total, total)
    assert info.batches > 1
    assert "@" not in info.target


def test_repush_changes_nothing(store, small_pg, count_of):
    pg = small_pg()
    store.push(pg)
    again = store.push(pg)
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
    assert store.counts() == count_of(pg)


def test_push_after_a_changed_build_updates_and_leaves_foreign_data(store, small_pg, count_of):
    _foreign(store)
    store.push(small_pg(n_units=3, n_measures=5))
    pg = small_pg(n_units=2, n_measures=3)  # a unit and two measures vanish
    pg.nodes[BASE + "unit/u1"]["props"]["prefLabel"] = "改名"
    info = store.push(pg)
    assert info.nodes_deleted == 3
    assert store.counts() == count_of(pg)
    assert store.run("MATCH (u:Unit {iri: $i}) RETURN u.prefLabel AS p", {"i": BASE + "unit/u1"}) == [
        {"p": "改名"}
    ]
    assert _foreign_count(store) == 2
    # the foreign Unit is not counted as policykg's and kept its properties
    assert store.run("MATCH (u:Unit {iri: 'urn:foreign:unit'}) RETURN u.name AS name") == [
        {"name": "not ours"}
    ]


def test_wipe_removes_only_policykg_nodes(store, small_pg):
    _foreign(store)
    pg = small_pg()
    store.push(pg)
    info = store.push(pg, wipe=True)
    assert info.nodes_deleted == pg.number_of_nodes()
    assert info.nodes_written == pg.number_of_nodes()
    assert store.wipe() == pg.number_of_nodes()
    assert store.counts() == {}
    assert _foreign_count(store) == 2


def test_pull_round_trips_the_property_graph(store, small_pg):
    pg = small_pg()
    store.push(pg)
    back = store.pull()
    assert dict(back.nodes(data=True)) == {
        n: {"labels": d["labels"], "props": d["props"]} for n, d in pg.nodes(data=True)
    }
    assert sorted(back.edges(keys=True)) == sorted(pg.edges(keys=True))


def test_pull_round_trips_rdf(store, tmp_path):
    from rdflib import Graph
    from rdflib.compare import isomorphic

    from policykg.graph.store.neo4j_store import write_turtle
    from policykg.graph.store.pgraph import to_property_graph

    ttl = f"""
    @prefix pkg: <https://w3id.org/policykg#> . @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
    @prefix dcterms: <http://purl.org/dc/terms/> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
    @prefix org: <http://www.w3.org/ns/org#> .
    <{BASE}doc/a> a pkg:PolicyDocument ; dcterms:title "若干措施" ; dcterms:issued "2021-11-22"^^xsd:date .
    <{BASE}unit/a> a pkg:Unit ; skos:prefLabel "市人社局" ; skos:altLabel "人社局", "市人力资源社会保障局" .
    <{BASE}unit/b> a pkg:Unit ; skos:prefLabel "就业处" ; org:subOrganizationOf <{BASE}unit/a> .
    <{BASE}m/1> a pkg:Measure ; pkg:ordinal 1 ; pkg:text "一、加强就业。" ; pkg:inDocument <{BASE}doc/a> ;
        pkg:responsibleUnit <{BASE}unit/a>, <{BASE}unit/b> ; pkg:leadUnit <{BASE}unit/a> ; pkg:hasTarget <{BASE}t/1> .
    <{BASE}t/1> a pkg:Target ; pkg:value 20000.0 ; pkg:unitOfMeasure "人" ; pkg:comparator ">=" ; pkg:year 2025 ;
        pkg:inDocument <{BASE}doc/a> .
    """
    g = Graph().parse(data=ttl, format="turtle")
    store.push(to_property_graph(g))
    out = tmp_path / "pulled.ttl"
    triples = write_turtle(store.pull(), out)
    back = Graph().parse(out, format="turtle")
    assert triples == len(g) == len(back)
    assert isomorphic(back, g)


def test_bad_password_is_a_one_line_store_error(bolt_server):
    from policykg.graph.store.neo4j_store import Neo4jStore

    wrong = "wrong-" + bolt_server.password
    s = Neo4jStore(bolt_server.uri, bolt_server.user, wrong, bolt_server.database)
    with pytest.raises(StoreError) as exc:
        s.run("RETURN 1 AS one")
    message = str(exc.value)
    assert "authentication failed" in message
    assert wrong not in message and bolt_server.password not in message and "\n" not in message
    assert wrong not in repr(s)


def test_unreachable_port_is_a_store_error(small_pg):
    import socket

    from policykg.graph.store.neo4j_store import Neo4jStore

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # bound but not listening: connections are refused
        s = Neo4jStore(f"bolt://127.0.0.1:{port}", "neo4j", "s3cret-value", "neo4j", connection_timeout=2)
        with pytest.raises(StoreError, match="unreachable") as exc:
            s.push(small_pg())
    assert "s3cret-value" not in str(exc.value)


def test_server_stopped_mid_push_then_rerun_completes(bolt_server, small_pg, count_of):
    pg = small_pg(n_units=6, n_measures=30)
    s = bolt_server.store(retry_seconds=2.0)
    s.wipe()
    stopped: list[int] = []

    def stop_half_way(done: int, total: int) -> None:
        if not stopped and done >= total // 2 and done > 0:
            stopped.append(done)
            bolt_server.stop(kill=True)

    try:
        with pytest.raises(StoreError, match="run it again"):
            s.push(pg, batch_size=5, progress=stop_half_way)
        assert stopped
    finally:
        s.close()
        bolt_server.start()
    s = bolt_server.store(retry_seconds=5.0)
    try:
        info = s.push(pg, batch_size=5)
        assert info.nodes_written + info.relationships_written < pg.number_of_nodes() + pg.number_of_edges()
        assert s.counts() == count_of(pg)
        dup = s.run("MATCH (n:PolicyKG) WITH n.iri AS iri, count(*) AS c WHERE c > 1 RETURN iri")
        assert dup == []
        again = s.push(pg)
        assert again.nodes_written == again.relationships_written == 0
    finally:
        s.wipe()
        s.close()


def test_cli_push_and_pull(bolt_server, small_pg, tmp_path):
    from rdflib import Graph
    from rdflib.compare import isomorphic
    from typer.testing import CliRunner

    from policykg.cli import app
    from policykg.graph.store.neo4j_store import write_turtle

    build = tmp_path / "out"
    build.mkdir()
    write_turtle(small_pg(), build / "graph.ttl")
    env = {
        "NEO4J_URI": bolt_server.uri,
        "NEO4J_USERNAME": bolt_server.user,
        "NEO4J_PASSWORD": bolt_server.password,
        "NEO4J_DATABASE": bolt_server.database,
    }
    runner = CliRunner()
    pushed = runner.invoke(app, ["push", str(build), "--wipe", "--batch-size", "4"], env=env)
    assert pushed.exit_code == 0, pushed.output
    assert "RESPONSIBLE_UNIT" in pushed.output and bolt_server.password not in pushed.output
    out = tmp_path / "pulled.ttl"
    pulled = runner.invoke(app, ["pull", "--out", str(out)], env=env)
    assert pulled.exit_code == 0, pulled.output
    assert isomorphic(Graph().parse(out), Graph().parse(build / "graph.ttl"))
    bad = runner.invoke(app, ["push", str(build), "--password", "nope-secret"], env=env)
    assert bad.exit_code == 7
    assert "authentication failed" in bad.output and "nope-secret" not in bad.output
    runner.invoke(app, ["push", str(build), "--quiet"], env=env)
    bolt_server.store().wipe()


def test_push_batches_streams_the_same_graph(store, small_pg, count_of):
    from policykg.graph.store import NodeRow, RelRow

    pg = small_pg()
    unit = BASE + "unit/u0"
    # every node in its own batch, shared unit u0 split over two batches, relationships before their ends
    batches: list[Any] = [([], [RelRow(s, k, o) for s, o, k in pg.edges(keys=True)])]
    for n, d in pg.nodes(data=True):
        props = dict(d["props"])
        if n == unit:
            batches.append(([NodeRow(n, d["labels"], {"prefLabel": props.pop("prefLabel")})], []))
        batches.append(([NodeRow(n, d["labels"], props)], []))
    info = store.push_batches(batches, batch_size=3)
    assert (info.nodes_written, info.relationships_written) == (pg.number_of_nodes(), pg.number_of_edges())
    assert store.counts() == count_of(pg)
    back = store.pull()
    assert back.nodes[unit]["props"] == pg.nodes[unit]["props"]
    assert sorted(back.edges(keys=True)) == sorted(pg.edges(keys=True))
    again = store.push_batches(reversed(batches))
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


def test_push_with_a_conflicting_foreign_node_fails_cleanly_and_resumes(store, small_pg, count_of):
    """A write refused part-way (a foreign node already holds a unit's iri) surfaces as one policykg error from
    the background writer, leaves no writer thread behind, and a re-run after the conflict is gone completes."""
    import threading

    from policykg.errors import PolicyKGError

    pg = small_pg()
    unit = BASE + "unit/u0"
    store.run("CREATE (:ForeignTest:Unit {iri: $iri})", {"iri": unit}, write=True)
    with pytest.raises(PolicyKGError):
        store.push(pg, batch_size=2)
    assert not [t for t in threading.enumerate() if t.name == "policykg-push-writer"]
    assert store.run("MATCH (n:Unit {iri: $iri}) RETURN count(n) AS n", {"iri": unit}) == [{"n": 1}]
    store.run("MATCH (n:ForeignTest) DETACH DELETE n", write=True)
    store.push(pg, batch_size=2)
    assert store.counts() == count_of(pg)


def test_changed_build_updates_and_deletes_through_class_labels(store, small_pg, count_of):
    """Updates, node and relationship deletions find nodes through their class label (no index on PolicyKG)."""
    pg = small_pg()
    store.push(pg, batch_size=3)
    changed = pg.copy()
    unit = BASE + "unit/u0"
    changed.nodes[unit]["props"] = {**changed.nodes[unit]["props"], "prefLabel": "新名称"}
    measure = next(n for n, d in changed.nodes(data=True) if "Measure" in d["labels"])
    changed.remove_node(measure)
    s, o, k = next((s, o, k) for s, o, k in changed.edges(keys=True) if k == "RESPONSIBLE_UNIT")
    changed.remove_edge(s, o, key=k)
    info = store.push(changed, batch_size=3)
    assert (info.nodes_written, info.nodes_deleted, info.relationships_deleted) == (1, 1, 1)
    assert store.counts() == count_of(changed)
    back = store.pull()
    assert back.nodes[unit]["props"]["prefLabel"] == "新名称"
    assert measure not in back and not back.has_edge(s, o, key=k)


class _FakeStore:
    target = "fake"

    def __init__(self, fail_on: int | None = None) -> None:
        self.ran: list[list[dict[str, Any]]] = []
        self.fail_on = fail_on

    def run(
        self, cypher: str, params: dict[str, Any] | None = None, *, write: bool = False
    ) -> list[dict[str, Any]]:
        import time

        time.sleep(0.01)  # lets the caller run ahead, as a server would
        rows = (params or {})["rows"]
        if self.fail_on is not None and rows[0]["i"] == self.fail_on:
            raise StoreError(f"refused {self.fail_on}")
        self.ran.append(rows)
        return []


def test_writer_runs_in_order_and_raises_the_first_failure():
    from policykg.graph.store.neo4j_store import _Writer

    fake = _FakeStore()
    writer = _Writer(fake)
    for i in range(6):
        writer.submit("X", [{"i": i}])
    writer.drain()
    assert [r[0]["i"] for r in fake.ran] == list(range(6))
    writer.close()

    failing = _FakeStore(fail_on=2)
    writer = _Writer(failing)
    with pytest.raises(StoreError, match="refused 2"):
        for i in range(8):
            writer.submit("X", [{"i": i}])
        writer.drain()
    writer.close()
    # nothing after the failed transaction was written
    assert [r[0]["i"] for r in failing.ran] == [0, 1]


# Regression (issue 16.1): a `//` comment ended by "\r" hid a DETACH DELETE from the text check, and ArcadeDB's
# Bolt server ignores the READ access mode: 300 nodes were deleted by a "read-only" `policykg cypher`.
@pytest.mark.parametrize(
    "attack",
    ["// x\rMATCH (n:ForeignTest) DETACH DELETE n", "RETURN 1 // c\rCREATE (:ForeignTest {name: 'new'})"],
)
def test_read_only_run_never_writes_over_bolt(store, attack):
    _foreign(store)
    before = _foreign_count(store)
    with pytest.raises(QueryError):
        store.run(attack)
    assert _foreign_count(store) == before == 2


def test_server_that_accepts_and_never_answers_fails_within_the_timeout():
    import socket
    import time

    from policykg.graph.store.neo4j_store import Neo4jStore

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen(1)  # accepts (the kernel completes the handshake) and never answers the Bolt greeting
        port = sock.getsockname()[1]
        s = Neo4jStore(f"bolt://127.0.0.1:{port}", "neo4j", "pw", "neo4j", connection_timeout=2)
        started = time.monotonic()
        with pytest.raises(StoreError):
            s.run("RETURN 1 AS one")
        assert time.monotonic() - started < 20  # bounded (was 60 s), not a timing benchmark
