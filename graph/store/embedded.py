"""The embedded store: ArcadeDB in-process (``arcadedb-embedded``, its own bundled Java runtime), openCypher.

The default store: no server, nothing to configure; ``policykg build`` loads ``OUT/store/``. The same Cypher
text runs here and on Neo4j. ``run(..., write=False)`` is read-only twice over: the text is checked for write
clauses (:func:`policykg.graph.store.sync.refuse_writes`) and it runs on the engine's query path, which refuses any
non-idempotent statement. Writes (``write=True``) run in one transaction each.

Loads (``load`` / ``load_batches``) do not go through Cypher: the engine's openCypher costs about 0.5 ms a
row even in-process, so new vertices and edges are written with its native bulk API (GraphBatch, rows crossing
to Java as one JSON text per chunk), updates and deletions by record id in batched transactions, and the
current state is read with SQL, whose result sets cross in bulk. A first load builds the ``iri`` indexes after
the bulk insert, by the engine's sorted index build. Reads stay in openCypher; ``MATCH (u:Unit {iri: $iri})``
is an index seek (see EXPLAIN).

The engine is started quietly (:func:`start_engine`): its java.util.logging output goes to a file under
:func:`engine_log_dir` instead of the console and ``./log/``, and the JVM's start-up warnings are dropped.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, NamedTuple, cast

from policykg.errors import QueryError, StoreError
from policykg.graph.store import sync
from policykg.graph.store.base import ElementBatch, StoreInfo
from policykg.queries import writes as W

if TYPE_CHECKING:
    import networkx as nx

    from policykg.graph.store.delta import Delta

log = logging.getLogger(__name__)

_LANGUAGE = "opencypher"


# java.util.logging for the engine: everything into a file, nothing on the console. The engine's default
# configuration logs INFO lines to stderr and to ./log/ in the current directory.
_LOGGING_PROPERTIES = """\
handlers = java.util.logging.FileHandler
.level = INFO
com.arcadedb.level = INFO
io.undertow.level = WARNING
org.xnio.level = WARNING
org.jboss.level = WARNING
java.util.logging.FileHandler.level = INFO
java.util.logging.FileHandler.pattern = {pattern}
java.util.logging.FileHandler.formatter = com.arcadedb.log.LogFormatter
java.util.logging.FileHandler.limit = 10000000
java.util.logging.FileHandler.count = 2
java.util.logging.FileHandler.append = true
"""


def engine_log_dir() -> Path:
    """Where the embedded engine's own log files go: ``POLICYKG_ENGINE_LOG_DIR``, else ``engine/`` in policykg's
    private per-user folder (:func:`policykg.fsutil.private_root`: 0700, owned by the user)."""
    chosen = os.environ.get("POLICYKG_ENGINE_LOG_DIR")
    if chosen:
        return Path(chosen)
    from policykg.fsutil import private_dir

    return private_dir("engine")


@contextmanager
def _stderr_fd_silenced() -> Iterator[None]:
    """Send file descriptor 2 to /dev/null for a moment: the JVM prints its start-up warnings (incubator
    modules) there, below Python's sys.stderr, and no JVM option turns them off."""
    try:
        sys.stderr.flush()
        saved = os.dup(2)
    except (OSError, ValueError):  # no real stderr (embedded interpreters): nothing to silence
        yield
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, 2)
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)
        os.close(devnull)


def start_engine(
    extra_args: Sequence[str] | None = None, *, short_lived: bool = False, heap_mb: int | None = None
) -> None:
    """Start the engine's JVM quietly, once per process: its log lines go to :func:`engine_log_dir`, not to the
    console or ``./log/``, and its start-up warnings are dropped. A JVM already running is left as it is. The
    JVM starts from the start-up cache (:mod:`policykg.graph.store.engine_cache`) when there is one, else that cache
    is made once in the background; ``extra_args`` (the cache's own training) replace that. ``short_lived``
    (a worker that applies one small delta, or a full load of a small graph) keeps to the JVM's quick
    first-tier compiler: ~0.15 s sooner to a written store, and half the CPU of a 500-document load, at the
    price of slower code in long runs. ``heap_mb`` caps the JVM's heap (the wheel's default is 4 GB, which a
    loading JVM fills before it collects)."""
    import jpype

    if jpype.isJVMStarted():
        return
    from arcadedb_embedded.jvm import start_jvm

    from policykg.graph.store import engine_cache

    folder = engine_log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        config = folder / "logging.properties"
        text = _LOGGING_PROPERTIES.format(pattern=(folder / "arcadedb.%u.log").as_posix())
        if not config.is_file() or config.read_text(encoding="utf-8") != text:
            from policykg.fsutil import atomic_write_text

            atomic_write_text(config, text)  # a new file: never written through a planted link
    except OSError as err:
        raise StoreError(f"{folder}: cannot prepare the embedded engine's log folder: {err}") from err
    # The crash-log location is read from the environment only (the wheel appends its own ./log default).
    os.environ.setdefault("ARCADEDB_JVM_ERROR_FILE", str(folder / "hs_err_pid%p.log"))
    cache_args = engine_cache.jvm_args() if extra_args is None else list(extra_args)
    if short_lived:
        cache_args.append("-XX:TieredStopAtLevel=1")
    if heap_mb is not None:
        cache_args.append(f"-Xmx{max(64, int(heap_mb))}m")
    with _stderr_fd_silenced():
        start_jvm(jvm_args=[f"-Djava.util.logging.config.file={config}", *cache_args])
    log.debug(
        "embedded engine started (%s); its log is in %s", " ".join(cache_args) or "no start-up cache", folder
    )
    if extra_args is None and not any(a.startswith("-XX:AOTCache=") for a in cache_args):
        engine_cache.ensure()


