"""A ``policykg.graph.store.delta.Delta`` written to a LadybugDB store holding the previous graph (issue 13).

As ``EmbeddedStore.apply_delta``: everything the delta names is looked up first (by ``iri``), and a node count
other than the previous build's, a node to change that is missing, a node to create that exists, a relationship
end that is neither, a changed label, a property the store's table has no column of (or a list where the column
holds one value), or a pair of labels its relationship table lacks raises ``DeltaRefused`` before anything is
written: the caller then reloads in full. The writes are parameterised ``UNWIND`` statements (table and column
names from the store's own catalog, values as parameters), per table and FROM/TO pair, in one transaction.
"""

from __future__ import annotations

import logging
import time
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from policykg.graph.store import engines, ladybug_schema
from policykg.graph.store.base import StoreInfo
from policykg.graph.store.delta import Delta, DeltaRefused

log = logging.getLogger(__name__)

_STORED_TYPE = {v: k for k, v in ladybug_schema.RENAMED.items()}


class _Catalog:
    """The store's tables as its catalog has them: columns per node table, FROM/TO pairs per relationship."""

    def __init__(self, conn: Any) -> None:
        self.columns: dict[str, dict[str, str]] = {}
        self.pairs: dict[str, set[tuple[str, str]]] = {}
        for name, kind in conn.execute("CALL show_tables() RETURN name, type").get_all():
            if kind == "NODE":
                info = conn.execute(f"CALL table_info('{name}') RETURN name, type").get_all()
                self.columns[name] = {str(c): str(t) for c, t in info}
            elif kind == "REL":
                found = conn.execute(f"CALL show_connection('{name}') RETURN *").get_all()
                self.pairs[name] = {(str(row[0]), str(row[1])) for row in found}

    def check_props(self, label: str, props: dict[str, Any]) -> None:
        columns = self.columns.get(label)
        if columns is None:
            raise DeltaRefused(f"no table {label} in the store")
        for key, value in props.items():
            kind = columns.get(key)
            if kind is None or isinstance(value, list) != kind.endswith("[]"):
                raise DeltaRefused(f"{label}.{key}: no such column in the store's table ({kind})")


def _value(value: Any, kind: str) -> Any:
    if value is None:
        return None
    if kind.endswith("[]"):
        return [_value(v, kind[:-2]) for v in value]
    if kind == "DOUBLE" and not isinstance(value, bool):
        return float(value)
    if kind == "STRING":
        return value if isinstance(value, str) else str(value)
    return value


def _grouped_by_keys(
    items: Iterable[tuple[str, dict[str, Any]]],
) -> dict[tuple[str, tuple[str, ...]], list[dict[str, Any]]]:
    out: dict[tuple[str, tuple[str, ...]], list[dict[str, Any]]] = defaultdict(list)
    for label, props in items:
        out[(label, tuple(sorted(props)))].append(props)
    return out


