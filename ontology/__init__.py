"""The policykg vocabulary: namespaces, and the OWL ontology and SHACL shapes shipped as package data.

``policykg.ttl`` implements ``../shared/spec/ontology.md`` (the contract) plus the documented extensions;
``shapes.ttl`` holds the SHACL shapes ``policykg validate`` runs. Both are Turtle files installed with the
package, found through ``importlib.resources`` so they work from a wheel as well as from the source tree.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

from rdflib import Graph, Namespace
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SH, SKOS, XSD

from policykg.graph.rdf import namespaces as _ns

PKG = Namespace(_ns.PKG)
ORG = Namespace(_ns.ORG)
SCHEMA = Namespace("https://schema.org/")

#: The ontology's own IRI (``owl:Ontology``).
ONTOLOGY_IRI = _ns.ONTOLOGY_IRI

#: Prefixes bound on every graph policykg writes, in this order.
PREFIXES: dict[str, str] = {
    "pkg": str(PKG),
    "dcterms": str(DCTERMS),
    "skos": str(SKOS),
    "org": str(ORG),
    "prov": str(PROV),
    "xsd": str(XSD),
    "rdfs": str(RDFS),
    "owl": str(OWL),
}

__all__ = [
    "DCTERMS",
    "ONTOLOGY_IRI",
    "ORG",
    "OWL",
    "PKG",
    "PREFIXES",
    "PROV",
    "RDF",
    "RDFS",
    "SCHEMA",
    "SH",
    "SKOS",
    "XSD",
    "bind_prefixes",
    "load_ontology",
    "load_shapes",
    "ontology_path",
    "shapes_path",
]


def _data_file(name: str) -> Path:
    # The package is installed from the source tree (or a wheel that is unpacked on disk), so the
    # Traversable is a real file; Path() makes it usable by rdflib and pyshacl alike.
    return Path(str(resources.files(__name__).joinpath(name)))


def ontology_path() -> Path:
    """The OWL ontology in Turtle (``policykg.ttl``)."""
    return _data_file("policykg.ttl")


def shapes_path() -> Path:
    """The SHACL shapes in Turtle (``shapes.ttl``)."""
    return _data_file("shapes.ttl")


def bind_prefixes(g: Graph) -> Graph:
    """Bind the policykg prefixes on ``g`` (replacing rdflib's defaults for the same prefixes)."""
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True, replace=True)
    return g


@lru_cache(maxsize=1)
def _parsed(name: str) -> Graph:
    g = Graph()
    g.parse(_data_file(name), format="turtle")
    return g


def _copy(src: Graph) -> Graph:
    g = bind_prefixes(Graph())
    for triple in src:
        g.add(triple)
    return g


def load_ontology() -> Graph:
    """A fresh copy of the ontology graph (callers may modify it)."""
    return _copy(_parsed("policykg.ttl"))


def load_shapes() -> Graph:
    """A fresh copy of the SHACL shapes graph."""
    g = _copy(_parsed("shapes.ttl"))
    g.bind("sh", SH)
    return g
