"""The embedded ArcadeDB store: load, counts, idempotent reload, updates after a changed build, read-only run."""

from __future__ import annotations

import pytest

from policykg.errors import QueryError, StoreError
from policykg.graph.store.sync import write_clause

pytestmark = pytest.mark.integration


def test_load_counts_equal_the_property_graph(embedded_store, small_pg, count_of):
    pg = small_pg()
    store = embedded_store()
    info = store.load(pg)
    assert info.nodes_written == pg.number_of_nodes()
    assert info.relationships_written == pg.number_of_edges()
    assert info.counts == count_of(pg)
    assert store.counts() == count_of(pg)
    assert info.target.startswith("embedded:")


def test_reload_is_a_no_op(embedded_store, small_pg, count_of):
    pg = small_pg()
    store = embedded_store()
    store.load(pg)
    again = store.load(pg, batch_size=2)
    assert (
        again.nodes_written,
        again.relationships_written,
        again.nodes_deleted,
        again.relationships_deleted,
    ) == (
        0,
        0,
        0,
        0,
    )
    assert again.batches == 0
    assert store.counts() == count_of(pg)


def test_changed_graph_updates_and_removes_vanished_facts(embedded_store, small_pg, count_of):
    store = embedded_store()
    store.load(small_pg(n_units=3, n_measures=4))
    pg = small_pg(n_units=2, n_measures=4)  # unit u2 vanishes, with its edges
    unit0 = "https://w3id.org/policykg/id/unit/u0"
    pg.nodes[unit0]["props"]["prefLabel"] = "新名称"
    del pg.nodes[unit0]["props"]["altLabel"]  # a vanished property is removed too
    pg.remove_edge(
        "https://w3id.org/policykg/id/measure/d1-1",
        "https://w3id.org/policykg/id/industry/ai",
        key="CONCERNS_INDUSTRY",
    )
    info = store.load(pg)
    assert info.nodes_deleted == 1
    assert info.nodes_written == 1  # unit0's properties
    assert store.counts() == count_of(pg)
    rows = store.run("MATCH (u:Unit {iri: $iri}) RETURN u", {"iri": unit0})
    assert rows == [{"u": {"iri": unit0, "prefLabel": "新名称", "_labels": ["Unit"]}}]
    assert (
        store.run("MATCH (u:Unit {iri: $iri}) RETURN u", {"iri": "https://w3id.org/policykg/id/unit/u2"})
        == []
    )


def test_label_change_recreates_the_node_with_its_relationships(embedded_store, small_pg, count_of):
    store = embedded_store()
    pg = small_pg()
    store.load(pg)
    ind = "https://w3id.org/policykg/id/industry/ai"
    pg.nodes[ind]["labels"] = ("IndustryCategory",)
    store.load(pg)
    assert store.counts() == count_of(pg)
    rows = store.run("MATCH (m:Measure)-[:CONCERNS_INDUSTRY]->(c:IndustryCategory) RETURN count(m) AS n")
    assert rows == [{"n": 2}]


def test_pull_gives_back_the_loaded_graph(embedded_store, small_pg):
    pg = small_pg()
    store = embedded_store()
    store.load(pg)
    back = store.pull()
    assert dict(back.nodes(data=True)) == {
        n: {"labels": d["labels"], "props": d["props"]} for n, d in pg.nodes(data=True)
    }
    assert sorted(back.edges(keys=True)) == sorted(pg.edges(keys=True))


def test_rows_are_plain_python(embedded_store, small_pg):
    store = embedded_store()
    store.load(small_pg())
    rows = store.run(
        "MATCH (m:Measure {ordinal: 1})-[r:HAS_TARGET]->(t:Target) RETURN m.ordinal AS o, r, t, labels(t) AS l, "
        "t.value AS v"
    )
    assert len(rows) == 1
    row = rows[0]
    assert row["o"] == 1 and isinstance(row["o"], int)
    assert row["v"] == 20000.0
    assert row["r"]["_type"] == "HAS_TARGET"
    assert row["r"]["_start"].endswith("measure/d1-1") and row["r"]["_end"].endswith("target/d1-1")
    assert row["t"]["_labels"] == ["Target"] and row["t"]["comparator"] == ">="
    assert "Target" in row["l"]


def test_reopened_store_keeps_the_graph(embedded_store, small_pg, count_of, tmp_path):
    from policykg.graph.store.embedded import EmbeddedStore

    pg = small_pg()
    with EmbeddedStore(tmp_path / "keep") as store:
        store.load(pg)
    with EmbeddedStore(tmp_path / "keep") as store:
        assert store.counts() == count_of(pg)
        assert store.load(pg).nodes_written == 0


@pytest.mark.parametrize(
    "cypher",
    [
        "CREATE (n:Unit {iri: 'x'})",
        "MATCH (n:Unit) SET n.prefLabel = 'x'",
        "MATCH (n) DETACH DELETE n",
        "MERGE (n:Unit {iri: 'x'}) RETURN n",
        "MATCH (n:Unit) REMOVE n.prefLabel",
    ],
)
def test_read_only_run_refuses_writes(embedded_store, small_pg, count_of, cypher):
    pg = small_pg()
    store = embedded_store()
    store.load(pg)
    with pytest.raises(QueryError, match="write=True"):
        store.run(cypher)
    assert store.counts() == count_of(pg)


