"""Parsed documents -> the policykg RDF graph (the contract in ``../shared/spec/ontology.md``), and writing it.

``build_graph`` is deterministic: documents are processed in ``doc_id`` order, shared things (units,
industries, systems, regions) are merged across documents by key and emitted in key order, and every IRI comes
from ``policykg.graph.iris``. Two builds of the same input give identical triples in the same order, so the
serialisations are byte-identical.

Modelling choices the contract leaves open:

* ``pkg:hasMeasure`` / ``pkg:hasTarget`` go from the document to *every* measure / target it contains (one hop
  for per-document queries), from a section only to the measures whose innermost section it is and to the
  targets stated in it outside any measure, and from a measure to its own targets.
* ``pkg:responsibleUnit`` of a measure = its own responsible and lead units plus the units named at section
  level (``责任部门:`` lines) of every enclosing section, so inherited responsibility holds even if an
  extractor only recorded it on the section.
* ``pkg:text`` of a measure or section is always ``source.text[charStart:charEnd]`` (the quote is the contract);
  an extractor whose ``Measure.text`` disagrees is logged.
* A target's ``pkg:charStart``/``pkg:charEnd`` quote the figure ("2万人以上"); ``pkg:sourceText`` is the clause.
* Titles are tagged ``@zh-Hant`` for Traditional documents, ``@zh-Hans`` otherwise; a cited document's title is
  converted to Simplified (several documents in both scripts may cite it; the node keeps one title).
  ``skos:prefLabel`` and region labels are ``@zh-Hans``; each ``skos:altLabel`` is tagged by its own script.
  Other labels and texts are plain literals.
"""

from __future__ import annotations

import logging
import os
import re
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import BinaryIO

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS, XSD
from rdflib.term import Node

from policykg.errors import GraphBuildError
from policykg.graph.iris import DEFAULT_BASE, IriMinter, region_key, title_key
from policykg.graph.mapping import decimal_literal, temporal_literal
from policykg.loaders.normalize import fold, name_key, script_of, to_simplified
from policykg.models import Measure, ParsedDocument, Span, TargetInfo, UnitRef
from policykg.ontology import ORG, PKG, PREFIXES, bind_prefixes

log = logging.getLogger(__name__)

__all__ = ["DEFAULT_BASE", "GraphInfo", "build_graph", "write_graph"]


@dataclass
class GraphInfo:
    """What ``build_graph`` produced."""

    triples: int = 0
    documents: int = 0  # built documents (cited-only documents are counted in ``cited``)
    sections: int = 0
    measures: int = 0
    units: int = 0
    targets: int = 0
    industries: int = 0
    systems: int = 0
    phases: int = 0
    regions: int = 0
    cited: int = 0  # documents known only by a cited title

    def as_dict(self) -> dict[str, int]:
        return asdict(self)


def _lang_of(s: str) -> str:
    return "zh-Hant" if script_of(s) == "Hant" else "zh-Hans"


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(i for i in items if i))


def _match_key(labels: Iterable[str]) -> str:
    return "|".join(_unique(name_key(label) for label in labels))


# --------------------------------------------------------------------------- shared things, merged by key


@dataclass
class _Named:
    pref: str
    alts: set[str] = field(default_factory=set)
    sources: set[str] = field(default_factory=set)
    parent: str | None = None
    region: str | None = None
    kind: str | None = None


@dataclass
class _Category:
    label: str
    members: list[str] = field(default_factory=list)


@dataclass
class _System:
    label: str
    code: str
    region: str | None = None
    categories: dict[str, _Category] = field(default_factory=dict)
    members: list[str] = field(default_factory=list)
    sources: set[str] = field(default_factory=set)


