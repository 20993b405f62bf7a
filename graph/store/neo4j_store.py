"""The Neo4j store: push a build to a Neo4j 5 server (or any Bolt server) and pull it back, with the official
``neo4j`` driver (imported lazily).

``push`` creates a uniqueness constraint on ``iri`` per class label, then writes only the difference between
the build and what policykg owns on the server (see :mod:`policykg.graph.store.sync`) in batched ``UNWIND $rows``
transactions, sent in order by a background writer while the next batch is prepared. Every node it writes
carries the label ``PolicyKG``; nothing without it is ever matched (lookups go through the class label's index
and require ``PolicyKG``), so other data in the same database is untouched, also by ``wipe``. Writes run in the driver's managed
transactions (retried on transient errors); a connection lost in the middle of a push is retried once more
from a fresh diff, and a push that still fails can simply be run again: it resumes where it stopped.

Credentials are kept in the driver only: no message, log line or ``target`` contains the password.
"""

from __future__ import annotations

import logging
import os
import queue
import tempfile
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar
from urllib.parse import urlsplit, urlunsplit

import networkx as nx

from policykg.errors import PolicyKGError, QueryError, StoreError
from policykg.graph.store import sync
from policykg.graph.store.base import ElementBatch, StoreInfo
from policykg.queries import writes as W

log = logging.getLogger(__name__)
# The driver logs its retries as warnings; with no logging configured Python would print them to stderr for
# the whole retry period before policykg reports the one-line error. `policykg -v` shows them.
logging.getLogger("neo4j").addHandler(logging.NullHandler())

T = TypeVar("T")


def _public_uri(uri: str) -> str:
    """The URI without any user:password part."""
    try:
        parts = urlsplit(uri)
    except ValueError:
        return "<invalid uri>"
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path, "", ""))