@contextmanager
def cyclic_gc_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off for a load (on again after it, when it was on). A load makes
    hundreds of thousands of short-lived rows, which set off the collector's passes over every object the
    process holds, and JPype ties the two runtimes' collectors together: a Java collection makes it run
    Python's (on its reference-queue thread) and a Python collection may ask for a Java one. The rows hold no
    cycles (dicts, lists and tuples of strings and numbers), so reference counting frees them as before.
    Measured on a 500-document load in one process: ~11.5 -> ~9 s of CPU (bench/README.md, round 17)."""
    import gc

    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def _first_line(cypher: str) -> str:
    lines = [x for x in cypher.strip().splitlines() if x.strip() and not x.strip().startswith("//")]
    return (lines[0] if lines else cypher.strip())[:100]


def _engine_message(err: BaseException) -> str:
    # The engine's message repeats the Java class chain; its last "caused by" is the part a person needs.
    text = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
    return text[-400:]


class EmbeddedStore:
    """A policykg graph in an ArcadeDB database folder, opened (or created) in this process."""

    def __init__(self, path: Path | str, *, release_server: bool = True) -> None:
        # Absolute: the engine resolves a relative path against the directory its JVM started in, which is not
        # this process's working directory once it has changed (a library user, or a test, calling os.chdir).
        self.path = Path(path).absolute()
        self.target = f"embedded:{Path(path)}"
        started = time.perf_counter()
        if release_server:  # the engine locks a store to one process: a store server holding it lets go
            from policykg.graph.store import server

            server.release(self.path)
        try:
            start_engine()
            import arcadedb_embedded as arcade

            self.path.parent.mkdir(parents=True, exist_ok=True)
            if arcade.database_exists(str(self.path)):
                self._db = arcade.open_database(str(self.path))
            else:
                self._db = arcade.create_database(str(self.path))
        except StoreError:
            raise
        except Exception as err:  # the engine raises Java-side errors of many kinds (locked, corrupt, disk)
            raise StoreError(
                f"{self.path}: cannot open the embedded store ({_engine_message(err)}); "
                "is another policykg process using it?"
            ) from err
        self.open_seconds = time.perf_counter() - started
        log.info("%s: opened in %.2fs", self.target, self.open_seconds)
        self._closed = False
        self._prepared: _NativeBackend | None = None  # see prepare_load

    # ------------------------------------------------------------------ GraphStore

    def run(
        self, cypher: str, params: Mapping[str, Any] | None = None, *, write: bool = False
    ) -> list[dict[str, Any]]:
        """Run one openCypher statement with parameters; rows as plain Python (nodes -> property dicts with
        ``_labels``, relationships -> property dicts with ``_type``, ``_start``, ``_end``)."""
        self._check_open()
        args = dict(params or {})
        if not write:
            sync.refuse_writes(cypher)
        try:
            if write:
                return self._db.run_in_transaction(
                    lambda: self._rows(self._db.command(_LANGUAGE, cypher, args))
                )
            return self._rows(self._db.query(_LANGUAGE, cypher, args))
        except Exception as err:
            if not write and "NotIdempotent" in str(err):
                raise QueryError(f"read-only query tries to write: {_first_line(cypher)!r}") from err
            raise QueryError(
                f"query failed on {self.target}: {_first_line(cypher)!r}: {_engine_message(err)}"
            ) from err

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            try:
                self._db.close()
            except Exception as err:  # closing must not hide the error that led here
                log.warning("%s: close failed: %s", self.target, _engine_message(err))

    def __enter__(self) -> EmbeddedStore:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # ------------------------------------------------------------------ loading

    def load(
        self, pg: nx.MultiDiGraph, *, batch_size: int = 10_000, progress: sync.Progress | None = None
    ) -> StoreInfo:
        """Make the store hold exactly ``pg`` (idempotent; vanished nodes and relationships are removed)."""
        return self.load_batches(
            sync.batches_of(pg),
            progress=progress,
            total=pg.number_of_nodes() + pg.number_of_edges(),
            batch_size=batch_size,
        )

    def load_batches(
        self,
        batches: Iterable[ElementBatch],
        *,
        progress: sync.Progress | None = None,
        total: int | None = None,
        batch_size: int = 10_000,
        flush_nodes: int = 50_000,
    ) -> StoreInfo:
        """Make the store hold exactly the union of ``batches`` (streamed: one batch in memory at a time).

        Writes go through the engine's native API (bulk vertex and edge creation, record updates in
        transactions of ``batch_size``), not row-by-row Cypher; a first load into an empty store creates the
        ``iri`` indexes after the bulk insert. Same semantics as before: idempotent, vanished nodes,
        relationships and properties removed, only policykg's nodes touched. A node in several batches gets
        the union of their properties. ``total`` (elements expected) only sizes progress reports;
        ``flush_nodes``: see ``sync.sync_batches``.
        """
        self._check_open()
        if batch_size < 1:
            raise StoreError(f"batch size must be at least 1, not {batch_size}")
        backend, self._prepared = self._prepared, None
        if backend is None or backend.batch_size != batch_size:
            backend = _NativeBackend(self, batch_size)
        try:
            try:
                with cyclic_gc_paused():
                    return sync.sync_batches(
                        backend, batches, progress=progress, total=total, flush_nodes=flush_nodes
                    )
            except BaseException:
                backend.abandon()  # sync_batches closes the bulk batch itself (in ``finish``) when it succeeds
                raise
        except QueryError as err:
            raise StoreError(f"{self.path}: loading the embedded store failed: {err}") from err
        except StoreError:
            raise
        except Exception as err:  # the engine raises Java-side errors of many kinds (disk, duplicate key)
            raise StoreError(
                f"{self.path}: loading the embedded store failed: {_engine_message(err)}"
            ) from err

    def prepare_load(self, *, batch_size: int = 10_000) -> None:
        """Make the schema a load needs now (every record type; on a store holding no policykg graph, the note
        that its ``iri`` indexes are built after the bulk insert), so that the next ``load_batches`` (same
        ``batch_size``) starts writing at once: the build's load worker does this while the documents are
        still being extracted. Nothing else may use the store in between."""
        self._check_open()
        backend = _NativeBackend(self, batch_size)
        backend.prepare()
        self._prepared = backend

    def counts(self) -> dict[str, int]:
        """Policykg nodes per label and relationships per type."""
        self._check_open()
        return sync.counts(sync.StoreBackend(self))

    def pull(self) -> nx.MultiDiGraph:
        """The stored graph in the property-graph shape."""
        self._check_open()
        return sync.to_property_graph(sync.read_snapshot(sync.StoreBackend(self)))

    def wipe(self, *, batch_size: int = 1000) -> int:
        """Delete every policykg node; returns how many."""
        self._check_open()
        return sync.wipe(sync.StoreBackend(self), batch_size=batch_size)

    def node_count(self) -> int:
        """How many policykg nodes the store holds (one engine call, no rows read)."""
        self._check_open()
        if not self._db.get_java_database().getSchema().existsType(W.OWNER_LABEL):
            return 0
        return int(self._db.count_type(W.OWNER_LABEL))

    def warm_up(self) -> None:
        """Load what a delta's first steps need (type conversion classes, an index seek, a transaction) ahead
        of time: a worker opens the store while the build is still busy elsewhere, and the first use of each
        costs the engine tenths of a second."""
        from arcadedb_embedded.type_conversion import convert_python_to_java

        self._check_open()
        convert_python_to_java("policykg")
        if self._db.get_java_database().getSchema().existsType(W.OWNER_LABEL):
            self._db.lookup_by_key(W.OWNER_LABEL, ["iri"], ["urn:policykg:warm-up"])
        self._db.begin()
        self._db.rollback()

    def apply_delta(
        self,
        delta: Delta,
        *,
        expected_nodes: int | None = None,
        counts: Mapping[str, int] | None = None,
        batch_size: int = 10_000,
    ) -> StoreInfo:
        """Write a ``policykg.graph.store.delta.Delta`` (the change between two graphs) to a store holding the old one.

        Everything the delta names is looked up first (by ``iri``, through the index): a node to update,
        delete or link that is missing, a node to create that exists, a relationship to delete that is not
        there, a changed label set, or a node count other than ``expected_nodes`` raises ``DeltaRefused``
        before anything is written (the caller then runs the full sync), and so does a node to delete that
        has relationships the delta does not know of (another part of the graph still points to it). Writes
        use the same native primitives as ``load_batches``. With ``counts`` (``counts()`` before the delta),
        the counts after it are worked out from the delta instead of counted in the store."""
        from policykg.graph.store.delta import DeltaRefused

        self._check_open()
        started = time.perf_counter()
        if delta.relabelled:
            raise DeltaRefused(
                f"{len(delta.relabelled)} nodes change their labels, e.g. {delta.relabelled[0]}"
            )
        if not self._db.get_java_database().getSchema().existsType(W.OWNER_LABEL):
            raise DeltaRefused(f"{self.path}: the store holds no policykg graph")
        if expected_nodes is not None and (have := self.node_count()) != expected_nodes:
            raise DeltaRefused(
                f"{self.path}: {have} policykg nodes, the previous build left {expected_nodes}"
            )
        backend = _NativeBackend(self, batch_size)
        info = StoreInfo(target=self.target)
        try:
            plan = _DeltaPlan(backend, delta)
            try:
                plan.apply(info)
                backend.end_bulk()
            except BaseException:
                backend.abandon()
                raise
        except DeltaRefused:
            raise
        except QueryError as err:
            raise StoreError(f"{self.path}: updating the embedded store failed: {err}") from err
        except StoreError:
            raise
        except Exception as err:  # the engine raises Java-side errors of many kinds
            raise StoreError(
                f"{self.path}: updating the embedded store failed: {_engine_message(err)}"
            ) from err
        info.batches = backend.batches
        info.counts = plan.counts_after(counts) if counts is not None else backend.counts()
        info.seconds = time.perf_counter() - started
        log.debug("%s: delta of %d elements applied in %.2fs", self.target, delta.size, info.seconds)
        return info

    # ------------------------------------------------------------------ internals

    def _reopen(self) -> None:
        """Close and open the database again (releases what a GraphBatch left held; see _NativeBackend)."""
        import arcadedb_embedded as arcade

        self._db.close()
        self._db = arcade.open_database(str(self.path))

    def _check_open(self) -> None:
        if self._closed:
            raise StoreError(f"{self.path}: the embedded store is closed")

    def _rows(self, result: Any) -> list[dict[str, Any]]:
        if result is None:
            return []
        # to_list() brings rows over in batches (one JVM crossing per batch, JSON parsed in C): ~10x faster
        # than reading each property of each row; nodes and relationships still arrive as engine objects.
        return [{name: _to_python(value) for name, value in row.items()} for row in result.to_list()]


class _NativeBackend:
    """The embedded store as a ``sync.StreamBackend``: bulk writes through the engine's Java API (GraphBatch for
    new vertices and edges, records by id for updates and deletions), bulk reads through SQL."""

    def __init__(self, store: EmbeddedStore, batch_size: int) -> None:
        self.store = store
        self.db = store._db
        self.jdb = store._db.get_java_database()
        self.target = store.target
        self.batch_size = batch_size
        self.deferred_indexes = False
        self.batches = 0  # write transactions / bulk calls, reported as StoreInfo.batches
        self.used_batch = False
        self._open_batch: Any = None  # the bulk batch in use, kept open across label sets and types
        self._light: bool | None = None  # does this store keep its relationships as light edges?
        self._prepared = False  # prepare() ran (ahead of the load: EmbeddedStore.prepare_load)
        # A first load writes the relationships within a batch (a document's own) with its nodes, not after
        # the last batch (``sync_batches``): the load worker does that while the build is still extracting.
        self.early_rels = True

    def light(self) -> bool:
        """Whether this store's relationship types are light (see :func:`_light_store`); a store made before
        light edges keeps its record edges, so one store never mixes the two."""
        if self._light is None:
            self._light = _light_store(self._schema())
        return self._light

    def _bulk(self) -> Any:
        """The open bulk batch: one for all the bulk writes in a row (each costs ~40 ms to set up and close,
        and a load writes a few dozen label sets and relationship types)."""
        if self._open_batch is None:
            self.used_batch = True
            self._open_batch = self.db.graph_batch(light_edges=self.light())
            self.batches += 1
        return self._open_batch

    def edge_type(self, rel: str) -> None:
        """Create the record type of relationship type ``rel`` when missing, light when the store's are."""
        schema = self._schema()
        if schema.existsType(W.check_rel_type(rel)):
            return
        self._schema_change()
        schema = self._schema()
        if self.light():
            schema.buildEdgeType().withName(rel).withLightweight(True).create()
        else:
            schema.getOrCreateEdgeType(rel)

    def end_bulk(self) -> None:
        """Close the open bulk batch (its buffered edges are written): before anything else reads or writes."""
        if self._open_batch is not None:
            batch, self._open_batch = self._open_batch, None
            batch.close()

    def write_now(self) -> None:
        """Write the relationships buffered so far (the bulk batch's flush), not at its close."""
        if self._open_batch is not None:
            self._open_batch.flush()

    def abandon(self) -> None:
        """After a failure: close the open bulk batch without raising (the load's error is the one to see)."""
        try:
            self.end_bulk()
        except Exception as err:  # the engine raises Java-side errors of many kinds
            log.debug("%s: closing the bulk batch after a failure: %s", self.target, _engine_message(err))

    def _schema(self) -> Any:
        return self.jdb.getSchema()

    def prepare(self) -> None:
        from policykg.graph.rdf.mapping import KNOWN_LABELS, KNOWN_REL_TYPES

        if self._prepared:
            return
        schema = self._schema()
        if not schema.existsType(W.OWNER_LABEL):
            # A first load: bulk insert without indexes, then build them once, sorted (see _build_iri_indexes).
            self.deferred_indexes = True
            if not any(schema.existsType(rel) for rel in KNOWN_REL_TYPES):
                self._light = True  # a new store: light edges (see _light_store)
            for label in sorted({W.OWNER_LABEL, *KNOWN_LABELS}):
                schema.getOrCreateVertexType(W.check_label(label))
        else:
            sync.ensure_constraints(sync.StoreBackend(self.store), KNOWN_LABELS)
        # Every record type a load may need is created now: after a GraphBatch the engine (26.10.2) blocks
        # schema changes in this database until it is reopened.
        for labels in [(), *((label,) for label in sorted(KNOWN_LABELS))]:
            self._vertex_type(labels)
        for rel in sorted(KNOWN_REL_TYPES):
            self.edge_type(rel)
        self._prepared = True

    def _schema_change(self) -> None:
        self.end_bulk()
        if self.used_batch:
            self.store._reopen()
            self.db = self.store._db
            self.jdb = self.db.get_java_database()
            self.used_batch = False

    def finish(self) -> None:
        from policykg.graph.rdf.mapping import KNOWN_LABELS

        started = time.perf_counter()
        self.end_bulk()
        log.debug(
            "%s: bulk batch closed (edges flushed) in %.3f s", self.target, time.perf_counter() - started
        )
        if self.deferred_indexes:
            self._schema_change()
            _build_iri_indexes(self._schema(), sorted({W.OWNER_LABEL, *KNOWN_LABELS}))

    def _vertex_type(self, labels: tuple[str, ...]) -> str:
        """The engine's record type for a label set: a composite type ``A~B`` under each label's type."""
        name = "~".join(sorted({*labels, W.OWNER_LABEL}))
        if not self._schema().existsType(name):
            self._schema_change()
            if (
                self.deferred_indexes
            ):  # no indexes to inherit yet: the schema API is enough (and much cheaper)
                builder = self._schema().buildVertexType().withName(name)
                for label in sorted({*labels, W.OWNER_LABEL}):
                    builder = builder.withSuperType(label)
                builder.create()
                return name
            # Cypher creates it exactly as the engine expects (supertypes, inherited indexes).
            self.store.run(W.render(W.CREATE_LABEL_SET, labels=(*labels, W.OWNER_LABEL)), write=True)
            if not self._schema().existsType(name):
                raise StoreError(f"{self.target}: the engine did not create the record type {name!r}")
        return name

    def current_nodes(self) -> Iterator[tuple[str, tuple[str, ...], dict[str, Any], Any]]:
        if not self._schema().existsType(W.OWNER_LABEL) or self.db.count_type(W.OWNER_LABEL) == 0:
            return
        ids: dict[str, tuple[str, str]] = {}
        # Result sets are closed explicitly: an open one keeps a lock that a later schema change waits on.
        with self.db.query("sql", W.SQL_NODE_IDS) as result:
            for rows in result.iter_json_batches():
                for row in rows:
                    if isinstance(row.get("iri"), str):
                        ids[row["iri"]] = (str(row["rid"]), str(row["t"]))
        with self.db.query("sql", W.SQL_NODE_PROPS) as result:
            for row in result.iter_dicts():
                iri = row.get("iri")
                found = ids.get(iri) if isinstance(iri, str) else None
                if found is None:
                    continue
                props = {str(k): _to_python(v) for k, v in row.items() if not str(k).startswith("@")}
                yield iri, tuple(_labels_of(found[1])), props, found[0]

    def create_nodes(self, labels: tuple[str, ...], rows: list[dict[str, Any]]) -> list[Any]:
        type_name = self._vertex_type(labels)
        rids: list[Any] = []
        if len(rows) < _SMALL_WRITE and self._open_batch is None:
            # A few records (an incremental delta): one by one in a transaction; a bulk batch costs ~40 ms to
            # set up and close however little it writes.
            def create(row: dict[str, Any]) -> None:
                vertex = self.db.new_vertex(type_name)
                for key, value in row.items():
                    vertex.set(key, value)
                vertex.save()
                rids.append(vertex.get_rid())

            self._in_transactions(rows, create)
            return rids
        step = max(self.batch_size, 50_000)
        for start in range(0, len(rows), step):
            rids.extend(_create_vertices(self._bulk(), self.jdb, type_name, rows[start : start + step]))
        if len(rids) != len(rows):
            raise StoreError(f"{self.target}: created {len(rids)} of {len(rows)} {type_name} records")
        return rids

    def _in_transactions(self, items: list[Any], work: Any) -> None:
        self.end_bulk()
        for start in range(0, len(items), self.batch_size):
            chunk = items[start : start + self.batch_size]

            def run(chunk: list[Any] = chunk) -> None:
                for item in chunk:
                    work(item)

            self.db.run_in_transaction(run)
            self.batches += 1

    def _record(self, rid: Any) -> Any:
        self.end_bulk()
        record = self.db.lookup_by_rid(str(rid))
        if record is None:
            raise StoreError(f"{self.target}: record {rid} vanished during the load")
        return record

    def replace_props(self, items: list[tuple[Any, str, dict[str, Any]]]) -> None:
        def replace(item: tuple[Any, str, dict[str, Any]]) -> None:
            rid, _, props = item
            vertex = self._record(rid).modify()
            java = vertex.get_java_document() if hasattr(vertex, "get_java_document") else vertex
            for name in [str(x) for x in java.getPropertyNames()]:
                if name not in props:
                    java.remove(name)
            for key, value in props.items():
                vertex.set(key, value)
            vertex.save()

        self._in_transactions(items, replace)

    def node_props(self, handle: Any, iri: str) -> dict[str, Any]:
        return {
            k: _to_python(v) for k, v in self._record(handle).to_dict().items() if not str(k).startswith("@")
        }

    def delete_nodes(self, items: list[tuple[Any, str]]) -> None:
        self._in_transactions(items, lambda item: self._record(item[0]).delete())

    def current_rels(self, types: frozenset[str] | None) -> Iterator[tuple[Any, str, Any, Any]]:
        self.end_bulk()
        schema = self._schema()
        names = (
            sorted(types)
            if types is not None
            else sorted(str(t.getName()) for t in schema.getTypes() if "EdgeType" in type(t).__name__)
        )
        for rel in names:
            if not schema.existsType(W.check_rel_type(rel)):
                continue
            found: list[tuple[Any, str, Any, Any]] = []
            light = bool(schema.getType(rel).isLightweight())
            with self.db.query("sql", W.render(W.SQL_RELS, rel_type=rel)) as result:
                for rows in result.iter_json_batches():
                    found.extend(
                        (str(row["s"]), rel, str(row["o"]), _rel_handle(light, row["e"], row["s"], row["o"]))
                        for row in rows
                    )
            yield from found

    def create_rels(self, rel_type: str, pairs: list[sync.RelEnds]) -> None:
        self.edge_type(rel_type)
        if len(pairs) < _SMALL_WRITE and self._open_batch is None:  # see create_nodes
            self._in_transactions(
                pairs, lambda p: self._record(p.start).new_edge(rel_type, self._record(p.end))
            )
            return
        step = max(self.batch_size, 100_000)
        for start in range(0, len(pairs), step):
            chunk = pairs[start : start + step]
            self._bulk().new_edges([p.start for p in chunk], rel_type, [p.end for p in chunk])

    def delete_rels(self, rel_type: str, items: list[tuple[Any, str, str]]) -> None:
        def delete(item: tuple[Any, str, str]) -> None:
            handle = item[0]
            if isinstance(handle, LightEdgeEnds):  # no record of its own: found from its start vertex
                for edge in self._record(handle.start).get_out_edges(W.check_rel_type(rel_type)):
                    java = edge.get_java_document()
                    if str(java.getIn()) == handle.end:
                        java.delete()
                        return
                raise StoreError(f"{self.target}: relationship {item[1]} -[{rel_type}]-> {item[2]} vanished")
            self._record(handle).delete()

        self._in_transactions(items, delete)

    def counts(self) -> dict[str, int]:
        self.end_bulk()
        return sync.counts(sync.StoreBackend(self.store))


