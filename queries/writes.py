"""Every write and admin Cypher statement the stores run, as named, documented constants.

Read queries for people live in ``queries/*.cypher``; these are the statements ``EmbeddedStore.load`` and
``Neo4jStore.push`` / ``pull`` / ``wipe`` use to keep a store in step with a build. Each takes its values as
parameters. Cypher cannot parameterise a label or relationship type, so a few templates have a ``{label}`` /
``{labels}`` / ``{rel_type}`` / ``{name}`` slot: fill them only through :func:`render`, which accepts nothing
but validated identifiers (``^[A-Z][A-Za-z]*$`` for labels, ``^[A-Z][A-Z_]*$`` for types).

Ownership: every node policykg writes carries the extra label :data:`OWNER_LABEL`, and every MATCH requires
it, so statements never touch a node policykg did not write. The embedded store keeps a uniqueness constraint
on ``iri`` for that label too; the Bolt push looks nodes up through their class label's ``iri`` index instead
(see ``*_BY_LABEL``), one index seek on Neo4j and on ArcadeDB alike.
New nodes are CREATEd with all their labels at once (the sync computes which nodes are new): ArcadeDB
implements a label added later as a change of record type, which conflicts with the unique index inside one
transaction, and it does not use an index for a two-label MERGE pattern (measured: quadratic).
"""

from __future__ import annotations

import re

from policykg.errors import StoreError

#: The label marking a node as written (and owned) by policykg.
OWNER_LABEL = "PolicyKG"

LABEL_RE = re.compile(r"^[A-Z][A-Za-z]*$")
REL_TYPE_RE = re.compile(r"^[A-Z][A-Z_]*[A-Z]$|^[A-Z]$")
_NAME_RE = re.compile(r"^[a-z][a-z_]*$")
_SLOT_RE = re.compile(r"\{(labels|label|rel_type|name|start|end)\}")

#: Uniqueness of ``iri`` per label (params: none; slots: name, label). Idempotent.
CREATE_IRI_CONSTRAINT = "CREATE CONSTRAINT {name} IF NOT EXISTS FOR (n:{label}) REQUIRE n.iri IS UNIQUE"

#: Create new policykg nodes (params: ``rows`` = [{props}], each props with its ``iri``; slot: labels,
#: e.g. ``Unit:PolicyKG``).
CREATE_NODES = "UNWIND $rows AS row CREATE (n:{labels}) SET n = row.props"

#: Replace the properties of existing policykg nodes (params: ``rows`` = [{iri, props}]). ``SET n =`` rather
#: than ``+=`` so a property that vanished from the build is removed too.
UPDATE_NODES = "UNWIND $rows AS row MATCH (n:PolicyKG {iri: row.iri}) SET n = row.props"

#: Delete policykg nodes and their relationships (params: ``rows`` = [{iri}]).
DELETE_NODES = "UNWIND $rows AS row MATCH (n:PolicyKG {iri: row.iri}) DETACH DELETE n"

#: Create relationships of one type between policykg nodes (params: ``rows`` = [{s, o}]; slot: rel_type).
#: MERGE keeps a re-run after a half-finished push from duplicating a relationship.
MERGE_RELS = "UNWIND $rows AS row MATCH (a:PolicyKG {iri: row.s}) MATCH (b:PolicyKG {iri: row.o}) MERGE (a)-[:{rel_type}]->(b)"

#: Create relationships of one type that do not exist yet (the sync computed which), matching both ends by
#: their own label so the lookup uses that label's ``iri`` index (params: ``rows`` = [{s, o}]; slots: start,
#: end, rel_type).
CREATE_RELS = (
    "UNWIND $rows AS row MATCH (a:{start} {iri: row.s}) MATCH (b:{end} {iri: row.o}) "
    "WHERE a:PolicyKG AND b:PolicyKG CREATE (a)-[:{rel_type}]->(b)"
)

# The push over Bolt finds an existing node through its own class label's ``iri`` index (the ``{label}`` slot;
# ``PolicyKG`` itself only for a node without a class), and checks ownership with ``WHERE n:PolicyKG``: it
# keeps no index on the ownership label, whose upkeep measured half the server time of creating nodes.

#: Replace the properties of policykg nodes of one class (params: ``rows`` = [{iri, props}]; slot: label).
UPDATE_NODES_BY_LABEL = (
    "UNWIND $rows AS row MATCH (n:{label} {iri: row.iri}) WHERE n:PolicyKG SET n = row.props"
)

#: Delete policykg nodes of one class and their relationships (params: ``rows`` = [{iri}]; slot: label).
DELETE_NODES_BY_LABEL = (
    "UNWIND $rows AS row MATCH (n:{label} {iri: row.iri}) WHERE n:PolicyKG DETACH DELETE n"
)

