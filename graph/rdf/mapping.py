"""The one-to-one RDF <-> property-graph mapping, derived from the ontology (``ontology/policykg.ttl``).

* class IRI <-> node label: the class's local name (``pkg:Measure`` <-> ``Measure``);
* object property <-> relationship type: the local name in UPPER_SNAKE_CASE (``pkg:responsibleUnit`` <->
  ``RESPONSIBLE_UNIT``, ``org:subOrganizationOf`` <-> ``SUB_ORGANIZATION_OF``);
* datatype property <-> node property key: the local name, already camelCase (``skos:prefLabel`` <->
  ``prefLabel``, ``dcterms:issued`` <-> ``issued``, ``pkg:charStart`` <-> ``charStart``), with a value kind
  taken from its range so the reverse restores the datatype exactly:

  ======== ============================== =================================================================
  kind     RDF                            property graph value
  ======== ============================== =================================================================
  string   plain / language-tagged        ``str`` (language tag dropped; the reverse gives a plain literal)
  integer  ``xsd:integer``                ``int``
  decimal  ``xsd:decimal``                ``float`` (see below)
  boolean  ``xsd:boolean``                ``bool``
  date     ``xsd:date``                   ISO ``str`` ("2021-11-22")
  temporal ``xsd:date|gYearMonth|gYear``  ISO ``str``; the reverse picks the datatype from the lexical form
  ======== ============================== =================================================================

Decimals: Neo4j and ArcadeDB both store a float natively and compare it numerically in Cypher
(``t.value >= 10000``), which a string would not. A float holds every decimal of up to 15 significant digits
exactly enough that ``repr`` gives it back, and ``decimal_lexical`` writes the canonical lexical form
(no exponent, one digit after the point at least: ``2E+4`` and ``20000.00`` -> ``"20000.0"``), which the
builder also uses. So
RDF -> property graph -> RDF restores the same ``xsd:decimal`` literal for every figure a policy text holds.

Multi-valued literal properties (``pkg:multiValued true`` in the ontology: ``altLabel``, ``problem`` ...) are
always a sorted list in the property graph; any other property is a scalar (and becomes a sorted list only if a
graph carries it more than once, so no fact is lost).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS, XSD

from policykg.errors import GraphBuildError, QueryError
from policykg.graph.rdf.terms import decimal_lexical
from policykg.ontology import PKG, SCHEMA, load_ontology

#: The node property every node carries: its IRI.
IRI_KEY = "iri"

_STRING_RANGES = {XSD.string, RDF.langString, RDFS.Literal, RDF.PlainLiteral}
_KINDS_BY_RANGE = {
    XSD.integer: "integer",
    XSD.nonNegativeInteger: "integer",
    XSD.positiveInteger: "integer",
    XSD.int: "integer",
    XSD.decimal: "decimal",
    XSD.boolean: "boolean",
    XSD.date: "date",
}
_TEMPORAL_TYPES = {XSD.date, XSD.gYearMonth, XSD.gYear}
_DATE = re.compile(r"^-?\d{4,}-\d{2}-\d{2}$")
_YEAR_MONTH = re.compile(r"^-?\d{4,}-\d{2}$")
_YEAR = re.compile(r"^-?\d{4,}$")


@dataclass(frozen=True)
class LiteralProperty:
    """A datatype property and how its values look in the property graph."""

    iri: URIRef
    key: str  # camelCase node property key
    kind: str  # string | integer | decimal | boolean | date | temporal
    multi: bool  # always a (sorted) list in the property graph


@dataclass(frozen=True)
class OntologyMapping:
    labels: dict[URIRef, str]  # class IRI -> label
    classes: dict[str, URIRef]  # label -> class IRI
    rel_types: dict[URIRef, str]  # object property -> relationship type
    relations: dict[str, URIRef]  # relationship type -> object property
    literals: dict[URIRef, LiteralProperty]  # datatype property -> its mapping
    keys: dict[str, LiteralProperty]  # node property key -> its mapping


def local_name(iri: str) -> str:
    """The part after the last ``#`` or ``/``."""
    return re.split(r"[#/]", str(iri))[-1]


