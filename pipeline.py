"""The build stage runner: inputs -> load -> extract -> RDF fragments -> files (+ embedded store).

``build()`` returns a ``BuildInfo`` with counts and per-file problems; the CLI prints it. Outputs in OUT:

* ``graph.ttl`` and ``graph.nt`` — the RDF graph (written atomically, never half-written);
* ``report.json`` — counts, skips with reasons, per-file encoding/script/warnings/problems;
* ``text/<doc_id>.txt`` — the exact text every offset refers to, so any quote can be checked later;
* ``store/`` — the embedded graph store (unless ``load_store=False``);
* ``.cache/`` — the incremental cache: one entry per input file, keyed by its content hash, its name, the
  base IRI and the fingerprint of the extraction and graph-building code (code + lexicon data), so an
  unchanged file is never extracted twice.

How a build scales (``bench/bench_build.py``): each worker process loads and extracts a file and renders its
document-local triples at once (``policykg.graph.rdf_stream.make_fragment``), writes them with the text and the
parsed document into the cache entry, and hands the parent only a small summary (counts, report entry, the
document's contributions to shared units/industries/systems/regions/citations). The parent merges those,
then streams the shared block and every entry's fragment, in ``doc_id`` order, into ``graph.nt`` and
``graph.ttl``. No rdflib graph is built, so memory stays bounded by the summaries, and an incremental build
only extracts the changed files and copies the other fragments.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import pickle
import struct
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, fields
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from policykg import __version__
from policykg.errors import GraphBuildError, LoadError, PolicyKGError, StoreError, UsageError
from policykg.fsutil import atomic_write_bytes, atomic_write_text
from policykg.models import BuildInfo, ParsedDocument, Skip

if TYPE_CHECKING:
    from policykg.graph.rdf_stream import DocPart, SharedPart, TripleSet

log = logging.getLogger(__name__)

DEFAULT_BASE_IRI = "https://w3id.org/policykg/id/"
MAX_NOTES_SHOWN = 12
PARALLEL_THRESHOLD = 16  # below this many files to extract, a process pool costs more than it saves
CACHE_FORMAT = 2  # the layout of cache entries and DocSummary
_INDEX = "index.pickle"
_MAGIC = b"PKGFRAG2"
_HEADER = struct.Struct("<8sQQQ")  # magic, then the byte lengths of the N-Triples, Turtle and text parts


# --------------------------------------------------------------------------- cache


@lru_cache(maxsize=1)
def extractor_fingerprint() -> str:
    """Hash of the extraction and fragment-building code and the lexicon data: a change to any of them
    invalidates the cache."""
    here = Path(__file__).resolve().parent
    digest = hashlib.sha256(f"{__version__}|{CACHE_FORMAT}".encode())
    for sub in ("loaders", "loaders/data"):
        folder = here / sub
        if not folder.is_dir():
            continue
        for path in sorted(folder.iterdir()):
            if path.suffix in {".py", ".toml"} and path.is_file():
                digest.update(path.name.encode())
                digest.update(path.read_bytes())
    # pipeline.py itself is left out (an edit to the store step must not discard every extraction): bump
    # CACHE_FORMAT whenever DocSummary or the entry layout changes.
    for name in ("models.py", "graph/rdf_stream.py"):
        digest.update(name.encode())
        digest.update((here / name).read_bytes())
    return digest.hexdigest()[:16]


@dataclass
class DocSummary:
    """What the parent process keeps of one built document (the rest lives in its cache entry)."""

    key: str
    doc_id: str
    file_entry: dict[str, Any]  # report.json's per-file entry ("file" is replaced by the path of this build)
    shared: SharedPart
    triples: int
    sections: int
    measures: int
    targets: int
    text_sha: str  # sha256 of the UTF-8 text
    nt_len: int
    ttl_len: int
    text_len: int

    @property
    def entry_size(self) -> int:
        return _HEADER.size + self.nt_len + self.ttl_len + self.text_len


class _Cache:
    """``.cache/<key>.frag`` (fragment + text), ``.cache/<key>.pickle`` (the ParsedDocument) and
    ``.cache/index.pickle`` (the summaries). Entries are written without fsync (a lost entry only costs a
    re-extraction; a damaged one is caught by its size and header)."""

    def __init__(self, folder: Path, *, enabled: bool, base_iri: str) -> None:
        self.folder = folder
        self.enabled = enabled
        self.base_iri = base_iri
        self.used: dict[str, DocSummary] = {}

    def key(self, path: Path, data_hash: str) -> str:
        raw = f"{data_hash}|{path.name}|{self.base_iri}|{extractor_fingerprint()}"
        return hashlib.sha256(raw.encode()).hexdigest()[:32]

    def load_index(self) -> dict[str, DocSummary]:
        if not self.enabled:
            return {}
        index = self.folder / _INDEX
        try:
            with index.open("rb") as fh:
                data = pickle.load(fh)
        except FileNotFoundError:
            return {}
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError) as err:
            log.warning("ignoring unreadable cache index %s: %s", index, err)
            return {}
        if not isinstance(data, dict) or data.get("format") != CACHE_FORMAT:
            return {}
        entries = data.get("entries")
        return entries if isinstance(entries, dict) else {}

    def hit(self, index: dict[str, DocSummary], key: str) -> DocSummary | None:
        summary = index.get(key)
        if not isinstance(summary, DocSummary):
            return None
        try:
            if (self.folder / f"{key}.frag").stat().st_size != summary.entry_size:
                return None
        except OSError:
            return None
        return summary

    def save_index(self) -> None:
        data = {"format": CACHE_FORMAT, "entries": self.used}
        atomic_write_bytes(self.folder / _INDEX, pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL))

    def prune(self) -> None:
        """Forget entries of files that are gone or changed, so the cache never grows without bound."""
        if not self.folder.is_dir():
            return
        for entry in self.folder.iterdir():
            if entry.suffix in {".frag", ".pickle"} and entry.name != _INDEX and entry.stem not in self.used:
                entry.unlink(missing_ok=True)


def _replace_nosync(path: Path, *chunks: bytes) -> None:
    """Write ``path`` through a temporary sibling and ``os.replace``: never half-visible; not fsynced (see
    ``_Cache`` and ``_write_texts`` for why that is enough here)."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as fh:
            for chunk in chunks:
                fh.write(chunk)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _read_text(folder: Path, summary: DocSummary) -> bytes:
    path = folder / f"{summary.key}.frag"
    with path.open("rb") as fh:
        fh.seek(_HEADER.size + summary.nt_len + summary.ttl_len)
        data = fh.read(summary.text_len)
    if hashlib.sha256(data).hexdigest() != summary.text_sha:
        raise GraphBuildError(f"{path}: damaged cache entry; run the build again with --force")
    return data


