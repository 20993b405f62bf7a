"""Embedded store load time and size at 100 / 1,000 / 10,000 documents, lookup latency, and Bolt push
throughput side by side with a naive writer and rdflib-neo4j (same server, same RDF). Not a test: prints tables.

    .venv/bin/python bench/bench_store.py                      # 100 and 1,000 documents, push at 100
    .venv/bin/python bench/bench_store.py --sizes 100 1000 10000 --push 100 1000 10000 --peer-limit 1000
    .venv/bin/python bench/bench_store.py --sizes --push 1000 10000 --peer-limit 1000 --no-repush   # push only

Each size N reads ``bench/out/build-N/graph.nt`` (made with ``policykg build bench/corpus/N --out
bench/out/build-N --no-store`` when missing; the corpus with ``bench/synth.py``), streams it into a fresh
embedded store with ``EmbeddedStore.load_batches`` (about one batch per document: the nodes of one document
IRI prefix, as the pipeline streams them), then loads it again (a no-op) and times index lookups. ``--push``
pushes the same graph over Bolt to a local ArcadeDB server (``bench_push``); rdflib-neo4j and the naive writer
only get the sizes up to ``--peer-limit`` documents (they are two orders of magnitude slower).
"""

from __future__ import annotations

import argparse
import importlib.util
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
UNIT_MEASURES = "unit's measures"


