"""Graph analytics with networkx over the same graph the queries read.

The coordination network has one node per unit and an edge between two units weighted by the number of
measures they share (the ``co-responsibility`` query). On it: weighted degree and betweenness centrality,
communities (greedy modularity), and bridging units (articulation points, or the units linking communities).
The ``document-industries`` query (the build's per-document summaries) gives the industries each document reaches.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from policykg.graph.store import GraphStore
from policykg.queries.library import QueryResult, run_named

log = logging.getLogger(__name__)


@dataclass
class Analysis:
    centrality: list[dict[str, Any]] = field(
        default_factory=list
    )  # unit, measures, degree, weighted, betweenness
    communities: list[dict[str, Any]] = field(default_factory=list)  # community, size, units
    bridges: list[dict[str, Any]] = field(default_factory=list)  # unit, communities, articulation
    document_industries: list[dict[str, Any]] = field(
        default_factory=list
    )  # document, industries, direct, viaSystem

    def results(self) -> list[QueryResult]:
        """The four tables as renderable results."""
        return [
            QueryResult(
                "unit centrality",
                ["unit", "measures", "partners", "sharedMeasures", "betweenness"],
                self.centrality,
            ),
            QueryResult("unit communities", ["community", "size", "units"], self.communities),
            QueryResult(
                "bridging units", ["unit", "communities", "articulation", "betweenness"], self.bridges
            ),
            QueryResult(
                "industries reachable from each document",
                ["document", "industries", "direct", "viaSystem"],
                self.document_industries,
            ),
        ]

    def as_dict(self) -> dict[str, list[dict[str, Any]]]:
        return {
            "centrality": self.centrality,
            "communities": self.communities,
            "bridges": self.bridges,
            "documentIndustries": self.document_industries,
        }


def coordination_graph(store: GraphStore) -> Any:
    """Units as nodes (``label``, ``measures``), shared measures as edge ``weight``."""
    import networkx as nx

    g = nx.Graph()
    for row in run_named(store, "unit-workload", {"limit": 100000}).rows:
        g.add_node(row["_unit"], label=row["unit"], measures=row["measures"])
    for row in run_named(store, "co-responsibility", {}).rows:
        for iri, label in ((row["_a"], row["unitA"]), (row["_b"], row["unitB"])):
            if iri not in g:
                g.add_node(iri, label=label, measures=0)
        g.add_edge(row["_a"], row["_b"], weight=row["shared"])
    return g


def _name(g: Any, n: str) -> str:
    """The unit's label, with its IRI tail when two units share a label (two 就业处 of different bureaus)."""
    label = str(g.nodes[n]["label"])
    same = [m for m in g.nodes if g.nodes[m]["label"] == label]
    return label if len(same) == 1 else f"{label} <{n.rsplit('/', 1)[-1]}>"


def analyze(store: GraphStore, top: int | None = None) -> Analysis:
    """Centrality, communities, bridging units and per-document industry reach (sorted, deterministic)."""
    import networkx as nx
    from networkx.algorithms import community as nxc

    g = coordination_graph(store)
    out = Analysis()
    if g.number_of_nodes():
        # distance = 1/weight: units sharing many measures are "close"
        for _u, _v, d in g.edges(data=True):
            d["distance"] = 1.0 / d["weight"]
        between = nx.betweenness_centrality(g, weight="distance", normalized=True)
        for n in g.nodes:
            out.centrality.append(
                {
                    "unit": _name(g, n),
                    "measures": g.nodes[n]["measures"],
                    "partners": g.degree(n),
                    "sharedMeasures": g.degree(n, weight="weight"),
                    "betweenness": round(between[n], 4),
                }
            )
        out.centrality.sort(key=lambda r: (-r["betweenness"], -r["sharedMeasures"], r["unit"]))
        if top:
            out.centrality = out.centrality[:top]

        linked = g.subgraph([n for n in g.nodes if g.degree(n) > 0])
        comms = nxc.greedy_modularity_communities(linked, weight="weight") if linked.number_of_edges() else []
        groups = sorted((sorted(_name(g, n) for n in c) for c in comms), key=lambda c: (-len(c), c))
        member: dict[str, int] = {}
        for i, names in enumerate(groups, start=1):
            out.communities.append({"community": i, "size": len(names), "units": names})
        for i, c in enumerate(
            sorted(comms, key=lambda c: (-len(c), sorted(_name(g, n) for n in c))), start=1
        ):
            for n in c:
                member[n] = i
        articulation = set(nx.articulation_points(g))
        for n in g.nodes:
            reached = {member[m] for m in g.neighbors(n) if m in member} | (
                {member[n]} if n in member else set()
            )
            if n in articulation or len(reached) > 1:
                out.bridges.append(
                    {
                        "unit": _name(g, n),
                        "communities": sorted(reached),
                        "articulation": n in articulation,
                        "betweenness": round(between[n], 4),
                    }
                )
        out.bridges.sort(key=lambda r: (-r["betweenness"], r["unit"]))

    docs: list[dict[str, Any]] = []
    for row in run_named(store, "document-industries", {}, all_rows=True).rows:
        direct, via = list(row["direct"] or []), list(row["viaSystem"] or [])
        docs.append(
            {
                "document": row["document"],
                "industries": sorted(direct + via),
                "direct": len(direct),
                "viaSystem": len(via),
            }
        )
    out.document_industries = sorted(docs, key=lambda d: (-len(d["industries"]), str(d["document"])))
    log.debug("analysed %d units, %d documents", g.number_of_nodes(), len(docs))
    return out