def _build_iri_indexes(schema: Any, labels: list[str]) -> None:
    """The unique ``iri`` index of each label, as Cypher's ``CREATE CONSTRAINT`` makes it (a declared STRING
    property, a unique LSM tree index named ``Label[iri]``), but filled by the engine's sorted build: one
    external sort written as compacted index pages, where the constraint fills the index key by key in
    transactions that check each key (measured at 500 documents: 1-2 s of CPU against 3.5 s). A label whose
    index exists already is left as it is; the constraints of a later load (``prepare``) find them in place."""
    import jpype

    types = jpype.JClass("com.arcadedb.schema.Type")
    lsm = jpype.JClass("com.arcadedb.schema.Schema$INDEX_TYPE").LSM_TREE
    sorted_build = jpype.JClass("com.arcadedb.schema.IndexBuildMode").SORTED
    for label in labels:
        vertex_type = schema.getType(W.check_label(label))
        if vertex_type.getPolymorphicIndexByProperties(["iri"]) is not None:
            continue
        vertex_type.getOrCreateProperty("iri", types.STRING)
        builder = schema.buildTypeIndex(label, ["iri"]).withType(lsm).withUnique(True)
        builder.withBuildMode(sorted_build).create()


def _json_safe(rows: list[dict[str, Any]]) -> bool:
    """Do these rows reach the engine unchanged as JSON? Scalars as the wheel's own JSON path checks them, and
    lists of such strings (which the wheel sends value by value instead: ``altLabel``, ``evidenceIri``)."""
    from arcadedb_embedded.type_conversion import json_bulk_scalar_ok

    for row in rows:
        for key, value in row.items():
            if type(value) is list:
                if not all(type(v) is str and json_bulk_scalar_ok(v) for v in value):
                    return False
            elif type(key) is not str or not json_bulk_scalar_ok(value):
                return False
    return True


