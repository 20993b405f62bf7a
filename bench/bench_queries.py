"""Median latency of every named query on the embedded store of a build folder, and the CLI's start-up time.

    python bench/bench_queries.py out/ --repeat 15
    python bench/bench_queries.py out/ --one-shot --ladybug out-ladybug/   # both engines, the same rounds

Parameters for the queries that need a name are picked from the graph itself (the busiest unit, the industry
with the most measures, the first system, a document), so the benchmark runs on any build. Goals (issue 4):
< 50 ms for lookups of one unit or industry (``kind: lookup``), < 500 ms for whole-graph reports. Listings
(``// page:``) are timed on their first page, shown as "100+" rows when more pages follow.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

GOAL_MS = {"lookup": 50.0, "report": 500.0}


def pick_params(store: Any) -> dict[str, dict[str, Any]]:
    def first(cypher: str) -> Any:
        rows = store.run(cypher, {})
        return next(iter(rows[0].values())) if rows else None

    unit = first(
        "MATCH (u:Unit)<-[:RESPONSIBLE_UNIT]-(m:Measure) RETURN u.iri AS x, count(m) AS n ORDER BY n DESC LIMIT 1"
    )
    industry = first(
        "MATCH (i:Industry)<-[:CONCERNS_INDUSTRY]-(m:Measure) RETURN i.iri AS x, count(m) AS n ORDER BY n DESC LIMIT 1"
    )
    system = first(  # the system with the most members: the largest coverage table
        "MATCH (s:IndustrySystem)-[:HAS_MEMBER|HAS_CATEGORY*1..2]->(i:Industry) "
        "RETURN s.iri AS x, count(DISTINCT i) AS n ORDER BY n DESC, x LIMIT 1"
    )
    document = first("MATCH (d:PolicyDocument)<-[:IN_DOCUMENT]-(:Measure) RETURN d.iri AS x LIMIT 1")
    word = "人才"
    return {
        "industry-owners": {"industry": industry},
        "class-owners": {"industry": industry},
        "industry-documents": {"industry": industry},
        "unit-profile": {"unit": unit},
        "system-coverage": {"system": system},
        "dependencies": {"node": document, "depth": 2},
        "path": {"source": unit, "target": industry},
        "search": {"text": word, "limit": 50},
        "targets": {"keyword": "高技能"},
        "unit-industries": {"unit": None},
        "tasks": {},
    }


def median_ms(fn: Any, repeat: int) -> float:
    fn()  # warm-up: JIT and caches, not what a planner waits for on the second question
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def cli_startup_ms(repeat: int, build_dir: Path) -> tuple[float, float, float]:
    """Median wall times of ``policykg --help`` (Python + CLI import), of starting the store engine as the CLI
    does (its JVM, from the engine's start-up cache when there is one) and of a whole one-shot command
    (``policykg unit-workload``-style: start, open the store, answer, exit), as a planner runs it."""
    exe = [sys.executable, "-m", "policykg.cli", "--help"]
    help_ms = median_ms(lambda: subprocess.run(exe, capture_output=True, check=True), max(3, repeat // 3))
    code = "from policykg.graph.store.embedded import start_engine; start_engine(); import os; os._exit(0)"
    jvm_ms = median_ms(
        lambda: subprocess.run([sys.executable, "-c", code], capture_output=True, check=True), 3
    )
    one_shot = [
        sys.executable,
        "-m",
        "policykg.cli",
        "query",
        "unit-workload",
        "-d",
        str(build_dir),
        "--format",
        "json",
    ]
    shot_ms = median_ms(lambda: subprocess.run(one_shot, capture_output=True, check=True), 3)
    return help_ms, jvm_ms, shot_ms


def one_shot_ms(
    build_dir: Path,
    params: dict[str, dict[str, Any]],
    repeat: int,
    baseline: tuple[Path, Path] | None = None,
    ladybug: Path | None = None,
) -> None:
    """The issue's one-question bar, each command as a planner runs it (a new process each time), through the
    store server (the default: started by the first command, then reused) and with it turned off
    (``POLICYKG_STORE_SERVER=0``: the engine starts in every command, the old path), interleaved, beside
    ``policykg --help``; medians of ``repeat`` after one untimed run of each, wall time and the CPU time of the
    command's own process (which a loaded machine moves far less). ``baseline`` (another installation's
    ``policykg`` and a build folder it made): the same commands through it, served, in the same rounds.
    ``ladybug`` (a build folder of the same documents with ``--engine ladybug``): the same commands on it, in the
    same rounds, served (by the LadybugDB store server, round 24) and in-process."""
    import os
    import statistics

    from policykg.queries import library

    store = library.open_store("embedded", build_dir)
    system = store.run(
        "MATCH (s:IndustrySystem {iri: $i}) RETURN coalesce(s.code, s.label) AS x",
        {"i": params["system-coverage"]["system"]},
    )
    unit = store.run(
        "MATCH (u:Unit {iri: $i}) RETURN u.prefLabel AS x", {"i": params["unit-profile"]["unit"]}
    )
    industry = store.run(
        "MATCH (n:Industry {iri: $i}) RETURN n.prefLabel AS x", {"i": params["industry-owners"]["industry"]}
    )
    store.close()
    exe = str(Path(sys.executable).with_name("policykg"))
    d = ["-d", str(build_dir)]
    commands = {
        "--help": [exe, "--help"],
        # names as IRIs: at 10,000 documents a name is shared by units (systems) of several cities
        f"unit {unit[0]['x']} (IRI)": [exe, "unit", params["unit-profile"]["unit"], *d],
        f"industry {industry[0]['x']} (IRI)": [exe, "industry", params["industry-owners"]["industry"], *d],
        f"gaps {system[0]['x']} (IRI)": [exe, "gaps", params["system-coverage"]["system"], *d],
        "query unit-workload": [exe, "query", "unit-workload", *d],
    }
    if baseline is not None:
        old_exe, old_dir = str(baseline[0]), str(baseline[1])
        for name, cmd in list(commands.items()):
            args = [old_dir if a == str(build_dir) else a for a in cmd[1:]]
            commands[f"old: {name}"] = [old_exe, *args]
    if ladybug is not None:
        for name, cmd in list(commands.items()):
            if not name.startswith(("--help", "old: ")):
                commands[f"ladybug: {name}"] = [ladybug.as_posix() if a == str(build_dir) else a for a in cmd]
    # with a bytecode cache, as an installed package runs (bench_build.py does the same): where
    # PYTHONDONTWRITEBYTECODE is set, every command would otherwise compile policykg's modules again
    import tempfile

    base = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    base.setdefault("PYTHONPYCACHEPREFIX", str(Path(tempfile.gettempdir()) / "policykg-bench-pycache"))
    on = dict(base, POLICYKG_STORE_SERVER="1")
    off = dict(base, POLICYKG_STORE_SERVER="0")
    times: dict[tuple[str, str], list[float]] = {}
    cpus: dict[tuple[str, str], list[float]] = {}
    for r in range(repeat + 1):
        for name, cmd in commands.items():
            for mode, env in (("server", on), ("in-process", off)):
                if mode == "in-process" and (name.endswith("--help") or name.startswith("old: ")):
                    continue
                t = time.perf_counter()
                before = _children_cpu()
                done = subprocess.run(cmd, env=env, capture_output=True, check=False)
                if done.returncode:
                    err = done.stderr.decode(errors="replace").strip()[-300:]
                    if not r:  # said once, not every round
                        print(f"  {name} ({mode}) failed with exit code {done.returncode}: {err}", flush=True)
                    continue
                if r:  # the first round starts the server and fills the caches: not timed
                    times.setdefault((name, mode), []).append((time.perf_counter() - t) * 1000)
                    cpus.setdefault((name, mode), []).append((_children_cpu() - before) * 1000)
    # CPU: the command's own process (user + system), not the store server's side of a served question;
    # on a loaded machine it moves far less than the wall time
    print(f"{'one-shot command':<40}{'server ms':>10}{'(CPU ms)':>10}{'in-process ms':>15}{'(CPU ms)':>10}")
    for name in commands:
        if (name, "server") not in times and (name, "in-process") not in times:
            continue
        served, served_cpu = times.get((name, "server")), cpus.get((name, "server"))
        srv = f"{statistics.median(served):.0f}" if served else "-"
        srv_cpu = f"{statistics.median(served_cpu):.0f}" if served_cpu else "-"
        old = times.get((name, "in-process"))
        old_cpu = cpus.get((name, "in-process"))
        print(
            f"{name:<40}{srv:>10}{srv_cpu:>10}"
            f"{(f'{statistics.median(old):.0f}' if old else '-'):>15}"
            f"{(f'{statistics.median(old_cpu):.0f}' if old_cpu else '-'):>10}"
        )


def side_by_side(store: Any, params: dict[str, dict[str, Any]], texts: Path, repeat: int) -> None:
    """Every named query timed in its text here and in the text of the same name in ``texts`` (another
    version's queries/ folder), interleaved in the same rounds on the same store; rows compared. Wall time
    (median and fastest) and the calling thread's CPU time (the embedded engine runs the query in it), which a
    loaded machine moves far less: the change is of the CPU medians."""
    from policykg.queries import library

    other = library.load_library(texts)
    print(
        f"{'query':<22}{'rows':>7}{'other ms':>10}{'(min)':>8}{'(CPU)':>8}{'this ms':>10}{'(min)':>8}{'(CPU)':>8}"
        f"{'change':>8}  same rows"
    )
    for name in library.load_library():
        p = {k: v for k, v in params.get(name, {}).items() if v is not None}
        runs = {
            "other": lambda n=name, pp=p: library.run_named(store, n, pp, directory=texts),
            "this": lambda n=name, pp=p: library.run_named(store, n, pp),
        }
        if name not in other:
            runs.pop("other")
        try:
            got = {k: fn() for k, fn in runs.items()}
        except Exception as err:  # report and go on: one broken query must not hide the others' numbers
            print(f"{name:<22}  failed: {err}")
            continue
        wall: dict[str, list[float]] = {k: [] for k in runs}
        cpu: dict[str, list[float]] = {k: [] for k in runs}
        for _ in range(repeat):
            for k, fn in runs.items():
                t, c = time.perf_counter(), time.thread_time()
                fn()
                cpu[k].append((time.thread_time() - c) * 1000)
                wall[k].append((time.perf_counter() - t) * 1000)
        cols = {
            k: f"{statistics.median(wall[k]):>10.1f}{min(wall[k]):>8.1f}{statistics.median(cpu[k]):>8.1f}"
            for k in runs
        }
        rows = f"{len(got['this'].rows)}{'+' if got['this'].next_after else ''}"
        if "other" not in runs:
            print(f"{name:<22}{rows:>7}{'-':>10}{'-':>8}{'-':>8}{cols['this']}")
            continue
        same = got["other"].rows == got["this"].rows
        base, now = statistics.median(cpu["other"]), statistics.median(cpu["this"])
        change = (now / base - 1) * 100 if base else 0.0
        print(f"{name:<22}{rows:>7}{cols['other']}{cols['this']}{change:>+7.0f}%  {'yes' if same else 'NO'}")


def _children_cpu() -> float:
    """CPU seconds (user + system) of every child process waited for so far."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("build_dir", type=Path, help="a build folder holding store/")
    ap.add_argument("--repeat", type=int, default=15)
    ap.add_argument("--no-cli", action="store_true", help="skip the CLI start-up measurement")
    ap.add_argument(
        "--one-shot", action="store_true", help="only the one-shot commands, server against in-process"
    )
    ap.add_argument(
        "--baseline",
        nargs=2,
        type=Path,
        metavar=("EXE", "DIR"),
        help="with --one-shot: another installation's policykg and a build folder it made, in the same rounds",
    )
    ap.add_argument(
        "--ladybug",
        type=Path,
        metavar="DIR",
        help="with --one-shot: a build folder of the same documents made with --engine ladybug, in the same rounds",
    )
    ap.add_argument(
        "--texts",
        type=Path,
        help="another version's queries/ folder: each named query timed in both texts side by side, rows compared",
    )
    args = ap.parse_args()

    from policykg.graph.store import server
    from policykg.queries import library

    if args.texts is not None:
        # the calling thread's CPU is the query's only when the engine runs in this process: through a store
        # server (graph/store/server.py, started by the first open) every text cost ~1 ms here (round 22, r22k2)
        os.environ[server.ENABLE_ENV] = "0"
    t = time.perf_counter()
    store = library.open_store("embedded", args.build_dir)
    open_ms = (time.perf_counter() - t) * 1000
    counts = store.run("MATCH (m:Measure) RETURN count(m) AS measures", {})[0]
    print(f"store {args.build_dir}/store: opened in {open_ms:.0f} ms; {counts['measures']} measures")
    params = pick_params(store)
    if args.one_shot:
        store.close()
        one_shot_ms(args.build_dir, params, args.repeat, args.baseline, args.ladybug)
        return
    if args.texts is not None:
        side_by_side(store, params, args.texts, args.repeat)
        store.close()
        return
    print(f"{'query':<22}{'kind':<8}{'rows':>7}{'median ms':>12}{'goal ms':>9}  ok")
    for name, q in library.load_library().items():
        p = {k: v for k, v in params.get(name, {}).items() if v is not None}
        try:
            first = library.run_named(store, name, p)
            rows = f"{len(first.rows)}{'+' if first.next_after else ''}"  # "100+": one page of a listing
            ms = median_ms(lambda n=name, pp=p: library.run_named(store, n, pp), args.repeat)
        except Exception as err:  # report and go on: one broken query must not hide the others' numbers
            print(f"{name:<22}{q.kind:<8}  failed: {err}")
            continue
        goal = GOAL_MS[q.kind]
        print(f"{name:<22}{q.kind:<8}{rows:>7}{ms:>12.1f}{goal:>9.0f}  {'yes' if ms < goal else 'NO'}")
    store.close()
    if not args.no_cli:
        help_ms, jvm_ms, shot_ms = cli_startup_ms(args.repeat, args.build_dir)
        print(
            f"CLI start-up (policykg --help): {help_ms:.0f} ms; embedded engine (JVM) start: {jvm_ms:.0f} ms; "
            f"a whole one-shot command (policykg query unit-workload): {shot_ms:.0f} ms"
        )


if __name__ == "__main__":
    main()
