"""The ontology implements every term of the contract, with Chinese and English labels and comments."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SH, SKOS

from policykg.ontology import (
    DCTERMS,
    ORG,
    PKG,
    PREFIXES,
    SCHEMA,
    bind_prefixes,
    load_ontology,
    load_shapes,
    ontology_path,
    shapes_path,
)

CONTRACT = Path(__file__).resolve().parents[3] / "shared" / "spec" / "ontology.md"
NS = {"pkg": PKG, "dcterms": DCTERMS, "skos": SKOS, "org": ORG, "rdfs": RDFS}

# The contract's terms, written out so the test also runs where ../shared is not checked out; when it is,
# test_contract_file_lists_no_other_terms checks this list against it.
CONTRACT_CLASSES = [
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
]
CONTRACT_PROPERTIES = [
    "dcterms:title",
    "dcterms:issued",
    "pkg:docNumber",
    "pkg:issuedBy",
    "pkg:region",
    "pkg:cites",
    "pkg:sourceFile",
    "pkg:hasSection",
    "pkg:hasMeasure",
    "pkg:inDocument",
    "pkg:number",
    "pkg:ordinal",
    "rdfs:label",
    "pkg:text",
    "pkg:charStart",
    "pkg:charEnd",
    "pkg:responsibleUnit",
    "pkg:leadUnit",
    "pkg:concernsIndustry",
    "pkg:concernsSystem",
    "pkg:hasTarget",
    "pkg:value",
    "pkg:unitOfMeasure",
    "pkg:comparator",
    "pkg:indicator",
    "pkg:year",
    "pkg:sourceText",
    "skos:prefLabel",
    "skos:altLabel",
    "org:subOrganizationOf",
    "pkg:hasCategory",
    "pkg:hasMember",
    "pkg:hasPhase",
    "pkg:start",
    "pkg:end",
]
EXTENSIONS = [
    "level",
    "attachment",
    "perYear",
    "deadline",
    "valueMax",
    "targetKind",
    "unitKind",
    "encoding",
    "script",
    "sha256",
    "matchKey",
    "searchText",
    "page",
    "problem",
    "surface",
    "code",
    "repaired",
]


def iri(curie: str) -> URIRef:
    prefix, local = curie.split(":")
    return URIRef(str(NS[prefix]) + local)


@pytest.fixture(scope="module")
def ont() -> Graph:
    return load_ontology()


def test_data_files_ship_with_the_package() -> None:
    assert ontology_path().name == "policykg.ttl" and ontology_path().is_file()
    assert shapes_path().name == "shapes.ttl" and shapes_path().is_file()


def test_contract_file_lists_no_other_terms() -> None:
    if not CONTRACT.is_file():
        pytest.skip(f"{CONTRACT} not available")
    rows = [line for line in CONTRACT.read_text(encoding="utf-8").splitlines() if line.startswith("| `")]
    terms = set()
    for row in rows:
        terms.update(re.findall(r"`((?:pkg|dcterms|skos|org|rdfs):[A-Za-z]+)`", row))
    superclasses = {"org:Organization", "skos:Concept"}
    listed = {f"pkg:{c}" for c in CONTRACT_CLASSES} | set(CONTRACT_PROPERTIES) | superclasses
    assert terms == listed


@pytest.mark.parametrize("name", CONTRACT_CLASSES)
def test_every_contract_class_is_an_owl_class(ont: Graph, name: str) -> None:
    assert (PKG[name], RDF.type, OWL.Class) in ont


@pytest.mark.parametrize("curie", CONTRACT_PROPERTIES)
def test_every_contract_property_is_declared(ont: Graph, curie: str) -> None:
    types = set(ont.objects(iri(curie), RDF.type))
    assert types & {OWL.ObjectProperty, OWL.DatatypeProperty}, curie


@pytest.mark.parametrize("name", EXTENSIONS)
def test_extensions_are_declared_with_domain_and_range(ont: Graph, name: str) -> None:
    assert (PKG[name], RDF.type, OWL.DatatypeProperty) in ont
    assert ont.value(PKG[name], RDFS.domain) is not None
    assert ont.value(PKG[name], RDFS.range) is not None


def test_every_term_has_labels_and_comments_in_chinese_and_english(ont: Graph) -> None:
    terms = [
        s
        for t in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)
        for s in ont.subjects(RDF.type, t)
        if isinstance(s, URIRef)  # not the anonymous unionOf classes of multi-class domains
    ]
    assert len(terms) > 50
    for term in terms:
        for pred in (RDFS.label, RDFS.comment):
            langs = {o.language for o in ont.objects(term, pred) if isinstance(o, Literal)}
            assert {"zh-Hans", "en"} <= langs, f"{term} {pred}"


def test_pkg_properties_have_domains_and_ranges(ont: Graph) -> None:
    for t in (OWL.ObjectProperty, OWL.DatatypeProperty):
        for prop in ont.subjects(RDF.type, t):
            if str(prop).startswith(str(PKG)):
                assert ont.value(prop, RDFS.domain) is not None, prop
                assert ont.value(prop, RDFS.range) is not None, prop
            else:  # borrowed terms are described without global claims about them
                assert ont.value(prop, RDFS.domain) is None, prop
                assert (
                    ont.value(prop, RDFS.range) is not None
                    or ont.value(prop, SCHEMA.rangeIncludes) is not None
                )


def test_hierarchy(ont: Graph) -> None:
    assert (PKG.Unit, RDFS.subClassOf, ORG.Organization) in ont
    assert (PKG.Industry, RDFS.subClassOf, SKOS.Concept) in ont
    assert (PKG.leadUnit, RDFS.subPropertyOf, PKG.responsibleUnit) in ont


def test_contract_ranges(ont: Graph) -> None:
    from rdflib.namespace import XSD

    assert ont.value(PKG.value, RDFS.range) == XSD.decimal
    assert ont.value(PKG.ordinal, RDFS.range) == XSD.integer
    assert ont.value(PKG.year, RDFS.range) == XSD.integer
    assert ont.value(PKG.charStart, RDFS.range) == XSD.integer
    assert ont.value(DCTERMS.issued, SCHEMA.rangeIncludes) == XSD.date
    assert ont.value(PKG.responsibleUnit, RDFS.range) == PKG.Unit
    assert ont.value(PKG.concernsSystem, RDFS.range) == PKG.IndustrySystem


def test_load_returns_independent_copies() -> None:
    g = load_ontology()
    g.remove((PKG.Unit, None, None))
    assert (PKG.Unit, RDF.type, OWL.Class) in load_ontology()


def test_shapes_cover_the_main_classes() -> None:
    shapes = load_shapes()
    targets = set(shapes.objects(None, SH.targetClass))
    for cls in ("PolicyDocument", "Section", "Measure", "Target", "Unit", "Industry", "Phase", "Region"):
        assert PKG[cls] in targets, cls


def test_comparator_shape_lists_exactly_the_contract_comparators() -> None:
    from rdflib.collection import Collection

    shapes = load_shapes()
    (in_list,) = [
        o for s, o in shapes.subject_objects(SH["in"]) if shapes.value(s, SH.path) == PKG.comparator
    ]
    assert {str(v) for v in Collection(shapes, in_list)} == {">=", "<=", "=", "~", ">", "<"}


def test_bind_prefixes() -> None:
    g = bind_prefixes(Graph())
    bound = {p: str(ns) for p, ns in g.namespaces()}
    for prefix, ns in PREFIXES.items():
        assert bound[prefix] == ns
    assert set(PREFIXES) == {"pkg", "dcterms", "skos", "org", "prov", "xsd", "rdfs", "owl"}
