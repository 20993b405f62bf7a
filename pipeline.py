"""The build stage runner: inputs -> load -> extract -> RDF -> files (+ embedded store).

``build()`` returns a ``BuildInfo`` with counts and per-file problems; the CLI prints it. Outputs in OUT:

* ``graph.ttl`` and ``graph.nt`` — the RDF graph (written atomically, never half-written);
* ``report.json`` — counts, skips with reasons, per-file encoding/script/warnings/problems;
* ``text/<doc_id>.txt`` — the exact text every offset refers to, so any quote can be checked later;
* ``store/`` — the embedded graph store (unless ``load_store=False``);
* ``.cache/`` — the incremental cache: one entry per input file, keyed by its content hash, its name and the
  extractor's fingerprint (code + lexicon data), so an unchanged file is never extracted twice.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import pickle
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict
from functools import lru_cache
from pathlib import Path
from typing import Any

from policykg import __version__
from policykg.errors import GraphBuildError, LoadError, PolicyKGError, StoreError, UsageError
from policykg.fsutil import atomic_write_bytes, atomic_write_text
from policykg.models import BuildInfo, ParsedDocument, Skip

log = logging.getLogger(__name__)

DEFAULT_BASE_IRI = "https://w3id.org/policykg/id/"
MAX_NOTES_SHOWN = 12
PARALLEL_THRESHOLD = 16  # below this many files to extract, a process pool costs more than it saves


# --------------------------------------------------------------------------- cache


@lru_cache(maxsize=1)
def extractor_fingerprint() -> str:
    """Hash of the extraction code and its data files: a change to either invalidates the cache."""
    here = Path(__file__).resolve().parent
    digest = hashlib.sha256(__version__.encode())
    for sub in ("loaders", "loaders/data"):
        folder = here / sub
        if not folder.is_dir():
            continue
        for path in sorted(folder.iterdir()):
            if path.suffix in {".py", ".toml"} and path.is_file():
                digest.update(path.name.encode())
                digest.update(path.read_bytes())
    for name in ("models.py",):
        digest.update((here / name).read_bytes())
    return digest.hexdigest()[:16]


class _Cache:
    def __init__(self, folder: Path, *, enabled: bool) -> None:
        self.folder = folder
        self.enabled = enabled
        self.used: set[str] = set()

    def key(self, path: Path, data_hash: str) -> str:
        raw = f"{data_hash}|{path.name}|{extractor_fingerprint()}"
        return hashlib.sha256(raw.encode()).hexdigest()[:32]

    def get(self, key: str) -> ParsedDocument | None:
        if not self.enabled:
            return None
        entry = self.folder / f"{key}.pickle"
        try:
            with entry.open("rb") as fh:
                doc = pickle.load(fh)
        except FileNotFoundError:
            return None
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError) as err:
            log.warning("ignoring unreadable cache entry %s: %s", entry, err)
            return None
        self.used.add(key)
        return doc if isinstance(doc, ParsedDocument) else None

    def put(self, key: str, doc: ParsedDocument) -> None:
        self.used.add(key)
        atomic_write_bytes(self.folder / f"{key}.pickle", pickle.dumps(doc, protocol=pickle.HIGHEST_PROTOCOL))

    def prune(self) -> None:
        """Forget entries of files that are gone or changed, so the cache never grows without bound."""
        if not self.folder.is_dir():
            return
        for entry in self.folder.glob("*.pickle"):
            if entry.stem not in self.used:
                entry.unlink(missing_ok=True)


# --------------------------------------------------------------------------- per-file work


def _extract_one(path: Path, max_bytes: int) -> ParsedDocument:
    from policykg.loaders.base import load
    from policykg.loaders.extract import extract

    return extract(load(path, max_bytes=max_bytes))


def _extract_safe(args: tuple[Path, int]) -> tuple[ParsedDocument | None, str | None]:
    """Worker entry point: a PolicyKGError becomes a skip reason; anything else is a bug and propagates."""
    path, max_bytes = args
    try:
        return _extract_one(path, max_bytes), None
    except PolicyKGError as err:
        problem = err.problem if isinstance(err, LoadError) else str(err)
        return None, problem


def _file_hash(path: Path, max_bytes: int) -> str | None:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return None  # let the loader produce the proper "too large" message
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


# --------------------------------------------------------------------------- build


def build(
    paths: Sequence[Path],
    out: Path,
    *,
    load_store: bool = True,
    force: bool = False,
    base_iri: str = DEFAULT_BASE_IRI,
    progress: bool = False,
    max_bytes: int | None = None,
    jobs: int | None = None,
    on_progress: Callable[[str], None] | None = None,
) -> BuildInfo:
    """Build the graph of every document under ``paths`` into ``out``; see the module docstring."""
    from policykg.loaders.base import DEFAULT_MAX_BYTES, iter_inputs

    started = time.perf_counter()
    max_bytes = max_bytes or DEFAULT_MAX_BYTES
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise UsageError(f"{out}: exists and is not a folder; choose another --out")
    files, skips = iter_inputs(list(paths))
    info = BuildInfo(out_dir=str(out), skipped=list(skips))
    cache = _Cache(out / ".cache", enabled=not force)

    docs: dict[Path, ParsedDocument] = {}
    todo: list[tuple[Path, str | None]] = []
    for path in files:
        digest = _file_hash(path, max_bytes)
        hit = cache.get(cache.key(path, digest)) if digest else None
        if hit is not None:
            docs[path] = hit
            info.cached += 1
        else:
            todo.append((path, digest))

    bar = _Progress(len(todo), enabled=progress)
    try:
        results = _run_extraction([p for p, _ in todo], max_bytes, jobs, bar, on_progress)
    finally:
        bar.close()
    for (path, digest), (doc, problem) in zip(todo, results, strict=True):
        if doc is None:
            info.skipped.append(Skip(str(path), problem or "unknown problem"))
            continue
        docs[path] = doc
        if digest:
            cache.put(cache.key(path, digest), doc)

    ordered = [docs[p] for p in files if p in docs]
    ordered = _dedupe_doc_ids(ordered, info)
    info.documents = len(ordered)
    for doc in ordered:
        info.per_file.append(_file_entry(doc))
    if not ordered:
        info.seconds = time.perf_counter() - started
        return info  # nothing written: no empty or partial graph replaces a good one

    from policykg.graph.rdf import build_graph, write_graph

    try:
        graph, ginfo = build_graph(ordered, base_iri=base_iri)
    except PolicyKGError:
        raise
    except (ValueError, TypeError, KeyError) as err:  # a bug in a builder rule: name it, keep the traceback in the log
        log.exception("graph build failed")
        raise GraphBuildError(f"building the RDF graph failed: {err}") from err
    info.triples = len(graph)
    info.sections = ginfo.sections
    info.measures = ginfo.measures
    info.units = ginfo.units
    info.targets = ginfo.targets
    info.industries = ginfo.industries
    info.systems = ginfo.systems

    out.mkdir(parents=True, exist_ok=True)
    _write_texts(out, ordered)
    write_graph(graph, out)
    cache.prune()

    if load_store:
        info.store = _load_store(out, graph)
    info.seconds = time.perf_counter() - started
    write_report(info, out)
    return info


def _run_extraction(
    paths: list[Path],
    max_bytes: int,
    jobs: int | None,
    bar: _Progress,
    on_progress: Callable[[str], None] | None,
) -> list[tuple[ParsedDocument | None, str | None]]:
    jobs = jobs if jobs is not None else (os.cpu_count() or 1)
    args = [(p, max_bytes) for p in paths]
    results: list[tuple[ParsedDocument | None, str | None]] = []
    if jobs > 1 and len(paths) >= PARALLEL_THRESHOLD:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            for path, result in zip(paths, pool.map(_extract_safe, args, chunksize=8), strict=True):
                results.append(result)
                bar.advance(path.name)
                if on_progress:
                    on_progress(path.name)
    else:
        for arg in args:
            results.append(_extract_safe(arg))
            bar.advance(arg[0].name)
            if on_progress:
                on_progress(arg[0].name)
    return results


def _dedupe_doc_ids(docs: list[ParsedDocument], info: BuildInfo) -> list[ParsedDocument]:
    """Two inputs with the same document id (the same file name in two folders) would merge; keep the first."""
    seen: dict[str, str] = {}
    kept = []
    for doc in docs:
        if doc.doc_id in seen:
            info.skipped.append(
                Skip(str(doc.source.path), f"same document id '{doc.doc_id}' as {seen[doc.doc_id]}; rename one of them")
            )
            continue
        seen[doc.doc_id] = str(doc.source.path)
        kept.append(doc)
    return kept


def _write_texts(out: Path, docs: list[ParsedDocument]) -> None:
    folder = out / "text"
    folder.mkdir(parents=True, exist_ok=True)
    wanted = set()
    for doc in docs:
        target = folder / f"{doc.doc_id}.txt"
        wanted.add(target.name)
        try:
            with target.open(encoding="utf-8", newline="") as fh:
                if fh.read() == doc.source.text:
                    continue
        except (OSError, UnicodeDecodeError):
            pass
        atomic_write_text(target, doc.source.text)
    for stale in folder.glob("*.txt"):
        if stale.name not in wanted:
            stale.unlink(missing_ok=True)


def _load_store(out: Path, graph: Any) -> dict[str, object]:
    from policykg.graph.embedded import EmbeddedStore
    from policykg.graph.pgraph import to_property_graph

    pg = to_property_graph(graph)
    try:
        with EmbeddedStore(out / "store") as store:
            sinfo = store.load(pg)
    except PolicyKGError:
        raise
    except Exception as err:  # the embedded engine raises Java-side exceptions of many kinds
        raise StoreError(f"{out / 'store'}: loading the embedded store failed: {err}") from err
    return asdict(sinfo)


def _file_entry(doc: ParsedDocument) -> dict[str, object]:
    src = doc.source
    return {
        "file": str(src.path),
        "doc_id": doc.doc_id,
        "format": src.format,
        "encoding": src.encoding,
        "script": src.script,
        "title": doc.meta.title,
        "measures": len(doc.measures),
        "sections": len(doc.sections),
        "units": len(doc.units),
        "targets": sum(len(m.targets) for m in doc.measures)
        + sum(len(s.targets) for s in doc.sections)
        + len(doc.doc_targets),
        "warnings": list(src.warnings),
        "problems": list(doc.problems),
    }


def report_dict(info: BuildInfo) -> dict[str, Any]:
    data = asdict(info)
    data["skipped"] = [{"file": s.path, "reason": s.reason} for s in info.skipped]
    data["seconds"] = round(info.seconds, 3)
    data["policykg_version"] = __version__
    return data


def write_report(info: BuildInfo, out: Path) -> None:
    text = json.dumps(report_dict(info), ensure_ascii=False, indent=2, default=str)
    atomic_write_text(out / "report.json", text + "\n")


# --------------------------------------------------------------------------- display


class _Progress:
    """A rich progress bar on stderr, or nothing."""

    def __init__(self, total: int, *, enabled: bool) -> None:
        self._progress: Any = None
        if enabled and total > 1:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

            self._progress = Progress(
                TextColumn("extracting"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeRemainingColumn(),
                TextColumn("{task.description}"),
                console=Console(stderr=True),
                transient=True,
            )
            self._progress.start()
            self._task = self._progress.add_task("", total=total)

    def advance(self, name: str) -> None:
        if self._progress is not None:
            self._progress.update(self._task, advance=1, description=name)

    def close(self) -> None:
        if self._progress is not None:
            self._progress.stop()


def print_summary(info: BuildInfo, console: Any) -> None:
    from rich.table import Table

    table = Table(title=f"policykg build → {info.out_dir}", show_header=True, header_style="bold")
    table.add_column("what")
    table.add_column("count", justify="right")
    rows = [
        ("documents", info.documents),
        ("  from cache", info.cached),
        ("sections", info.sections),
        ("measures", info.measures),
        ("units", info.units),
        ("targets", info.targets),
        ("industries", info.industries),
        ("industry systems", info.systems),
        ("triples", info.triples),
        ("skipped files", len(info.skipped)),
    ]
    for name, value in rows:
        table.add_row(name, str(value))
    if info.store:
        table.add_row("store nodes written", str(info.store.get("nodes_written", 0)))
        table.add_row("store relationships written", str(info.store.get("relationships_written", 0)))
    console.print(table)
    for skip in info.skipped:
        console.print(f"[yellow]skipped[/yellow] {skip.path}: {skip.reason}", highlight=False)
    notes = [
        (entry["file"], problem)
        for entry in info.per_file
        for problem in [*entry.get("warnings", []), *entry.get("problems", [])]  # type: ignore[misc]
    ]
    for file, problem in notes[:MAX_NOTES_SHOWN]:
        console.print(f"[dim]note[/dim] {file}: {problem}", highlight=False)
    if len(notes) > MAX_NOTES_SHOWN:
        console.print(f"[dim]… and {len(notes) - MAX_NOTES_SHOWN} more notes in report.json[/dim]")
    console.print(f"done in {info.seconds:.2f} s; outputs in {info.out_dir}/ (graph.ttl, graph.nt, report.json)")