def _create_vertices(batch: Any, jdb: Any, type_name: str, rows: list[dict[str, Any]]) -> list[str]:
    """``batch.create_vertices``, with rows holding lists of strings sent as one JSON text too: the wheel's
    per-value path for such rows cost ~0.5 s of a 500-document load (a sixth of its nodes), and the engine
    stores the same values either way (a list of strings; tested)."""
    if not rows or not _json_safe(rows):
        return cast("list[str]", batch.create_vertices(type_name, rows))
    import json

    import jpype

    batcher = jpype.JClass("com.arcadedb.python.VertexBatcher")
    try:
        joined = str(batcher.createVerticesJson(batch._java_graph_batch, type_name, json.dumps(rows)))
    except BaseException:
        if jdb.isTransactionActive():  # as the wheel does: a failed bulk write leaves no transaction open
            jdb.rollback()
        raise
    return joined.split(";") if joined else []


_SMALL_WRITE = 500  # below this many records of one kind, plain transactions beat a bulk batch


class LightEdgeEnds(NamedTuple):
    """The handle of a light edge: its ends' record ids (it has no record, so no id of its own)."""

    start: str
    end: str


def _rel_handle(light: bool, rid: Any, start: Any, end: Any) -> Any:
    return LightEdgeEnds(str(start), str(end)) if light else str(rid)


