"""The store step of a build whose store is LadybugDB (``policykg build --engine ladybug``, issue 13).

When the store's stamp says it holds the previous graph, the planned delta (few documents changed) is written
to it (``ladybug_delta``); an empty one leaves it untouched. Otherwise, or when the delta does not apply, it is
loaded in full (``ladybug_load``: COPY from Arrow tables). No worker process: the engine has no JVM to start.

When a full load is certain from the start (no store of this engine, no stamp, ``--force``: ``full_load_ahead``),
it is fed from the build itself, not from graph.nt: each extraction worker writes its document's rows, made from
the triples its fragment is written from (``work.doc_rows``, sealed, under ``.cache/ladybug-rows``), and as soon
as the shared block is merged a thread (``EarlyLoad``) reads the shared block's and the citations' text (what
the build writes into graph.nt around the documents' parts) and the documents' rows in graph.nt's order and
writes the new database part by part (``ladybug_load.Writer``), while this thread writes the texts and the
graph files (the engine's COPY releases the interpreter's lock). The store step then swaps it in. A cached
document (an engine switch, a build with a kept cache) is read from its cache entry's fragment, the text
graph.nt copies. The next part is made while the engine writes one (``ladybug_load.read_ahead``), and each rows
file read is removed by a thread of its own (``_Remover``): a removal waits for the file system's journal, which
the graph files just written keep busy (18 s in all at 10,000 documents, loaded).
"""

from __future__ import annotations

import gc
import json
import logging
import pickle
import shutil
import threading
from collections.abc import Generator, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, cast

from policykg.errors import PolicyKGError
from policykg.fsutil import replace_nosync
from policykg.graph.store import engines
from policykg.pipeline.cache import (
    CACHE_FORMAT,
    STAMP,
    Cache,
    DocSummary,
    Layout,
    SharedState,
    read_fragment_nt,
)
from policykg.pipeline.seal import SealError, unseal
from policykg.pipeline.store import StoreDelta, read_stamp
from policykg.pipeline.work import ROWS_DIR, rows_file

if TYPE_CHECKING:
    from policykg.graph.store import StoreInfo
    from policykg.graph.store.ladybug_load import Batch
    from policykg.models import StoreReport

log = logging.getLogger(__name__)


def full_load_ahead(out: Path, cache: Cache, *, force: bool) -> bool:
    """Will this build load the LadybugDB store in full whatever it extracts? (No delta can apply: ``--force``,
    no stamp of a LadybugDB store, or no database file.)"""
    if force or not (out / "store" / engines.LADYBUG_FILE).is_file():
        return True
    stamp = read_stamp(cache)
    return stamp is None or stamp.get("engine") != engines.LADYBUG


def clear_rows(folder: Path) -> None:
    """An empty folder for the rows the extraction workers write (``work.rows_file``)."""
    drop_rows(folder)
    (folder / ROWS_DIR).mkdir(parents=True, exist_ok=True)


def drop_rows(folder: Path) -> None:
    shutil.rmtree(folder / ROWS_DIR, ignore_errors=True)


class EarlyLoad:
    """The full load written in a thread (see the module docstring), in parts (``ladybug_load.PART_NODES``):
    the shared block, then the documents in order. ``finish`` swaps it in (or, when the rows need the whole
    graph at once, loads graph.nt); ``close`` (also on an error of the build) waits for the thread and removes
    what it wrote unless it was swapped in."""

    def __init__(self, out: Path, folder: Path, by_id: list[DocSummary], state: SharedState):
        self.store_dir = out / "store"
        self.nt = out / "graph.nt"
        self.folder = folder
        self.by_id = by_id
        self.state = state
        self.info: StoreInfo | None = None
        self.error: BaseException | None = None
        self.whole = False  # the rows need the whole graph at once: graph.nt is loaded instead
        self.done = False
        self.remover = _Remover()
        self.thread = threading.Thread(target=self._run, name="policykg-ladybug-load", daemon=True)
        self.thread.start()

    def _rows(self, summary: DocSummary) -> Batch:
        """A document's rows: as its worker wrote them, else (cached) read from its cache entry's fragment."""
        from policykg.graph.store.ladybug_load import text_batch

        path = rows_file(self.folder, summary.key)
        try:
            blob = path.read_bytes()
        except FileNotFoundError:
            blob = None
        if blob is not None:
            self.remover.remove(path)
            try:
                rows: Batch = pickle.loads(unseal(blob))
                return rows
            except SealError as err:
                log.info("store: %s (%s); its fragment is read instead", path, err)
        return text_batch(read_fragment_nt(self.folder, summary), f"{self.folder / summary.key}.frag")

    def _parts(self) -> Generator[Batch, None, None]:
        """graph.nt's rows in its order, in parts: the shared block, then each document's part and its
        citations (``_batches``); the next part made while the engine writes this one (``read_ahead``)."""
        from policykg.graph.store.ladybug_load import PART_NODES, in_parts, read_ahead

        yield from read_ahead(in_parts(self._batches(), PART_NODES))

    def _batches(self) -> Iterator[Batch]:
        from policykg.graph.store.ladybug_load import text_batch

        yield text_batch(self.state.head_bytes()[0], "the shared block")
        for summary in self.by_id:
            yield self._rows(summary)
            cites = self.state.cites.get(summary.doc_id)
            if cites is not None and cites[0]:
                yield text_batch(cites[0], f"the citations of {summary.doc_id}")

    def _run(self) -> None:
        from policykg.graph.store.ladybug_load import NeedsWholeGraph, write_fresh, write_parts

        # The rows are hundreds of thousands of containers without cycles: the cyclic collector's passes over
        # them (and over everything the build holds) would cost a tenth of the load's CPU for nothing.
        collecting = gc.isenabled()
        gc.disable()
        parts = self._parts()
        try:
            self.info = write_fresh(self.store_dir, lambda fresh: write_parts(fresh, parts))
            log.info("store: the new LadybugDB database written in %.3f s", self.info.seconds)
        except NeedsWholeGraph as why:
            log.info("store: %s; the LadybugDB store is loaded from graph.nt", why)
            self.whole = True
        except BaseException as err:  # raised in the build's thread by finish
            self.error = err
        finally:
            parts.close()  # on an error, the thread making the parts stops before the rows are removed
            if collecting:
                gc.enable()
            self.remover.close()
            drop_rows(self.folder)

    def finish(self) -> StoreInfo:
        """The new database made the store, once written."""
        from policykg.graph.store.ladybug_load import load_store, swap_in

        self.thread.join()
        if self.error is not None:
            raise self.error
        self.done = True
        if self.whole:
            return load_store(self.store_dir, self.nt)
        assert self.info is not None
        return swap_in(self.store_dir, self.info)

    def close(self) -> None:
        from policykg.graph.store.ladybug_load import discard_fresh

        self.thread.join()
        if not self.done:
            discard_fresh(self.store_dir)