#: The properties of one policykg node of one class (params: ``iri``; slot: label).
NODE_PROPS_BY_LABEL = "MATCH (n:{label} {iri: $iri}) WHERE n:PolicyKG RETURN properties(n) AS props"

#: Delete relationships of one type between policykg nodes (params: ``rows`` = [{s, o}]; slots: start, end,
#: rel_type).
DELETE_RELS_BY_LABEL = (
    "UNWIND $rows AS row MATCH (a:{start} {iri: row.s})-[r:{rel_type}]->(b:{end} {iri: row.o}) "
    "WHERE a:PolicyKG AND b:PolicyKG DELETE r"
)

#: The properties of one policykg node (params: ``iri``).
NODE_PROPS = "MATCH (n:PolicyKG {iri: $iri}) RETURN properties(n) AS props"

#: Delete relationships of one type between policykg nodes (params: ``rows`` = [{s, o}]; slot: rel_type).
DELETE_RELS = (
    "UNWIND $rows AS row MATCH (a:PolicyKG {iri: row.s})-[r:{rel_type}]->(b:PolicyKG {iri: row.o}) DELETE r"
)

#: Delete up to ``$limit`` policykg nodes (params: ``limit``); run until it returns 0 (bounded transactions).
WIPE_BATCH = "MATCH (n:PolicyKG) WITH n LIMIT $limit DETACH DELETE n RETURN count(*) AS deleted"

#: Every policykg node: its labels and properties (params: none).
READ_NODES = "MATCH (n:PolicyKG) RETURN labels(n) AS labels, properties(n) AS props"

#: Every relationship between two policykg nodes (params: none); callers keep only the known types.
READ_RELS = "MATCH (a:PolicyKG)-[r]->(b:PolicyKG) RETURN a.iri AS s, type(r) AS type, b.iri AS o"

#: Policykg nodes per label (params: none).
COUNT_LABELS = "MATCH (n:PolicyKG) UNWIND labels(n) AS label RETURN label, count(*) AS n"

#: Relationships between policykg nodes per type (params: none).
COUNT_REL_TYPES = "MATCH (:PolicyKG)-[r]->(:PolicyKG) RETURN type(r) AS type, count(*) AS n"

#: Make the engine create the record type of a label set (ArcadeDB: a composite type ``A~B`` under the types
#: of its labels, with their indexes) before bulk writes through its native API (slot: labels).
CREATE_LABEL_SET = "CREATE (n:{labels}) DELETE n"

# ArcadeDB SQL for the embedded bulk load: its result sets cross to Python in bulk batches, which openCypher
# rows do not. ``PolicyKG`` includes the composite types below it (polymorphic).

#: Record id, record type and iri of every policykg node.
SQL_NODE_IDS = "SELECT @rid AS rid, @type AS t, iri FROM PolicyKG"

#: Properties of every policykg node.
SQL_NODE_PROPS = "SELECT FROM PolicyKG"

#: Record id, start and end record ids of every relationship of one type (slot: rel_type).
SQL_RELS = "SELECT @rid AS e, @out AS s, @in AS o FROM `{rel_type}`"

#: A liveness probe (params: none).
PING = "RETURN 1 AS one"


def check_label(label: str) -> str:
    if not LABEL_RE.match(label):
        raise StoreError(f"refusing node label {label!r}: labels must match {LABEL_RE.pattern}")
    return label


def check_rel_type(rel_type: str) -> str:
    if not REL_TYPE_RE.match(rel_type):
        raise StoreError(f"refusing relationship type {rel_type!r}: types must match {REL_TYPE_RE.pattern}")
    return rel_type


def render(
    template: str,
    *,
    labels: tuple[str, ...] = (),
    label: str = "",
    rel_type: str = "",
    name: str = "",
    start: str = "",
    end: str = "",
) -> str:
    """Fill a template's identifier slots after checking each identifier (never user text)."""
    if name and not _NAME_RE.match(name):
        raise StoreError(f"refusing constraint name {name!r}")
    values = {
        "labels": ":".join(check_label(x) for x in labels),
        "label": check_label(label) if label else "",
        "rel_type": check_rel_type(rel_type) if rel_type else "",
        "name": name,
        "start": check_label(start) if start else "",
        "end": check_label(end) if end else "",
    }

    def fill(m: re.Match[str]) -> str:
        if not values[m.group(1)]:
            raise StoreError(f"statement template needs {m.group(1)}: {template}")
        return values[m.group(1)]

    # Only the slot names are replaced: Cypher's own braces ({iri: row.iri}) stay as they are.
    return _SLOT_RE.sub(fill, template)


def constraint_name(label: str) -> str:
    """``Unit`` -> ``policykg_unit_iri`` (stable, so ``IF NOT EXISTS`` finds it again)."""
    return "policykg_" + re.sub(r"(?<=[a-z])(?=[A-Z])", "_", check_label(label)).lower() + "_iri"