def _light_store(schema: Any) -> bool:
    """Does the store keep relationships as light edges? policykg's relationships carry no properties, so a
    store it creates declares every relationship type LIGHTWEIGHT: an edge is then two links in its
    vertices' edge lists, without a record of its own (about a tenth less of a first load's CPU, measured
    in bench/README.md). openCypher sees them as relationships (type, ends, paths, DELETE); only their ids
    are not unique, so policykg finds one by its ends. A store made before keeps its record edges."""
    from policykg.graph.rdf.mapping import KNOWN_REL_TYPES

    kinds = {bool(schema.getType(rel).isLightweight()) for rel in KNOWN_REL_TYPES if schema.existsType(rel)}
    return kinds == {True}


class _DeltaPlan:
    """A delta resolved against the store: record ids of every node and relationship it names (all looked up
    before the first write, so a store that is not in the assumed state is refused untouched)."""

    def __init__(self, backend: _NativeBackend, delta: Delta) -> None:
        from policykg.graph.store.delta import DeltaRefused

        self.backend = backend
        self.delta = delta
        db = backend.db
        self.nodes: dict[str, tuple[str, tuple[str, ...]]] = {}  # iri -> (rid, labels)
        creating = {str(props["iri"]) for _, props in delta.create}
        deleting = set(delta.delete)
        wanted = {iri for iri, _ in delta.update} | deleting | creating
        for s, _, o in [*delta.create_rels, *delta.delete_rels]:
            wanted.update((s, o))
        for iri in sorted(wanted):
            record = db.lookup_by_key(W.OWNER_LABEL, ["iri"], [iri])
            if record is not None:
                self.nodes[iri] = (str(record.get_rid()), tuple(_labels_of(str(record.get_type_name()))))
        for iri in sorted(creating - deleting):
            if iri in self.nodes:
                raise DeltaRefused(f"node {iri} to create exists already")
        for iri in sorted({i for i, _ in delta.update} | deleting):
            if iri not in self.nodes:
                raise DeltaRefused(f"node {iri} to change is not in the store")
        for s, _, o in delta.create_rels:
            for end in (s, o):
                if end not in self.nodes and end not in creating:
                    raise DeltaRefused(f"relationship end {end} is neither in the store nor created")
        self.gone_labels = [self.nodes[iri][1] for iri in delta.delete]
        # (type, start id, end id) of every relationship of a deleted node: no two of one type join the same
        # two nodes, and a light edge has no id of its own
        self.gone_rels: set[tuple[str, str, str]] = set()
        expected = set(delta.detached)
        for iri in delta.delete:
            vertex = db.lookup_by_rid(self.nodes[iri][0])
            for edge in [*vertex.get_out_edges(), *vertex.get_in_edges()]:
                java = edge.get_java_document()
                self.gone_rels.add((str(edge.get_type_name()), str(java.getOut()), str(java.getIn())))
        if len(self.gone_rels) != len(expected):
            raise DeltaRefused(
                f"the nodes to delete have {len(self.gone_rels)} relationships in the store, {len(expected)} expected"
            )
        self.rel_ids: dict[str, list[tuple[Any, str, str]]] = {}
        for s, rel, o in delta.delete_rels:
            found = self._edge(s, rel, o)
            if found is None:
                raise DeltaRefused(f"relationship ({s})-[:{rel}]->({o}) is not in the store")
            self.rel_ids.setdefault(rel, []).append((found, s, o))

    def _edge(self, s: str, rel: str, o: str) -> Any:
        """The handle of relationship ``(s)-[rel]->(o)`` for ``delete_rels``, or None when it is not there."""
        start, end = self.nodes.get(s), self.nodes.get(o)
        if start is None or end is None:
            return None
        vertex = self.backend.db.lookup_by_rid(start[0])
        light = self.backend.light()
        for edge in vertex.get_out_edges(W.check_rel_type(rel)):
            if str(edge.get_java_document().getIn()) == end[0]:
                return _rel_handle(light, edge.get_rid(), start[0], end[0])
        return None

    def counts_after(self, before: Mapping[str, int]) -> dict[str, int]:
        """``counts()`` after the delta, from ``counts()`` before it."""
        out = dict(before)

        def add(name: str, n: int) -> None:
            out[name] = out.get(name, 0) + n

        for labels in self.gone_labels:
            for label in labels:
                add(label, -1)
        for labels, _ in self.delta.create:
            for label in labels:
                add(label, 1)
        for rel, _, _ in self.gone_rels:
            add(rel, -1)
        for _, rel, _ in self.delta.delete_rels:
            add(rel, -1)
        for _, rel, _ in self.delta.create_rels:
            add(rel, 1)
        return dict(sorted((k, v) for k, v in out.items() if v > 0))

    def apply(self, info: StoreInfo) -> None:
        backend, delta = self.backend, self.delta
        # Record types first: after a bulk write the engine refuses schema changes until reopened.
        label_sets = sorted({labels for labels, _ in delta.create})
        for labels in label_sets:
            backend._vertex_type(labels)
        for rel in sorted({r for _, r, _ in delta.create_rels}):
            backend.edge_type(rel)
        for rel, items in sorted(self.rel_ids.items()):
            backend.delete_rels(rel, items)
            info.relationships_deleted += len(items)
        gone = [(self.nodes[iri][0], iri) for iri in delta.delete]
        if gone:
            backend.delete_nodes(gone)
            info.nodes_deleted += len(gone)
        for iri in delta.delete:
            self.nodes.pop(iri, None)
        for labels in label_sets:
            rows = [props for lab, props in delta.create if lab == labels]
            handles = backend.create_nodes(labels, rows)
            for props, handle in zip(rows, handles, strict=True):
                self.nodes[str(props["iri"])] = (handle, labels)
            info.nodes_written += len(rows)
        if delta.update:
            backend.replace_props([(self.nodes[iri][0], iri, props) for iri, props in delta.update])
            info.nodes_written += len(delta.update)
        by_type: dict[str, list[sync.RelEnds]] = {}
        for s, rel, o in delta.create_rels:
            (sh, sl), (oh, ol) = self.nodes[s], self.nodes[o]
            by_type.setdefault(rel, []).append(sync.RelEnds(sh, s, sl, oh, o, ol))
        for rel, pairs in sorted(by_type.items()):
            backend.create_rels(rel, pairs)
            info.relationships_written += len(pairs)


