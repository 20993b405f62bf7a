"""End to end on the five samples: build (with the embedded store), validate, and ask the planners' questions.

Every expectation below was read off the sample texts by a person (quoted in the comments), not taken from
policykg's own output.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from policykg import pipeline

SAMPLES = Path(__file__).resolve().parents[1] / "samples"

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("e2e") / "out"
    info = pipeline.build([SAMPLES], out, load_store=True)
    assert info.documents == 5 and not info.skipped
    return out


@pytest.fixture(scope="module")
def store(built: Path) -> Iterator[Any]:
    from policykg.queries import library

    st = library.open_store("embedded", built)  # the default engine's store (LadybugDB since round 24)
    yield st
    st.close()


def _rows(store: Any, name: str, **params: Any) -> list[dict[str, Any]]:
    from policykg.queries import library

    return library.run_named(store, name, params).rows


def test_every_measure_quotes_the_saved_text(built: Path) -> None:
    from rdflib import Graph, Namespace

    pkg = Namespace("https://w3id.org/policykg#")
    g = Graph()
    g.parse(built / "graph.nt")
    texts = {p.stem: p.read_text(encoding="utf-8") for p in (built / "text").glob("*.txt")}
    measures = list(g.subjects(predicate=None, object=pkg.Measure))
    assert len(measures) == 14 + 15 + 30 + 40 + 29  # counted by hand in each sample
    for m in measures:
        doc = g.value(m, pkg.inDocument)
        stem = str(g.value(doc, pkg.sourceFile)).rsplit(".", 1)[0]
        start, end = int(g.value(m, pkg.charStart)), int(g.value(m, pkg.charEnd))
        assert texts[stem][start:end] == str(g.value(m, pkg.text))


def test_sample_graph_conforms_to_the_shapes(built: Path) -> None:
    from policykg.graph.rdf.validate import validate_path

    result = validate_path(built)
    assert result.conforms, result.as_dict()


def test_direct_ownership_from_named_industries(store: Any) -> None:
    # 000 measure 1: "实施新一代信息技术、人工智能、…、智能家电等重点产业就业支撑专项行动 (责任处室:就业处、就业人才中心)"
    rows = _rows(store, "unit-industries", unit="就业处")
    direct = {(r["unit"], r["industry"]) for r in rows if r["via"] == "direct"}
    assert ("就业处", "智能家电") in direct
    assert ("就业处", "人工智能") in direct
    rows = _rows(store, "unit-industries", industry="人工智能")
    assert ("青岛市公共就业和人才服务中心", "人工智能", "direct") in {
        (r["unit"], r["industry"], r["via"]) for r in rows
    }
    # 002 measure 11 (Shandong): "围绕人工智能、物联网、…数字技术技能领域 (责任单位:专技处、职业能力处)"
    assert ("职业能力处", "人工智能", "direct") in {(r["unit"], r["industry"], r["via"]) for r in rows}


def test_ownership_via_system_is_flagged(store: Any) -> None:
    # 000 measure 2 targets "10+1"重点产业 as a whole (责任处室:人才开发处、…); 低空经济 is a member of "10+1"
    # (reference: 新兴产业) that no 人才开发处 measure names.
    rows = [r for r in _rows(store, "unit-industries", unit="人才开发处") if r["industry"] == "低空经济"]
    assert rows and {r["via"] for r in rows} == {"system:10+1"}


def test_lead_units_of_a_stated_rule(store: Any) -> None:
    # 003 main text measure 1: "责任单位:区发展和改革局、…(排第一位的为牵头单位,下同)" and it names 智能家电
    rows = _rows(store, "industry-owners", industry="智能家電")  # Traditional input, Simplified graph
    # the short 区… name is the West Coast district's bureau
    lead = [r for r in rows if r["unit"] == "青岛西海岸新区发展和改革局" and r["via"] == "direct"]
    assert lead and lead[0]["leadMeasures"] >= 1


def test_divisions_are_scoped_by_their_bureau(store: Any) -> None:
    # 职建处 (000, Qingdao) is 职业能力建设处 of 青岛市人力资源和社会保障局; Shandong's 职业能力处 (002) is another body
    rows = _rows(store, "unit-profile", unit="职建处")
    assert {r["unit"] for r in rows} == {"职业能力建设处"}
    assert {p for r in rows for p in r["parents"]} == {"青岛市人力资源和社会保障局"}


def test_gaps_of_10_plus_1(store: Any) -> None:
    rows = _rows(store, "system-coverage", system="10+1")
    by_industry = {r["industry"]: r for r in rows}
    assert by_industry["智能家电"]["gap"] is False  # named by 000 measure 1
    assert by_industry["智能装备"]["gap"] is True  # a "10+1" member no sample measure names
    for r in rows:  # regression: units reaching a member through the system were listed once per measure
        assert len(r["viaSystemOwners"]) == len(set(r["viaSystemOwners"]))


def test_each_target_is_listed_once_with_its_measure(store: Any) -> None:
    rows = _rows(store, "targets", keyword="高技能", year=2025)
    # regression: a target held by a measure was listed twice (once through the document)
    assert len({r["_evidence"] for r in rows}) == len(rows)
    # 000 measure 5: "年度新增高技能人才2萬人以上。(責任處室:職建處、研究促進中心)"
    m5 = [r for r in rows if r["clause"] == "5" and r["value"] == 20000]
    assert len(m5) == 1
    assert set(m5[0]["units"]) == {"职业能力建设处", "青岛市人力资源发展研究与促进中心"}
    assert m5[0]["comparator"] == ">=" and m5[0]["unitOfMeasure"] == "人"


def test_chip_finds_the_integrated_circuit_owners_through_the_shared_code(store: Any) -> None:
    """Issue 12: 芯片 and 集成电路 meet at GB/T 4754-2017 3973/6520 (skos:exactMatch), so asking for 芯片 lists
    the units that own 集成电路 too."""
    ic = {(r["unit"], r["industry"]) for r in _rows(store, "industry-owners", industry="集成电路")}
    chip = {(r["unit"], r["industry"]) for r in _rows(store, "industry-owners", industry="芯片")}
    assert ic and ic <= chip


def test_ownership_rolls_up_to_a_class_level(store: Any) -> None:
    rows = _rows(store, "unit-classes", level="大类")
    assert any(r["code"] == "39" and r["class"] == "计算机、通信和其他电子设备制造业" for r in rows)
    owners = _rows(store, "class-owners", industry="芯片", level="大类")
    assert {r["industry"] for r in owners if r["code"] == "39"} >= {"集成电路"}


def test_documents_about_an_industry_through_their_system(store: Any) -> None:
    """Document-level industries reach the store (pkg:aboutIndustry / pkg:aboutSystem): sample 000 is about the
    "10+1" system as a whole (更好服务"10+1"创新型产业体系 in its preamble) and 003 about "5+5+7" (its 产业体系
    paragraph lists 人工智能 among 五大新兴产业); sample 002 names 人工智能 only in a measure, so it is not about
    it."""
    rows = _rows(store, "industry-documents", industry="人工智能")
    assert rows and all(r["industry"] == "人工智能" for r in rows)
    assert {r["via"] for r in rows} == {"system:10+1", "system:5+5+7"}
    files = {r["_document"].rsplit("/", 1)[-1] for r in rows}
    assert any("000" in f for f in files) and any("003" in f for f in files)
    assert not any("002" in f for f in files)
