"""Keep a store in step with a property graph: one routine for the embedded store and Neo4j.

``sync_batches`` streams the graph's element batches, compares each with what policykg owns in the store (nodes
labelled ``PolicyKG`` and the relationships of known types between them) and writes only the difference, in
batched ``UNWIND $rows`` transactions: new nodes are created, changed ones get their properties replaced,
vanished nodes and relationships are deleted, new relationships are merged. Loading the same graph twice
therefore writes nothing and reports zero changes, and a run that stopped half-way is completed by the next
one. Nothing without the ownership label is ever matched. ``read_snapshot`` reads policykg's part back.

Also here: the read-only guard both stores apply to ``run(..., write=False)``, and value conversion helpers.
"""

from __future__ import annotations

import datetime as _dt
import logging
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol

from policykg.errors import QueryError, StoreError
from policykg.graph.store import guard
from policykg.graph.store.base import ElementBatch, NodeRow, RelRow, StoreInfo
from policykg.queries import writes as W

if TYPE_CHECKING:
    import networkx as nx  # imported where a graph is built: the store worker never needs it

log = logging.getLogger(__name__)

#: ``progress(done, total)``: elements (nodes + relationships) written or deleted so far, out of the total.
Progress = Callable[[int, int], None]


class Backend(Protocol):
    """What the snapshot, count, constraint and wipe helpers need from a store: reads, and one transaction per
    write statement."""

    target: str

    def read(self, cypher: str, params: Mapping[str, Any] | None = None) -> list[dict[str, Any]]: ...

    def write(self, cypher: str, params: Mapping[str, Any] | None = None) -> list[dict[str, Any]]: ...


class _RunsCypher(Protocol):
    target: str

    def run(
        self, cypher: str, params: Mapping[str, Any] | None = None, *, write: bool = False
    ) -> list[dict[str, Any]]: ...


