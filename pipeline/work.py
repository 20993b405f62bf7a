"""Per-file work, run in a process pool: load and extract one file, render its document-local fragment
(``policykg.graph.rdf.stream.make_fragment``), write its cache entry and hand back a small ``DocSummary``."""

from __future__ import annotations

import gc
import hashlib
import logging
import os
import pickle
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from policykg.errors import GraphBuildError, LoadError, PolicyKGError
from policykg.fsutil import replace_nosync
from policykg.models import BuildInfo, ParsedDocument, Skip
from policykg.pipeline.cache import HEADER, MAGIC, DocSummary
from policykg.pipeline.report import file_entry
from policykg.pipeline.seal import seal
from policykg.procutil import FILE_SECONDS, WORKER_MEMORY, init_extract_worker, time_budget

if TYPE_CHECKING:
    from collections.abc import Callable

    from policykg.graph.rdf.stream import Fragment


log = logging.getLogger(__name__)

PARALLEL_THRESHOLD = 16  # below this many files to extract, a process pool costs more than it saves
# A file this large is always extracted in a worker process, where its memory is capped (procutil).
LARGE_FILE = 4 * 1024 * 1024


def _any_large(tasks: list[Task]) -> bool:
    for task in tasks:
        try:
            if task.path.stat().st_size > LARGE_FILE:
                return True
        except OSError:
            continue
    return False


@dataclass(frozen=True)
class Task:
    path: Path
    max_bytes: int
    key: str
    cache_dir: Path
    base_iri: str
    rows: bool = False  # also write the document's store rows (``rows_file``): a LadybugDB load reads them


# Where a worker writes a document's store rows (``doc_rows``, pickled and sealed) for a LadybugDB load.
ROWS_DIR = "ladybug-rows"

# One document's nodes (IRI -> labels and properties) and relationships (start, type, end), checked as a store
# load checks a batch (``policykg.graph.store.sync.check_batch``).
DocRows = tuple[dict[str, tuple[tuple[str, ...], dict[str, Any]]], list[tuple[str, str, str]]]


def rows_file(cache_dir: Path, key: str) -> Path:
    return cache_dir / ROWS_DIR / f"{key}.rows"


def doc_rows(frag: Fragment) -> DocRows:
    """The rows a store load would read from ``frag.nt``, read from its triples (``keep_triples``)."""
    from policykg.graph.store.pgraph import element_batch_from_triples
    from policykg.graph.store.sync import check_batch

    assert frag.local is not None, "the fragment was made without keep_triples"
    return check_batch(*element_batch_from_triples(frag.local.subjects))


def extract_one(path: Path, max_bytes: int) -> ParsedDocument:
    from policykg.loaders.base import load
    from policykg.loaders.extract import extract

    return extract(load(path, max_bytes=max_bytes))


def process(task: Task) -> tuple[DocSummary | None, str | None]:
    """Worker entry point: extract one file, render its fragment, write its cache entry, return its summary.
    A PolicyKGError becomes a skip reason; anything else is a bug and propagates."""
    from policykg.graph.rdf.stream import make_fragment

    try:
        with time_budget(FILE_SECONDS, str(task.path)):
            doc = extract_one(task.path, task.max_bytes)
            frag = make_fragment(doc, task.base_iri, keep_triples=task.rows)
            rows = pickle.dumps(doc_rows(frag), protocol=pickle.HIGHEST_PROTOCOL) if task.rows else None
    except MemoryError:
        return None, f"needs more than {WORKER_MEMORY // 2**20} MB of memory to extract; skipped"
    except GraphBuildError as err:
        return None, str(err)
    except PolicyKGError as err:
        return None, err.problem if isinstance(err, LoadError) else str(err)
    except (
        ValueError,
        TypeError,
        KeyError,
    ) as err:  # a bug in a builder rule: skip the file, log the traceback
        log.exception("%s: building its graph failed", task.path)
        return None, f"building its graph failed ({type(err).__name__}: {err}); please report this"
    frag.local = None
    if rows is not None:
        replace_nosync(rows_file(task.cache_dir, task.key), seal(rows))
    text = doc.source.text.encode("utf-8", "surrogatepass")
    nt, ttl = frag.nt.encode("utf-8"), frag.ttl.encode("utf-8")
    pickled = pickle.dumps(frag.shared, protocol=pickle.HIGHEST_PROTOCOL)
    blob = seal(pickled)
    task.cache_dir.mkdir(parents=True, exist_ok=True)
    replace_nosync(
        task.cache_dir / f"{task.key}.frag",
        HEADER.pack(MAGIC, len(nt), len(ttl), len(text)),
        nt,
        ttl,
        text,
        blob,
    )
    summary = DocSummary(
        key=task.key,
        doc_id=doc.doc_id,
        file_entry=file_entry(doc),
        shared=frag.shared,
        triples=frag.triples,
        sections=frag.sections,
        measures=frag.measures,
        targets=frag.targets,
        text_sha=hashlib.sha256(text).hexdigest(),
        nt_len=len(nt),
        ttl_len=len(ttl),
        text_len=len(text),
        shared_sha=part_digest(pickled),
        shared_len=len(blob),
    )
    return summary, None


