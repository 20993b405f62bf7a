"""Derived summaries from hand-made per-measure records (expected counts worked out by hand)."""

from __future__ import annotations

import networkx as nx

from policykg.graph.rdf.stream import PKG, RDF_TYPE, Iris, SharedPart, TripleSet
from policykg.graph.rdf.summaries import EXAMPLES, add_summaries, without_summaries

IDS = Iris()


def _part(
    doc: str,
    measures: list[tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...], int]],
) -> SharedPart:
    return SharedPart(doc_id=doc, doc_iri=IDS.document(doc), title_key="", measures=measures)


Triples = dict[str, dict[str, list[str]]]


def _objects(t: Triples, s: str, p: str) -> list[str]:
    return sorted(t.get(s, {}).get(PKG + p, []))


def _nodes_of(t: Triples, cls: str) -> list[str]:
    return [s for s, preds in t.items() if f"<{PKG}{cls}>" in preds.get(RDF_TYPE, [])]


def _run(parts: list[SharedPart]) -> Triples:
    """The counts added to the shared block plus the rendered summary nodes, as subject -> predicate -> objects."""
    t = TripleSet()
    block = add_summaries(
        t,
        parts,
        IDS,
        units={k: (f"单位{k}", k) for k in "abc"},
        industries={k: (f"产业{k}", k) for k in "xyz"},
        systems={"s": ("10+1", ["y", "z"])},
    )
    out: Triples = {}
    for line in (t.ntriples() + block.nt.decode("utf-8")).splitlines():
        s_, p_, o_ = line.removesuffix(" .").split(" ", 2)
        out.setdefault(s_.strip("<>"), {}).setdefault(p_.strip("<>"), []).append(o_)
    return out


def test_counts_pairs_and_ownership() -> None:
    # d1: m1 by a (lead) + b, names x, targets system s (y, z), 2 targets; m2 by b, names x and y.
    # d2: m1 by a + b + c, no industry.
    d1, d2 = IDS.document("d1"), IDS.document("d2")
    m11, m12, m21 = f"{d1}/measure/0001", f"{d1}/measure/0002", f"{d2}/measure/0001"
    t = _run(
        [
            _part("d1", [(m11, ("a", "b"), ("a",), ("x",), ("s",), 2), (m12, ("b",), (), ("x", "y"), (), 0)]),
            _part("d2", [(m21, ("a", "b", "c"), (), (), (), 1)]),
        ]
    )
    a, b, c = IDS.unit("a"), IDS.unit("b"), IDS.unit("c")
    assert _objects(t, a, "measureCount") == ['"2"^^<http://www.w3.org/2001/XMLSchema#integer>']
    assert _objects(t, a, "leadMeasureCount") == ['"1"^^<http://www.w3.org/2001/XMLSchema#integer>']
    assert _objects(t, a, "targetCount") == ['"3"^^<http://www.w3.org/2001/XMLSchema#integer>']
    assert _objects(t, b, "documentCount") == ['"2"^^<http://www.w3.org/2001/XMLSchema#integer>']
    x, y = IDS.industry("x"), IDS.industry("y")
    assert _objects(t, x, "ownerCount") == ['"2"^^<http://www.w3.org/2001/XMLSchema#integer>']  # a, b
    assert _objects(t, y, "viaSystemMeasureCount") == ['"1"^^<http://www.w3.org/2001/XMLSchema#integer>']
    assert _objects(t, IDS.industry("z"), "measureCount") == [
        '"0"^^<http://www.w3.org/2001/XMLSchema#integer>'
    ]
    # each unit's first measures in document order (the unit profile's rows), c only has m21
    assert _objects(t, a, "evidenceIri") == sorted([f'"{m11}"', f'"{m21}"'])
    assert _objects(t, c, "evidenceIri") == [f'"{m21}"']

    coords = _nodes_of(t, "Coordination")
    assert len(coords) == 3  # a-b (m11, m21), a-c, b-c (m21)
    shared = {
        tuple(o.strip("<>") for o in _objects(t, n, "coordinates")): _objects(t, n, "sharedMeasures")[0][1]
        for n in coords
    }
    assert shared[tuple(sorted((a, b)))] == "2" and shared[tuple(sorted((a, c)))] == "1"

    owns = _nodes_of(t, "Ownership")
    # direct: (a,x) (b,x) (b,y); via s: (a,y) (a,z) (b,y) (b,z) -> 7
    assert len(owns) == 7
    vias = sorted(_objects(t, n, "via")[0] for n in owns)
    assert vias.count('"direct"') == 3 and vias.count('"system:10+1"') == 4
    # each summary carries copies of its units' and industry's names, so answers need no traversal
    for n in owns:
        unit = _objects(t, n, "ownerUnit")[0].strip("<>")
        assert _objects(t, n, "unitIri") == [f'"{unit}"']
        assert _objects(t, n, "unitName") == [f'"单位{"abc"[[a, b, c].index(unit)]}"']
        # through a system: a copy of the system's IRI beside the link (coverage tables match on it)
        linked = [o.strip("<>") for o in _objects(t, n, "viaSystem")]
        assert _objects(t, n, "systemIri") == [f'"{x}"' for x in linked]
        assert bool(linked) == (_objects(t, n, "via")[0] != '"direct"')


def test_evidence_is_capped_but_counts_are_not() -> None:
    measures = [(f"{IDS.document('d')}/measure/{n:04d}", ("a", "b"), (), ("x",), (), 0) for n in range(1, 26)]
    t = _run([_part("d", measures)])
    (coord,) = _nodes_of(t, "Coordination")
    assert _objects(t, coord, "sharedMeasures")[0].startswith('"25"')
    examples = [o.strip('"') for o in _objects(t, coord, "evidenceIri")]
    assert len(examples) == EXAMPLES and set(examples) == {
        m[0] for m in measures[:EXAMPLES]
    }  # document order
    unit_examples = [o.strip('"') for o in _objects(t, IDS.unit("a"), "evidenceIri")]
    assert set(unit_examples) == {m[0] for m in measures[:EXAMPLES]}


def test_without_summaries_leaves_the_facts() -> None:
    pg = nx.MultiDiGraph()
    pg.add_node("u", labels=("Unit",), props={"iri": "u", "prefLabel": "单位", "measureCount": 3})
    pg.add_node("o", labels=("Ownership",), props={"iri": "o"})
    pg.add_node("i", labels=("Industry",), props={"iri": "i", "evidenceIri": ["m"]})
    pg.add_node("r", labels=("IndustryReach",), props={"iri": "r", "directIndustry": ["产业"]})
    pg.add_node("m", labels=("Measure",), props={"iri": "m"})
    pg.add_edge("o", "u", key="OWNER_UNIT", type="OWNER_UNIT")
    pg.add_edge("r", "m", key="REACH_OF", type="REACH_OF")
    pg.add_edge("m", "u", key="RESPONSIBLE_UNIT", type="RESPONSIBLE_UNIT")
    without_summaries(pg)
    assert sorted(pg.nodes) == ["i", "m", "u"]
    assert [k for _, _, k in pg.edges(keys=True)] == ["RESPONSIBLE_UNIT"]
    assert pg.nodes["u"]["props"] == {"iri": "u", "prefLabel": "单位"}
    assert pg.nodes["i"]["props"] == {"iri": "i"}
