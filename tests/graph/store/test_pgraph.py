"""RDF <-> property graph: the documented shape, and an exact round trip (language tags aside)."""

from __future__ import annotations

import datetime as dt
import importlib.util
from decimal import Decimal
from pathlib import Path
from types import ModuleType

import networkx as nx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdf_oracle import build_graph
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF

from policykg.errors import GraphBuildError, QueryError
from policykg.graph.rdf import mapping
from policykg.graph.rdf.mapping import (
    KNOWN_LABELS,
    KNOWN_REL_TYPES,
    decimal_lexical,
    get_mapping,
    require_label,
    require_rel_type,
    upper_snake,
)
from policykg.graph.store.pgraph import from_property_graph, to_property_graph
from policykg.ontology import PKG

HERE = Path(__file__).parent
GOLDEN = HERE.parent / "golden"
BASE = "https://w3id.org/policykg/id/"


def _load_fakes() -> ModuleType:
    spec = importlib.util.spec_from_file_location("policykg_test_fake_docs", GOLDEN / "fake_docs.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


fakes = _load_fakes()


def strip_lang(g: Graph) -> set[tuple[object, object, object]]:
    return {(s, p, Literal(str(o)) if isinstance(o, Literal) and o.language else o) for s, p, o in g}


@pytest.fixture(scope="module")
def built() -> Graph:
    return build_graph([fakes.doc_simplified(), fakes.doc_traditional(), fakes.doc_tiny()])[0]


@pytest.fixture(scope="module")
def pg(built: Graph) -> nx.MultiDiGraph:
    return to_property_graph(built)


# --------------------------------------------------------------------------- the mapping


def test_names() -> None:
    assert upper_snake("responsibleUnit") == "RESPONSIBLE_UNIT"
    assert upper_snake("subOrganizationOf") == "SUB_ORGANIZATION_OF"
    assert upper_snake("cites") == "CITES"
    assert KNOWN_LABELS == {
        "PolicyDocument",
        "Section",
        "Measure",
        "Target",
        "Unit",
        "Industry",
        "IndustrySystem",
        "IndustryCategory",
        "Region",
        "Phase",
        "IndustryClass",  # national classifications (issue 12)
        "ClassificationScheme",
        "Coordination",  # derived summaries (policykg.graph.rdf.summaries)
        "Ownership",
        "IndustryReach",
    }
    assert {
        "RESPONSIBLE_UNIT",
        "LEAD_UNIT",
        "CONCERNS_INDUSTRY",
        "CONCERNS_SYSTEM",
        "SUB_ORGANIZATION_OF",
        "HAS_SECTION",
        "HAS_MEASURE",
        "HAS_TARGET",
        "IN_DOCUMENT",
        "ISSUED_BY",
        "CITES",
        "REGION",
        "HAS_CATEGORY",
        "HAS_MEMBER",
        "HAS_PHASE",
        # what a document as a whole is about (issue 12, document-level industries)
        "ABOUT_INDUSTRY",
        "ABOUT_SYSTEM",
        # national classifications (issue 12)
        "CLASSIFIED_AS",
        "EXACT_MATCH",
        "BROAD_MATCH",
        "BROADER",
        "IN_SCHEME",
        # derived summaries
        "COORDINATES",
        "OWNER_UNIT",
        "OWNED_INDUSTRY",
        "VIA_SYSTEM",
        "REACH_OF",
    } == KNOWN_REL_TYPES
    keys = get_mapping().keys
    assert {"prefLabel", "altLabel", "title", "issued", "charStart", "label", "value", "matchKey"} <= set(
        keys
    )
    assert (
        keys["value"].kind == "decimal"
        and keys["issued"].kind == "date"
        and keys["ordinal"].kind == "integer"
    )
    assert keys["altLabel"].multi and not keys["prefLabel"].multi


def test_user_labels_are_checked() -> None:
    assert require_label("Measure") == "Measure"
    assert require_rel_type("LEAD_UNIT") == "LEAD_UNIT"
    with pytest.raises(QueryError, match="Measure"):
        require_label("Measure) DETACH DELETE (n")
    with pytest.raises(QueryError, match="unknown relationship type"):
        require_rel_type("lead_unit")


@pytest.mark.parametrize(
    ("value", "lexical"),
    [
        (Decimal("2") * 10000, "20000.0"),
        (Decimal("2E+4"), "20000.0"),
        (Decimal("0.50"), "0.5"),
        (55.0, "55.0"),
        (0.1, "0.1"),
        (Decimal("-0"), "0.0"),
        (Decimal("12.345"), "12.345"),
        (1e20, "100000000000000000000.0"),
    ],
)
def test_decimal_lexical(value: Decimal | float, lexical: str) -> None:
    assert decimal_lexical(value) == lexical


def test_temporal_literals() -> None:
    from rdflib.namespace import XSD

    assert mapping.temporal_literal("2023-03-31").datatype == XSD.date
    assert mapping.temporal_literal("2023-03").datatype == XSD.gYearMonth
    assert mapping.temporal_literal("2023").datatype == XSD.gYear
    assert mapping.temporal_literal("2023年").datatype is None


# --------------------------------------------------------------------------- the shape (graph/store.py)


def test_nodes_have_labels_and_props_with_iri(pg: nx.MultiDiGraph) -> None:
    for nid, data in pg.nodes(data=True):
        assert isinstance(nid, str)
        assert data["props"]["iri"] == nid
        assert isinstance(data["labels"], tuple) and set(data["labels"]) <= KNOWN_LABELS
        assert data["labels"], nid  # every node the builder makes is typed


def test_measure_props(pg: nx.MultiDiGraph) -> None:
    m = pg.nodes[BASE + "doc/a/measure/0001"]
    assert m["labels"] == ("Measure",)
    props = m["props"]
    assert props["ordinal"] == 1 and props["number"] == "1" and props["label"] == "开展职业技能培训"
    assert isinstance(props["charStart"], int) and props["charStart"] < props["charEnd"]
    assert props["text"].startswith("1.开展职业技能培训")


def test_lead_unit_has_both_relationships(pg: nx.MultiDiGraph) -> None:
    m = BASE + "doc/a/measure/0001"
    lead = [v for _, v, k in pg.out_edges(m, keys=True) if k == "LEAD_UNIT"]
    assert len(lead) == 1
    assert pg.has_edge(m, lead[0], key="RESPONSIBLE_UNIT")
    assert pg.edges[m, lead[0], "LEAD_UNIT"]["type"] == "LEAD_UNIT"


def test_literal_values(pg: nx.MultiDiGraph) -> None:
    target = pg.nodes[BASE + "doc/a/target/0001"]["props"]
    assert target["value"] == 20000.0 and isinstance(target["value"], float)
    assert target["year"] == 2021 and target["comparator"] == ">="
    doc = pg.nodes[BASE + "doc/a"]["props"]
    assert doc["issued"] == "2021-11-22"
    assert (
        doc["title"] == "青岛市人力资源和社会保障局关于印发《青岛市技能人才工作方案》的通知"
    )  # no language tag
    assert doc["problem"] == ["a line starting ')' was repaired"]  # multi-valued: a list even with one value
    unit = next(d["props"] for _, d in pg.nodes(data=True) if d["props"].get("prefLabel") == "职业能力建设处")
    assert unit["altLabel"] == sorted(["职建处", "職建處"])
    phase = pg.nodes[BASE + "doc/a/phase/0001"]["props"]
    assert phase["start"] == "2021-11"


def test_counts_match_the_rdf(built: Graph, pg: nx.MultiDiGraph) -> None:
    m = get_mapping()
    n_edges = sum(1 for _, p, _ in built if p in m.rel_types)
    assert pg.number_of_edges() == n_edges
    assert sum(1 for _, d in pg.nodes(data=True) if "Measure" in d["labels"]) == 4


def test_built_graph_round_trips(built: Graph, pg: nx.MultiDiGraph) -> None:
    back = from_property_graph(pg)
    assert set(back) == strip_lang(built)


def test_unmappable_triples_are_errors() -> None:
    g = Graph()
    g.add((URIRef("http://x/a"), URIRef("http://x/unknown"), Literal("v")))
    with pytest.raises(GraphBuildError, match="not in the policykg ontology"):
        to_property_graph(g)
    g = Graph()
    g.add((URIRef("http://x/a"), PKG.responsibleUnit, Literal("not a node")))
    with pytest.raises(GraphBuildError, match="non-IRI"):
        to_property_graph(g)
    pgx = nx.MultiDiGraph()
    pgx.add_node("http://x/a", labels=("Bogus",), props={"iri": "http://x/a"})
    with pytest.raises(GraphBuildError, match="Bogus"):
        from_property_graph(pgx)


# --------------------------------------------------------------------------- property-based round trip

_M = get_mapping()
_LABELS = sorted(_M.classes)
_RELS = sorted(_M.rel_types)
_LITS = sorted(_M.literals)
NODES = [URIRef(f"https://w3id.org/policykg/id/test/{i}") for i in range(6)]

_years = st.integers(min_value=1000, max_value=9999)
_dates = st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(9999, 12, 31)).map(dt.date.isoformat)
# Figures with up to 15 significant digits: every value a policy text states (the documented float limit).
_decimals = st.builds(
    lambda digits, exp: Decimal(digits).scaleb(-exp),
    st.integers(-(10**15) + 1, 10**15 - 1),
    st.integers(0, 6),
).filter(lambda d: len(d.normalize().as_tuple().digits) <= 15)


