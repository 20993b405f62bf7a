"""The embedded store: ArcadeDB in-process (``arcadedb-embedded``, its own bundled Java runtime), openCypher.

The default store: no server, nothing to configure; ``policykg build`` loads ``OUT/store/``. The same Cypher
text runs here and on Neo4j. ``run(..., write=False)`` is read-only twice over: the text is checked for write
clauses (:func:`policykg.graph.sync.refuse_writes`) and it runs on the engine's query path, which refuses any
non-idempotent statement. Writes (``write=True``) run in one transaction each.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping
from pathlib import Path
from types import TracebackType
from typing import Any

import networkx as nx

from policykg.errors import QueryError, StoreError
from policykg.graph import sync
from policykg.graph.store import StoreInfo
from policykg.queries import writes as W

log = logging.getLogger(__name__)

_LANGUAGE = "opencypher"


def _first_line(cypher: str) -> str:
    lines = [x for x in cypher.strip().splitlines() if x.strip() and not x.strip().startswith("//")]
    return (lines[0] if lines else cypher.strip())[:100]


def _engine_message(err: BaseException) -> str:
    # The engine's message repeats the Java class chain; its last "caused by" is the part a person needs.
    text = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
    return text[-400:]


class EmbeddedStore:
    """A policykg graph in an ArcadeDB database folder, opened (or created) in this process."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.target = f"embedded:{self.path}"
        started = time.perf_counter()
        try:
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
        log.debug("%s: opened in %.2fs", self.target, self.open_seconds)
        self._closed = False

    # ------------------------------------------------------------------ GraphStore

    def run(self, cypher: str, params: Mapping[str, Any] | None = None, *, write: bool = False) -> list[dict[str, Any]]:
        """Run one openCypher statement with parameters; rows as plain Python (nodes -> property dicts with
        ``_labels``, relationships -> property dicts with ``_type``, ``_start``, ``_end``)."""
        self._check_open()
        args = dict(params or {})
        if not write:
            sync.refuse_writes(cypher)
        try:
            if write:
                return self._db.run_in_transaction(lambda: self._rows(self._db.command(_LANGUAGE, cypher, args)))
            return self._rows(self._db.query(_LANGUAGE, cypher, args))
        except Exception as err:
            if not write and "NotIdempotent" in str(err):
                raise QueryError(f"read-only query tries to write: {_first_line(cypher)!r}") from err
            raise QueryError(f"query failed on {self.target}: {_first_line(cypher)!r}: {_engine_message(err)}") from err

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

    def load(self, pg: nx.MultiDiGraph, *, batch_size: int = 1000, progress: sync.Progress | None = None) -> StoreInfo:
        """Make the store hold exactly ``pg`` (idempotent; vanished nodes and relationships are removed)."""
        self._check_open()
        try:
            return sync.sync(_Backend(self), pg, batch_size=batch_size, progress=progress)
        except QueryError as err:
            raise StoreError(f"{self.path}: loading the embedded store failed: {err}") from err

    def counts(self) -> dict[str, int]:
        """Policykg nodes per label and relationships per type."""
        self._check_open()
        return sync.counts(_Backend(self))

    def pull(self) -> nx.MultiDiGraph:
        """The stored graph in the property-graph shape."""
        self._check_open()
        return sync.to_property_graph(sync.read_snapshot(_Backend(self)))

    def wipe(self, *, batch_size: int = 1000) -> int:
        """Delete every policykg node; returns how many."""
        self._check_open()
        return sync.wipe(_Backend(self), batch_size=batch_size)

    # ------------------------------------------------------------------ internals

    def _check_open(self) -> None:
        if self._closed:
            raise StoreError(f"{self.path}: the embedded store is closed")

    def _rows(self, result: Any) -> list[dict[str, Any]]:
        if result is None:
            return []
        rows = []
        for record in result:
            rows.append({name: _to_python(record.get(name)) for name in record.property_names})
        return rows


class _Backend:
    """The embedded store as a ``sync.Backend``."""

    def __init__(self, store: EmbeddedStore) -> None:
        self.store = store
        self.target = store.target

    def read(self, cypher: str, params: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
        return self.store.run(cypher, params)

    def write(self, cypher: str, params: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
        return self.store.run(cypher, params, write=True)


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