class _Registry:
    """Units, industries, systems, regions and cited titles of all documents, merged by key."""

    def __init__(self) -> None:
        self.units: dict[str, _Named] = {}
        self.industries: dict[str, _Named] = {}
        self.systems: dict[str, _System] = {}
        self.regions: dict[str, str] = {}  # region_key -> label (Simplified)
        self.cited: dict[str, str] = {}  # title_key -> title (Simplified)

    @staticmethod
    def _merge(table: dict[str, _Named], key: str, pref: str, alts: Iterable[str], source: str) -> _Named:
        entry = table.get(key)
        if entry is None:
            entry = table[key] = _Named(pref=pref)
        elif pref and pref != entry.pref:
            entry.alts.add(pref)  # another document's canonical name is still a surface form of this key
        entry.alts.update(a for a in alts if a)
        if source:
            entry.sources.add(source)
        return entry

    def add_document(self, doc: ParsedDocument) -> None:
        for key in sorted(doc.units):
            u = doc.units[key]
            entry = self._merge(self.units, key, u.pref_label, u.alt_labels, u.source)
            entry.parent = entry.parent or u.parent
            entry.region = entry.region or u.region
            entry.kind = entry.kind or u.kind
            if u.region:
                self.region(u.region)
        for key in sorted(doc.industries):
            ind = doc.industries[key]
            self._merge(self.industries, key, ind.pref_label, ind.alt_labels, ind.source)
        for key in sorted(doc.systems):
            s = doc.systems[key]
            sys_entry = self.systems.setdefault(key, _System(label=s.label, code=s.code))
            sys_entry.region = sys_entry.region or s.region
            if s.region:
                self.region(s.region)
            if s.source:
                sys_entry.sources.add(s.source)
            sys_entry.members = _unique([*sys_entry.members, *s.members])
            for cat in s.categories:
                c = sys_entry.categories.setdefault(cat.key, _Category(label=cat.label))
                c.members = _unique([*c.members, *cat.members])
        if doc.meta.region:
            self.region(doc.meta.region)

    def unit_ref(self, key: str, surface: str, where: str) -> str:
        """Make sure a referenced unit exists; a key no document defines gets its surface form as name."""
        if key not in self.units:
            log.warning(
                "%s: unit key %r is not among the document's units; using %r as its name", where, key, surface
            )
            self.units[key] = _Named(pref=surface or key)
        elif surface and surface != self.units[key].pref:
            self.units[key].alts.add(surface)
        return key

    def industry_ref(self, key: str, surface: str, where: str) -> str:
        if key not in self.industries:
            log.warning("%s: industry key %r is not among the document's industries", where, key)
            self.industries[key] = _Named(pref=surface or key)
        elif surface and surface != self.industries[key].pref:
            self.industries[key].alts.add(surface)
        return key

    def region(self, name: str) -> str:
        key = region_key(name)
        self.regions.setdefault(key, to_simplified(name).strip())
        return name

    def cite(self, title: str) -> str:
        key = title_key(title)
        self.cited.setdefault(key, to_simplified(title.strip().strip("《》〈〉")))
        return key


# --------------------------------------------------------------------------- building


