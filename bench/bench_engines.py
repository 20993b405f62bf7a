"""Another embedded engine for the default store (issue 13), measured beside ArcadeDB: not a switch.

    .venv/bin/pip install kuzu pyarrow            # not dependencies of policykg: this benchmark's only
    .venv/bin/python bench/bench_engines.py --n 500 --rounds 3 [--builds]
    .venv/bin/pip install ladybug                 # LadybugDB, the maintained fork (Kùzu is archived upstream)
    .venv/bin/python bench/bench_engines.py --engine ladybug --work /tmp/policykg-bench-engines-ladybug

    .venv/bin/python bench/bench_engines.py --engine ladybug --fixture [--texts bench/engines/common]

``--fixture`` runs only the named queries, on the query tests' fixture graph (tests/queries/qkg.py) written into
both engines, with the parity tests' parameters (bench/engines/parity-params.json); ``--texts DIR`` runs another
folder's texts (bench/engines/common: the common texts kept out of the library, round 22); ``--graph NT`` loads an
existing build's graph.nt instead of the synth documents; ``--params FILE`` sets the queries' parameters. On
Kùzu/LadybugDB every text goes through queries/dialect.py (round 23; ``--no-dialect``: as given, as in rounds
21-22), and the name properties any node is read by (``ANY_NODE_PROPERTIES``) are columns of every node table.
``--builds`` also runs ``policykg build --no-store`` and the default build of the same documents in every round
(the issue's ratio, and the ratio projected with each load in the store's place). Figures and findings:
bench/README.md, issue 13's section, round 21.

The same graph (``bench/synth.py`` documents built ``--no-store``: its ``graph.nt``, read into the load's rows by
the project's own reader ``element_batches_from_ntriples``) is loaded, each path in a fresh process, in
``--rounds`` interleaved rounds, into

* ``arcadedb``: embedded ArcadeDB as the build's load worker does it (engine started with the worker's heap and
  compiler settings, ``prepare_load``, ``load_batches`` of ``made_ahead`` batches of 4,000 nodes);
* ``kuzu-copy``: Kùzu, the rows written to Parquet files (one per node table, one per relationship type and
  FROM/TO pair), then ``COPY ... FROM`` each;
* ``kuzu-unwind``: Kùzu, the same rows as parameterised ``UNWIND $rows AS r CREATE ...`` (chunks of 5,000).

Wall and CPU time of each process (``wait4``: every thread and child), and of its load alone (``getrusage`` in
the process), with the load average. The Kùzu schema (node tables with typed columns, relationship tables with
their FROM/TO pairs) is derived from the ontology (``rdfs:domain`` / ``schema:domainIncludes``, ranges, unions,
subclasses) and checked against the rows. Then every named query (``queries/*.cypher``) runs with its text
unchanged on both stores (parameters bound on ArcadeDB as ``run_named`` binds them); rows are compared after
``canonical_rows``. Last, a one-shot start-up: a new process opens the store and answers one lookup, median of
``--startup-repeat``, each engine.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Mapping
from pathlib import Path
from typing import Any

# The schema, derived from the ontology: policykg's own LadybugDB store's (graph/store/ladybug_schema.py).
from policykg.graph.store.ladybug_schema import COLUMN_TYPES as KUZU_TYPES
from policykg.graph.store.ladybug_schema import RENAMED as KUZU_RENAMED
from policykg.graph.store.ladybug_schema import check_schema, derive_schema
from policykg.graph.store.ladybug_schema import ddl as _ddl
from policykg.queries.dialect import engine_neutral

__all__ = ["KUZU_TYPES", "check_schema", "derive_schema"]

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PATHS = ("arcadedb", "kuzu-copy", "kuzu-unwind")
UNWIND_CHUNK = 5_000
# The Kùzu family's Python module: ``kuzu`` (upstream, archived in 2025), or a fork with the same API
# (``ladybug``: LadybugDB; ``real_ladybug``, its earlier name). ``--engine`` sets it, for the children too.
ENGINE_ENV = "POLICYKG_BENCH_KUZU_MODULE"


def kuzu_module() -> Any:
    import importlib

    return importlib.import_module(os.environ.get(ENGINE_ENV, "kuzu"))


# --------------------------------------------------------------------------- the rows


def read_rows(
    nt: Path,
) -> tuple[dict[str, tuple[tuple[str, ...], dict[str, Any]]], list[tuple[str, str, str]]]:
    """graph.nt as the store load reads it (the project's reader, batches of 4,000 nodes), merged by IRI."""
    from policykg.graph.store.pgraph import element_batches_from_ntriples

    nodes: dict[str, tuple[tuple[str, ...], dict[str, Any]]] = {}
    rels: dict[tuple[str, str, str], None] = {}
    for batch_nodes, batch_rels in element_batches_from_ntriples(nt, batch_nodes=4_000):
        for n in batch_nodes:
            have = nodes.get(n.iri)
            if have is None:
                nodes[n.iri] = (n.labels, dict(n.props))
            else:
                have[1].update(n.props)
        for r in batch_rels:
            rels[(r.start, r.type, r.end)] = None
    return nodes, list(rels)


def _arrow_type(kuzu_type: str) -> Any:
    import pyarrow as pa

    scalar = {"STRING": pa.string(), "INT64": pa.int64(), "DOUBLE": pa.float64(), "BOOLEAN": pa.bool_()}
    if kuzu_type.endswith("[]"):
        return pa.list_(scalar[kuzu_type[:-2]])
    return scalar[kuzu_type]


def _grouped(
    node_rows: Mapping[str, tuple[tuple[str, ...], dict[str, Any]]], rel_rows: list[tuple[str, str, str]]
) -> tuple[dict[str, list[tuple[str, dict[str, Any]]]], dict[tuple[str, str, str], list[tuple[str, str]]]]:
    by_table: dict[str, list[tuple[str, dict[str, Any]]]] = defaultdict(list)
    for iri, (labels, props) in node_rows.items():
        by_table[labels[0]].append((iri, props))
    by_pair: dict[tuple[str, str, str], list[tuple[str, str]]] = defaultdict(list)
    for s, rel, o in rel_rows:
        by_pair[(KUZU_RENAMED.get(rel, rel), node_rows[s][0][0], node_rows[o][0][0])].append((s, o))
    return by_table, by_pair


def load_kuzu(
    nt: Path | None,
    db_path: Path,
    how: str,
    work: Path,
    given: tuple[dict[str, tuple[tuple[str, ...], dict[str, Any]]], list[tuple[str, str, str]]] | None = None,
) -> dict[str, Any]:
    """Parse ``nt`` (or take its rows, ``given``), make the schema, write every node and relationship by ``COPY``
    (``how == "copy"``) or by ``UNWIND`` creates; the load's phases timed."""
    kuzu = kuzu_module()
    t0, c0 = time.perf_counter(), _cpu_self()
    node_rows, rel_rows = given if given is not None else read_rows(nt or Path())
    t_parse, c_parse = time.perf_counter() - t0, _cpu_self() - c0
    nodes, rels, _ = derive_schema()
    misses = check_schema(nodes, rels, node_rows, rel_rows)
    by_table, by_pair = _grouped(node_rows, rel_rows)
    db = kuzu.Database(str(db_path))
    conn = kuzu.Connection(db)
    for ddl in _ddl(nodes, rels):
        conn.execute(ddl)
    t1, c1 = time.perf_counter(), _cpu_self()
    if how == "copy":
        import pyarrow as pa
        import pyarrow.parquet as pq

        work.mkdir(parents=True, exist_ok=True)
        for label, rows in by_table.items():
            cols = nodes[label]
            data = {c: [iri if c == "iri" else props.get(c) for iri, props in rows] for c in cols}
            schema = pa.schema([(c, _arrow_type(t)) for c, t in cols.items()])
            f = work / f"n-{label}.parquet"
            pq.write_table(pa.table(data, schema=schema), f)
            conn.execute(f"COPY {label} FROM '{f}'")
        t_nodes = time.perf_counter() - t1
        for (rel, a, b), pairs in sorted(by_pair.items()):
            f = work / f"r-{rel}-{a}-{b}.parquet"
            pq.write_table(pa.table({"from": [p[0] for p in pairs], "to": [p[1] for p in pairs]}), f)
            extra = f" (from='{a}', to='{b}')" if len(rels[rel]) > 1 else ""
            conn.execute(f"COPY {rel} FROM '{f}'{extra}")
    else:
        for label, rows in by_table.items():
            for i in range(0, len(rows), UNWIND_CHUNK):
                part = rows[i : i + UNWIND_CHUNK]
                # only the columns this chunk has values for: a column of nulls is typed STRING by the binder
                have = {k for _, props in part for k, v in props.items() if v is not None}
                keys = ["iri", *(c for c in nodes[label] if c in have and c != "iri")]
                text = (
                    f"UNWIND $rows AS r CREATE (n:{label} {{"
                    + ", ".join(f"`{c}`: r.`{c}`" for c in keys)
                    + "})"
                )
                chunk = [{c: (iri if c == "iri" else props.get(c)) for c in keys} for iri, props in part]
                conn.execute(text, {"rows": chunk})
        t_nodes = time.perf_counter() - t1
        for (rel, a, b), pairs in sorted(by_pair.items()):
            text = (
                f"UNWIND $rows AS r MATCH (a:{a} {{iri: r.s}}), (b:{b} {{iri: r.o}}) CREATE (a)-[:{rel}]->(b)"
            )
            for i in range(0, len(pairs), UNWIND_CHUNK):
                conn.execute(text, {"rows": [{"s": s, "o": o} for s, o in pairs[i : i + UNWIND_CHUNK]]})
    t_write, c_write = time.perf_counter() - t1, _cpu_self() - c1
    count: Any = conn.execute("MATCH (n) RETURN count(n)")
    n = count.get_next()[0]
    count = conn.execute("MATCH ()-[r]->() RETURN count(r)")
    r = count.get_next()[0]
    conn.close()
    db.close()
    return {
        "parse_s": t_parse,
        "parse_cpu": c_parse,
        "write_cpu": c_write,
        "nodes_s": t_nodes,
        "write_s": t_write,
        "nodes": n,
        "rels": r,
        "schema_misses": misses,
        "tables": [len(nodes), sum(1 for p in rels.values() if p), sum(len(p) for p in rels.values())],
    }


def load_fixture_both(work: Path) -> tuple[Path, Path]:
    """The query tests' fixture graph (tests/queries/qkg.py: every named query has rows on it, the parity tests'
    parameters name its nodes) written into an embedded ArcadeDB store as the tests write it, and into a Kùzu
    store by ``COPY``."""
    sys.path.insert(0, str(ROOT / "tests" / "queries"))
    from qkg import EDGES, NODES, load_fixture

    from policykg.graph.store.embedded import EmbeddedStore, start_engine

    arcade, kz = work / "fixture-arcadedb", work / "fixture-kuzu"
    for db in (arcade, kz):
        _remove(db)
    start_engine()
    with EmbeddedStore(arcade, release_server=False) as store:
        load_fixture(store.run)
    node_rows: dict[str, tuple[tuple[str, ...], dict[str, Any]]] = {
        str(props["iri"]): ((str(label),), dict(props)) for label, props in NODES
    }
    edges = [(str(a), str(b), str(c)) for a, b, c in EDGES]
    load_kuzu(None, kz, "copy", work / "fixture-files", (node_rows, edges))
    return arcade, kz


def load_arcadedb(nt: Path, db_path: Path, documents: int) -> dict[str, Any]:
    """As the build's load worker: engine started with its settings, schema prepared, batches made ahead."""
    from policykg.graph.store.embedded import EmbeddedStore, start_engine
    from policykg.graph.store.pgraph import element_batches_from_ntriples, made_ahead
    from policykg.pipeline.store import LOAD_BATCH_NODES
    from policykg.pipeline.store_worker import QUICK_JIT_MAX_DOCS, load_heap_mb

    start_engine(short_lived=documents <= QUICK_JIT_MAX_DOCS, heap_mb=load_heap_mb(documents))
    t1 = time.perf_counter()
    with EmbeddedStore(db_path, release_server=False) as store:
        store.prepare_load()
        batches = made_ahead(element_batches_from_ntriples(nt, batch_nodes=LOAD_BATCH_NODES))
        info = store.load_batches(batches, flush_nodes=LOAD_BATCH_NODES)
        nodes = store.node_count()
    return {"write_s": time.perf_counter() - t1, "nodes": nodes, "rels": info.relationships_written}


def _cpu_self() -> float:
    ru = resource.getrusage(resource.RUSAGE_SELF)  # every thread of this process (the JVM's, Kùzu's)
    return ru.ru_utime + ru.ru_stime


def child_load(path: str, nt: Path, db: Path, documents: int) -> None:
    """One path in this (fresh) process; prints one JSON line."""
    w0, c0 = time.perf_counter(), _cpu_self()
    if path == "arcadedb":
        out = load_arcadedb(nt, db, documents)
    else:
        out = load_kuzu(nt, db, path.split("-", 1)[1], db.with_name(db.name + "-files"))
    out["load_wall"] = time.perf_counter() - w0
    out["load_cpu"] = _cpu_self() - c0
    print("RESULT " + json.dumps(out, ensure_ascii=False), flush=True)


# --------------------------------------------------------------------------- the parent


def _run_cpu(cmd: list[str], env: Mapping[str, str] | None = None) -> tuple[float, float, str]:
    """Wall and CPU (``wait4``: the process, every thread, its waited children) of one command; its stdout."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True)
    assert proc.stdout is not None and proc.stderr is not None
    out = proc.stdout.read()
    err = proc.stderr.read()
    _, status, ru = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - started
    if proc.returncode:
        raise RuntimeError(f"{' '.join(cmd[:5])} failed ({proc.returncode}): {err[-3000:]}")
    return wall, ru.ru_utime + ru.ru_stime, out


def ensure_graph(n: int, work: Path) -> Path:
    sys.path.insert(0, str(HERE))
    from synth import generate

    corpus = HERE / "corpus" / str(n)
    if not corpus.is_dir() or len(list(corpus.glob("*.txt"))) != n:
        shutil.rmtree(corpus, ignore_errors=True)
        generate(n, corpus)
    out = work / f"nostore-{n}"
    if not (out / "graph.nt").is_file():
        exe = Path(sys.executable).with_name("policykg")
        subprocess.run(
            [str(exe), "build", str(corpus), "--out", str(out), "--no-store", "--quiet"], check=True
        )
    return out / "graph.nt"


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.setdefault("PYTHONPYCACHEPREFIX", "/tmp/policykg-bench-pycache")
    env["POLICYKG_STORE_SERVER"] = "0"
    return env


def _remove(db: Path) -> None:
    """A store of an earlier run: ArcadeDB's is a folder, Kùzu's a file (and its write-ahead log)."""
    for p in (db, db.with_name(db.name + ".wal"), db.with_name(db.name + "-files")):
        if p.is_dir():
            shutil.rmtree(p)
        elif p.exists():
            p.unlink()


def _size_mb(db: Path) -> float:
    files = [db] if db.is_file() else [p for p in db.rglob("*") if p.is_file()]
    return sum(p.stat().st_size for p in files) / 1e6


def _builds(corpus: Path, work: Path, rnd: int, results: dict[str, list[dict[str, Any]]]) -> None:
    """``policykg build`` of the same documents, ``--no-store`` and the default (embedded ArcadeDB): the whole
    process tree's CPU (``wait4``: the pool and the load worker with its JVM)."""
    exe = str(Path(sys.executable).with_name("policykg"))
    for kind, extra in (("build --no-store", ["--no-store"]), ("build (default)", [])):
        out = work / f"{kind.split()[1].strip('-()')}-build-{rnd}"
        _remove(out)
        load_before = os.getloadavg()[0]
        wall, cpu, _ = _run_cpu([exe, "build", str(corpus), "--out", str(out), "--quiet", *extra], _env())
        results[kind].append({"wall": wall, "cpu": cpu})
        print(
            f"  round {rnd} {kind:18s} {wall:6.2f} s wall {cpu:6.2f} s CPU"
            f" | load avg {load_before:.1f}->{os.getloadavg()[0]:.1f}",
            flush=True,
        )
        _remove(out)


def rounds(nt: Path, work: Path, n: int, count: int, corpus: Path | None = None) -> dict[str, Path]:
    results: dict[str, list[dict[str, Any]]] = defaultdict(list)
    last: dict[str, Path] = {}
    print(f"\n## Load: {nt} ({n} documents), {count} interleaved rounds, each path in a fresh process")
    for rnd in range(1, count + 1):
        if corpus is not None:
            _builds(corpus, work, rnd, results)
        for path in PATHS:
            db = work / f"{path}-{rnd}"
            _remove(db)
            load_before = os.getloadavg()[0]
            cmd = [sys.executable, __file__, "--child", path, "--nt", str(nt), "--db", str(db), "--n", str(n)]
            wall, cpu, out = _run_cpu(cmd, _env())
            got = json.loads(next(line for line in out.splitlines() if line.startswith("RESULT "))[7:])
            got.update(wall=wall, cpu=cpu, load=(load_before, os.getloadavg()[0]), mb=_size_mb(db))
            results[path].append(got)
            last[path] = db
            print(
                f"  round {rnd} {path:12s} process {wall:6.2f} s wall {cpu:6.2f} s CPU | load {got['load_wall']:6.2f} s"
                f" wall {got['load_cpu']:6.2f} s CPU | {got['nodes']} nodes {got['rels']} rels"
                f" | load avg {load_before:.1f}->{got['load'][1]:.1f}",
                flush=True,
            )
    print("\n| path | process wall | process CPU | load wall | load CPU | nodes | relationships | on disk |")
    print("|---|---|---|---|---|---|---|---|")
    for path in PATHS:
        rs = results[path]

        def med(key: str, rs: list[dict[str, Any]] = rs) -> str:
            vals = [r[key] for r in rs]
            return f"{statistics.median(vals):.2f} s ({min(vals):.2f}-{max(vals):.2f})"

        print(
            f"| {path} | {med('wall')} | {med('cpu')} | {med('load_wall')} | {med('load_cpu')} "
            f"| {rs[-1]['nodes']} | {rs[-1]['rels']} | {rs[-1]['mb']:.0f} MB |"
        )
    if corpus is not None:
        base = statistics.median(r["cpu"] for r in results["build --no-store"])
        full = statistics.median(r["cpu"] for r in results["build (default)"])
        walls = {
            k: statistics.median(r["wall"] for r in results[k])
            for k in ("build --no-store", "build (default)")
        }
        print(
            f"\nbuilds (medians): --no-store {walls['build --no-store']:.2f} s wall {base:.2f} s CPU; default "
            f"{walls['build (default)']:.2f} s wall {full:.2f} s CPU: ratio {full / base:.2f} CPU, "
            f"{walls['build (default)'] / walls['build --no-store']:.2f} wall; the store's CPU in the build "
            f"{full - base:.2f} s"
        )
        for path in PATHS:
            load = statistics.median(r["cpu"] for r in results[path])
            print(
                f"  with {path}'s whole load process ({load:.2f} s CPU) added to --no-store instead: "
                f"CPU ratio {(base + load) / base:.2f} (a projection: no overlap, nothing saved)"
            )
    k = results["kuzu-copy"][-1]
    print(
        f"\nKùzu schema: {k['tables'][0]} node tables, {k['tables'][1]} relationship tables, "
        f"{k['tables'][2]} FROM/TO pairs; rows outside the derived schema: {k['schema_misses'] or 'none'}"
    )
    for path in ("kuzu-copy", "kuzu-unwind"):
        rs = results[path]
        print(
            f"{path}: parse {statistics.median(r['parse_s'] for r in rs):.2f} s wall "
            f"{statistics.median(r['parse_cpu'] for r in rs):.2f} s CPU; nodes written "
            f"{statistics.median(r['nodes_s'] for r in rs):.2f} s wall; all written "
            f"{statistics.median(r['write_s'] for r in rs):.2f} s wall "
            f"{statistics.median(r['write_cpu'] for r in rs):.2f} s CPU (medians)"
        )
    return last


# --------------------------------------------------------------------------- the queries on both


class KuzuStore:
    """A read-only ``GraphStore`` over a Kùzu database: the Cypher text as given, only the parameters it names
    (Kùzu refuses a parameter the text does not use); nodes as property dicts without Kùzu's null columns."""

    def __init__(self, path: Path, dialect: bool = True) -> None:
        kuzu = kuzu_module()
        self.db = kuzu.Database(str(path), read_only=True)
        self.conn = kuzu.Connection(self.db)
        self.dialect = dialect  # the library's texts through queries/dialect.py (round 23)

    def run(
        self, cypher: str, params: Mapping[str, Any] | None = None, *, write: bool = False
    ) -> list[dict[str, Any]]:
        if self.dialect:
            from policykg.queries.dialect import to_ladybug

            cypher = to_ladybug(cypher)
        # a name the engine reserves is escaped in the text ($`all`: ALL is a keyword of LadybugDB's grammar), and
        # its Python API binds the escaped name as written
        used = set(re.findall(r"\$([A-Za-z_][A-Za-z0-9_]*)", cypher))
        quoted = set(re.findall(r"\$`([^`]+)`", cypher))
        args = {k: v for k, v in (params or {}).items() if k in used}
        args.update({f"`{k}`": v for k, v in (params or {}).items() if k in quoted})
        result: Any = self.conn.execute(cypher, args)
        cols = result.get_column_names()
        rows = []
        while result.has_next():
            rows.append({c: _plain_kuzu(v) for c, v in zip(cols, result.get_next(), strict=True)})
        return rows

    def close(self) -> None:
        self.conn.close()
        self.db.close()


def _plain_kuzu(v: Any) -> Any:
    if isinstance(v, dict) and "_label" in v and "_id" in v:
        props = {k: x for k, x in v.items() if not k.startswith("_") and x is not None}
        if "_src" in v:
            return {"_type": v["_label"], **props}
        return {"_labels": [v["_label"]], **props}
    if isinstance(v, list):
        return [_plain_kuzu(x) for x in v]
    if isinstance(v, dict):
        return {k: _plain_kuzu(x) for k, x in v.items()}
    return v


def compare_queries(
    arcade_db: Path,
    kuzu_db: Path,
    texts: Path | None = None,
    given_params: Path | None = None,
    dialect: bool = True,
) -> tuple[str, dict[str, Any]]:
    """Every named query's text (the library's, or those of another queries/ folder ``texts``) on both stores;
    returns a markdown table and the unit lookup's parameters."""
    from policykg.graph.store.embedded import EmbeddedStore, start_engine
    from policykg.queries import library

    sys.path.insert(0, str(HERE))
    from bench_queries import pick_params

    start_engine()
    arcade = EmbeddedStore(arcade_db, release_server=False)
    kz = KuzuStore(kuzu_db, dialect)
    picked = pick_params(arcade)
    if given_params is not None:  # names a user would type, per query (resolved on both stores below)
        picked.update(json.loads(given_params.read_text(encoding="utf-8")))
    by_kind = {
        "unit": picked["unit-profile"]["unit"],
        "industry": picked["industry-owners"]["industry"],
        "system": picked["system-coverage"]["system"],
        "document": picked["dependencies"]["node"],
        "node": picked["dependencies"]["node"],
    }
    lines = [
        "| query | ArcadeDB rows | Kùzu | rows equal | names resolved on Kùzu | Kùzu's error (first line) |",
        "|---|---|---|---|---|---|",
    ]
    tally: Counter[str] = Counter()
    for name, q in sorted(library.load_library(texts).items()):
        given = dict(picked.get(name, {}))
        for p in q.params:  # a required name the benchmark's picks lack: the same busiest unit / industry
            if p.required and p.name not in given:
                given[p.name] = by_kind.get(p.type, "人才")
        bound, _ = library.coerce_params(q, given, arcade)
        named = [p.name for p in q.params if p.type in library.NAME_KINDS and given.get(p.name) is not None]
        resolved = "-"
        if named:  # the name look-ups (queries/resolve.py's Cypher) on both, from a name a user would type
            words = dict(given)
            for n in named:
                words[n] = _name_of(arcade, str(given[n]))
            resolved = _resolve_both(q, words, named, arcade, kz)
        if q.page_key is not None:
            bound = dict(bound, limit=int(bound["limit"]) + 1)
        a_rows = library.canonical_rows(arcade.run(q.cypher, dict(bound)), q.ordered)
        try:
            k_rows = library.canonical_rows(kz.run(q.cypher, dict(bound)), q.ordered)
        except Exception as err:
            lines.append(f"| {name} | {len(a_rows)} | fails | - | {resolved} | `{_first(err)[:160]}` |")
            tally["fails"] += 1
            continue
        same = _same(engine_neutral(name, a_rows), engine_neutral(name, k_rows))
        tally["runs, same rows" if same else "runs, rows differ"] += 1
        lines.append(
            f"| {name} | {len(a_rows)} | {len(k_rows)} rows | {'yes' if same else 'no'} | {resolved} | |"
        )
    arcade.close()
    kz.close()
    lines.append("")
    lines.append(f"{sum(tally.values())} named queries: " + ", ".join(f"{v} {k}" for k, v in tally.items()))
    return "\n".join(lines), picked


def _resolve_both(q: Any, words: dict[str, Any], named: list[str], arcade: Any, kz: Any) -> str:
    """The same name resolved on both stores: the same IRIs, or the same refusal (an ambiguous name lists its
    candidates: the same list on both)."""
    from policykg.queries import library

    got: list[tuple[str, Any]] = []
    for store in (arcade, kz):
        try:
            bound, _ = library.coerce_params(q, words, store)
            got.append(("ok", [bound[n] for n in named]))
        except Exception as err:
            got.append(("error", _first(err)))
    (ka, va), (kk, vk) = got
    if (ka, va) == (kk, vk):
        return "same" if ka == "ok" else "same (ambiguous name: both list the same candidates)"
    if kk == "error":
        return f"fails: `{str(vk)[:80]}`"
    return "differ"


def _name_of(store: Any, iri: str) -> str:
    """What a user would type for the node ``iri``: its name (the busiest unit's, the industry's, ...)."""
    for label, key in (("Unit", "prefLabel"), ("Industry", "prefLabel"), ("IndustrySystem", "label")):
        rows = store.run(f"MATCH (n:{label} {{iri: $i}}) RETURN n.{key} AS x", {"i": iri})
        if rows and rows[0]["x"]:
            return str(rows[0]["x"])
    rows = store.run("MATCH (n:PolicyDocument {iri: $i}) RETURN n.title AS x", {"i": iri})
    return str(rows[0]["x"]) if rows and rows[0]["x"] else iri


def _first(err: BaseException) -> str:
    """The error's message up to the engine's caret line, on one line (a parser message quotes the text, which
    may span lines)."""
    text = str(err).strip() or type(err).__name__
    head = text.split('\n"', 1)[0].split("\n  ^", 1)[0]
    return " ".join(head.split()).replace("|", "\\|")


def _same(a: list[dict[str, Any]], b: list[dict[str, Any]]) -> bool:
    def norm(v: Any) -> Any:
        if isinstance(v, float) and v.is_integer():
            return int(v)
        if isinstance(v, list):
            return [norm(x) for x in v]
        if isinstance(v, dict):
            return {k: norm(x) for k, x in v.items() if k != "_labels"}
        return v

    return json.dumps(norm(a), sort_keys=True, default=str) == json.dumps(
        norm(b), sort_keys=True, default=str
    )


STARTUP_QUERY = (
    "MATCH (u:Unit {iri: $unit})<-[:RESPONSIBLE_UNIT]-(m:Measure)-[:IN_DOCUMENT]->(d:PolicyDocument) "
    "RETURN u.prefLabel AS unit, count(DISTINCT m) AS measures, count(DISTINCT d) AS documents"
)
STARTUP_CODE = {
    "arcadedb": (
        "import sys, json\n"
        "from policykg.graph.store.embedded import EmbeddedStore, start_engine\n"
        "start_engine()\n"
        "s = EmbeddedStore(sys.argv[1], release_server=False)\n"
        "print(json.dumps(s.run(sys.argv[2], {'unit': sys.argv[3]}), ensure_ascii=False))\n"
        "s.close()\n"
    ),
    "kuzu": (
        "import sys, json, importlib, os\n"
        f"kuzu = importlib.import_module(os.environ.get({ENGINE_ENV!r}, 'kuzu'))\n"
        "db = kuzu.Database(sys.argv[1], read_only=True); c = kuzu.Connection(db)\n"
        "print(json.dumps(c.execute(sys.argv[2], {'unit': sys.argv[3]}).get_all(), ensure_ascii=False))\n"
    ),
}


def startup(arcade_db: Path, kuzu_db: Path, unit: str, repeat: int) -> None:
    print(f"\n## One-shot start-up: a new process opens the store and answers one lookup, median of {repeat}")
    print(f"query: {STARTUP_QUERY}  (unit {unit})")
    dbs = {"arcadedb": arcade_db, "kuzu": kuzu_db}
    times: dict[str, list[tuple[float, float]]] = defaultdict(list)
    answers: dict[str, str] = {}
    for i in range(repeat + 1):
        for engine, code in STARTUP_CODE.items():
            cmd = [sys.executable, "-c", code, str(dbs[engine]), STARTUP_QUERY, unit]
            wall, cpu, out = _run_cpu(cmd, _env())
            answers[engine] = out.strip()
            if i:  # the first round untimed (page cache)
                times[engine].append((wall, cpu))
    bare = [_run_cpu([sys.executable, "-c", "pass"], _env()) for _ in range(repeat)]
    print("| engine | wall (median) | CPU (median) | answer |")
    print("|---|---|---|---|")
    for engine, ts in times.items():
        print(
            f"| {os.environ.get(ENGINE_ENV, 'kuzu') if engine == 'kuzu' else engine} | {statistics.median(t[0] for t in ts) * 1000:.0f} ms | "
            f"{statistics.median(t[1] for t in ts) * 1000:.0f} ms | {answers[engine][:80]} |"
        )
    print(
        f"| (python -c pass) | {statistics.median(b[0] for b in bare) * 1000:.0f} ms | "
        f"{statistics.median(b[1] for b in bare) * 1000:.0f} ms | |"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=500, help="documents (bench/synth.py)")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--startup-repeat", type=int, default=5)
    ap.add_argument("--work", type=Path, default=Path("/tmp/policykg-bench-engines"))
    ap.add_argument("--engine", help="the Kùzu-family module: kuzu (default), ladybug, real_ladybug")
    ap.add_argument(
        "--builds", action="store_true", help="also policykg build --no-store and default, in every round"
    )
    ap.add_argument("--skip-load", action="store_true", help="reuse the last round's stores under --work")
    ap.add_argument("--graph", type=Path, help="an existing build's graph.nt instead of the synth documents")
    ap.add_argument(
        "--fixture",
        action="store_true",
        help="only the named queries, on the query tests' fixture graph with the parity tests' parameters",
    )
    ap.add_argument(
        "--params", type=Path, help="a JSON file: query name -> parameters (names, as a user types)"
    )
    ap.add_argument(
        "--texts", type=Path, help="another queries/ folder: its texts compared instead of the library's"
    )
    ap.add_argument(
        "--no-dialect",
        action="store_true",
        help="run the texts on Kùzu/LadybugDB as given, not through queries/dialect.py (rounds 21-22)",
    )
    ap.add_argument("--child", choices=PATHS, help=argparse.SUPPRESS)
    ap.add_argument("--nt", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child_load(args.child, args.nt, args.db, args.n)
        return
    if args.engine:
        os.environ[ENGINE_ENV] = args.engine
    kuzu = kuzu_module()
    print(
        f"{kuzu.__name__} {kuzu.__version__}; load average {os.getloadavg()}; {time.strftime('%Y-%m-%d %H:%M:%S UTC', time.gmtime())}"
    )
    args.work.mkdir(parents=True, exist_ok=True)
    if args.fixture:
        arcade, kz = load_fixture_both(args.work)
        print("\n## Every named query on the query tests' fixture graph (parity tests' parameters)")
        print(
            compare_queries(
                arcade,
                kz,
                args.texts,
                args.params or HERE / "engines" / "parity-params.json",
                not args.no_dialect,
            )[0]
        )
        return
    nt = args.graph or ensure_graph(args.n, args.work)
    nodes, rels, notes = derive_schema()
    print(
        f"schema from the ontology: {len(nodes)} node tables, {len(rels)} relationship types; open: {len(notes)}"
    )
    for note in notes:
        print(f"  {note}")
    if args.skip_load:
        last = {p: args.work / f"{p}-{args.rounds}" for p in PATHS}
    else:
        corpus = HERE / "corpus" / str(args.n) if args.builds else None
        last = rounds(nt, args.work, args.n, args.rounds, corpus)
    print(
        f"\n## Every named query, one text ({args.texts or 'the library'}), on both stores (the last round's)"
    )
    table, picked = compare_queries(
        last["arcadedb"], last["kuzu-copy"], args.texts, args.params, not args.no_dialect
    )
    print(table)
    startup(last["arcadedb"], last["kuzu-copy"], picked["unit-profile"]["unit"], args.startup_repeat)
    print(f"\nload average at the end {os.getloadavg()}")


if __name__ == "__main__":
    main()