class Neo4jStore:
    """A Neo4j (or other Bolt) database reached with the official driver."""

    def __init__(
        self,
        uri: str,
        user: str,
        password: str,
        database: str = "neo4j",
        *,
        connection_timeout: float = 10.0,
        retry_seconds: float = 15.0,
        reconnects: int = 1,
    ) -> None:
        self.uri = uri
        self.database = database or "neo4j"
        self.user = user
        self.target = f"neo4j:{_public_uri(uri)}/{self.database}"
        self._password = password
        self._connection_timeout = connection_timeout
        self._retry_seconds = retry_seconds
        self._reconnects = max(0, reconnects)
        self._driver: Any = None
        self._plans: bool | None = None  # False once the server showed it cannot EXPLAIN
        self._read_plans: set[str] = set()
        self._verified = False
        self._ever_connected = False
        #: Transactions the driver ran again after a transient error (each one rolled back first).
        self.retries = 0

    def __repr__(self) -> str:  # never the password
        return f"Neo4jStore({self.target!r}, user={self.user!r})"

    # ------------------------------------------------------------------ connection & errors

    def _scrub(self, text: str) -> str:
        return text.replace(self._password, "***") if self._password else text

    def _error(self, err: BaseException, doing: str) -> PolicyKGError:
        """The one-line policykg error for a driver exception (never the password)."""
        from neo4j import exceptions as nx4

        detail = self._scrub(" ".join(str(getattr(err, "message", None) or err).split()))[:300]
        if isinstance(err, nx4.AuthError):
            return StoreError(
                f"{self.target}: authentication failed for user {self.user!r}; "
                "check --user/--password (NEO4J_USERNAME/NEO4J_PASSWORD)"
            )
        if isinstance(err, nx4.ServiceUnavailable | nx4.SessionExpired | OSError):
            return StoreError(f"{self.target}: server unreachable while {doing} ({detail}); is it running?")
        code = str(getattr(err, "code", "") or "")
        if "DatabaseNotFound" in code:
            return StoreError(f"{self.target}: database {self.database!r} does not exist on the server")
        if isinstance(err, nx4.ClientError) and "Security" in code:
            return StoreError(f"{self.target}: not allowed while {doing} ({detail})")
        if isinstance(err, nx4.Neo4jError):
            return QueryError(f"{self.target}: {doing} failed: {detail}")
        return StoreError(f"{self.target}: {doing} failed: {type(err).__name__}: {detail}")

    def _connect(self) -> Any:
        if self._driver is None:
            try:
                import neo4j
            except ImportError as err:  # pragma: no cover - a dependency of policykg
                raise StoreError("the neo4j driver is not installed (pip install neo4j)") from err
            try:
                self._driver = neo4j.GraphDatabase.driver(
                    self.uri,
                    auth=(self.user, self._password),
                    connection_timeout=self._connection_timeout,
                    # a server that accepts the connection and never answers: give up as soon as on a refusal
                    connection_acquisition_timeout=self._connection_timeout,
                    max_transaction_retry_time=self._retry_seconds,
                    # No server notifications: the statements are fixed, and a bulk push gets nothing from them.
                    notifications_min_severity="OFF",
                )
            except (ValueError, neo4j.exceptions.ConfigurationError) as err:
                raise StoreError(
                    f"{self.target}: not a usable Bolt/Neo4j URI ({self._scrub(str(err))})"
                ) from err
        if not self._verified:
            try:
                # Fails fast on a refused connection or bad credentials instead of retrying for retry_seconds.
                self._driver.verify_connectivity()
            except Exception as err:
                raise self._error(err, "connecting") from err
            self._verified = True
            self._ever_connected = True
        return self._driver

    def _session(self, driver: Any) -> Any:
        return driver.session(database=self.database)

    def _managed(self, write: bool, work: Callable[[Any], T], doing: str) -> T:
        driver = self._connect()
        try:
            with self._session(driver) as session:
                return session.execute_write(work) if write else session.execute_read(work)
        except PolicyKGError:
            raise
        except Exception as err:
            raise self._error(err, doing) from err

    # ------------------------------------------------------------------ GraphStore

    def run(
        self, cypher: str, params: Mapping[str, Any] | None = None, *, write: bool = False
    ) -> list[dict[str, Any]]:
        """Run one statement with parameters in a managed transaction (READ access unless ``write``); rows as
        plain Python (nodes -> property dicts with ``_labels``; relationships -> with ``_type``)."""
        args = dict(params or {})
        if not write:
            sync.refuse_writes(cypher)
            self._refuse_planned_writes(cypher, args)

        attempts = 0

        def work(tx: Any) -> list[dict[str, Any]]:
            nonlocal attempts
            attempts += 1
            if attempts > 1:  # the driver calls this again after a transient error (rolled back)
                self.retries += 1
            result = tx.run(cypher, args)
            return [{k: _to_python(v) for k, v in record.items()} for record in result]

        first = (cypher.strip().splitlines() or [""])[0][:80]
        return self._managed(write, work, f"running {first!r}")

    def _refuse_planned_writes(self, cypher: str, args: dict[str, Any]) -> None:
        """Ask the server for the statement's plan (``EXPLAIN``: nothing runs) and refuse one whose query type
        is not read-only. Neo4j reports ``r``/``w``/``rw``/``s``; on another server (ArcadeDB's Bolt plugin types
        every plan ``w``) the text guard and the READ transaction are the protection."""
        if self._plans is False or cypher in self._read_plans:
            return
        try:
            with self._session(self._connect()) as session:
                summary = session.run("EXPLAIN " + cypher, args).consume()
        except PolicyKGError:
            raise
        except Exception as err:
            import neo4j.exceptions as nx4

            if isinstance(err, nx4.ServiceUnavailable | nx4.SessionExpired | nx4.AuthError | OSError):
                raise self._error(err, "checking the statement's plan") from err
            self._plans = False  # the server does not explain statements
            return
        agent = str(getattr(getattr(summary, "server", None), "agent", "") or "")
        if not agent.startswith("Neo4j/") or "compatible" in agent:  # ArcadeDB: every plan typed "w"
            self._plans = False
            return
        kind = getattr(summary, "query_type", None)
        if kind in {"w", "rw", "s"}:
            raise QueryError(
                f"{self.target}: the server plans this statement as a write ({kind}); use --write"
            )
        if kind == "r":
            self._read_plans.add(cypher)
        else:
            self._plans = False

    def close(self) -> None:
        if self._driver is not None:
            self._driver.close()
            self._driver = None
            self._verified = False

    def __enter__(self) -> Neo4jStore:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # ------------------------------------------------------------------ push / pull

    def push(
        self,
        pg: nx.MultiDiGraph,
        *,
        batch_size: int = 1000,
        wipe: bool = False,
        progress: sync.Progress | None = None,
    ) -> StoreInfo:
        """Make policykg's part of the database equal to ``pg``; ``wipe`` first removes all of policykg's nodes.
        A connection lost part-way is retried ``reconnects`` times from a fresh diff."""
        total = pg.number_of_nodes() + pg.number_of_edges()
        return self._push(lambda: sync.batches_of(pg), batch_size, wipe, progress, total, retry=True)

    def push_build(
        self,
        directory: Path,
        *,
        batch_size: int = 1000,
        wipe: bool = False,
        progress: sync.Progress | None = None,
    ) -> StoreInfo:
        """``push`` of a build folder's ``graph.nt``, streamed as the same element batches the embedded store
        loads (``policykg.graph.store.pgraph.element_batches_from_ntriples``), so no whole graph is held in
        memory; a lost connection is retried by reading the file again."""
        from policykg.graph.store.pgraph import element_batches_from_ntriples

        nt = Path(directory) / "graph.nt"
        return self._push(
            lambda: element_batches_from_ntriples(nt), batch_size, wipe, progress, None, retry=True
        )

    def push_batches(
        self,
        batches: Iterable[ElementBatch],
        *,
        batch_size: int = 1000,
        wipe: bool = False,
        progress: sync.Progress | None = None,
        total: int | None = None,
    ) -> StoreInfo:
        """``push`` for streamed batches (one in memory at a time; a node in several batches gets the union of
        their properties). A stream cannot be replayed, so a lost connection is not retried here: run it
        again, it resumes where it stopped."""
        return self._push(lambda: iter(batches), batch_size, wipe, progress, total, retry=False)

    def _push(
        self,
        make_batches: Callable[[], Iterable[ElementBatch]],
        batch_size: int,
        wipe: bool,
        progress: sync.Progress | None,
        total: int | None,
        *,
        retry: bool,
    ) -> StoreInfo:
        from neo4j import exceptions as nx4

        if batch_size < 1:
            raise StoreError(f"batch size must be at least 1, not {batch_size}")
        deleted = 0
        if wipe:
            deleted = self.wipe(batch_size=batch_size)
        attempt = 0
        while True:
            backend = _StreamBackend(self, batch_size)
            try:
                info = sync.sync_batches(backend, make_batches(), progress=progress, total=total)
                info.nodes_deleted += deleted
                return info
            except StoreError as err:
                lost = self._ever_connected and isinstance(
                    err.__cause__, nx4.ServiceUnavailable | nx4.SessionExpired | OSError
                )
                if not lost or not retry or attempt >= self._reconnects:
                    if lost:
                        raise StoreError(
                            f"{err}; the push stopped part-way: run it again when the server is back, "
                            "it resumes where it stopped"
                        ) from err
                    raise
                attempt += 1
                log.warning("%s: connection lost during push; retrying from a fresh diff", self.target)
                self._verified = False
                time.sleep(min(2.0 * attempt, 5.0))
            finally:
                backend.close()

    def pull(self) -> nx.MultiDiGraph:
        """Every policykg node and relationship on the server, in the property-graph shape."""
        return sync.to_property_graph(sync.read_snapshot(sync.StoreBackend(self)))

    def wipe(self, *, batch_size: int = 1000) -> int:
        """Delete policykg's nodes (and their relationships) only; returns how many nodes."""
        return sync.wipe(sync.StoreBackend(self), batch_size=batch_size)

    def counts(self) -> dict[str, int]:
        """Policykg nodes per label and relationships per type."""
        return sync.counts(sync.StoreBackend(self))


