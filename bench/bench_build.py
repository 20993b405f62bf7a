"""Benchmark `policykg build` on synthetic corpora: documents/s, triples/s, peak RSS (whole process tree).

    python bench/bench_build.py --sizes 100 1000 10000 [--store] [--engine ladybug] [--incremental] [--repeat N]
    python bench/bench_build.py --sizes 500 --pairs 3 --ladybug    # the issue's ratio, both engines, one run
    python bench/bench_build.py --sizes 1000 --pairs 3 --plain     # after `make compiled`: compiled and plain

Each size is generated once under bench/corpus/<N> (deterministic), then built into a fresh folder with the CLI,
as a user would run it. Peak RSS is sampled every 50 ms over the CLI process and all its children (the process
pool), summed. With --incremental, one file is then changed and the build re-run (``--repeat`` times, each
time another file), then one file is added (a copy of another under a new name), and each rebuild's ratio to
the full build is printed (before each measured rebuild, ``os.sync()`` lets the previous build's writes reach
the disk, as they would while a user edits a file; a rebuild's own fsync is measured). With --store, the embedded engine's start-up cache is made first (as the first
build on a machine starts it in the background), so no measured run competes with its making. The CLI runs with Python's bytecode cache
enabled (under a temporary PYTHONPYCACHEPREFIX) even where PYTHONDONTWRITEBYTECODE is set, as for an
installed package: otherwise every run recompiles policykg's modules, which would be measured as build time.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from synth import generate  # noqa: E402


def _tree_rss(proc: object) -> int:
    import psutil

    try:
        p = psutil.Process(proc.pid)  # type: ignore[attr-defined]
        total = p.memory_info().rss
        for child in p.children(recursive=True):
            try:
                total += child.memory_info().rss
            except psutil.Error:
                pass
        return int(total)
    except psutil.Error:
        return 0


def run_build(
    corpus: Path,
    out: Path,
    *,
    store: bool,
    extra: list[str] | None = None,
    exe: Path | None = None,
    path: Path | None = None,
) -> tuple[float, int, dict]:
    """``path``: a folder put first on PYTHONPATH (the plain copy of ``_plain_copy``)."""
    exe = exe or Path(sys.executable).with_name("policykg")
    cmd = [str(exe), "build", str(corpus), "--out", str(out), "--quiet"]
    if not store:
        cmd.append("--no-store")
    cmd += extra or []
    # POLICYKG_ENGINE left out: each build's engine is the one its command line names (ArcadeDB by default)
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "POLICYKG_ENGINE")}
    env.setdefault("PYTHONPYCACHEPREFIX", str(Path(tempfile.gettempdir()) / "policykg-bench-pycache"))
    if path is not None:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(path), env.get("PYTHONPATH")]))
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env)
    peak = 0
    while True:
        # wait4: the CPU time of the build and of every process it waited for (pool, store workers, JVMs)
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        peak = max(peak, _tree_rss(proc))
        time.sleep(0.05)
    seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"build failed with exit code {proc.returncode}")
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    report["_cpu_seconds"] = usage.ru_utime + usage.ru_stime
    return seconds, peak, report


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000])
    parser.add_argument("--store", action="store_true", help="also load the embedded store")
    parser.add_argument(
        "--engine",
        choices=("arcadedb", "ladybug"),
        help="with --store: the store's engine (policykg build --engine)",
    )
    parser.add_argument(
        "--ladybug",
        action="store_true",
        help="with --pairs: also the build with --engine ladybug (needs policykg[ladybug]) in the same rounds",
    )
    parser.add_argument("--incremental", action="store_true", help="then change one file and rebuild")
    parser.add_argument("--repeat", type=int, default=1, help="incremental rebuilds, one changed file each")
    parser.add_argument(
        "--pairs",
        type=int,
        default=0,
        help="instead: N rounds of --no-store and default builds of each size, interleaved; medians and ratio",
    )
    parser.add_argument(
        "--plain",
        action="store_true",
        help="with --pairs: also build with the plain modules of this tree (a copy of its sources without "
        "the compiled extraction modules of `make compiled`), in the same rounds",
    )
    parser.add_argument(
        "--baseline",
        type=Path,
        help="with --pairs: another installation's policykg executable (the old path), built in the same rounds",
    )
    args = parser.parse_args()
    if args.pairs:
        compare(args.sizes, args.pairs, args.baseline, ladybug=args.ladybug, plain=args.plain)
        return
    engine = ["--engine", args.engine] if args.store and args.engine else []
    if args.store and args.engine == "arcadedb":  # LadybugDB, the default since round 24, needs no JVM cache
        from policykg.graph.store import engine_cache

        t = time.perf_counter()
        made = engine_cache.prepare()
        print(
            f"engine start-up cache: {made or 'not available'} ({time.perf_counter() - t:.1f} s)", flush=True
        )
    print(
        f"{'docs':>7} {'seconds':>8} {'docs/s':>8} {'triples':>9} {'triples/s':>10} {'peak RSS MB':>11} store"
    )
    for n in args.sizes:
        corpus = HERE / "corpus" / str(n)
        if not corpus.is_dir() or len(list(corpus.glob("*.txt"))) != n:
            shutil.rmtree(corpus, ignore_errors=True)
            generate(n, corpus)
        out = HERE / "out" / f"build-{n}"
        shutil.rmtree(out, ignore_errors=True)
        seconds, peak, report = run_build(corpus, out, store=args.store, extra=engine)
        docs = report["documents"]
        triples = report["triples"]
        print(
            f"{docs:>7} {seconds:>8.2f} {docs / seconds:>8.1f} {triples:>9} {triples / seconds:>10.0f} "
            f"{peak / 2**20:>11.0f} {'yes' if args.store else 'no'} ({report['_cpu_seconds']:.1f} CPU s)",
            flush=True,
        )
        if args.incremental:
            files = sorted(corpus.glob("*.txt"))
            originals: dict[Path, str] = {}
            for r in range(args.repeat):
                # Changes accumulate (restored at the end), so each rebuild sees exactly one changed file.
                victim = files[(n // 2 + r) % n]
                original = originals.setdefault(victim, victim.read_text(encoding="utf-8"))
                victim.write_text(original.replace("以上", "以上。", 1) + f"\n({r})\n", encoding="utf-8")
                os.sync()  # the previous build's writes reach the disk first, as they would while a user edits
                try:
                    inc, _, rep2 = run_build(corpus, out, store=args.store, extra=engine)
                except BaseException:
                    for path, text in originals.items():
                        path.write_text(text, encoding="utf-8")
                    raise
                store_note = ""
                if args.store and rep2.get("store"):
                    st = rep2["store"]
                    store_note = (
                        f"; store: {st.get('nodes_written', 0)} nodes and {st.get('relationships_written', 0)} "
                        f"relationships written, {st.get('nodes_deleted', 0)} nodes deleted"
                    )
                print(
                    f"        incremental rebuild after changing 1 of {n}: {inc:.2f} s = "
                    f"{100 * inc / seconds:.1f} % of the full build, {rep2['_cpu_seconds']:.1f} CPU s "
                    f"({rep2['cached']} documents from cache{store_note})",
                    flush=True,
                )
            for path, text in originals.items():
                path.write_text(text, encoding="utf-8")
            run_build(
                corpus, out, store=args.store, extra=engine
            )  # back to the full build's inputs (not measured)
            # A new document: its units, industries and systems join the shared block, which is merged again
            # (with the build's summaries) from every document's contributions.
            added = corpus / "zz_added_for_bench.txt"
            added.write_text(
                files[n // 3].read_text(encoding="utf-8").replace("以上", "以上。", 1), encoding="utf-8"
            )
            os.sync()
            try:
                inc, _, rep2 = run_build(corpus, out, store=args.store, extra=engine)
            finally:
                added.unlink()
            print(
                f"        incremental rebuild after adding 1 file to {n}: {inc:.2f} s = "
                f"{100 * inc / seconds:.1f} % of the full build, {rep2['_cpu_seconds']:.1f} CPU s "
                f"({rep2['cached']} documents from cache; "
                "the shared block and summaries merged again)",
                flush=True,
            )


def _corpus(n: int) -> Path:
    corpus = HERE / "corpus" / str(n)
    if not corpus.is_dir() or len(list(corpus.glob("*.txt"))) != n:
        shutil.rmtree(corpus, ignore_errors=True)
        generate(n, corpus)
    return corpus


def _plain_copy(dest: Path) -> Path:
    """This tree's sources as the ``policykg`` package under ``dest``, without compiled modules: put first on
    PYTHONPATH, the build runs them as plain Python (the same rules; bench/README.md, Round 27)."""
    import policykg

    root = Path(policykg.__file__).resolve().parent
    skip = shutil.ignore_patterns("*.so", ".venv", ".git", "build", "corpus", "out", "tests", "__pycache__")
    shutil.copytree(root, dest / "policykg", ignore=skip)
    return dest


def compare(
    sizes: list[int], rounds: int, baseline: Path | None, *, ladybug: bool = False, plain: bool = False
) -> None:
    """The issue's bar: the default build (embedded store) against ``--no-store`` on the same documents, in
    the same rounds (this machine is shared: only figures measured side by side compare). Each round builds
    into fresh folders; the order within a round rotates. ``ladybug``: also the build with the LadybugDB store."""
    import statistics

    from policykg.graph.store import engine_cache

    engine_cache.prepare()
    from policykg.loaders.extract import COMPILED

    kinds: list[tuple[str, bool, Path | None, list[str], Path | None]] = [
        ("no-store", False, None, [], None),
        ("default", True, None, [], None),
    ]
    if ladybug:
        kinds.append(("ladybug", True, None, ["--engine", "ladybug"], None))
    if baseline is not None:
        kinds += [("old no-store", False, baseline, [], None), ("old default", True, baseline, [], None)]
    if plain:
        print(f"this tree's extraction modules: {'compiled' if COMPILED else 'plain (make compiled first)'}")
        copy = _plain_copy(Path(tempfile.mkdtemp(prefix="policykg-plain-")))
        kinds += [("plain no-store", False, None, [], copy), ("plain default", True, None, [], copy)]
    for n in sizes:
        corpus = _corpus(n)
        times: dict[str, list[float]] = {k: [] for k, *_ in kinds}
        peaks: dict[str, int] = dict.fromkeys(times, 0)
        cpus: dict[str, list[float]] = {k: [] for k in times}
        for r in range(rounds):
            for name, store, exe, extra, path in kinds[r % len(kinds) :] + kinds[: r % len(kinds)]:
                out = HERE / "out" / f"pair-{n}-{name.replace(' ', '-')}"
                shutil.rmtree(out, ignore_errors=True)
                seconds, peak, report = run_build(corpus, out, store=store, exe=exe, extra=extra, path=path)
                times[name].append(seconds)
                cpus[name].append(report["_cpu_seconds"])
                peaks[name] = max(peaks[name], peak)
        med = {k: statistics.median(v) for k, v in times.items()}
        cpu = {k: statistics.median(v) for k, v in cpus.items()}
        load = os.getloadavg()[0]
        print(f"{n} documents, {rounds} rounds (median s, min-max, peak RSS MB, CPU s of the process tree):")
        for name in times:
            print(
                f"  {name:<15}{med[name]:>8.2f}  {min(times[name]):.2f}-{max(times[name]):.2f}"
                f"  {n / med[name]:>7.1f} docs/s  {peaks[name] / 2**20:>6.0f} MB  {cpu[name]:>6.1f} CPU s"
            )
        print(
            f"  ratio default / no-store: {med['default'] / med['no-store']:.2f} wall, "
            f"{cpu['default'] / cpu['no-store']:.2f} CPU (load average at the end: {load:.1f})"
        )
        if ladybug:
            print(
                f"  ratio ladybug / no-store: {med['ladybug'] / med['no-store']:.2f} wall, "
                f"{cpu['ladybug'] / cpu['no-store']:.2f} CPU; ladybug / default: "
                f"{med['ladybug'] / med['default']:.2f} wall, {cpu['ladybug'] / cpu['default']:.2f} CPU"
            )
        if plain:
            print(
                f"  ratio no-store / plain no-store: {med['no-store'] / med['plain no-store']:.2f} wall, "
                f"{cpu['no-store'] / cpu['plain no-store']:.2f} CPU; default / plain default: "
                f"{med['default'] / med['plain default']:.2f} wall, {cpu['default'] / cpu['plain default']:.2f} CPU"
            )
        if baseline is not None:
            print(
                f"  ratio old default / old no-store: {med['old default'] / med['old no-store']:.2f} wall, "
                f"{cpu['old default'] / cpu['old no-store']:.2f} CPU"
            )
    if plain:
        shutil.rmtree(copy)


if __name__ == "__main__":
    main()
