"""Keep a store in step with a property graph: one diff-and-apply routine for the embedded store and Neo4j.

``sync`` reads what policykg owns in the store (nodes labelled ``PolicyKG`` and the relationships of known
types between them), compares it with the property graph and writes only the difference, in batched
``UNWIND $rows`` transactions: new nodes are created, changed ones get their properties replaced, vanished
nodes and relationships are deleted, new relationships are merged. Loading the same graph twice therefore
writes nothing and reports zero changes, and a run that stopped half-way is completed by the next one (the
diff is taken again from what the store really holds). Nothing without the ownership label is ever matched.

Also here: the read-only guard both stores apply to ``run(..., write=False)``, and value conversion helpers.
"""

from __future__ import annotations

import datetime as _dt
import logging
import re
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Protocol

import networkx as nx

from policykg.errors import QueryError, StoreError
from policykg.graph.store import StoreInfo
from policykg.queries import writes as W

log = logging.getLogger(__name__)

#: ``progress(done, total)``: elements (nodes + relationships) written or deleted so far, out of the total.
Progress = Callable[[int, int], None]


class Backend(Protocol):
    """What ``sync`` needs from a store: reads, and one transaction per write statement."""

    target: str

    def read(self, cypher: str, params: Mapping[str, Any] | None = None) -> list[dict[str, Any]]: ...

    def write(self, cypher: str, params: Mapping[str, Any] | None = None) -> list[dict[str, Any]]: ...


# --------------------------------------------------------------------------- read-only guard