class _Writer:
    """Runs write transactions in order on one background thread, so the client prepares and packs the next
    batch while the server writes this one (pipelining with a single transaction in flight).

    Only one transaction at a time, on purpose: two concurrent writers on ArcadeDB's Bolt server measured
    twice the server CPU and half the throughput (its optimistic page-level concurrency makes transactions
    touching the same hub nodes conflict, roll back and retry), and the order of the statements matters
    (deletions before creations). ``depth`` bounds how far the client runs ahead. A failure is raised to the
    caller at its next ``submit`` or ``drain`` (the driver's own error, with its cause), and nothing queued
    after it is run.
    """

    def __init__(self, store: Neo4jStore, depth: int = 2) -> None:
        self.store = store
        self._queue: queue.Queue[tuple[str, list[dict[str, Any]]] | None] = queue.Queue(maxsize=depth)
        self._error: BaseException | None = None
        self._closing = False
        self._thread = threading.Thread(target=self._loop, name="policykg-push-writer", daemon=True)
        self._thread.start()

    def _loop(self) -> None:
        while True:
            item = self._queue.get()
            try:
                if item is None:
                    return
                if self._error is None and not self._closing:
                    self.store.run(item[0], {"rows": item[1]}, write=True)
            except BaseException as err:  # handed to the caller's thread; the loop stays to drain the queue
                self._error = err
            finally:
                self._queue.task_done()

    def _raise(self) -> None:
        if self._error is not None:
            err, self._error = self._error, None
            raise err

    def submit(self, cypher: str, rows: list[dict[str, Any]]) -> None:
        self._raise()
        if not self._thread.is_alive():
            raise StoreError(f"{self.store.target}: the push writer has stopped")
        self._queue.put((cypher, rows))

    def drain(self) -> None:
        """Wait until every submitted transaction is committed (or raise why one was not)."""
        self._queue.join()
        self._raise()

    def close(self) -> None:
        """Stop the thread; what is still queued (only after a failure or an interrupt) is not run."""
        self._closing = True
        if self._thread.is_alive():
            self._queue.put(None)
            self._thread.join()
        self._error = None


