"""The LadybugDB store's schema, derived from the ontology and its mapping, never typed by hand (issue 13).

LadybugDB (Kùzu's maintained fork) is schema-first: every node table has typed columns and a primary key, every
relationship table lists its FROM/TO label pairs. ``derive_schema`` makes one node table per class, the ``iri``
primary key, one column per datatype property of the class (``rdfs:domain`` / ``schema:domainIncludes``, unions
and subclasses followed), and one relationship table per object property with the pairs of its domain and range.
``check_schema`` widens it with what a graph's rows hold beyond it (so a load never loses a fact) and says what.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

from policykg.queries.dialect import ANY_NODE_PROPERTIES, RENAMED_TYPES

# The engine's catalog is case-insensitive: the relationship type REGION and the node table Region cannot both
# exist. Queries reach a Region through an untyped relationship (``(u)-->(r:Region)``, queries/*.cypher), and the
# dialect (queries/dialect.py) renames the type where a text names it.
RENAMED = RENAMED_TYPES
COLUMN_TYPES = {
    "string": "STRING",
    "integer": "INT64",
    "decimal": "DOUBLE",
    "boolean": "BOOLEAN",
    "date": "STRING",
    "temporal": "STRING",
}

NodeTables = dict[str, dict[str, str]]  # label -> column -> engine type
RelTables = dict[str, set[tuple[str, str]]]  # relationship type -> FROM/TO label pairs
NodeRows = Mapping[str, tuple[tuple[str, ...], dict[str, Any]]]  # iri -> (labels, properties)


def _classes(ont: Any, node: Any) -> list[Any]:
    """The classes a domain or range names: one class, or the members of an ``owl:unionOf``."""
    from rdflib.collection import Collection
    from rdflib.namespace import OWL

    union = ont.value(node, OWL.unionOf)
    return list(Collection(ont, union)) if union is not None else [node]


def derive_schema() -> tuple[NodeTables, RelTables, list[str]]:
    """Node tables and relationship tables from the ontology and its mapping; a property or relationship without
    a domain (range) goes on every node table; the notes say which were open so."""
    from rdflib.namespace import RDFS

    from policykg.graph.rdf.mapping import IRI_KEY, get_mapping
    from policykg.ontology import SCHEMA, load_ontology

    ont, m = load_ontology(), get_mapping()
    labels = dict(m.labels)  # class IRI -> label

    def labels_under(classes: Iterable[Any]) -> set[str]:
        found: set[str] = set()
        for cls in classes:
            for sub in ont.transitive_subjects(RDFS.subClassOf, cls):
                if sub in labels:
                    found.add(labels[sub])
        return found

    def ends(prop: Any, strict: Any, loose: Any) -> set[str] | None:
        named = [c for n in [*ont.objects(prop, strict), *ont.objects(prop, loose)] for c in _classes(ont, n)]
        return labels_under(named) if named else None

    every = set(labels.values())
    notes: list[str] = []
    nodes: NodeTables = {label: {IRI_KEY: "STRING"} for label in sorted(every)}
    for iri, lit in m.literals.items():
        domain = ends(iri, RDFS.domain, SCHEMA.domainIncludes)
        if not domain:
            notes.append(f"property {lit.key}: no domain in the ontology, a column of every node table")
        elif (
            lit.key in ANY_NODE_PROPERTIES
        ):  # read from a node of any kind (dependencies, path): null elsewhere
            notes.append(
                f"property {lit.key}: read from any node by the queries, a column of every node table"
            )
            domain = None
        kind = COLUMN_TYPES[lit.kind]
        for label in domain or every:
            nodes[label][lit.key] = f"{kind}[]" if lit.multi else kind
    rels: RelTables = {}
    for iri, rel in m.rel_types.items():
        domain = ends(iri, RDFS.domain, SCHEMA.domainIncludes)
        rng = ends(iri, RDFS.range, SCHEMA.rangeIncludes)
        if not domain or not rng:
            notes.append(f"relationship {rel}: no {'domain' if not domain else 'range'}, every node table")
        if rel in RENAMED:
            notes.append(
                f"relationship {rel}: named {RENAMED[rel]} (the engine's catalog is case-insensitive)"
            )
        rels[RENAMED.get(rel, rel)] = {(a, b) for a in sorted(domain or every) for b in sorted(rng or every)}
    return nodes, rels, notes


def check_schema(
    nodes: NodeTables, rels: RelTables, node_rows: NodeRows, rel_rows: Iterable[tuple[str, str, str]]
) -> list[str]:
    """What the rows hold that the derived schema lacks, added to it here (so the load still holds every fact):
    a property outside its class's domain (a new column), a list where the ontology has one value (the column
    becomes a list), a relationship between labels outside its domain x range (a new FROM/TO pair)."""
    misses = check_nodes(nodes, node_rows)
    misses.update(check_rels(rels, ((rel, node_rows[s][0][0], node_rows[o][0][0]) for s, rel, o in rel_rows)))
    return notes(misses)


def notes(misses: Counter[str]) -> list[str]:
    return [f"{k} (x{n})" for k, n in sorted(misses.items())]


def check_nodes(nodes: NodeTables, node_rows: NodeRows) -> Counter[str]:
    """``check_schema``'s part for nodes: the tables widened, what was missing counted."""
    misses: Counter[str] = Counter()
    # per label, the columns a value of which is still to be checked: every unknown key, every scalar column
    scalar = {label: {c for c, t in cols.items() if not t.endswith("[]")} for label, cols in nodes.items()}
    for _iri, (labels, props) in node_rows.items():
        if len(labels) != 1:
            misses[f"node with {len(labels)} labels {labels}"] += 1
            continue
        label = labels[0]
        table, plain_columns = nodes[label], scalar[label]
        for key in props.keys() - table.keys():  # most nodes: none
            value = props[key]
            misses[f"{label}.{key} not in the ontology's domain"] += 1
            table[key] = "STRING[]" if isinstance(value, list) else _kind_of(value)
            if not isinstance(value, list):
                plain_columns.add(key)
        for key in props.keys() & plain_columns:
            if isinstance(props[key], list):
                misses[f"{label}.{key}: a list in a scalar column"] += 1
                table[key] = f"{table[key]}[]"
                plain_columns.discard(key)
    return misses


def check_rels(rels: RelTables, typed: Iterable[tuple[str, str, str]]) -> Counter[str]:
    """``check_schema``'s part for relationships, given as (type, start label, end label)."""
    misses: Counter[str] = Counter()
    for rel, start, end in typed:
        rel = RENAMED.get(rel, rel)
        pair = (start, end)
        if pair not in rels.setdefault(rel, set()):
            misses[f"{rel} {pair[0]}->{pair[1]} not in the ontology's domain x range"] += 1
            rels[rel].add(pair)
    return misses


def _kind_of(value: Any) -> str:
    if isinstance(value, bool):
        return "BOOLEAN"
    if isinstance(value, int):
        return "INT64"
    if isinstance(value, float):
        return "DOUBLE"
    return "STRING"


def ddl(nodes: NodeTables, rels: RelTables) -> list[str]:
    """The statements that make the tables (names from the ontology's mapping, never from user input)."""
    out = []
    for label, cols in nodes.items():
        body = ", ".join(f"`{c}` {t}" + (" PRIMARY KEY" if c == "iri" else "") for c, t in cols.items())
        out.append(f"CREATE NODE TABLE {label}({body})")
    for rel, pairs in sorted(rels.items()):
        if pairs:
            body = ", ".join(f"FROM {a} TO {b}" for a, b in sorted(pairs))
            out.append(f"CREATE REL TABLE {rel}({body})")
    return out
