"""The RDF graph as streams of text: per-document fragments plus one block of shared entities.

A policykg graph splits cleanly in two:

* *document-local* triples, whose subject lies under ``doc/<doc_id>/`` (the document, its sections, measures,
  targets and phases). ``make_fragment`` renders them for one ``ParsedDocument``, already serialised as sorted
  N-Triples lines and Turtle blocks, in the extraction worker that parsed the document. No rdflib graph is
  built or queried: triples are plain strings, deduplicated per subject and predicate.
* *shared* entities (units, industries, systems and their categories, regions, documents known only by a
  cited title) and the ``pkg:cites`` links, which depend on every document of the build. Each fragment carries
  its document's contributions (``SharedPart``: keys, labels, alternative labels, parents, references);
  ``Assembler`` merges them in ``doc_id`` order, exactly as the rdflib builder (now the test oracle ``tests/graph/oracle/rdf_oracle.py``) always did, and renders
  the shared block and each document's citations.

``write_graph_files`` then streams the shared block and the fragments, in ``doc_id`` order, into
``graph.nt`` and ``graph.ttl`` (atomically), so memory stays bounded by one fragment whatever the corpus size.
Two builds of the same input give byte-identical files.

This module imports neither rdflib nor the ontology, so an incremental rebuild that reuses cached fragments
starts fast; the namespace strings, IRI scheme and literal forms it writes are checked against
``policykg.ontology``, ``tests/graph/oracle/iris_oracle.py`` and ``policykg.graph.rdf.mapping`` by tests.
"""

from __future__ import annotations

import logging
import os
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO, NamedTuple

from policykg.errors import GraphBuildError
from policykg.graph.rdf.namespaces import (
    DCTERMS,
    DEFAULT_BASE,
    ORG,
    PKG,
    RDF_TYPE,
    RDFS,
    SKOS,
    TURTLE_HEADER,
    XSD_DATE,
    XSD_DECIMAL,
)
from policykg.graph.rdf.namespaces import PREFIXES as PREFIXES  # re-exported
from policykg.graph.rdf.summaries import add_summaries, system_members
from policykg.graph.rdf.terms import (
    _NT_KEYS,
    _TURTLE_KEYS,
    Iris,
    Obj,
    bool_lit,
    compact,
    decimal_lexical,
    int_lit,
    lang_lit,
    plain,
    temporal_lit,
    title_key,
    typed_lit,
)
from policykg.graph.rdf.terms import _nt_key as _nt_key
from policykg.graph.rdf.terms import _turtle_key as _turtle_key
from policykg.graph.rdf.terms import key_hash as key_hash  # re-exported: the IRI scheme's hash
from policykg.loaders.extract.classify import ClassEntry, classify, load_classifications
from policykg.loaders.extract.label import first_heading
from policykg.loaders.normalize import fold, name_key, script_of, to_simplified
from policykg.models import Measure, ParsedDocument, Span, TargetInfo, UnitRef

log = logging.getLogger(__name__)


class TripleSet:
    """Triples grouped by subject and predicate, without duplicates, rendered sorted."""

    __slots__ = ("subjects", "count")

    def __init__(self) -> None:
        self.subjects: dict[str, dict[str, dict[str, str]]] = {}
        self.count = 0

    def __len__(self) -> int:
        return self.count

    def add(self, s: str, p: str, o: Obj) -> None:
        # get before set: setdefault would build two empty dicts on every call (most find theirs)
        preds = self.subjects.get(s)
        if preds is None:
            preds = self.subjects[s] = {}
        objs = preds.get(p)
        if objs is None:
            objs = preds[p] = {}
        if o[0] not in objs:
            objs[o[0]] = o[1]
            self.count += 1

    def link(self, s: str, p: str, o: str) -> None:
        # ``add(s, p, iri_obj(o))`` inlined: a third of a fragment's triples are links
        ref = f"<{o}>"
        preds = self.subjects.get(s)
        if preds is None:
            preds = self.subjects[s] = {}
        objs = preds.get(p)
        if objs is None:
            objs = preds[p] = {}
        if ref not in objs:
            objs[ref] = ref
            self.count += 1

    def typed(self, s: str, cls: str) -> None:
        self.add(s, RDF_TYPE, (f"<{cls}>", compact(cls)))

    def ntriples(self) -> str:
        """Sorted by subject, then by line.

        A subject's lines are put in order by predicate (``p>``: the line's text up to its object), then by
        object, which is the order of the lines themselves: an object is never a proper prefix of another but
        for a literal's ``@`` or ``^^`` tail, which sorts after the line's `` .``. Sorting the lines would
        compare their long shared start (subject and namespace) over and over."""
        out: list[str] = []
        subjects = self.subjects
        keys = _NT_KEYS
        for s in sorted(subjects):
            preds = subjects[s]
            head = f"<{s}> <"
            for p in (
                sorted(preds, key=keys.__getitem__)
                if keys.keys() >= preds.keys()
                else sorted(preds, key=_nt_key)
            ):
                objs = preds[p]
                if len(objs) == 1:
                    for o in objs:
                        out.append(f"{head}{p}> {o} .\n")
                else:
                    out.extend([f"{head}{p}> {o} .\n" for o in sorted(objs)])
        return "".join(out)

    def turtle(self) -> str:
        """One block per subject in IRI order, ``a`` first, then predicates and objects in order."""
        out: list[str] = []
        keys = _TURTLE_KEYS
        subjects = self.subjects
        for s in sorted(subjects):
            # each predicate's place and Turtle name looked up once per process (a few dozen predicates); the
            # predicates sort by it alone (a subject's predicates differ), most predicates have one object
            preds = subjects[s]
            rows: list[str] = []
            for p in (
                sorted(preds, key=keys.__getitem__)
                if keys.keys() >= preds.keys()
                else sorted(preds, key=_turtle_key)
            ):
                objs = preds[p]
                if len(objs) == 1:
                    for v in objs.values():
                        rows.append(f"    {keys[p][1]} {v}")
                else:
                    rows.append(f"    {keys[p][1]} {' , '.join(sorted(objs.values()))}")
            body = " ;\n".join(rows)
            out.append(f"\n<{s}>\n{body} .\n")
        return "".join(out)