_VERTEX: Any = None
_EDGE: Any = None


def _graph_classes() -> tuple[Any, Any]:
    global _VERTEX, _EDGE
    if _VERTEX is None:
        import jpype

        _VERTEX = jpype.JClass("com.arcadedb.graph.Vertex")
        _EDGE = jpype.JClass("com.arcadedb.graph.Edge")
    return _VERTEX, _EDGE


def _labels_of(type_name: str) -> list[str]:
    # ArcadeDB stores a multi-label node in a composite type named "A~B".
    return sorted(x for x in type_name.split("~") if x and x != W.OWNER_LABEL)


def _props_of(record: Any) -> dict[str, Any]:
    from arcadedb_embedded import convert_java_to_python

    return {str(k): _to_python(convert_java_to_python(record.get(k))) for k in record.getPropertyNames()}


def _to_python(value: Any) -> Any:
    """Java values (vertices, edges, collections) as plain Python."""
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, list | tuple):
        return [_to_python(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _to_python(v) for k, v in value.items()}
    vertex, edge = _graph_classes()
    if isinstance(value, vertex):
        node = _props_of(value)
        node["_labels"] = _labels_of(str(value.getTypeName()))
        return node
    if isinstance(value, edge):
        rel = _props_of(value)
        rel["_type"] = str(value.getTypeName())
        rel["_start"] = _to_python(value.getOutVertex().get("iri"))
        rel["_end"] = _to_python(value.getInVertex().get("iri"))
        return rel
    from arcadedb_embedded import convert_java_to_python

    converted = convert_java_to_python(value)
    if converted is value:
        return sync.plain(str(value)) if type(value).__module__.startswith("java") else value
    return _to_python(converted)
