"""The ``GraphStore`` interface shared by the embedded store and Neo4j.

Property graph shape (the mapping in ``../shared/spec/ontology.md``), as produced by
``policykg.graph.store.pgraph.to_property_graph`` and consumed by every store and view:

* a ``networkx.MultiDiGraph`` whose node ids are IRIs (str);
* node attribute ``labels``: a tuple of class local names (``("Unit",)``, ``("Measure",)``);
* node attribute ``props``: dict of camelCase literal properties, always including ``iri``; a property with
  several values (``altLabel``) is a sorted list; language tags are dropped;
* edge key and edge attribute ``type``: the relationship type in UPPER_SNAKE_CASE (``RESPONSIBLE_UNIT``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol


@dataclass
class StoreInfo:
    """What a load or push did."""

    target: str  # "embedded:<path>" or "neo4j:<uri>/<database>" (never credentials)
    nodes_written: int = 0
    relationships_written: int = 0
    nodes_deleted: int = 0
    relationships_deleted: int = 0
    batches: int = 0
    seconds: float = 0.0
    counts: dict[str, int] = field(default_factory=dict)  # per label / relationship type after the load


class GraphStore(Protocol):
    """One interface, two implementations: ``EmbeddedStore`` (ArcadeDB, in-process) and ``Neo4jStore``."""

    def run(
        self, cypher: str, params: Mapping[str, Any] | None = None, *, write: bool = False
    ) -> list[dict[str, Any]]:
        """Run one Cypher statement with parameters; rows as plain Python dicts."""
        ...

    def close(self) -> None: ...


@dataclass(frozen=True)
class NodeRow:
    """One node of the property graph, for streaming loads (same shape as a pg node)."""

    iri: str
    labels: tuple[str, ...]
    props: dict[str, Any]


@dataclass(frozen=True)
class RelRow:
    """One relationship of the property graph, for streaming loads."""

    start: str  # iri
    type: str  # UPPER_SNAKE_CASE
    end: str  # iri


# A batch of elements, typically one document's fragment (or the shared entities): the unit of streaming loads.
ElementBatch = tuple[list[NodeRow], list[RelRow]]
