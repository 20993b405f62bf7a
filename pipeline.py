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

What makes an incremental build cheap (one changed file of 1,000 costs a few percent of the full build):

* ``.cache/index.pickle`` also keeps a stat index of the inputs (path, size, mtime, ctime, inode -> content
  hash), so an unchanged file is not read again; the content hash still makes the cache key, so a touched
  but unchanged file stays cached. A file modified in the last seconds is hashed again next time (its
  timestamps could hide a second edit).
* ``.cache/shared.pickle`` keeps the merged shared block, rendered, keyed by every document's contributions:
  while none of them changes, nothing is merged again.
* ``.cache/layout.pickle`` records where each document's part lies in ``graph.nt``/``graph.ttl`` and the
  identity of both files and of every ``text/*.txt`` written: unchanged parts are copied from the previous
  graph files in long spans, in the kernel, and saved texts are not read again. The shared block is copied
  from ``.cache/shared.heads`` the same way. The files are rewritten into the previous version's file, kept
  as ``.cache/spare-graph.*`` (``policykg.fsutil.atomic_open_reusing``): overwriting cached pages costs half
  of filling a new file, and the replaced file is not freed. (The cache can be deleted at any time: it only
  costs the next build its speed.)
* ``.cache/index.pickle`` holds small summaries only; each document's contributions to the shared block sit
  at the end of its cache entry and are read only when the block must be merged again.
* The embedded store is updated by a delta (``policykg.graph.delta``) when ``.cache/store.json`` says it holds
  exactly the previous graph: the old parts of the changed documents (and the old shared block) are diffed
  against the new ones and only that difference is written. Any doubt (no stamp, another graph, ``--force``,
  a store whose node count differs) falls back to the full sync. When a delta is likely, a forked worker
  starts the engine's JVM and opens the store at the start of the build, while this process extracts and
  writes the graph (the JVM cannot be started from a thread here), and applies the delta there; the JVM
  itself starts from the engine's start-up cache (``policykg.graph.engine_cache``) once that is made.
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
from contextlib import suppress
from dataclasses import asdict, dataclass, field, fields, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from policykg import __version__
from policykg.errors import GraphBuildError, LoadError, PolicyKGError, StoreError, UsageError
from policykg.fsutil import atomic_write_text, replace_nosync
from policykg.models import BuildInfo, ParsedDocument, Skip

if TYPE_CHECKING:
    from policykg.graph.delta import Delta
    from policykg.graph.rdf_stream import DocPart, SharedPart, TripleSet

log = logging.getLogger(__name__)

DEFAULT_BASE_IRI = "https://w3id.org/policykg/id/"
MAX_NOTES_SHOWN = 12
PARALLEL_THRESHOLD = 16  # below this many files to extract, a process pool costs more than it saves
CACHE_FORMAT = 4  # the layout of cache entries, DocSummary and the index, shared and layout files
_CACHE_DIR = ".cache"
_INDEX = "index.pickle"
_SHARED = "shared.pickle"
_HEADS = "shared.heads"  # the rendered shared block (N-Triples then Turtle), copied into the graph files
_LAYOUT = "layout.pickle"
_STAMP = "store.json"
_KEEP = frozenset({_INDEX, _SHARED, _LAYOUT, _HEADS})
_RACY_NS = 2_000_000_000  # a file changed this recently may change again without a visible stat change
# Above this share of the documents touched (and more than DELTA_MIN_DOCS), the store gets the full sync: a
# delta that rewrites most of the graph would cost more than reading the store once.
DELTA_MAX_SHARE = 0.5
DELTA_MIN_DOCS = 16
_MAGIC = b"PKGFRAG2"
_HEADER = struct.Struct("<8sQQQ")  # magic, then the byte lengths of the N-Triples, Turtle and text parts
# (the pickled shared contributions follow the text: ``DocSummary.shared_len`` bytes)


# --------------------------------------------------------------------------- cache


@lru_cache(maxsize=1)
def extractor_fingerprint() -> str:
    """Hash of the extraction and fragment-building code and the lexicon data: a change to any of them
    invalidates the cache."""
    here = Path(__file__).resolve().parent
    digest = hashlib.sha256(f"{__version__}|{CACHE_FORMAT}".encode())
    folder = here / "loaders"
    for path in sorted(folder.rglob("*")):
        if path.suffix in {".py", ".toml"} and path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(folder).as_posix().encode())
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
    shared_sha: str = ""  # digest of ``shared``: the merged shared block depends on these only
    shared_len: int = 0  # the pickled ``shared``, stored at the end of the cache entry

    @property
    def entry_size(self) -> int:
        return _HEADER.size + self.nt_len + self.ttl_len + self.text_len + self.shared_len

    # ``shared`` is not pickled (the index stays small: loading and saving it is part of every incremental
    # build) but read from the cache entry on first use, which only a merge of the shared block needs.
    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state.pop("shared", None)
        state.pop("_entry", None)
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)

    def attach(self, folder: Path) -> None:
        """Where ``shared`` is read from when it is not in memory: this summary's cache entry in ``folder``."""
        self.__dict__["_entry"] = folder / f"{self.key}.frag"

    def __getattr__(
        self, name: str
    ) -> Any:  # only called for attributes not set: ``shared`` after unpickling
        entry = self.__dict__.get("_entry") if name == "shared" else None
        if entry is None:
            raise AttributeError(name)
        try:
            with open(entry, "rb") as fh:
                blob = os.pread(fh.fileno(), self.shared_len, self.entry_size - self.shared_len)
            if len(blob) != self.shared_len:
                raise OSError("shorter than recorded")
            part = pickle.loads(blob)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError) as err:
            raise GraphBuildError(f"{entry}: damaged cache entry ({err}); run again with --force") from err
        self.__dict__["shared"] = part
        return part


Ident = tuple[int, int, int, int, int]  # size, mtime_ns, ctime_ns, inode, device


def _ident(st: os.stat_result) -> Ident:
    return (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, st.st_dev)


@dataclass
class _SharedState:
    """The shared block of one set of documents, rendered, and each document's ``pkg:cites`` triples."""

    key: str
    head_nt: bytes | None  # None when loaded from the cache: the bytes stay in .cache/shared.heads
    head_ttl: bytes | None
    cites: dict[str, tuple[bytes, bytes]]  # doc_id -> (N-Triples, Turtle)
    triples: int
    units: int
    industries: int
    systems: int
    head_len: tuple[int, int] = (0, 0)
    head_sha: str = ""
    heads_file: str = ""  # set when loaded from the cache

    def head_bytes(self) -> tuple[bytes, bytes]:
        if self.head_nt is not None and self.head_ttl is not None:
            return self.head_nt, self.head_ttl
        try:
            with open(self.heads_file, "rb") as fh:
                data = fh.read()
        except OSError as err:
            raise GraphBuildError(f"{self.heads_file}: cannot read the cached shared block ({err})") from err
        if len(data) != sum(self.head_len):
            raise GraphBuildError(f"{self.heads_file}: damaged cache entry; run the build again with --force")
        return data[: self.head_len[0]], data[self.head_len[0] :]


@dataclass
class _Layout:
    """What the last build wrote: where each document's part lies in graph.nt/graph.ttl (offsets and
    lengths, cites included), the identity of both files, and of every saved text."""

    build_id: str
    nt: Ident
    ttl: Ident
    head: tuple[int, int]  # byte lengths of the shared block in graph.nt and graph.ttl
    docs: dict[
        str, tuple[str, str, int, int, int, int]
    ]  # doc_id -> (key, cites digest, nt off/len, ttl off/len)
    texts: dict[str, tuple[str, Ident]] = field(default_factory=dict)  # file name -> (text sha256, identity)
    head_sha: str = ""  # digest of the shared block written

    def matches(self, out: Path) -> bool:
        """Do graph.nt and graph.ttl still hold what this layout describes?"""
        try:
            return (
                _ident(os.stat(out / "graph.nt")) == self.nt
                and _ident(os.stat(out / "graph.ttl")) == self.ttl
            )
        except OSError:
            return False


class _Cache:
    """``.cache/<key>.frag`` (fragment + text), ``.cache/<key>.pickle`` (the ParsedDocument),
    ``.cache/index.pickle`` (the summaries and the stat index of the inputs), ``.cache/shared.pickle`` and
    ``.cache/layout.pickle`` (see the module docstring). All are written without fsync: a lost or damaged
    entry is caught (size, header, format, file identities) and only costs work done again."""

    def __init__(self, folder: Path, *, enabled: bool, base_iri: str) -> None:
        self.folder = folder
        self.enabled = enabled
        self.base_iri = base_iri
        self.used: dict[str, DocSummary] = {}
        self.inputs: dict[str, tuple[Ident, str]] = {}  # absolute path -> (identity, sha256), as loaded
        self.seen_inputs: dict[str, tuple[Ident, str]] = {}  # what this build found
        self.now_ns = time.time_ns()

    def key(self, path: Path, data_hash: str) -> str:
        raw = f"{data_hash}|{path.name}|{self.base_iri}|{extractor_fingerprint()}"
        return hashlib.sha256(raw.encode()).hexdigest()[:32]

    def _load(self, name: str) -> Any:
        if not self.enabled:
            return None
        path = self.folder / name
        try:
            with path.open("rb") as fh:
                data = pickle.load(fh)
        except FileNotFoundError:
            return None
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError) as err:
            log.warning("ignoring unreadable cache file %s: %s", path, err)
            return None
        if not isinstance(data, dict) or data.get("format") != CACHE_FORMAT:
            return None
        return data

    def _save(self, name: str, data: dict[str, Any]) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        data = {"format": CACHE_FORMAT, **data}
        replace_nosync(self.folder / name, pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL))

    def load_index(self) -> dict[str, DocSummary]:
        data = self._load(_INDEX)
        if data is None:
            return {}
        inputs = data.get("inputs")
        self.inputs = inputs if isinstance(inputs, dict) else {}
        entries = data.get("entries")
        return entries if isinstance(entries, dict) else {}

    def digest(self, path: Path, max_bytes: int) -> str | None:
        """The sha256 of the file's bytes, from the stat index when its identity has not changed; None when
        it cannot be read or is too large (the loader then gives the proper message)."""
        try:
            st = os.stat(path)
            if st.st_size > max_bytes:
                return None
            name = os.path.abspath(path)
            ident = _ident(st)
            known = self.inputs.get(name)
            if known is not None and known[0] == ident:
                self.seen_inputs[name] = known
                return known[1]
            with open(path, "rb") as fh:
                digest = hashlib.sha256(fh.read()).hexdigest()
        except OSError:
            return None
        if self.now_ns - max(st.st_mtime_ns, st.st_ctime_ns) > _RACY_NS:
            self.seen_inputs[name] = (ident, digest)
        return digest

    def hit(self, index: dict[str, DocSummary], key: str) -> DocSummary | None:
        summary = index.get(key)
        if not isinstance(summary, DocSummary):
            return None
        try:
            if (self.folder / f"{key}.frag").stat().st_size != summary.entry_size:
                return None
        except OSError:
            return None
        summary.attach(self.folder)
        return summary

    def save_index(self) -> None:
        self._save(_INDEX, {"entries": self.used, "inputs": self.seen_inputs})

    def load_shared(self) -> _SharedState | None:
        data = self._load(_SHARED)
        state = data.get("state") if data else None
        if not isinstance(state, _SharedState):
            return None
        state.heads_file = str(self.folder / _HEADS)
        try:
            if os.stat(state.heads_file).st_size != sum(state.head_len):
                return None
        except OSError:
            return None
        return state

    def save_shared(self, state: _SharedState) -> None:
        """The rendered block goes to its own file (copied from there into the graph files, never unpickled);
        the rest (citations, counts) is pickled."""
        nt, ttl = state.head_bytes()
        self.folder.mkdir(parents=True, exist_ok=True)
        replace_nosync(self.folder / _HEADS, nt, ttl)
        saved = replace(state, head_nt=None, head_ttl=None, heads_file="")
        self._save(_SHARED, {"state": saved})

    def load_layout(self) -> _Layout | None:
        data = self._load(_LAYOUT)
        layout = data.get("layout") if data else None
        return layout if isinstance(layout, _Layout) else None

    def save_layout(self, layout: _Layout) -> None:
        self._save(_LAYOUT, {"layout": layout})

    def prune(self) -> None:
        """Forget entries of files that are gone or changed, so the cache never grows without bound."""
        if not self.folder.is_dir():
            return
        for entry in os.scandir(self.folder):
            name = entry.name
            if (
                name.endswith((".frag", ".pickle"))
                and name not in _KEEP
                and name.rsplit(".", 1)[0] not in self.used
            ):
                Path(entry.path).unlink(missing_ok=True)


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
    blob = pickle.dumps(frag.shared, protocol=pickle.HIGHEST_PROTOCOL)
    task.cache_dir.mkdir(parents=True, exist_ok=True)
    replace_nosync(
        task.cache_dir / f"{task.key}.frag",
        _HEADER.pack(_MAGIC, len(nt), len(ttl), len(text)),
        nt,
        ttl,
        text,
        blob,
    )
    replace_nosync(task.cache_dir / f"{task.key}.pickle", pickle.dumps(doc, protocol=pickle.HIGHEST_PROTOCOL))
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
        shared_sha=_part_digest(frag.shared),
        shared_len=len(blob),
    )
    return summary, None


def _part_digest(part: SharedPart) -> str:
    # repr of plain data (str, tuples, lists, None) is deterministic; the merge reads nothing else
    return hashlib.sha256(repr(part).encode("utf-8", "surrogatepass")).hexdigest()[:32]


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
    # First of all: a store worker starts the store's JVM while the inputs are listed (see _StoreWorker).
    store_worker = _StoreWorker.maybe(Path(out), load_store=load_store, force=force)
    try:
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
        cache = _Cache(out / _CACHE_DIR, enabled=not force, base_iri=base_iri)
        index = cache.load_index()
        indexed = set(index)

        summaries: dict[Path, DocSummary] = {}
        todo: list[_Task] = []
        for path in files:
            digest = cache.digest(path, max_bytes)
            key = cache.key(path, digest or f"unhashed:{os.path.realpath(path)}")
            hit = cache.hit(index, key) if digest else None
            if hit is not None:
                summaries[path] = hit
                info.cached += 1
            else:
                todo.append(_Task(path, max_bytes, key, cache.folder, base_iri))
        del index
        worker = None
        if (
            load_store
            and not force
            and len(todo) < PARALLEL_THRESHOLD
            and (cache.folder / _STAMP).is_file()
            and not _jvm_running()
        ):
            # A store delta is likely: a second process loads the graph mapping (rdflib, the ontology: most of a
            # second) while this one extracts, writes the graph and starts the store's JVM.
            worker = _DeltaWorker()
            if store_worker is not None and (todo or info.cached != len(indexed)):
                store_worker.go()  # the store will likely be written: it opens meanwhile, elsewhere
    except BaseException:
        if store_worker is not None:
            store_worker.close()
        raise
    if store_worker is not None and not store_worker.went:
        store_worker.close()
        store_worker = None
    try:
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
                summary.attach(cache.folder)  # from a worker process, ``shared`` is read from the entry
                summary.shared = intern_part(summary.shared, pool)
                summaries[task.path] = summary
        del pool

        for summary in summaries.values():  # a duplicate doc id keeps its entry too: it is not re-extracted
            cache.used[summary.key] = summary
        ordered = _dedupe_doc_ids([(p, summaries[p]) for p in files if p in summaries], info)
        if (todo and cache.used) or (cache.used and cache.seen_inputs != cache.inputs):
            cache.save_index()  # before the graph is written: a failed write still keeps the extractions
        info.documents = len(ordered)
        for path, summary in ordered:
            info.per_file.append({**summary.file_entry, "file": str(path)})
        if not ordered:
            info.seconds = time.perf_counter() - started
            return info  # nothing written: no empty or partial graph replaces a good one

        by_id = sorted((s for _, s in ordered), key=lambda s: s.doc_id)
        lap(f"{len(todo)} files extracted")
        old_shared = cache.load_shared()
        state = _shared_state(by_id, base_iri, old_shared, cache)
        lap("shared entities merged" if state is not old_shared else "shared entities reused")
        info.triples = state.triples + sum(s.triples for s in by_id)
        info.sections = sum(s.sections for s in by_id)
        info.measures = sum(s.measures for s in by_id)
        info.targets = sum(s.targets for s in by_id)
        info.units, info.industries, info.systems = state.units, state.industries, state.systems

        out.mkdir(parents=True, exist_ok=True)
        old_layout = cache.load_layout()
        if old_layout is not None and not old_layout.matches(out):
            old_layout = None  # the graph files were changed by someone else: copy nothing from them
        texts = _write_texts(out, by_id, cache.folder, old_layout.texts if old_layout else {})
        lap("texts written")
        parts, layout = _graph_parts(out, by_id, state, cache.folder, old_layout, texts)
        store_delta = (
            _prepare_store_delta(out, cache, old_layout, layout, state, worker)
            if load_store and not force
            else None
        )
        _write_graph(out, state, parts, layout)
        cache.save_layout(layout)
        lap("graph.nt and graph.ttl written")
        cache.prune()
        if not todo and set(cache.used) != indexed:
            cache.save_index()  # the index holds exactly the entries in use (a file was removed)

        if load_store:
            info.store = _store_step(out, cache, layout, store_delta, store_worker)
            lap("embedded store loaded")
        info.seconds = time.perf_counter() - started
        write_report(info, out)
        return info

    finally:
        if worker is not None:
            worker.close()
        if store_worker is not None:
            store_worker.close()


class _Laps:
    """Stage timings in the debug log (``policykg -v`` or a logging config shows them)."""

    def __init__(self, started: float) -> None:
        self.last = started

    def __call__(self, what: str) -> None:
        now = time.perf_counter()
        log.debug("build: %s in %.3f s", what, now - self.last)
        self.last = now


@lru_cache(maxsize=1)
def _summaries_fingerprint() -> str:
    """The summaries' code (graph/summaries.py): it shapes the shared block, not the cached extractions."""
    return hashlib.sha256(
        (Path(__file__).resolve().parent / "graph" / "summaries.py").read_bytes()
    ).hexdigest()[:16]


def _shared_key(by_id: list[DocSummary], base_iri: str) -> str:
    digest = hashlib.sha256(f"{base_iri}|{extractor_fingerprint()}|{_summaries_fingerprint()}".encode())
    for s in by_id:
        digest.update(f"|{s.doc_id}\0{s.shared_sha}".encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def _shared_state(
    by_id: list[DocSummary], base_iri: str, old: _SharedState | None, cache: _Cache
) -> _SharedState:
    """The rendered shared block: the previous one while every document's contributions are the same (a
    summary without a digest never matches), else merged again and saved."""
    key = _shared_key(by_id, base_iri) if all(s.shared_sha for s in by_id) else ""
    if key and old is not None and old.key == key:
        return old
    from policykg.graph.rdf_stream import TURTLE_HEADER

    shared, cites, counts, summary = _assemble(by_id, base_iri)
    head_nt = shared.ntriples().encode("utf-8") + summary[0]
    head_ttl = (TURTLE_HEADER + shared.turtle()).encode("utf-8") + summary[1]
    state = _SharedState(
        key=key,
        head_nt=head_nt,
        head_ttl=head_ttl,
        head_len=(len(head_nt), len(head_ttl)),
        head_sha=hashlib.sha256(head_nt + b"\0" + head_ttl).hexdigest()[:32],
        cites={
            doc_id: (ts.ntriples().encode("utf-8"), ts.turtle().encode("utf-8"))
            for doc_id, ts in cites.items()
        },
        triples=counts.triples,
        units=counts.units,
        industries=counts.industries,
        systems=counts.systems,
    )
    if key:
        cache.save_shared(state)
    return state


def _assemble(
    by_id: list[DocSummary], base_iri: str
) -> tuple[TripleSet, dict[str, TripleSet], Any, tuple[bytes, bytes]]:
    """The merged shared block, the citations, the counts and the rendered summary nodes."""
    from policykg.graph.rdf_stream import Assembler

    asm = Assembler(base_iri)
    try:
        shared, cites = asm.run([s.shared for s in by_id])
    except PolicyKGError:
        raise
    except (ValueError, TypeError, KeyError) as err:  # a bug in a merge rule: name it, keep the traceback
        log.exception("merging the shared entities failed")
        raise GraphBuildError(f"building the RDF graph failed: {err}") from err
    return shared, cites, asm.counts, (asm.summary_nt, asm.summary_ttl)


def _cites_digest(extra: tuple[bytes, bytes]) -> str:
    if not extra[0] and not extra[1]:
        return ""
    return hashlib.sha256(extra[0] + b"\0" + extra[1]).hexdigest()[:32]


def _graph_parts(
    out: Path,
    by_id: list[DocSummary],
    state: _SharedState,
    cache_dir: Path,
    old: _Layout | None,
    texts: dict[str, tuple[str, Ident]],
) -> tuple[list[DocPart], _Layout]:
    """Every document's part of the new graph files, from the previous graph files where the part is the
    same (same cache entry, same citations), else from its cache entry; and the layout they will have."""
    from policykg.graph.rdf_stream import DocPart

    nt_path, ttl_path = out / "graph.nt", out / "graph.ttl"
    parts: list[DocPart] = []
    docs: dict[str, tuple[str, str, int, int, int, int]] = {}
    nt_off, ttl_off = state.head_len
    for s in by_id:
        extra = state.cites.get(s.doc_id, (b"", b""))
        digest = _cites_digest(extra)
        nt_len, ttl_len = s.nt_len + len(extra[0]), s.ttl_len + len(extra[1])
        was = old.docs.get(s.doc_id) if old is not None else None
        if (
            was is not None
            and was[0] == s.key
            and was[1] == digest
            and was[3] == nt_len
            and was[5] == ttl_len
        ):
            parts.append(
                DocPart(
                    path=nt_path, ttl_path=ttl_path, header=b"", nt=(was[2], nt_len), ttl=(was[4], ttl_len)
                )
            )
        else:
            parts.append(_doc_part(cache_dir, s, extra))
        docs[s.doc_id] = (s.key, digest, nt_off, nt_len, ttl_off, ttl_len)
        nt_off += nt_len
        ttl_off += ttl_len
    layout = _Layout(
        build_id=os.urandom(12).hex(),
        nt=(nt_off, 0, 0, 0, 0),  # sizes for now; identities once written
        ttl=(ttl_off, 0, 0, 0, 0),
        head=state.head_len,
        docs=docs,
        texts=texts,
        head_sha=state.head_sha,
    )
    return parts, layout


def _write_graph(out: Path, state: _SharedState, parts: list[DocPart], layout: _Layout) -> None:
    from policykg.graph.rdf_stream import DocPart, write_graph_files

    if state.head_nt is None and state.heads_file:
        # The shared block was reused: copied from its cache file in the kernel, like the unchanged documents.
        heads = Path(state.heads_file)
        n, t = state.head_len
        head_part = DocPart(path=heads, ttl_path=heads, header=b"", nt=(0, n), ttl=(n, t))
        sizes = write_graph_files(out, (b"", b""), [head_part, *parts], spare_dir=out / _CACHE_DIR)
    else:
        sizes = write_graph_files(out, state.head_bytes(), parts, spare_dir=out / _CACHE_DIR)
    if sizes != (layout.nt[0], layout.ttl[0]):  # never record a layout that does not describe the files
        raise GraphBuildError(
            f"{out}: graph files of {sizes} bytes, expected {(layout.nt[0], layout.ttl[0])}"
        )
    try:
        layout.nt = _ident(os.stat(out / "graph.nt"))
        layout.ttl = _ident(os.stat(out / "graph.ttl"))
    except OSError as err:
        raise GraphBuildError(f"{out}: cannot read back the graph files just written: {err}") from err


def _doc_part(cache_dir: Path, summary: DocSummary, extra: tuple[bytes, bytes]) -> DocPart:
    """Where one document's fragment lies in its cache entry, plus its citations."""
    from policykg.graph.rdf_stream import DocPart

    header = _HEADER.pack(_MAGIC, summary.nt_len, summary.ttl_len, summary.text_len)
    return DocPart(
        path=cache_dir / f"{summary.key}.frag",
        header=header,
        nt=(_HEADER.size, summary.nt_len),
        ttl=(_HEADER.size + summary.nt_len, summary.ttl_len),
        extra_nt=extra[0],
        extra_ttl=extra[1],
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
        from concurrent.futures import ProcessPoolExecutor

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


def _write_texts(
    out: Path, docs: list[DocSummary], cache_dir: Path, known: dict[str, tuple[str, Ident]]
) -> dict[str, tuple[str, Ident]]:
    """``text/<doc_id>.txt`` for every document; a file already holding the right text is left alone. Returns
    the manifest of what the folder holds (name -> text sha256 and file identity).

    A file whose identity is the one the previous build recorded with the same text digest is trusted without
    reading it. Written through a temporary file and ``os.replace`` but not fsynced one by one (thousands of
    fsyncs would cost more than the extraction): after a crash, a file whose identity changed is compared
    again and rewritten if it is not exactly right."""
    folder = out / "text"
    folder.mkdir(parents=True, exist_ok=True)
    manifest: dict[str, tuple[str, Ident]] = {}
    for summary in docs:
        name = f"{summary.doc_id}.txt"
        target = folder / name
        try:
            st = os.stat(target)
        except OSError:
            st = None
        if st is not None:
            was = known.get(name)
            ident = _ident(st)
            if was is not None and was == (summary.text_sha, ident):
                manifest[name] = was
                continue
            try:
                if st.st_size == summary.text_len:
                    if hashlib.sha256(target.read_bytes()).hexdigest() == summary.text_sha:
                        manifest[name] = (summary.text_sha, ident)
                        continue
            except OSError:
                pass
        try:
            replace_nosync(target, _read_text(cache_dir, summary))
            manifest[name] = (summary.text_sha, _ident(os.stat(target)))
        except OSError as err:
            raise GraphBuildError(f"{target}: cannot write the document text: {err}") from err
    for entry in os.scandir(folder):
        if entry.name.endswith(".txt") and entry.name not in manifest:
            Path(entry.path).unlink(missing_ok=True)
    return manifest


# --------------------------------------------------------------------------- the embedded store


def _can_fork() -> bool:
    """May a child that starts a JVM be forked from this process? Linux only: on macOS a forked child that
    loads system frameworks (a JVM does) can abort, which is why Python itself spawns there."""
    import multiprocessing
    import sys

    return sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()


def _jvm_running() -> bool:
    """A process holding a JVM (an earlier store in this process) must not fork: the child could inherit
    locks of threads that do not exist there."""
    import sys

    jpype = sys.modules.get("jpype")
    return bool(jpype is not None and jpype.isJVMStarted())


DELTA_TIMEOUT = 120.0  # seconds to wait for the delta worker before falling back to the full sync
STORE_TIMEOUT = 600.0  # seconds to wait for the store worker to apply a delta and close the store


def _delta_child(conn: Any) -> None:
    """The delta worker's process: import what a delta needs, then answer one request (or none)."""
    from policykg.graph.delta import elements_of, graph_delta

    try:
        elements_of([])  # imports rdflib and builds the ontology mapping
        request = conn.recv()
    except (EOFError, OSError):
        return
    if request is None:
        return
    try:
        conn.send(("ok", graph_delta(*request)))
    except Exception as err:  # reported to the parent, which falls back to the full sync
        conn.send(("error", f"{type(err).__name__}: {err}"))


def _store_child(conn: Any, store_dir: str) -> None:
    """The store worker's process: start the engine (before the parent knows whether the store will change:
    that start is most of the wait), open the store only when the parent says "go" (nothing on disk is touched
    before), then apply one delta (or none), close the store and only then answer, so the parent never races
    the store's lock."""
    from policykg.graph.delta import DeltaRefused
    from policykg.graph.embedded import EmbeddedStore, start_engine

    started = time.perf_counter()
    try:
        start_engine(short_lived=True)
    except Exception as err:  # told to the parent, which then opens the store itself and reports properly
        with suppress(OSError):
            conn.send(("error", f"{type(err).__name__}: {err}"))
        return
    try:
        if conn.recv() != "go":
            return  # nothing to write: the store is never opened
    except (EOFError, OSError):
        return
    try:
        store = EmbeddedStore(Path(store_dir))
    except Exception as err:  # told to the parent, which then opens the store itself and reports properly
        with suppress(OSError):
            conn.send(("error", f"{type(err).__name__}: {err}"))
        return
    try:
        store.warm_up()
    except Exception as err:  # a warm-up only: the delta itself then reports what is wrong
        log.debug("store worker: warm-up failed: %s", err)
    log.debug("store worker: store open after %.3f s", time.perf_counter() - started)
    answer: tuple[str, Any] | None = None
    try:
        request = conn.recv()
        log.debug("store worker: request after %.3f s", time.perf_counter() - started)
        if request is not None:
            delta, expected, counts = request
            sinfo = store.apply_delta(delta, expected_nodes=expected, counts=counts)
            answer = ("ok", (asdict(sinfo), store.node_count()))
            log.debug("store worker: delta applied after %.3f s", time.perf_counter() - started)
    except (EOFError, OSError):
        answer = None  # the parent is gone or changed its mind
    except DeltaRefused as why:
        answer = ("refused", str(why))
    except Exception as err:  # reported to the parent, which falls back to the full sync
        answer = ("error", f"{type(err).__name__}: {err}")
    finally:
        store.close()
    if answer is not None:
        with suppress(OSError):
            conn.send(answer)


class _StoreWorker:
    """One forked process that starts the store's JVM and opens the store while this process extracts and
    writes the graph (the JVM cannot be started from a thread here), then applies the delta. Forked before any
    JVM exists in this process; ``close`` waits for it, so the store is closed when the build returns."""

    def __init__(self, store_dir: Path) -> None:
        import multiprocessing

        context = multiprocessing.get_context("fork")
        self.conn, child = context.Pipe()
        self.proc = context.Process(
            target=_store_child, args=(child, str(store_dir)), daemon=True, name="policykg-store"
        )
        self.proc.start()
        child.close()
        self.went = False  # told to open the store
        self.asked = False
        self.closed = False

    @classmethod
    def maybe(cls, out: Path, *, load_store: bool, force: bool) -> _StoreWorker | None:
        """A worker when this build will probably update the store by a delta, started as early as possible."""
        if not load_store or force or not _can_fork() or _jvm_running():
            return None
        if not (out / "store").is_dir() or not (out / _CACHE_DIR / _STAMP).is_file():
            return None
        return cls(out / "store")

    def go(self) -> None:
        """Open the store: it will most likely be written."""
        self.went = True
        with suppress(OSError):
            self.conn.send("go")

    def apply(self, delta: Delta, expected: int, counts: dict[str, int]) -> tuple[str, Any]:
        """("ok", (store info, node count)), ("refused", why) or ("error", message)."""
        self.asked = True
        try:
            self.conn.send((delta, expected, counts))
        except OSError:
            pass  # it ended early (it could not open the store): its reason is waiting in the pipe
        try:
            if not self.conn.poll(STORE_TIMEOUT):
                return "error", f"no answer in {STORE_TIMEOUT:.0f} s"
            answer = self.conn.recv()
        except (EOFError, OSError) as err:
            return "error", f"it ended without an answer ({err})"
        return cast("tuple[str, Any]", answer)

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        if not self.went:
            # Never told to open the store: it ends after its engine start (or is ended with this process);
            # it touched nothing, so nothing waits for it.
            with suppress(OSError):
                self.conn.send("stop")
            self.conn.close()
            return
        if not self.asked:
            with suppress(OSError):
                self.conn.send(None)
        self.proc.join(timeout=STORE_TIMEOUT if self.asked else 60.0)
        if self.proc.is_alive():
            self.proc.terminate()
            self.proc.join(timeout=5)
        self.conn.close()


class _DeltaWorker:
    """One forked process that imports what a store delta needs while the build goes on, then computes the
    delta there: the rdflib import and the ontology mapping never hold up this process, which meanwhile
    starts the store's JVM. Forked before that JVM exists; ended by ``close`` (by its own process id)."""

    def __init__(self) -> None:
        import multiprocessing

        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("fork" if "fork" in methods else None)
        self.conn, child = context.Pipe()
        self.proc = context.Process(target=_delta_child, args=(child,), daemon=True, name="policykg-delta")
        self.proc.start()
        child.close()
        self.sender: Any = None

    def diff(self, old_texts: list[bytes], new_texts: list[bytes]) -> _DeltaWorker:
        import threading

        # Sent from a thread: the child reads only once its imports are done, and a large request would
        # otherwise block this process until then.
        self.sender = threading.Thread(target=self.conn.send, args=((old_texts, new_texts),), daemon=True)
        self.sender.start()
        return self

    def result(self) -> Delta:
        try:
            if not self.conn.poll(DELTA_TIMEOUT):
                raise StoreError(f"the delta worker gave no answer in {DELTA_TIMEOUT:.0f} s")
            status, value = self.conn.recv()
        except (EOFError, OSError) as err:
            raise StoreError(f"the delta worker ended without an answer ({err})") from err
        if status != "ok":
            raise StoreError(f"the delta worker failed: {value}")
        return cast("Delta", value)

    def close(self) -> None:
        if self.proc.is_alive():
            self.proc.terminate()
        self.proc.join(timeout=5)
        self.conn.close()


@dataclass
class _StoreDelta:
    """What the store must change to go from the previous graph to the new one (computed before the graph
    files are replaced, from the old parts of the touched documents; maybe still being computed)."""

    since: str  # the build id the store holds
    delta: Delta | _DeltaWorker


def _read_stamp(cache: _Cache) -> dict[str, Any] | None:
    try:
        data = json.loads((cache.folder / _STAMP).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and data.get("format") == CACHE_FORMAT else None


def _prepare_store_delta(
    out: Path,
    cache: _Cache,
    old: _Layout | None,
    new: _Layout,
    state: _SharedState,
    worker: _DeltaWorker | None,
) -> _StoreDelta | None:
    """The store delta, when the store holds exactly the graph ``old`` describes and few documents changed."""
    stamp = _read_stamp(cache)
    if old is None or stamp is None or stamp.get("build_id") != old.build_id:
        log.debug("store: no stamp of the previous graph; the full sync runs")
        return None
    if not (out / "store").is_dir():
        return None
    removed = [d for d in old.docs if d not in new.docs]
    changed = [d for d, row in new.docs.items() if old.docs.get(d, ("",))[:2] != row[:2]]
    if len(removed) + len(changed) > max(DELTA_MIN_DOCS, DELTA_MAX_SHARE * len(new.docs)):
        log.debug("store: %d documents touched; the full sync runs", len(removed) + len(changed))
        return None
    old_texts: list[bytes] = []
    new_texts: list[bytes] = []
    try:
        with open(out / "graph.nt", "rb") as fh:
            if not state.head_sha or old.head_sha != state.head_sha:
                old_block, new_block = _changed_subjects(_pread(fh, 0, old.head[0]), state.head_bytes()[0])
                old_texts.append(old_block)
                new_texts.append(new_block)
            for doc_id in [*removed, *changed]:
                row = old.docs.get(doc_id)
                if row is not None:
                    old_texts.append(_pread(fh, row[2], row[3]))
    except OSError as err:
        log.info("store: cannot read the previous graph (%s); the full sync runs", err)
        return None
    by_key = {s.key: s for s in cache.used.values()}
    for doc_id in changed:
        key = new.docs[doc_id][0]
        summary = by_key.get(key)
        if summary is None:
            return None
        extra = state.cites.get(doc_id, (b"", b""))
        new_texts.append(_read_fragment_nt(cache.folder, summary) + extra[0])
    if not old_texts and not new_texts:
        from policykg.graph.delta import Delta

        return _StoreDelta(since=old.build_id, delta=Delta())
    if worker is not None:
        return _StoreDelta(since=old.build_id, delta=worker.diff(old_texts, new_texts))
    from policykg.graph.delta import graph_delta

    return _StoreDelta(since=old.build_id, delta=graph_delta(old_texts, new_texts))


def _changed_subjects(old: bytes, new: bytes) -> tuple[bytes, bytes]:
    """The lines of two versions of the shared block (N-Triples) about every subject with a line added or
    removed: a node of the shared block is described by its own lines only (``policykg.graph.delta``), so the
    delta of these is the delta of the whole block, at a fraction of the parsing (one new document changes
    a few hundred of its 150,000 lines at 1,000 documents). Blank nodes have no stable name: with any, the
    whole block is compared."""
    if b"_:" in old or b"_:" in new:
        return old, new
    old_lines, new_lines = old.splitlines(keepends=True), new.splitlines(keepends=True)
    changed = set(old_lines).symmetric_difference(new_lines)
    subjects = {line.split(b" ", 1)[0] for line in changed}

    def keep(lines: list[bytes]) -> bytes:
        return b"".join(line for line in lines if line.split(b" ", 1)[0] in subjects)

    return keep(old_lines), keep(new_lines)


def _pread(fh: Any, offset: int, length: int) -> bytes:
    data = os.pread(fh.fileno(), length, offset)
    if len(data) != length:
        raise OSError(f"{fh.name}: shorter than recorded")
    return data


def _read_fragment_nt(folder: Path, summary: DocSummary) -> bytes:
    path = folder / f"{summary.key}.frag"
    with path.open("rb") as fh:
        head = fh.read(_HEADER.size)
        if head != _HEADER.pack(_MAGIC, summary.nt_len, summary.ttl_len, summary.text_len):
            raise GraphBuildError(f"{path}: damaged cache entry; run the build again with --force")
        return _pread(fh, _HEADER.size, summary.nt_len)


def _store_step(
    out: Path, cache: _Cache, layout: _Layout, planned: _StoreDelta | None, worker: _StoreWorker | None = None
) -> dict[str, object]:
    """Bring ``out/store`` to the graph just written: by the planned delta when it applies, else in full; then
    stamp it with the build id (removed first, so an interrupted load is never trusted)."""
    stamp = cache.folder / _STAMP
    old_stamp = _read_stamp(cache) if planned is not None else None
    stamp.unlink(missing_ok=True)
    result: dict[str, object] | None = None
    if planned is not None and old_stamp is not None:
        result = _apply_store_delta(out, planned, old_stamp, worker)
    if worker is not None:
        worker.close()  # the store must be closed there before it is opened here
    if result is None:
        result = _load_store(out)
    counts = result.get("counts")
    nodes = result.get("_nodes")
    result.pop("_nodes", None)
    if isinstance(counts, dict) and isinstance(nodes, int):
        data = {"format": CACHE_FORMAT, "build_id": layout.build_id, "nodes": nodes, "counts": counts}
        cache.folder.mkdir(parents=True, exist_ok=True)
        replace_nosync(stamp, json.dumps(data).encode("utf-8"))
    return result


def _apply_store_delta(
    out: Path, planned: _StoreDelta, stamp: dict[str, Any], worker: _StoreWorker | None = None
) -> dict[str, object] | None:
    """The delta applied to the store (by ``worker`` when there is one), or None when it does not apply (the
    full sync then runs)."""
    from policykg.graph.delta import Delta, DeltaRefused
    from policykg.graph.embedded import EmbeddedStore
    from policykg.graph.store import StoreInfo

    expected = stamp.get("nodes")
    counts = stamp.get("counts")
    if not isinstance(expected, int) or not isinstance(counts, dict):
        return None
    if isinstance(planned.delta, Delta) and planned.delta.empty:
        # Nothing to write: the store is not even opened (its JVM start is most of a no-op build's time).
        info = StoreInfo(target=f"embedded:{out / 'store'}", counts=dict(counts))
        return {**asdict(info), "_nodes": expected}
    if worker is not None:
        delta = planned.delta if isinstance(planned.delta, Delta) else _delta_result(planned.delta)
        if delta is None:
            return None
        status, value = worker.apply(delta, expected, counts)
        if status == "ok":
            sinfo_dict, nodes = value
            return {**sinfo_dict, "_nodes": nodes}
        if status == "refused":
            log.info("store: the delta does not apply (%s); the full sync runs", value)
            return None
        log.info("store: the store worker failed (%s); trying here", value)
        worker.close()
        planned = _StoreDelta(since=planned.since, delta=delta)
    try:
        with EmbeddedStore(out / "store") as store:
            delta = planned.delta if isinstance(planned.delta, Delta) else _delta_result(planned.delta)
            if delta is None:
                return None
            sinfo = store.apply_delta(delta, expected_nodes=expected, counts=counts)
            nodes = store.node_count()
    except DeltaRefused as why:
        log.info("store: the delta does not apply (%s); the full sync runs", why)
        return None
    except PolicyKGError:
        raise
    except Exception as err:  # the embedded engine raises Java-side exceptions of many kinds
        raise StoreError(f"{out / 'store'}: updating the embedded store failed: {err}") from err
    return {**asdict(sinfo), "_nodes": nodes}


def _delta_result(future: _DeltaWorker) -> Delta | None:
    try:
        return future.result()
    except PolicyKGError as err:
        log.info("store: the delta could not be computed (%s); the full sync runs", err)
    except Exception as err:  # the worker process misbehaved: the full sync still works
        log.warning("store: the delta worker failed (%s: %s); the full sync runs", type(err).__name__, err)
    return None


def _load_store(out: Path) -> dict[str, object]:
    """Load ``out/store`` from ``out/graph.nt``, streamed in batches (no rdflib or networkx graph is built)."""
    from policykg.graph.embedded import EmbeddedStore
    from policykg.graph.pgraph import element_batches_from_ntriples

    try:
        with EmbeddedStore(out / "store") as store:
            sinfo = store.load_batches(element_batches_from_ntriples(out / "graph.nt"))
            nodes = store.node_count()
    except PolicyKGError:
        raise
    except Exception as err:  # the embedded engine raises Java-side exceptions of many kinds
        raise StoreError(f"{out / 'store'}: loading the embedded store failed: {err}") from err
    return {**asdict(sinfo), "_nodes": nodes}


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
