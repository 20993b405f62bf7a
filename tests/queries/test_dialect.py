"""queries/dialect.py: each LadybugDB rewrite on small texts, and the library's texts left without the
constructs LadybugDB lacks (the rows are compared by bench/bench_engines.py --engine ladybug --fixture)."""

from __future__ import annotations

import re

import pytest

from policykg.queries import dialect, library

# rewrite -> (text, the rewritten text); every case must change its text, and a text without the construct stays
CASES: dict[str, list[tuple[str, str]]] = {
    "reserved_parameters": [("WHERE $all OR x", "WHERE $`all` OR x")],
    "exists_patterns": [
        (
            "RETURN EXISTS { (m)-[:LEAD_UNIT]->(u) } AS lead",
            "RETURN EXISTS { MATCH (m)-[:LEAD_UNIT]->(u) } AS lead",
        )
    ],
    "label_tests": [
        ("WHERE h:Measure OR h:Section", "WHERE label(h) = 'Measure' OR label(h) = 'Section'"),
        ("WHERE x.a > 1 AND NOT x:Target", "WHERE x.a > 1 AND NOT label(x) = 'Target'"),
        (
            "WHERE a AND (h:Measure OR h:Section) AND b",
            "WHERE a AND (label(h) = 'Measure' OR label(h) = 'Section') AND b",
        ),
    ],
    "class_labels": [
        ("RETURN head([l IN labels(x) WHERE l <> 'PolicyKG']) AS kind", "RETURN label(x) AS kind"),
    ],
    "owner_label": [
        ("MATCH (n:PolicyKG {iri: $iri}) RETURN properties(n) AS p", "MATCH (n {iri: $iri}) RETURN n AS p"),
        ("MATCH (n:Unit:PolicyKG) UNWIND labels(n) AS l", "MATCH (n:Unit) UNWIND [label(n)] AS l"),
        ("MATCH (:PolicyKG)-[r]->(:PolicyKG) RETURN r", "MATCH ()-[r]->() RETURN r"),
        (
            "MATCH (a:Unit {iri: $s}) WHERE a:PolicyKG AND b:PolicyKG SET a.x = 1",
            "MATCH (a:Unit {iri: $s}) WHERE true AND true SET a.x = 1",
        ),
    ],
    "node_comparisons": [
        ("WHERE o <> u", "WHERE id(o) <> id(u)"),
        ("WHERE a <> b AND c", "WHERE id(a) <> id(b) AND c"),
    ],
    "renamed_types": [
        ("MATCH (u)-[:REGION]->(r:Region)", "MATCH (u)-[:IN_REGION]->(r:Region)"),
        ("MATCH p = (a)-[:CITES|REGION*..8]-(b)", "MATCH p = (a)-[:CITES|IN_REGION*..8]-(b)"),
        ("RETURN type(r) AS t", "RETURN CASE label(r) WHEN 'IN_REGION' THEN 'REGION' ELSE label(r) END AS t"),
    ],
    "null_tests_last": [
        ("WHERE ($year IS NULL OR t.year = $year)", "WHERE (t.year = $year OR $year IS NULL)"),
        (
            "WHERE ($k IS NULL OR any(w IN $k WHERE x CONTAINS w))",
            "WHERE (any(w IN coalesce($k, []) WHERE x CONTAINS w) OR $k IS NULL)",
        ),
    ],
    "split_parts": [
        (
            "WITH split(path, '|') AS p WHERE p[1] = $level RETURN p[0] AS a, p[-1] AS z",
            "WITH string_split(path, '|') AS p WHERE p[2] = $level RETURN p[1] AS a, p[-1] AS z",
        ),
        (  # the same name split twice: its parts shifted once
            "WITH split(a, '|') AS p RETURN p[0] WITH split(b, '|') AS p RETURN p[3]",
            "WITH string_split(a, '|') AS p RETURN p[1] WITH string_split(b, '|') AS p RETURN p[4]",
        ),
    ],
    "map_projections": [
        ("RETURN t {.indicator, .year} AS x", "RETURN {indicator: t.indicator, year: t.year} AS x"),
    ],
    "node_lookups": [
        (
            "CALL {\n  MATCH (n:Unit {iri: $node}) RETURN n\n  UNION MATCH (n:Industry {iri: $node}) RETURN n\n}\nRETURN n",
            "MATCH (n:Unit:Industry {iri: $node})\nRETURN n",
        ),
        (
            "CALL { MATCH (n:Unit {iri: $s}) RETURN n AS a UNION MATCH (n:Measure {iri: $s}) RETURN n AS a } RETURN a",
            "MATCH (a:Unit:Measure {iri: $s}) RETURN a",
        ),
    ],
    "shortest_paths": [
        (
            "MATCH p = shortestPath((a)-[:CITES|HAS_MEMBER*..8]-(b))",
            "MATCH p = (a)-[:CITES|HAS_MEMBER* SHORTEST 1..8]-(b)",
        ),
    ],
    "union_subqueries": [
        (
            "MATCH (n:Unit {iri: $x})\nCALL {\n  WITH n\n  MATCH (n)-->(x) RETURN 'to' AS dir, x, 1 AS hops\n"
            "  UNION ALL\n  WITH n\n  MATCH (n)<--(x) RETURN 'from' AS dir, x, 1 AS hops\n}\n"
            "WITH n, dir, x, min(hops) AS depth\nRETURN dir, x.iri AS y\nORDER BY dir, y",
            "MATCH (n:Unit {iri: $x})\nMATCH (n)<--(x) WITH n, 'from' AS dir, x, 1 AS hops\n"
            "WITH n, dir, x, min(hops) AS depth\nRETURN dir, x.iri AS y\nORDER BY dir, y\nUNION ALL\n"
            "MATCH (n:Unit {iri: $x})\nMATCH (n)-->(x) WITH n, 'to' AS dir, x, 1 AS hops\n"
            "WITH n, dir, x, min(hops) AS depth\nRETURN dir, x.iri AS y\nORDER BY dir, y",
        ),
    ],
    "path_lists": [
        ("RETURN relationships(p) AS r", "RETURN rels(p) AS r"),
        (
            "RETURN head(names) AS h",
            "RETURN CASE WHEN size(names) = 0 THEN NULL ELSE list_any_value(names) END AS h",
        ),
        (
            "RETURN [k IN range(1, size(n) - 1) | t[k - 1] + n[k]] AS x",
            "RETURN [k IN range(1 + 1, size(n) - 1 + 1) | t[k - 1] + n[k]] AS x",
        ),
    ],
    "list_functions": [
        (
            "RETURN [x IN l WHERE x > 1 | x * 2] AS y",
            "RETURN list_transform(list_filter(l, x -> x > 1), x -> x * 2) AS y",
        ),
        (
            "RETURN [x IN l WHERE x STARTS WITH 'M'] AS y",
            "RETURN list_filter(l, x -> x STARTS WITH 'M') AS y",
        ),
        ("RETURN [x IN nodes(p) | x.iri] AS y", "RETURN list_transform(nodes(p), x -> x.iri) AS y"),
        (
            "RETURN reduce(s = a, k IN ks | s + ' ' + b[k]) AS y",
            "RETURN (a + list_to_string('', list_transform(ks, k -> ' ' + b[k]))) AS y",
        ),
    ],
    "pattern_comprehensions": [
        (
            "MATCH (m:Measure)\nRETURN m.iri AS k, [(m)-[:LEAD_UNIT]->(l:Unit) | l.prefLabel] AS leads",
            "MATCH (m:Measure)\nOPTIONAL MATCH (m)-[:LEAD_UNIT]->(l:Unit)\n"
            "WITH m, collect(CASE WHEN l IS NULL THEN NULL ELSE l.prefLabel END) AS _pc1\n"
            "RETURN m.iri AS k, _pc1 AS leads",
        ),
        (  # head() of one: the first collected; the page cut before the patterns
            "MATCH (m:Measure)\nRETURN head([(m)-[:IN_DOCUMENT]->(d:PolicyDocument) WHERE d.x | d.title]) AS doc\n"
            "ORDER BY m.iri\nLIMIT $limit",
            "MATCH (m:Measure)\nWITH m ORDER BY m.iri LIMIT $limit\n"
            "OPTIONAL MATCH (m)-[:IN_DOCUMENT]->(d:PolicyDocument) WHERE d.x\n"
            "WITH m, collect(CASE WHEN d IS NULL THEN NULL ELSE d.title END) AS _pc1\n"
            "RETURN CASE WHEN size(_pc1) = 0 THEN NULL ELSE list_any_value(_pc1) END AS doc\nORDER BY m.iri\nLIMIT $limit",
        ),
        (  # one inside another: lifted with the outer's node in scope, then spent (not a grouping key)
            "MATCH (t:Target)\nRETURN [(t)<-[:HAS_TARGET]-(h) | [(h)-[:LEAD_UNIT]->(l:Unit) | l.prefLabel]] AS x",
            "MATCH (t:Target)\nOPTIONAL MATCH (t)<-[:HAS_TARGET]-(h)\nOPTIONAL MATCH (h)-[:LEAD_UNIT]->(l:Unit)\n"
            "WITH t, h, collect(CASE WHEN l IS NULL THEN NULL ELSE l.prefLabel END) AS _pc1\n"
            "WITH t, collect(CASE WHEN h IS NULL THEN NULL ELSE _pc1 END) AS _pc2\nRETURN _pc2 AS x",
        ),
        (  # a null guard of a lifted pattern goes; an EXISTS of the RETURN becomes a counted OPTIONAL MATCH
            "MATCH (u:Unit)\nOPTIONAL MATCH (m:Measure {iri: u.k})\n"
            "RETURN CASE WHEN m IS NULL THEN [] ELSE [(m)-[:CONCERNS_INDUSTRY]->(i:Industry) | i.prefLabel] END AS a,\n"
            "       CASE WHEN m IS NULL THEN null ELSE EXISTS { MATCH (m)-[:LEAD_UNIT]->(u) } END AS lead",
            "MATCH (u:Unit)\nOPTIONAL MATCH (m:Measure {iri: u.k})\nOPTIONAL MATCH (m)-[:CONCERNS_INDUSTRY]->(i:Industry)\n"
            "WITH u, m, collect(CASE WHEN i IS NULL THEN NULL ELSE i.prefLabel END) AS _pc1\n"
            "OPTIONAL MATCH (m)-[_ex2r:LEAD_UNIT]->(u)\nWITH u, m, _pc1, count(_ex2r) > 0 AS _ex2\n"
            "RETURN _pc1 AS a, CASE WHEN m IS NULL THEN null ELSE _ex2 END AS lead",
        ),
        (  # a WITH's comprehensions: the names the WITH keeps are the scope after it
            "MATCH (u:Unit)\nWITH u, [(u)<-[:SUB_ORGANIZATION_OF]-(c:Unit) | c.prefLabel] AS children\nRETURN children",
            "MATCH (u:Unit)\nOPTIONAL MATCH (u)<-[:SUB_ORGANIZATION_OF]-(c:Unit)\n"
            "WITH u, collect(CASE WHEN c IS NULL THEN NULL ELSE c.prefLabel END) AS _pc1\n"
            "WITH u, _pc1 AS children\nRETURN children",
        ),
    ],
}
IDS = [f"{name}-{i}" for name, cases in CASES.items() for i in range(len(cases))]
FLAT = [(name, text, want) for name, cases in CASES.items() for text, want in cases]


