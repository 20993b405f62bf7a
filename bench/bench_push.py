"""Push throughput over Bolt, side by side: policykg's batched diff push, a naive one-statement-per-row writer,
and rdflib-neo4j (Neo4j Labs' RDF store) writing the same RDF to the same server; plus embedded load time and
store size. Not a test: prints a table.

    .venv/bin/python bench/bench_push.py --nodes 10000
    .venv/bin/python bench/bench_push.py --ttl out/graph.ttl --uri bolt://localhost:7687 --password ...

Without --uri it starts a local ArcadeDB Bolt server on 127.0.0.1 (as the tests do). Input: a generated
property graph of --nodes nodes, or a build's Turtle file (--ttl).
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import networkx as nx

ROOT = Path(__file__).resolve().parents[1]
BASE = "https://w3id.org/policykg/id/"


def generate(n_nodes: int, seed: int = 7) -> nx.MultiDiGraph:
    """A policy-shaped graph: documents, units, industries, measures (each with 2-4 relationships), targets."""
    rnd = random.Random(seed)
    pg = nx.MultiDiGraph()
    n_docs, n_units, n_ind = max(1, n_nodes // 20), max(2, n_nodes // 10), max(1, n_nodes // 40)
    n_targets = n_nodes // 10
    n_measures = max(1, n_nodes - n_docs - n_units - n_ind - n_targets)
    docs = [f"{BASE}doc/{i}" for i in range(n_docs)]
    units = [f"{BASE}unit/{i}" for i in range(n_units)]
    inds = [f"{BASE}industry/{i}" for i in range(n_ind)]
    for i, d in enumerate(docs):
        pg.add_node(
            d, labels=("PolicyDocument",), props={"iri": d, "title": f"关于印发第{i}号若干措施的通知"}
        )
    for i, u in enumerate(units):
        pg.add_node(
            u, labels=("Unit",), props={"iri": u, "prefLabel": f"第{i}局", "altLabel": [f"局{i}", f"{i}局"]}
        )
    for i, x in enumerate(inds):
        pg.add_node(x, labels=("Industry",), props={"iri": x, "prefLabel": f"产业{i}"})
    measures = []
    for i in range(n_measures):
        m, d = f"{BASE}measure/{i}", docs[i % n_docs]
        measures.append(m)
        pg.add_node(
            m,
            labels=("Measure",),
            props={"iri": m, "ordinal": i + 1, "text": f"第{i}项措施:加强就业服务。" * 3},
        )
        pg.add_edge(m, d, key="IN_DOCUMENT", type="IN_DOCUMENT")
        pg.add_edge(d, m, key="HAS_MEASURE", type="HAS_MEASURE")
        pg.add_edge(m, rnd.choice(units), key="RESPONSIBLE_UNIT", type="RESPONSIBLE_UNIT")
        if i % 3 == 0:
            pg.add_edge(m, rnd.choice(inds), key="CONCERNS_INDUSTRY", type="CONCERNS_INDUSTRY")
    for i in range(n_targets):
        t = f"{BASE}target/{i}"
        pg.add_node(
            t,
            labels=("Target",),
            props={"iri": t, "value": float(rnd.randint(1, 99999)), "unitOfMeasure": "人"},
        )
        pg.add_edge(measures[i % len(measures)], t, key="HAS_TARGET", type="HAS_TARGET")
    return pg


def naive_push(store: Any, pg: nx.MultiDiGraph, limit: int) -> tuple[int, float]:
    """One auto-committed statement per node / relationship (the way a first script does it)."""
    driver = store._connect()
    nodes = list(pg.nodes(data=True))[:limit]
    keep = {n for n, _ in nodes}
    edges = [(s, o, k) for s, o, k in pg.edges(keys=True) if s in keep and o in keep][
        : max(0, limit - len(nodes))
    ]
    with driver.session(database=store.database) as s:
        s.run(
            "CREATE CONSTRAINT naive_bench_iri IF NOT EXISTS FOR (n:NaiveBench) REQUIRE n.iri IS UNIQUE"
        ).consume()
        started = time.perf_counter()
        for nid, data in nodes:
            s.run("MERGE (n:NaiveBench {iri: $iri}) SET n += $props", iri=nid, props=data["props"]).consume()
        for src, dst, key in edges:
            # the type cannot be a parameter: a fixed, known type keeps this free of formatted text
            s.run(
                "MATCH (a:NaiveBench {iri: $s}) MATCH (b:NaiveBench {iri: $o}) MERGE (a)-[:NAIVE_REL {type: $t}]->(b)",
                s=src,
                o=dst,
                t=key,
            ).consume()
        seconds = time.perf_counter() - started
        s.run("MATCH (n:NaiveBench) DETACH DELETE n").consume()
    return len(nodes) + len(edges), seconds


#: rdflib-neo4j's uniqueness constraint on ``Resource.uri``, and the plain index the harness creates instead:
#: ArcadeDB changes a node's record type when a label is added (rdflib-neo4j's ``MERGE (n:Resource ...) SET
#: n:Class``), and that conflicts with a unique index in the same transaction (ConstraintValidationFailed or
#: a transient "concurrent modification" on every batch). A plain index keeps its lookups as fast.
PEER_UNIQUE = "FOR (r:Resource) REQUIRE r.uri IS UNIQUE"
PEER_INDEX = "CREATE INDEX n10s_uri IF NOT EXISTS FOR (r:Resource) ON (r.uri)"


class _RetryingSession:
    """rdflib-neo4j writes each batch with ``session.run`` (an auto-commit transaction, never retried), which
    ArcadeDB's Bolt server can refuse with a transient "concurrent modification" error. This harness runs each
    of its statements as a managed write transaction instead, which the driver retries after a transient error
    (counted in ``retries``). It only helps the peer; policykg gets no such help from the harness."""

    def __init__(self, session: Any, counter: list[int]) -> None:
        self._session = session
        self._counter = counter

    def run(self, query: Any, parameters: Any = None, **kwargs: Any) -> list[Any]:
        # rdflib-neo4j passes its rows as the keyword ``params``: a Cypher parameter of that name, as in
        # ``Session.run``
        attempts = 0
        if PEER_UNIQUE in " ".join(str(query).split()):
            query = PEER_INDEX

        def work(tx: Any) -> list[Any]:
            nonlocal attempts
            attempts += 1
            return list(tx.run(query, parameters, **kwargs))

        try:
            return self._session.execute_write(work)
        finally:
            self._counter[0] += max(0, attempts - 1)

    def close(self) -> None:
        self._session.close()


class _RetryingDriver:
    def __init__(self, driver: Any, database: str, counter: list[int]) -> None:
        self._driver, self._database, self._counter = driver, database, counter

    def session(self, **kwargs: Any) -> _RetryingSession:
        kwargs.pop("default_access_mode", None)
        return _RetryingSession(self._driver.session(database=self._database), self._counter)

    def close(self) -> None:
        self._driver.close()


def wipe_peer(uri: str, user: str, password: str, database: str) -> None:
    """Remove what rdflib-neo4j wrote (its ``Resource`` nodes), in bounded transactions."""
    import neo4j

    with (
        neo4j.GraphDatabase.driver(uri, auth=(user, password)) as driver,
        driver.session(database=database) as s,
    ):
        while True:
            record = s.run(
                "MATCH (n:Resource) WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS c"
            ).single()
            if record is None or not record["c"]:
                return


def rdflib_neo4j_push(
    uri: str,
    user: str,
    password: str,
    database: str,
    ttl: Path,
    *,
    batch_size: int = 5000,
    retry: bool = True,
) -> tuple[int, float, int] | str:
    """rdflib-neo4j 1.1 writing the triples of ``ttl`` (N-Triples or Turtle) through ``Graph.add`` into its
    store, batched; returns (triples, seconds, transactions retried) or why it failed. ``retry`` wraps its
    session (see :class:`_RetryingSession`; it also swaps its unique constraint for a plain index)."""
    try:
        import neo4j
        from rdflib import Graph
        from rdflib_neo4j import HANDLE_VOCAB_URI_STRATEGY, Neo4jStore, Neo4jStoreConfig
    except ImportError:
        return "rdflib-neo4j is not installed (pip install 'policykg[bench]')"
    counter = [0]
    driver: Any = None
    if retry:
        raw = neo4j.GraphDatabase.driver(uri, auth=(user, password), max_transaction_retry_time=120)
        driver = _RetryingDriver(raw, database, counter)
        config = Neo4jStoreConfig(
            handle_vocab_uri_strategy=HANDLE_VOCAB_URI_STRATEGY.IGNORE, batching=True, batch_size=batch_size
        )
    else:
        config = Neo4jStoreConfig(
            auth_data={"uri": uri, "database": database, "user": user, "pwd": password},
            handle_vocab_uri_strategy=HANDLE_VOCAB_URI_STRATEGY.IGNORE,
            batching=True,
            batch_size=batch_size,
        )
    # Parsed before the clock starts, as policykg's push gets a parsed graph: both times are writing only.
    source = Graph().parse(str(ttl), format="nt" if ttl.suffix == ".nt" else "turtle")
    started = time.perf_counter()
    try:
        g = Graph(
            store=Neo4jStore(config=config, neo4j_driver=driver) if driver else Neo4jStore(config=config)
        )
        for triple in source:  # subject by subject, as rdflib-neo4j buffers one subject at a time
            g.add(triple)
        triples = len(source)
        g.close(True)
    except Exception as err:  # report why the peer cannot write to this server
        return f"failed: {type(err).__name__}: {' '.join(str(err).split())[:300]}"
    finally:
        if driver is not None:
            driver.close()
    seconds = time.perf_counter() - started
    return triples, seconds, counter[0]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--nodes", type=int, default=10_000)
    ap.add_argument("--ttl", type=Path, help="push this Turtle file instead of a generated graph")
    ap.add_argument("--uri", default=os.environ.get("NEO4J_URI"))
    ap.add_argument("--user", default=os.environ.get("NEO4J_USERNAME", "neo4j"))
    ap.add_argument("--password", default=os.environ.get("NEO4J_PASSWORD", ""))
    ap.add_argument("--database", default=os.environ.get("NEO4J_DATABASE", "neo4j"))
    ap.add_argument("--batch-size", type=int, default=1000)
    ap.add_argument(
        "--naive-limit", type=int, default=2000, help="elements the naive writer writes (it is slow)"
    )
    ap.add_argument("--no-embedded", action="store_true")
    args = ap.parse_args()

    sys.path.insert(0, str(ROOT.parent))
    from rdflib import Graph

    from policykg.graph.store.neo4j_store import Neo4jStore, write_turtle
    from policykg.graph.store.pgraph import to_property_graph

    work = Path(tempfile.mkdtemp(prefix="pkg-bench-push-"))
    if args.ttl:
        pg, ttl = to_property_graph(Graph().parse(args.ttl, format="turtle")), args.ttl
    else:
        pg, ttl = generate(args.nodes), work / "graph.ttl"
        write_turtle(pg, ttl)
    elements = pg.number_of_nodes() + pg.number_of_edges()
    print(f"input: {pg.number_of_nodes()} nodes, {pg.number_of_edges()} relationships ({elements} elements)")

    server = None
    if not args.uri:
        spec = importlib.util.spec_from_file_location("pkg_conftest", ROOT / "tests" / "conftest.py")
        assert spec and spec.loader
        conftest = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(conftest)
        server = conftest.start_bolt_server(work / "server")
        args.uri, args.user, args.password, args.database = (
            server.uri,
            server.user,
            server.password,
            server.database,
        )
        print(f"server: ArcadeDB Bolt plugin at {args.uri} (local, started for this run)")
    rows: list[tuple[str, str]] = []
    try:
        store = Neo4jStore(args.uri, args.user, args.password, args.database, retry_seconds=60)
        store.wipe()
        if (
            server is not None
        ):  # a just-started server's JIT is cold: warm it (untimed) for every writer alike
            store.push(generate(2000, seed=1), batch_size=args.batch_size)
            store.wipe()
        info = store.push(pg, batch_size=args.batch_size)
        rate = (info.nodes_written + info.relationships_written) / info.seconds
        rows.append(("policykg push (batched UNWIND, diff)", f"{rate:,.0f} elements/s ({info.seconds:.1f}s)"))
        again = store.push(pg, batch_size=args.batch_size)
        rows.append(("policykg re-push (no changes)", f"{again.seconds:.1f}s, {again.nodes_written} written"))
        n, secs = naive_push(store, pg, args.naive_limit)
        rows.append(
            (f"naive one statement per row ({n} elements)", f"{n / secs:,.0f} elements/s ({secs:.1f}s)")
        )
        store.wipe()
        store.close()
        peer = rdflib_neo4j_push(args.uri, args.user, args.password, args.database, ttl)
        if isinstance(peer, str):
            rows.append(("rdflib-neo4j 1.1", peer))
        else:
            triples, secs, retried = peer
            rows.append(
                (
                    "rdflib-neo4j 1.1 (harness retries its transactions)",
                    f"{elements / secs:,.0f} elements/s ({triples} triples, {secs:.1f}s, {retried} retried)",
                )
            )
        wipe_peer(args.uri, args.user, args.password, args.database)
    finally:
        if server is not None:
            server.stop()
    if not args.no_embedded:
        from policykg.graph.store.embedded import EmbeddedStore

        started = time.perf_counter()
        with EmbeddedStore(work / "store") as emb:
            opened = time.perf_counter() - started
            einfo = emb.load(pg, batch_size=args.batch_size)
        size = sum(f.stat().st_size for f in (work / "store").rglob("*") if f.is_file())
        rows.append(("embedded open (JVM start included)", f"{opened:.1f}s"))
        rows.append(("embedded load", f"{einfo.seconds:.1f}s, {elements / einfo.seconds:,.0f} elements/s"))
        rows.append(("embedded store size", f"{size / 1e6:.1f} MB"))
    width = max(len(r[0]) for r in rows)
    for name, value in rows:
        print(f"{name:<{width}}  {value}")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
