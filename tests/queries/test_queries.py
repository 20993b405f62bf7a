"""Named queries on the embedded store, checked against facts worked out by hand from the fixture graph
(see conftest.py's docstring), never against a query's own output."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from qkg import (  # type: ignore[import-not-found]
    AI,
    D2,
    D3,
    GX,
    HG,
    HR,
    IC,
    JD,
    JY,
    M1,
    M1_TEXT,
    M2,
    M2_TEXT,
    M3,
    RC,
    SP,
    T0,
    T1,
    T2,
    T3,
    YJ,
    YT,
    counts,
)

from policykg.errors import QueryError
from policykg.queries import library as L
from policykg.queries.resolve import AmbiguousNameError, UnknownNameError, candidates, resolve

pytestmark = pytest.mark.integration


def run(store: Any, name: str, **params: Any) -> list[dict[str, Any]]:
    return L.run_named(store, name, params).rows


def test_unit_industries_direct_and_via_system(kg_store: Any) -> None:
    got = {(r["_unit"], r["_industry"], r["via"]) for r in run(kg_store, "unit-industries")}
    direct = {(JY, AI), (RC, AI), (RC, IC), (GX, AI), (GX, IC), (YT, JD), (YJ, JD)}
    via_10_1 = {(u, i) for u in (JY, RC) for i in (AI, IC, JD, HG, SP)}  # M1 targets the whole "10+1"
    via_5_5_7 = {(u, i) for u in (YT, YJ) for i in (JD, SP)}  # M3 targets "5+5+7"
    expected = (
        {(u, i, "direct") for u, i in direct}
        | {(u, i, "system:10+1") for u, i in via_10_1}
        | {(u, i, "system:5+5+7") for u, i in via_5_5_7}
    )
    assert got == expected


def test_unit_industries_counts_and_leads(kg_store: Any) -> None:
    rows = {(r["_unit"], r["_industry"], r["via"]): r for r in run(kg_store, "unit-industries")}
    assert rows[(RC, AI, "direct")]["measures"] == 2  # M1 and M2 both name 人工智能
    assert rows[(RC, AI, "direct")]["leadsAny"] is False
    assert rows[(JY, HG, "system:10+1")]["leadMeasures"] == 1  # JY leads M1
    assert rows[(GX, IC, "direct")]["leadsAny"] is True
    assert rows[(YJ, JD, "direct")]["leadsAny"] is False  # M3 has no lead
    assert rows[(GX, IC, "direct")]["documents"] == ["关于强化人才引领支撑赋能创新型产业体系建设实施方案"]


def test_unit_industries_filter_is_script_insensitive(kg_store: Any) -> None:
    rows = run(kg_store, "unit-industries", unit="人才開發處", industry="積體電路")
    assert {(r["_unit"], r["_industry"], r["via"]) for r in rows} == {
        (RC, IC, "direct"),
        (RC, IC, "system:10+1"),
    }


@pytest.mark.parametrize("name", ["人工智能", "人工智慧", "人工 智能"])
def test_industry_owners_any_script(kg_store: Any, name: str) -> None:
    rows = run(kg_store, "industry-owners", industry=name)
    assert {(r["_unit"], r["via"]) for r in rows} == {
        (JY, "direct"),
        (RC, "direct"),
        (GX, "direct"),
        (JY, "system:10+1"),
        (RC, "system:10+1"),
    }
    assert rows[0]["leadMeasures"] == 1  # leads first


def test_industry_owners_traditional_input(kg_store: Any) -> None:
    rows = run(kg_store, "industry-owners", industry="智能家電")
    assert {(r["_unit"], r["via"]) for r in rows} == {
        (YT, "direct"),
        (YJ, "direct"),
        (YT, "system:5+5+7"),
        (YJ, "system:5+5+7"),
        (JY, "system:10+1"),
        (RC, "system:10+1"),
    }


def test_unit_profile(kg_store: Any) -> None:
    rows = run(kg_store, "unit-profile", unit="人才開發處")
    assert [r["number"] for r in rows] == ["1", "2"]
    assert all(r["lead"] is False for r in rows)
    assert rows[0]["coResponsible"] == ["就业处"] and rows[1]["coResponsible"] == ["青岛市工业和信息化局"]
    assert rows[1]["industries"] == sorted(["人工智能", "集成电路"])
    assert rows[0]["targets"][0]["value"] == 20000 and rows[0]["targets"][0]["year"] == 2025
    assert rows[0]["parents"] == ["青岛市人力资源和社会保障局"] and rows[0]["children"] == []
    assert all(r["totalMeasures"] == 2 and r["totalLead"] == 0 for r in rows)
    assert [r["number"] for r in run(kg_store, "unit-profile", unit="人才開發處", all="true")] == ["1", "2"]
    # QA: `policykg unit 宜兴市税务局` printed only "税务局": the profile names the unit's region
    assert run(kg_store, "unit-profile", unit="烟台市/就业处")[0]["region"] == "烟台市"
    bureau = run(kg_store, "unit-profile", unit="青岛市人力资源和社会保障局")
    assert bureau[0]["children"] == sorted(["就业处", "人才开发处"]) and bureau[0]["measure"] is None


def test_unit_profile_shows_the_summary_examples_unless_all(fresh_store: Any) -> None:
    # a build names at most ten example measures per unit; here the unit's summary names only M2
    fresh_store.run("MATCH (u:Unit {iri: $u}) SET u.evidenceIri = [$m]", {"u": RC, "m": M2}, write=True)
    assert [r["_evidence"] for r in run(fresh_store, "unit-profile", unit="人才开发处")] == [M2]
    assert [r["_evidence"] for r in run(fresh_store, "unit-profile", unit="人才开发处", all="true")] == [
        M1,
        M2,
    ]


def test_unit_profile_of_a_graph_without_unit_examples_lists_every_measure(fresh_store: Any) -> None:
    # a store built before units carried their first measures: the profile must not claim the unit has none
    fresh_store.run("MATCH (u:Unit) REMOVE u.evidenceIri", {}, write=True)
    rows = run(fresh_store, "unit-profile", unit="人才开发处")
    assert [r["_evidence"] for r in rows] == [M1, M2]
    assert all(r["totalMeasures"] == 2 for r in rows)


def test_unit_workload_ranking(kg_store: Any) -> None:
    rows = run(kg_store, "unit-workload")
    assert rows[0]["_unit"] == RC and rows[0]["measures"] == 2 and rows[0]["targets"] == 2
    by = {r["_unit"]: r for r in rows}
    assert by[GX]["leadMeasures"] == 1 and by[YT]["leadMeasures"] == 0
    assert HR not in by  # no measure names the bureau itself
    # QA: two 税务局 in a real mix could not be told apart in `policykg units`: each row names its region
    assert list(rows[0])[:2] == ["unit", "region"] and by[YJ]["region"] == "烟台市"
    assert [r["_unit"] for r in rows[1:3]] == sorted(
        [JY, GX], key=lambda u: by[u]["unit"]
    )  # 1 measure + 1 lead


def test_system_coverage_gaps(kg_store: Any) -> None:
    rows = run(kg_store, "system-coverage", system="10+1")
    assert {r["_industry"] for r in rows} == {AI, IC, JD, HG, SP}
    gaps = {r["_industry"] for r in rows if r["gap"]}
    assert gaps == {HG, SP}
    by = {r["_industry"]: r for r in rows}
    assert by[AI]["owners"] == sorted(["就业处", "人才开发处", "青岛市工业和信息化局"])
    assert by[AI]["categories"] == ["新一代信息技术"] and by[AI]["targets"] == 2
    assert by[SP]["viaSystemOwners"] == sorted(["就业处", "人才开发处"])
    only = run(kg_store, "system-coverage", system="“10+1”创新型产业体系", gapsOnly="true")
    assert {r["_industry"] for r in only} == {HG, SP}


def test_system_coverage_of_a_graph_without_ownership_system_iris(fresh_store: Any) -> None:
    # a store built before ownerships carried pkg:systemIri: the via-system owners come from the system's code
    before = run(fresh_store, "system-coverage", system="10+1")
    assert any(r["viaSystemOwners"] for r in before)
    fresh_store.run("MATCH (o:Ownership) REMOVE o.systemIri", {}, write=True)
    assert run(fresh_store, "system-coverage", system="10+1") == before


@pytest.mark.parametrize(
    "params,indicators",
    [
        # in the order of the targets' IRIs (T0 < T1 < T2 of D1, then T3 of D3): the paging key
        ({}, ["青年人才", "新增高技能人才", "引进博士", "培育企業"]),
        ({"year": 2026}, ["引进博士"]),
        ({"keyword": "高技能"}, ["新增高技能人才"]),
        ({"keyword": "企业"}, ["培育企業"]),  # Simplified keyword finds a Traditional indicator
        ({"region": "烟台"}, ["培育企業"]),
        ({"unit": "工業和信息化"}, ["引进博士"]),
        ({"document": "青人社字"}, ["青年人才", "新增高技能人才", "引进博士"]),
    ],
)
def test_targets_filters(kg_store: Any, params: dict[str, Any], indicators: list[str]) -> None:
    assert [r["indicator"] for r in run(kg_store, "targets", **params)] == indicators


def test_targets_page_by_page(kg_store: Any) -> None:
    first = L.run_named(kg_store, "targets", {"limit": 2})
    assert [r["_evidence"] for r in first.rows] == [T0, T1] and first.next_after == T1
    rest = L.run_named(kg_store, "targets", {"limit": 2, "after": first.next_after})
    assert [r["_evidence"] for r in rest.rows] == [T2, T3] and rest.next_after is None
    every = L.run_named(kg_store, "targets", {"limit": 1}, all_rows=True)
    assert [r["_evidence"] for r in every.rows] == [T0, T1, T2, T3] and every.next_after is None


def test_tasks_page_by_page(kg_store: Any) -> None:
    first = L.run_named(kg_store, "tasks", {"limit": 1})
    assert [r["_evidence"] for r in first.rows] == [M1] and first.next_after == M1
    assert first.rows[0]["leadUnits"] == ["就业处"] and first.rows[0]["coResponsible"] == ["人才开发处"]
    rest = L.run_named(kg_store, "tasks", {"after": M1})
    assert [r["_evidence"] for r in rest.rows] == [M2, M3] and rest.next_after is None
    assert [r["_evidence"] for r in L.run_named(kg_store, "tasks", {"unit": "工業和信息化"}).rows] == [M2]


def test_targets_carry_source_and_lead(kg_store: Any) -> None:
    row = run(kg_store, "targets", year=2026)[0]
    assert row["value"] == 500 and row["comparator"] == ">=" and row["unitOfMeasure"] == "人"
    assert row["clause"] == "2" and row["leadUnits"] == ["青岛市工业和信息化局"]
    assert row["sourceText"] == "面向人工智能、集成电路产业引进博士500人以上"


def test_co_responsibility_pairs(kg_store: Any) -> None:
    rows = run(kg_store, "co-responsibility")
    assert {frozenset((r["_a"], r["_b"])): r["shared"] for r in rows} == {
        frozenset((JY, RC)): 1,
        frozenset((GX, RC)): 1,
        frozenset((YT, YJ)): 1,
    }
    assert run(kg_store, "co-responsibility", minShared=2) == []


def test_dependencies_of_document(kg_store: Any) -> None:
    rows = run(kg_store, "dependencies", node="青人社字〔2025〕9号", depth=1)
    got = {(r["direction"], r["_node"]) for r in rows}
    assert ("dependsOn", D2) in got  # D1 cites D2
    assert {("dependedOnBy", M1), ("dependedOnBy", M2)} <= got  # its measures implement it
    assert {("reaches", AI), ("reaches", IC)} <= got
    assert ("dependedOnBy", M3) not in got


def test_dependencies_of_unit_depth(kg_store: Any) -> None:
    rows = run(kg_store, "dependencies", node="人才开发处", depth=1)
    got = {(r["direction"], r["_node"]) for r in rows}
    assert ("dependsOn", HR) in got
    assert {("sharesMeasuresWith", JY), ("sharesMeasuresWith", GX)} <= got
    assert {("dependedOnBy", M1), ("dependedOnBy", M2)} <= got
    with pytest.raises(QueryError, match="1..4"):
        run(kg_store, "dependencies", node="人才开发处", depth=9)


def test_path_between_unit_and_industry(kg_store: Any) -> None:
    rows = run(kg_store, "path", source="人才开发处", target="食品饮料")
    assert len(rows) == 1 and rows[0]["hops"] == 3  # unit <- measure -> system -> member: one of them
    assert rows[0]["route"][0] == "Unit:人才开发处" and rows[0]["route"][-1] == "Industry:食品饮料"


def test_path_with_ambiguous_name_lists_candidates(kg_store: Any) -> None:
    with pytest.raises(AmbiguousNameError) as info:
        run(kg_store, "path", source="就业处", target="人工智能")
    assert {c.iri for c in info.value.candidates} == {JY, YJ}
    assert "青岛市人力资源和社会保障局" in str(info.value)


@pytest.mark.parametrize(
    "text,measures",
    [
        ("高技能 人才", {M1}),
        ("人工智能", {M1, M2}),
        ("智能家电", {M3}),  # the measure is written in Traditional
        ("“5+5+7”", {M3}),  # full-width quotes fold to ASCII on both sides
        ("支持 不存在的词", set()),
    ],
)
def test_search(kg_store: Any, text: str, measures: set[str]) -> None:
    assert {r["_evidence"] for r in run(kg_store, "search", text=text)} == measures


def test_evidence_quotes_the_clause(kg_store: Any) -> None:
    res = L.run_named(
        kg_store, "unit-industries", {"unit": "工业和信息化局", "industry": "集成电路"}, evidence=True
    )
    assert res.columns[-1] == "evidence"
    (row,) = res.rows
    assert row["evidence"] == [
        {"document": "关于强化人才引领支撑赋能创新型产业体系建设实施方案", "clause": "2", "quote": M2_TEXT}
    ]
    res = L.run_named(kg_store, "unit-profile", {"unit": "人才开发处"}, evidence=True)
    assert res.rows[0]["evidence"][0]["quote"] == M1_TEXT


# --------------------------------------------------------------------------- names


def test_resolve_exact_alias_and_script(kg_store: Any) -> None:
    assert resolve(kg_store, "市工業和信息化局").iri == GX
    assert resolve(kg_store, "智能家電", kinds=["industry"]).iri == JD
    assert resolve(kg_store, "10+1", kinds=["system"]).kind == "system"


def test_resolve_prefers_exact_over_contains(kg_store: Any) -> None:
    # "人工智能" is contained in no other name here, but "就业处" is in 市就业处's keys too: exact wins only if unique
    assert len(candidates(kg_store, "就业处", ["unit"])) == 2
    with pytest.raises(AmbiguousNameError):
        resolve(kg_store, "就業處", kinds=["unit"])


def test_units_with_the_same_name_are_selectable(kg_store: Any) -> None:
    # issue 14: two 就业处 (青岛's division, 烟台's) could not be selected by any name; each candidate now shows
    # a name that selects it, PARENT/NAME or REGION/NAME
    with pytest.raises(AmbiguousNameError) as info:
        resolve(kg_store, "就业处", kinds=["unit"])
    shown = str(info.value)
    assert "青岛市人力资源和社会保障局/就业处 (unit)" in shown and "就业处 (unit, 烟台市)" in shown
    assert resolve(kg_store, "青岛市人力资源和社会保障局/就业处", kinds=["unit"]).iri == JY
    assert resolve(kg_store, "烟台市/就业处", kinds=["unit"]).iri == YJ
    assert (
        resolve(kg_store, "青岛/就業處", kinds=["unit"]).iri == JY
    )  # either script, a part of the qualifier
    with pytest.raises(UnknownNameError):
        resolve(kg_store, "北京市/就业处", kinds=["unit"])


def test_a_short_form_from_the_lexicon_resolves(kg_store: Any) -> None:
    # issue 14: the help's own example 市人社局 (a short form units.toml gives 青岛市人力资源和社会保障局) did not resolve
    assert resolve(kg_store, "市人社局", kinds=["unit"]).iri == HR


def test_unknown_name_suggests_closest(kg_store: Any) -> None:
    with pytest.raises(UnknownNameError) as info:
        resolve(kg_store, "人工智障", kinds=["industry"])
    assert info.value.suggestions and info.value.suggestions[0].iri == AI
    assert info.value.exit_code == 2


# --------------------------------------------------------------------------- injection

INJECTIONS = ["') DETACH DELETE n //", "}]->(x) RETURN x", "x' OR 1=1 //", "$unit", "`Unit`) DELETE (n"]


@pytest.mark.parametrize("evil", INJECTIONS)
def test_injection_strings_change_nothing(fresh_store: Any, evil: str) -> None:
    before = counts(fresh_store)
    for name, params in [
        ("unit-industries", {"unit": evil, "industry": evil}),
        ("targets", {"keyword": evil, "region": evil, "unit": evil, "document": evil}),
        ("search", {"text": evil}),
        ("co-responsibility", {"unit": evil}),
        ("tasks", {"document": evil, "unit": evil}),
    ]:
        assert L.run_named(fresh_store, name, params).rows == []
    for name, key in [
        ("unit-profile", "unit"),
        ("industry-owners", "industry"),
        ("dependencies", "node"),
        ("system-coverage", "system"),
    ]:
        with pytest.raises((UnknownNameError, AmbiguousNameError)):
            L.run_named(fresh_store, name, {key: evil})
    with pytest.raises(QueryError):
        L.run_named(fresh_store, evil, {})
    with pytest.raises(QueryError):
        L.run_named(fresh_store, "unit-workload", {evil: "1"})
    assert counts(fresh_store) == before


def test_cypher_is_read_only_without_write(fresh_store: Any) -> None:
    before = counts(fresh_store)
    with pytest.raises(QueryError, match="--write"):
        L.run_cypher(fresh_store, "MATCH (n) DETACH DELETE n")
    res = L.run_cypher(
        fresh_store,
        "MATCH (u:Unit) WHERE u.matchKey CONTAINS $q RETURN u.iri AS iri",
        {"q": "') DETACH DELETE n //"},
    )
    assert res.rows == []
    assert counts(fresh_store) == before
    L.run_cypher(fresh_store, "MATCH (r:Region {label: $l}) SET r.note = $l", {"l": "青岛市"}, write=True)
    assert L.run_cypher(
        fresh_store, "MATCH (r:Region) WHERE r.note IS NOT NULL RETURN count(r) AS c"
    ).rows == [{"c": 1}]


def test_a_page_shows_numbers_in_their_natural_order() -> None:
    rows = [
        {"_k": f"https://w3id.org/policykg/id/doc/d/measure/{n}"} for n in (1, 10, 11, 12, 2, 3)
    ]  # the engine's code-point order
    rows.sort(key=lambda r: L._natural_key(r["_k"]))
    assert [r["_k"].rsplit("/", 1)[1] for r in rows] == ["1", "2", "3", "10", "11", "12"]
    assert L._natural_key("doc/a10") > L._natural_key("doc/a9") > L._natural_key("doc/a")


@pytest.mark.integration
def test_tasks_of_a_document_with_ten_or_more_measures_come_in_document_order(tmp_path: Path) -> None:
    from policykg import pipeline

    lines = ["关于推进就业服务的实施方案", "一、主要举措"]
    lines += [
        f"{n}.开展第{n}项工作。举办活动{n}场次以上。(责任单位:市人力资源和社会保障局)" for n in range(1, 13)
    ]
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "plan.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    pipeline.build([tmp_path / "in"], tmp_path / "out", progress=False)
    with closing(L.open_store("embedded", tmp_path / "out")) as store:  # the default engine's
        page = L.run_named(store, "tasks", {"limit": 100})
        first = L.run_named(store, "tasks", {"limit": 5})
        second = L.run_named(store, "tasks", {"limit": 5, "after": first.next_after})
        targets = L.run_named(store, "targets", {"limit": 3})
    assert [r["number"] for r in page.rows] == [str(n) for n in range(1, 13)]
    # regression (issue 14): pages follow document order, not the code-point order of IRIs (1, 10, 11, 12, 2)
    assert [r["number"] for r in first.rows] == ["1", "2", "3", "4", "5"]
    assert [r["number"] for r in second.rows] == ["6", "7", "8", "9", "10"]
    assert [r["clause"] for r in targets.rows] == ["1", "2", "3"]


@pytest.mark.integration
def test_an_untitled_document_shows_its_first_heading_and_matches_title_words(tmp_path: Path) -> None:
    """Regression (issue 14): an untitled document was shown by its file name; --document matched one string."""
    from policykg import pipeline

    (tmp_path / "in").mkdir()
    untitled = "一、重點任務\n1.舉辦招聘活動20場以上。(責任單位:市人力資源和社會保障局)\n"
    titled = "关于推进就业服务的实施方案\n一、主要举措\n1.开展培训3000人次。(责任单位:市教育局)\n"
    (tmp_path / "in" / "a.txt").write_text(untitled, encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text(titled, encoding="utf-8")
    pipeline.build([tmp_path / "in"], tmp_path / "out", progress=False)
    with closing(L.open_store("embedded", tmp_path / "out")) as store:  # the default engine's
        rows = L.run_named(store, "tasks", {"limit": 10}).rows
        words = L.run_named(store, "tasks", {"document": "就业 方案"}).rows
        heading = L.run_named(store, "targets", {"document": "重点任务"}).rows
        none = L.run_named(store, "tasks", {"document": "就业 招聘"}).rows
    assert sorted(r["document"] for r in rows) == ["一、重點任務", "关于推进就业服务的实施方案"]
    assert [r["document"] for r in words] == ["关于推进就业服务的实施方案"]  # every word, in either order
    assert [r["document"] for r in heading] == ["一、重點任務"]  # Simplified words find a Traditional heading
    assert none == []


@pytest.mark.integration
def test_the_evidence_of_an_untitled_document_names_it_by_its_first_heading(tmp_path: Path) -> None:
    """Regression (issue 14, second walk): `industry X --evidence` on an untitled document quoted
    “1: …” with no document (the evidence lookup read the title only)."""
    from policykg import pipeline

    (tmp_path / "in").mkdir()
    text = "一、重點任務\n1.舉辦招聘活動20場以上。(責任單位:市人力資源和社會保障局)\n"
    (tmp_path / "in" / "a.txt").write_text(text, encoding="utf-8")
    pipeline.build([tmp_path / "in"], tmp_path / "out", progress=False)
    with closing(L.open_store("embedded", tmp_path / "out")) as store:  # the default engine's
        tasks = L.run_named(store, "tasks", {"limit": 10}, evidence=True).rows
        targets = L.run_named(store, "targets", {"limit": 10}, evidence=True).rows
    quoted = [e for r in [*tasks, *targets] for e in r["evidence"]]
    assert quoted and {e["document"] for e in quoted} == {"一、重點任務"}


@pytest.mark.parametrize("name", ["智能家电", "智能家電"])
def test_industry_documents_direct_and_through_no_system(kg_store: Any, name: str) -> None:
    """pkg:aboutIndustry: D3 as a whole is about 智能家电; D1 and D2 are not (their measures name it, or their
    systems hold it, but no document is about those systems)."""
    rows = run(kg_store, "industry-documents", industry=name)
    assert [(r["_document"], r["via"]) for r in rows] == [(D3, "direct")]


@pytest.mark.integration
def test_an_untitled_document_is_named_by_issuer_date_and_telling_heading(tmp_path: Path) -> None:
    """Regression (issue 14, third walk): samples/003 was listed as “一、指导思想”. It is now named by its issuer,
    date and first telling heading, and `--document` finds it by any of those words or its first heading's."""
    from policykg import pipeline

    (tmp_path / "in").mkdir()
    text = (
        "一、指導思想\n以新發展理念為指導。\n二、主要任務\n(一)打造優質就業環境\n"
        "1.舉辦招聘活動20場以上。(責任單位:區人力資源和社會保障局)\n青島西海岸新區管委\n2023年1月19日\n"
    )
    (tmp_path / "in" / "a.txt").write_text(text, encoding="utf-8")
    pipeline.build([tmp_path / "in"], tmp_path / "out", progress=False)
    with closing(L.open_store("embedded", tmp_path / "out")) as store:  # the default engine's
        rows = L.run_named(store, "tasks", {"limit": 10}).rows
        by_words = L.run_named(store, "tasks", {"document": "管委 就业环境"}).rows
        by_heading = L.run_named(store, "tasks", {"document": "指导思想"}).rows
    assert {r["document"] for r in rows} == {"青島西海岸新區管委 2023-01-19 · 打造優質就業環境"}
    assert len(by_words) == len(by_heading) == len(rows) == 1


def test_verbose_logs_each_query_with_its_row_count(kg_store: Any, caplog: Any) -> None:
    """Regression: ``policykg -v`` logged nothing for a question (no rows, no time)."""
    import logging

    with caplog.at_level(logging.INFO, logger="policykg.queries.library"):
        rows = L.run_named(kg_store, "unit-workload", {}).rows
    assert any(f"query unit-workload: {len(rows)} rows in " in m for m in caplog.messages)
