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
import queue
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from policykg.errors import PolicyKGError, StoreError
from policykg.graph.store import engines, ladybug_schema
from policykg.graph.store.base import StoreInfo

log = logging.getLogger(__name__)

# graph.nt is read in pieces of about this many bytes (cut where a subject begins), each by the whole-text reader.
READ_CHUNK = 8 << 20
# A load writes (and commits) parts of about this many nodes: the engine holds a transaction's pages in memory,
# and the rows of one part only are in memory at a time.
PART_NODES = 50_000

NodeRows = dict[str, tuple[tuple[str, ...], dict[str, Any]]]
RelRows = list[tuple[str, str, str]]
Batch = tuple[NodeRows, RelRows]  # one batch's nodes and relationships, checked (``sync.check_batch``)


def _pieces(nt: Path) -> Iterator[bytes]:
    """``nt`` in pieces of about ``size`` bytes, each cut where a subject's lines begin (graph.nt keeps a
    subject's lines together): no node is described in two pieces."""
    with open(nt, "rb") as fh:
        rest = b""
        while True:
            block = fh.read(READ_CHUNK)
            if not block:
                break
            block = rest + block
            cut = _subject_cut(block)
            rest = block[cut:]
            if cut:
                yield block[:cut]
        if rest:
            yield rest


def _subject_cut(block: bytes) -> int:
    """Where the run of lines of the last whole line's subject begins (the line's end when the whole block is
    one subject's; 0 when it holds no whole line)."""
    end = block.rfind(b"\n") + 1
    if not end:
        return 0
    start = block.rfind(b"\n", 0, end - 1) + 1
    subject = block[start : block.find(b" ", start) + 1]
    while start > 0:
        before = block.rfind(b"\n", 0, start - 1) + 1
        if not block.startswith(subject, before):
            return start
        start = before
    return end


def in_parts(batches: Iterable[Batch], part_nodes: int) -> Iterator[Batch]:
    """``batches`` merged (``gather``) into parts of at least ``part_nodes`` nodes (the last one: the rest)."""
    held: list[Batch] = []
    count = 0
    for batch in batches:
        held.append(batch)
        count += len(batch[0])
        if count >= part_nodes:
            yield gather(held)
            held, count = [], 0
    if held:
        yield gather(held)


def read_ahead(parts: Iterator[Batch]) -> Iterator[Batch]:
    """``parts`` made one ahead by a thread of its own: the next part's rows are read, unpickled and merged (the
    interpreter's work) while the engine copies this one (its work, the interpreter's lock released). At 10,000
    documents the two were a third of the load each, one after the other. At most two parts are held: the one
    taken and the next. An error making a part is raised here, where that part is taken; a caller that stops
    taking parts stops the thread."""
    ready: queue.SimpleQueue[tuple[Batch | None, BaseException | None]] = queue.SimpleQueue()
    slots = threading.Semaphore(2)  # a part is made only while fewer than two are held
    stop = threading.Event()

    def make() -> None:
        try:
            while True:
                while not slots.acquire(timeout=0.1):
                    if stop.is_set():
                        return
                part = next(parts, None)
                ready.put((part, None))
                if part is None:
                    return
        except BaseException as err:  # handed to the taker, raised there
            ready.put((None, err))

    maker = threading.Thread(target=make, name="policykg-ladybug-parts", daemon=True)
    maker.start()
    try:
        while True:
            part, error = ready.get()
            if error is not None:
                raise error
            if part is None:
                return
            yield part
            del part  # written: its slot is free
            slots.release()
    finally:
        stop.set()
        maker.join()


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


def _columns_of(
    columns: dict[str, str], rows: list[tuple[str, dict[str, Any]]]
) -> tuple[dict[str, list[Any]], set[str]]:
    """Each column's values, the rows read once (a node sets a few of its table's columns: a Measure ~10 of
    ~40, so only those are written into the lists of nulls), and the columns some row sets."""
    values: dict[str, list[Any]] = {column: [None] * len(rows) for column in columns}
    filled: set[str] = set()
    for i, (_, props) in enumerate(rows):
        for key, value in props.items():
            column = values.get(key)
            if column is not None:
                column[i] = value
        filled.update(props)
    values["iri"] = [iri for iri, _ in rows]
    filled.add("iri")
    return values, filled


def _copy_nodes(
    conn: Any, pa: Any, label: str, columns: dict[str, str], rows: list[tuple[str, dict[str, Any]]]
) -> None:
    values, filled = _columns_of(columns, rows)
    arrays = [
        _column(pa, values[c], t) if c in filled else pa.nulls(len(rows), _arrow_type(pa, t))
        for c, t in columns.items()
    ]
    arrow_rows = pa.Table.from_arrays(arrays, names=list(columns))  # noqa: F841 (COPY reads it by its name)
    conn.execute(f"COPY {label} FROM arrow_rows")


