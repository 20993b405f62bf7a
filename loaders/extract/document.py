"""The extraction orchestrator: ``SourceDocument`` -> ``ParsedDocument``.

It runs the structure parser, then the metadata, unit, target and industry extractors on the spans the
structure gives them, and assigns responsibility clauses to measures:

* an inline clause at the end of a measure applies to that measure;
* a standalone line (责任单位:/责任部门:/牵头单位: …) applies to every measure of its section since the
  previous clause (see :func:`policykg.loaders.extract.structure.parse_structure`);
* a stated lead rule (排第一位的为牵头单位,下同 / 列第一位者为牵头单位) makes the first unit of that clause and of
  every later clause in the document the lead;
* leads are always also responsible.

Deterministic: the same source gives the same ``ParsedDocument``.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from pathlib import PurePath

from policykg.errors import ExtractError, PolicyKGError
from policykg.loaders.extract import industry_backoff
from policykg.loaders.extract.industries import (
    TITLE_TRADES,
    IndustryLexicon,
    basis_title,
    document_forms,
    find_defined_systems,
    find_industries,
    heading_trade,
    new_industry,
    sector_title,
    title_trades,
)
from policykg.loaders.extract.industry_grammar import doc_cues
from policykg.loaders.extract.label import document_label
from policykg.loaders.extract.meta import extract_meta, find_phases
from policykg.loaders.extract.responsibility import (
    ResponsibilityClause,
    approved_proposer,
    charged_lead,
    charged_subject,
    find_stated_default,
    joined_partner,
    lead_rule_kind,
    leading_role,
    main_label_only,
    parse_responsibility,
    requested_subject,
    scope_units,
    states_all_lead_rule,
    states_lead_rule,
    states_mark_lead_rule,
)
from policykg.loaders.extract.structure import Outline, parse_structure
from policykg.loaders.extract.tables import cell_target
from policykg.loaders.extract.targets import background_heading, find_targets, in_goal_column
from policykg.loaders.extract.units import UnitLexicon, UnitResolver
from policykg.loaders.extract.vocab import vocabulary
from policykg.models import (
    IndustryInfo,
    IndustryRef,
    Measure,
    ParsedDocument,
    Phase,
    SourceDocument,
    Span,
    SystemInfo,
    SystemRef,
    TargetInfo,
    UnitRef,
)

log = logging.getLogger(__name__)

__all__ = ["doc_id_for", "extract"]

_SAFE_STEM = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.-]*")  # never "." or "..": IRIs would collapse
_CITE = re.compile(r"《([^《》\n]{1,200})》")
# The lead-rule phrase itself, to record it on DocMeta.lead_rule.
_LEAD_PHRASE = re.compile(r"[^(),;。:\n]*第一位[^(),;。:\n]*牵头[^(),;。:\n]*")
# A note line (注:…): a lead rule it states covers the whole document.
_NOTE = re.compile(r"\s*[(\[【]?\s*(?:" + "|".join(map(re.escape, vocabulary().notes)) + r")\s*[:\])】]")
# Lines that can carry facts (targets) outside measures.
_FACT_KINDS = frozenset({"content", "heading", "title", "phase"})


def doc_id_for(source_file: str) -> str:
    """Deterministic document id: the file stem when it is IRI-safe ASCII, else ``d`` + sha1(stem)[:16]."""
    stem = PurePath(source_file).stem
    if stem and _SAFE_STEM.fullmatch(stem):
        return stem
    return "d" + hashlib.sha1(stem.encode("utf-8")).hexdigest()[:16]


@lru_cache(maxsize=1)
def _default_units() -> UnitLexicon:
    return UnitLexicon.load_default()


@lru_cache(maxsize=1)
def _default_industries() -> IndustryLexicon:
    return IndustryLexicon.load_default()


_WARM_UP_TEXT = (
    "青岛市人民政府\n一、重点发展新能源汽车、集成电路等产业,2025年达到10家(市发展改革委牵头,市财政局配合)。\n"
)


def warm_up() -> None:
    """Load what extraction reads on first use (lexicons, grammar, divisions, classifications, compiled
    matchers) by extracting one small document: processes forked afterwards (the build's workers) share it
    instead of each loading it again."""
    from pathlib import Path

    from policykg.loaders.normalize import match_text

    text = _WARM_UP_TEXT
    src = SourceDocument(
        Path("warm-up.txt"), "warm-up.txt", text, match_text(text), "utf-8", "Hans", "txt", ""
    )
    try:
        extract(src)
    except PolicyKGError as err:  # only a head start: each worker then loads what it needs itself
        log.debug("extraction warm-up failed: %s", err)


@dataclass
class _Clause:
    span: Span
    measures: list[int]
    section: int | None  # set when the clause is a section-level line
    inline: bool
    role: str | None = None  # a task table's unit column
    also: tuple[int, ...] = ()  # measures with their own clauses the section header adds its units to


def extract(
    src: SourceDocument, *, units: UnitLexicon | None = None, industries: IndustryLexicon | None = None
) -> ParsedDocument:
    """Extract sections, measures, units, targets, industries and metadata from one decoded document."""
    try:
        return _extract(src, units or _default_units(), industries or _default_industries())
    except PolicyKGError:
        raise
    except Exception as exc:  # a bug on one document must not stop a whole build: report it per file
        log.exception("extraction failed on %s", src.source_file)
        raise ExtractError(f"{src.source_file}: extraction failed ({type(exc).__name__}: {exc})") from exc


def _extract(src: SourceDocument, units: UnitLexicon, industries: IndustryLexicon) -> ParsedDocument:
    outline = parse_structure(src)
    meta = extract_meta(src)
    resolver = UnitResolver(
        units, issuer=meta.issuer, region=meta.region, doc_scope=f"doc:{doc_id_for(src.source_file)}"
    )
    issuer_as_written = meta.issuer or ""
    if meta.issuer:
        meta.issuer = resolver.resolve_name(meta.issuer)

    doc = ParsedDocument(
        source=src,
        doc_id=doc_id_for(src.source_file),
        meta=meta,
        sections=outline.sections,
        problems=list(outline.problems),
    )

    if (
        len(outline.measures) > 1
        and not src.text[outline.measures[-1].body : outline.measures[-1].span.end].strip()
    ):
        # 2. and nothing after it: a page cut right after the marker gives no measure; the page's only item
        # (三、主要任务 / (一)… / 1 and the text stops) is its first, recorded as far as the text goes
        outline.measures.pop()
        gone = len(outline.measures)
        for r in outline.responsibility:  # a line assigned to it assigns nothing now
            r.measures = [k for k in r.measures if k != gone]
            r.also = [k for k in r.also if k != gone]
    for ordinal, item in enumerate(outline.measures, start=1):
        opening = next(
            (c for c in item.clauses if _opens_body(src, item.body, c)), None
        )  # (一)A牵头的工作: the heading
        end_label = _label_end(src, item.body, item.span.end, opening or item.inline_clause)
        if item.title_end is not None:
            end_label = min(end_label, item.title_end)
        doc.measures.append(
            Measure(
                number=item.number,
                ordinal=ordinal,
                label=_trim_label(src.text[item.body : end_label]),
                text=src.text[item.span.start : item.span.end],
                span=item.span,
                section_path=list(item.section_path),
                cites=_cites(src, item.span),
                deadline=src.text[item.deadline.start : item.deadline.end] if item.deadline else None,
            )
        )

    _assign_responsibility(src, outline, doc, resolver)
    outside = _fact_spans(outline)
    _assign_targets(src, outline, doc, outside)
    _assign_industries(src, doc, industries, outside)
    doc.phases = _phases(src, outline)
    doc.units = resolver.units
    meta.label = document_label(doc, issuer_as_written) or None

    with_units = sum(1 for m in doc.measures if m.responsible)
    if with_units:
        for m in doc.measures:
            if not m.responsible:
                doc.problems.append(
                    f"measure {m.ordinal} ({m.number}. {m.label[:16]}) has no responsible unit "
                    f"while {with_units} other measures have one"
                )
    log.debug(
        "%s: %d sections, %d measures, %d units",
        src.source_file,
        len(doc.sections),
        len(doc.measures),
        len(doc.units),
    )
    return doc


_LABEL_TAIL = re.compile(
    r"(?:[;,:\uff1b\uff0c\uff1a、]|(?<=\D)\.)+$"
)  # ; , : ；，：、 or a full stop after no digit


def _trim_label(text: str) -> str:
    """A label without the stop that closed its phrase before a clause (增长8%;(牵头部门:A)) or a row's ASCII full
    stop (…47.1%. 发改委)."""
    return _LABEL_TAIL.sub("", text.strip()).strip()


def _label_end(src: SourceDocument, body: int, end: int, clause: Span | None) -> int:
    """End of the lead phrase: the first 。 (exclusive), else the start of an inline clause, else the end."""
    head = clause is not None and _opens_body(src, body, clause)
    # (一)加强管理,市教育局要…: a sentence's charged subject on the heading's line is part of the lead phrase, no
    # clause set after it (one on a line below ends the title-only heading above it)
    cuts = (
        clause is not None
        and clause.start >= body
        and not head
        and (not charged_subject(src.match, clause) or "\n" in src.match[body : clause.start])
        and not approved_proposer(src.match, clause)  # 会议原则同意县财政局关于…: the sentence goes on
        and not joined_partner(src.match, clause)  # 请A会同B、C组织…: the sentence goes on past its partners
        and not requested_subject(src.match, body, clause)  # 请A高度重视…: the request goes on past A
    )
    limit = clause.start if clause is not None and cuts else end
    if head:  # (一)省监察厅牵头的工作 / 二是由A负责、B配合做好…: the heading is the label
        line_end = src.match.find("\n", body, end)
        limit = line_end if line_end > 0 else end
    stop = src.match.find("。", body, end)
    if 0 <= stop < limit:
        return stop
    return limit


def _opens_body(src: SourceDocument, body: int, clause: Span) -> bool:
    """Whether a clause opens the item's text, alone or after its 由 (二是由A负责、B配合做好…); a clause ending
    before the text (the bodies a run's lead sentence charges) opens nothing."""
    if clause.end <= body:
        return False
    return clause.start <= body or src.match[body : clause.start].strip() == "由"


def _cites(src: SourceDocument, span: Span) -> list[str]:
    seen: list[str] = []
    for m in _CITE.finditer(src.match, span.start, span.end):
        title = src.text[m.start(1) : m.end(1)].strip()
        if title and title not in seen:
            seen.append(title)
    return seen


def _lead_rule_start(src: SourceDocument, outline: Outline) -> tuple[int | None, str | None, str]:
    """Offset of the first statement of a lead rule anywhere in the text, the phrase and the rule's kind (see
    :func:`lead_rule_kind`)."""
    for line in outline.lines:
        if line.kind in ("blank", "boilerplate", "meta"):
            continue
        if states_lead_rule(line.match):
            m = _LEAD_PHRASE.search(line.match)
            phrase = (
                src.text[line.start + m.start() : line.start + m.end()].strip() if m else line.text.strip()
            )
            # 注:排名第一的为牵头单位 under a list states the rule for the whole list, before it too
            return (0 if _NOTE.match(line.match) else line.lstart), phrase, lead_rule_kind(line.match)
    return None, None, "first"


def _all_lead_rule_start(outline: Outline) -> int | None:
    """Offset of the first statement that units listed without a named lead lead (无牵头单位的,责任单位即为牵头单位);
    0 for a note (注:…), which covers the whole list."""
    for line in outline.lines:
        if line.kind not in ("blank", "boilerplate", "meta") and states_all_lead_rule(line.match):
            return 0 if _NOTE.match(line.match) else line.lstart
    return None


def _mark_lead_rule_start(outline: Outline) -> int | None:
    """Offset of the first statement that the units marked with a sign lead (标☆的为牵头单位); 0 for a note."""
    for line in outline.lines:
        if line.kind not in ("blank", "boilerplate", "meta") and states_mark_lead_rule(line.match):
            return 0 if _NOTE.match(line.match) else line.lstart
    return None


def _add_refs(target: list[UnitRef], refs: list[UnitRef]) -> None:
    keys = {r.key for r in target}
    for ref in refs:
        if ref.key not in keys:
            target.append(UnitRef(ref.surface, ref.span, ref.key))  # a copy (faster than replace)
            keys.add(ref.key)


def _assign_responsibility(
    src: SourceDocument, outline: Outline, doc: ParsedDocument, resolver: UnitResolver
) -> None:
    clauses: list[_Clause] = []
    for mi, item in enumerate(outline.measures):
        for span in item.clauses:
            clauses.append(_Clause(span, [mi], None, True))
    for r in outline.responsibility:
        clauses.append(
            _Clause(
                r.span, list(r.measures), r.section if r.section_level else None, False, r.role, tuple(r.also)
            )
        )
    clauses.sort(key=lambda c: (c.span.start, c.span.end))

    rule_start, phrase, rule_kind = _lead_rule_start(src, outline)
    if phrase and not doc.meta.lead_rule:
        doc.meta.lead_rule = phrase
    scoped: list[tuple[int, ResponsibilityClause]] = []  # clauses that say 下同 / 不再列出, by start
    support_only: dict[int, bool] = {}  # measure -> every clause of its own names supporting units only
    main_only: dict[
        int, list[ResponsibilityClause]
    ] = {}  # measure -> its clauses labelled 责任单位:/承办单位: alone
    supported: dict[int, bool] = {}  # measure -> a clause of its own names supporting units only
    header_leads: list[
        tuple[int, list[UnitRef]]
    ] = []  # a section header's lead, for its measures that name none
    all_start = _all_lead_rule_start(outline)
    mark_start = _mark_lead_rule_start(outline)
    for clause in clauses:
        # a stated rule ranks the lists of units, not a sentence's charged subject (heldout65 di03's gold)
        first_is_lead = (
            rule_start is not None
            and clause.span.end > rule_start
            and not charged_subject(src.match, clause.span)
        )
        all_lead = all_start is not None and clause.span.end > all_start
        mark_lead = mark_start is not None and clause.span.end > mark_start
        parsed = parse_responsibility(
            src,
            clause.span,
            resolver,
            first_is_lead=first_is_lead,
            rule_kind=rule_kind,
            role=clause.role,
            all_lead=all_lead,
            mark_lead=mark_lead,
        )
        if not parsed.lead and charged_lead(src.match, clause.span):
            parsed.lead = list(parsed.responsible)  # 区体育事业发展中心要牵头做好…
        if parsed.states_lead_rule and not first_is_lead:
            # the clause itself states the rule without our line scan noticing: it applies from here on
            rule_start = clause.span.start if rule_start is None else min(rule_start, clause.span.start)
            parsed = parse_responsibility(
                src,
                clause.span,
                resolver,
                first_is_lead=True,
                rule_kind=lead_rule_kind(src.match[clause.span.start : clause.span.end]),
                role=clause.role,
                mark_lead=mark_lead,
            )
        if not parsed.responsible:
            doc.problems.append(
                f"responsibility text {src.text[clause.span.start : clause.span.end][:40]!r} "
                f"at {clause.span.start} names no unit"
            )
            continue
        if parsed.same_below or parsed.everywhere:
            scoped.append((clause.span.start, parsed))
        if not clause.measures and clause.section is None:
            continue
        main = clause.role is None and main_label_only(src.match[clause.span.start : clause.span.end])
        for mi in clause.measures:
            m = doc.measures[mi]
            if main and not parsed.lead:
                main_only.setdefault(mi, []).append(parsed)
            support_only[mi] = support_only.get(mi, True) and parsed.support_only
            supported[mi] = supported.get(mi, False) or parsed.support_only
            _add_refs(m.responsible, parsed.responsible)
            _add_refs(m.lead, parsed.lead)
            _add_refs(m.responsible, m.lead)
        scope_keys = {r.key for r in parsed.everywhere}  # carried last, by _apply_scopes
        for mi in clause.also:
            _add_refs(
                doc.measures[mi].responsible, [r for r in parsed.responsible if r.key not in scope_keys]
            )
            header_leads.append((mi, parsed.lead))
        if clause.section is not None:
            sec = doc.sections[clause.section]
            _add_refs(sec.responsible, parsed.responsible)
            _add_refs(sec.lead, parsed.lead)
            _add_refs(sec.responsible, sec.lead)
    _apply_scopes(doc, scoped)
    _apply_stated_default(src, doc, resolver)
    _apply_main_leads(doc, main_only, supported)
    _apply_section_leads(doc, [mi for mi, only in support_only.items() if only])
    for mi, lead in header_leads:  # a measure's own lead outranks its section header's
        if not doc.measures[mi].lead:
            _add_refs(doc.measures[mi].lead, lead)
    _apply_role_leads(src, doc)


def _apply_role_leads(src: SourceDocument, doc: ParsedDocument) -> None:
    """各牵头责任单位要…;各协同责任单位要…: a measure naming no lead is led by the collective of the lead role it
    charges against a supporting or responsible collective (see :func:`leading_role`); not where the document states
    that the units listed lead when no lead is named (无牵头单位的,责任单位即为牵头单位): there the role's name
    designates no body (heldout34 cb10's gold)."""
    if states_all_lead_rule(src.match):
        return
    for m in doc.measures:
        if m.lead or len(m.responsible) < 2:
            continue
        lead = leading_role(src.match, m.span.start, m.span.end, [r.span for r in m.responsible])
        if lead is not None:
            _add_refs(m.lead, [r for r in m.responsible if r.span == lead])


def _apply_main_leads(
    doc: ParsedDocument, main_only: dict[int, list[ResponsibilityClause]], supported: dict[int, bool]
) -> None:
    """承办单位:A / 协办单位:B on lines of their own: against the supporting units of another clause of the measure,
    the units its one main label names lead, as when both labels share a clause (责任单位:A;配合单位:B)."""
    for mi, mains in main_only.items():
        m = doc.measures[mi]
        if m.lead or len(mains) != 1 or not supported.get(mi, False):
            continue
        supporting = {r.key for r in m.responsible} - {r.key for r in mains[0].responsible}
        if supporting:
            _add_refs(m.lead, mains[0].responsible)


def _apply_section_leads(doc: ParsedDocument, measures: list[int]) -> None:
    """(三)省编办牵头的工作 … 2.推进改革。协同单位:省财政厅: a measure whose own clauses name supporting units only
    is led by the lead its section heading names."""
    for mi in measures:
        m = doc.measures[mi]
        if m.lead:
            continue
        for sec_idx in reversed(m.section_path):
            sec = doc.sections[sec_idx]
            if sec.lead:
                lead = list(sec.lead)
                _add_refs(lead, m.responsible)
                m.responsible[:] = lead
                _add_refs(m.lead, sec.lead)
                break


def _apply_stated_default(src: SourceDocument, doc: ParsedDocument, resolver: UnitResolver) -> None:
    """除特别注明的外,各县(市、区)政府都是配合单位 in the covering notice: the units join every task that names its
    own units and no place's body (a task naming a county has said otherwise; a task whose units the excerpt cuts
    is left as it is)."""
    if not doc.measures:
        return
    found = find_stated_default(src.match, doc.measures[0].span.start)
    if found is None:
        return
    span, role = found
    parsed = parse_responsibility(src, span, resolver, first_is_lead=False, role=role)
    if not parsed.responsible:
        return
    for m in doc.measures:
        if m.responsible and not any(resolver.names_place(r.surface) for r in m.responsible):
            _add_refs(m.responsible, parsed.responsible)
            if role == "lead":
                _add_refs(m.lead, parsed.lead)


def _apply_scopes(doc: ParsedDocument, scoped: list[tuple[int, ResponsibilityClause]]) -> None:
    """Carry scoped clauses to the measures after them.

    * 以下均需A落实,不再列出 / 均涉及A,不再做分工: A is added to every later measure;
    * a clause saying 下同 applies to every later measure without units of its own, until the next such clause.
    """
    for m in doc.measures:
        current: ResponsibilityClause | None = None
        for start, parsed in scoped:
            if start >= m.span.end:
                break
            if parsed.same_below and not (m.span.start <= start < m.span.end):
                current = parsed
        if current is not None and not m.responsible:
            _add_refs(m.responsible, current.responsible)
            _add_refs(m.lead, current.lead)
        for start, parsed in scoped:
            if start < m.span.end and parsed.everywhere:
                own = m.span.start <= start  # the scope's own measure: its clause's list said it already
                _add_refs(
                    m.responsible, scope_units(m.responsible, parsed.everywhere) if own else parsed.everywhere
                )


def _fact_spans(outline: Outline) -> list[tuple[int | None, Span]]:
    """Runs of consecutive fact-bearing lines outside measures, with their owning section (None = document)."""
    runs: list[tuple[int | None, Span]] = []
    current: int | None = None
    start = end = -1
    # past a top item whose tasks its ordinal paragraphs became (二、主要内容 / 明确目标。… / 一是…), its lines outside
    # those tasks are the page's own again (their goals the document's), no signature after the last section
    top_item = False
    for i, line in enumerate(outline.lines):
        if line.kind == "blank":
            continue
        owner = outline.line_owner[i]
        if line.kind == "measure" and line.level == 1:
            top_item = owner is None
        if owner is not None and owner[0] == "measure":
            key: int | None = -2
        elif line.kind not in _FACT_KINDS:
            key = -2
        else:
            key = owner[1] if owner is not None else None
            if (
                key is None
                and not top_item
                and outline.first_section_start is not None
                and line.lstart >= outline.first_section_start
            ):
                key = -2  # after the first section but in no section: signature, lists …
        if start >= 0 and key != current:
            if current != -2:
                runs.append((current, Span(start, end)))
            start = -1
        if start < 0:
            current, start = key, line.lstart
        end = line.rend
    if start >= 0 and current != -2:
        runs.append((current, Span(start, end)))
    return runs


# a measure's title: a lead phrase closed by 。 or by its line's end (一、…村3824亩高标准农田建设项目(高效节水灌溉))
_TITLE_END = re.compile(r"[。\n]")
_TITLE_MAX = 48
_NOT_A_TITLE = re.compile(r"[,;:|]")


def _without_title_repeats(
    src: SourceDocument, body: int, span: Span, found: list[TargetInfo]
) -> list[TargetInfo]:
    """A measure's targets without the figures its title only announces: (一)培育夜间经济集聚区10个。在全市打造夜间经济
    集聚区10个 states one goal, its title's figure repeated by its text (the text's copy is kept, with its bound:
    开展促消费活动100场。全年举办…100场以上). A title is a lead phrase alone (no comma, colon or cell bar)."""
    start = max(body, span.start)
    stop = _TITLE_END.search(src.match, start, span.end)
    title_end = stop.start() if stop else -1
    # no title of its own: a first sentence (…工程:突出抓好…,开工建设…) or a table row's cells
    if title_end < 0 or title_end - start > _TITLE_MAX or _NOT_A_TITLE.search(src.match, start, title_end):
        return found
    later = [t for t in found if t.span.start > title_end]
    return [t for t in found if t.span.end > title_end or not any(_restates(t, u) for u in later)]


def _restates(title: TargetInfo, text: TargetInfo) -> bool:
    """The text's target states the title's again: the same figure, of a thing named alike (a word of two
    characters in both indicators: 夜间经济集聚区 in 培育… and 在全市打造…; not 公园 and 绿地)."""
    if (title.value, title.unit, title.value_max) != (text.value, text.unit, text.value_max):
        return False
    words = {title.indicator[k : k + 2] for k in range(len(title.indicator) - 1)}
    return any(text.indicator[k : k + 2] in words for k in range(len(text.indicator) - 1))


def _assign_targets(
    src: SourceDocument, outline: Outline, doc: ParsedDocument, outside: list[tuple[int | None, Span]]
) -> None:
    year = doc.meta.year
    for m, item in zip(doc.measures, outline.measures, strict=True):
        # the item's marker is no figure (3.10家以上…: item 3, then 10家): read from its text's start
        text = Span(max(m.span.start, min(item.body, m.span.end)), m.span.end)
        m.targets = _without_title_repeats(src, item.body, m.span, find_targets(src, text, plan_year=year))
        if item.split_target is not None:  # a table's figure and unit in two cells
            t = cell_target(src, *item.split_target, Span(item.body, item.span.end), year)
            m.targets.extend([t] if t is not None else [])
        if item.growth is not None:  # 增长% | 15: the row's growth rate
            t = cell_target(src, item.growth, "%", Span(item.body, item.span.end), year)
            m.targets.extend([t] if t is not None else [])
        if item.budget is not None:  # 年度投资金额(万元) | 300: funds set aside for the project
            figure, unit, name = item.budget
            t = cell_target(src, figure, unit, Span(item.body, item.span.end), year, indicator=name)
            if t is not None:
                t.kind = "budget"
                m.targets.append(t)
        if _in_background(doc, [m.label.split("\n", 1)[0]], m.section_path):
            m.targets = [t for t in m.targets if t.kind != "goal" or in_goal_column(src.match, t.span.start)]
    for owner, span in outside:
        found: list[TargetInfo] = find_targets(src, span, plan_year=year)
        if owner is None:
            doc.doc_targets.extend(found)
        elif _in_background(doc, [], _section_chain(doc, owner)):
            doc.sections[owner].targets.extend(t for t in found if t.kind != "goal")
        else:
            doc.sections[owner].targets.extend(found)
    for m in doc.measures:
        m.targets = _once_per_item(src, m.targets)
    _drop_restated(doc)


_NOUN_AFTER = 2  # the characters right after a figure that name what it counts (17个乡镇)


def _once_per_item(src: SourceDocument, found: list[TargetInfo]) -> list[TargetInfo]:
    """An item that restates its own figure in a later clause (在17个乡镇硬化道路…,惠及17个乡镇; 配套3824亩滴灌设施 …
    绩效目标:实施3824亩滴管设施): the same count of the same thing, one goal."""
    if len(found) < 2:
        return found
    seen: dict[tuple[Decimal, str, str], int] = {}
    kept = []
    for t in found:
        noun = src.match[t.span.end : t.span.end + _NOUN_AFTER]
        key = (t.value, t.unit, noun)
        # 新建30家社区综合为老服务中心、新建30家社区长者食堂: two entries of one list (no clause mark between) are
        # two things, not a restatement
        listed = key in seen and not _CLAUSE_MARK.search(src.match, seen[key], t.span.start)
        if key in seen and not listed and t.kind == "goal" and _HAN_WORDS.fullmatch(noun):
            continue
        seen[key] = t.span.end
        kept.append(t)
    return kept


_CLAUSE_MARK = re.compile(r"[,;。:\n]")


def _drop_restated(doc: ParsedDocument) -> None:
    """A heading that sums up its items' figures (一、减少农村扶贫对象6.76万人;实施易地扶贫搬迁18695人 over 1.减少
    农村扶贫对象6.76万人 / 2.实施易地扶贫搬迁18695人), or a page's summary above the document doing so for all of
    them: each figure is its item's target, counted once, there."""
    # only the levels that hold figures of their own are compared: most sections hold none
    wanted: set[int | None] = {i for i, section in enumerate(doc.sections) if section.targets}
    if doc.doc_targets:
        wanted.add(None)
    if not wanted:
        return
    below: dict[int | None, Counter[tuple[Decimal, str, str]]] = {}
    at = {t.span.start for m in doc.measures for t in m.targets}
    for m in doc.measures:
        levels = [i for i in (None, *m.section_path) if i in wanted]
        if not levels or not m.targets:
            continue
        keys = [_restated_key(doc.source, t) for t in m.targets]  # once per measure, not once per level
        for i in levels:
            counter = below.get(i)
            if counter is None:
                counter = below[i] = Counter()
            counter.update(keys)
    for i, section in enumerate(doc.sections):
        section.targets = _not_restated(doc.source, section.targets, below.get(i), at)
    doc.doc_targets = _not_restated(doc.source, doc.doc_targets, below.get(None), at)
    doc.doc_targets = _not_copied(doc)
    doc.doc_targets = _once_on_page(doc)


_COPIED_CONTEXT = 8  # the words before a figure a page's lead copies with it (到2027年,攻克100项)


def _copied_key(src: SourceDocument, t: TargetInfo) -> tuple[Decimal, str, str]:
    a = t.span.start
    return t.value, t.unit, src.match[max(0, a - _COPIED_CONTEXT) : a]


def _not_copied(doc: ParsedDocument) -> list[TargetInfo]:
    """A page's lead that copies a goal of the document below it word for word (a news item quoting the plan's
    工作目标 paragraph; a 公示's summary repeating a heading's 实施产业发展项目4个): one goal, the document's."""
    if not doc.doc_targets:
        return doc.doc_targets
    inner = [t for s in doc.sections for t in s.targets] + [t for m in doc.measures for t in m.targets]
    left = Counter(_copied_key(doc.source, t) for t in inner)
    kept = []
    for t in doc.doc_targets:
        key = _copied_key(doc.source, t)
        if left[key] > 0:
            left[key] -= 1
        else:
            kept.append(t)
    return kept


def _once_on_page(doc: ParsedDocument) -> list[TargetInfo]:
    """A page's own figure copied word for word, as a news page's lead copies its headline (哈尔滨市紧急下拨先期抗旱
    资金580万元 twice): one figure, stated once (heldout51 cs14 annotation)."""
    if len(doc.doc_targets) < 2:
        return doc.doc_targets
    seen: set[tuple[Decimal, str, str]] = set()
    kept = []
    for t in doc.doc_targets:
        key = _copied_key(doc.source, t)
        if key in seen and _HAN_WORDS.fullmatch(key[2]):
            continue
        seen.add(key)
        kept.append(t)
    return kept


def _not_restated(
    src: SourceDocument, found: list[TargetInfo], left: Counter[tuple[Decimal, str, str]] | None, at: set[int]
) -> list[TargetInfo]:
    if not left or not found:
        return found
    kept = []
    for t in found:
        key = _restated_key(src, t)
        if (
            left[key] <= 0
        ):  # 建设幼儿园60所 over 改扩建)幼儿园60所: the same noun before it, other words before that
            key = next((k for k, n in left.items() if n > 0 and _same_noun_before(k, key)), key)
        # the same words elsewhere (not the item's own figure, nor a list's next figure: 10万元、20万元)
        if left[key] > 0 and t.span.start not in at and _HAN_WORDS.fullmatch(key[2][-_NOUN_CONTEXT:]):
            left[key] -= 1
        else:
            kept.append(t)
    return kept


_HAN_WORDS = re.compile(r"[\u4e00-\u9fff]+")
_NOUN_CONTEXT = 3  # the characters right before a figure that name what it counts (幼儿园60所)


def _same_noun_before(a: tuple[Decimal, str, str], b: tuple[Decimal, str, str]) -> bool:
    """Two figures of one value and unit after the same three Chinese characters (幼儿园60所)."""
    return (
        a[:2] == b[:2]
        and a[2][-_NOUN_CONTEXT:] == b[2][-_NOUN_CONTEXT:]
        and bool(_HAN_WORDS.fullmatch(a[2][-_NOUN_CONTEXT:]))
    )


_RESTATED_CONTEXT = 4  # characters before a figure that show a heading restates an item's (扶贫对象6.76万人)


def _restated_key(src: SourceDocument, t: TargetInfo) -> tuple[Decimal, str, str]:
    a = t.span.start
    return t.value, t.unit, src.match[max(0, a - _RESTATED_CONTEXT) : a]


def _section_chain(doc: ParsedDocument, index: int) -> list[int]:
    chain: list[int] = []
    at: int | None = index
    while at is not None and at not in chain:
        chain.append(at)
        at = doc.sections[at].parent
    return chain


def _in_background(doc: ParsedDocument, labels: list[str], sections: list[int]) -> bool:
    """Under a heading that announces what exists or was achieved (一、发展基础)."""
    titles = [*labels, *(doc.sections[i].title for i in sections)]
    return any(background_heading(t) for t in titles)


# what ``find_industries`` finds in a span: industries, system references, their infos
_Found = tuple[list[IndustryRef], list[SystemRef], dict[str, IndustryInfo]]


def _assign_industries(
    src: SourceDocument, doc: ParsedDocument, lexicon: IndustryLexicon, outside: list[tuple[int | None, Span]]
) -> None:
    region = doc.meta.region
    systems = find_defined_systems(src, lexicon, region=region)
    title = doc.meta.title_span
    # the title read once: its trades name the pseudo-system and are the document's (its systems the same then)
    in_title = None if title is None else find_industries(src, title, lexicon, systems, region=region)
    # a page without a title: the opinion its basis cites first stands for it (依据《…关于促进婴幼儿照护服务发展的…意见》)
    pseudo = title_trades(src, title or basis_title(src), lexicon, in_title[0] if in_title else [])
    if pseudo is not None:
        systems[pseudo.key] = pseudo
    backoff = industry_backoff.enabled()
    model = industry_backoff.load_model() if backoff else None
    cut = industry_backoff.threshold(model) if model else 0.0
    # sections whose heading names no trade, not read again for each measure while the forms the headings are
    # read with stay the same (a measure referring to another lexicon system adds its members' forms)
    tradeless: set[int] = set()
    forms = document_forms(lexicon, systems)
    for m in doc.measures:
        inds, syss, infos = find_industries(src, m.span, lexicon, systems, region=region)
        m.industries = _outside_units(m, inds)
        m.systems = syss
        now = document_forms(lexicon, systems)
        if now is not forms:
            tradeless.clear()
            forms = now
        trades = _heading_trades(src, doc, m, lexicon, systems, tradeless)
        for ref, info in trades + (_backoff_trades(src, m, lexicon, model, cut) if model else []):
            if all(r.key != ref.key for r in m.industries):
                m.industries.append(ref)
                infos.setdefault(ref.key, info)
        dropped = {r.key for r in inds} - {r.key for r in m.industries}
        for key in sorted(infos.keys() - dropped):
            doc.industries.setdefault(key, infos[key])
    systems.pop(TITLE_TRADES, None)
    _assign_doc_industries(src, doc, lexicon, systems, [s for _, s in outside], in_title)
    doc.systems = systems
    missing = sorted({s.key for m in doc.measures for s in m.systems} - set(systems))
    if missing:
        doc.problems.append(f"industry systems referred to but not defined: {', '.join(missing)}")


def _heading_trades(
    src: SourceDocument,
    doc: ParsedDocument,
    m: Measure,
    lexicon: IndustryLexicon,
    systems: dict[str, SystemInfo],
    tradeless: set[int],
) -> list[tuple[IndustryRef, IndustryInfo]]:
    """The trade a section heading above ``m`` is, its name and head alone (一、奶羊产业) or a sector's name alone
    (一、金融业; also ``m``'s own title): the item is part of that trade's section of a plan by trade
    (``industry_grammar.toml`` [heading_trade]). ``tradeless``: the sections found to name none, skipped (and
    added to)."""
    pairs = []
    for i in m.section_path:
        if i not in tradeless:
            sec = doc.sections[i]
            pair = (
                heading_trade(src, sec.heading, sec.title, lexicon, systems),
                sector_title(src, sec.heading, sec.title, lexicon, systems),
            )
            if pair == (None, None):
                tradeless.add(i)
            pairs.append(pair)
    found = [trade for trade, _ in pairs] + [sector for _, sector in pairs]
    # the item's own title, a sector's name alone ((二)现代物流业。建设…): as a section heading's
    own = Span(m.span.start, min(m.span.end, m.span.start + len(m.number) + len(m.label) + 4))
    found.append(sector_title(src, own, m.label, lexicon, systems))
    return [t for t in found if t is not None]


def _backoff_trades(
    src: SourceDocument, m: Measure, lexicon: IndustryLexicon, model: industry_backoff.Model, cut: float
) -> list[tuple[IndustryRef, IndustryInfo]]:
    """The learned back-off's industries in ``m`` (``industry_backoff``): the best candidate of each list item or
    head that scores at the model's threshold and overlaps nothing the rules found, no unit, no cited title."""
    match = src.match
    lo, hi = m.span.start, min(m.span.end, len(match))
    found = [(r.span.start, r.span.end) for r in m.industries]
    units = [(u.span.start, u.span.end) for u in (*m.responsible, *m.lead)]
    taken = industry_backoff.taken_spans(match, lo, hi, found, units)
    scored = industry_backoff.scored_candidates(
        match, lo, hi, lexicon.form_keys(), lexicon.generic, model, taken, cut
    )
    out = []
    for c in industry_backoff.pick(scored, cut):
        surface = src.text[c.start : c.end]
        key, info = new_industry(surface, lexicon, src.source_file)
        out.append((IndustryRef(key, surface, Span(c.start, c.end)), info))
    return out


def _outside_units(m: Measure, refs: list[IndustryRef]) -> list[IndustryRef]:
    """The industry mentions that are not inside a unit the measure assigns (责任单位:新材料产业园、食品产业园:
    parks named for their trade are bodies there, not industries)."""
    units = [(u.span.start, u.span.end) for u in (*m.responsible, *m.lead)]
    if not units:
        return refs
    return [r for r in refs if not any(a <= r.span.start < b for a, b in units)]


def _cue_sentences(text: str, spans: list[Span]) -> list[Span]:
    """The sentences of ``spans`` that hold a word naming the document's industry system (产业体系, 主导产业,
    五大新兴产业 …; ``industry_grammar.toml`` [doc_cues]), so this pass reads a small part of the text."""
    rx = doc_cues()
    out: list[Span] = []
    for span in spans:
        pos = span.start
        while (m := rx.search(text, pos, span.end)) is not None:
            a = max(span.start, *(text.rfind(ch, span.start, m.start()) + 1 for ch in "。;\n"))
            ends = [e for e in (text.find(ch, m.end(), span.end) for ch in "。;\n") if e >= 0]
            b = min(ends, default=span.end)
            out.append(Span(a, b))
            pos = b
    return out


def _assign_doc_industries(
    src: SourceDocument,
    doc: ParsedDocument,
    lexicon: IndustryLexicon,
    systems: dict[str, SystemInfo],
    spans: list[Span],
    in_title: _Found | None,
) -> None:
    """What the document as a whole is about: its title (``in_title``: what ``find_industries`` found there) and
    the sentences outside every measure that name its industry system (产业体系 paragraph), kept apart from the
    measures' industries; they and its systems' members join ``doc.industries``."""
    region = doc.meta.region
    cues = (
        find_industries(src, s, lexicon, systems, region=region) for s in _cue_sentences(src.match, spans)
    )
    for inds, syss, infos in [*([in_title] if in_title else []), *cues]:
        doc.doc_industries += [r for r in inds if all(d.key != r.key for d in doc.doc_industries)]
        for ind in inds:  # the graph names them (pkg:aboutIndustry)
            doc.industries.setdefault(ind.key, infos[ind.key])
        doc.doc_systems += [r for r in syss if all(d.key != r.key for d in doc.doc_systems)]
        for r in syss:
            info = systems[r.key]
            for key in (*info.members, *(k for c in info.categories for k in c.members)):
                doc.industries.setdefault(key, infos[key])


def _phases(src: SourceDocument, outline: Outline) -> list[Phase]:
    phases: list[Phase] = []
    seen: set[Span] = set()
    for idx in outline.step_sections:
        for phase in find_phases(src, outline.sections[idx].span):
            if phase.span not in seen:
                seen.add(phase.span)
                phases.append(phase)
    return phases