_STRINGS_AND_COMMENTS = re.compile(
    r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|`[^`]*`|//[^\n]*|/\*.*?\*/", re.DOTALL
)
_WRITE_CLAUSE = re.compile(
    r"(?<![\w.$])(CREATE|MERGE|DELETE|DETACH|SET|REMOVE|DROP|FOREACH|LOAD\s+CSV|IN\s+TRANSACTIONS)(?![\w])",
    re.IGNORECASE,
)


def write_clause(cypher: str) -> str | None:
    """The first write clause in ``cypher`` (outside strings and comments), or None for a read-only text.

    A lexical check, used on top of what each store enforces itself (the embedded engine refuses a
    non-idempotent statement on its query path; Neo4j refuses writes in a READ transaction), because a Bolt
    server such as ArcadeDB's accepts writes in a READ transaction.
    """
    m = _WRITE_CLAUSE.search(_STRINGS_AND_COMMENTS.sub(" ", cypher))
    return re.sub(r"\s+", " ", m.group(1)).upper() if m else None


def refuse_writes(cypher: str) -> None:
    clause = write_clause(cypher)
    if clause:
        first = cypher.strip().splitlines()[0][:80] if cypher.strip() else ""
        raise QueryError(f"read-only query contains a {clause} clause ({first!r}); run it with write=True")


# --------------------------------------------------------------------------- values


def plain(value: Any) -> Any:
    """A value read back from a store as plain, comparable Python (lists, not tuples; native dates)."""
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
    # A null is "no value" in both stores (SET n = {k: null} stores nothing), so it is not a difference.
    return {k: plain(v) for k, v in props.items() if v is not None}


# --------------------------------------------------------------------------- snapshot & diff


@dataclass
class Snapshot:
    """Policykg's part of a store (or of a property graph): nodes by IRI, relationships as triples."""

    nodes: dict[str, tuple[tuple[str, ...], dict[str, Any]]] = field(default_factory=dict)
    rels: set[tuple[str, str, str]] = field(default_factory=set)  # (source iri, type, target iri)


def _known() -> tuple[frozenset[str] | None, frozenset[str] | None]:
    try:
        from policykg.graph.mapping import KNOWN_LABELS, KNOWN_REL_TYPES
    except ImportError:  # pragma: no cover - the mapping ships with the package
        return None, None
    return KNOWN_LABELS, KNOWN_REL_TYPES


def snapshot_of(pg: nx.MultiDiGraph) -> Snapshot:
    """The property graph as a snapshot, after checking every label and type against the ontology."""
    known_labels, known_types = _known()
    snap = Snapshot()
    for nid, data in pg.nodes(data=True):
        iri = str(nid)
        labels = tuple(sorted(str(x) for x in data.get("labels", ())))
        for label in labels:
            W.check_label(label)
            if label == W.OWNER_LABEL or (known_labels is not None and label not in known_labels):
                raise StoreError(f"node {iri}: label {label!r} is not a policykg class")
        props = _clean_props(data.get("props") or {})
        if str(props.get("iri", iri)) != iri:
            raise StoreError(f"node {iri}: property iri={props.get('iri')!r} differs from the node id")
        props["iri"] = iri
        snap.nodes[iri] = (labels, props)
    for src, dst, key, data in pg.edges(keys=True, data=True):
        rel = str(data.get("type", key))
        W.check_rel_type(rel)
        if known_types is not None and rel not in known_types:
            raise StoreError(f"{src} -> {dst}: relationship type {rel!r} is not a policykg property")
        snap.rels.add((str(src), rel, str(dst)))
    return snap


def read_snapshot(backend: Backend) -> Snapshot:
    """What policykg owns in the store now."""
    _, known_types = _known()
    snap = Snapshot()
    for row in backend.read(W.READ_NODES):
        props = _clean_props(row.get("props") or {})
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
    pg = nx.MultiDiGraph()
    for iri in sorted(snap.nodes):
        labels, props = snap.nodes[iri]
        pg.add_node(iri, labels=labels, props=dict(props))
    for s, rel, o in sorted(snap.rels):
        pg.add_edge(s, o, key=rel, type=rel)
    return pg


@dataclass
class Plan:
    create: dict[tuple[str, ...], list[dict[str, Any]]] = field(default_factory=dict)  # labels -> rows
    update: list[dict[str, Any]] = field(default_factory=list)
    delete_nodes: list[dict[str, Any]] = field(default_factory=list)
    add_rels: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # type -> rows
    delete_rels: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    @property
    def size(self) -> int:
        return (
            sum(len(r) for r in self.create.values())
            + len(self.update)
            + len(self.delete_nodes)
            + sum(len(r) for r in self.add_rels.values())
            + sum(len(r) for r in self.delete_rels.values())
        )


def diff(current: Snapshot, wanted: Snapshot) -> Plan:
    """What to write so that ``current`` becomes ``wanted``."""
    plan = Plan()
    create: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    relabelled: set[str] = set()
    for iri, (labels, props) in wanted.nodes.items():
        have = current.nodes.get(iri)
        if have is None or have[0] != labels:
            if have is not None:  # a node whose class changed is recreated with its new labels
                relabelled.add(iri)
                plan.delete_nodes.append({"iri": iri})
            create[labels].append({"props": props})
        elif have[1] != props:
            plan.update.append({"iri": iri, "props": props})
    plan.delete_nodes.extend({"iri": iri} for iri in current.nodes if iri not in wanted.nodes)
    plan.create = dict(create)
    add: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for s, rel, o in sorted(wanted.rels):
        # a relabelled node loses its relationships with DETACH DELETE, so they are merged again
        if (s, rel, o) not in current.rels or s in relabelled or o in relabelled:
            add[rel].append({"s": s, "o": o})
    dele: dict[str, list[dict[str, Any]]] = defaultdict(list)
    gone_nodes = {r["iri"] for r in plan.delete_nodes}
    for s, rel, o in sorted(current.rels - wanted.rels):
        if s not in gone_nodes and o not in gone_nodes:  # DETACH DELETE removes those already
            dele[rel].append({"s": s, "o": o})
    plan.add_rels, plan.delete_rels = dict(add), dict(dele)
    return plan


def _chunks(rows: Sequence[dict[str, Any]], size: int) -> Iterator[Sequence[dict[str, Any]]]:
    for i in range(0, len(rows), size):
        yield rows[i : i + size]


def ensure_constraints(backend: Backend, labels: Iterable[str]) -> None:
    """A uniqueness constraint on ``iri`` for the ownership label and each given label (idempotent)."""
    for label in sorted({W.OWNER_LABEL, *labels}):
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


def sync(
    backend: Backend, pg: nx.MultiDiGraph, *, batch_size: int = 1000, progress: Progress | None = None
) -> StoreInfo:
    """Make policykg's part of the store equal to ``pg``; see the module docstring."""
    if batch_size < 1:
        raise StoreError(f"batch size must be at least 1, not {batch_size}")
    started = time.perf_counter()
    wanted = snapshot_of(pg)
    known_labels, _ = _known()
    ensure_constraints(backend, known_labels if known_labels is not None else ())
    ensure_constraints(backend, {label for labels, _ in wanted.nodes.values() for label in labels})
    plan = diff(read_snapshot(backend), wanted)
    info = StoreInfo(target=backend.target)
    total, done = plan.size, 0
    log.info("%s: %d changes to write", backend.target, total)
    if progress:
        progress(0, total)

    def apply(cypher: str, rows: Sequence[dict[str, Any]]) -> int:
        nonlocal done
        for chunk in _chunks(rows, batch_size):
            backend.write(cypher, {"rows": list(chunk)})
            info.batches += 1
            done += len(chunk)
            if progress:
                progress(done, total)
        return len(rows)

    # Deletions first, so a node whose labels changed can be created again under the same iri.
    for rel, rows in sorted(plan.delete_rels.items()):
        info.relationships_deleted += apply(W.render(W.DELETE_RELS, rel_type=rel), rows)
    info.nodes_deleted += apply(W.DELETE_NODES, plan.delete_nodes)
    for labels, rows in sorted(plan.create.items()):
        info.nodes_written += apply(W.render(W.CREATE_NODES, labels=(*labels, W.OWNER_LABEL)), rows)
    info.nodes_written += apply(W.UPDATE_NODES, plan.update)
    for rel, rows in sorted(plan.add_rels.items()):
        info.relationships_written += apply(W.render(W.MERGE_RELS, rel_type=rel), rows)
    info.counts = counts(backend)
    info.seconds = time.perf_counter() - started
    return info


def wipe(backend: Backend, *, batch_size: int = 1000) -> int:
    """Delete every policykg node (and so its relationships), in bounded transactions; returns how many."""
    deleted = 0
    while True:
        rows = backend.write(W.WIPE_BATCH, {"limit": batch_size})
        n = int(rows[0]["deleted"]) if rows else 0
        deleted += n
        if n == 0:
            return deleted