def _literal(kind: str) -> st.SearchStrategy[Literal]:
    from rdflib.namespace import XSD

    if kind == "integer":
        return st.integers(-(2**62), 2**62).map(Literal)
    if kind == "decimal":
        return _decimals.map(mapping.decimal_literal)
    if kind == "boolean":
        return st.booleans().map(Literal)
    if kind == "date":
        return _dates.map(lambda s: Literal(s, datatype=XSD.date))
    if kind == "temporal":
        return st.one_of(
            _dates, st.builds(lambda y, m: f"{y}-{m:02d}", _years, st.integers(1, 12)), _years.map(str)
        ).map(mapping.temporal_literal)
    text = st.text(max_size=12)
    return st.one_of(
        text.map(Literal),
        st.builds(lambda s, lang: Literal(s, lang=lang), text, st.sampled_from(["zh-Hans", "zh-Hant", "en"])),
    )


_type_triples = st.tuples(
    st.sampled_from(NODES), st.just(RDF.type), st.sampled_from(_LABELS).map(_M.classes.get)
)
_edge_triples = st.tuples(st.sampled_from(NODES), st.sampled_from(_RELS), st.sampled_from(NODES))
_literal_triples = st.sampled_from(_LITS).flatmap(
    lambda p: st.tuples(st.sampled_from(NODES), st.just(p), _literal(_M.literals[p].kind))
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(_type_triples, _edge_triples, _literal_triples), max_size=40))
def test_round_trip_property(triples: list[tuple[URIRef, URIRef, object]]) -> None:
    g = Graph()
    for t in triples:
        g.add(t)  # type: ignore[arg-type]
    pg = to_property_graph(g)
    back = from_property_graph(pg)
    assert set(back) == strip_lang(g)
    # ... and the property graph survives its own round trip unchanged
    again = to_property_graph(back)
    assert dict(again.nodes(data=True)) == dict(pg.nodes(data=True))
    assert sorted(again.edges(keys=True)) == sorted(pg.edges(keys=True))


def test_batches_made_ahead_come_in_order_and_errors_reach_the_caller() -> None:
    import threading

    from policykg.graph.store import NodeRow
    from policykg.graph.store.pgraph import made_ahead

    batches = [([NodeRow(f"urn:x:{i}", ("Unit",), {})], []) for i in range(7)]
    assert list(made_ahead(iter(batches), depth=2)) == batches

    def broken():
        yield batches[0]
        raise GraphBuildError("graph.nt:3: not an N-Triples line")

    got = made_ahead(broken())
    assert next(got) == batches[0]
    with pytest.raises(GraphBuildError, match="graph.nt:3"):
        next(got)

    def endless():
        while True:
            yield batches[0]

    before = threading.active_count()
    stream = made_ahead(endless(), depth=1)
    next(stream)
    stream.close()  # a caller that stops early stops the thread
    assert threading.active_count() == before