def upper_snake(name: str) -> str:
    """``responsibleUnit`` -> ``RESPONSIBLE_UNIT``, ``subOrganizationOf`` -> ``SUB_ORGANIZATION_OF``."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).upper()


def _range_kind(ont: Graph, prop: URIRef) -> str:
    ranges = list(ont.objects(prop, RDFS.range)) or list(ont.objects(prop, SCHEMA.rangeIncludes))
    if len(ranges) != 1:
        raise GraphBuildError(
            f"ontology: datatype property {prop} needs exactly one range, has {len(ranges)}"
        )
    rng = ranges[0]
    if isinstance(rng, BNode):
        union = next(iter(ont.objects(rng, OWL.unionOf)), None)
        members = set(Collection(ont, union)) if isinstance(union, BNode) else set()
        if members and members <= _TEMPORAL_TYPES:
            return "temporal"
        raise GraphBuildError(f"ontology: unsupported union range on {prop}")
    if rng in _STRING_RANGES:
        return "string"
    if isinstance(rng, URIRef) and rng in _KINDS_BY_RANGE:
        return _KINDS_BY_RANGE[rng]
    raise GraphBuildError(f"ontology: unsupported range {rng} on datatype property {prop}")


def mapping_from_ontology(ont: Graph) -> OntologyMapping:
    """Derive the mapping from an ontology graph; fails on any clash (two terms, one name)."""
    labels: dict[URIRef, str] = {}
    classes: dict[str, URIRef] = {}
    for cls in sorted(c for c in ont.subjects(RDF.type, OWL.Class) if isinstance(c, URIRef)):
        if not str(cls).startswith(str(PKG)):
            continue  # only policykg's own classes are node labels (org:Organization is a superclass)
        label = local_name(cls)
        if label in classes:
            raise GraphBuildError(f"ontology: two classes map to the label {label!r}")
        labels[cls], classes[label] = label, cls

    rel_types: dict[URIRef, str] = {}
    relations: dict[str, URIRef] = {}
    for prop in sorted(p for p in ont.subjects(RDF.type, OWL.ObjectProperty) if isinstance(p, URIRef)):
        rel = upper_snake(local_name(prop))
        if rel in relations:
            raise GraphBuildError(f"ontology: two object properties map to the relationship type {rel!r}")
        rel_types[prop], relations[rel] = rel, prop

    literals: dict[URIRef, LiteralProperty] = {}
    keys: dict[str, LiteralProperty] = {}
    for prop in sorted(p for p in ont.subjects(RDF.type, OWL.DatatypeProperty) if isinstance(p, URIRef)):
        key = local_name(prop)
        if key in keys or key == IRI_KEY:
            raise GraphBuildError(f"ontology: two datatype properties map to the node property {key!r}")
        multi = any(bool(v.toPython()) for v in ont.objects(prop, PKG.multiValued) if isinstance(v, Literal))
        lp = LiteralProperty(iri=prop, key=key, kind=_range_kind(ont, prop), multi=multi)
        literals[prop], keys[key] = lp, lp
    return OntologyMapping(labels, classes, rel_types, relations, literals, keys)


@lru_cache(maxsize=1)
def get_mapping() -> OntologyMapping:
    """The mapping of the shipped ontology (parsed once per process)."""
    return mapping_from_ontology(load_ontology())


#: Node labels a policykg graph can contain (class local names).
KNOWN_LABELS: frozenset[str] = frozenset(get_mapping().classes)
#: Relationship types a policykg graph can contain.
KNOWN_REL_TYPES: frozenset[str] = frozenset(get_mapping().relations)
#: Node property keys a policykg graph can contain (``iri`` included).
KNOWN_PROPERTY_KEYS: frozenset[str] = frozenset(get_mapping().keys) | {IRI_KEY}


def require_label(label: str) -> str:
    """``label`` if it is a known node label, else a QueryError listing the known ones (use this before a
    label reaches Cypher text: labels cannot be query parameters)."""
    if label not in KNOWN_LABELS:
        raise QueryError(f"unknown node label {label!r}; known labels: {', '.join(sorted(KNOWN_LABELS))}")
    return label


def require_rel_type(rel_type: str) -> str:
    """``rel_type`` if it is a known relationship type, else a QueryError listing the known ones."""
    if rel_type not in KNOWN_REL_TYPES:
        raise QueryError(
            f"unknown relationship type {rel_type!r}; known types: {', '.join(sorted(KNOWN_REL_TYPES))}"
        )
    return rel_type


# --------------------------------------------------------------------------- literal values


def decimal_literal(value: Decimal | int | float | str) -> Literal:
    return Literal(decimal_lexical(value), datatype=XSD.decimal)


def temporal_literal(value: str) -> Literal:
    """An ISO date, year-month or year as ``xsd:date`` / ``xsd:gYearMonth`` / ``xsd:gYear``; anything else
    stays a plain string (the reverse mapping applies the same rule, so it is exact either way)."""
    if _DATE.match(value):
        return Literal(value, datatype=XSD.date)
    if _YEAR_MONTH.match(value):
        return Literal(value, datatype=XSD.gYearMonth)
    if _YEAR.match(value):
        return Literal(value, datatype=XSD.gYear)
    return Literal(value)


def to_pg_value(prop: LiteralProperty, lit: Literal) -> Any:
    """One RDF literal as a property-graph value (see the module table)."""
    lexical = str(lit)
    try:
        if prop.kind == "integer":
            return int(lexical)
        if prop.kind == "decimal":
            return float(Decimal(lexical))
        if prop.kind == "boolean":
            if lexical not in ("true", "false", "1", "0"):
                raise ValueError(lexical)
            return lexical in ("true", "1")
    except (ValueError, InvalidOperation) as err:
        raise GraphBuildError(f"{prop.key}: literal {lexical!r} is not a valid {prop.kind}") from err
    return lexical


def from_pg_value(prop: LiteralProperty, value: Any) -> Literal:
    """One property-graph value back as the RDF literal (language tags aside)."""
    if prop.kind == "integer":
        if isinstance(value, bool) or not isinstance(value, int | str):
            raise GraphBuildError(f"{prop.key}: {value!r} is not an integer")
        return Literal(int(value))
    if prop.kind == "decimal":
        return decimal_literal(value)
    if prop.kind == "boolean":
        if isinstance(value, str):
            return Literal(value in ("true", "1"))
        return Literal(bool(value))
    if prop.kind == "date":
        return Literal(str(value), datatype=XSD.date)
    if prop.kind == "temporal":
        return temporal_literal(str(value))
    return Literal(str(value))


def pg_values(value: Any) -> Iterable[Any]:
    """A property value as a sequence of values (lists are multi-valued properties)."""
    if isinstance(value, list | tuple):
        return value
    return (value,)
