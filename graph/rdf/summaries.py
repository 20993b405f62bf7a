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
* on every ``pkg:Unit``: ``pkg:measureCount``, ``pkg:leadMeasureCount``, ``pkg:targetCount``, ``pkg:documentCount``,
  and its first measures (``pkg:evidenceIri``) for the unit profile;
* on every ``pkg:Industry``: ``pkg:measureCount`` (naming it), ``pkg:ownerCount``, ``pkg:targetCount``,
  ``pkg:viaSystemMeasureCount``;
* ``pkg:IndustryReach`` — per built document (``pkg:reachOf``): the names of the industries its measures name
  (``pkg:directIndustry``), of those they reach only through a system (``pkg:systemIndustry``), and the systems'
  codes (``pkg:reachedSystem``).

Evidence: a summary names at most ``EXAMPLES`` of its measures (``pkg:evidenceIri``, the first in document order)
and of its documents' titles (``pkg:documentTitle``); the counts are always complete. Provenance runs through the
example measures, whose spans quote the source. Views drop the summaries (``without_summaries``): they draw the
facts themselves.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from policykg.graph.rdf.namespaces import PKG, RDF_TYPE
from policykg.graph.rdf.terms import _nt_key, _turtle_key, compact, int_lit, key_hash, plain

if TYPE_CHECKING:
    import networkx as nx

    from policykg.graph.rdf.stream import SharedPart, TripleSet
    from policykg.graph.rdf.terms import Iris