class _Builder:
    def __init__(self, docs: Sequence[ParsedDocument], base_iri: str) -> None:
        self.ids = IriMinter(base_iri)
        self.g = bind_prefixes(Graph())
        self.info = GraphInfo()
        self.reg = _Registry()
        self.docs = sorted(docs, key=lambda d: d.doc_id)
        seen: dict[str, str] = {}
        for d in self.docs:
            if d.doc_id in seen:
                raise GraphBuildError(
                    f"{d.source.source_file}: document id {d.doc_id!r} is also the id of {seen[d.doc_id]}"
                )
            seen[d.doc_id] = d.source.source_file
        # A cited title equal to a built document's title links to that document.
        self.built_titles: dict[str, URIRef] = {}
        for d in self.docs:
            if d.meta.title:
                self.built_titles.setdefault(title_key(d.meta.title), self.ids.document(d.doc_id))

    def add(self, s: URIRef, p: URIRef, o: URIRef | Literal) -> None:
        self.g.add((s, p, o))

    def run(self) -> tuple[Graph, GraphInfo]:
        for d in self.docs:
            self.reg.add_document(d)
        for d in self.docs:
            self._document(d)
        self._shared()
        self.info.triples = len(self.g)
        return self.g, self.info

    # ------------------------------------------------------------------ one document

    def _document(self, doc: ParsedDocument) -> None:
        src, meta, ids, where = doc.source, doc.meta, self.ids, doc.source.source_file
        D = ids.document(doc.doc_id)
        self.info.documents += 1
        self.add(D, RDF.type, PKG.PolicyDocument)
        if meta.title:
            lang = (
                "zh-Hant"
                if src.script == "Hant"
                else ("zh-Hans" if src.script == "Hans" else _lang_of(meta.title))
            )
            self.add(D, DCTERMS.title, Literal(meta.title, lang=lang))
        if meta.issued:
            try:
                date.fromisoformat(meta.issued)
                self.add(D, DCTERMS.issued, Literal(meta.issued, datatype=XSD.date))
            except ValueError:
                log.warning(
                    "%s: issue date %r is not an ISO date; dcterms:issued left out", where, meta.issued
                )
        if meta.doc_number:
            self.add(D, PKG.docNumber, Literal(meta.doc_number))
        if meta.issuer:
            self.add(D, PKG.issuedBy, ids.unit(self.reg.unit_ref(meta.issuer, "", where)))
        if meta.region:
            self.add(D, PKG.region, ids.region(meta.region))
        self.add(D, PKG.sourceFile, Literal(src.source_file))
        self.add(D, PKG.encoding, Literal(src.encoding))
        self.add(D, PKG.script, Literal(src.script))
        self.add(D, PKG["format"], Literal(src.format))
        if src.sha256:
            self.add(D, PKG.sha256, Literal(src.sha256))
        if meta.year is not None:
            self.add(D, PKG.planYear, Literal(meta.year))
        if meta.lead_rule:
            self.add(D, PKG.leadRule, Literal(meta.lead_rule))
        for a in _unique(meta.addressees):
            self.add(D, PKG.addressee, Literal(a))
        for problem in _unique(doc.problems):
            self.add(D, PKG.problem, Literal(problem))
        self._cites(D, [*meta.cites, *(c for m in doc.measures for c in m.cites)])

        sections = [ids.section(doc.doc_id, i + 1) for i in range(len(doc.sections))]
        for i, sec in enumerate(doc.sections):
            S = sections[i]
            self.info.sections += 1
            self.add(S, RDF.type, PKG.Section)
            if sec.parent is None:
                self.add(D, PKG.hasSection, S)
            elif 0 <= sec.parent < len(sections) and sec.parent != i:
                self.add(sections[sec.parent], PKG.hasSection, S)
            else:
                raise GraphBuildError(
                    f"{where}: section {i} ({sec.number}) has a bad parent index {sec.parent}"
                )
            self.add(S, PKG.number, Literal(sec.number))
            if sec.title:
                self.add(S, RDFS.label, Literal(sec.title))
            self._span(S, sec.span, doc, text=True)
            self.add(S, PKG.inDocument, D)
            self.add(S, PKG.level, Literal(sec.level))
            self._page(S, sec.span.start, doc)
            if sec.attachment:
                self.add(S, PKG.attachment, Literal(sec.attachment))
            if sec.repaired:
                self.add(S, PKG.repaired, Literal(True))

        seen_ordinals: set[int] = set()
        measure_iris: list[URIRef] = []
        for m in doc.measures:
            if m.ordinal in seen_ordinals:
                raise GraphBuildError(f"{where}: two measures have the ordinal {m.ordinal}")
            seen_ordinals.add(m.ordinal)
            measure_iris.append(self._measure(doc, D, m, sections))

        # Targets are numbered in text order, whoever owns them.
        owned: list[tuple[TargetInfo, URIRef | None]] = [(t, None) for t in doc.doc_targets]
        for i, sec in enumerate(doc.sections):
            owned += [(t, sections[i]) for t in sec.targets]
        for m, M in zip(doc.measures, measure_iris, strict=True):
            owned += [(t, M) for t in m.targets]
        seen_targets: set[int] = set()
        unique_owned = []
        for t, owner in owned:
            if id(t) not in seen_targets:  # the same object listed twice would be one target
                seen_targets.add(id(t))
                unique_owned.append((t, owner))
        unique_owned.sort(key=lambda to: (to[0].span.start, to[0].span.end))
        for n, (t, owner) in enumerate(unique_owned, start=1):
            T = ids.target(doc.doc_id, n)
            self._target(doc, D, T, t)
            self.add(D, PKG.hasTarget, T)
            if owner is not None:
                self.add(owner, PKG.hasTarget, T)

        for n, ph in enumerate(doc.phases, start=1):
            P = ids.phase(doc.doc_id, n)
            self.info.phases += 1
            self.add(P, RDF.type, PKG.Phase)
            self.add(D, PKG.hasPhase, P)
            self.add(P, RDFS.label, Literal(ph.label))
            if ph.start:
                self.add(P, PKG.start, temporal_literal(ph.start))
            if ph.end:
                self.add(P, PKG.end, temporal_literal(ph.end))
            self._span(P, ph.span, doc, text=False)
            self.add(P, PKG.inDocument, D)

    def _span(self, node: URIRef, span: Span, doc: ParsedDocument, *, text: bool) -> None:
        if span.end > len(doc.source.text):
            raise GraphBuildError(
                f"{doc.source.source_file}: span {span.start}:{span.end} lies beyond the text ({len(doc.source.text)} chars)"
            )
        self.add(node, PKG.charStart, Literal(span.start))
        self.add(node, PKG.charEnd, Literal(span.end))
        if text:
            self.add(node, PKG.text, Literal(span.quote(doc.source.text)))

    def _page(self, node: URIRef, offset: int, doc: ParsedDocument) -> None:
        if doc.source.pages:
            page = doc.source.page_of(offset)
            if page is not None:
                self.add(node, PKG.page, Literal(page))

    def _measure(self, doc: ParsedDocument, D: URIRef, m: Measure, sections: list[URIRef]) -> URIRef:
        ids, where = self.ids, doc.source.source_file
        M = ids.measure(doc.doc_id, m.ordinal)
        self.info.measures += 1
        self.add(M, RDF.type, PKG.Measure)
        self.add(D, PKG.hasMeasure, M)
        for idx in m.section_path:
            if not 0 <= idx < len(sections):
                raise GraphBuildError(f"{where}: measure {m.ordinal} has a bad section index {idx}")
        if m.section_path:
            self.add(sections[m.section_path[-1]], PKG.hasMeasure, M)
        self.add(M, PKG.number, Literal(m.number))
        self.add(M, PKG.ordinal, Literal(m.ordinal))
        if m.label:
            self.add(M, RDFS.label, Literal(m.label))
        quote = m.span.quote(doc.source.text)
        if quote != m.text:
            log.warning(
                "%s: measure %d text differs from the source at %d:%d; the source quote is used",
                where,
                m.ordinal,
                m.span.start,
                m.span.end,
            )
        self._span(M, m.span, doc, text=True)
        self.add(M, PKG.searchText, Literal(fold(quote)))
        self._page(M, m.span.start, doc)
        self.add(M, PKG.inDocument, D)

        inherited: list[UnitRef] = []
        for idx in m.section_path:
            inherited += doc.sections[idx].responsible + doc.sections[idx].lead
        for ref in [*m.responsible, *m.lead, *inherited]:
            self.add(M, PKG.responsibleUnit, ids.unit(self.reg.unit_ref(ref.key, ref.surface, where)))
        for ref in m.lead:
            self.add(M, PKG.leadUnit, ids.unit(ref.key))
        for iref in m.industries:
            self.add(
                M, PKG.concernsIndustry, ids.industry(self.reg.industry_ref(iref.key, iref.surface, where))
            )
        for sref in m.systems:
            if sref.key not in self.reg.systems:
                log.warning("%s: system key %r is not among the document's systems", where, sref.key)
                self.reg.systems[sref.key] = _System(label=sref.surface or sref.key, code="")
            self.add(M, PKG.concernsSystem, ids.system(sref.key))
        return M

    def _target(self, doc: ParsedDocument, D: URIRef, T: URIRef, t: TargetInfo) -> None:
        self.info.targets += 1
        self.add(T, RDF.type, PKG.Target)
        self.add(T, PKG.value, decimal_literal(t.value))
        self.add(T, PKG.unitOfMeasure, Literal(t.unit))
        self.add(T, PKG.comparator, Literal(t.comparator))
        if t.indicator:
            self.add(T, PKG.indicator, Literal(t.indicator))
        if t.year is not None:
            self.add(T, PKG.year, Literal(t.year))
        if t.clause.end > len(doc.source.text):
            raise GraphBuildError(f"{doc.source.source_file}: target clause {t.clause} lies beyond the text")
        self.add(T, PKG.sourceText, Literal(t.clause.quote(doc.source.text)))
        self._span(T, t.span, doc, text=False)
        if t.per_year:
            self.add(T, PKG.perYear, Literal(True))
        if t.deadline:
            self.add(T, PKG.deadline, temporal_literal(t.deadline))
        if t.surface:
            self.add(T, PKG.surface, Literal(t.surface))
        self._page(T, t.span.start, doc)
        self.add(T, PKG.inDocument, D)

    def _cites(self, D: URIRef, titles: list[str]) -> None:
        for title in titles:
            key = title_key(title)
            if not key:
                continue
            target = self.built_titles.get(key)
            if target is None:
                self.reg.cite(title)
                target = self.ids.cited(title)
            if target != D:  # a document naming its own title is not a citation
                self.add(D, PKG.cites, target)

    # ------------------------------------------------------------------ shared things

    def _shared(self) -> None:
        ids, reg = self.ids, self.reg
        for key in sorted(reg.cited):
            C = ids.cited_from_key(key)
            self.info.cited += 1
            self.add(C, RDF.type, PKG.PolicyDocument)
            self.add(C, DCTERMS.title, Literal(reg.cited[key], lang="zh-Hans"))

        # A parent no document defines still needs a Unit node (with a name) before units are emitted.
        for key in sorted(reg.units):
            parent = reg.units[key].parent
            if parent:
                reg.unit_ref(parent, "", f"unit {key}")
        for key in sorted(reg.units):
            u = reg.units[key]
            U = ids.unit(key)
            self.info.units += 1
            self.add(U, RDF.type, PKG.Unit)
            self._labels(U, u)
            if u.parent:
                self.add(U, ORG.subOrganizationOf, ids.unit(u.parent))
            if u.region:
                self.add(U, PKG.region, ids.region(u.region))
            if u.kind:
                self.add(U, PKG.unitKind, Literal(u.kind))

        # Categories may name industries no document listed itself; register them before emitting industries.
        for key in sorted(reg.systems):
            s = reg.systems[key]
            for ikey in [*s.members, *(i for c in s.categories.values() for i in c.members)]:
                reg.industry_ref(ikey, "", f"system {key}")
        for key in sorted(reg.industries):
            ind = reg.industries[key]
            self.info.industries += 1
            I_ = ids.industry(key)
            self.add(I_, RDF.type, PKG.Industry)
            self._labels(I_, ind)

        for key in sorted(reg.systems):
            s = reg.systems[key]
            Y = ids.system(key)
            self.info.systems += 1
            self.add(Y, RDF.type, PKG.IndustrySystem)
            self.add(Y, RDFS.label, Literal(s.label))
            if s.code:
                self.add(Y, PKG.code, Literal(s.code))
            self.add(Y, PKG.matchKey, Literal(_match_key([s.label, s.code])))
            if s.region:
                self.add(Y, PKG.region, ids.region(s.region))
            for src in sorted(s.sources):
                self.add(Y, PKG.knowledgeSource, Literal(src))
            for ikey in s.members:
                self.add(Y, PKG.hasMember, ids.industry(ikey))
            for ckey, cat in s.categories.items():
                C = ids.category(key, ckey)
                self.add(C, RDF.type, PKG.IndustryCategory)
                self.add(Y, PKG.hasCategory, C)
                self.add(C, RDFS.label, Literal(cat.label))
                self.add(C, PKG.matchKey, Literal(_match_key([cat.label])))
                for ikey in cat.members:
                    self.add(C, PKG.hasMember, ids.industry(ikey))

        for key in sorted(reg.regions):
            R = ids.region_from_key(key)
            self.info.regions += 1
            self.add(R, RDF.type, PKG.Region)
            self.add(R, RDFS.label, Literal(reg.regions[key], lang="zh-Hans"))

    def _labels(self, node: URIRef, entry: _Named) -> None:
        self.add(node, SKOS.prefLabel, Literal(entry.pref, lang="zh-Hans"))
        alts = sorted(a for a in entry.alts if a and a != entry.pref)
        for alt in alts:
            self.add(node, SKOS.altLabel, Literal(alt, lang=_lang_of(alt)))
        self.add(node, PKG.matchKey, Literal(_match_key([entry.pref, *alts])))
        for src in sorted(entry.sources):
            self.add(node, PKG.knowledgeSource, Literal(src))