class StoreBackend:
    """Any store with ``run(cypher, params, write=)`` (embedded or Neo4j) as a ``Backend``."""

    def __init__(self, store: _RunsCypher) -> None:
        self.store = store
        self.target = store.target

    def read(self, cypher: str, params: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
        return self.store.run(cypher, params)

    def write(self, cypher: str, params: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
        return self.store.run(cypher, params, write=True)


# --------------------------------------------------------------------------- read-only guard


def write_clause(cypher: str) -> str | None:
    """The first write clause in ``cypher``, or None for a read-only text (:mod:`policykg.graph.guard`).

    Used on top of what each store enforces itself (the embedded engine refuses a non-idempotent statement on
    its query path; Neo4j refuses writes in a READ transaction), because a Bolt server such as ArcadeDB's
    accepts writes in a READ transaction.
    """
    return guard.write_clause(cypher)


def refuse_writes(cypher: str) -> None:
    clause = write_clause(cypher)
    if clause:
        first = cypher.strip().splitlines()[0][:80] if cypher.strip() else ""
        raise QueryError(f"read-only query contains a {clause} clause ({first!r}); run it with write=True")


# --------------------------------------------------------------------------- values


_SCALARS = frozenset({str, int, float, bool, type(None)})


def plain(value: Any) -> Any:
    """A value read back from a store as plain, comparable Python (lists, not tuples; native dates)."""
    if type(value) in _SCALARS:
        return value
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, Decimal):
        return float(value)
    to_native = getattr(value, "to_native", None)  # neo4j.time.Date / DateTime
    if callable(to_native) and not isinstance(value, _dt.date):
        return to_native()
    return value


def _clean_props(props: Mapping[str, Any]) -> dict[str, Any]:
    # A null is "no value" in both stores (SET n = {k: null} stores nothing), so it is not a difference. A
    # scalar is its own plain value: tested inline (most values are; a load cleans a few hundred thousand).
    scalars = _SCALARS
    return {k: (v if type(v) in scalars else plain(v)) for k, v in props.items() if v is not None}


# --------------------------------------------------------------------------- snapshot


@dataclass
class Snapshot:
    """Policykg's part of a store (or of a property graph): nodes by IRI, relationships as triples."""

    nodes: dict[str, tuple[tuple[str, ...], dict[str, Any]]] = field(default_factory=dict)
    rels: set[tuple[str, str, str]] = field(default_factory=set)  # (source iri, type, target iri)


def _known() -> tuple[frozenset[str] | None, frozenset[str] | None]:
    try:
        from policykg.graph.rdf.mapping import KNOWN_LABELS, KNOWN_REL_TYPES
    except ImportError:  # pragma: no cover - the mapping ships with the package
        return None, None
    return KNOWN_LABELS, KNOWN_REL_TYPES


def read_snapshot(backend: Backend) -> Snapshot:
    """What policykg owns in the store now."""
    _, known_types = _known()
    snap = Snapshot()
    for row in backend.read(W.READ_NODES):
        props = _clean_props(row.get("props") or {})
        props.pop("_labels", None)  # LadybugDB reads properties(n) as the node itself (queries/dialect.py)
        iri = props.get("iri")
        if not isinstance(iri, str):
            log.warning("%s: a %s node without an iri is ignored", backend.target, W.OWNER_LABEL)
            continue
        labels = tuple(sorted(str(x) for x in (row.get("labels") or ()) if x != W.OWNER_LABEL))
        snap.nodes[iri] = (labels, props)
    for row in backend.read(W.READ_RELS):
        rel = str(row["type"])
        # Someone else's relationship between two policykg nodes is theirs to keep.
        if known_types is None or rel in known_types:
            snap.rels.add((str(row["s"]), rel, str(row["o"])))
    return snap


def to_property_graph(snap: Snapshot) -> nx.MultiDiGraph:
    """A snapshot in the property-graph shape of ``policykg.graph.store``."""
    import networkx as nx

    pg = nx.MultiDiGraph()
    for iri in sorted(snap.nodes):
        labels, props = snap.nodes[iri]
        pg.add_node(iri, labels=labels, props=dict(props))
    for s, rel, o in sorted(snap.rels):
        pg.add_edge(s, o, key=rel, type=rel)
    return pg


def ensure_constraints(backend: Backend, labels: Iterable[str], *, owner: bool = True) -> None:
    """A uniqueness constraint on ``iri`` for each given label and (with ``owner``) the ownership label;
    idempotent."""
    for label in sorted({*labels, *([W.OWNER_LABEL] if owner else [])}):
        backend.write(W.render(W.CREATE_IRI_CONSTRAINT, name=W.constraint_name(label), label=label))


def counts(backend: Backend) -> dict[str, int]:
    """Policykg nodes per label and relationships per type (the ownership label itself is left out)."""
    out: dict[str, int] = {}
    for row in backend.read(W.COUNT_LABELS):
        if row["label"] != W.OWNER_LABEL:
            out[str(row["label"])] = int(row["n"])
    _, known_types = _known()
    for row in backend.read(W.COUNT_REL_TYPES):
        if known_types is None or row["type"] in known_types:
            out[str(row["type"])] = int(row["n"])
    return dict(sorted(out.items()))


def wipe(backend: Backend, *, batch_size: int = 1000) -> int:
    """Delete every policykg node (and so its relationships), in bounded transactions; returns how many."""
    deleted = 0
    while True:
        rows = backend.write(W.WIPE_BATCH, {"limit": batch_size})
        n = int(rows[0]["deleted"]) if rows else 0
        deleted += n
        if n == 0:
            return deleted


# --------------------------------------------------------------------------- streaming sync


class RelEnds(NamedTuple):
    """A relationship to create: both ends with their handle, iri and labels."""

    start: Any
    start_iri: str
    start_labels: tuple[str, ...]
    end: Any
    end_iri: str
    end_labels: tuple[str, ...]


class StreamBackend(Protocol):
    """What :func:`sync_batches` needs from a store. A *handle* is how the store finds a node or relationship
    again cheaply (a record id in ArcadeDB, the iri over Bolt); the engine never looks inside one."""

    target: str
    batches: int  # write transactions or bulk calls so far

    def prepare(self) -> None:
        """Schema before the load (constraints, or a note to create them after a first bulk load)."""
        ...

    def current_nodes(self) -> Iterable[tuple[str, tuple[str, ...], dict[str, Any], Any]]:
        """Policykg's nodes now: (iri, labels without the ownership label, props, handle)."""
        ...

    def create_nodes(self, labels: tuple[str, ...], rows: list[dict[str, Any]]) -> list[Any]:
        """Create nodes with these labels (plus the ownership label); their handles, in order."""
        ...

    def replace_props(self, items: list[tuple[Any, str, dict[str, Any]]]) -> None:
        """Replace the properties of existing nodes: (handle, iri, props)."""
        ...

    def node_props(self, handle: Any, iri: str) -> dict[str, Any]: ...

    def delete_nodes(self, items: list[tuple[Any, str]]) -> None:
        """Delete nodes and their relationships: (handle, iri)."""
        ...

    def current_rels(self, types: frozenset[str] | None) -> Iterable[tuple[Any, str, Any, Any]]:
        """Relationships between policykg nodes now: (start handle, type, end handle, relationship handle)."""
        ...

    def create_rels(self, rel_type: str, pairs: list[RelEnds]) -> None:
        """Create relationships (none of them exists yet)."""
        ...

    def delete_rels(self, rel_type: str, items: list[tuple[Any, str, str]]) -> None:
        """Delete relationships: (relationship handle, start iri, end iri)."""
        ...

    def finish(self) -> None: ...

    def counts(self) -> dict[str, int]: ...


def _sort_key(value: Any) -> tuple[str, Any]:
    return (type(value).__name__, value)


def merge_props(old: Mapping[str, Any], new: Mapping[str, Any]) -> dict[str, Any]:
    """Properties of a node that several batches describe: the union; two different values of one key become
    a sorted list of both (a multi-valued property such as ``altLabel`` is a list already)."""
    out = dict(old)
    for key, value in new.items():
        have = out.get(key)
        if have is None or have == value:
            out[key] = value
            continue
        values = [
            *(have if isinstance(have, list) else [have]),
            *(value if isinstance(value, list) else [value]),
        ]
        out[key] = sorted(dict.fromkeys(values), key=_sort_key)
    return out


def _props_key(props: Mapping[str, Any]) -> int:
    # Compared only within one process, so the built-in (salted) hash is enough; repr keeps 1 and 1.0 apart.
    return hash(repr(sorted(props.items())))


def check_batch(
    nodes: Iterable[NodeRow], rels: Iterable[RelRow]
) -> tuple[dict[str, tuple[tuple[str, ...], dict[str, Any]]], list[tuple[str, str, str]]]:
    """One batch checked against the ontology, with the rows of one node merged."""
    known_labels, known_types = _known()
    out: dict[str, tuple[tuple[str, ...], dict[str, Any]]] = {}
    good_labels: set[str] = set()  # each label and type is checked once per batch, not once per row
    for row in nodes:
        iri = str(row.iri)
        labels = tuple(sorted({str(x) for x in row.labels}))
        for label in labels:
            if label in good_labels:
                continue
            W.check_label(label)
            if label == W.OWNER_LABEL or (known_labels is not None and label not in known_labels):
                raise StoreError(f"node {iri}: label {label!r} is not a policykg class")
            good_labels.add(label)
        props = _clean_props(row.props or {})
        if str(props.get("iri", iri)) != iri:
            raise StoreError(f"node {iri}: property iri={props.get('iri')!r} differs from the node id")
        props["iri"] = iri
        have = out.get(iri)
        if have is not None:
            labels = tuple(sorted({*have[0], *labels}))
            props = merge_props(have[1], props)
        out[iri] = (labels, props)
    checked = []
    good_types: set[str] = set()
    for rel in rels:
        rel_type = rel.type
        if rel_type not in good_types:
            W.check_rel_type(rel_type)
            if known_types is not None and rel_type not in known_types:
                raise StoreError(
                    f"{rel.start} -> {rel.end}: relationship type {rel_type!r} is not a policykg property"
                )
            good_types.add(rel_type)
        checked.append((str(rel.start), rel_type, str(rel.end)))
    return out, checked


def batches_of(pg: nx.MultiDiGraph, size: int = 50_000) -> Iterator[ElementBatch]:
    """A property graph as streaming batches: ``size`` nodes each, with their outgoing relationships."""
    nodes: list[NodeRow] = []
    rels: list[RelRow] = []
    adjacency = pg.adj
    for nid, data in pg.nodes(data=True):
        nodes.append(NodeRow(str(nid), tuple(data.get("labels", ())), dict(data.get("props") or {})))
        for dst, keyed in adjacency[nid].items():
            for key, edata in keyed.items():
                rels.append(RelRow(str(nid), str(edata.get("type", key)), str(dst)))
        if len(nodes) >= size:
            yield nodes, rels
            nodes, rels = [], []
    if nodes or rels:
        yield nodes, rels


class _Load:
    """The state of one streaming sync: node ids, what the store held, what this load wrote."""

    def __init__(self, backend: StreamBackend, info: StoreInfo, progress: Progress | None, total: int | None):
        self.backend = backend
        self.info = info
        self.progress = progress
        self.total_hint = total
        self.ids: dict[str, int] = {}
        self.iris: list[str] = []
        self.handles: list[Any] = []
        self.current: dict[int, tuple[tuple[str, ...], int]] = {}  # id -> (labels, props key) before the load
        self.loaded: dict[int, tuple[str, ...]] = {}  # id -> labels, for nodes this load described
        self.row_keys: dict[int, int | set[int]] = {}  # id -> props keys of the rows seen (re-sightings)
        self.pending: dict[
            int, dict[str, Any]
        ] = {}  # id -> this load's props, for stored nodes that hold more
        # New nodes wait here across batches, so the store gets few large bulk writes, not one per document.
        self.waiting: dict[int, tuple[tuple[str, ...], dict[str, Any]]] = {}
        self.flush_every = 50_000
        self.rel_types: dict[str, int] = {}
        self.wanted_rels: set[int] = set()
        # A first load (the store held none of policykg's nodes) with a backend that asks for it writes the
        # relationships between two nodes of one batch (a document's own: HAS_MEASURE, IN_DOCUMENT, ...) as
        # soon as both nodes are created, instead of after the last batch: ``early`` waiting, ``written`` done.
        self.early_rels = False
        self.early: list[int] = []
        self.written: set[int] = set()
        self.done = 0
        self.seen = 0

    def id_of(self, iri: str) -> int:
        i = self.ids.get(iri)
        if i is None:
            i = self.ids[iri] = len(self.iris)
            self.iris.append(iri)
            self.handles.append(None)
        return i

    def rel_key(self, s: int, rel: str, o: int) -> int:
        t = self.rel_types.setdefault(rel, len(self.rel_types))
        return (s * 64 + t) << 32 | o

    def tick(self, n: int) -> None:
        self.done += n
        if self.progress:
            total = max(self.total_hint or 0, self.seen, self.done)
            self.progress(self.done, total)

    def read_current(self) -> None:
        for iri, labels, props, handle in self.backend.current_nodes():
            i = self.id_of(iri)
            self.handles[i] = handle
            clean = _clean_props(props)
            clean["iri"] = iri
            self.current[i] = (tuple(sorted(x for x in labels if x != W.OWNER_LABEL)), _props_key(clean))

    def nodes(self, batch: Mapping[str, tuple[tuple[str, ...], dict[str, Any]]]) -> None:
        create: dict[tuple[str, ...], list[tuple[int, dict[str, Any]]]] = defaultdict(list)
        replace: list[tuple[Any, str, dict[str, Any]]] = []
        delete: list[tuple[Any, str]] = []
        skipped = 0
        for iri, (labels, props) in batch.items():
            i = self.id_of(iri)
            key = _props_key(props)
            before = self.loaded.get(i)
            if i in self.pending:
                self.pending[i] = merge_props(self.pending[i], props)
                skipped += 1
                if not set(labels) <= set(before or ()):
                    raise StoreError(f"node {iri}: batches disagree on its labels ({before} and {labels})")
                continue
            if before is not None and i in self.waiting:  # not created yet: merge into the waiting row
                waiting_labels, waiting_props = self.waiting[i]
                self.waiting[i] = (
                    tuple(sorted({*waiting_labels, *labels})),
                    merge_props(waiting_props, props),
                )
                self.loaded[i] = self.waiting[i][0]
                skipped += 1
                continue
            if before is not None:  # described by an earlier batch of this load: merge
                keys = self.row_keys[i]
                if key == keys or (isinstance(keys, set) and key in keys):
                    skipped += 1
                    continue
                self.row_keys[i] = {*(keys if isinstance(keys, set) else {keys}), key}
                merged = merge_props(_clean_props(self.backend.node_props(self.handles[i], iri)), props)
                merged["iri"] = iri
                if not set(labels) <= set(before):
                    labels = tuple(sorted({*before, *labels}))
                    delete.append((self.handles[i], iri))
                    create[labels].append((i, merged))
                    self.loaded[i] = labels
                else:
                    replace.append((self.handles[i], iri, merged))
                continue
            self.loaded[i] = labels
            self.row_keys[i] = key
            have = self.current.get(i)
            if have is None:
                self.waiting[i] = (labels, props)
            elif have[0] != labels:  # a node whose class changed is recreated with its new labels
                delete.append((self.handles[i], iri))
                self.waiting[i] = (labels, props)
            elif have[1] != key:
                stored = _clean_props(self.backend.node_props(self.handles[i], iri))
                stored["iri"] = iri
                if merge_props(stored, props) == stored:
                    # Maybe the rest of the node is in a later batch: decided at the end, not rewritten twice.
                    self.pending[i] = props
                    skipped += 1
                else:
                    replace.append((self.handles[i], iri, props))
            else:
                skipped += 1
        self.tick(skipped)
        if delete and self.written:
            # A node recreated with more labels loses its relationships: those written early are written again.
            gone = {self.ids[iri] for _, iri in delete}
            self.written = {k for k in self.written if k >> 38 not in gone and k & 0xFFFFFFFF not in gone}
        if delete:
            self.backend.delete_nodes(delete)
            self.info.nodes_deleted += len(delete)  # recreated below: counted as deleted and written
            self.tick(0)
        self._create(create)
        if len(self.waiting) >= self.flush_every:
            self.flush()
        if replace:
            self.backend.replace_props(replace)
            self.info.nodes_written += len(replace)
            self.tick(len(replace))

    def _create(self, create: Mapping[tuple[str, ...], list[tuple[int, dict[str, Any]]]]) -> None:
        for labels, rows in sorted(create.items()):
            handles = self.backend.create_nodes(labels, [props for _, props in rows])
            for (i, _), handle in zip(rows, handles, strict=True):
                self.handles[i] = handle
            self.info.nodes_written += len(rows)
            self.tick(len(rows))

    def flush(self) -> None:
        """Create the new nodes collected from several batches, one bulk write per label set; then the
        relationships within a batch whose nodes are now all created (``early_rels``)."""
        create: dict[tuple[str, ...], list[tuple[int, dict[str, Any]]]] = defaultdict(list)
        for i, (labels, props) in self.waiting.items():
            create[labels].append((i, props))
        self.waiting.clear()
        self._create(create)
        if self.early:
            self._write_early()

    def _write_early(self) -> None:
        handles = self.handles
        ready: dict[int, list[int]] = defaultdict(list)
        keep: list[int] = []
        for key in self.early:
            if handles[key >> 38] is None or handles[key & 0xFFFFFFFF] is None:
                keep.append(key)  # not created yet (not to happen: a batch's nodes are flushed together)
            else:
                ready[(key >> 32) & 63].append(key)
        self.early = keep
        names = {t: rel for rel, t in self.rel_types.items()}
        for t in sorted(ready, key=names.__getitem__):
            keys = sorted(ready[t])
            self._create_rels(names[t], keys)
            self.written.update(keys)
        write_now = getattr(self.backend, "write_now", None)
        if ready and write_now is not None:
            write_now()

    def _create_rels(self, rel: str, keys: list[int]) -> None:
        handles, iris, loaded = self.handles, self.iris, self.loaded
        pairs = []
        for key in keys:
            s, o = key >> 38, key & 0xFFFFFFFF
            pairs.append(RelEnds(handles[s], iris[s], loaded[s], handles[o], iris[o], loaded[o]))
        self.backend.create_rels(rel, pairs)
        self.info.relationships_written += len(pairs)
        self.tick(len(pairs))

    def finish_pending(self) -> None:
        """Existing nodes whose rows so far were all already in the store: rewrite those that lost something."""
        replace = []
        for i, props in self.pending.items():
            if _props_key(props) != self.current[i][1]:
                replace.append((self.handles[i], self.iris[i], props))
        self.pending.clear()
        if replace:
            self.backend.replace_props(replace)
            self.info.nodes_written += len(replace)
            self.tick(len(replace))

    def finish_nodes(self) -> None:
        # A relationship's end that no batch described is a bare policykg node, as in a property graph.
        bare = {self.iris[i]: ((), {"iri": self.iris[i]}) for i in self._referenced() if i not in self.loaded}
        if bare:
            self.seen += len(bare)
            self.nodes(bare)
        self.flush()
        self.finish_pending()
        gone = [(self.handles[i], self.iris[i]) for i in self.current if i not in self.loaded]
        if gone:
            self.seen += len(gone)
            self.backend.delete_nodes(gone)
            self.info.nodes_deleted += len(gone)
            self.tick(len(gone))

    def counts(self) -> dict[str, int]:
        """``counts()`` of the store after this load, from what it wrote: exact when the store held nothing of
        policykg's before (a first load), where counting in the store costs two whole-graph scans."""
        out: dict[str, int] = defaultdict(int)
        for labels in self.loaded.values():
            for label in labels:
                out[label] += 1
        names = {t: rel for rel, t in self.rel_types.items()}
        for key in self.wanted_rels:
            out[names[(key >> 32) & 63]] += 1
        return dict(sorted(out.items()))

    def _referenced(self) -> set[int]:
        out: set[int] = set()
        for k in self.wanted_rels:
            out.add(k >> 38)
            out.add(k & 0xFFFFFFFF)
        return out

    def rels(self) -> None:
        _, known_types = _known()
        by_handle = {self.handles[i]: i for i in self.loaded}
        current: set[int] = set()
        delete: dict[str, list[tuple[Any, str, str]]] = defaultdict(list)
        # A store that held none of policykg's nodes before this load holds no relationship between them yet:
        # reading each type's relationships back would cost a scan per type (1 s of a first 500-document load).
        stored = self.backend.current_rels(known_types) if self.current else ()
        for s_handle, rel, o_handle, r_handle in stored:
            s, o = by_handle.get(s_handle), by_handle.get(o_handle)
            if s is None or o is None:
                continue  # not between two policykg nodes of this load: not ours (vanished ones are gone)
            key = self.rel_key(s, rel, o)
            if key in self.wanted_rels:
                current.add(key)
            else:
                delete[rel].append((r_handle, self.iris[s], self.iris[o]))
        names = {t: rel for rel, t in self.rel_types.items()}
        add: dict[str, list[int]] = defaultdict(list)
        for key in self.wanted_rels - current - self.written:
            add[names[(key >> 32) & 63]].append(key)
        for rel, rows in sorted(delete.items()):
            self.seen += len(rows)
            self.backend.delete_rels(rel, rows)
            self.info.relationships_deleted += len(rows)
            self.tick(len(rows))
        self.tick(len(current))
        for rel in sorted(add):
            # One type at a time, so a store that writes in the background starts on the first type while the
            # next one is prepared here.
            self._create_rels(rel, sorted(add.pop(rel)))


def sync_batches(
    backend: StreamBackend,
    batches: Iterable[ElementBatch],
    *,
    progress: Progress | None = None,
    total: int | None = None,
    flush_nodes: int = 50_000,
) -> StoreInfo:
    """Make policykg's part of the store equal to the union of ``batches``, one batch in memory at a time.

    Nodes are written batch by batch (a node described by several batches gets the union of their properties);
    relationships are kept as compact keys and written at the end, when every node has a handle. What the store
    held before is read first (iri, labels and a key of its properties per node, no properties kept); nodes no
    batch described are deleted at the end, then the relationships are compared. ``total`` (elements expected)
    only sizes the progress reports. New nodes are written once ``flush_nodes`` of them wait (fewer, larger
    bulk writes; smaller when the batches are made in another thread meanwhile).
    """
    started = time.perf_counter()
    info = StoreInfo(target=backend.target)
    load = _Load(backend, info, progress, total)
    load.flush_every = max(1, flush_nodes)
    backend.prepare()
    load.read_current()
    log.info("%s: %d policykg nodes before the load", backend.target, len(load.current))
    load.early_rels = not load.current and bool(getattr(backend, "early_rels", False))
    if progress:
        progress(0, total or 0)
    for nodes, rels in batches:
        checked, rel_rows = check_batch(nodes, rels)
        load.seen += len(checked) + len(rel_rows)
        early = load.early if load.early_rels else None
        for s, rel, o in rel_rows:
            key = load.rel_key(load.id_of(s), rel, load.id_of(o))
            if key in load.wanted_rels:
                continue
            load.wanted_rels.add(key)
            if early is not None and s in checked and o in checked:
                early.append(key)
        load.nodes(checked)
    if len(load.iris) >= 1 << 32 or len(load.rel_types) > 63:
        raise StoreError(f"{backend.target}: graph too large for one load ({len(load.iris)} nodes)")
    log.debug("%s: every batch read after %.3f s", backend.target, time.perf_counter() - started)
    load.finish_nodes()
    log.debug("%s: nodes written after %.3f s", backend.target, time.perf_counter() - started)
    load.rels()
    log.debug("%s: relationships handed over after %.3f s", backend.target, time.perf_counter() - started)
    backend.finish()
    log.debug("%s: finished after %.3f s", backend.target, time.perf_counter() - started)
    info.batches = backend.batches
    info.counts = load.counts() if not load.current else backend.counts()
    info.seconds = time.perf_counter() - started
    if progress:
        progress(load.done, max(load.done, total or 0))
    return info
