"""The store step of a build: bring ``OUT/store`` to the graph just written, by a delta from the previous graph
when the store's stamp says it holds exactly that graph, else by the full sync; then stamp it."""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, cast

from policykg.errors import PolicyKGError, StoreError
from policykg.fsutil import replace_nosync
from policykg.pipeline.cache import (
    CACHE_FORMAT,
    STAMP,
    Cache,
    FragmentRef,
    Layout,
    SharedState,
    pread,
    read_fragment_nt,
)
from policykg.pipeline.store_worker import DeltaWorker, LoadWorker, StoreWorker

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from policykg.graph.store import ElementBatch, StoreInfo
    from policykg.graph.store.delta import Delta
    from policykg.graph.store.embedded import EmbeddedStore
    from policykg.models import StoreReport

log = logging.getLogger(__name__)

# Above this share of the documents touched (and more than DELTA_MIN_DOCS), the store gets the full sync: a
# delta that rewrites most of the graph would cost more than reading the store once.
DELTA_MAX_SHARE = 0.5
DELTA_MIN_DOCS = 16
# A full load parses graph.nt and writes its nodes in parts of this many nodes (see load_store).
LOAD_BATCH_NODES = 4_000


@dataclass
class StoreDelta:
    """What the store must change to go from the previous graph to the new one (computed before the graph
    files are replaced, from the old parts of the touched documents; maybe still being computed)."""

    since: str  # the build id the store holds
    delta: Delta | DeltaWorker


