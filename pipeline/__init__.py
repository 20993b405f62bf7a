"""The build: inputs -> load -> extract -> RDF fragments -> graph files (+ embedded store).

``build()`` below calls the stages in order; each lives in its own module:

* ``cache`` — the content-hash cache: entry format, ``DocSummary``, index, shared block and layout files;
* ``work`` — per-file work in the process pool (load, extract, render the fragment, write the cache entry);
* ``assemble`` — the shared block merged, the graph files and the texts written;
* ``store`` — the store step (delta or full sync), helped by the forked workers of ``store_worker``;
* ``report`` — ``report.json`` (the progress bar and summary table the CLI shows are ``policykg.display``).

``build()`` returns a ``BuildInfo`` with counts and per-file problems; the CLI prints it. Outputs in OUT:

* ``graph.ttl`` and ``graph.nt`` — the RDF graph (written atomically, never half-written);
* ``report.json`` — counts, skips with reasons, per-file encoding/script/warnings/problems;
* ``text/<doc_id>.txt`` — the exact text every offset refers to, so any quote can be checked later;
* ``store/`` — the embedded graph store (unless ``load_store=False``);
* ``.cache/`` — the incremental cache: one entry per input file, keyed by its content hash, its name, the
  base IRI and the fingerprint of the extraction and graph-building code (code + lexicon data), so an
  unchanged file is never extracted twice.

How a build scales (``bench/bench_build.py``): each worker process loads and extracts a file and renders its
document-local triples at once (``policykg.graph.rdf.stream.make_fragment``), writes them with the text and the
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
* The embedded store is updated by a delta (``policykg.graph.store.delta``) when ``.cache/store.json`` says it holds
  exactly the previous graph: the old parts of the changed documents (and the old shared block) are diffed
  against the new ones and only that difference is written. Any doubt (no stamp, another graph, ``--force``,
  a store whose node count differs) falls back to the full sync. When a delta is likely, a forked worker
  starts the engine's JVM and opens the store at the start of the build, while this process extracts and
  writes the graph (the JVM cannot be started from a thread here), and applies the delta there; the JVM
  itself starts from the engine's start-up cache (``policykg.graph.store.engine_cache``) once that is made.

A full load (a first build, ``--force``) runs in a forked load worker (``store_worker.LoadWorker``) that starts
the engine, opens the store and prepares its schema while the files are extracted, and writes each document's
nodes (and, on a first load, its own relationships) from its cache entry as soon as its extraction ends
(``_Feed``); the shared block and the citations are sent as soon as they are merged, and every other
relationship and the indexes follow while this process writes the graph files (issue 13).
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from policykg.errors import UsageError
from policykg.graph.rdf.namespaces import DEFAULT_BASE
from policykg.graph.store import engines
from policykg.models import BuildInfo, Skip
from policykg.pipeline import work
from policykg.pipeline.assemble import graph_parts, shared_state, write_graph, write_texts
from policykg.pipeline.cache import CACHE_DIR, STAMP, Cache, DocSummary, FragmentRef, Layout, SharedState
from policykg.pipeline.lock import build_lock, remove_stale_temps
from policykg.pipeline.report import report_dict, write_report
from policykg.pipeline.store import StoreDelta, prepare_store_delta, store_step
from policykg.pipeline.store_ladybug import (
    EarlyLoad,
    clear_rows,
    drop_rows,
    full_load_ahead,
    ladybug_store_step,
)
from policykg.pipeline.store_worker import DeltaWorker, LoadWorker, StoreWorker, jvm_running

if TYPE_CHECKING:
    from policykg.pipeline.work import ProgressBar

__all__ = ["DEFAULT_BASE_IRI", "build", "report_dict", "write_report"]

log = logging.getLogger(__name__)

DEFAULT_BASE_IRI = DEFAULT_BASE


def build(
    paths: Sequence[Path],
    out: Path,
    *,
    load_store: bool = True,
    force: bool = False,
    base_iri: str = DEFAULT_BASE_IRI,
    progress: bool | ProgressBar = False,
    max_bytes: int | None = None,
    jobs: int | None = None,
    stage: Callable[[str], None] | None = None,
    follow_links: bool = False,
    on_wait: Callable[[str], None] | None = None,
    engine: str | None = None,
) -> BuildInfo:
    """Build the graph of every document under ``paths`` into ``out``; see the module docstring. ``progress``
    shows a progress bar while files are extracted (True: the terminal's; or the bar to advance); ``stage`` is
    told each stage as it starts (the CLI prints it, so a long store load is never silent); ``engine``: the
    store's engine (``policykg.graph.store.engines.chosen_engine``: by default the one the store has)."""
    out = Path(out)
    say = stage or (lambda _what: None)
    if out.exists() and not out.is_dir():
        raise UsageError(f"{out}: exists and is not a folder; choose another --out")
    with ExitStack() as workers:
        workers.enter_context(build_lock(out, note=on_wait))  # one build per folder; released on any exit
        remove_stale_temps(out)
        engine = _store_engine(out, engine) if load_store else engines.DEFAULT_ENGINE
        arcade = load_store and engine == engines.ARCADEDB  # the JVM engine's workers, started ahead
        # First of all: a store worker starts the store's JVM while the inputs are listed (see StoreWorker).
        store_worker = StoreWorker.maybe(out, load_store=arcade, force=force)
        if store_worker is not None:
            workers.enter_context(store_worker)
        lap = Laps(time.perf_counter())
        say("reading the inputs and the cache")
        run = _look_up(
            paths, out, base_iri=base_iri, force=force, max_bytes=max_bytes, follow_links=follow_links
        )
        delta_worker = _delta_worker(run, load_store=arcade, force=force)
        if delta_worker is not None:
            workers.enter_context(delta_worker)
            if store_worker is not None and (run.todo or run.info.cached != len(run.indexed)):
                store_worker.go()  # the store will likely be written: it opens meanwhile, elsewhere
        if store_worker is not None and not store_worker.went:
            store_worker.close()
            store_worker = None
        loader = None
        if store_worker is None and delta_worker is None:
            # No delta is likely: the store will be loaded in full, by a process whose engine starts now.
            loader = LoadWorker.maybe(out, load_store=arcade, documents=len(run.files), force=force)
            if loader is not None:
                workers.enter_context(loader)
        rows = _ask_rows(run, out, load_store=load_store and engine == engines.LADYBUG, force=force)
        if rows:  # what the workers wrote is removed when the build ends, however it ends
            workers.callback(drop_rows, run.cache.folder)
        lap("inputs hashed and looked up in the cache")
        # The load worker writes each document's nodes (its fragment, from the cache) as soon as its extraction
        # ends, while the next ones are extracted, the shared block is merged and the graph files are written.
        feed = _Feed(run, loader) if loader is not None and loader.early else None
        if run.todo:
            say(f"extracting {len(run.todo)} file{'s' if len(run.todo) != 1 else ''}")
        by_id = _extract(run, jobs, progress, feed)
        if not by_id:
            run.info.seconds = lap.total()
            return run.info  # nothing written: no empty or partial graph replaces a good one
        lap(f"{len(run.todo)} files extracted")
        if loader is not None and feed is not None and not feed.complete(by_id):
            # Not to happen: the worker was sent other documents than the build keeps. It stops (a store
            # folder it made is removed) and the store is loaded here, from graph.nt.
            log.warning("store: the load worker was sent other documents than the build's; loading here")
            loader.close()
            loader = None
        say("merging units, industries and systems across documents")
        old_shared = run.cache.load_shared()
        state = shared_state(by_id, base_iri, old_shared, run.cache)
        lap("shared entities merged" if state is not old_shared else "shared entities reused")
        cites = b"".join(state.cites.get(s.doc_id, (b"", b""))[0] for s in by_id)
        if loader is not None and loader.sent_parts and state.head_nt is not None:
            loader.rest_ahead(state.head_nt, cites)  # written while the texts and graph files are
        _count(run.info, by_id, state.triples, (state.units, state.industries, state.systems))
        early = None
        if rows:  # the LadybugDB store is written from the build's rows while the files are
            early = EarlyLoad(out, run.cache.folder, by_id, state)
            workers.callback(early.close)

        say("writing the texts and the graph files")
        want_delta = load_store and not force and early is None
        layout, store_delta = _write_outputs(out, run, by_id, state, lap, delta_worker, want_delta=want_delta)
        _prune(run)
        if load_store:
            say("loading the embedded store")
            rest = (state.head_len[0], cites)
            if engine == engines.LADYBUG:
                from policykg.graph.store import server

                server.release(out / "store")  # a server reading the database would see a half-written one
                run.info.store = ladybug_store_step(out, run.cache, layout, store_delta, early)
            else:
                run.info.store = store_step(out, run.cache, layout, store_delta, store_worker, loader, rest)
            lap("embedded store loaded")
        run.info.seconds = lap.total()
        write_report(run.info, out)
        return run.info
    raise AssertionError("unreachable")  # pragma: no cover (mypy: ExitStack may swallow exceptions)


def _write_outputs(
    out: Path,
    run: _Run,
    by_id: list[DocSummary],
    state: SharedState,
    lap: Laps,
    delta_worker: DeltaWorker | None,
    *,
    want_delta: bool,
) -> tuple[Layout, StoreDelta | None]:
    """The texts and the graph files (unchanged spans copied from the previous ones), and the store delta they
    imply when one is wanted (computed before the previous graph files are replaced)."""
    out.mkdir(parents=True, exist_ok=True)
    old_layout = run.cache.load_layout()
    if old_layout is not None and not old_layout.matches(out):
        old_layout = None  # the graph files were changed by someone else: copy nothing from them
    texts = write_texts(out, by_id, run.cache.folder, old_layout.texts if old_layout else {})
    lap("texts written")
    parts, layout = graph_parts(out, by_id, state, run.cache.folder, old_layout, texts)
    store_delta: StoreDelta | None = None
    if want_delta:
        store_delta = prepare_store_delta(out, run.cache, old_layout, layout, state, delta_worker)
    write_graph(out, state, parts, layout)
    run.cache.save_layout(layout)
    lap("graph.nt and graph.ttl written")
    return layout, store_delta


@dataclass
class _Run:
    """One build's inputs as looked up in the cache: what is cached, what must be extracted."""

    files: list[Path]
    info: BuildInfo
    cache: Cache
    indexed: set[str]  # the keys of the index as loaded
    summaries: dict[Path, DocSummary]  # the cached ones so far
    todo: list[work.Task]


def _look_up(
    paths: Sequence[Path], out: Path, *, base_iri: str, force: bool, max_bytes: int | None, follow_links: bool
) -> _Run:
    """List the inputs, hash them (from the stat index when unchanged) and look each up in the cache."""
    from policykg.graph.rdf.stream import Iris
    from policykg.loaders.base import DEFAULT_MAX_BYTES, iter_inputs

    max_bytes = max_bytes or DEFAULT_MAX_BYTES
    if out.exists() and not out.is_dir():
        raise UsageError(f"{out}: exists and is not a folder; choose another --out")
    Iris(base_iri)  # a bad base IRI fails before any work
    files, skips = iter_inputs(list(paths), follow_links=follow_links)
    info = BuildInfo(out_dir=str(out), skipped=list(skips))
    cache = Cache(out / CACHE_DIR, enabled=not force, base_iri=base_iri)
    index = cache.load_index()
    run = _Run(files=files, info=info, cache=cache, indexed=set(index), summaries={}, todo=[])
    for path in files:
        digest = cache.digest(path, max_bytes)
        key = cache.key(path, digest or f"unhashed:{os.path.realpath(path)}")
        hit = cache.hit(index, key) if digest else None
        if hit is not None:
            run.summaries[path] = hit
            info.cached += 1
        else:
            run.todo.append(work.Task(path, max_bytes, key, cache.folder, base_iri))
    return run


def _store_engine(out: Path, option: str | None) -> str:
    """The engine this build's store gets; a store another engine wrote is removed (with its stamp), so the
    new engine's store is loaded in full."""
    engine = engines.chosen_engine(option, out / "store")
    if engine == engines.LADYBUG:
        engines.ladybug_module()  # a missing extra is said before any work
        engines.pyarrow_module()
    if engines.clear_other_engine(out / "store", engine):
        log.info("store: the store had another engine; %s's is loaded in full", engine)
        (out / CACHE_DIR / STAMP).unlink(missing_ok=True)
    return engine


def _delta_worker(run: _Run, *, load_store: bool, force: bool) -> DeltaWorker | None:
    """A delta worker when a store delta is likely: a second process loads the graph mapping (rdflib, the
    ontology: most of a second) while this one extracts, writes the graph and starts the store's JVM."""
    if (
        load_store
        and not force
        and len(run.todo) < work.PARALLEL_THRESHOLD
        and (run.cache.folder / STAMP).is_file()
        and not jvm_running()
    ):
        return DeltaWorker()
    return None


def _ask_rows(run: _Run, out: Path, *, load_store: bool, force: bool) -> bool:
    """When the LadybugDB store will be loaded in full, the extraction workers are asked to write each
    document's store rows (``work.Task.rows``): the load then reads no graph.nt."""
    if not load_store or not full_load_ahead(out, run.cache, force=force):
        return False
    clear_rows(run.cache.folder)
    run.todo = [replace(task, rows=True) for task in run.todo]
    return True


def _extract(
    run: _Run, jobs: int | None, progress: bool | ProgressBar, feed: _Feed | None = None
) -> list[DocSummary]:
    """Extract what the cache lacks; record skips, the index and the per-file entries. Returns the documents
    to build, in ``doc_id`` order (empty when none). ``feed`` is told each result as it comes."""
    from policykg.graph.rdf.stream import intern_part

    if progress is True:
        from policykg.display import ExtractionBar

        progress = ExtractionBar()
    if feed is not None:
        feed.start()
    pool: dict[str, str] = {}
    cache, info = run.cache, run.info

    def arrived(task: work.Task, summary: DocSummary | None) -> None:
        """Each result as it comes, while the workers extract the next files: after the pool, reading and
        interning every document's shared contributions cost 0.2 CPU s at 1,000 documents and 3 at 10,000,
        with both cores idle but one."""
        if summary is not None:
            summary.attach(cache.folder)  # from a worker process, ``shared`` is read from the entry
            summary.shared = intern_part(summary.shared, pool)
        if feed is not None:
            feed.result(task, summary)

    results = work.run_extraction(run.todo, jobs, progress or None, arrived)
    if feed is not None:
        feed.end()
    for task, (summary, problem) in zip(run.todo, results, strict=True):
        if summary is None:
            info.skipped.append(Skip(str(task.path), problem or "unknown problem"))
        else:
            run.summaries[task.path] = summary
    pool.clear()  # the strings stay in the summaries; the index of them goes
    for summary in run.summaries.values():  # a duplicate doc id keeps its entry too: it is not re-extracted
        cache.used[summary.key] = summary
    ordered = work.dedupe_doc_ids([(p, run.summaries[p]) for p in run.files if p in run.summaries], info)
    if (run.todo and cache.used) or (cache.used and cache.seen_inputs != cache.inputs):
        cache.save_index()  # before the graph is written: a failed write still keeps the extractions
    info.documents = len(ordered)
    for path, summary in ordered:
        info.per_file.append({**summary.file_entry, "file": str(path)})
    return sorted((s for _, s in ordered), key=lambda s: s.doc_id)


# The load worker is sent documents' parts in messages of this many (fewer, at the end).
FEED_STEP = 8


class _Feed:
    """The documents' parts sent to an early load worker (``LoadWorker.parts``) as their extraction ends, as
    ``_extract`` will choose them once every file is done: in the inputs' order, skipped files left out, the
    first file of each document id (``work.dedupe_doc_ids``). A file is decided once it and every file before
    it are (extraction results come in order; cached files are decided from the start). The store's stamp
    is removed before the first part goes: the store is written before the build is done."""

    def __init__(self, run: _Run, loader: LoadWorker, step: int = FEED_STEP) -> None:
        self.run = run
        self.loader = loader
        self.step = step
        self.waiting = {task.path for task in run.todo}
        self.summaries: dict[Path, DocSummary] = dict(run.summaries)  # the cached ones, then each result
        self.next = 0  # the first file not decided yet
        self.ids: set[str] = set()
        self.sent: list[str] = []  # cache keys of the parts sent (or about to be)
        self.ready: list[FragmentRef] = []

    def start(self) -> None:
        self._advance()

    def result(self, task: work.Task, summary: DocSummary | None, _rows: work.DocRows | None = None) -> None:
        self.waiting.discard(task.path)
        if summary is not None:
            self.summaries[task.path] = summary
        self._advance()

    def end(self) -> None:
        self.waiting.clear()
        self._advance()

    def _advance(self) -> None:
        files = self.run.files
        while self.next < len(files) and files[self.next] not in self.waiting:
            summary = self.summaries.get(files[self.next])
            self.next += 1
            if summary is not None and summary.doc_id not in self.ids:
                self.ids.add(summary.doc_id)
                self.ready.append(FragmentRef.of(summary))
                self.sent.append(summary.key)
        if self.ready and (len(self.ready) >= self.step or self.next == len(files)):
            if not self.loader.sent_parts:
                (self.run.cache.folder / STAMP).unlink(missing_ok=True)
            self.loader.parts(self.run.cache.folder, self.ready)
            self.ready = []

    def complete(self, by_id: list[DocSummary]) -> bool:
        """Was the worker sent exactly the documents of ``by_id`` (and is it still there to write them)?"""
        return self.loader.sent_parts and not self.ready and sorted(self.sent) == sorted(s.key for s in by_id)


def _count(
    info: BuildInfo, by_id: list[DocSummary], shared_triples: int, shared: tuple[int, int, int]
) -> None:
    info.triples = shared_triples + sum(s.triples for s in by_id)
    info.sections = sum(s.sections for s in by_id)
    info.measures = sum(s.measures for s in by_id)
    info.targets = sum(s.targets for s in by_id)
    info.units, info.industries, info.systems = shared


def _prune(run: _Run) -> None:
    run.cache.prune()
    if not run.todo and set(run.cache.used) != run.indexed:
        run.cache.save_index()  # the index holds exactly the entries in use (a file was removed)


class Laps:
    """Stage timings in the info log (``policykg -v build ...`` or a logging config shows them)."""

    def __init__(self, started: float) -> None:
        self.started = self.last = started

    def __call__(self, what: str) -> None:
        now = time.perf_counter()
        log.info("build: %s in %.3f s", what, now - self.last)
        self.last = now

    def total(self) -> float:
        return time.perf_counter() - self.started