class _StreamBackend:
    """The Bolt store as a ``sync.StreamBackend``: parameterised ``UNWIND $rows`` statements, ``batch_size`` rows
    per managed transaction, written by a background :class:`_Writer` (reads wait until it is done); one
    statement per label set for new nodes (CREATE), one per (start label, type, end label) for new relationships
    (CREATE, both ends matched through their own label's iri index)."""

    def __init__(self, store: Neo4jStore, batch_size: int) -> None:
        self.store = store
        self.target = store.target
        self.batch_size = batch_size
        self.batches = 0
        self._writer: _Writer | None = None
        self._lookup: dict[str, str] = {}  # iri -> the label its lookups go through (its first class label)

    def _write(self, cypher: str, rows: list[dict[str, Any]]) -> None:
        if self._writer is None:
            self._writer = _Writer(self.store)
        for start in range(0, len(rows), self.batch_size):
            self._writer.submit(cypher, rows[start : start + self.batch_size])
            self.batches += 1

    def _drain(self) -> None:
        if self._writer is not None:
            self._writer.drain()

    def close(self) -> None:
        """Stop the writer thread (after a failure or an interrupt, what was still queued is dropped)."""
        if self._writer is not None:
            self._writer.close()
            self._writer = None

    def prepare(self) -> None:
        from policykg.graph.rdf.mapping import KNOWN_LABELS

        # One constraint per class label, none on the ownership label: every lookup goes through the class
        # label's index, and a second unique index doubled the server time of creating nodes (measured).
        sync.ensure_constraints(sync.StoreBackend(self.store), KNOWN_LABELS, owner=False)

    def _label(self, iri: str) -> str:
        return self._lookup.get(iri, W.OWNER_LABEL)

    def _remember(self, iri: str, labels: Iterable[str]) -> None:
        classes = sorted(x for x in labels if x != W.OWNER_LABEL)
        self._lookup[iri] = classes[0] if classes else W.OWNER_LABEL

    def _by_label(self, rows: Iterable[tuple[str, dict[str, Any]]]) -> list[tuple[str, list[dict[str, Any]]]]:
        groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for iri, row in rows:
            groups[self._label(iri)].append(row)
        return sorted(groups.items())

    def current_nodes(self) -> Iterator[tuple[str, tuple[str, ...], dict[str, Any], Any]]:
        self._drain()
        for row in self.store.run(W.READ_NODES):
            props = row.get("props") or {}
            iri = props.get("iri")
            if not isinstance(iri, str):
                log.warning("%s: a %s node without an iri is ignored", self.target, W.OWNER_LABEL)
                continue
            labels = tuple(str(x) for x in row.get("labels") or ())
            self._remember(iri, labels)
            yield iri, labels, props, iri

    def create_nodes(self, labels: tuple[str, ...], rows: list[dict[str, Any]]) -> list[Any]:
        for p in rows:
            self._remember(p["iri"], labels)
        self._write(W.render(W.CREATE_NODES, labels=(*labels, W.OWNER_LABEL)), [{"props": p} for p in rows])
        return [p["iri"] for p in rows]

    def replace_props(self, items: list[tuple[Any, str, dict[str, Any]]]) -> None:
        for label, rows in self._by_label((iri, {"iri": iri, "props": props}) for _, iri, props in items):
            self._write(W.render(W.UPDATE_NODES_BY_LABEL, label=label), rows)

    def node_props(self, handle: Any, iri: str) -> dict[str, Any]:
        self._drain()
        rows = self.store.run(W.render(W.NODE_PROPS_BY_LABEL, label=self._label(iri)), {"iri": iri})
        return dict(rows[0]["props"] or {}) if rows else {}

    def delete_nodes(self, items: list[tuple[Any, str]]) -> None:
        for label, rows in self._by_label((iri, {"iri": iri}) for _, iri in items):
            self._write(W.render(W.DELETE_NODES_BY_LABEL, label=label), rows)
        for _, iri in items:
            self._lookup.pop(iri, None)

    def current_rels(self, types: frozenset[str] | None) -> Iterator[tuple[Any, str, Any, Any]]:
        self._drain()
        for row in self.store.run(W.READ_RELS):
            rel = str(row["type"])
            if types is None or rel in types:
                yield str(row["s"]), rel, str(row["o"]), None

    def create_rels(self, rel_type: str, pairs: list[sync.RelEnds]) -> None:
        # One statement shape per (start label, end label): every row of a transaction takes the same plan.
        groups: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
        for p in pairs:
            start = p.start_labels[0] if p.start_labels else W.OWNER_LABEL
            end = p.end_labels[0] if p.end_labels else W.OWNER_LABEL
            groups[(start, end)].append({"s": p.start_iri, "o": p.end_iri})
        for (start, end), rows in sorted(groups.items()):
            self._write(W.render(W.CREATE_RELS, rel_type=rel_type, start=start, end=end), rows)

    def delete_rels(self, rel_type: str, items: list[tuple[Any, str, str]]) -> None:
        groups: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
        for _, s, o in items:
            groups[(self._label(s), self._label(o))].append({"s": s, "o": o})
        for (start, end), rows in sorted(groups.items()):
            self._write(W.render(W.DELETE_RELS_BY_LABEL, rel_type=rel_type, start=start, end=end), rows)

    def finish(self) -> None:
        self._drain()
        if self.store.retries:
            log.info("%s: %d transactions retried after a transient error", self.target, self.store.retries)

    def counts(self) -> dict[str, int]:
        self._drain()
        return sync.counts(sync.StoreBackend(self.store))