def _copy_rels(
    conn: Any, pa: Any, rel: str, ends: tuple[str, str], pairs: tuple[list[str], list[str]], many: bool
) -> None:
    arrow_rows = pa.table({"from": pairs[0], "to": pairs[1]})  # noqa: F841 (read by name)
    extra = f" (from='{ends[0]}', to='{ends[1]}')" if many else ""
    conn.execute(f"COPY {rel} FROM arrow_rows{extra}")


class NeedsWholeGraph(Exception):
    """Rows a load written part by part cannot take once its tables are made (a node two parts describe, a
    list in a column made for one value): the load is written again from the whole graph at once."""


def _by_label(nodes: NodeRows) -> dict[str, list[tuple[str, dict[str, Any]]]]:
    by_table: dict[str, list[tuple[str, dict[str, Any]]]] = defaultdict(list)
    for iri, (labels, props) in nodes.items():
        by_table[labels[0]].append((iri, props))
    return by_table


class Writer:
    """A new LadybugDB database written part by part (``part``), each part's nodes and relationships copied
    and committed (the engine holds a transaction's pages in memory), then ``finish``. The tables are derived
    from the ontology and widened by the first part's rows before they are made; a later part that needs a
    new column or FROM/TO pair gets it by ``ALTER TABLE``; one that needs more is ``NeedsWholeGraph``. A
    relationship whose end no part described yet waits for the end (``finish``: left out if none does)."""

    def __init__(self, db_file: Path) -> None:
        self.ladybug, self.pa = engines.ladybug_module(), engines.pyarrow_module()
        self.started = time.perf_counter()
        self.tables, self.rel_tables, _ = ladybug_schema.derive_schema()
        self.made = False
        self.rels_made: set[str] = set()
        self.label_of: dict[str, str] = {}
        self.waiting: dict[tuple[str, str, str], None] = {}
        self.counts: Counter[str] = Counter()
        self.nodes_written = self.relationships_written = self.batches = 0
        self.db_file = db_file
        self.parts = 0
        self.db = self.ladybug.Database(str(db_file))
        self.conn = self.ladybug.Connection(self.db)

    def part(self, nodes: NodeRows, rels: RelRows) -> None:
        if self.parts:
            self._reopen()
        self.parts += 1
        many_labels = next((iri for iri, (labels, _) in nodes.items() if len(labels) != 1), None)
        if many_labels is not None:
            raise StoreError(
                f"{many_labels}: a node with {len(nodes[many_labels][0])} classes; LadybugDB tables take one"
            )
        if any(iri in self.label_of for iri in nodes):
            raise NeedsWholeGraph("a node described in two parts")
        for iri, (labels, _) in nodes.items():
            self.label_of[iri] = labels[0]
        label_of = self.label_of
        ready: list[tuple[str, str, str]] = []
        for rel in rels:
            if rel[0] in label_of and rel[2] in label_of:
                ready.append(rel)
            else:
                self.waiting[rel] = None
        # One transaction a part: a statement of its own commits (and waits for the disk) once per table and
        # pair, ~50 times; together the load takes a third less CPU and, on a busy disk, half the time.
        self.conn.execute("BEGIN TRANSACTION")
        self._widen_nodes(nodes)
        for label, rows in _by_label(nodes).items():
            _copy_nodes(self.conn, self.pa, label, self.tables[label], rows)
            self.counts[label] += len(rows)
            self.batches += 1
        self.nodes_written += len(nodes)
        self._copy_relationships(ready)
        self.conn.execute("COMMIT")

    def _reopen(self) -> None:
        """The database closed and opened again: the engine keeps what each ``COPY`` allocated (~20 MB a
        table, and more with its rows) until it closes, so memory grows with every part otherwise."""
        self.close()
        self.db = self.ladybug.Database(str(self.db_file))
        self.conn = self.ladybug.Connection(self.db)

    def _widen_nodes(self, nodes: NodeRows) -> None:
        before = {label: dict(cols) for label, cols in self.tables.items()}
        for note in ladybug_schema.notes(ladybug_schema.check_nodes(self.tables, nodes)):
            log.info("ladybug schema: %s", note)
        if not self.made:
            for statement in ladybug_schema.ddl(self.tables, {}):
                self.conn.execute(statement)
            self.made = True
            return
        for label, cols in self.tables.items():
            for column, kind in cols.items():
                had = before[label].get(column)
                if had is None:
                    self.conn.execute(f"ALTER TABLE {label} ADD `{column}` {kind}")
                elif had != kind:
                    raise NeedsWholeGraph(f"{label}.{column}: {had} became {kind}")

    def _copy_relationships(self, rels: Iterable[tuple[str, str, str]]) -> None:
        label_of, renamed = self.label_of, ladybug_schema.RENAMED
        # per table and FROM/TO pair, its starts and ends (the two columns the COPY reads)
        by_pair: dict[tuple[str, str, str], tuple[list[str], list[str]]] = {}
        for s, rel, o in rels:
            key = (renamed.get(rel, rel), label_of[s], label_of[o])
            pairs_of = by_pair.get(key)
            if pairs_of is None:
                pairs_of = by_pair[key] = ([], [])
            pairs_of[0].append(s)
            pairs_of[1].append(o)
        before = {rel: set(pairs) for rel, pairs in self.rel_tables.items()}
        # each (type, start, end) once: check_rels counts a missing pair once however many rows it has
        for note in ladybug_schema.notes(ladybug_schema.check_rels(self.rel_tables, by_pair)):
            log.info("ladybug schema: %s", note)
        for rel, pairs in sorted(self.rel_tables.items()):
            if rel not in self.rels_made:
                if pairs:
                    self.conn.execute(ladybug_schema.ddl({}, {rel: pairs})[0])
                    self.rels_made.add(rel)
                continue
            for a, b in sorted(pairs - before.get(rel, set())):
                self.conn.execute(f"ALTER TABLE {rel} ADD FROM {a} TO {b}")
        for (rel, a, b), pairs_of in sorted(by_pair.items()):
            _copy_rels(self.conn, self.pa, rel, (a, b), pairs_of, len(self.rel_tables[rel]) > 1)
            self.counts[_stored_type(rel)] += len(pairs_of[0])
            self.relationships_written += len(pairs_of[0])
            self.batches += 1

    def finish(self) -> StoreInfo:
        """The relationships that waited for an end copied (those whose end no part described left out), the
        database closed; what was written."""
        label_of = self.label_of
        ends = [rel for rel in self.waiting if rel[0] in label_of and rel[2] in label_of]
        if len(ends) < len(self.waiting):
            dangling = len(self.waiting) - len(ends)
            log.info("ladybug load: %d relationships to nodes no triple describes, left out", dangling)
        if ends or not self.made:
            self.conn.execute("BEGIN TRANSACTION")
            if not self.made:
                for statement in ladybug_schema.ddl(self.tables, {}):
                    self.conn.execute(statement)
                self.made = True
            self._copy_relationships(ends)
            self.conn.execute("COMMIT")
        self.close()
        return StoreInfo(
            target="",
            nodes_written=self.nodes_written,
            relationships_written=self.relationships_written,
            batches=self.batches,
            seconds=time.perf_counter() - self.started,
            counts=dict(sorted(self.counts.items())),
        )

    def close(self) -> None:
        self.conn.close()
        self.db.close()


