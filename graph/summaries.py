"""Derived summaries: the aggregates planners ask for, computed once per build instead of once per question.

Every whole-graph report (who owns which industry, the coordination network, unit workload) is an aggregate over
every measure. Over Bolt or in the embedded engine that costs a traversal of the whole graph per question
(seconds at 10,000 documents); here it is a pass over the per-measure records the workers already produced
(``SharedPart.measures``), done while the shared block is merged. The results are ordinary RDF, so the
property graph, Neo4j and the embedded store all carry them and one Cypher text still runs on both stores:

* ``pkg:Coordination`` — a pair of units sharing measures: ``pkg:coordinates`` both units, ``pkg:sharedMeasures``,
  ``pkg:sharedDocuments``;
* ``pkg:Ownership`` — a unit's responsibility for an industry, ``pkg:via`` "direct" (its measures name the
  industry) or "system:<code>" (its measures target a system the industry belongs to, ``pkg:viaSystem``), with
  ``pkg:measureCount``, ``pkg:leadMeasureCount``, ``pkg:documentCount``;
* on every ``pkg:Unit``: ``pkg:measureCount``, ``pkg:leadMeasureCount``, ``pkg:targetCount``, ``pkg:documentCount``;
* on every ``pkg:Industry``: ``pkg:measureCount`` (naming it), ``pkg:ownerCount``, ``pkg:targetCount``,
  ``pkg:viaSystemMeasureCount``;
* ``pkg:IndustryReach`` — per built document (``pkg:reachOf``): the names of the industries its measures name
  (``pkg:directIndustry``), of those they reach only through a system (``pkg:systemIndustry``), and the systems'
  codes (``pkg:reachedSystem``).

Evidence: a summary links at most ``EXAMPLES`` of its measures (``pkg:exampleMeasure``, the first in document
order) and documents (``pkg:exampleDocument``); the counts are always complete. Provenance runs through the
example measures, whose spans quote the source. Views drop the summaries (``without_summaries``): they draw the
facts themselves.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import networkx as nx

    from policykg.graph.rdf_stream import Iris, SharedPart, TripleSet

EXAMPLES = 10  # example measures / documents kept per summary row
SUMMARY_LABELS = frozenset({"Coordination", "Ownership", "IndustryReach"})
SUMMARY_TYPES = frozenset({"EXAMPLE_MEASURE", "EXAMPLE_DOCUMENT"})
SUMMARY_PROPS = frozenset(
    {"measureCount", "leadMeasureCount", "targetCount", "documentCount", "ownerCount", "viaSystemMeasureCount",
     "evidenceIri"}
)


def without_summaries(pg: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """``pg`` (a property graph in the store shape) with the summary nodes, links and counts taken out."""
    drop = [n for n, data in pg.nodes(data=True) if SUMMARY_LABELS & set(data.get("labels", ()))]
    pg.remove_nodes_from(drop)
    pg.remove_edges_from([(u, v, k) for u, v, k in pg.edges(keys=True) if k in SUMMARY_TYPES])
    for _, data in pg.nodes(data=True):
        props = data.get("props")
        if props:
            for key in SUMMARY_PROPS & props.keys():
                del props[key]
    return pg


@dataclass
class _Tally:
    """Measures (in document order), lead measures and documents of one summary row."""

    measures: list[str] = field(default_factory=list)
    lead: int = 0
    documents: list[str] = field(default_factory=list)
    targets: int = 0

    def add(self, measure: str, document: str, *, lead: bool = False, targets: int = 0) -> None:
        if self.measures and self.measures[-1] == measure:
            return  # the same measure reached twice (a unit listed twice, a member in two categories)
        self.measures.append(measure)
        self.lead += lead
        self.targets += targets
        if not self.documents or self.documents[-1] != document:
            self.documents.append(document)


@dataclass
class SummaryCounts:
    coordinations: int = 0
    ownerships: int = 0


def system_members(
    members: Iterable[str], categories: Iterable[Iterable[str]]
) -> list[str]:
    """The industries a system reaches: its members, then its categories' members, each once."""
    out = dict.fromkeys(members)
    for cat in categories:
        out.update(dict.fromkeys(cat))
    return list(out)