def build_graph(docs: Sequence[ParsedDocument], *, base_iri: str = DEFAULT_BASE) -> tuple[Graph, GraphInfo]:
    """The RDF graph of ``docs`` (see the module docstring) and counts of what it holds."""
    return _Builder(docs, base_iri).run()


# --------------------------------------------------------------------------- writing


def _write_sorted_nt(g: Graph, fh: BinaryIO) -> None:
    """N-Triples sorted by subject, then line: rdflib's own N-Triples writer follows the order of its
    in-memory sets, which changes with the hash seed; a sorted file is the same on every run and diffs well."""
    from rdflib.plugins.serializers.nt import _nt_row

    for s in sorted(set(g.subjects()), key=str):
        rows = sorted(_nt_row((s, p, o)) for p, o in g.predicate_objects(s))
        fh.write("".join(rows).encode("utf-8"))


_PN_LOCAL = re.compile(r"^[A-Za-z_][A-Za-z0-9_-]*$")
_TURTLE_INTEGER = re.compile(r"^[+-]?\d+$")
_TURTLE_DECIMAL = re.compile(r"^[+-]?\d*\.\d+$")


class _Compactor:
    """IRIs as prefixed names where the local part is a plain name, else ``<...>``; cached per IRI."""

    def __init__(self) -> None:
        self.prefixes = sorted(PREFIXES.items(), key=lambda kv: -len(kv[1]))
        self.cache: dict[str, str] = {}

    def __call__(self, iri: str) -> str:
        out = self.cache.get(iri)
        if out is None:
            out = f"<{iri}>"
            for prefix, ns in self.prefixes:
                if iri.startswith(ns) and _PN_LOCAL.match(iri[len(ns) :]):
                    out = f"{prefix}:{iri[len(ns) :]}"
                    break
            if len(self.cache) < 10_000:  # predicates, classes and datatypes; instance IRIs stay uncached
                self.cache[iri] = out
        return out