# --------------------------------------------------------------------------- per-file work


@dataclass(frozen=True)
class _Task:
    path: Path
    max_bytes: int
    key: str
    cache_dir: Path
    base_iri: str


def _extract_one(path: Path, max_bytes: int) -> ParsedDocument:
    from policykg.loaders.base import load
    from policykg.loaders.extract import extract

    return extract(load(path, max_bytes=max_bytes))


def _process(task: _Task) -> tuple[DocSummary | None, str | None]:
    """Worker entry point: extract one file, render its fragment, write its cache entry, return its summary.
    A PolicyKGError becomes a skip reason; anything else is a bug and propagates."""
    from policykg.graph.rdf_stream import make_fragment

    try:
        doc = _extract_one(task.path, task.max_bytes)
    except PolicyKGError as err:
        return None, err.problem if isinstance(err, LoadError) else str(err)
    try:
        frag = make_fragment(doc, task.base_iri)
    except GraphBuildError as err:
        return None, str(err)
    except (
        ValueError,
        TypeError,
        KeyError,
    ) as err:  # a bug in a builder rule: skip the file, log the traceback
        log.exception("%s: building its graph failed", task.path)
        return None, f"building its graph failed ({type(err).__name__}: {err}); please report this"
    text = doc.source.text.encode("utf-8", "surrogatepass")
    nt, ttl = frag.nt.encode("utf-8"), frag.ttl.encode("utf-8")
    task.cache_dir.mkdir(parents=True, exist_ok=True)
    _replace_nosync(
        task.cache_dir / f"{task.key}.frag", _HEADER.pack(_MAGIC, len(nt), len(ttl), len(text)), nt, ttl, text
    )
    _replace_nosync(
        task.cache_dir / f"{task.key}.pickle", pickle.dumps(doc, protocol=pickle.HIGHEST_PROTOCOL)
    )
    summary = DocSummary(
        key=task.key,
        doc_id=doc.doc_id,
        file_entry=_file_entry(doc),
        shared=frag.shared,
        triples=frag.triples,
        sections=frag.sections,
        measures=frag.measures,
        targets=frag.targets,
        text_sha=hashlib.sha256(text).hexdigest(),
        nt_len=len(nt),
        ttl_len=len(ttl),
        text_len=len(text),
    )
    return summary, None


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
    from policykg.graph.rdf_stream import Iris
    from policykg.loaders.base import DEFAULT_MAX_BYTES, iter_inputs

    started = time.perf_counter()
    lap = _Laps(started)
    max_bytes = max_bytes or DEFAULT_MAX_BYTES
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise UsageError(f"{out}: exists and is not a folder; choose another --out")
    Iris(base_iri)  # a bad base IRI fails before any work
    files, skips = iter_inputs(list(paths))
    info = BuildInfo(out_dir=str(out), skipped=list(skips))
    cache = _Cache(out / ".cache", enabled=not force, base_iri=base_iri)
    index = cache.load_index()
    indexed = set(index)

    summaries: dict[Path, DocSummary] = {}
    todo: list[_Task] = []
    for path in files:
        digest = _file_hash(path, max_bytes)
        key = cache.key(path, digest or f"unhashed:{os.path.realpath(path)}")
        hit = cache.hit(index, key) if digest else None
        if hit is not None:
            summaries[path] = hit
            info.cached += 1
        else:
            todo.append(_Task(path, max_bytes, key, cache.folder, base_iri))
    del index

    lap("inputs hashed and looked up in the cache")
    bar = _Progress(len(todo), enabled=progress)
    try:
        results = _run_extraction(todo, jobs, bar, on_progress)
    finally:
        bar.close()
    from policykg.graph.rdf_stream import intern_part

    pool: dict[str, str] = {}
    for task, (summary, problem) in zip(todo, results, strict=True):
        if summary is None:
            info.skipped.append(Skip(str(task.path), problem or "unknown problem"))
        else:
            summary.shared = intern_part(summary.shared, pool)
            summaries[task.path] = summary
    del pool

    for summary in summaries.values():  # a duplicate doc id keeps its entry too: it is not re-extracted
        cache.used[summary.key] = summary
    ordered = _dedupe_doc_ids([(p, summaries[p]) for p in files if p in summaries], info)
    if todo and cache.used:
        cache.save_index()  # before the graph is written: a failed write still keeps the extractions
    info.documents = len(ordered)
    for path, summary in ordered:
        info.per_file.append({**summary.file_entry, "file": str(path)})
    if not ordered:
        info.seconds = time.perf_counter() - started
        return info  # nothing written: no empty or partial graph replaces a good one

    by_id = sorted((s for _, s in ordered), key=lambda s: s.doc_id)
    lap(f"{len(todo)} files extracted")
    shared, cites, counts = _assemble(by_id, base_iri)
    lap("shared entities merged")
    info.triples = counts.triples + sum(s.triples for s in by_id)
    info.sections = sum(s.sections for s in by_id)
    info.measures = sum(s.measures for s in by_id)
    info.targets = sum(s.targets for s in by_id)
    info.units, info.industries, info.systems = counts.units, counts.industries, counts.systems

    out.mkdir(parents=True, exist_ok=True)
    _write_texts(out, by_id, cache.folder)
    lap("texts written")
    _write_graph(out, shared, cites, by_id, cache.folder)
    lap("graph.nt and graph.ttl written")
    cache.prune()
    if not todo and set(cache.used) != indexed:
        cache.save_index()  # the index holds exactly the entries in use (a file was removed)

    if load_store:
        info.store = _load_store(out)
        lap("embedded store loaded")
    info.seconds = time.perf_counter() - started
    write_report(info, out)
    return info