EXAMPLES = 10  # example measures / documents kept per summary row
SUMMARY_LABELS = frozenset({"Coordination", "Ownership", "IndustryReach"})
SUMMARY_TYPES = frozenset({"REACH_OF"})
SUMMARY_PROPS = frozenset(
    {
        "measureCount",
        "leadMeasureCount",
        "targetCount",
        "documentCount",
        "ownerCount",
        "viaSystemMeasureCount",
        "evidenceIri",
    }
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
class SummaryCounts:
    coordinations: int = 0
    ownerships: int = 0
    reaches: int = 0
    triples: int = 0


def system_members(members: Iterable[str], categories: Iterable[Iterable[str]]) -> list[str]:
    """The industries a system reaches: its members, then its categories' members, each once."""
    out = dict.fromkeys(members)
    for cat in categories:
        out.update(dict.fromkeys(cat))
    return list(out)


def _own(
    table: dict[tuple[str, str, bool], list[Any]],
    key: tuple[str, str, bool],
    measure: str,
    lead: bool,
    title: str,
    doc: str,
) -> None:
    row = table.get(key)
    if row is None:
        row = table[key] = [0, 0, [], [], 0, None]  # measures, lead, examples, titles, documents, last doc
    row[0] += 1
    row[1] += lead
    if len(row[2]) < EXAMPLES:
        row[2].append(measure)
    if row[5] is not doc:
        row[4] += 1
        row[5] = doc
        if len(row[3]) < EXAMPLES and title not in row[3]:
            row[3].append(title)


# --------------------------------------------------------------------------- all documents


@dataclass
class SummaryBlock:
    """The summary nodes rendered (N-Triples and Turtle without prefixes), for the end of the shared block."""

    nt: bytes
    ttl: bytes
    counts: SummaryCounts


def add_summaries(
    t: TripleSet,
    parts: Sequence[SharedPart],
    ids: Iris,
    *,
    units: Mapping[str, tuple[str, str]],
    industries: Mapping[str, tuple[str, str]],
    systems: Mapping[str, tuple[str, list[str]]],
) -> SummaryBlock:
    """Add the unit and industry counts to ``t`` and render the summary nodes of ``parts`` (sorted by ``doc_id``).

    ``units`` and ``industries`` map every key the shared block emits to its (prefLabel, matchKey) (each gets
    its counts, zeros included); ``systems`` maps a system key to (its ``via`` name, the industries it reaches).
    """
    tally = _Tally(ids, units)
    for part in parts:
        tally.document(part)
    tally.add_unit_counts(t, units)
    tally.add_industry_counts(t, industries, systems)
    nodes: dict[str, tuple[Any, Callable[[Any, str, Any], None]]] = {}
    counts = SummaryCounts()
    counts.coordinations = tally.coordination_nodes(nodes, units)
    counts.ownerships = tally.ownership_nodes(nodes, units, industries, systems)
    counts.reaches = tally.reach_nodes(nodes, industries, systems)
    out = _Emitter()
    for iri in sorted(nodes):
        content, render = nodes[iri]
        render(out.node(iri), iri, content)
    nt = out.nt_bytes()
    counts.triples = out.count
    return SummaryBlock(nt, out.ttl_bytes(), counts)


class _Tally:
    """One pass over every measure, in document order, counting what the summaries report. A row's last field
    is the last document counted in it, so "documents" counts each document once without a set per row."""

    def __init__(self, ids: Iris, units: Mapping[str, tuple[str, str]]) -> None:
        self.ids = ids
        self.unit_iris: dict[str, str] = {u: ids.unit(u) for u in units}
        self.U: dict[str, list[Any]] = {}  # unit -> [measures, lead, targets, examples, documents, last doc]
        self.IND: dict[str, list[Any]] = {}  # industry -> [measures, targets, examples, owners]
        self.combos: dict[frozenset[str], int] = {}  # the systems one measure targets -> how many measures
        self.P: dict[
            tuple[str, str], list[Any]
        ] = {}  # unit pair -> [measures, examples, documents, last doc]
        # (unit, industry|system, via) -> [n, lead, examples, titles, documents, last doc]
        self.OWN: dict[tuple[str, str, bool], list[Any]] = {}
        self.reaches: list[tuple[SharedPart, list[str], list[str]]] = []

    def unit_iri(self, key: str) -> str:
        iri = self.unit_iris.get(key)
        if iri is None:
            iri = self.unit_iris[key] = self.ids.unit(key)
        return iri

    def document(self, part: SharedPart) -> None:
        doc, title = part.doc_iri, part.display or part.doc_id
        direct: dict[str, None] = {}
        targeted: dict[str, None] = {}
        for measure, unit_keys, lead_keys, industry_keys, system_keys, n_targets in part.measures:
            units_ = list(dict.fromkeys(unit_keys)) if len(unit_keys) > 1 else list(unit_keys)
            self._units(measure, units_, lead_keys, n_targets, doc)
            for i in industry_keys:  # each once per measure (SharedPart.measures)
                direct[i] = None
                self._industry(i, measure, units_, lead_keys, n_targets, title, doc)
            if system_keys:
                combo = frozenset(system_keys)
                self.combos[combo] = self.combos.get(combo, 0) + 1
                for sk in combo:
                    targeted[sk] = None
                    for u in units_:
                        _own(self.OWN, (u, sk, True), measure, u in lead_keys, title, doc)
            if len(units_) > 1:
                self._pairs(measure, units_, doc)
        self.reaches.append((part, list(direct), list(targeted)))

    def _units(
        self, measure: str, units_: list[str], lead_keys: tuple[str, ...], n_targets: int, doc: str
    ) -> None:
        for u in units_:
            row = self.U.get(u)
            if row is None:
                row = self.U[u] = [0, 0, 0, [], 0, None]
            row[0] += 1
            row[1] += u in lead_keys
            row[2] += n_targets
            if len(row[3]) < EXAMPLES:
                row[3].append(measure)
            if row[5] is not doc:
                row[4] += 1
                row[5] = doc

    def _industry(
        self,
        i: str,
        measure: str,
        units_: list[str],
        lead_keys: tuple[str, ...],
        n_targets: int,
        title: str,
        doc: str,
    ) -> None:
        irow = self.IND.get(i)
        if irow is None:
            irow = self.IND[i] = [0, 0, [], set()]
        irow[0] += 1
        irow[1] += n_targets
        if len(irow[2]) < EXAMPLES:
            irow[2].append(measure)
        irow[3].update(units_)
        for u in units_:
            _own(self.OWN, (u, i, False), measure, u in lead_keys, title, doc)

    def _pairs(self, measure: str, units_: list[str], doc: str) -> None:
        ordered = sorted(units_, key=self.unit_iri)
        for x in range(len(ordered)):
            for y in range(x + 1, len(ordered)):
                prow = self.P.get((ordered[x], ordered[y]))
                if prow is None:
                    prow = self.P[(ordered[x], ordered[y])] = [0, [], 0, None]
                prow[0] += 1
                if len(prow[1]) < EXAMPLES:
                    prow[1].append(measure)
                if prow[3] is not doc:
                    prow[2] += 1
                    prow[3] = doc

    def add_unit_counts(self, t: TripleSet, units: Mapping[str, tuple[str, str]]) -> None:
        for u in units:
            n, lead, tg, ex, docs, _last = self.U.get(u, (0, 0, 0, [], 0, None))
            node = self.unit_iri(u)
            t.add(node, PKG + "measureCount", int_lit(n))
            t.add(node, PKG + "leadMeasureCount", int_lit(lead))
            t.add(node, PKG + "targetCount", int_lit(tg))
            t.add(node, PKG + "documentCount", int_lit(docs))
            # the unit's first measures: a profile shows them without reading thousands of measures per unit
            for m in ex:
                t.add(node, PKG + "evidenceIri", plain(m))

    def add_industry_counts(
        self,
        t: TripleSet,
        industries: Mapping[str, tuple[str, str]],
        systems: Mapping[str, tuple[str, list[str]]],
    ) -> None:
        containing: dict[str, list[frozenset[str]]] = {}
        for combo in self.combos:
            for i in {i for s in combo if s in systems for i in systems[s][1]}:
                containing.setdefault(i, []).append(combo)
        for i in industries:
            n, tg, ex, owners = self.IND.get(i, (0, 0, [], set()))
            node = self.ids.industry(i)
            t.add(node, PKG + "measureCount", int_lit(n))
            t.add(node, PKG + "ownerCount", int_lit(len(owners)))
            t.add(node, PKG + "targetCount", int_lit(tg))
            via_system = sum(self.combos[c] for c in containing.get(i, ()))
            t.add(node, PKG + "viaSystemMeasureCount", int_lit(via_system))
            for m in ex:
                t.add(node, PKG + "evidenceIri", plain(m))

    def coordination_nodes(self, nodes: dict[str, Any], units: Mapping[str, tuple[str, str]]) -> int:
        for (a, b), (n, ex, docs, _last) in self.P.items():
            A, B = self.unit_iri(a), self.unit_iri(b)
            content: tuple[Any, ...] = ("C", A, B, units.get(a), units.get(b), n, docs, tuple(ex))
            nodes[f"{self.ids.base}coordination/{_hash(A + '|' + B)}"] = (content, _coordination)
        return len(self.P)

    def ownership_nodes(
        self,
        nodes: dict[str, Any],
        units: Mapping[str, tuple[str, str]],
        industries: Mapping[str, tuple[str, str]],
        systems: Mapping[str, tuple[str, list[str]]],
    ) -> int:
        ids, made = self.ids, 0
        for (u, k, via), (n, lead, ex, titles, docs, _last) in self.OWN.items():
            if via:
                if k not in systems:
                    continue
                code, reach = systems[k]
                targets: list[tuple[str, str, str | None]] = [
                    (i, "system:" + code, ids.system(k)) for i in reach
                ]
            else:
                targets = [(k, "direct", None)]
            for i, how, system_iri in targets:
                content = (
                    "O",
                    self.unit_iri(u),
                    ids.industry(i),
                    units.get(u, (u, u)),
                    industries.get(i, (i, i)),
                    how,
                    system_iri,
                    n,
                    lead,
                    docs,
                    tuple(titles),
                    tuple(ex),
                )
                iri = f"{ids.base}ownership/{_hash(u + '|' + i + '|' + (k if via else ''))}"
                nodes[iri] = (content, _ownership)
                made += 1
        return made

    def reach_nodes(
        self,
        nodes: dict[str, Any],
        industries: Mapping[str, tuple[str, str]],
        systems: Mapping[str, tuple[str, list[str]]],
    ) -> int:
        made = 0
        for part, direct_, targeted_ in self.reaches:
            reached = {i for sk in targeted_ if sk in systems for i in systems[sk][1]} - set(direct_)
            if not direct_ and not reached:
                continue
            content = (
                "R",
                part.doc_iri,
                part.display or part.doc_id,
                part.lookup or part.doc_id,
                tuple(sorted({industries.get(i, (i, i))[0] for i in direct_})),
                tuple(sorted({industries.get(i, (i, i))[0] for i in reached})),
                tuple(sorted({systems[sk][0] for sk in targeted_ if sk in systems})),
            )
            nodes[f"{part.doc_iri}/reach"] = (content, _reach)
            made += 1
        return made


class _Node:
    """One summary node's predicates and objects, in the order given (each predicate once)."""

    def __init__(self) -> None:
        self.preds: dict[str, list[tuple[str, str]]] = {}

    def add(self, s: str, p: str, o: tuple[str, str]) -> None:
        objs = self.preds.get(p)  # not setdefault: it would build a list on every call
        if objs is None:
            self.preds[p] = [o]
        else:
            objs.append(o)

    def link(self, s: str, p: str, o: str) -> None:
        self.add(s, p, (f"<{o}>", f"<{o}>"))

    def typed(self, s: str, cls: str) -> None:
        self.add(s, RDF_TYPE, (f"<{cls}>", compact(cls)))


class _Emitter:
    """Renders summary nodes straight to N-Triples and Turtle: thousands of small nodes whose content is
    known to be duplicate-free, where a general ``TripleSet`` per node would cost more than deriving them."""

    def __init__(self) -> None:
        self.nodes: list[tuple[str, _Node]] = []
        self.count = 0

    def node(self, iri: str) -> _Node:
        n = _Node()
        self.nodes.append((iri, n))
        return n

    def nt_bytes(self) -> bytes:
        # a node's lines in order by predicate, then object: the order of the lines themselves (see
        # ``TripleSet.ntriples``), without comparing their shared start again and again
        lines: list[str] = []
        for iri, n in self.nodes:
            head = f"<{iri}> <"
            for p in sorted(n.preds, key=_nt_key):
                objs = n.preds[p]
                if len(objs) == 1:
                    lines.append(f"{head}{p}> {objs[0][0]} .\n")
                else:
                    lines.extend([f"{head}{p}> {o} .\n" for o in sorted([o[0] for o in objs])])
                self.count += len(objs)
        return "".join(lines).encode("utf-8")

    def ttl_bytes(self) -> bytes:
        blocks = []
        for iri, n in self.nodes:
            preds = n.preds
            body = " ;\n".join(
                [f"    {_turtle_key(p)[1]} {_ttl_objects(preds[p])}" for p in sorted(preds, key=_turtle_key)]
            )
            blocks.append(f"\n<{iri}>\n{body} .\n")
        return "".join(blocks).encode("utf-8")


def _ttl_objects(objs: list[tuple[str, str]]) -> str:
    """A predicate's objects in Turtle, sorted (most predicates have one: no sort then)."""
    return objs[0][1] if len(objs) == 1 else " , ".join(sorted(o[1] for o in objs))


def _names(t: Any, node: str, role: str, names: tuple[str, str], iri: str) -> None:
    t.add(node, PKG + f"{role}Name", plain(names[0]))
    t.add(node, PKG + f"{role}Key", plain(names[1]))
    t.add(node, PKG + f"{role}Iri", plain(iri))


def _coordination(t: Any, node: str, content: Any) -> None:
    _, a, b, names_a, names_b, n, docs, examples = content
    t.typed(node, PKG + "Coordination")
    t.link(node, PKG + "coordinates", a)
    t.link(node, PKG + "coordinates", b)
    _names(t, node, "unitA", names_a or (a, a), a)
    _names(t, node, "unitB", names_b or (b, b), b)
    t.add(node, PKG + "sharedMeasures", int_lit(n))
    t.add(node, PKG + "sharedDocuments", int_lit(docs))
    for m in examples:
        t.add(node, PKG + "evidenceIri", plain(m))


def _ownership(t: Any, node: str, content: Any) -> None:
    _, unit, industry, unit_names, industry_names, how, system, n, lead, docs, titles, examples = content
    t.typed(node, PKG + "Ownership")
    t.link(node, PKG + "ownerUnit", unit)
    t.link(node, PKG + "ownedIndustry", industry)
    _names(t, node, "unit", unit_names, unit)
    _names(t, node, "industry", industry_names, industry)
    if system:
        t.link(node, PKG + "viaSystem", system)
        t.add(node, PKG + "systemIri", plain(system))  # a coverage table matches it without a traversal
    t.add(node, PKG + "via", plain(how))
    t.add(node, PKG + "measureCount", int_lit(n))
    t.add(node, PKG + "leadMeasureCount", int_lit(lead))
    t.add(node, PKG + "documentCount", int_lit(docs))
    for title in titles:
        t.add(node, PKG + "documentTitle", plain(title))
    for m in examples:
        t.add(node, PKG + "evidenceIri", plain(m))


def _reach(t: Any, node: str, content: Any) -> None:
    """One ``pkg:IndustryReach`` per document whose measures reach an industry. A node of its own (not
    properties of the document) so that the document's own triples stay together in its cached fragment."""
    _, doc, display, lookup, direct, via, codes = content
    t.typed(node, PKG + "IndustryReach")
    t.link(node, PKG + "reachOf", doc)
    t.add(node, PKG + "documentName", plain(display))
    t.add(node, PKG + "documentLookup", plain(lookup))
    t.add(node, PKG + "documentIri", plain(doc))
    for name_ in direct:
        t.add(node, PKG + "directIndustry", plain(name_))
    for name_ in via:
        t.add(node, PKG + "systemIndustry", plain(name_))
    for code in codes:
        t.add(node, PKG + "reachedSystem", plain(code))


def _hash(key: str) -> str:
    return key_hash(key)