def _turtle_object(o: Node, compact: _Compactor) -> str:
    from rdflib.plugins.serializers.nt import _quote_encode

    if isinstance(o, Literal):
        lexical = str(o)
        if o.language:
            return f"{_quote_encode(lexical)}@{o.language}"
        if o.datatype is None:
            return _quote_encode(lexical)
        if o.datatype == XSD.integer and _TURTLE_INTEGER.match(lexical):
            return lexical
        if o.datatype == XSD.decimal and _TURTLE_DECIMAL.match(lexical):
            return lexical
        if o.datatype == XSD.boolean and lexical in ("true", "false"):
            return lexical
        return f"{_quote_encode(lexical)}^^{compact(str(o.datatype))}"
    if isinstance(o, URIRef):
        return compact(str(o))
    return o.n3()


def _write_turtle(g: Graph, fh: BinaryIO) -> None:
    """A plain, deterministic Turtle writer: subjects in IRI order, ``a`` first, then predicates and objects
    in order; one subject block per resource. rdflib's Turtle serialiser gives the same triples but is
    orders of magnitude slower on a large build (it analyses the whole graph for nesting and lists, which a
    policykg graph never needs)."""
    compact = _Compactor()
    fh.write("".join(f"@prefix {p}: <{ns}> .\n" for p, ns in PREFIXES.items()).encode("utf-8"))
    for s in sorted(set(g.subjects()), key=str):
        subject = f"<{s}>" if isinstance(s, URIRef) else s.n3()
        by_pred: dict[str, list[str]] = {}
        for p, o in g.predicate_objects(s):
            key = "a" if p == RDF.type else compact(str(p))
            by_pred.setdefault(key, []).append(_turtle_object(o, compact))
        preds = sorted(by_pred, key=lambda k: (k != "a", k))
        lines = [f"    {k} {' , '.join(sorted(by_pred[k]))}" for k in preds]
        body = " ;\n".join(lines)
        fh.write(f"\n{subject}\n{body} .\n".encode())