def part_digest(pickled: bytes) -> str:
    """The digest of a document's shared contributions, from their pickle (as written to its cache entry): the
    same data made by the same code pickles to the same bytes, and hashing them costs a fraction of a repr
    of thousands of small tuples. (Equal data pickled with other object sharing would only give another
    digest: the shared block is then merged again, never reused wrongly.)"""
    return hashlib.sha256(pickled).hexdigest()[:32]


class ProgressBar(Protocol):
    """What a build advances while files are extracted (``policykg.display.ExtractionBar``)."""

    def start(self, total: int) -> None: ...

    def advance(self, name: str) -> None: ...

    def close(self) -> None: ...


def run_extraction(
    tasks: list[Task],
    jobs: int | None,
    bar: ProgressBar | None = None,
    on_result: Callable[[Task, DocSummary | None], None] | None = None,
) -> list[tuple[DocSummary | None, str | None]]:
    """Every task's result, in order: in a process pool when there are enough of them. ``on_result`` is told
    each task's summary (None: skipped) as it comes, in order (its cache entry is written by then)."""
    jobs = jobs if jobs is not None else (os.cpu_count() or 1)
    results: list[tuple[DocSummary | None, str | None]] = []
    if not tasks:
        return results
    # Imported before the pool starts, so forked workers share the loaded modules instead of importing them.
    import policykg.graph.rdf.stream  # noqa: F401
    import policykg.loaders.extract  # noqa: F401

    if any(task.rows for task in tasks):
        from policykg.graph.rdf.mapping import get_mapping
        from policykg.graph.store import sync  # noqa: F401

        get_mapping()
    if bar is not None:
        bar.start(len(tasks))
    try:
        if (jobs > 1 and len(tasks) >= PARALLEL_THRESHOLD) or _any_large(tasks):
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            from policykg.loaders.extract.document import warm_up

            frozen = multiprocessing.get_start_method() == "fork"
            if frozen:
                warm_up()  # loaded once here and shared by the forked workers, instead of once in each
                # What is loaded now (modules, lexicons, compiled rules) lives as long as the build: kept out of
                # the cyclic collector's passes in this process and in every forked worker (which then neither
                # traverses it again nor writes to its pages), as the gc module advises before a fork
                gc.freeze()
            chunk = max(1, min(8, len(tasks) // (jobs * 4)))
            workers = max(1, min(jobs, len(tasks)))
            try:
                with ProcessPoolExecutor(max_workers=workers, initializer=init_extract_worker) as pool:
                    for task, result in zip(tasks, pool.map(process, tasks, chunksize=chunk), strict=True):
                        results.append(result)
                        if on_result is not None:
                            on_result(task, result[0])
                        if bar is not None:
                            bar.advance(task.path.name)
            finally:
                if frozen:
                    gc.unfreeze()  # a process that builds again (a library caller) collects it as before
        else:
            for task in tasks:
                results.append(process(task))
                if on_result is not None:
                    on_result(task, results[-1][0])
                if bar is not None:
                    bar.advance(task.path.name)
    finally:
        if bar is not None:
            bar.close()
    return results


def dedupe_doc_ids(docs: list[tuple[Path, DocSummary]], info: BuildInfo) -> list[tuple[Path, DocSummary]]:
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