# --------------------------------------------------------------------------- per document


def document_lookup(doc: ParsedDocument) -> str:
    """What a document filter matches: the title (or the label and first heading of an untitled one), number and
    file name, one per line, each ``name_key``-ed (Simplified, ASCII punctuation, no white space) like the words
    of a ``terms`` parameter."""
    title = doc.meta.title
    untitled = [] if title else [doc.meta.label, first_heading(doc)]
    names = [title, *untitled, doc.meta.doc_number, doc.source.source_file]
    return "\n".join(name_key(x) for x in names if x)


def ordinal(n: int) -> str:
    """A position inside a document as its IRIs write it: four digits at least, so that the engines' code-point
    order of IRIs (which paged listings walk) is document order (``measure/0002`` before ``measure/0010``)."""
    return f"{n:04d}"


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(i for i in items if i))


class UnitEntry(NamedTuple):
    """A unit as one document names it (``SharedPart.units``)."""

    key: str
    pref: str
    alts: tuple[str, ...]
    source: str
    parent: str | None
    region: str | None
    kind: str | None


class IndustryEntry(NamedTuple):
    """An industry as one document names it (``SharedPart.industries``)."""

    key: str
    pref: str
    alts: tuple[str, ...]
    source: str


class SystemCategory(NamedTuple):
    key: str
    label: str
    members: tuple[str, ...]


class SystemEntry(NamedTuple):
    """An industry system as one document names it (``SharedPart.systems``)."""

    key: str
    label: str
    code: str
    region: str | None
    source: str
    members: tuple[str, ...]
    categories: tuple[SystemCategory, ...]


class MeasureCounts(NamedTuple):
    """What the derived summaries (``policykg.graph.rdf.summaries``) count of one measure: the keys of its
    responsible units (own, lead and inherited from its sections), lead units, industries and systems, and the
    number of targets it owns."""

    iri: str
    units: tuple[str, ...]
    leads: tuple[str, ...]
    industries: tuple[str, ...]
    systems: tuple[str, ...]
    targets: int


@dataclass
class SharedPart:
    """One document's contributions to the shared entities, as plain data (picklable, no rdflib)."""

    doc_id: str
    doc_iri: str
    title_key: str  # "" when the document has no title
    units: list[UnitEntry] = field(default_factory=list)  # keys sorted
    industries: list[IndustryEntry] = field(default_factory=list)  # keys sorted
    systems: list[SystemEntry] = field(default_factory=list)  # keys sorted
    regions: list[tuple[str, str]] = field(default_factory=list)  # (region key, Simplified label), in order
    unit_refs: list[tuple[str, str]] = field(default_factory=list)  # (key, surface) in document order
    industry_refs: list[tuple[str, str]] = field(default_factory=list)
    system_refs: list[tuple[str, str]] = field(default_factory=list)
    cites: list[tuple[str, str]] = field(default_factory=list)  # (title key, Simplified title)
    where: str = ""  # the source file, for messages
    display: str = ""  # how answers name the document: its title, else its file name
    lookup: str = ""  # its title, number and file name, one per line (what a document filter matches)
    measures: list[MeasureCounts] = field(default_factory=list)  # what the derived summaries count


def intern_part(part: SharedPart, pool: dict[str, str]) -> SharedPart:
    """``part`` with every string replaced by the equal string in ``pool`` (added if new): summaries of
    thousands of documents repeat the same unit names, and shared objects are pickled once."""

    def s(v: str) -> str:
        return pool.setdefault(v, v)

    def i(v: str | None) -> str | None:
        return None if v is None else pool.setdefault(v, v)

    def t(vs: Iterable[str]) -> tuple[str, ...]:
        return tuple(pool.setdefault(v, v) for v in vs)

    def pair(a: str, b: str) -> tuple[str, str]:
        return (pool.setdefault(a, a), pool.setdefault(b, b))

    return SharedPart(
        doc_id=part.doc_id,
        doc_iri=part.doc_iri,
        title_key=part.title_key,
        units=[
            UnitEntry(s(u.key), s(u.pref), t(u.alts), s(u.source), i(u.parent), i(u.region), i(u.kind))
            for u in part.units
        ],
        industries=[IndustryEntry(s(d.key), s(d.pref), t(d.alts), s(d.source)) for d in part.industries],
        systems=[
            SystemEntry(
                s(y.key),
                s(y.label),
                s(y.code),
                i(y.region),
                s(y.source),
                t(y.members),
                tuple(SystemCategory(s(c.key), s(c.label), t(c.members)) for c in y.categories),
            )
            for y in part.systems
        ],
        regions=[pair(k, v) for k, v in part.regions],
        unit_refs=[pair(k, v) for k, v in part.unit_refs],
        industry_refs=[pair(k, v) for k, v in part.industry_refs],
        system_refs=[pair(k, v) for k, v in part.system_refs],
        cites=[pair(k, v) for k, v in part.cites],
        where=part.where,
        display=part.display,
        lookup=part.lookup,
        measures=[
            MeasureCounts(m.iri, t(m.units), t(m.leads), t(m.industries), t(m.systems), m.targets)
            for m in part.measures
        ],
    )