def add_summaries(
    t: TripleSet,
    parts: Sequence[SharedPart],
    ids: Iris,
    *,
    units: Mapping[str, tuple[str, str]],
    industries: Mapping[str, tuple[str, str]],
    systems: Mapping[str, tuple[str, list[str]]],
) -> SummaryCounts:
    """Add the summary triples of ``parts`` (sorted by ``doc_id``) to ``t``.

    ``units`` and ``industries`` map every key the shared block emits to its (prefLabel, matchKey) (each gets
    its counts, zeros included); ``systems`` maps a system key to (its ``via`` name, the industries it reaches).
    """
    from policykg.graph.rdf_stream import PKG, int_lit, plain

    per_unit: dict[str, _Tally] = defaultdict(_Tally)
    per_industry: dict[str, _Tally] = defaultdict(_Tally)
    industry_owners: dict[str, set[str]] = defaultdict(set)
    via_system: dict[str, _Tally] = defaultdict(_Tally)  # industry -> measures targeting a system it is in
    pairs: dict[tuple[str, str], _Tally] = defaultdict(_Tally)
    owns: dict[tuple[str, str, str], _Tally] = defaultdict(_Tally)  # (unit, industry, system key or "")
    unit_iri = {u: ids.unit(u) for u in units}
    display: dict[str, str] = {}

    for part in parts:
        doc = part.doc_iri
        display[doc] = part.display
        _document_reach(t, part, industries, systems)
        for measure, unit_keys, lead_keys, industry_keys, system_keys, n_targets in part.measures:
            lead = set(lead_keys)
            for u in unit_keys:
                per_unit[u].add(measure, doc, lead=u in lead, targets=n_targets)
            for i in industry_keys:
                per_industry[i].add(measure, doc, targets=n_targets)
                industry_owners[i].update(unit_keys)
                for u in unit_keys:
                    owns[(u, i, "")].add(measure, doc, lead=u in lead)
            for s in system_keys:
                reach = systems.get(s)
                if reach is None:
                    continue
                for i in reach[1]:
                    via_system[i].add(measure, doc)
                    for u in unit_keys:
                        owns[(u, i, s)].add(measure, doc, lead=u in lead)
            ordered = sorted(set(unit_keys), key=lambda k: unit_iri.get(k) or ids.unit(k))
            for x in range(len(ordered)):
                for y in range(x + 1, len(ordered)):
                    pairs[(ordered[x], ordered[y])].add(measure, doc)

    def evidence(node: str, tally: _Tally) -> None:
        # Both as links (the graph's meaning) and as IRIs on the node (answers read them without a traversal).
        for m in tally.measures[:EXAMPLES]:
            t.link(node, PKG + "exampleMeasure", m)
            t.add(node, PKG + "evidenceIri", plain(m))

    def name(node: str, role: str, key: str, table: Mapping[str, tuple[str, str]], iri: str) -> None:
        pref, match = table.get(key, (key, key))
        t.add(node, PKG + f"{role}Name", plain(pref))
        t.add(node, PKG + f"{role}Key", plain(match))
        t.add(node, PKG + f"{role}Iri", plain(iri))

    for u in units:
        U, tally = unit_iri[u], per_unit.get(u, _Tally())
        t.add(U, PKG + "measureCount", int_lit(len(tally.measures)))
        t.add(U, PKG + "leadMeasureCount", int_lit(tally.lead))
        t.add(U, PKG + "targetCount", int_lit(tally.targets))
        t.add(U, PKG + "documentCount", int_lit(len(set(tally.documents))))
    for i in industries:
        I_, tally = ids.industry(i), per_industry.get(i, _Tally())
        t.add(I_, PKG + "measureCount", int_lit(len(tally.measures)))
        t.add(I_, PKG + "ownerCount", int_lit(len(industry_owners.get(i, ()))))
        t.add(I_, PKG + "targetCount", int_lit(tally.targets))
        t.add(I_, PKG + "viaSystemMeasureCount", int_lit(len(via_system[i].measures) if i in via_system else 0))
        evidence(I_, tally)

    counts = SummaryCounts()
    for (a, b), tally in pairs.items():
        A, B = unit_iri.get(a) or ids.unit(a), unit_iri.get(b) or ids.unit(b)
        C = f"{ids.base}coordination/{_hash(A + '|' + B)}"
        counts.coordinations += 1
        t.typed(C, PKG + "Coordination")
        t.link(C, PKG + "coordinates", A)
        t.link(C, PKG + "coordinates", B)
        name(C, "unitA", a, units, A)
        name(C, "unitB", b, units, B)
        t.add(C, PKG + "sharedMeasures", int_lit(len(tally.measures)))
        t.add(C, PKG + "sharedDocuments", int_lit(len(set(tally.documents))))
        evidence(C, tally)
    for (u, i, s), tally in owns.items():
        U, I_ = unit_iri.get(u) or ids.unit(u), ids.industry(i)
        W = f"{ids.base}ownership/{_hash(u + '|' + i + '|' + s)}"
        counts.ownerships += 1
        t.typed(W, PKG + "Ownership")
        t.link(W, PKG + "ownerUnit", U)
        t.link(W, PKG + "ownedIndustry", I_)
        name(W, "unit", u, units, U)
        name(W, "industry", i, industries, I_)
        if s:
            t.link(W, PKG + "viaSystem", ids.system(s))
        t.add(W, PKG + "via", plain("system:" + systems[s][0] if s else "direct"))
        t.add(W, PKG + "measureCount", int_lit(len(tally.measures)))
        t.add(W, PKG + "leadMeasureCount", int_lit(tally.lead))
        docs = list(dict.fromkeys(tally.documents))
        t.add(W, PKG + "documentCount", int_lit(len(docs)))
        for d in docs[:EXAMPLES]:
            t.link(W, PKG + "exampleDocument", d)
            t.add(W, PKG + "documentTitle", plain(display.get(d) or d))
        evidence(W, tally)
    return counts


