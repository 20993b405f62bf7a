"""A LadybugDB store loaded in full (issue 13): the same rows as the ArcadeDB store's load (the project's
N-Triples reader, ``sync.check_batch`` and ``sync.merge_props``), grouped per table, handed to the engine as
Arrow tables by ``COPY`` (its bulk path: the primary-key index is built by the copy).

The rows come in checked batches (``Batch``), merged by ``gather`` in graph.nt's order: from graph.nt itself
(``load_store``, read in pieces), or, in a first build, from the build's own rows (``pipeline.store_ladybug``:
each document's rows made by the extraction worker from its triples, the shared block and the citations read
from the text the build writes into graph.nt), without reading graph.nt back.

The load writes a new database file beside the store's (``write_fresh``) and swaps it in at the end
(``swap_in``), so a failed load leaves the previous store as it was. A rebuild writes the build's delta instead
(``ladybug_delta``) whenever it applies.
"""

from __future__ import annotations

import logging
import os
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from policykg.errors import PolicyKGError, StoreError
from policykg.graph.store import engines, ladybug_schema
from policykg.graph.store.base import StoreInfo

log = logging.getLogger(__name__)

# graph.nt is read in pieces of about this many bytes (cut at line ends), each by the whole-text reader.
READ_CHUNK = 8 << 20

NodeRows = dict[str, tuple[tuple[str, ...], dict[str, Any]]]
RelRows = list[tuple[str, str, str]]
Batch = tuple[NodeRows, RelRows]  # one batch's nodes and relationships, checked (``sync.check_batch``)


def _pieces(nt: Path, size: int = READ_CHUNK) -> Iterator[bytes]:
    with open(nt, "rb") as fh:
        rest = b""
        while True:
            block = fh.read(size)
            if not block:
                break
            block = rest + block
            cut = block.rfind(b"\n") + 1
            rest = block[cut:]
            if cut:
                yield block[:cut]
        if rest:
            yield rest


def text_batch(data: bytes, where: str) -> Batch:
    """The checked rows of N-Triples text in the form policykg writes (a piece of graph.nt, a document's part,
    the shared block); ``where`` names it in errors."""
    from policykg.graph.store import sync
    from policykg.graph.store.pgraph import element_batch_from_ntriples_text

    return sync.check_batch(*element_batch_from_ntriples_text(data, where=where))


def gather(batches: Iterable[Batch]) -> tuple[NodeRows, RelRows]:
    """Every node of ``batches`` (labels and properties merged over them, as the ArcadeDB load merges a node
    several batches describe) and every relationship, once, in their order."""
    from policykg.graph.store import sync

    nodes: NodeRows = {}
    rels: dict[tuple[str, str, str], None] = {}
    for checked, rel_rows in batches:
        for iri, (labels, props) in checked.items():
            have = nodes.get(iri)
            if have is not None:
                labels = tuple(sorted({*have[0], *labels}))
                props = sync.merge_props(have[1], props)
            nodes[iri] = (labels, props)
        rels.update(dict.fromkeys(rel_rows))
    return nodes, list(rels)


def read_graph(nt: Path) -> tuple[NodeRows, RelRows]:
    """Every node (labels and properties merged over the file, as the ArcadeDB load merges them) and every
    relationship of ``nt``."""
    try:
        return gather(text_batch(piece, str(nt)) for piece in _pieces(nt))
    except OSError as err:
        raise StoreError(f"{nt}: cannot read the graph: {err}") from err


def _arrow_type(pa: Any, column_type: str) -> Any:
    scalar = {"STRING": pa.string(), "INT64": pa.int64(), "DOUBLE": pa.float64(), "BOOLEAN": pa.bool_()}
    if column_type.endswith("[]"):
        return pa.list_(scalar[column_type[:-2]])
    return scalar[column_type]


def _column(pa: Any, values: list[Any], column_type: str) -> Any:
    """An Arrow array of the column's type; values of another type (a DOUBLE column's integers, a STRING
    column's number) converted first, only when Arrow refuses them as they are."""
    kind = _arrow_type(pa, column_type)
    try:
        return pa.array(values, type=kind)
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        pass
    if column_type == "DOUBLE":
        values = [float(v) if isinstance(v, int) and not isinstance(v, bool) else v for v in values]
    elif column_type == "STRING":
        values = [v if v is None or isinstance(v, str) else str(v) for v in values]
    return pa.array(values, type=kind)


def _copy_nodes(
    conn: Any, pa: Any, label: str, columns: dict[str, str], rows: list[tuple[str, dict[str, Any]]]
) -> None:
    arrays = [
        _column(pa, [iri for iri, _ in rows] if c == "iri" else [p.get(c) for _, p in rows], t)
        for c, t in columns.items()
    ]
    arrow_rows = pa.Table.from_arrays(arrays, names=list(columns))  # noqa: F841 (COPY reads it by its name)
    conn.execute(f"COPY {label} FROM arrow_rows")


def _copy_rels(
    conn: Any, pa: Any, rel: str, ends: tuple[str, str], pairs: list[tuple[str, str]], many: bool
) -> None:
    arrow_rows = pa.table({"from": [p[0] for p in pairs], "to": [p[1] for p in pairs]})  # noqa: F841 (read by name)
    extra = f" (from='{ends[0]}', to='{ends[1]}')" if many else ""
    conn.execute(f"COPY {rel} FROM arrow_rows{extra}")