@dataclass
class Fragment:
    """One document's part of the graph: its local triples serialised, plus what it adds to shared ones."""

    shared: SharedPart
    nt: str
    ttl: str
    triples: int = 0
    sections: int = 0
    measures: int = 0
    targets: int = 0
    phases: int = 0
    # The triples themselves (subject -> predicate -> N-Triples object -> Turtle object), when asked for: a
    # LadybugDB load reads its rows from them instead of parsing ``nt`` again (``pgraph.element_batch_from_triples``).
    local: TripleSet | None = None


class _FragmentMaker:
    def __init__(self, doc: ParsedDocument, ids: Iris, *, keep_triples: bool = False) -> None:
        self.doc = doc
        self.keep_triples = keep_triples
        self.ids = ids
        self.t = TripleSet()
        self.where = doc.source.source_file
        self.text = doc.source.text
        self.D = ids.document(doc.doc_id)
        self.prefix = f"{self.D}/"
        self.part = SharedPart(doc_id=doc.doc_id, doc_iri=self.D, title_key="", where=self.where)
        self.frag = Fragment(shared=self.part, nt="", ttl="")

    def run(self) -> Fragment:
        self._shared_part()
        self._document()
        part = self.part
        # Only the first surface of each (key, surface) pair and the first label of each region key matter to
        # the merge; dropping repeats keeps the summaries the parent holds (and caches) small.
        part.unit_refs = list(dict.fromkeys(part.unit_refs))
        part.industry_refs = list(dict.fromkeys(part.industry_refs))
        part.system_refs = list(dict.fromkeys(part.system_refs))
        part.cites = list(dict.fromkeys(part.cites))
        first: dict[str, str] = {}
        for rkey, rlabel in part.regions:
            first.setdefault(rkey, rlabel)
        part.regions = list(first.items())
        self.frag.nt = self.t.ntriples()
        self.frag.ttl = self.t.turtle()
        self.frag.triples = len(self.t)
        if self.keep_triples:
            self.frag.local = self.t
        return self.frag

    # ------------------------------------------------------------------ contributions

    def _region(self, name: str) -> None:
        self.part.regions.append((name_key(name), to_simplified(name).strip()))

    def _shared_part(self) -> None:
        doc, part = self.doc, self.part
        if doc.meta.title:
            part.title_key = title_key(doc.meta.title)
        part.display = doc.meta.title or doc.meta.label or first_heading(doc) or doc.source.source_file
        part.lookup = document_lookup(doc)
        for key in sorted(doc.units):
            u = doc.units[key]
            alts = tuple(sorted(a for a in u.alt_labels if a))
            part.units.append(UnitEntry(key, u.pref_label, alts, u.source, u.parent, u.region, u.kind))
            if u.region:
                self._region(u.region)
        for key in sorted(doc.industries):
            ind = doc.industries[key]
            alts = tuple(sorted(a for a in ind.alt_labels if a))
            part.industries.append(IndustryEntry(key, ind.pref_label, alts, ind.source))
        for key in sorted(doc.systems):
            sy = doc.systems[key]
            cats = tuple(SystemCategory(c.key, c.label, tuple(c.members)) for c in sy.categories)
            part.systems.append(
                SystemEntry(key, sy.label, sy.code, sy.region, sy.source, tuple(sy.members), cats)
            )
            if sy.region:
                self._region(sy.region)
        if doc.meta.region:
            self._region(doc.meta.region)

    def _unit_ref(self, key: str, surface: str) -> str:
        self.part.unit_refs.append((key, surface))
        return self.ids.unit(key)

    # ------------------------------------------------------------------ triples

    def _document(self) -> None:
        self._document_node()
        sections = self._sections()
        seen_ordinals: set[int] = set()
        measure_iris: list[str] = []
        for m in self.doc.measures:
            if m.ordinal in seen_ordinals:
                raise GraphBuildError(f"{self.where}: two measures have the ordinal {m.ordinal}")
            seen_ordinals.add(m.ordinal)
            measure_iris.append(self._measure(m, sections))
        self._targets(sections, measure_iris)
        self._phases()

    def _document_node(self) -> None:
        """The document's own properties and the titles it cites."""
        doc, ids, t, D = self.doc, self.ids, self.t, self.D
        src, meta, where = doc.source, doc.meta, self.where
        t.typed(D, PKG + "PolicyDocument")
        if meta.title:
            lang = (
                "zh-Hant"
                if src.script == "Hant"
                else ("zh-Hans" if src.script == "Hans" else _lang_of(meta.title))
            )
            t.add(D, DCTERMS + "title", lang_lit(meta.title, lang))
        if meta.issued:
            try:
                date.fromisoformat(meta.issued)
                t.add(D, DCTERMS + "issued", typed_lit(meta.issued, XSD_DATE))
            except ValueError:
                log.warning(
                    "%s: issue date %r is not an ISO date; dcterms:issued left out", where, meta.issued
                )
        if meta.doc_number:
            t.add(D, PKG + "docNumber", plain(meta.doc_number))
        if meta.issuer:
            t.link(D, PKG + "issuedBy", self._unit_ref(meta.issuer, ""))
        if meta.region:
            t.link(D, PKG + "region", ids.region_from_key(name_key(meta.region)))
        heading = "" if meta.title else (meta.label or first_heading(doc))
        if heading:  # an untitled document: issuer, date and first telling heading, never a guessed title
            t.add(D, RDFS + "label", plain(heading))
        t.add(D, PKG + "documentLookup", plain(document_lookup(doc)))
        t.add(D, PKG + "sourceFile", plain(src.source_file))
        t.add(D, PKG + "encoding", plain(src.encoding))
        t.add(D, PKG + "script", plain(src.script))
        t.add(D, PKG + "format", plain(src.format))
        if src.sha256:
            t.add(D, PKG + "sha256", plain(src.sha256))
        if meta.year is not None:
            t.add(D, PKG + "planYear", int_lit(meta.year))
        if meta.lead_rule:
            t.add(D, PKG + "leadRule", plain(meta.lead_rule))
        for a in _unique(meta.addressees):
            t.add(D, PKG + "addressee", plain(a))
        for problem in _unique(doc.problems):
            t.add(D, PKG + "problem", plain(problem))
        self._about()
        for title in [*meta.cites, *(c for m in doc.measures for c in m.cites)]:
            key = title_key(title)
            if key:
                self.part.cites.append((key, to_simplified(title.strip().strip("《》〈〉"))))

    def _about(self) -> None:
        """What the document as a whole is about (its title, its 产业体系 paragraph), apart from its measures."""
        doc, t, D = self.doc, self.t, self.D
        for iref in doc.doc_industries:
            self.part.industry_refs.append((iref.key, iref.surface))
            t.link(D, PKG + "aboutIndustry", self.ids.industry(iref.key))
        for sref in doc.doc_systems:
            self.part.system_refs.append((sref.key, sref.surface))
            t.link(D, PKG + "aboutSystem", self.ids.system(sref.key))

    def _sections(self) -> list[str]:
        """Every section's triples; returns their IRIs, in order."""
        doc, t, D, where = self.doc, self.t, self.D, self.where
        sections = [f"{D}/section/{ordinal(i + 1)}" for i in range(len(doc.sections))]
        for i, sec in enumerate(doc.sections):
            S = sections[i]
            self.frag.sections += 1
            t.typed(S, PKG + "Section")
            if sec.parent is None:
                t.link(D, PKG + "hasSection", S)
            elif 0 <= sec.parent < len(sections) and sec.parent != i:
                t.link(sections[sec.parent], PKG + "hasSection", S)
            else:
                raise GraphBuildError(
                    f"{where}: section {i} ({sec.number}) has a bad parent index {sec.parent}"
                )
            t.add(S, PKG + "number", plain(sec.number))
            if sec.title:
                t.add(S, RDFS + "label", plain(sec.title))
            self._span(S, sec.span, text=True)
            t.link(S, PKG + "inDocument", D)
            t.add(S, PKG + "level", int_lit(sec.level))
            self._page(S, sec.span.start)
            if sec.attachment:
                t.add(S, PKG + "attachment", plain(sec.attachment))
            if sec.repaired:
                t.add(S, PKG + "repaired", bool_lit(True))
        return sections

    def _targets(self, sections: list[str], measure_iris: list[str]) -> None:
        """Every target, numbered in text order whoever owns it (document, section or measure)."""
        doc, t, D = self.doc, self.t, self.D
        owned: list[tuple[TargetInfo, str | None]] = [(tg, None) for tg in doc.doc_targets]
        for i, sec in enumerate(doc.sections):
            owned += [(tg, sections[i]) for tg in sec.targets]
        for m, M in zip(doc.measures, measure_iris, strict=True):
            owned += [(tg, M) for tg in m.targets]
        seen_targets: set[int] = set()
        unique_owned = []
        for tg, owner in owned:
            if id(tg) not in seen_targets:  # the same object listed twice would be one target
                seen_targets.add(id(tg))
                unique_owned.append((tg, owner))
        unique_owned.sort(key=lambda to: (to[0].span.start, to[0].span.end))
        self._measure_records(measure_iris, Counter(owner for _, owner in unique_owned if owner is not None))
        for n, (tg, owner) in enumerate(unique_owned, start=1):
            T = f"{D}/target/{ordinal(n)}"
            self._target(T, tg)
            t.link(D, PKG + "hasTarget", T)
            if owner is not None:
                t.link(owner, PKG + "hasTarget", T)

    def _phases(self) -> None:
        t, D = self.t, self.D
        for n, ph in enumerate(self.doc.phases, start=1):
            P = f"{D}/phase/{ordinal(n)}"
            self.frag.phases += 1
            t.typed(P, PKG + "Phase")
            t.link(D, PKG + "hasPhase", P)
            t.add(P, RDFS + "label", plain(ph.label))
            if ph.start:
                t.add(P, PKG + "start", temporal_lit(ph.start))
            if ph.end:
                t.add(P, PKG + "end", temporal_lit(ph.end))
            self._span(P, ph.span, text=False)
            t.link(P, PKG + "inDocument", D)

    def _measure_records(self, measure_iris: list[str], targets: Counter[str]) -> None:
        """What ``SharedPart.measures`` holds for each measure (the same keys its triples link to)."""
        doc = self.doc
        for m, M in zip(doc.measures, measure_iris, strict=True):
            inherited: list[UnitRef] = []
            for idx in m.section_path:
                inherited += doc.sections[idx].responsible + doc.sections[idx].lead
            units = tuple(_unique(r.key for r in [*m.responsible, *m.lead, *inherited]))
            lead = tuple(_unique(r.key for r in m.lead))
            industries = tuple(_unique(r.key for r in m.industries))
            systems = tuple(_unique(r.key for r in m.systems))
            self.part.measures.append(MeasureCounts(M, units, lead, industries, systems, targets[M]))

    def _span(self, node: str, span: Span, *, text: bool) -> None:
        if span.end > len(self.text):
            raise GraphBuildError(
                f"{self.where}: span {span.start}:{span.end} lies beyond the text ({len(self.text)} chars)"
            )
        self.t.add(node, PKG + "charStart", int_lit(span.start))
        self.t.add(node, PKG + "charEnd", int_lit(span.end))
        if text:
            self.t.add(node, PKG + "text", plain(self.text[span.start : span.end]))

    def _page(self, node: str, offset: int) -> None:
        if self.doc.source.pages:
            page = self.doc.source.page_of(offset)
            if page is not None:
                self.t.add(node, PKG + "page", int_lit(page))

    def _measure(self, m: Measure, sections: list[str]) -> str:
        doc, t, D, where = self.doc, self.t, self.D, self.where
        M = f"{D}/measure/{ordinal(m.ordinal)}"
        self.frag.measures += 1
        t.typed(M, PKG + "Measure")
        t.link(D, PKG + "hasMeasure", M)
        for idx in m.section_path:
            if not 0 <= idx < len(sections):
                raise GraphBuildError(f"{where}: measure {m.ordinal} has a bad section index {idx}")
        if m.section_path:
            t.link(sections[m.section_path[-1]], PKG + "hasMeasure", M)
        t.add(M, PKG + "number", plain(m.number))
        t.add(M, PKG + "ordinal", int_lit(m.ordinal))
        if m.label:
            t.add(M, RDFS + "label", plain(m.label))
        quote_ = m.span.quote(self.text)
        if quote_ != m.text:
            log.warning(
                "%s: measure %d text differs from the source at %d:%d; the source quote is used",
                where,
                m.ordinal,
                m.span.start,
                m.span.end,
            )
        self._span(M, m.span, text=True)
        t.add(M, PKG + "searchText", plain(fold(quote_)))
        self._page(M, m.span.start)
        t.link(M, PKG + "inDocument", D)

        inherited: list[UnitRef] = []
        for idx in m.section_path:
            inherited += doc.sections[idx].responsible + doc.sections[idx].lead
        for ref in [*m.responsible, *m.lead, *inherited]:
            t.link(M, PKG + "responsibleUnit", self._unit_ref(ref.key, ref.surface))
        for ref in m.lead:
            t.link(M, PKG + "leadUnit", self.ids.unit(ref.key))
        for iref in m.industries:
            self.part.industry_refs.append((iref.key, iref.surface))
            t.link(M, PKG + "concernsIndustry", self.ids.industry(iref.key))
        for sref in m.systems:
            self.part.system_refs.append((sref.key, sref.surface))
            t.link(M, PKG + "concernsSystem", self.ids.system(sref.key))
        return M

    def _target(self, T: str, tg: TargetInfo) -> None:
        t, D = self.t, self.D
        self.frag.targets += 1
        t.typed(T, PKG + "Target")
        t.add(T, PKG + "value", typed_lit(decimal_lexical(tg.value), XSD_DECIMAL))
        if tg.value_max is not None:
            t.add(T, PKG + "valueMax", typed_lit(decimal_lexical(tg.value_max), XSD_DECIMAL))
        t.add(T, PKG + "targetKind", plain(tg.kind))
        if tg.unit:  # an index (居民消费价格指数控制在103左右) has no unit
            t.add(T, PKG + "unitOfMeasure", plain(tg.unit))
        t.add(T, PKG + "comparator", plain(tg.comparator))
        if tg.indicator:
            t.add(T, PKG + "indicator", plain(tg.indicator))
        if tg.year is not None:
            t.add(T, PKG + "year", int_lit(tg.year))
        if tg.clause.end > len(self.text):
            raise GraphBuildError(f"{self.where}: target clause {tg.clause} lies beyond the text")
        t.add(T, PKG + "sourceText", plain(tg.clause.quote(self.text)))
        self._span(T, tg.span, text=False)
        if tg.per_year:
            t.add(T, PKG + "perYear", bool_lit(True))
        if tg.deadline:
            t.add(T, PKG + "deadline", temporal_lit(tg.deadline))
        if tg.surface:
            t.add(T, PKG + "surface", plain(tg.surface))
        self._page(T, tg.span.start)
        t.link(T, PKG + "inDocument", D)


