"""build_graph on hand-built documents: the contract's triples, deterministic IRIs, atomic writes."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from types import ModuleType

import iris_oracle as iris
import pytest
from rdf_oracle import GraphInfo, build_graph, write_graph
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.compare import isomorphic, to_isomorphic
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS

from policykg.errors import GraphBuildError
from policykg.graph.rdf.mapping import get_mapping
from policykg.ontology import ORG, PKG

HERE = Path(__file__).parent
GOLDEN = HERE.parent / "golden"
BASE = "https://w3id.org/policykg/id/"
# A plain Namespace: pytest's collection probes module attributes, and rdflib's XSD warns on unknown names.
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")


def _load_fakes() -> ModuleType:
    spec = importlib.util.spec_from_file_location("policykg_test_fake_docs", GOLDEN / "fake_docs.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


fakes = _load_fakes()


def sha1_16(s: str) -> str:
    import hashlib

    return hashlib.sha1(s.encode("utf-8")).hexdigest()[:16]


def U(key: str) -> URIRef:
    return URIRef(f"{BASE}unit/{sha1_16(key)}")


A = URIRef(BASE + "doc/a")
B = URIRef(BASE + "doc/b")
A_M1 = URIRef(BASE + "doc/a/measure/0001")
A_M2 = URIRef(BASE + "doc/a/measure/0002")
A_T1 = URIRef(BASE + "doc/a/target/0001")


@pytest.fixture(scope="module")
def built() -> tuple[Graph, GraphInfo]:
    return build_graph([fakes.doc_simplified(), fakes.doc_traditional()])


@pytest.fixture(scope="module")
def g(built: tuple[Graph, GraphInfo]) -> Graph:
    return built[0]


def one(g: Graph, s: URIRef, p: URIRef) -> object:
    values = list(g.objects(s, p))
    assert len(values) == 1, (s, p, values)
    return values[0]


# --------------------------------------------------------------------------- counts and IRIs


def test_graph_info_counts(built: tuple[Graph, GraphInfo]) -> None:
    g, info = built
    assert info == GraphInfo(
        triples=len(g),
        documents=2,
        sections=4,
        measures=3,
        units=4,
        targets=1,
        industries=2,
        systems=1,
        phases=1,
        regions=1,
        cited=1,
    )
    assert len(set(g.subjects(RDF.type, PKG.PolicyDocument))) == 3  # two built, one known by title only


def test_iris_follow_the_documented_scheme(g: Graph) -> None:
    assert (A, RDF.type, PKG.PolicyDocument) in g
    assert (URIRef(BASE + "doc/a/section/0002"), RDF.type, PKG.Section) in g
    assert (A_M2, RDF.type, PKG.Measure) in g
    assert (A_T1, RDF.type, PKG.Target) in g
    assert (URIRef(BASE + "doc/a/phase/0001"), RDF.type, PKG.Phase) in g
    assert (U(fakes.DIVISION), RDF.type, PKG.Unit) in g
    assert (URIRef(f"{BASE}industry/{sha1_16('人工智能')}"), RDF.type, PKG.Industry) in g
    system = f"{BASE}system/{sha1_16('青岛市/10+1')}"
    assert (URIRef(system), RDF.type, PKG.IndustrySystem) in g
    assert (URIRef(f"{system}/category/{sha1_16('先导产业')}"), RDF.type, PKG.IndustryCategory) in g
    assert (URIRef(f"{BASE}region/{sha1_16('青岛市')}"), RDF.type, PKG.Region) in g
    cited = URIRef(f"{BASE}doc/cited-{sha1_16('山东省职业技能提升行动方案')}")
    assert (cited, RDF.type, PKG.PolicyDocument) in g


def test_base_iri_is_configurable() -> None:
    g2, _ = build_graph([fakes.doc_tiny()], base_iri="http://example.org/kg")
    subjects = {str(s) for s in g2.subjects()}
    assert "http://example.org/kg/doc/tiny" in subjects
    assert all(s.startswith("http://example.org/kg/") for s in subjects)
    with pytest.raises(GraphBuildError, match="not an absolute IRI"):
        build_graph([fakes.doc_tiny()], base_iri="not-an-iri")


def test_doc_ids_are_percent_encoded_in_iris() -> None:
    assert str(iris.IriMinter().document("a b/c")) == BASE + "doc/a%20b%2Fc"


# --------------------------------------------------------------------------- the contract, property by property


def test_document_metadata(g: Graph) -> None:
    title = one(g, A, DCTERMS.title)
    assert title == Literal(
        "青岛市人力资源和社会保障局关于印发《青岛市技能人才工作方案》的通知", lang="zh-Hans"
    )
    assert one(g, B, DCTERMS.title) == Literal("青島市技能人才工作方案", lang="zh-Hant")
    issued = one(g, A, DCTERMS.issued)
    assert isinstance(issued, Literal) and issued.datatype == XSD.date and str(issued) == "2021-11-22"
    assert one(g, A, PKG.docNumber) == Literal("青人社字〔2021〕94号")
    assert one(g, A, PKG.issuedBy) == U(fakes.BUREAU)
    assert one(g, A, PKG.sourceFile) == Literal("a.txt")
    assert one(g, B, PKG.sourceFile) == Literal("b.txt")
    assert one(g, B, PKG.encoding) == Literal("big5")
    assert one(g, B, PKG.script) == Literal("Hant")
    assert one(g, A, PKG.leadRule) == Literal("排第一位的为牵头单位")
    assert one(g, A, PKG.addressee) == Literal("各区、市人力资源社会保障局")


def test_region_of_documents_in_both_scripts_is_one_node(g: Graph) -> None:
    region = one(g, A, PKG.region)
    assert one(g, B, PKG.region) == region  # 青岛市 and 青島市
    assert one(g, region, RDFS.label) == Literal("青岛市", lang="zh-Hans")
    assert (region, RDF.type, PKG.Region) in g


def test_cites_links_a_built_title_and_mints_a_cited_document(g: Graph) -> None:
    cited = set(g.objects(A, PKG.cites))
    assert B in cited  # 《青岛市技能人才工作方案》 is document b's own (Traditional) title
    (other,) = cited - {B}
    assert str(other).startswith(BASE + "doc/cited-")
    assert one(g, other, DCTERMS.title) == Literal("山东省职业技能提升行动方案", lang="zh-Hans")
    assert list(g.objects(other, PKG.sourceFile)) == []


def test_section_tree(g: Graph) -> None:
    s1, s2, s3 = (URIRef(f"{BASE}doc/a/section/{n:04d}") for n in (1, 2, 3))
    assert set(g.objects(A, PKG.hasSection)) == {s1, s3}  # top sections only
    assert set(g.objects(s1, PKG.hasSection)) == {s2}
    assert one(g, s2, PKG.number) == Literal("(一)")
    assert one(g, s2, RDFS.label) == Literal("技能培训")
    assert one(g, s2, PKG.inDocument) == A
    assert one(g, s2, PKG.level) == Literal(2)
    text = fakes.doc_simplified().source.text
    start, end = int(one(g, s1, PKG.charStart)), int(one(g, s1, PKG.charEnd))  # type: ignore[call-overload]
    assert one(g, s1, PKG.text) == Literal(text[start:end])
    assert text[start:end].startswith("一、重点任务")
    assert set(g.objects(s2, PKG.hasMeasure)) == {A_M1, A_M2}  # innermost section
    assert list(g.objects(s1, PKG.hasMeasure)) == []


def test_measure_properties(g: Graph) -> None:
    doc = fakes.doc_simplified()
    text = doc.source.text
    assert set(g.objects(A, PKG.hasMeasure)) == {A_M1, A_M2}
    assert one(g, A_M1, PKG.number) == Literal("1")
    ordinal = one(g, A_M1, PKG.ordinal)
    assert isinstance(ordinal, Literal) and ordinal.datatype == XSD.integer and ordinal.toPython() == 1
    assert one(g, A_M1, RDFS.label) == Literal("开展职业技能培训")
    start, end = (one(g, A_M1, p) for p in (PKG.charStart, PKG.charEnd))
    assert isinstance(start, Literal) and start.datatype == XSD.integer
    assert one(g, A_M1, PKG.text) == Literal(text[int(start) : int(end)])  # type: ignore[call-overload]
    assert str(one(g, A_M1, PKG.text)).startswith("1.开展职业技能培训。")
    assert one(g, A_M1, PKG.inDocument) == A
    assert one(g, A_M1, PKG.hasTarget) == A_T1


def test_traditional_text_is_kept_and_search_text_is_folded(g: Graph) -> None:
    m = URIRef(BASE + "doc/b/measure/0001")
    assert one(g, m, PKG.text) == Literal("1.建立職業技能等級認定制度。(責任處室:職建處)")
    assert one(g, m, PKG.searchText) == Literal("1.建立职业技能等级认定制度。(责任处室:职建处)")


def test_responsible_and_lead_units(g: Graph) -> None:
    responsible = set(g.objects(A_M1, PKG.responsibleUnit))
    assert responsible == {U(fakes.DIVISION), U(fakes.CENTRE), U(fakes.JOBS)}
    assert set(g.objects(A_M1, PKG.leadUnit)) == {U(fakes.DIVISION)}  # and it is responsible too (above)


def test_section_level_unit_is_inherited_by_every_measure_of_the_section(g: Graph) -> None:
    # measure 2 names no unit itself; 责任部门:就业处 stands at the head of its section
    assert set(g.objects(A_M2, PKG.responsibleUnit)) == {U(fakes.JOBS)}
    assert list(g.objects(A_M2, PKG.leadUnit)) == []


def test_industries_and_systems(g: Graph) -> None:
    industry = one(g, A_M2, PKG.concernsIndustry)
    assert one(g, industry, SKOS.prefLabel) == Literal("人工智能", lang="zh-Hans")
    system = one(g, A_M2, PKG.concernsSystem)
    assert one(g, system, RDFS.label) == Literal("“10+1”创新型产业体系")
    assert one(g, system, PKG.code) == Literal("10+1")
    category = one(g, system, PKG.hasCategory)
    assert one(g, category, RDFS.label) == Literal("先导产业")
    members = {str(one(g, i, SKOS.prefLabel)) for i in g.objects(category, PKG.hasMember)}
    assert members == {"人工智能", "新一代信息技术"}


def test_target_properties(g: Graph) -> None:
    text = fakes.doc_simplified().source.text
    assert set(g.objects(A, PKG.hasTarget)) == {A_T1}
    value = one(g, A_T1, PKG.value)
    assert isinstance(value, Literal) and value.datatype == XSD.decimal
    assert Decimal(str(value)) == Decimal(20000)
    assert one(g, A_T1, PKG.unitOfMeasure) == Literal("人")
    assert one(g, A_T1, PKG.comparator) == Literal(">=")
    assert one(g, A_T1, PKG.indicator) == Literal("培训")
    year = one(g, A_T1, PKG.year)
    assert isinstance(year, Literal) and year.datatype == XSD.integer and year.toPython() == 2021
    assert one(g, A_T1, PKG.sourceText) == Literal("全年培训2万人以上")
    start, end = int(one(g, A_T1, PKG.charStart)), int(one(g, A_T1, PKG.charEnd))  # type: ignore[call-overload]
    assert text[start:end] == "2万人以上"
    assert one(g, A_T1, PKG.inDocument) == A
    assert one(g, A_T1, PKG.surface) == Literal("2万人以上")


def test_units_merged_across_documents_with_every_surface_form_once(g: Graph) -> None:
    div = U(fakes.DIVISION)
    assert one(g, div, SKOS.prefLabel) == Literal("职业能力建设处", lang="zh-Hans")
    alts = sorted(g.objects(div, SKOS.altLabel))
    assert alts == sorted([Literal("职建处", lang="zh-Hans"), Literal("職建處", lang="zh-Hant")])
    assert one(g, div, ORG.subOrganizationOf) == U(fakes.BUREAU)
    assert one(g, div, PKG.unitKind) == Literal("division")
    assert one(g, div, PKG.matchKey) == Literal("职业能力建设处|职建处")  # both alt forms fold to one key
    assert one(g, U(fakes.BUREAU), PKG.region) == one(g, A, PKG.region)


def test_phase(g: Graph) -> None:
    ph = URIRef(BASE + "doc/a/phase/0001")
    assert one(g, A, PKG.hasPhase) == ph
    assert one(g, ph, RDFS.label) == Literal("动员部署")
    assert one(g, ph, PKG.start) == Literal("2021-11", datatype=XSD.gYearMonth)
    assert one(g, ph, PKG.end) == Literal("2021-12", datatype=XSD.gYearMonth)
    assert one(g, ph, PKG.inDocument) == A


def test_every_contract_property_occurs(g: Graph) -> None:
    contract = [
        DCTERMS.title,
        DCTERMS.issued,
        PKG.docNumber,
        PKG.issuedBy,
        PKG.region,
        PKG.cites,
        PKG.sourceFile,
        PKG.hasSection,
        PKG.hasMeasure,
        PKG.inDocument,
        PKG.number,
        PKG.ordinal,
        RDFS.label,
        PKG.text,
        PKG.charStart,
        PKG.charEnd,
        PKG.responsibleUnit,
        PKG.leadUnit,
        PKG.concernsIndustry,
        PKG.concernsSystem,
        PKG.hasTarget,
        PKG.value,
        PKG.unitOfMeasure,
        PKG.comparator,
        PKG.indicator,
        PKG.year,
        PKG.sourceText,
        SKOS.prefLabel,
        SKOS.altLabel,
        ORG.subOrganizationOf,
        PKG.hasCategory,
        PKG.hasMember,
        PKG.hasPhase,
        PKG.start,
        PKG.end,
    ]
    used = set(g.predicates())
    assert [p for p in contract if p not in used] == []


def test_every_literal_has_the_datatype_of_its_property(g: Graph) -> None:
    expected = {
        "integer": {XSD.integer},
        "decimal": {XSD.decimal},
        "boolean": {XSD.boolean},
        "date": {XSD.date},
        "temporal": {XSD.date, XSD.gYearMonth, XSD.gYear},
        "string": {None},
    }
    literals = get_mapping().literals
    for s, p, o in g:
        if isinstance(o, Literal):
            assert o.datatype in expected[literals[p].kind], (s, p, o)  # type: ignore[index]


def test_every_measure_quotes_its_source() -> None:
    docs = [fakes.doc_simplified(), fakes.doc_traditional(), fakes.doc_tiny()]
    g2, _ = build_graph(docs)
    by_iri = {URIRef(f"{BASE}doc/{d.doc_id}"): d.source.text for d in docs}
    for m in g2.subjects(RDF.type, PKG.Measure):
        text = by_iri[one(g2, m, PKG.inDocument)]  # type: ignore[index]
        start, end = int(one(g2, m, PKG.charStart)), int(one(g2, m, PKG.charEnd))  # type: ignore[call-overload]
        assert str(one(g2, m, PKG.text)) == text[start:end]


# --------------------------------------------------------------------------- determinism


def test_two_builds_are_identical(tmp_path: Path) -> None:
    g1, _ = build_graph([fakes.doc_simplified(), fakes.doc_traditional()])
    g2, _ = build_graph([fakes.doc_traditional(), fakes.doc_simplified()])  # input order does not matter
    assert isomorphic(g1, g2)
    write_graph(g1, tmp_path / "one")
    write_graph(g2, tmp_path / "two")
    for name in ("graph.ttl", "graph.nt"):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()


SCRIPT = """
import importlib.util, sys
from pathlib import Path
spec = importlib.util.spec_from_file_location("f", sys.argv[1])
f = importlib.util.module_from_spec(spec); spec.loader.exec_module(f)
sys.path.insert(0, sys.argv[3])
from rdf_oracle import build_graph, write_graph
g, _ = build_graph([f.doc_simplified(), f.doc_traditional()])
write_graph(g, Path(sys.argv[2]))
"""


def test_identical_files_across_processes_and_hash_seeds(tmp_path: Path) -> None:
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / seed
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run(
            [
                sys.executable,
                "-c",
                SCRIPT,
                str(GOLDEN / "fake_docs.py"),
                str(out),
                str(HERE.parent / "oracle"),
            ],
            check=True,
            env=env,
        )
        outputs.append(((out / "graph.ttl").read_bytes(), (out / "graph.nt").read_bytes()))
    assert outputs[0] == outputs[1]


def test_duplicate_doc_ids_are_an_error() -> None:
    with pytest.raises(GraphBuildError, match="document id 'a'"):
        build_graph([fakes.doc_simplified(), fakes.doc_simplified()])


def test_bad_section_index_names_the_file() -> None:
    doc = fakes.doc_tiny()
    doc.measures[0].section_path = [7]
    with pytest.raises(GraphBuildError, match="tiny.txt"):
        build_graph([doc])


def test_unknown_unit_key_still_gets_a_pref_label() -> None:
    doc = fakes.doc_tiny()
    del doc.units["人才中心"]
    g2, _ = build_graph([doc])
    unit = URIRef(f"{BASE}unit/{sha1_16('人才中心')}")
    assert one(g2, unit, SKOS.prefLabel) == Literal("人才中心", lang="zh-Hans")


def test_parent_unit_no_document_defines_is_still_a_named_unit() -> None:
    doc = fakes.doc_tiny()
    doc.units["人才中心"].parent = "某局"
    g2, info = build_graph([doc])
    parent = U("某局")
    assert one(g2, U("人才中心"), ORG.subOrganizationOf) == parent
    assert (parent, RDF.type, PKG.Unit) in g2
    assert one(g2, parent, SKOS.prefLabel) == Literal("某局", lang="zh-Hans")
    assert info.units == 3


def test_pdf_pages_and_repaired_sections() -> None:
    from policykg.models import Span

    doc = fakes.doc_tiny()
    doc.source.format = "pdf"
    doc.source.pages = [Span(0, 10), Span(10, len(doc.source.text))]
    doc.sections[0].repaired = True
    g2, _ = build_graph([doc])
    assert one(g2, URIRef(BASE + "doc/tiny/measure/0001"), PKG.page) == Literal(1)  # starts at offset 7
    assert one(g2, URIRef(BASE + "doc/tiny/target/0001"), PKG.page) == Literal(2)  # starts at offset 15
    assert one(g2, URIRef(BASE + "doc/tiny/section/0001"), PKG.repaired) == Literal(True)
    assert one(g2, URIRef(BASE + "doc/tiny/section/0001"), PKG.page) == Literal(1)
    assert one(g2, URIRef(BASE + "doc/tiny"), PKG["format"]) == Literal("pdf")


# --------------------------------------------------------------------------- writing


def test_written_files_parse_back_to_the_same_graph(tmp_path: Path, g: Graph) -> None:
    write_graph(g, tmp_path)
    ttl = Graph().parse(tmp_path / "graph.ttl", format="turtle")
    nt = Graph().parse(tmp_path / "graph.nt", format="nt")
    assert set(ttl) == set(g)  # term for term, not just isomorphic: decimals keep their lexical form
    assert set(nt) == set(g)
    head = (tmp_path / "graph.ttl").read_text(encoding="utf-8")
    for prefix in ("pkg", "dcterms", "skos", "org", "prov", "xsd", "rdfs", "owl"):
        assert f"@prefix {prefix}: " in head
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_write_is_atomic_when_serialisation_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import rdf_oracle as rdf

    (tmp_path / "graph.ttl").write_text("old complete graph\n", encoding="utf-8")

    def broken(g: Graph, fh: object) -> None:
        fh.write(b"@prefix pkg: <https://w3id.org/policykg#> .\n<half")  # type: ignore[attr-defined]
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(rdf, "_write_sorted_nt", broken)
    g1, _ = build_graph([fakes.doc_tiny()])
    with pytest.raises(GraphBuildError, match="disk on fire"):
        write_graph(g1, tmp_path)
    assert (tmp_path / "graph.ttl").read_text(encoding="utf-8") == "old complete graph\n"
    assert not (tmp_path / "graph.nt").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.ttl"]  # no temp files left behind


def test_write_into_a_fresh_folder_leaves_nothing_on_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import rdf_oracle as rdf

    def broken(g: Graph, fh: object) -> None:
        raise ValueError("cannot serialise")

    monkeypatch.setattr(rdf, "_write_turtle", broken)
    out = tmp_path / "out"
    with pytest.raises(GraphBuildError):
        write_graph(build_graph([fakes.doc_tiny()])[0], out)
    assert list(out.iterdir()) == []


# --------------------------------------------------------------------------- golden


def test_golden_tiny_document() -> None:
    """tests/graph/golden/tiny.ttl was reviewed by hand against doc_tiny(); never regenerate it blindly."""
    g1, _ = build_graph([fakes.doc_tiny()])
    golden = Graph().parse(GOLDEN / "tiny.ttl", format="turtle")
    if not isomorphic(g1, golden):
        a, b = to_isomorphic(g1), to_isomorphic(golden)
        missing = sorted(f"{t}" for t in b - a)
        extra = sorted(f"{t}" for t in a - b)
        pytest.fail(f"graph differs from golden\nmissing: {missing}\nunexpected: {extra}")


def test_range_target_has_value_max_and_kind() -> None:
    """Issue 12: a range (3万元-5万元) is one target with pkg:value (lower) and pkg:valueMax; money given per
    recipient is kind policy_amount."""
    from dataclasses import replace

    doc = fakes.doc_tiny()
    t0 = doc.measures[0].targets[0]
    doc.measures[0].targets[0] = replace(
        t0, value=Decimal(3), value_max=Decimal(5), unit="万元", kind="policy_amount"
    )
    g, _ = build_graph([doc])
    (t,) = set(g.subjects(RDF.type, PKG.Target))
    assert g.value(t, PKG.value).toPython() == Decimal(3)
    assert g.value(t, PKG.valueMax).toPython() == Decimal(5)
    assert str(g.value(t, PKG.targetKind)) == "policy_amount"