def read_stamp(cache: Cache) -> dict[str, Any] | None:
    try:
        data = json.loads((cache.folder / STAMP).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and data.get("format") == CACHE_FORMAT else None


def prepare_store_delta(
    out: Path,
    cache: Cache,
    old: Layout | None,
    new: Layout,
    state: SharedState,
    worker: DeltaWorker | None,
) -> StoreDelta | None:
    """The store delta, when the store holds exactly the graph ``old`` describes and few documents changed."""
    stamp = read_stamp(cache)
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
                old_block, new_block = _changed_subjects(pread(fh, 0, old.head[0]), state.head_bytes()[0])
                old_texts.append(old_block)
                new_texts.append(new_block)
            for doc_id in [*removed, *changed]:
                row = old.docs.get(doc_id)
                if row is not None:
                    old_texts.append(pread(fh, row[2], row[3]))
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
        new_texts.append(read_fragment_nt(cache.folder, summary) + extra[0])
    if not old_texts and not new_texts:
        from policykg.graph.store.delta import Delta

        return StoreDelta(since=old.build_id, delta=Delta())
    if worker is not None:
        return StoreDelta(since=old.build_id, delta=worker.diff(old_texts, new_texts))
    from policykg.graph.store.delta import graph_delta

    return StoreDelta(since=old.build_id, delta=graph_delta(old_texts, new_texts))


def _changed_subjects(old: bytes, new: bytes) -> tuple[bytes, bytes]:
    """The lines of two versions of the shared block (N-Triples) about every subject with a line added or
    removed: a node of the shared block is described by its own lines only (``policykg.graph.store.delta``), so the
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


class StoreResult(NamedTuple):
    """What one load or delta did to the store, and how many nodes the store holds after it (for the stamp)."""

    info: StoreInfo
    nodes: int


def store_step(
    out: Path,
    cache: Cache,
    layout: Layout,
    planned: StoreDelta | None,
    worker: StoreWorker | None = None,
    loader: LoadWorker | None = None,
    rest: tuple[int, bytes] | None = None,
) -> StoreReport:
    """Bring ``out/store`` to the graph just written: by the planned delta when it applies, else in full; then
    stamp it with the build id (removed first, so an interrupted load is never trusted). ``rest``: what a
    load worker sent the documents' parts ahead still needs (see ``LoadWorker.parts``)."""
    stamp = cache.folder / STAMP
    old_stamp = read_stamp(cache) if planned is not None else None
    stamp.unlink(missing_ok=True)
    result: StoreResult | None = None
    if planned is not None and old_stamp is not None:
        result = _apply_store_delta(out, planned, old_stamp, worker)
    if worker is not None:
        worker.close()  # the store must be closed there before it is opened here
    if result is None and loader is not None:
        result = loader.load(rest)  # its engine started while the graph was extracted
    if loader is not None:
        loader.close()
    if result is None:
        result = load_store(out)
    data = {
        "format": CACHE_FORMAT,
        "build_id": layout.build_id,
        "nodes": result.nodes,
        "counts": result.info.counts,
    }
    cache.folder.mkdir(parents=True, exist_ok=True)
    replace_nosync(stamp, json.dumps(data).encode("utf-8"))
    return cast("StoreReport", asdict(result.info))


def _apply_store_delta(
    out: Path, planned: StoreDelta, stamp: dict[str, Any], worker: StoreWorker | None = None
) -> StoreResult | None:
    """The delta applied to the store (by ``worker`` when there is one), or None when it does not apply (the
    full sync then runs)."""
    from policykg.graph.store import StoreInfo
    from policykg.graph.store.delta import Delta, DeltaRefused
    from policykg.graph.store.embedded import EmbeddedStore

    expected = stamp.get("nodes")
    counts = stamp.get("counts")
    if not isinstance(expected, int) or not isinstance(counts, dict):
        return None
    if isinstance(planned.delta, Delta) and planned.delta.empty:
        # Nothing to write: the store is not even opened (its JVM start is most of a no-op build's time).
        info = StoreInfo(target=f"embedded:{out / 'store'}", counts=dict(counts))
        return StoreResult(info, expected)
    if worker is not None:
        delta = planned.delta if isinstance(planned.delta, Delta) else _delta_result(planned.delta)
        if delta is None:
            return None
        status, value = worker.apply(delta, expected, counts)
        if status == "ok":
            sinfo_dict, nodes = value
            return StoreResult(StoreInfo(**sinfo_dict), nodes)
        if status == "refused":
            log.info("store: the delta does not apply (%s); the full sync runs", value)
            return None
        log.info("store: the store worker failed (%s); trying here", value)
        worker.close()
        planned = StoreDelta(since=planned.since, delta=delta)
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
    return StoreResult(sinfo, nodes)


def _delta_result(future: DeltaWorker) -> Delta | None:
    try:
        return future.result()
    except PolicyKGError as err:
        log.info("store: the delta could not be computed (%s); the full sync runs", err)
    except Exception as err:  # the worker process misbehaved: the full sync still works
        log.warning("store: the delta worker failed (%s: %s); the full sync runs", type(err).__name__, err)
    return None


def open_for_load(out: Path) -> EmbeddedStore:
    """``out/store`` opened (created when missing) with the schema of a full load prepared
    (``EmbeddedStore.prepare_load``): the load worker's work while the build still extracts. Close it, or pass
    it to ``load_store``."""
    from policykg.graph.store.embedded import EmbeddedStore

    store = EmbeddedStore(out / "store")
    try:
        store.prepare_load()
    except BaseException:
        store.close()
        raise
    return store


class LoadStopped(Exception):
    """The build told the load worker to stop before the graph was written: its load is abandoned."""


@dataclass
class EarlyParts:
    """The documents' fragments, read from their cache entries while the build still extracts the next ones,
    merges the shared block and writes the graph files (``load_store``): ``refs`` the first ones; ``receive()``
    waits for the build and returns ("parts", more refs) or ("load", (the length of the shared block that
    starts graph.nt, the citation triples (N-Triples) the fragments lack))."""

    folder: Path
    refs: list[FragmentRef]
    receive: Callable[[], tuple[str, Any]]
    # With the shared block sent ahead ("rest", (its text, the citations)): its length, which the build's
    # final ("load", ...) must confirm once graph.nt is written.
    confirm: int | None = None
    stopped: Callable[[], bool] = lambda: False  # has the build stopped? (checked between two documents)

    def confirmed(self) -> None:
        """Wait for the build's confirmation of the shared block sent ahead; ``LoadStopped`` when the build
        stopped or wrote another one."""
        if self.confirm is None:
            return
        kind, value = self.receive()
        if kind != "load" or value[0] != self.confirm:
            raise LoadStopped(f"the graph's shared block is not the one sent ahead ({kind})")


def _batches_in_parts(out: Path, parts: EarlyParts) -> Iterator[ElementBatch]:
    """The batches of graph.nt, the documents' parts first (each from its cache entry, as the build copies it),
    then the shared block and the citations: the same lines as graph.nt, in another order."""
    from policykg.graph.store.pgraph import element_batch_from_ntriples_text

    refs = parts.refs
    while True:
        for ref in refs:
            if parts.stopped():
                raise LoadStopped("the build stopped")
            text = read_fragment_nt(parts.folder, ref)
            yield element_batch_from_ntriples_text(text, where=str(parts.folder / f"{ref.key}.frag"))
        kind, value = parts.receive()
        if kind == "rest":
            head, cites = value
            parts.confirm = len(head)
            yield element_batch_from_ntriples_text(head, where="the shared block")
            if cites:
                yield element_batch_from_ntriples_text(cites, where="the citations")
            return
        if kind == "load":
            head_len, cites = value
            break
        refs = value
    try:
        with open(out / "graph.nt", "rb") as fh:
            head = pread(fh, 0, head_len)
    except OSError as err:
        raise StoreError(f"{out / 'graph.nt'}: cannot read the graph: {err}") from err
    if len(head) != head_len:
        raise StoreError(
            f"{out / 'graph.nt'}: shorter than its shared block ({len(head)} of {head_len} bytes)"
        )
    yield element_batch_from_ntriples_text(head, where=f"{out / 'graph.nt'} (shared block)")
    if cites:
        yield element_batch_from_ntriples_text(cites, where=f"{out / 'graph.nt'} (citations)")


def load_store(out: Path, store: EmbeddedStore | None = None, parts: EarlyParts | None = None) -> StoreResult:
    """Load ``out/store`` from ``out/graph.nt``, streamed in batches (no rdflib or networkx graph is built), into
    ``store`` when given (as ``open_for_load`` left it; closed here), else into the store opened here. With
    ``parts``, the documents' parts are read from the cache and written before graph.nt is complete."""
    from policykg.graph.store.embedded import EmbeddedStore
    from policykg.graph.store.pgraph import element_batches_from_ntriples, made_ahead

    try:
        with store if store is not None else EmbeddedStore(out / "store") as opened:
            # The text is parsed in a thread while the engine writes the nodes parsed before (small batches and
            # flushes, so the two overlap); the engine's own threads flush the edges at the end.
            if parts is not None:
                batches = made_ahead(_batches_in_parts(out, parts))
            else:
                nt = out / "graph.nt"
                batches = made_ahead(element_batches_from_ntriples(nt, batch_nodes=LOAD_BATCH_NODES))
            sinfo = opened.load_batches(batches, flush_nodes=LOAD_BATCH_NODES)
            nodes = opened.node_count()
            if parts is not None:
                parts.confirmed()
    except (PolicyKGError, LoadStopped):
        raise
    except Exception as err:  # the embedded engine raises Java-side exceptions of many kinds
        raise StoreError(f"{out / 'store'}: loading the embedded store failed: {err}") from err
    return StoreResult(sinfo, nodes)
