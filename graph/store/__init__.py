"""Stage 4, the stores: the property-graph shape and the ``GraphStore`` interface (``base``), the RDF ->
property-graph conversion (``pgraph``), the embedded ArcadeDB store (``embedded``, ``engine_cache``), Neo4j
(``neo4j_store``), the shared write logic (``sync``) and incremental deltas (``delta``)."""

from policykg.graph.store.base import ElementBatch, GraphStore, NodeRow, RelRow, StoreInfo

__all__ = ["ElementBatch", "GraphStore", "NodeRow", "RelRow", "StoreInfo"]