def _grouped(
    nodes: NodeRows, rels: RelRows
) -> tuple[
    dict[str, list[tuple[str, dict[str, Any]]]], dict[tuple[str, str, str], list[tuple[str, str]]], int
]:
    by_table: dict[str, list[tuple[str, dict[str, Any]]]] = defaultdict(list)
    for iri, (labels, props) in nodes.items():
        by_table[labels[0]].append((iri, props))
    by_pair: dict[tuple[str, str, str], list[tuple[str, str]]] = defaultdict(list)
    dangling = 0
    for s, rel, o in rels:
        if s not in nodes or o not in nodes:
            dangling += 1  # an end no triple describes: no table holds it
            continue
        by_pair[(ladybug_schema.RENAMED.get(rel, rel), nodes[s][0][0], nodes[o][0][0])].append((s, o))
    return by_table, by_pair, dangling


def write_database(db_file: Path, nodes: NodeRows, rels: RelRows) -> StoreInfo:
    """A new LadybugDB database in ``db_file`` holding ``nodes`` and ``rels`` (tables from the ontology)."""
    ladybug, pa = engines.ladybug_module(), engines.pyarrow_module()
    started = time.perf_counter()
    many_labels = [iri for iri, (labels, _) in nodes.items() if len(labels) != 1]
    if many_labels:
        raise StoreError(
            f"{many_labels[0]}: a node with {len(nodes[many_labels[0]][0])} classes; LadybugDB tables take one"
        )
    tables, rel_tables, _ = ladybug_schema.derive_schema()
    by_table, by_pair, dangling = _grouped(nodes, rels)
    kept = [(s, r, o) for s, r, o in rels if s in nodes and o in nodes]
    for note in ladybug_schema.check_schema(tables, rel_tables, nodes, kept):
        log.info("ladybug schema: %s", note)
    if dangling:
        log.info("ladybug load: %d relationships to nodes no triple describes, left out", dangling)
    db = ladybug.Database(str(db_file))
    conn = ladybug.Connection(db)
    try:
        for statement in ladybug_schema.ddl(tables, rel_tables):
            conn.execute(statement)
        for label, rows in by_table.items():
            _copy_nodes(conn, pa, label, tables[label], rows)
        for (rel, a, b), pairs in sorted(by_pair.items()):
            _copy_rels(conn, pa, rel, (a, b), pairs, len(rel_tables[rel]) > 1)
    finally:
        conn.close()
        db.close()
    counts: Counter[str] = Counter()
    for labels, _ in nodes.values():
        counts[labels[0]] += 1
    for (rel, _, _), pairs in by_pair.items():
        counts[_stored_type(rel)] += len(pairs)
    return StoreInfo(
        target=f"embedded:{db_file.parent}",
        nodes_written=len(nodes),
        relationships_written=sum(len(p) for p in by_pair.values()),
        batches=len(by_table) + len(by_pair),
        seconds=time.perf_counter() - started,
        counts=dict(sorted(counts.items())),
    )


def _stored_type(rel: str) -> str:
    """The policykg relationship type a table holds (IN_REGION holds REGION)."""
    back = {v: k for k, v in ladybug_schema.RENAMED.items()}
    return back.get(rel, rel)


def _remove_database(db_file: Path) -> None:
    for path in (
        db_file,
        db_file.with_name(db_file.name + ".wal"),
        db_file.with_name(db_file.name + ".shadow"),
    ):
        path.unlink(missing_ok=True)


def write_fresh(store_dir: Path, rows: Callable[[], tuple[NodeRows, RelRows]]) -> StoreInfo:
    """A new database beside the store's (``graph.lbug.new``) holding what ``rows()`` gives; nothing of it is
    left when that or the write fails. ``swap_in`` makes it the store. The folder records its engine first: a
    failed first load leaves a folder every command knows for LadybugDB's (and says to build again), never an
    empty folder the ArcadeDB engine would make a database in."""
    engines.ladybug_module()  # a missing extra is said before any row is read
    engines.write_marker(store_dir, engines.LADYBUG)
    fresh = store_dir / f"{engines.LADYBUG_FILE}.new"
    _remove_database(fresh)
    try:
        nodes, rels = rows()
        return write_database(fresh, nodes, rels)
    except PolicyKGError:
        _remove_database(fresh)
        raise
    except Exception as err:  # the engine raises RuntimeError for every kind of failure
        _remove_database(fresh)
        raise StoreError(f"{store_dir}: loading the LadybugDB store failed: {err}") from err


def swap_in(store_dir: Path, info: StoreInfo) -> StoreInfo:
    """The database ``write_fresh`` wrote made the store (the previous one removed)."""
    final = store_dir / engines.LADYBUG_FILE
    _remove_database(final)
    os.replace(store_dir / f"{engines.LADYBUG_FILE}.new", final)
    info.target = f"embedded:{store_dir}"
    return info


def discard_fresh(store_dir: Path) -> None:
    """A database ``write_fresh`` wrote that will not be swapped in, removed."""
    _remove_database(store_dir / f"{engines.LADYBUG_FILE}.new")


def load_store(store_dir: Path, nt: Path) -> StoreInfo:
    """``store_dir`` made to hold exactly ``nt``'s graph: a new database written beside the old one, then
    swapped in; the folder records its engine."""
    return swap_in(store_dir, write_fresh(store_dir, lambda: read_graph(nt)))