def _lang_of(s: str) -> str:
    return "zh-Hant" if script_of(s) == "Hant" else "zh-Hans"


def make_fragment(
    doc: ParsedDocument, base_iri: str = DEFAULT_BASE, *, ids: Iris | None = None, keep_triples: bool = False
) -> Fragment:
    """The document-local triples of ``doc`` (serialised) and its contributions to shared entities; with
    ``keep_triples``, the triples too (``Fragment.local``)."""
    return _FragmentMaker(doc, ids or Iris(base_iri), keep_triples=keep_triples).run()


# --------------------------------------------------------------------------- shared entities


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


@dataclass
class SharedCounts:
    triples: int = 0
    units: int = 0
    industries: int = 0
    systems: int = 0
    regions: int = 0
    cited: int = 0
    coordinations: int = 0
    ownerships: int = 0


class Assembler:
    """Merges the ``SharedPart`` of every document (the rules of ``tests/graph/oracle/rdf_oracle.py``'s module docstring).

    ``run`` takes the parts in any order (it sorts them by ``doc_id``) and returns the shared block and the
    ``pkg:cites`` triples of each document.
    """

    def __init__(self, base_iri: str = DEFAULT_BASE) -> None:
        self.ids = Iris(base_iri)
        # The derived summary nodes, rendered (policykg.graph.rdf.summaries): written after the shared block.
        self.summary_nt = b""
        self.summary_ttl = b""
        self.units: dict[str, _Named] = {}
        self.industries: dict[str, _Named] = {}
        self.systems: dict[str, _System] = {}
        self.regions: dict[str, str] = {}
        self.cited: dict[str, str] = {}
        self.labels: dict[str, tuple[str, str]] = {}
        self.counts = SharedCounts()

    @staticmethod
    def _merge(table: dict[str, _Named], key: str, pref: str, alts: Iterable[str], source: str) -> _Named:
        entry = table.get(key)
        if entry is None:
            entry = table[key] = _Named(pref=pref)
        elif pref and pref != entry.pref:
            entry.alts.add(pref)  # another document's canonical name is still a surface form of this key
        if alts:
            entry.alts.update(alts)  # fragments never carry empty labels
        if source:
            entry.sources.add(source)
        return entry

    def _define(self, part: SharedPart) -> None:
        for key, pref, alts, source, parent, region, kind in part.units:
            entry = self._merge(self.units, key, pref, alts, source)
            entry.parent = entry.parent or parent
            entry.region = entry.region or region
            entry.kind = entry.kind or kind
        for key, pref, alts, source in part.industries:
            self._merge(self.industries, key, pref, alts, source)
        for key, label, code, region, source, members, cats in part.systems:
            sy = self.systems.setdefault(key, _System(label=label, code=code))
            sy.region = sy.region or region
            if source:
                sy.sources.add(source)
            sy.members = _unique([*sy.members, *members])
            for ckey, clabel, cmembers in cats:
                c = sy.categories.setdefault(ckey, _Category(label=clabel))
                c.members = _unique([*c.members, *cmembers])
        for rkey, rlabel in part.regions:
            self.regions.setdefault(rkey, rlabel)

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

    def run(self, parts: Sequence[SharedPart]) -> tuple[TripleSet, dict[str, TripleSet]]:
        parts = sorted(parts, key=lambda p: p.doc_id)
        for part in parts:
            self._define(part)
        built_titles: dict[str, str] = {}
        for part in parts:
            if part.title_key:
                built_titles.setdefault(part.title_key, part.doc_iri)
        cites: dict[str, TripleSet] = {}
        for part in parts:
            for key, surface in part.unit_refs:
                self.unit_ref(key, surface, part.where)
            for key, surface in part.industry_refs:
                self.industry_ref(key, surface, part.where)
            for key, surface in part.system_refs:
                if key not in self.systems:
                    log.warning("%s: system key %r is not among the document's systems", part.where, key)
                    self.systems[key] = _System(label=surface or key, code="")
            ts = TripleSet()
            for tkey, title in part.cites:
                target = built_titles.get(tkey)
                if target is None:
                    self.cited.setdefault(tkey, title)
                    target = self.ids.cited_from_key(tkey)
                if target != part.doc_iri:  # a document naming its own title is not a citation
                    ts.link(part.doc_iri, PKG + "cites", target)
            if len(ts):
                cites[part.doc_id] = ts
                self.counts.triples += len(ts)
        shared = self._shared()
        self._summaries(shared, parts)
        self.counts.triples += len(shared)
        return shared, cites

    def _summaries(self, t: TripleSet, parts: Sequence[SharedPart]) -> None:
        systems = {
            key: (
                sy.code or sy.label,
                system_members(sy.members, (c.members for c in sy.categories.values())),
            )
            for key, sy in self.systems.items()
        }
        block = add_summaries(
            t,
            parts,
            self.ids,
            units=self._names(self.units),
            industries=self._names(self.industries),
            systems=systems,
        )
        self.summary_nt, self.summary_ttl = block.nt, block.ttl
        self.counts.coordinations, self.counts.ownerships = (
            block.counts.coordinations,
            block.counts.ownerships,
        )
        self.counts.triples += block.counts.triples

    def _names(self, table: dict[str, _Named]) -> dict[str, tuple[str, str]]:
        """key -> (prefLabel, matchKey), as ``_labels`` writes them, in key order."""
        out = {}
        for key in sorted(table):
            entry = table[key]
            alts = sorted(a for a in entry.alts if a and a != entry.pref)
            out[key] = (entry.pref, self._match_key([entry.pref, *alts]))
        return out

    def _label_info(self, s: str) -> tuple[str, str]:
        """(language tag of ``s`` as an altLabel, its ``name_key``), computed once per label."""
        info = self.labels.get(s)
        if info is None:
            info = self.labels[s] = ("zh-Hant" if script_of(s) == "Hant" else "zh-Hans", name_key(s))
        return info

    def _match_key(self, labels: Iterable[str]) -> str:
        return "|".join(_unique(self._label_info(label)[1] for label in labels if label))

    def _shared(self) -> TripleSet:
        ids, t, n = self.ids, TripleSet(), self.counts
        for key in sorted(self.cited):
            C = ids.cited_from_key(key)
            n.cited += 1
            t.typed(C, PKG + "PolicyDocument")
            t.add(C, DCTERMS + "title", lang_lit(self.cited[key], "zh-Hans"))

        # A parent no document defines still needs a Unit node (with a name) before units are emitted.
        for key in sorted(self.units):
            parent = self.units[key].parent
            if parent:
                self.unit_ref(parent, "", f"unit {key}")
        for key in sorted(self.units):
            u = self.units[key]
            U = ids.unit(key)
            n.units += 1
            t.typed(U, PKG + "Unit")
            self._labels(t, U, u)
            if u.parent:
                t.link(U, ORG + "subOrganizationOf", ids.unit(u.parent))
            if u.region:
                t.link(U, PKG + "region", ids.region_from_key(self._region_key(u.region)))
            if u.kind:
                t.add(U, PKG + "unitKind", plain(u.kind))

        # Categories may name industries no document listed itself; register them before emitting industries.
        for key in sorted(self.systems):
            sy = self.systems[key]
            for ikey in [*sy.members, *(i for c in sy.categories.values() for i in c.members)]:
                self.industry_ref(ikey, "", f"system {key}")
        classes: dict[str, ClassEntry] = {}
        for key in sorted(self.industries):
            n.industries += 1
            I_ = ids.industry(key)
            t.typed(I_, PKG + "Industry")
            self._labels(t, I_, self.industries[key])
            self._classes(t, I_, self.industries[key].pref, classes)
        self._class_nodes(t, classes)

        for key in sorted(self.systems):
            sy = self.systems[key]
            Y = ids.system(key)
            n.systems += 1
            t.typed(Y, PKG + "IndustrySystem")
            t.add(Y, RDFS + "label", plain(sy.label))
            if sy.code:
                t.add(Y, PKG + "code", plain(sy.code))
            t.add(Y, PKG + "matchKey", plain(self._match_key([sy.label, sy.code])))
            if sy.region:
                t.link(Y, PKG + "region", ids.region_from_key(self._region_key(sy.region)))
            for src in _system_sources(sy.sources):
                t.add(Y, PKG + "knowledgeSource", plain(src))
            for ikey in sy.members:
                t.link(Y, PKG + "hasMember", ids.industry(ikey))
            for ckey, cat in sy.categories.items():
                C = ids.category(key, ckey)
                t.typed(C, PKG + "IndustryCategory")
                t.link(Y, PKG + "hasCategory", C)
                t.add(C, RDFS + "label", plain(cat.label))
                t.add(C, PKG + "matchKey", plain(self._match_key([cat.label])))
                for ikey in cat.members:
                    t.link(C, PKG + "hasMember", ids.industry(ikey))

        for key in sorted(self.regions):
            R = ids.region_from_key(key)
            n.regions += 1
            t.typed(R, PKG + "Region")
            t.add(R, RDFS + "label", lang_lit(self.regions[key], "zh-Hans"))
        return t

    def _classes(self, t: TripleSet, node: str, label: str, seen: dict[str, ClassEntry]) -> None:
        """The industry's national classes (pkg:classifiedAs + skos:exactMatch/broadMatch) and class paths."""
        table = load_classifications()
        for cm in classify(label):
            C = self.ids.industry_class(cm.entry.id)
            t.link(node, PKG + "classifiedAs", C)
            t.link(node, SKOS + ("exactMatch" if cm.match == "exact" else "broadMatch"), C)
            for a in table.ancestors(cm.entry.id):
                seen[a.id] = a
                t.add(node, PKG + "classPath", plain(f"{a.scheme}|{a.level}|{a.code}|{a.name}"))

    def _class_nodes(self, t: TripleSet, classes: dict[str, ClassEntry]) -> None:
        table = load_classifications()
        for cid in sorted(classes):
            e = classes[cid]
            C = self.ids.industry_class(cid)
            t.typed(C, PKG + "IndustryClass")
            t.add(C, SKOS + "notation", plain(e.code))
            t.add(C, RDFS + "label", plain(e.name))
            t.add(C, PKG + "classLevel", plain(e.level))
            t.link(C, SKOS + "inScheme", self.ids.scheme(e.scheme))
            if e.parent:
                t.link(C, SKOS + "broader", self.ids.industry_class(e.parent))
        for scheme in sorted({e.scheme for e in classes.values()}):
            S = self.ids.scheme(scheme)
            t.typed(S, PKG + "ClassificationScheme")
            t.add(S, RDFS + "label", plain(str(table.schemes[scheme]["label"])))
            t.add(S, PKG + "knowledgeSource", plain(str(table.schemes[scheme]["source"])))

    def _region_key(self, name: str) -> str:
        return self._label_info(name)[1]  # region_key(name) == name_key(name)

    def _labels(self, t: TripleSet, node: str, entry: _Named) -> None:
        t.add(node, SKOS + "prefLabel", lang_lit(entry.pref, "zh-Hans"))
        alts = sorted(a for a in entry.alts if a and a != entry.pref)
        for alt in alts:
            t.add(node, SKOS + "altLabel", lang_lit(alt, self._label_info(alt)[0]))
        t.add(node, PKG + "matchKey", plain(self._match_key([entry.pref, *alts])))
        for src in sorted(entry.sources):
            t.add(node, PKG + "knowledgeSource", plain(src))


