"""The query files and the parameter handling, without a store."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from policykg.errors import QueryError
from policykg.queries import library as L

REQUIRED = {
    "unit-industries",
    "industry-owners",
    "unit-profile",
    "unit-workload",
    "system-coverage",
    "targets",
    "co-responsibility",
    "dependencies",
    "path",
    "search",
}


def test_library_has_every_required_query() -> None:
    assert REQUIRED <= set(L.load_library())


@pytest.mark.parametrize("name", sorted(L.load_library()))
def test_header_is_complete(name: str) -> None:
    q = L.get_query(name)
    assert re.search(r"[\u4e00-\u9fff]", q.zh), "purpose in Chinese"
    assert re.search(r"[A-Za-z]{4}", q.en), "purpose in English"
    assert q.example.startswith(f"policykg query {name}")
    for p in q.params:
        assert f"${p.name}" in q.cypher
    # the example's parameters are declared ones
    for key in re.findall(r"--param \"?([A-Za-z]+)=", q.example):
        q.param(key)


@pytest.mark.parametrize("name", sorted(L.load_library()))
def test_named_queries_never_write(name: str) -> None:
    assert not L.is_write(L.get_query(name).cypher)


def test_unknown_query_name_is_refused_with_suggestion() -> None:
    with pytest.raises(QueryError, match="did you mean unit-profile"):
        L.get_query("unit-profil")
    with pytest.raises(QueryError, match="unknown query"):
        L.get_query("') DETACH DELETE n //")


def test_malformed_header(tmp_path: Path) -> None:
    (tmp_path / "x.cypher").write_text(
        "// name: x\n// zh: 中\n// en: e\n// param: a: weird\nRETURN $a\n", "utf-8"
    )
    with pytest.raises(QueryError, match="unknown type"):
        L.parse_query_file(tmp_path / "x.cypher")
    (tmp_path / "y.cypher").write_text(
        "// name: y\n// zh: 中\n// en: e\n// param: a: int = 1\nRETURN 1\n", "utf-8"
    )
    with pytest.raises(QueryError, match="never used"):
        L.parse_query_file(tmp_path / "y.cypher")
    (tmp_path / "z.cypher").write_text("// name: other\n// zh: 中\n// en: e\nRETURN 1\n", "utf-8")
    with pytest.raises(QueryError, match="differs from the file name"):
        L.parse_query_file(tmp_path / "z.cypher")


def test_paged_header_needs_limit_and_cursor(tmp_path: Path) -> None:
    head = "// name: p\n// zh: 中\n// en: e\n// page: _k\n"
    (tmp_path / "p.cypher").write_text(head + "// param: limit: int = 5\nRETURN $limit AS _k\n", "utf-8")
    with pytest.raises(QueryError, match="paged query"):
        L.parse_query_file(tmp_path / "p.cypher")
    (tmp_path / "p.cypher").write_text(
        head + "// param: limit: int = 5\n// param: after: cursor = null\nRETURN $limit AS n, $after AS _k\n",
        "utf-8",
    )
    q = L.parse_query_file(tmp_path / "p.cypher")
    assert q.page_key == "_k"
    bound, _ = L.coerce_params(q, {})
    assert bound == {"limit": 5, "after": ""}  # an absent cursor is "", before every key, never null


def test_parse_assignments() -> None:
    assert L.parse_assignments(["unit=就业处", "text=a=b"]) == {"unit": "就业处", "text": "a=b"}
    with pytest.raises(QueryError, match="name=value"):
        L.parse_assignments(["unit"])
    with pytest.raises(QueryError, match="twice"):
        L.parse_assignments(["a=1", "a=2"])


def test_coerce_types_and_defaults() -> None:
    q = L.get_query("targets")
    params, _ = L.coerce_params(q, {"year": "2025", "unit": "市工業和信息化局 ", "keyword": "企业"})
    assert params["year"] == 2025
    assert params["unit"] == "市工业和信息化局"  # folded to Simplified, spaces gone
    assert "企业" in params["keyword"] and "企業" in params["keyword"]  # both scripts
    assert params["region"] is None and params["document"] is None  # every declared parameter is bound
    with pytest.raises(QueryError, match="integer"):
        L.coerce_params(q, {"year": "20x5"})
    with pytest.raises(QueryError, match="no parameter"):
        L.coerce_params(q, {"yeer": "2025"})


def test_int_range_and_required() -> None:
    q = L.get_query("co-responsibility")
    assert L.coerce_params(q, {})[0]["minShared"] == 1
    with pytest.raises(QueryError, match=r"1\.\.100000"):
        L.coerce_params(q, {"minShared": "0"})
    with pytest.raises(QueryError, match="needs --param industry"):
        L.coerce_params(L.get_query("industry-owners"), {})


def test_terms_are_folded() -> None:
    params, _ = L.coerce_params(L.get_query("search"), {"text": "高技能  人才 “10+1”"})
    assert params["text"] == ["高技能", "人才", '"10+1"']


@pytest.mark.parametrize(
    "text,writes",
    [
        ("MATCH (n) DETACH DELETE n", True),
        ("match (n) set n.x = 1", True),
        ("CREATE (:X)", True),
        ("MATCH (n) WHERE n.title = 'CREATE a plan' RETURN n", False),
        ("MATCH (n) // DELETE later\nRETURN n", False),
        ("MATCH (n:Unit) RETURN n.prefLabel AS setting", False),
    ],
)
def test_is_write(text: str, writes: bool) -> None:
    assert L.is_write(text) is writes


def test_canonical_rows_sorts_lists_but_not_ordered_ones() -> None:
    from decimal import Decimal

    rows = L.canonical_rows(
        [{"a": ["乙", "甲", None], "route": ["z", "a"], "v": Decimal("20000"), "f": 2.5}], ["route"]
    )
    assert rows == [{"a": sorted(["乙", "甲"]), "route": ["z", "a"], "v": 20000, "f": 2.5}]


# Regression (issue 16.1): `policykg cypher` without --write deleted nodes over Bolt: the guard ended a `//`
# comment only at "\n", the server at "\r" too; and the two guards of the package disagreed on `n.set`.
@pytest.mark.parametrize(
    "text",
    [
        "// x\rMATCH (n:Phase) DETACH DELETE n",
        "RETURN 1 // c\rCREATE (:X)",
        "RETURN 1 // c\u2028CREATE (:X)",
        "RETURN 1 // c\u0085MERGE (:X)",
        "CALL { MATCH (n) DELETE n } IN TRANSACTIONS",
        "FOREACH (x IN [1] | SET x.a = 1)",
        'LOAD CSV FROM "file:///etc/passwd" AS r RETURN r',
        "CALL apoc.create.node(['X'], {})",
        "CALL dbms.security.createUser('a', 'b')",
        "RETURN 'x\\u0027' CREATE (:X) //'",
        "\\u0043REATE (:X)",
        "MATCH (n) /* a */ DETACH /* b */ DELETE n",
        "DROP INDEX x",
    ],
)
def test_guard_refuses_writes_hidden_from_a_line_based_reader(text: str) -> None:
    from policykg.graph.store import guard, sync

    assert L.is_write(text) and guard.is_write(text)
    assert sync.write_clause(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "MATCH (n) RETURN n.set AS s, toSet AS x",
        "MATCH (n) WHERE n.text CONTAINS 'CREATE' RETURN n // DELETE later",
        "MATCH (`CREATE`) RETURN 1",
        "MATCH (n:Unit) WHERE n.prefLabel = $set RETURN n",
        "CALL { MATCH (n) RETURN n } RETURN n",
        "CALL db.labels()",
        'RETURN "a\\"b CREATE"',
    ],
)
def test_guard_accepts_reads_both_guards_agree(text: str) -> None:
    from policykg.graph.store import sync

    assert not L.is_write(text) and sync.write_clause(text) is None
