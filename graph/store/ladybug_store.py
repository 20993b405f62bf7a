"""A policykg graph in a LadybugDB database (``store/graph.lbug``), opened in this process: the opt-in
embedded engine beside ArcadeDB (issue 13). No JVM: it opens in a few tens of milliseconds.

``run`` takes the same Cypher texts and parameters as ``EmbeddedStore.run`` and returns the same plain rows
(nodes as property dicts with ``_labels``, relationships with ``_type``); which named queries run on it with the
same rows is the query library's business (queries/*.cypher, bench/README.md issue 13). The build writes the store
(``ladybug_load`` in full, ``ladybug_delta`` a rebuild's difference); ``run(..., write=True)`` (``policykg cypher
--write``, ``wipe``) reopens the database for writing, after asking a store server reading it to let go. Every node
of a LadybugDB store is policykg's (the database file is policykg's own), so the owner label of the store's own
statements (queries/writes.py) is dropped by the dialect and ``pull``, ``counts`` and ``wipe`` run the same
texts as on ArcadeDB (graph/store/sync.py). LadybugDB's tables are declared before a load: a write may set only
the properties the store's tables have.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Mapping
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from policykg.errors import QueryError, StoreError
from policykg.graph.store import engines, ladybug_schema

if TYPE_CHECKING:
    import networkx as nx

log = logging.getLogger(__name__)

_PARAM = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)")
# A parameter whose name the engine reserves is escaped in the text ($`all`: ALL is a keyword of its grammar);
# its Python API binds the escaped name as written.
_QUOTED_PARAM = re.compile(r"\$`([^`]+)`")
_STORED_TYPE = {v: k for k, v in ladybug_schema.RENAMED.items()}


class LadybugStore:
    """A LadybugDB store folder (``DIR/store/``), opened read-only for queries."""

    def __init__(self, path: Path | str, *, read_only: bool = True, release_server: bool = True) -> None:
        self.path = Path(path).absolute()
        self.target = f"embedded:{Path(path)}"
        self._release_server = release_server  # False in the store server itself
        if not (self.path / engines.LADYBUG_FILE).is_file():
            raise StoreError(
                f"{self.path}: no LadybugDB database here; run `policykg build ... --engine ladybug`"
            )
        started = time.perf_counter()
        self._open(read_only)
        self.open_seconds = time.perf_counter() - started
        log.info("%s: opened in %.2fs", self.target, self.open_seconds)
        self._closed = False

    def _open(self, read_only: bool) -> None:
        if not read_only and self._release_server:  # a server reading the file would not see these writes
            from policykg.graph.store import server

            server.release(self.path)
        ladybug = engines.ladybug_module()
        try:
            self._db = ladybug.Database(str(self.path / engines.LADYBUG_FILE), read_only=read_only)
            self._conn = ladybug.Connection(self._db)
        except Exception as err:  # the engine raises RuntimeError for every kind of failure
            raise StoreError(f"{self.path}: cannot open the LadybugDB store ({err})") from err
        self.read_only = read_only

    def _writable(self) -> None:
        """Reopen the database for writing (a store opens read-only: most commands only read)."""
        if self.read_only:
            self._conn.close()
            self._db.close()
            self._open(False)

    def run(
        self, cypher: str, params: Mapping[str, Any] | None = None, *, write: bool = False
    ) -> list[dict[str, Any]]:
        """Run one Cypher statement, rewritten into LadybugDB's dialect, with parameters (only those the text names:
        the engine refuses others); rows as plain Python."""
        if self._closed:
            raise StoreError(f"{self.target}: the store is closed")
        from policykg.graph.store import sync
        from policykg.queries.dialect import to_ladybug

        if write:
            self._writable()
        else:
            sync.refuse_writes(cypher)
        cypher = to_ladybug(cypher)  # the library's texts in LadybugDB's dialect (queries/dialect.py)
        given = dict(params or {})
        used, quoted = set(_PARAM.findall(cypher)), set(_QUOTED_PARAM.findall(cypher))
        args = {k: v for k, v in given.items() if k in used}
        args.update({f"`{k}`": v for k, v in given.items() if k in quoted})
        try:
            result: Any = self._conn.execute(cypher, args)
            columns = result.get_column_names()
            rows = []
            while result.has_next():
                rows.append({c: plain(v) for c, v in zip(columns, result.get_next(), strict=True)})
        except Exception as err:
            first = cypher.strip().splitlines()[0][:80] if cypher.strip() else ""
            raise QueryError(f"query failed on {self.target}: {first!r}: {_message(err)}") from err
        return rows

    def node_count(self) -> int:
        """How many nodes the store holds (policykg writes every node of a LadybugDB store)."""
        return int(self.run("MATCH (n) RETURN count(n) AS n")[0]["n"])

    def counts(self) -> dict[str, int]:
        """Nodes per label and relationships per type (``EmbeddedStore.counts``' texts)."""
        from policykg.graph.store import sync

        return sync.counts(sync.StoreBackend(self))

    def pull(self) -> nx.MultiDiGraph:
        """The stored graph in the property-graph shape (``EmbeddedStore.pull``' texts)."""
        from policykg.graph.store import sync

        return sync.to_property_graph(sync.read_snapshot(sync.StoreBackend(self)))

    def wipe(self, *, batch_size: int = 1000) -> int:
        """Delete every node (all are policykg's); returns how many."""
        from policykg.graph.store import sync

        return sync.wipe(sync.StoreBackend(self), batch_size=batch_size)

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            self._conn.close()
            self._db.close()

    def __enter__(self) -> LadybugStore:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def plain(value: Any) -> Any:
    """An engine value as plain Python: a node as its properties without the engine's null columns and
    internal keys, with ``_labels``; a relationship with ``_type``."""
    if isinstance(value, dict):
        keys = {k.lower(): k for k in value if k.startswith("_")}
        if "_label" in keys and "_id" in keys:
            props = {k: plain(x) for k, x in value.items() if not k.startswith("_") and x is not None}
            label = str(value[keys["_label"]])
            if "_src" in keys:
                return {"_type": _STORED_TYPE.get(label, label), **props}
            return {"_labels": [label], **props}
        return {k: plain(x) for k, x in value.items()}
    if isinstance(value, list):
        return [plain(x) for x in value]
    return value


def _message(err: BaseException) -> str:
    """The engine's message on one line, up to its caret line (a parser message quotes the text)."""
    text = str(err).strip() or type(err).__name__
    head = text.split('\n"', 1)[0].split("\n  ^", 1)[0]
    return " ".join(head.split())