@pytest.mark.parametrize(("name", "text", "want"), FLAT, ids=IDS)
def test_rewrite(name: str, text: str, want: str) -> None:
    rewrite = getattr(dialect, name)
    assert rewrite(text) == want
    assert want != text


UNTOUCHED = "MATCH (c:Coordination)\nWHERE c.n >= $minShared AND (c.a CONTAINS $unit OR $unit IS NULL)\nRETURN c.a AS a"


@pytest.mark.parametrize("name", list(CASES), ids=list(CASES))
def test_rewrite_leaves_other_texts(name: str) -> None:
    assert getattr(dialect, name)(UNTOUCHED) == UNTOUCHED


def test_every_rewrite_is_applied() -> None:
    assert set(CASES) <= {r.__name__ for r in dialect.REWRITES}


# what LadybugDB 0.22.0 refuses: none of it left in a rewritten library text
LADYBUG_LACKS = {
    "pattern comprehension": re.compile(r"\[\s*\("),
    "list comprehension": re.compile(r"\[\w+ IN "),
    "CALL subquery": re.compile(r"\bCALL \{"),
    "split()": re.compile(r"(?<!_)\bsplit\("),
    "head()": re.compile(r"\bhead\("),
    "reduce()": re.compile(r"\breduce\("),
    "shortestPath()": re.compile(r"shortestPath\("),
    "labels()": re.compile(r"\blabels\("),
    "type()": re.compile(r"\btype\("),
    "relationships()": re.compile(r"\brelationships\("),
    "unescaped $all": re.compile(r"\$all\b"),
    "EXISTS pattern": re.compile(r"EXISTS \{ \("),
    ":REGION": re.compile(r"[:|]REGION\b"),
    "map projection": re.compile(r"\w \{\s*\."),
    "label test": re.compile(r"\b(?:WHERE|OR|AND|NOT) \(?[a-z]\w*:[A-Z]"),
}