def test_write_run_is_allowed_and_a_bad_query_is_a_query_error(embedded_store):
    store = embedded_store()
    assert store.run("CREATE (n:Scratch {name: $name}) RETURN n.name AS name", {"name": "x"}, write=True) == [
        {"name": "x"}
    ]
    with pytest.raises(QueryError, match="RETURN nonsense"):
        store.run("MATCH (n RETURN nonsense")


def test_write_clause_ignores_strings_comments_and_property_names():
    assert write_clause("MATCH (n) WHERE n.text CONTAINS 'CREATE' RETURN n // DELETE later") is None
    assert write_clause("MATCH (n) RETURN n.set AS s, toSet AS x") is None
    assert write_clause("MATCH (n) /* merge */ RETURN n") is None
    assert write_clause("match (n) detach delete n") == "DETACH"
    assert write_clause("CALL { MATCH (n) DELETE n } IN TRANSACTIONS") == "DELETE"


def test_unknown_label_is_refused(embedded_store, small_pg):
    pg = small_pg()
    pg.add_node("x", labels=("Bad Label) DETACH DELETE (n",), props={"iri": "x"})
    with pytest.raises(StoreError, match="refusing node label"):
        embedded_store().load(pg)


# --------------------------------------------------------------------------- light edges (issue 13)
_BASE = "https://w3id.org/policykg/id/"


def _lightweight(store, rel: str) -> bool:
    return bool(store._db.get_java_database().getSchema().getType(rel).isLightweight())


def test_a_new_store_keeps_relationships_as_light_edges_that_cypher_sees(embedded_store, small_pg, count_of):
    pg = small_pg()
    store = embedded_store()
    store.load(pg)
    assert _lightweight(store, "HAS_MEASURE") and _lightweight(store, "IN_DOCUMENT")
    assert store.counts() == count_of(pg)
    two_hops = store.run(
        "MATCH (d:PolicyDocument)-[:HAS_MEASURE]->(m:Measure)-[:RESPONSIBLE_UNIT*1..2]->(u:Unit) "
        "RETURN count(DISTINCT m) AS n"
    )
    assert two_hops == [{"n": sum(1 for n in pg.nodes if "/measure/" in n)}]


def test_a_light_relationship_and_a_node_with_light_edges_are_deleted_by_a_delta(
    embedded_store, small_pg, count_of
):
    from policykg.graph.store.delta import Delta

    pg = small_pg(n_units=3, n_measures=4)
    store = embedded_store()
    store.load(pg)
    m1, ind = _BASE + "measure/d1-1", _BASE + "industry/ai"
    gone = _BASE + "unit/u2"
    detached = [(s, k, o) for s, o, k in pg.edges(keys=True) if gone in (s, o)]
    assert detached
    delta = Delta(delete=[gone], delete_rels=[(m1, "CONCERNS_INDUSTRY", ind)], detached=detached)
    store.apply_delta(delta, expected_nodes=pg.number_of_nodes())
    pg.remove_edge(m1, ind, key="CONCERNS_INDUSTRY")
    pg.remove_node(gone)
    assert store.counts() == count_of(pg)
    assert sorted(store.pull().edges(keys=True)) == sorted(pg.edges(keys=True))


def test_a_store_with_record_edges_keeps_them_and_still_deletes_a_vanished_one(
    embedded_store, small_pg, count_of
):
    from policykg.graph.rdf.mapping import KNOWN_REL_TYPES

    store = embedded_store()
    schema = store._db.get_java_database().getSchema()
    for rel in sorted(KNOWN_REL_TYPES):  # as a store made before light edges declared them
        schema.getOrCreateEdgeType(rel)
    pg = small_pg()
    store.load(pg)
    assert not _lightweight(store, "HAS_MEASURE")
    pg.remove_edge(_BASE + "measure/d1-1", _BASE + "industry/ai", key="CONCERNS_INDUSTRY")
    info = store.load(pg)
    assert info.relationships_deleted == 1
    assert store.counts() == count_of(pg)


def test_only_a_load_into_a_store_holding_policykg_nodes_reads_relationships_back(
    embedded_store, small_pg, count_of, monkeypatch
):
    from policykg.graph.store import embedded

    reads: list[int] = []
    real = embedded._NativeBackend.current_rels

    def counting(self, types):
        reads.append(1)
        return real(self, types)

    monkeypatch.setattr(embedded._NativeBackend, "current_rels", counting)
    pg = small_pg()
    store = embedded_store()
    first = store.load(pg)
    assert reads == [] and first.relationships_written == pg.number_of_edges()
    again = store.load(pg)  # the relationships written by the first load are found, not written twice
    assert reads == [1] and again.relationships_written == 0
    assert store.counts() == count_of(pg)