def _bench_push() -> Any:
    spec = importlib.util.spec_from_file_location("pkg_bench_push", ROOT / "bench" / "bench_push.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


BUILDS: dict[int, Path] = {}  # --build N DIR: an existing build of the N-document corpus


def ensure_build(n: int, python: str) -> Path:
    build = BUILDS.get(n, ROOT / "bench" / "out" / f"build-{n}")
    if (build / "graph.nt").is_file():
        return build
    corpus = ROOT / "bench" / "corpus" / str(n)
    if not corpus.is_dir() or not any(corpus.iterdir()):
        subprocess.run(
            [python, str(ROOT / "bench" / "synth.py"), "--n", str(n), "--out", str(corpus)], check=True
        )
    cli = Path(python).with_name("policykg")
    subprocess.run(
        [str(cli), "build", str(corpus), "--out", str(build), "--no-store"],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return build


def document_batches(pg: Any) -> Iterator[Any]:
    """The graph streamed as the pipeline does: nodes grouped by their IRI's document part, shared ones last."""
    from policykg.graph.store import NodeRow, RelRow

    groups: dict[str, list[str]] = {}
    for nid in pg.nodes:
        tail = str(nid).rsplit("/", 1)[-1]
        key = tail.split("-", 1)[0] if "-" in tail else "~shared"
        groups.setdefault(key, []).append(nid)
    adjacency = pg.adj
    for key in sorted(groups, key=lambda k: k == "~shared"):
        nodes: list[Any] = []
        rels: list[Any] = []
        for nid in groups[key]:
            data = pg.nodes[nid]
            nodes.append(NodeRow(str(nid), tuple(data.get("labels", ())), dict(data.get("props") or {})))
            for dst, keyed in adjacency[nid].items():
                rels.extend(
                    RelRow(str(nid), str(edata.get("type", k)), str(dst)) for k, edata in keyed.items()
                )
        yield nodes, rels


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def bench_embedded(n: int, build: Path, work: Path) -> dict[str, Any]:
    from policykg.graph.store.embedded import EmbeddedStore
    from policykg.graph.store.pgraph import property_graph_from_ntriples

    started = time.perf_counter()
    pg = property_graph_from_ntriples(build / "graph.nt")
    parse = time.perf_counter() - started
    elements = pg.number_of_nodes() + pg.number_of_edges()
    path = work / f"store-{n}"
    shutil.rmtree(path, ignore_errors=True)
    started = time.perf_counter()
    with EmbeddedStore(path) as store:
        opened = time.perf_counter() - started
        info = store.load_batches(document_batches(pg), total=elements)
        again = store.load_batches(document_batches(pg), total=elements)
        assert again.nodes_written == again.relationships_written == again.nodes_deleted == 0
        units = [u for u, d in pg.nodes(data=True) if "Unit" in d.get("labels", ())][:20]
        measures = [m for m, d in pg.nodes(data=True) if "Measure" in d.get("labels", ())][:20]
        lookups: dict[str, list[float]] = {"node by iri": [], UNIT_MEASURES: []}
        for iri in units + measures:
            t = time.perf_counter()
            store.run("MATCH (n:PolicyKG {iri: $iri}) RETURN n", {"iri": iri})
            lookups["node by iri"].append(time.perf_counter() - t)
        for iri in units:
            t = time.perf_counter()
            store.run(
                "MATCH (u:Unit {iri: $iri})<-[:RESPONSIBLE_UNIT]-(m:Measure) RETURN count(m) AS n",
                {"iri": iri},
            )
            lookups[UNIT_MEASURES].append(time.perf_counter() - t)
    return {
        "documents": n,
        "nodes": pg.number_of_nodes(),
        "relationships": pg.number_of_edges(),
        "parse": parse,
        "open": opened,
        "load": info.seconds,
        "rate": elements / info.seconds,
        "reload": again.seconds,
        "size_mb": folder_size(path) / 1e6,
        "lookup_ms": {k: 1000 * statistics.median(v) for k, v in lookups.items() if v},
    }


def bench_push(
    n: int, build: Path, server: Any, peer: bool, naive_limit: int, batch_size: int, repush: bool
) -> dict[str, Any]:
    """policykg's push of build ``n`` (and, with ``peer``, the naive writer and rdflib-neo4j on the same graph
    and server); rates in elements (nodes + relationships) per second of writing."""
    from policykg.graph.store.neo4j_store import Neo4jStore
    from policykg.graph.store.pgraph import property_graph_from_ntriples

    bp = _bench_push()
    pg = property_graph_from_ntriples(build / "graph.nt")
    elements = pg.number_of_nodes() + pg.number_of_edges()
    out: dict[str, Any] = {"documents": n, "elements": elements}
    store = Neo4jStore(server.uri, server.user, server.password, server.database, retry_seconds=60)
    store.wipe(batch_size=10_000)
    info = store.push_batches(document_batches(pg), batch_size=batch_size, total=elements)
    written = info.nodes_written + info.relationships_written
    assert written == elements, (written, elements)
    out["policykg"] = (written / info.seconds, info.seconds, store.retries)
    print(
        f"{n} docs: policykg push {written:,} elements in {info.seconds:.1f}s "
        f"({written / info.seconds:,.0f}/s, {store.retries} retried)",
        flush=True,
    )
    if repush:
        again = store.push_batches(document_batches(pg), batch_size=batch_size, total=elements)
        assert again.nodes_written == again.relationships_written == again.nodes_deleted == 0
        out["repush"] = again.seconds
    if peer:
        count, secs = bp.naive_push(store, pg, naive_limit)
        out["naive"] = (count / secs, secs, count)
    store.wipe(batch_size=10_000)
    store.close()
    if peer:
        result = bp.rdflib_neo4j_push(
            server.uri, server.user, server.password, server.database, build / "graph.nt"
        )
        bp.wipe_peer(server.uri, server.user, server.password, server.database)
        out["peer"] = (
            result if isinstance(result, str) else (elements / result[1], result[1], result[2], result[0])
        )
        print(f"{n} docs: rdflib-neo4j {out['peer']}", flush=True)
    return out


def print_push_table(results: list[dict[str, Any]], batch_size: int) -> None:
    print(
        f"\nBolt push, ArcadeDB's Bolt plugin on 127.0.0.1 sharing the CPU with the client (batch {batch_size}); "
        "elements = nodes + relationships, per second of writing"
    )
    print(
        "| documents | elements | policykg push | naive, one statement per row | rdflib-neo4j 1.1 * "
        "| policykg / rdflib-neo4j | no-op re-push |"
    )
    print("|---|---|---|---|---|---|---|")
    for r in results:
        rate, secs, retried = r["policykg"]
        naive = f"{r['naive'][0]:,.0f}/s ({r['naive'][2]:,} el.)" if "naive" in r else "not run"
        peer = r.get("peer")
        if peer is None:
            peer_cell, ratio = "not run", "—"
        elif isinstance(peer, str):
            peer_cell, ratio = peer[:80], "—"
        else:
            peer_cell, ratio = (
                f"{peer[0]:,.0f}/s ({peer[1]:.0f} s, {peer[2]} retried)",
                f"{rate / peer[0]:.1f}x",
            )
        repush = f"{r['repush']:.1f} s" if "repush" in r else "not run"
        print(
            f"| {r['documents']:,} | {r['elements']:,} | {rate:,.0f}/s ({secs:.1f} s, {retried} retried) "
            f"| {naive} | {peer_cell} | {ratio} | {repush} |"
        )
    print(
        "* rdflib-neo4j runs with the harness's help, which only helps it: each of its statements in a managed "
        "transaction the driver retries after a transient error, and a plain index on Resource.uri instead of "
        "its unique constraint (ArcadeDB refuses its MERGE-then-SET-label pattern under a unique index)."
    )


def print_embedded_table(results: list[dict[str, Any]]) -> None:
    print("\nembedded store (JVM start not included; graph.nt parse shown separately)")
    print(
        "| documents | nodes | relationships | parse s | load s | elements/s | no-op reload s | size MB "
        "| node by iri ms | unit's measures ms |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|")
    for r in results:
        lk = r["lookup_ms"]
        print(
            f"| {r['documents']:,} | {r['nodes']:,} | {r['relationships']:,} | {r['parse']:.1f} | {r['load']:.1f} "
            f"| {r['rate']:,.0f} | {r['reload']:.1f} | {r['size_mb']:.0f} | {lk.get('node by iri', 0):.2f} "
            f"| {lk.get(UNIT_MEASURES, 0):.2f} |"
        )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="*", default=[100, 1000])
    ap.add_argument("--push", type=int, nargs="*", default=[100], help="sizes to push over Bolt")
    ap.add_argument(
        "--peer-limit", type=int, default=100, help="largest size for rdflib-neo4j and the naive writer"
    )
    ap.add_argument("--naive-limit", type=int, default=2000, help="elements the naive writer writes")
    ap.add_argument("--batch-size", type=int, default=2000)
    ap.add_argument(
        "--build",
        nargs=2,
        action="append",
        default=[],
        metavar=("N", "DIR"),
        help="use this existing build (with graph.nt) for N documents",
    )
    ap.add_argument("--no-repush", action="store_true", help="skip the no-op re-push after each push")
    ap.add_argument("--warm-up", type=int, default=100, help="documents pushed (untimed) first; 0 for none")
    args = ap.parse_args()
    BUILDS.update({int(n): Path(d) for n, d in args.build})
    sys.path.insert(0, str(ROOT.parent))
    work = Path(tempfile.mkdtemp(prefix="pkg-bench-store-"))
    try:
        results = []
        for n in args.sizes:
            results.append(bench_embedded(n, ensure_build(n, sys.executable), work))
            r = results[-1]
            print(
                f"{n:>6} docs: {r['nodes']:,} nodes, {r['relationships']:,} relationships; load {r['load']:.1f}s "
                f"({r['rate']:,.0f} elements/s), no-op reload {r['reload']:.1f}s, store {r['size_mb']:.0f} MB, "
                f"lookups {r['lookup_ms']}",
                flush=True,
            )
            shutil.rmtree(work / f"store-{n}", ignore_errors=True)
        if results:
            print_embedded_table(results)
        if args.push:
            spec = importlib.util.spec_from_file_location("pkg_conftest", ROOT / "tests" / "conftest.py")
            assert spec and spec.loader
            conftest = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(conftest)
            server = conftest.start_bolt_server(work / "server")
            pushed: list[dict[str, Any]] = []
            try:
                if (
                    args.warm_up
                ):  # the server's JIT is cold after a start: a first small push warms it for all
                    bench_push(
                        args.warm_up,
                        ensure_build(args.warm_up, sys.executable),
                        server,
                        False,
                        0,
                        args.batch_size,
                        False,
                    )
                for n in args.push:
                    pushed.append(
                        bench_push(
                            n,
                            ensure_build(n, sys.executable),
                            server,
                            n <= args.peer_limit,
                            args.naive_limit,
                            args.batch_size,
                            not args.no_repush,
                        )
                    )
            finally:
                server.stop()
            print_push_table(pushed, args.batch_size)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