STORE_TEXTS = ["READ_NODES", "READ_RELS", "COUNT_LABELS", "COUNT_REL_TYPES", "WIPE_BATCH", "NODE_PROPS"]


@pytest.mark.parametrize("name", STORE_TEXTS)
def test_store_text_rewritten(name: str) -> None:
    """The store's own statements (queries/writes.py) run on LadybugDB without the owner label, which no node of a
    LadybugDB store carries (tests/graph/store/test_ladybug_commands.py runs them)."""
    from policykg.queries import writes

    text = dialect.to_ladybug(getattr(writes, name))
    left = [kind for kind, pattern in LADYBUG_LACKS.items() if pattern.search(text)]
    assert not left and "PolicyKG" not in text and "properties(" not in text, text


@pytest.mark.parametrize("query", sorted(library.load_library()))
def test_library_text_rewritten(query: str) -> None:
    text = dialect.to_ladybug(library.load_library()[query].cypher)
    left = [name for name, pattern in LADYBUG_LACKS.items() if pattern.search(text)]
    assert not left, f"{query}: {left}\n{text}"


def test_importable_without_ladybug() -> None:
    import sys

    assert "ladybug" not in dialect.__dict__ and "kuzu" not in dialect.__dict__
    assert dialect.__name__ in sys.modules


def test_engine_neutral_keeps_what_engines_must_agree_on() -> None:
    a = [{"hops": 2, "route": ["U", "M", "I"], "_measures": ["M"]}]
    b = [{"hops": 2, "route": ["U", "S", "I"], "_measures": []}]
    c = [{"hops": 3, "route": ["U", "S", "M", "I"], "_measures": []}]
    assert dialect.engine_neutral("path", a) == dialect.engine_neutral("path", b)  # an equally short route
    assert dialect.engine_neutral("path", a) != dialect.engine_neutral("path", c)  # a longer one is not
    rows = [{"direction": "reaches", "name": "x"}, {"direction": "sharesMeasuresWith", "name": "y"}]
    assert dialect.engine_neutral("dependencies", rows) == dialect.engine_neutral("dependencies", rows[::-1])
    assert dialect.engine_neutral("tasks", rows) != dialect.engine_neutral("tasks", rows[::-1])  # order kept