class _Remover:
    """Files removed by a thread of its own, off the load's path: on a file system whose journal the graph files
    keep busy (ext4 mounted with ``discard`` frees the blocks at each commit), one removal waits milliseconds,
    and the load would wait for each of 10,000 (18 s, a quarter of its wall time at 10,000 documents, loaded).
    ``close`` waits for the removals asked for."""

    def __init__(self) -> None:
        self.pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="policykg-rows-removal")

    def remove(self, path: Path) -> None:
        self.pool.submit(path.unlink, missing_ok=True)

    def close(self) -> None:
        self.pool.shutdown(wait=True)


def _unchanged(out: Path, planned: StoreDelta | None, stamp: dict[str, object] | None) -> bool:
    from policykg.graph.store.delta import Delta

    return (
        planned is not None
        and stamp is not None
        and stamp.get("engine") == engines.LADYBUG
        and stamp.get("build_id") == planned.since
        and isinstance(planned.delta, Delta)
        and planned.delta.empty
        and (out / "store" / engines.LADYBUG_FILE).is_file()
    )


def _by_delta(
    out: Path, planned: StoreDelta | None, stamp: dict[str, object] | None
) -> tuple[StoreInfo, int] | None:
    """The planned delta written to the store, or None when it does not apply (the full reload then runs)."""
    from policykg.graph.store.delta import Delta, DeltaRefused
    from policykg.graph.store.ladybug_delta import apply_delta

    if planned is None or stamp is None or not isinstance(planned.delta, Delta):
        return None
    expected = stamp.get("nodes")
    if stamp.get("engine") != engines.LADYBUG or stamp.get("build_id") != planned.since:
        return None
    if not isinstance(expected, int) or not (out / "store" / engines.LADYBUG_FILE).is_file():
        return None
    try:
        return apply_delta(out / "store", planned.delta, expected)
    except DeltaRefused as why:
        log.info("store: the delta does not apply (%s); the LadybugDB store is reloaded", why)
    except PolicyKGError:
        raise
    except Exception as err:  # the engine raises RuntimeError for any failure; nothing was committed
        log.warning("store: the delta failed (%s); the LadybugDB store is reloaded", err)
    return None


def ladybug_store_step(
    out: Path, cache: Cache, layout: Layout, planned: StoreDelta | None, early: EarlyLoad | None = None
) -> StoreReport:
    """Bring ``out/store`` to the graph just written (by ``early`` when it was loaded ahead), then stamp it
    (removed first, so an interrupted load is never trusted)."""
    from policykg.graph.store import StoreInfo
    from policykg.graph.store.ladybug_load import load_store

    stamp_file = cache.folder / STAMP
    stamp = read_stamp(cache)
    stamp_file.unlink(missing_ok=True)
    if early is not None:
        info = early.finish()
        total = info.nodes_written
    elif stamp is not None and _unchanged(out, planned, stamp):
        log.info("store: the graph did not change; the LadybugDB store is kept")
        counts = stamp.get("counts")
        nodes = stamp.get("nodes")
        info = StoreInfo(
            target=f"embedded:{out / 'store'}", counts=dict(counts) if isinstance(counts, dict) else {}
        )
        total = nodes if isinstance(nodes, int) else 0
    else:
        done = _by_delta(out, planned, stamp)
        if done is None:
            info = load_store(out / "store", out / "graph.nt")
            total = info.nodes_written
        else:
            info, total = done
    data = {
        "format": CACHE_FORMAT,
        "engine": engines.LADYBUG,
        "build_id": layout.build_id,
        "nodes": total,
        "counts": info.counts,
    }
    cache.folder.mkdir(parents=True, exist_ok=True)
    replace_nosync(stamp_file, json.dumps(data).encode("utf-8"))
    return cast("StoreReport", asdict(info))