def _document_reach(
    t: TripleSet,
    part: SharedPart,
    industries: Mapping[str, tuple[str, str]],
    systems: Mapping[str, tuple[str, list[str]]],
) -> None:
    """One ``pkg:IndustryReach`` per document whose measures reach an industry: the industries they name, those
    they reach only through a system, and the systems' codes. A node of its own (not properties of the
    document) so that the document's own triples stay in its cached fragment."""
    from policykg.graph.rdf_stream import PKG, plain

    direct: set[str] = set()
    targeted: set[str] = set()
    for _m, _units, _lead, industry_keys, system_keys, _n in part.measures:
        direct.update(industry_keys)
        targeted.update(s for s in system_keys if s in systems)
    via = {i for s in targeted for i in systems[s][1]} - direct
    if not direct and not via:
        return
    R = f"{part.doc_iri}/reach"
    t.typed(R, PKG + "IndustryReach")
    t.link(R, PKG + "reachOf", part.doc_iri)
    t.add(R, PKG + "documentName", plain(part.display or part.doc_id))
    t.add(R, PKG + "documentLookup", plain(part.lookup or part.doc_id))
    t.add(R, PKG + "documentIri", plain(part.doc_iri))
    for prop, keys in (("directIndustry", direct), ("systemIndustry", via)):
        for name_ in {industries.get(k, (k, k))[0] for k in keys}:
            t.add(R, PKG + prop, plain(name_))
    for code in {systems[s][0] for s in targeted}:
        t.add(R, PKG + "reachedSystem", plain(code))


def _hash(key: str) -> str:
    from policykg.graph.rdf_stream import key_hash

    return key_hash(key)