def _to_python(value: Any) -> Any:
    from neo4j.graph import Node, Path, Relationship

    if isinstance(value, Node):
        node = {k: _to_python(v) for k, v in value.items()}
        node["_labels"] = sorted(x for x in value.labels if x != W.OWNER_LABEL)
        return node
    if isinstance(value, Relationship):
        rel = {k: _to_python(v) for k, v in value.items()}
        rel["_type"] = value.type
        rel["_start"] = value.start_node.get("iri") if value.start_node is not None else None
        rel["_end"] = value.end_node.get("iri") if value.end_node is not None else None
        return rel
    if isinstance(value, Path):
        return [_to_python(x) for x in value]
    if isinstance(value, list | tuple):
        return [_to_python(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _to_python(v) for k, v in value.items()}
    return sync.plain(value)


# --------------------------------------------------------------------------- files (for the CLI)


def read_build(directory: Path) -> nx.MultiDiGraph:
    """The property graph of a build folder's ``graph.ttl``."""
    from rdflib import Graph

    from policykg.errors import LoadError, UsageError
    from policykg.graph.store.pgraph import to_property_graph

    path = Path(directory) / "graph.ttl" if Path(directory).is_dir() else Path(directory)
    if not path.is_file():
        raise UsageError(f"{path}: no graph.ttl here; run `policykg build ... --out {directory}` first")
    g = Graph()
    try:
        g.parse(str(path), format="turtle")
    except Exception as err:  # rdflib raises parser-specific errors
        raise LoadError(str(path), f"cannot be parsed as RDF: {err}") from err  # exit 3, as in validate
    return to_property_graph(g)


def write_turtle(pg: nx.MultiDiGraph, out: Path) -> int:
    """Write ``pg`` as Turtle to ``out`` atomically (a temporary file renamed into place); returns triples."""
    from policykg.graph.store.pgraph import from_property_graph

    g = from_property_graph(pg)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            g.serialize(fh, format="turtle", encoding="utf-8")
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return len(g)
