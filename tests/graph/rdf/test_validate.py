"""SHACL validation: a good graph conforms; each kind of broken graph is reported on the right node."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest
from rdf_oracle import build_graph, write_graph
from rdflib import Graph, Literal, URIRef
from rich.console import Console

from policykg.errors import LoadError, UsageError
from policykg.graph.rdf.validate import (
    INFERENCE,
    ValidationResult,
    print_result,
    validate_graph,
    validate_path,
)
from policykg.ontology import PKG

HERE = Path(__file__).parent
GOLDEN = HERE.parent / "golden"
BASE = "https://w3id.org/policykg/id/"
M1 = URIRef(BASE + "doc/a/measure/0001")
T1 = URIRef(BASE + "doc/a/target/0001")


def _load_fakes() -> ModuleType:
    spec = importlib.util.spec_from_file_location("policykg_test_fake_docs", GOLDEN / "fake_docs.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


fakes = _load_fakes()


def good_graph() -> Graph:
    return build_graph([fakes.doc_simplified(), fakes.doc_traditional(), fakes.doc_tiny()])[0]


def only_violations(result: ValidationResult) -> list[tuple[str, str, str]]:
    return [(r.focus, r.path, r.shape) for r in result.results if r.severity == "Violation"]


def test_inference_is_none() -> None:
    assert INFERENCE == "none"


def test_good_graph_conforms() -> None:
    result = validate_graph(good_graph())
    assert result.conforms, result.results
    assert result.results == []
    assert result.violations == 0


def test_measure_without_text() -> None:
    g = good_graph()
    g.remove((M1, PKG.text, None))
    result = validate_graph(g)
    assert not result.conforms
    assert only_violations(result) == [(str(M1), "pkg:text", "pkgsh:MeasureShape")]
    assert "pkg:text" in result.results[0].message


def test_lead_unit_that_is_not_responsible() -> None:
    g = good_graph()
    lead = g.value(M1, PKG.leadUnit)
    assert lead is not None
    g.remove((M1, PKG.responsibleUnit, lead))
    result = validate_graph(g)
    assert not result.conforms
    (r,) = result.results
    assert (r.focus, r.shape, r.value) == (str(M1), "pkgsh:LeadIsResponsible", str(lead))
    assert "lead" in r.message


def test_target_with_an_unknown_comparator() -> None:
    g = good_graph()
    g.set((T1, PKG.comparator, Literal("≈")))
    result = validate_graph(g)
    assert not result.conforms
    (r,) = result.results
    assert (r.focus, r.path, r.value) == (str(T1), "pkg:comparator", "≈")


def test_target_value_must_be_a_decimal() -> None:
    g = good_graph()
    g.set((T1, PKG.value, Literal("20000")))
    result = validate_graph(g)
    assert [(r.focus, r.path) for r in result.results] == [(str(T1), "pkg:value")]


def test_span_start_after_end() -> None:
    g = good_graph()
    g.set((M1, PKG.charStart, Literal(10_000)))
    result = validate_graph(g)
    assert (str(M1), "pkg:charStart", "pkgsh:MeasureShape") in only_violations(result)


def test_unit_without_pref_label_and_measure_without_document() -> None:
    g = good_graph()
    unit = g.value(M1, PKG.leadUnit)
    g.remove((unit, URIRef("http://www.w3.org/2004/02/skos/core#prefLabel"), None))
    g.remove((M1, PKG.inDocument, None))
    result = validate_graph(g)
    found = {(r.focus, r.path) for r in result.results}
    assert (str(unit), "skos:prefLabel") in found
    assert (str(M1), "pkg:inDocument") in found


def test_built_document_needs_a_source_file_but_a_cited_one_does_not() -> None:
    g = good_graph()
    doc = URIRef(BASE + "doc/a")
    g.remove((doc, PKG.sourceFile, None))
    result = validate_graph(g)
    assert [r.focus for r in result.results] == [str(doc)]


def test_validate_path_on_a_build_folder_and_on_a_file(tmp_path: Path) -> None:
    write_graph(good_graph(), tmp_path)
    result = validate_path(tmp_path)
    assert result.conforms and result.source == str(tmp_path / "graph.ttl") and result.triples > 100
    assert validate_path(tmp_path / "graph.nt").conforms


def test_validate_path_reports_violations_from_a_file(tmp_path: Path) -> None:
    g = good_graph()
    g.set((T1, PKG.comparator, Literal("≈")))
    write_graph(g, tmp_path)
    result = validate_path(tmp_path)
    assert not result.conforms
    data = result.as_dict()
    json.dumps(data, ensure_ascii=False)  # the CLI prints it as JSON
    assert data["conforms"] is False and data["violations"] == 1
    assert data["results"][0]["focus"] == str(T1)


def test_missing_inputs_are_named(tmp_path: Path) -> None:
    # A missing input is a usage error (exit 2), not "does not conform" (ValidationError, exit 6): issue 14.
    with pytest.raises(UsageError, match="nowhere"):
        validate_path(tmp_path / "nowhere")
    with pytest.raises(UsageError, match="graph.ttl"):
        validate_path(tmp_path)  # a folder without graph.ttl
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle <", encoding="utf-8")
    # a file that is no RDF could not be read (LoadError, exit 3): it does not "not conform" (fourth walk)
    with pytest.raises(LoadError, match="bad.ttl"):
        validate_path(bad)


def test_print_result_groups_by_shape_and_message() -> None:
    g = good_graph()
    for t in g.subjects(PKG.comparator, None):
        g.set((t, PKG.comparator, Literal("≈")))
    result = validate_graph(g, source="x/graph.ttl")
    console = Console(record=True, width=200)
    print_result(result, console)
    out = console.export_text()
    assert "does not conform" in out and "x/graph.ttl" in out
    assert "pkgsh:TargetShape" in out and "pkg:comparator" in out
    assert out.count("one of >= <= = ~ > <") == 1  # two targets, one row
    assert "│ 2 " in out or " 2 │" in out


def test_print_result_on_a_conforming_graph() -> None:
    console = Console(record=True, width=120)
    print_result(validate_graph(good_graph(), source="ok.ttl"), console)
    assert "conforms" in console.export_text()