class _Plan:
    """The delta resolved against the store (every lookup before the first write)."""

    def __init__(self, conn: Any, delta: Delta, expected_nodes: int) -> None:
        if delta.relabelled:
            raise DeltaRefused(
                f"{len(delta.relabelled)} nodes change their labels, e.g. {delta.relabelled[0]}"
            )
        have = int(conn.execute("MATCH (n) RETURN count(n)").get_all()[0][0])
        if have != expected_nodes:
            raise DeltaRefused(f"{have} nodes in the store, the previous build left {expected_nodes}")
        self.conn, self.delta, self.catalog = conn, delta, _Catalog(conn)
        creating = {str(props["iri"]): labels for labels, props in delta.create}
        wanted = {iri for iri, _ in delta.update} | set(delta.delete) | set(creating)
        for s, _, o in [*delta.create_rels, *delta.delete_rels]:
            wanted.update((s, o))
        found = conn.execute(
            "MATCH (n) WHERE n.iri IN $iris RETURN n.iri, label(n)", {"iris": sorted(wanted)}
        ).get_all()
        self.labels: dict[str, str] = {str(iri): str(label) for iri, label in found}
        for iri, labels in creating.items():
            if iri in self.labels and iri not in delta.delete:
                raise DeltaRefused(f"node {iri} to create exists already")
            if len(labels) != 1:
                raise DeltaRefused(f"node {iri} has {len(labels)} classes")
        for iri in [*(i for i, _ in delta.update), *delta.delete]:
            if iri not in self.labels:
                raise DeltaRefused(f"node {iri} to change is not in the store")
        if delta.delete:  # every relationship that goes with a deleted node is one the delta knows of
            attached = conn.execute(
                "MATCH (a)-[r]->(b) WHERE a.iri IN $iris OR b.iri IN $iris RETURN count(r)",
                {"iris": sorted(delta.delete)},
            ).get_all()[0][0]
            if int(attached) != len(delta.detached):
                raise DeltaRefused(
                    f"the nodes to delete have {attached} relationships in the store, {len(delta.detached)} expected"
                )
        self.labels.update({iri: labels[0] for iri, labels in creating.items()})
        for labels, props in delta.create:
            self.catalog.check_props(labels[0], props)
        for iri, props in delta.update:
            self.catalog.check_props(self.labels[iri], props)
        for s, rel, o in [*delta.create_rels, *delta.delete_rels]:
            if s not in self.labels or o not in self.labels:
                raise DeltaRefused(
                    f"relationship end of ({s})-[:{rel}]->({o}) neither in the store nor created"
                )
            table = ladybug_schema.RENAMED.get(rel, rel)
            if (self.labels[s], self.labels[o]) not in self.catalog.pairs.get(table, set()):
                raise DeltaRefused(
                    f"{rel}: no {self.labels[s]} -> {self.labels[o]} pair in the store's table"
                )

    def _rels(self, rels: Iterable[tuple[str, str, str]]) -> dict[tuple[str, str, str], list[dict[str, str]]]:
        out: dict[tuple[str, str, str], list[dict[str, str]]] = defaultdict(list)
        for s, rel, o in rels:
            out[(ladybug_schema.RENAMED.get(rel, rel), self.labels[s], self.labels[o])].append(
                {"s": s, "o": o}
            )
        return out

    def apply(self) -> None:
        run, delta = self.conn.execute, self.delta
        for (rel, a, b), rows in sorted(self._rels(delta.delete_rels).items()):
            run(
                f"UNWIND $rows AS r MATCH (:{a} {{iri: r.s}})-[x:{rel}]->(:{b} {{iri: r.o}}) DELETE x",
                {"rows": rows},
            )
        gone: dict[str, list[str]] = defaultdict(list)
        for iri in delta.delete:
            gone[self.labels[iri]].append(iri)
        for label, iris in sorted(gone.items()):
            run(f"UNWIND $iris AS i MATCH (n:{label} {{iri: i}}) DETACH DELETE n", {"iris": iris})
        updates = ((self.labels[iri], dict(props, iri=iri)) for iri, props in delta.update)
        for (label, keys), rows in sorted(_grouped_by_keys(updates).items()):
            columns = self.catalog.columns[label]
            sets = [f"n.`{k}` = r.`{k}`" for k in keys if k != "iri"]
            sets += [f"n.`{c}` = NULL" for c in columns if c != "iri" and c not in keys]
            values = [{k: _value(p.get(k), columns[k]) for k in keys} for p in rows]
            if sets:
                run(
                    f"UNWIND $rows AS r MATCH (n:{label} {{iri: r.iri}}) SET {', '.join(sets)}",
                    {"rows": values},
                )
        creates = ((labels[0], props) for labels, props in delta.create)
        for (label, keys), rows in sorted(_grouped_by_keys(creates).items()):
            columns = self.catalog.columns[label]
            body = ", ".join(f"`{k}`: r.`{k}`" for k in keys)
            values = [{k: _value(p.get(k), columns[k]) for k in keys} for p in rows]
            run(f"UNWIND $rows AS r CREATE (n:{label} {{{body}}})", {"rows": values})
        for (rel, a, b), rows in sorted(self._rels(delta.create_rels).items()):
            run(
                f"UNWIND $rows AS r MATCH (x:{a} {{iri: r.s}}), (y:{b} {{iri: r.o}}) CREATE (x)-[:{rel}]->(y)",
                {"rows": rows},
            )


def _counts(conn: Any) -> dict[str, int]:
    out: dict[str, int] = {}
    for label, n in conn.execute("MATCH (n) RETURN label(n), count(n)").get_all():
        out[str(label)] = int(n)
    for rel, n in conn.execute("MATCH ()-[r]->() RETURN label(r), count(r)").get_all():
        name = _STORED_TYPE.get(str(rel), str(rel))
        out[name] = out.get(name, 0) + int(n)
    return dict(sorted(out.items()))


def apply_delta(store_dir: Path, delta: Delta, expected_nodes: int) -> tuple[StoreInfo, int]:
    """Write ``delta`` to the store in ``store_dir`` (holding ``expected_nodes`` nodes: the previous graph), in
    one transaction; ``DeltaRefused`` (nothing written) when it does not apply. Returns what it did and the
    node count after it."""
    ladybug = engines.ladybug_module()
    started = time.perf_counter()
    db = ladybug.Database(str(store_dir / engines.LADYBUG_FILE))
    conn = ladybug.Connection(db)
    try:
        plan = _Plan(conn, delta, expected_nodes)
        conn.execute("BEGIN TRANSACTION")
        try:
            plan.apply()
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        counts = _counts(conn)
        nodes = int(conn.execute("MATCH (n) RETURN count(n)").get_all()[0][0])
    finally:
        conn.close()
        db.close()
    info = StoreInfo(
        target=f"embedded:{store_dir}",
        nodes_written=len(delta.create) + len(delta.update),
        relationships_written=len(delta.create_rels),
        nodes_deleted=len(delta.delete),
        relationships_deleted=len(delta.delete_rels) + len(delta.detached),
        seconds=time.perf_counter() - started,
        counts=counts,
    )
    log.info("%s: delta of %d elements applied in %.2fs", info.target, delta.size, info.seconds)
    return info, nodes
