"""graph.rdf_stream: the string-level IRIs, terms and serialisations agree with rdflib, iris and mapping;
fragments hold only document-local triples; the merge does not depend on input order; the streamed
N-Triples reader of graph.pgraph gives the same property graph as the rdflib path."""

from __future__ import annotations

import importlib.util
from decimal import Decimal
from pathlib import Path
from types import ModuleType

import iris_oracle as iris
import pytest
from rdf_oracle import build_graph
from rdflib import Graph, Literal, URIRef

from policykg.errors import GraphBuildError
from policykg.graph.rdf import mapping
from policykg.graph.rdf import stream as rs
from policykg.graph.store.pgraph import (
    element_batches_from_ntriples,
    property_graph_from_ntriples,
    to_property_graph,
)
from policykg.ontology import PREFIXES

HERE = Path(__file__).parent
GOLDEN = HERE.parent / "golden"


def _load_fakes() -> ModuleType:
    spec = importlib.util.spec_from_file_location("policykg_test_fake_docs_rs", GOLDEN / "fake_docs.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


fakes = _load_fakes()

KEYS = ["青岛市人力资源和社会保障局", "職建處", "a/b c", "", "x" * 200, "10+1"]
DOC_IDS = ["a", "000_d2980e7058eb73c1", "with space", "路径/斜杠", "x%y"]


# --------------------------------------------------------------------------- parity with the rdflib-based modules


def test_prefixes_are_the_ontology_prefixes() -> None:
    assert rs.PREFIXES == PREFIXES
    assert list(rs.PREFIXES) == list(PREFIXES)


@pytest.mark.parametrize("base", ["https://w3id.org/policykg/id/", "https://example.org/kg", "urn:x:"])
def test_iris_match_the_iri_minter(base: str) -> None:
    ours, theirs = rs.Iris(base), iris.IriMinter(base)
    for doc_id in DOC_IDS:
        assert ours.document(doc_id) == str(theirs.document(doc_id))
    for key in KEYS:
        assert rs.key_hash(key) == iris.key_hash(key)
        assert ours.unit(key) == str(theirs.unit(key))
        assert ours.industry(key) == str(theirs.industry(key))
        assert ours.system(key) == str(theirs.system(key))
        assert ours.category(key, key + "c") == str(theirs.category(key, key + "c"))
        assert ours.region_from_key(key) == str(theirs.region_from_key(key))
        assert ours.cited_from_key(key) == str(theirs.cited_from_key(key))
    assert rs.title_key("《關於印發〈青島市…方案〉的通知》") == iris.title_key(
        "《關於印發〈青島市…方案〉的通知》"
    )


def test_a_relative_base_iri_is_refused_like_the_minter() -> None:
    with pytest.raises(GraphBuildError, match="not an absolute IRI"):
        rs.Iris("policykg/id/")


@pytest.mark.parametrize(
    "value",
    [Decimal("20000"), Decimal("2E+4"), Decimal("0.50"), Decimal("0"), 3, 2.5, "1.10", Decimal("-7.25")],
)
def test_decimal_lexical_matches_mapping(value: object) -> None:
    assert rs.decimal_lexical(value) == mapping.decimal_lexical(value)


@pytest.mark.parametrize("value", ["2023-03-31", "2023-03", "2025", "2025年底", "-0044-03-15"])
def test_temporal_literal_matches_mapping(value: str) -> None:
    nt, _ = rs.temporal_lit(value)
    g = Graph().parse(data=f"<urn:s> <urn:p> {nt} .\n", format="nt")
    assert next(iter(g.objects())) == mapping.temporal_literal(value)


def test_bad_decimals_are_graph_build_errors() -> None:
    with pytest.raises(GraphBuildError):
        rs.decimal_lexical("abc")
    with pytest.raises(GraphBuildError):
        rs.decimal_lexical(Decimal("NaN"))


# --------------------------------------------------------------------------- TripleSet


NASTY = 'quote " backslash \\ newline \n return \r tab \t 中文 ⟨⟩ <> {} ^^ @en .'


def test_tripleset_dedupes_and_both_serialisations_parse_to_the_same_triples() -> None:
    t = rs.TripleSet()
    s = "https://example.org/s"
    t.typed(s, rs.PKG + "Measure")
    t.add(s, rs.PKG + "text", rs.plain(NASTY))
    t.add(s, rs.PKG + "text", rs.plain(NASTY))  # a duplicate is one triple
    t.add(s, rs.RDFS + "label", rs.lang_lit("關於", "zh-Hant"))
    t.add(s, rs.PKG + "charStart", rs.int_lit(-3))
    t.add(s, rs.PKG + "repaired", rs.bool_lit(False))
    t.add(s, rs.PKG + "value", rs.typed_lit("20000.0", rs.XSD_DECIMAL))
    t.add(s, rs.PKG + "value", rs.typed_lit("1e3", rs.XSD_DECIMAL))  # not a Turtle decimal token: quoted
    t.link(s, rs.PKG + "inDocument", "https://example.org/d")
    assert len(t) == 8
    nt = Graph().parse(data=t.ntriples(), format="nt")
    ttl = Graph().parse(data=rs.TURTLE_HEADER + t.turtle(), format="turtle")
    assert len(nt) == 8
    assert set(nt) == set(ttl)
    S = URIRef(s)
    assert nt.value(S, URIRef(rs.PKG + "text")) == Literal(NASTY)
    assert Literal("1e3", datatype=URIRef(rs.XSD_DECIMAL)) in set(nt.objects(S, URIRef(rs.PKG + "value")))


def test_tripleset_output_is_sorted_and_independent_of_insertion_order() -> None:
    rows = [(f"https://e.org/{c}", rs.PKG + "number", rs.plain(str(i))) for i, c in enumerate("cab")]
    a, b = rs.TripleSet(), rs.TripleSet()
    for r in rows:
        a.add(*r)
    for r in reversed(rows):
        b.add(*r)
    assert a.ntriples() == b.ntriples() and a.turtle() == b.turtle()
    lines = a.ntriples().splitlines()
    assert lines == sorted(lines)


# --------------------------------------------------------------------------- fragments and the merge


def test_fragments_hold_only_document_local_subjects() -> None:
    for doc in (fakes.doc_simplified(), fakes.doc_traditional(), fakes.doc_tiny()):
        frag = rs.make_fragment(doc)
        g = Graph().parse(data=frag.nt, format="nt")
        doc_iri = rs.Iris().document(doc.doc_id)
        assert len(g) == frag.triples > 0
        for s in set(g.subjects()):
            assert str(s) == doc_iri or str(s).startswith(doc_iri + "/")
        assert set(Graph().parse(data=rs.TURTLE_HEADER + frag.ttl, format="turtle")) == set(g)


def test_the_merge_does_not_depend_on_the_order_of_the_parts() -> None:
    docs = [fakes.doc_simplified(), fakes.doc_traditional(), fakes.doc_tiny()]
    frags = [rs.make_fragment(d) for d in docs]
    one, _ = rs.render_ntriples(frags)
    two, _ = rs.render_ntriples(list(reversed(frags)))
    assert one == two


def test_rendered_graph_equals_build_graph() -> None:
    docs = [fakes.doc_simplified(), fakes.doc_traditional(), fakes.doc_tiny()]
    g, info = build_graph(docs)
    text, asm = rs.render_ntriples([rs.make_fragment(d) for d in docs])
    assert set(Graph().parse(data=text, format="nt")) == set(g)
    assert asm.counts.units == info.units and asm.counts.industries == info.industries
    assert asm.counts.cited == info.cited and asm.counts.regions == info.regions


def test_interned_parts_merge_to_the_same_graph() -> None:
    docs = [fakes.doc_simplified(), fakes.doc_traditional()]
    frags = [rs.make_fragment(d) for d in docs]
    pool: dict[str, str] = {}
    interned = [rs.Fragment(shared=rs.intern_part(f.shared, pool), nt=f.nt, ttl=f.ttl) for f in frags]
    assert rs.render_ntriples(interned)[0] == rs.render_ntriples(frags)[0]
    assert interned[0].shared == frags[0].shared


# --------------------------------------------------------------------------- the streamed N-Triples reader


def test_property_graph_from_ntriples_equals_the_rdflib_path(tmp_path: Path) -> None:
    docs = [fakes.doc_simplified(), fakes.doc_traditional(), fakes.doc_tiny()]
    text, _ = rs.render_ntriples([rs.make_fragment(d) for d in docs])
    extra = f"<{rs.Iris().document('tiny')}> <{rs.PKG}problem> {rs.plain(NASTY)[0]} .\n"
    path = tmp_path / "graph.nt"
    path.write_text(text + extra, encoding="utf-8")
    streamed = property_graph_from_ntriples(path)
    reference = to_property_graph(Graph().parse(path, format="nt"))
    assert dict(streamed.nodes(data=True)) == dict(reference.nodes(data=True))
    assert sorted(streamed.edges(keys=True)) == sorted(reference.edges(keys=True))
    assert NASTY in streamed.nodes[rs.Iris().document("tiny")]["props"]["problem"]


def test_property_graph_from_ntriples_names_a_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "graph.nt"
    path.write_text('_:b0 <https://w3id.org/policykg#text> "x" .\n', encoding="utf-8")
    with pytest.raises(GraphBuildError, match="graph.nt:1"):
        property_graph_from_ntriples(path)


def test_element_batches_add_up_to_the_property_graph(tmp_path: Path) -> None:
    docs = [fakes.doc_simplified(), fakes.doc_traditional(), fakes.doc_tiny()]
    text, _ = rs.render_ntriples([rs.make_fragment(d) for d in docs])
    path = tmp_path / "graph.nt"
    path.write_text(text, encoding="utf-8")
    whole = property_graph_from_ntriples(path)
    batches = list(element_batches_from_ntriples(path, batch_nodes=5))
    assert len(batches) > 3
    nodes = {}
    for rows, _ in batches:
        for row in rows:
            assert row.iri not in nodes  # each subject's triples lie together: described by one batch
            nodes[row.iri] = (row.labels, row.props)
    assert nodes == {n: (d["labels"], d["props"]) for n, d in whole.nodes(data=True)}
    rels = sorted((r.start, r.end, r.type) for _, rs_ in batches for r in rs_)
    assert rels == sorted(whole.edges(keys=True))


def test_a_system_only_mentioned_by_many_documents_counts_them_instead_of_listing_each() -> None:
    from policykg.graph.rdf.stream import _system_sources

    few = {"ref §4", "referenced in b.txt; members unknown", "referenced in a.txt; members unknown"}
    assert _system_sources(few) == sorted(few)  # a few mentions stay as they are
    many = {"ref §4", *(f"referenced in d{n:04d}.txt; members unknown" for n in range(2000))}
    assert _system_sources(many) == [
        "ref §4",
        "referenced in 2000 documents (d0000.txt, d0001.txt, d0002.txt, ...); members unknown",
    ]


@pytest.mark.parametrize("traditional", [False, True])
def test_document_level_industries_are_written_apart_from_the_measures(traditional: bool) -> None:
    """What the document as a whole is about (its title, its 产业体系 paragraph) reaches the graph as
    pkg:aboutIndustry on the document; the measure keeps only what it names (pkg:concernsIndustry)."""
    from tests.loaders.inline import run
    from tests.loaders.inline import traditional as to_hant

    text = (
        "关于加快数字经济发展的实施意见\n"
        "一、总体要求\n以海洋经济、旅游经济为两翼,建设现代化产业体系。\n"
        "二、重点任务\n1.支持集成电路企业做大做强。(责任单位:市工信局)\n"
    )
    doc = run(to_hant(text) if traditional else text)
    frag = rs.make_fragment(doc)
    g = Graph().parse(data=frag.nt, format="nt")
    about = {str(o) for _, o in g.subject_objects(URIRef(rs.PKG + "aboutIndustry"))}
    concerns = {str(o) for _, o in g.subject_objects(URIRef(rs.PKG + "concernsIndustry"))}
    assert len(about) == 3 and len(concerns) == 1 and not about & concerns
    # the document's own industries are registered with the shared entities, so they get labels
    keys = {e.key for e in frag.shared.industries}
    assert {"industry:数字经济", "industry:海洋经济", "industry:旅游经济", "industry:集成电路"} <= keys


@pytest.mark.parametrize(
    "value",
    ["", "\\", "\\\\", '"', '\\"', 'a\\"b\\\\"c', "x\\ny", "\u2028 中文 \\u00e9 \t", "end\\"],
    ids=lambda v: repr(v)[:20],
)
def test_the_text_reader_reads_every_literal_as_rdflib_does(value: str) -> None:
    # the line pattern matches a literal as runs of plain characters between escapes (round 17): the same
    # strings as one alternation per character, whatever the backslashes and quotes
    from policykg.graph.store.pgraph import element_batch_from_ntriples_text

    doc = rs.Iris().document("tiny")
    line = f"<{doc}> <{rs.PKG}problem> {rs.plain(value)[0]} .\n"
    nodes, _ = element_batch_from_ntriples_text(line.encode("utf-8"))
    reference = to_property_graph(Graph().parse(data=line, format="nt"))
    assert nodes[0].props == reference.nodes[doc]["props"]
    assert nodes[0].props["problem"] == [value]


def test_the_whole_text_reader_gives_the_line_readers_rows_for_a_whole_graph() -> None:
    # round 19: a text whose every line is a triple is read with one findall over it, not line by line; the
    # rows are the same (the documents' parts and the shared block of a real graph, with escapes)
    from policykg.graph.store import pgraph

    docs = [fakes.doc_simplified(), fakes.doc_traditional(), fakes.doc_tiny()]
    text, _ = rs.render_ntriples([rs.make_fragment(d) for d in docs])
    texts = [text, *(rs.make_fragment(d).nt for d in docs)]
    assert any("\\" in t for t in texts)
    for t in texts:
        fast = pgraph._batch_of_whole_lines(t)
        assert fast is not None
        assert fast == pgraph._batch_line_by_line(t, "x")
        assert pgraph.element_batch_from_ntriples_text(t.encode("utf-8")) == fast


def _odd_texts() -> dict[str, str]:
    doc = rs.Iris().document("tiny")
    sec = f"{doc}/section/0001"
    typed = f"<{doc}> <{rs.RDF_TYPE}> <{rs.PKG}PolicyDocument> .\n"
    title = f"<{doc}> <{rs.PKG}problem> {rs.plain('标题')[0]} .\n"
    link = f"<{sec}> <{rs.PKG}inDocument> <{doc}> .\n"
    return {
        "blank line": typed + "\n" + title,
        "comment": "# a comment\n" + typed + title,
        "CRLF": (typed + title).replace("\n", "\r\n"),
        "indented": "  " + typed + "\t" + title,
        "trailing spaces": typed.replace(" .\n", " .  \n") + title,
        "no final newline": typed + title.rstrip("\n"),
        "empty literal": typed + f'<{doc}> <{rs.PKG}problem> "" .\n',
        "empty IRI": typed + f"<{sec}> <{rs.PKG}inDocument> <> .\n",
        "U+2028 in a literal": typed + f'<{doc}> <{rs.PKG}problem> "a\u2028b" .\n' + link,
        "unknown predicate": typed + f"<{doc}> <{rs.PKG}noSuchThing> <{doc}> .\n",
        "unknown class": f"<{doc}> <{rs.RDF_TYPE}> <{rs.PKG}NoSuchClass> .\n",
        "literal of a relationship": f'<{sec}> <{rs.PKG}inDocument> "x" .\n',
        "IRI of a literal property": f"<{doc}> <{rs.PKG}problem> <{doc}> .\n",
        "not N-Triples": typed + "<broken line\n",
        "empty": "",
    }


@pytest.mark.parametrize("name", list(_odd_texts()))
def test_the_text_reader_reads_any_other_text_line_by_line(name: str) -> None:
    # whatever the whole-text reader does not take (a blank line, a comment, CRLF, a triple the mapping
    # refuses) is read by the line reader: the same rows, or the same error naming the line
    from policykg.graph.store import pgraph

    text = _odd_texts()[name]
    try:
        expected: object = pgraph._batch_line_by_line(text, "t")
    except GraphBuildError as err:
        expected = str(err)
    try:
        got: object = pgraph.element_batch_from_ntriples_text(text, where="t")
    except GraphBuildError as err:
        got = str(err)
    assert got == expected
    fast = pgraph._batch_of_whole_lines(text)
    assert fast is None or fast == expected


def test_the_text_reader_refuses_an_unterminated_literal_at_once() -> None:
    # no backtracking blow-up on a long literal that never closes (a damaged cache entry)
    import time

    from policykg.graph.store.pgraph import element_batch_from_ntriples_text

    doc = rs.Iris().document("tiny")
    body = "a\\\\" * 20_000
    line = f'<{doc}> <{rs.PKG}problem> "{body}b .\n'
    started = time.perf_counter()
    with pytest.raises(GraphBuildError, match="cache:1"):
        element_batch_from_ntriples_text(line, where="cache")
    assert time.perf_counter() - started < 2


def test_the_store_load_path_does_not_import_networkx() -> None:
    # networkx (~0.5 s of CPU) is imported where a graph is built, not by the load worker (round 17)
    import subprocess
    import sys

    code = (
        "import sys; import policykg.pipeline.store, policykg.graph.store.pgraph, "
        "policykg.graph.store.embedded; print('networkx' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    assert done.stdout.strip() == "False"