_REFERENCED = re.compile(r"^referenced in (.+); members unknown$")
_REFERENCES_LISTED = 3


def _system_sources(sources: Iterable[str]) -> list[str]:
    """A system's knowledge sources, sorted; the documents that only mention a system nobody lists the members
    of are counted, with the first few named, instead of one source each (thousands at 10,000 documents)."""
    refs = sorted(m.group(1) for s in sources if (m := _REFERENCED.match(s)))
    rest = sorted(s for s in sources if not _REFERENCED.match(s))
    if len(refs) <= _REFERENCES_LISTED:
        return sorted(rest + [f"referenced in {r}; members unknown" for r in refs])
    named = ", ".join(refs[:_REFERENCES_LISTED])
    return sorted([*rest, f"referenced in {len(refs)} documents ({named}, ...); members unknown"])


# --------------------------------------------------------------------------- writing


@dataclass(frozen=True)
class DocPart:
    """One document's share of the output files: byte ranges of a file holding its serialised fragment
    (``policykg.pipeline.cache``'s entry), checked by the bytes expected at ``header``, plus extra text
    (its ``pkg:cites`` triples, which depend on the other documents).

    With ``ttl_path``, the N-Triples range lies in ``path`` and the Turtle range in ``ttl_path``: the part is
    copied unchanged from a previous ``graph.nt`` / ``graph.ttl`` (checked by the caller; ``header`` empty)."""

    path: Path
    header: bytes  # the file starts with exactly these bytes (a damaged file is refused)
    nt: tuple[int, int]  # (offset, length)
    ttl: tuple[int, int]
    extra_nt: bytes = b""
    extra_ttl: bytes = b""
    ttl_path: Path | None = None


