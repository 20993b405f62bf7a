"""RDF graph <-> networkx property graph, in the shape documented in ``policykg.graph.store``.

``to_property_graph`` turns every IRI into a node (``labels``: class local names from its ``rdf:type``;
``props``: camelCase literal properties plus ``iri``), every object-property triple into one edge (key and
``type``: UPPER_SNAKE_CASE) and every literal triple into a property value, as ``policykg.graph.mapping``
says. ``from_property_graph`` is its exact inverse, language tags aside. A triple the mapping cannot express
(an unknown predicate or class, a blank node, a literal where a resource belongs) is a ``GraphBuildError``
rather than a silently lost fact.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from typing import Any

import networkx as nx
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF

from policykg.errors import GraphBuildError
from policykg.graph.mapping import IRI_KEY, from_pg_value, get_mapping, pg_values, to_pg_value
from policykg.ontology import bind_prefixes

log = logging.getLogger(__name__)


def _sort_key(value: Any) -> tuple[str, Any]:
    # Values of one property share a type; the type name only keeps mixed lists from failing to sort.
    return (type(value).__name__, value)


def to_property_graph(g: Graph) -> nx.MultiDiGraph:
    """The property graph of a policykg RDF graph (see the module docstring)."""
    m = get_mapping()
    labels: dict[str, set[str]] = defaultdict(set)
    values: dict[str, dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))
    edges: list[tuple[str, str, str]] = []
    nodes: dict[str, None] = {}  # insertion-ordered set: node order follows the RDF graph's order

    for s, p, o in g:
        if not isinstance(s, URIRef):
            raise GraphBuildError(
                f"cannot map a triple with a blank-node or literal subject: {s!r} {p} {o!r}"
            )
        sid = str(s)
        nodes.setdefault(sid)
        if p == RDF.type:
            if o not in m.labels:
                raise GraphBuildError(f"{sid}: class {o} is not in the policykg ontology")
            labels[sid].add(m.labels[o])
        elif p in m.rel_types:
            if not isinstance(o, URIRef):
                raise GraphBuildError(f"{sid}: object property {p} has a non-IRI value {o!r}")
            nodes.setdefault(str(o))
            edges.append((sid, str(o), m.rel_types[p]))
        elif p in m.literals:
            if not isinstance(o, Literal):
                raise GraphBuildError(f"{sid}: datatype property {p} has a non-literal value {o!r}")
            prop = m.literals[p]
            values[sid][prop.key].append(to_pg_value(prop, o))
        else:
            raise GraphBuildError(f"{sid}: predicate {p} is not in the policykg ontology")

    pg = nx.MultiDiGraph()
    for nid in nodes:
        props: dict[str, Any] = {IRI_KEY: nid}
        for key, vals in values.get(nid, {}).items():
            prop = m.keys[key]
            if prop.multi or len(vals) > 1:
                if not prop.multi:
                    log.debug("%s: single-valued %s has %d values; stored as a list", nid, key, len(vals))
                props[key] = sorted(vals, key=_sort_key)
            else:
                props[key] = vals[0]
        pg.add_node(nid, labels=tuple(sorted(labels.get(nid, ()))), props=props)
    for src, dst, rel in edges:
        pg.add_edge(src, dst, key=rel, type=rel)
    return pg


def from_property_graph(pg: nx.MultiDiGraph) -> Graph:
    """The RDF graph of a property graph in the policykg shape (language tags are not restored)."""
    m = get_mapping()
    g = bind_prefixes(Graph())
    for nid, data in pg.nodes(data=True):
        node = URIRef(str(nid))
        for label in data.get("labels", ()):
            if label not in m.classes:
                raise GraphBuildError(f"{nid}: node label {label!r} is not a policykg class")
            g.add((node, RDF.type, m.classes[label]))
        for key, value in (data.get("props") or {}).items():
            if key == IRI_KEY:
                if str(value) != str(nid):
                    raise GraphBuildError(f"node {nid}: property iri={value!r} differs from the node id")
                continue
            if key not in m.keys:
                raise GraphBuildError(f"{nid}: node property {key!r} is not a policykg property")
            prop = m.keys[key]
            for v in pg_values(value):
                if v is None:
                    continue
                g.add((node, prop.iri, from_pg_value(prop, v)))
    for src, dst, key, data in pg.edges(keys=True, data=True):
        rel = data.get("type", key)
        if rel not in m.relations:
            raise GraphBuildError(f"{src} -> {dst}: relationship type {rel!r} is not a policykg property")
        g.add((URIRef(str(src)), m.relations[rel], URIRef(str(dst))))
    return g