def write_database(db_file: Path, nodes: NodeRows, rels: RelRows) -> StoreInfo:
    """A new LadybugDB database in ``db_file`` holding ``nodes`` and ``rels`` (tables from the ontology)."""
    writer = Writer(db_file)
    try:
        writer.part(nodes, rels)
        return writer.finish()
    except BaseException:
        writer.close()
        raise


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


def write_fresh(store_dir: Path, write: Callable[[Path], StoreInfo]) -> StoreInfo:
    """A new database beside the store's (``graph.lbug.new``), written by ``write``; nothing of it is left
    when that fails. ``swap_in`` makes it the store. The folder records its engine first: a failed first load
    leaves a folder every command knows for LadybugDB's (and says to build again), never an empty folder the
    ArcadeDB engine would make a database in."""
    engines.ladybug_module()  # a missing extra is said before any row is read
    engines.write_marker(store_dir, engines.LADYBUG)
    fresh = store_dir / f"{engines.LADYBUG_FILE}.new"
    _remove_database(fresh)
    try:
        return write(fresh)
    except (PolicyKGError, NeedsWholeGraph):
        _remove_database(fresh)
        raise
    except Exception as err:  # the engine raises RuntimeError for every kind of failure
        _remove_database(fresh)
        raise StoreError(f"{store_dir}: loading the LadybugDB store failed: {err}") from err


def write_parts(db_file: Path, parts: Iterable[Batch]) -> StoreInfo:
    """A new database in ``db_file`` written part by part (``Writer``)."""
    writer = Writer(db_file)
    try:
        for nodes, rels in parts:
            writer.part(nodes, rels)
        return writer.finish()
    except BaseException:
        writer.close()
        raise


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
    """``store_dir`` made to hold exactly ``nt``'s graph: a new database written beside the old one part by
    part (the whole graph at once when its rows need it), then swapped in; the folder records its engine."""

    def parts(fresh: Path) -> StoreInfo:
        try:
            return write_parts(fresh, in_parts((text_batch(p, str(nt)) for p in _pieces(nt)), PART_NODES))
        except OSError as err:
            raise StoreError(f"{nt}: cannot read the graph: {err}") from err

    try:
        info = write_fresh(store_dir, parts)
    except NeedsWholeGraph as why:
        log.info("ladybug load: %s; the whole graph is read at once", why)
        info = write_fresh(store_dir, lambda fresh: write_database(fresh, *read_graph(nt)))
    return swap_in(store_dir, info)