class _Spans:
    """Appends byte ranges of source files to one descriptor; ranges that follow each other in one source
    (unchanged documents of a previous graph file) become one copy, done in the kernel where possible."""

    def __init__(self, out: int) -> None:
        self.out = out
        self.fds: dict[Path, int] = {}
        self.path: Path | None = None
        self.offset = 0
        self.length = 0
        self.written = 0

    def fd(self, path: Path) -> int:
        fd = self.fds.get(path)
        if fd is None:
            fd = self.fds[path] = os.open(path, os.O_RDONLY)
        return fd

    def add(self, path: Path, offset: int, length: int) -> None:
        if self.path == path and self.offset + self.length == offset:
            self.length += length
            return
        self.flush()
        self.path, self.offset, self.length = path, offset, length

    def flush(self) -> None:
        from policykg.fsutil import copy_range

        if self.path is None:
            return
        path, offset, length = self.path, self.offset, self.length
        self.path = None
        if copy_range(self.fd(path), self.out, offset, length) != length:
            raise GraphBuildError(f"{path}: truncated cache entry; run the build again with --force")
        self.written += length

    def write(self, data: bytes) -> None:
        self.flush()
        view = memoryview(data)
        while view:
            view = view[os.write(self.out, view) :]
        self.written += len(data)

    def close(self, path: Path) -> None:
        fd = self.fds.pop(path, None)
        if fd is not None:
            os.close(fd)

    def close_all(self) -> None:
        for path in list(self.fds):
            self.close(path)