def write_graph(g: Graph, out_dir: Path) -> None:
    """Write ``out_dir/graph.ttl`` and ``out_dir/graph.nt`` atomically.

    Both are sorted (subjects, then predicates and objects) so two builds of the same input are byte-identical
    (see ``_write_turtle`` and ``_write_sorted_nt``). Both files are serialised to temporary files in ``out_dir`` first and only then moved into place with
    ``os.replace``, so a failure never leaves a partial or mixed ``graph.ttl``/``graph.nt`` behind (an older
    complete pair stays as it was).
    """
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise GraphBuildError(f"{out_dir}: cannot create the output folder: {err}") from err
    bind_prefixes(g)
    temps: dict[str, Path] = {}
    try:
        for name in ("graph.ttl", "graph.nt"):
            fd, tmp_name = tempfile.mkstemp(dir=out_dir, prefix=f".{name}.", suffix=".tmp")
            os.close(fd)
            temps[name] = Path(tmp_name)
            with open(tmp_name, "wb") as fh:
                if name == "graph.ttl":
                    _write_turtle(g, fh)
                else:
                    _write_sorted_nt(g, fh)
                fh.flush()
                os.fsync(fh.fileno())
        for name, tmp_path in temps.items():
            os.replace(tmp_path, out_dir / name)
        temps.clear()
    except Exception as err:  # serialisers raise many types; every one means "not written"
        raise GraphBuildError(f"{out_dir / 'graph.ttl'}: could not write the graph: {err}") from err
    finally:
        for leftover in temps.values():
            leftover.unlink(missing_ok=True)