class _Laps:
    """Stage timings in the debug log (``policykg -v`` or a logging config shows them)."""

    def __init__(self, started: float) -> None:
        self.last = started

    def __call__(self, what: str) -> None:
        now = time.perf_counter()
        log.debug("build: %s in %.3f s", what, now - self.last)
        self.last = now


def _assemble(by_id: list[DocSummary], base_iri: str) -> tuple[TripleSet, dict[str, TripleSet], Any]:
    from policykg.graph.rdf_stream import Assembler

    asm = Assembler(base_iri)
    try:
        shared, cites = asm.run([s.shared for s in by_id])
    except PolicyKGError:
        raise
    except (ValueError, TypeError, KeyError) as err:  # a bug in a merge rule: name it, keep the traceback
        log.exception("merging the shared entities failed")
        raise GraphBuildError(f"building the RDF graph failed: {err}") from err
    return shared, cites, asm.counts


def _write_graph(
    out: Path, shared: TripleSet, cites: dict[str, TripleSet], by_id: list[DocSummary], cache_dir: Path
) -> None:
    from policykg.graph.rdf_stream import write_graph_files

    write_graph_files(out, shared, [_doc_part(cache_dir, s, cites.get(s.doc_id)) for s in by_id])


def _doc_part(cache_dir: Path, summary: DocSummary, cites: TripleSet | None) -> DocPart:
    """Where one document's fragment lies in its cache entry, plus its citations."""
    from policykg.graph.rdf_stream import DocPart

    header = _HEADER.pack(_MAGIC, summary.nt_len, summary.ttl_len, summary.text_len)
    return DocPart(
        path=cache_dir / f"{summary.key}.frag",
        header=header,
        nt=(_HEADER.size, summary.nt_len),
        ttl=(_HEADER.size + summary.nt_len, summary.ttl_len),
        extra_nt=cites.ntriples().encode("utf-8") if cites else b"",
        extra_ttl=cites.turtle().encode("utf-8") if cites else b"",
    )