def _copy_parts(dst: BinaryIO, parts: Sequence[DocPart], which: str) -> int:
    dst.flush()  # from here on, everything goes straight to the descriptor
    spans = _Spans(dst.fileno())
    try:
        for part in parts:
            path = part.path if which == "nt" or part.ttl_path is None else part.ttl_path
            offset, length = part.nt if which == "nt" else part.ttl
            if part.header and os.pread(spans.fd(path), len(part.header), 0) != part.header:
                raise GraphBuildError(f"{part.path}: damaged cache entry; run the build again with --force")
            spans.add(path, offset, length)
            extra = part.extra_nt if which == "nt" else part.extra_ttl
            if extra:
                spans.write(extra)
            if part.header:  # one cache entry per document: copy it now rather than keep thousands open
                spans.flush()
                spans.close(path)
        spans.flush()
    finally:
        spans.close_all()
    return spans.written


def write_graph_files(
    out_dir: Path,
    shared: TripleSet | tuple[bytes, bytes],
    parts: Sequence[DocPart],
    *,
    spare_dir: Path | None = None,
) -> tuple[int, int]:
    """Stream ``graph.nt`` and ``graph.ttl`` into ``out_dir``: the shared block (a ``TripleSet``, or its
    N-Triples and Turtle bytes already rendered, Turtle prefixes included), then every document's part, in
    the order given. Both files are written to temporary siblings and replace the old ones only when both are
    complete and on disk (``policykg.fsutil.atomic_open``; with ``spare_dir``, ``atomic_open_reusing``: the
    replaced files are kept there and overwritten by the next write). One thread per file: the work is copies
    and fsync, which overlap. Returns the sizes written."""
    from concurrent.futures import ThreadPoolExecutor

    from policykg.fsutil import atomic_open, atomic_open_reusing

    def opener(name: str) -> Any:
        if spare_dir is None:
            return atomic_open(out_dir / name, "wb")
        # The previous version is kept as scratch space for the next write (see atomic_open_reusing).
        return atomic_open_reusing(out_dir / name, spare_dir / f"spare-{name}")

    def copy(dst: BinaryIO, which: str) -> int:
        n = _copy_parts(dst, parts, which)
        dst.flush()
        os.fsync(
            dst.fileno()
        )  # here, so both files reach the disk at once (atomic_open's fsync is then free)
        return n

    try:
        with opener("graph.nt") as fnt, opener("graph.ttl") as fttl:
            if isinstance(shared, TripleSet):
                head_nt = shared.ntriples().encode("utf-8")
                head_ttl = (TURTLE_HEADER + shared.turtle()).encode("utf-8")
            else:
                head_nt, head_ttl = shared
            fnt.write(head_nt)
            fttl.write(head_ttl)
            with ThreadPoolExecutor(max_workers=2, thread_name_prefix="graph-writer") as pool:
                nt_job = pool.submit(copy, fnt, "nt")
                ttl_job = pool.submit(copy, fttl, "ttl")
                sizes = (len(head_nt) + nt_job.result(), len(head_ttl) + ttl_job.result())
    except GraphBuildError:
        raise
    except Exception as err:  # writers and the disk raise many types; every one means "not written"
        raise GraphBuildError(f"{out_dir / 'graph.ttl'}: could not write the graph: {err}") from err
    return sizes


def render_ntriples(fragments: Sequence[Fragment], base_iri: str = DEFAULT_BASE) -> tuple[str, Assembler]:
    """The whole graph of ``fragments`` as one N-Triples string (for small graphs and tests), and the
    assembler that merged their shared parts (its ``counts``)."""
    asm = Assembler(base_iri)
    shared, cites = asm.run([f.shared for f in fragments])
    parts = [shared.ntriples(), asm.summary_nt.decode("utf-8")]
    for f in sorted(fragments, key=lambda f: f.shared.doc_id):
        parts.append(f.nt)
        if f.shared.doc_id in cites:
            parts.append(cites[f.shared.doc_id].ntriples())
    return "".join(parts), asm
