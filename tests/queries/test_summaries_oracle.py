"""The summary-based reports give the same answers as the traversals they replaced.

``oracle/*.cypher`` are the earlier versions of six named queries, which aggregate over every measure at query
time. They are the reference: on real builds (the five samples, and synthetic documents shaped like them) the
shipped queries, which read the build's ``Coordination``/``Ownership`` nodes and count properties, must return
the same rows. Evidence lists are bounded by ``summaries.EXAMPLES``: the shipped rows quote a prefix-sized
subset of the oracle's measures (and documents), never anything else.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from policykg import pipeline
from policykg.graph.rdf.summaries import EXAMPLES
from policykg.queries import library

ROOT = Path(__file__).resolve().parents[2]
ORACLE = Path(__file__).resolve().parent / "oracle"
LISTS = {"_evidence", "documents"}  # capped at EXAMPLES in the summaries; compared as sets

pytestmark = pytest.mark.integration


def _synth_corpus(folder: Path, n: int) -> Path:
    spec = importlib.util.spec_from_file_location("pkg_bench_synth", ROOT / "bench" / "synth.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    mod.generate(n, folder)
    return folder


@pytest.fixture(scope="module", params=["samples", "synthetic"])
def store(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    from policykg.graph.store.embedded import EmbeddedStore
    from policykg.graph.store.pgraph import element_batches_from_ntriples

    tmp = tmp_path_factory.mktemp(f"oracle-{request.param}")
    inputs = ROOT / "samples" if request.param == "samples" else _synth_corpus(tmp / "in", 40)
    info = pipeline.build([inputs], tmp / "out", load_store=False)
    assert info.documents >= 5 and info.measures > 0
    st = EmbeddedStore(tmp / "out" / "store")
    st.load_batches(element_batches_from_ntriples(tmp / "out" / "graph.nt"))
    yield st
    st.close()


def _pick(store: Any) -> dict[str, Any]:
    def first(cypher: str) -> Any:
        rows = store.run(cypher, {})
        return rows[0]["x"] if rows else None

    return {
        "industry": first(
            "MATCH (i:Industry)<-[:CONCERNS_INDUSTRY]-(m:Measure) RETURN i.iri AS x, count(m) AS n "
            "ORDER BY n DESC, x LIMIT 1"
        ),
        "system": first(
            "MATCH (s:IndustrySystem)-[:HAS_MEMBER|HAS_CATEGORY]->() RETURN s.iri AS x, count(*) AS n "
            "ORDER BY n DESC, x LIMIT 1"
        ),
    }


def _same(name: str, new: list[dict[str, Any]], old: list[dict[str, Any]]) -> None:
    assert len(new) == len(old), f"{name}: {len(new)} rows, oracle {len(old)}"
    assert new, f"{name}: no rows: the comparison would prove nothing"
    for a, b in zip(new, old, strict=True):
        capped = {k for k in LISTS & a.keys() if isinstance(a[k], list) or isinstance(b[k], list)}
        assert {k: v for k, v in a.items() if k not in capped} == {
            k: v for k, v in b.items() if k not in capped
        }
        for col in capped:
            got, full = a[col] or [], b[col] or []
            assert set(got) <= set(full), f"{name}: {col} {got} not within {full}"
            assert len(set(got)) == min(len(set(full)), EXAMPLES), f"{name}: {col} {got} vs {full}"


@pytest.mark.parametrize(
    "name, params",
    [
        ("co-responsibility", {}),
        ("unit-industries", {}),
        ("industries", {}),
        ("unit-workload", {}),
        ("industry-owners", {"industry": "industry"}),
        ("system-coverage", {"system": "system"}),
        ("system-coverage", {"system": "system", "gapsOnly": True}),
    ],
)
def test_summary_query_matches_traversal(store: Any, name: str, params: dict[str, Any]) -> None:
    picked = _pick(store)
    bound = {k: (picked[v] if isinstance(v, str) and v in picked else v) for k, v in params.items()}
    if any(v is None for v in bound.values()):
        pytest.skip(f"the build has no {sorted(bound)} to ask about")
    new = library.run_named(store, name, bound).rows
    old = library.run_named(store, name, bound, directory=ORACLE).rows
    if name == "system-coverage" and params.get("gapsOnly") and not old:
        return  # no gaps in this build: both empty is the answer
    _same(name, new, old)


def test_graph_without_summaries_is_refused_not_answered_empty(tmp_path: Path, small_pg: Any) -> None:
    """Regression: a graph loaded by an older policykg (no summaries) made `policykg units` print nothing."""
    from policykg.errors import QueryError
    from policykg.graph.store.embedded import EmbeddedStore

    with EmbeddedStore(tmp_path / "store") as st:
        st.load(small_pg())
        with pytest.raises(QueryError, match="rebuild"):
            library.run_named(st, "unit-workload", {})
        assert library.run_named(st, "targets", {}).rows  # queries over the facts still answer


def test_document_industries_match_traversal(store: Any) -> None:
    """The per-document summary lists regroup the oracle's (document, industry, via) rows exactly."""
    new = library.run_named(store, "document-industries", {}, all_rows=True).rows
    old = library.run_named(store, "document-industries", {}, directory=ORACLE).rows
    assert new and old
    # page by page (small pages) gives the same rows as one walk over every page
    paged: list[dict[str, Any]] = []
    after = None
    while True:
        page = library.run_named(store, "document-industries", {"limit": 7, "after": after})
        paged.extend(page.rows)
        if page.next_after is None:
            break
        after = page.next_after
    assert paged == new
    expected: dict[str, dict[str, set[str]]] = {}
    for row in old:
        d = expected.setdefault(row["_document"], {"direct": set(), "viaSystem": set(), "systems": set()})
        d["direct" if "direct" in row["via"] else "viaSystem"].add(row["industry"])
        d["systems"].update(v.removeprefix("system:") for v in row["via"] if v != "direct")
    got = {row["_document"]: {k: set(row[k]) for k in ("direct", "viaSystem", "systems")} for row in new}
    # a system with no members reaches nothing in the oracle, but the document still targets it
    for doc, d in got.items():
        assert d["systems"] >= expected.get(doc, {"systems": set()})["systems"]
        d["systems"] = expected.get(doc, {"systems": set()})["systems"]
    assert got == expected


def test_unit_profile_examples_are_the_units_first_measures(store: Any) -> None:
    """The profile's default rows (the Unit node's example IRIs) against the traversal of every measure (all=true)."""
    busiest = store.run(
        "MATCH (u:Unit)<-[:RESPONSIBLE_UNIT]-(m:Measure) RETURN u.iri AS u, count(m) AS n ORDER BY n DESC, u LIMIT 1"
    )
    if not busiest:
        pytest.skip("the build has no unit with measures")
    unit, n = busiest[0]["u"], busiest[0]["n"]
    short = library.run_named(store, "unit-profile", {"unit": unit}).rows
    every = library.run_named(store, "unit-profile", {"unit": unit, "all": True}).rows
    assert len(every) == n and all(r["totalMeasures"] == n for r in short + every)
    by_iri = {r["_evidence"]: r for r in every}
    assert len(short) == min(n, EXAMPLES) and all(by_iri[r["_evidence"]] == r for r in short)