def _run_extraction(
    tasks: list[_Task],
    jobs: int | None,
    bar: _Progress,
    on_progress: Callable[[str], None] | None,
) -> list[tuple[DocSummary | None, str | None]]:
    jobs = jobs if jobs is not None else (os.cpu_count() or 1)
    results: list[tuple[DocSummary | None, str | None]] = []
    if not tasks:
        return results
    # Imported before the pool starts, so forked workers share the loaded modules instead of importing them.
    import policykg.graph.rdf_stream  # noqa: F401
    import policykg.loaders.extract  # noqa: F401

    if jobs > 1 and len(tasks) >= PARALLEL_THRESHOLD:
        chunk = max(1, min(8, len(tasks) // (jobs * 4)))
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            for task, result in zip(tasks, pool.map(_process, tasks, chunksize=chunk), strict=True):
                results.append(result)
                bar.advance(task.path.name)
                if on_progress:
                    on_progress(task.path.name)
    else:
        for task in tasks:
            results.append(_process(task))
            bar.advance(task.path.name)
            if on_progress:
                on_progress(task.path.name)
    return results


def _dedupe_doc_ids(docs: list[tuple[Path, DocSummary]], info: BuildInfo) -> list[tuple[Path, DocSummary]]:
    """Two inputs with the same document id (the same file name in two folders) would merge; keep the first."""
    seen: dict[str, str] = {}
    kept = []
    for path, summary in docs:
        if summary.doc_id in seen:
            info.skipped.append(
                Skip(
                    str(path),
                    f"same document id '{summary.doc_id}' as {seen[summary.doc_id]}; rename one of them",
                )
            )
            continue
        seen[summary.doc_id] = str(path)
        kept.append((path, summary))
    return kept


def _write_texts(out: Path, docs: list[DocSummary], cache_dir: Path) -> None:
    """``text/<doc_id>.txt`` for every document; a file already holding the right text is left alone.

    Written through a temporary file and ``os.replace`` but not fsynced one by one (thousands of fsyncs would
    cost more than the extraction): after a crash, the next build compares every file and rewrites any that
    is not exactly right."""
    folder = out / "text"
    folder.mkdir(parents=True, exist_ok=True)
    wanted = set()
    for summary in docs:
        target = folder / f"{summary.doc_id}.txt"
        wanted.add(target.name)
        try:
            if target.stat().st_size == summary.text_len:
                if hashlib.sha256(target.read_bytes()).hexdigest() == summary.text_sha:
                    continue
        except OSError:
            pass
        try:
            _replace_nosync(target, _read_text(cache_dir, summary))
        except OSError as err:
            raise GraphBuildError(f"{target}: cannot write the document text: {err}") from err
    for stale in folder.glob("*.txt"):
        if stale.name not in wanted:
            stale.unlink(missing_ok=True)


def _load_store(out: Path) -> dict[str, object]:
    """Load ``out/store`` from ``out/graph.nt``, streamed in batches (no rdflib or networkx graph is built)."""
    from policykg.graph.embedded import EmbeddedStore
    from policykg.graph.pgraph import element_batches_from_ntriples

    try:
        with EmbeddedStore(out / "store") as store:
            sinfo = store.load_batches(element_batches_from_ntriples(out / "graph.nt"))
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
    # Not dataclasses.asdict: it deep-copies every per-file entry, which costs seconds on a large build.
    data = {f.name: getattr(info, f.name) for f in fields(info)}
    data["skipped"] = [{"file": s.path, "reason": s.reason} for s in info.skipped]
    data["seconds"] = round(info.seconds, 3)
    data["policykg_version"] = __version__
    return data


def write_report(info: BuildInfo, out: Path) -> None:
    """``report.json``, indented, with one line per file entry (json's indenting encoder is pure Python and
    slow on thousands of entries; the compact one is not)."""
    data = report_dict(info)
    per_file = data.pop("per_file")
    head = json.dumps(data, ensure_ascii=False, indent=2, default=str)
    rows = ",\n    ".join(json.dumps(e, ensure_ascii=False, default=str) for e in per_file)
    body = f'{head[:-2]},\n  "per_file": [' + (f"\n    {rows}\n  ]" if rows else "]") + "\n}\n"
    atomic_write_text(out / "report.json", body)


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
        for problem in [*entry.get("warnings", []), *entry.get("problems", [])]
    ]
    for file, problem in notes[:MAX_NOTES_SHOWN]:
        console.print(f"[dim]note[/dim] {file}: {problem}", highlight=False)
    if len(notes) > MAX_NOTES_SHOWN:
        console.print(f"[dim]… and {len(notes) - MAX_NOTES_SHOWN} more notes in report.json[/dim]")
    if info.documents == 0:
        console.print(f"nothing built in {info.seconds:.2f} s; {info.out_dir}/ was left as it was")
    else:
        console.print(
            f"done in {info.seconds:.2f} s; outputs in {info.out_dir}/ (graph.ttl, graph.nt, report.json)"
        )
