"""Responsibility clauses: where a measure's 责任单位 / 牵头单位 clause is, which units it names and which lead.

Finds inline clauses at a measure's end and standalone responsibility lines, reads the roles they state
(责任/牵头/配合 …) and the stated lead rule (排第一位的为牵头单位), and resolves each named unit with the
:class:`~policykg.loaders.extract.units.UnitResolver`.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

from policykg.loaders.extract.units import _CJK, UnitLexicon, UnitResolver, _nk
from policykg.models import SourceDocument, Span, UnitRef

log = logging.getLogger(__name__)

__all__ = [
    "ResponsibilityClause",
    "find_inline_clause",
    "is_responsibility_line",
    "parse_responsibility",
    "states_lead_rule",
]

_LABEL_WORDS = r"(?P<role>责任|牵头|配合|协办|协助|参与|主办|主责|负责)\s*(?:单位|处室|部门|科室|机构)"
_LABEL = re.compile(_LABEL_WORDS + r"\s*:")
# At the start of a line (or of a clause) a label may have lost its colon to damage: "责任单位 区财政局".
_LABEL_AT_START = re.compile(r"\s*\(?\s*" + _LABEL_WORDS + r"\s*(?::|\s+(?=[\u3400-\u9fff]))")
_LEAD_LABELS = frozenset({"牵头", "主办", "主责"})
# 排第一位的为牵头单位 / 列第一位者为牵头单位 / 排在首位的为牵头部门 (+ ,下同), with or without its brackets.
_RULE_CORE = (
    r"(?:排|列|居)\s*(?:在|于)?\s*(?:第一位|第一|首位)\s*(?:的|者)?\s*(?:单位|部门)?\s*(?:为|是)\s*"
    r"牵头\s*(?:单位|部门)?(?:\s*[,;]?\s*下同)?"
)
_RULE = re.compile(r"\(\s*" + _RULE_CORE + r"\s*\)|" + _RULE_CORE)
_RULE_CORE_RE = re.compile(_RULE_CORE)
# A role word at the end of a list piece: 市人社局牵头 / 市人社局(牵头) / 市财政局配合 / ...等.
_ROLE_TAIL = re.compile(
    r"(?:\(\s*(?P<p>牵头负责|牵头|配合|负责|参与|协助|协办)\s*\)|(?P<w>牵头负责|牵头|配合|负责|参与|协助|协办|等))\s*$"
)
_ROLE_HEAD = re.compile(r"^\s*(?:由|请)")
_LEAD_WORDS = frozenset({"牵头", "牵头负责"})
_MINOR_SEPS = frozenset("、 \t")
_MAJOR_SEPS = frozenset(",;。")
_NO_JOIN_SEPS = frozenset(";。")


@dataclass
class ResponsibilityClause:
    span: Span
    responsible: list[UnitRef] = field(default_factory=list)
    lead: list[UnitRef] = field(default_factory=list)
    states_lead_rule: bool = False


def states_lead_rule(match_text: str) -> bool:
    """Whether the text states that the first unit listed leads (排第一位的为牵头单位 / 列第一位者为牵头单位)."""
    return _RULE_CORE_RE.search(match_text) is not None


def is_responsibility_line(match_line: str) -> bool:
    """Whether a line (match text) is a responsibility clause of its own: 责任单位:…, (责任部门:…), 牵头单位:…"""
    return _LABEL_AT_START.match(match_line) is not None


def _clause_end(m: str, start: int, end: int, opened: bool) -> int:
    """End (exclusive) of a clause starting at ``start``: its closing bracket, a stray ')' when the opening one
    was lost, or the end of the line/sentence when the closing one was lost."""
    depth = 1 if opened else 0
    i = start
    while i < end:
        ch = m[i]
        if ch == "。":
            break
        if ch in "\n\r":
            # A list broken after a separator (区财政局、<newline>区总工会) goes on on the next line.
            k = i - 1
            while k >= start and m[k] in " \t":
                k -= 1
            if k < start or m[k] not in "、,":
                break
        if ch == "(":
            depth += 1
        elif ch == ")":
            if depth <= 1:
                return i + 1
            depth -= 1
        i += 1
    # No closing bracket: trim trailing blanks so the span ends on the last unit.
    while i > start and m[i - 1].isspace():
        i -= 1
    return i


def _role_paren_clause(m: str, start: int, end: int) -> Span | None:
    """The last bracketed (A牵头,B配合) / (A负责) group in ``m[start:end]`` whose pieces are all units."""
    lexicon = UnitLexicon.load_default()
    found: Span | None = None
    for open_m in re.finditer(r"\(", m[start:end]):
        a = start + open_m.start()
        b = _clause_end(m, a + 1, end, opened=True)
        if b <= a + 1 or m[b - 1] != ")":
            continue
        inner = m[a + 1 : b - 1]
        if not re.search(r"牵头|负责", inner) or _LABEL.search(inner):
            continue
        pieces = [p for p in re.split(r"[、,;\s]+", inner) if p]
        ok = bool(pieces)
        for p in pieces:
            core = _ROLE_TAIL.sub("", p)
            core = _ROLE_HEAD.sub("", core)
            if core and not lexicon.ends_as_unit(core):
                ok = False
                break
        if ok and any(_ROLE_TAIL.sub("", p) for p in pieces):
            found = Span(a, b)
    return found


def find_inline_clause(src: SourceDocument, start: int, end: int) -> Span | None:
    """The span of the (last) responsibility clause inside ``text[start:end]``, brackets included.

    Finds labelled clauses (責任處室:… / 责任单位:… / 牵头单位:…;责任单位:…), also with a lost opening or closing
    bracket, and unlabelled (A牵头,B配合) groups.
    """
    m = src.match
    end = min(end, len(m))
    last: Span | None = None
    covered = start
    for label in _LABEL.finditer(m, start, end):
        if label.start() < covered:
            continue
        a = label.start()
        j = a - 1
        while j >= start and m[j] in " \t":
            j -= 1
        opened = j >= start and m[j] == "("
        if opened:
            a = j
        b = _clause_end(m, label.end(), end, opened)
        if b <= label.end():
            continue
        last = Span(a, b)
        covered = b
    if last is not None:
        return last
    return _role_paren_clause(m, start, end)


@dataclass
class _Piece:
    start: int  # offsets into the working copy (relative to the clause start)
    end: int
    sep: str  # the separator after it ('' at the end)
    role: str | None = None  # "lead" | "support" | None
    segment_lead: bool = False


def _blank(w: list[str], a: int, b: int) -> None:
    for k in range(a, b):
        if w[k] != "\n":
            w[k] = " "


def _matching_close(w: list[str], i: int) -> int | None:
    depth = 0
    for k in range(i, len(w)):
        if w[k] == "(":
            depth += 1
        elif w[k] == ")":
            depth -= 1
            if depth == 0:
                return k
    return None


def _blank_unmatched(w: list[str]) -> None:
    stack: list[int] = []
    for k, ch in enumerate(w):
        if ch == "(":
            stack.append(k)
        elif ch == ")":
            if stack:
                stack.pop()
            else:
                w[k] = " "
    for k in stack:
        w[k] = " "


def _tokenize(w: list[str], a: int, b: int) -> list[_Piece]:
    pieces: list[_Piece] = []
    depth = 0
    s = a
    for k in range(a, b + 1):
        ch = w[k] if k < b else ""
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        if k == b or (depth == 0 and (ch in _MINOR_SEPS or ch in _MAJOR_SEPS or ch == "\n" or ch == ":")):
            if k > s and "".join(w[s:k]).strip():
                pieces.append(_Piece(s, k, ch))
            elif pieces and ch and ch not in _MINOR_SEPS:
                # A stronger separator after an empty piece still closes the previous group.
                pieces[-1].sep = ch
            s = k + 1
    return pieces


def _trim(w: list[str], p: _Piece) -> None:
    while p.start < p.end and (w[p.start].isspace() or w[p.start] in "\"'"):
        p.start += 1
    while p.end > p.start and (w[p.end - 1].isspace() or w[p.end - 1] in "\"'"):
        p.end -= 1


def parse_responsibility(
    src: SourceDocument, span: Span, resolver: UnitResolver, *, first_is_lead: bool
) -> ResponsibilityClause:
    """Parse the clause at ``span`` (a line or an inline clause, with or without its label and brackets).

    ``responsible`` holds every unit in order (one per key); ``lead`` the units the clause designates as lead:
    explicit 牵头 roles or labels, else the first unit when ``first_is_lead`` or the clause states the rule.
    """
    base = span.start
    w = list(src.match[span.start : span.end])
    rule = False
    for rm in _RULE.finditer("".join(w)):
        rule = True
        _blank(w, rm.start(), rm.end())
    # The clause's own brackets, then brackets left unmatched by damage (专技处) / (人才处).
    first = next((k for k, ch in enumerate(w) if not ch.isspace()), None)
    if first is not None and w[first] == "(":
        close = _matching_close(w, first)
        if close is not None and "".join(w[close + 1 :]).strip() == "":
            w[first] = w[close] = " "
    _blank_unmatched(w)

    text = "".join(w)
    labels: list[re.Match[str]] = list(_LABEL.finditer(text))
    if not labels:
        loose = _LABEL_AT_START.match(text)
        labels = [loose] if loose else []
    segments: list[tuple[int, int, bool]] = []  # (start, end, labelled lead)
    if not labels:
        segments.append((0, len(w), False))
    else:
        if text[: labels[0].start()].strip():
            segments.append((0, labels[0].start(), False))
        for k, lm in enumerate(labels):
            seg_end = labels[k + 1].start() if k + 1 < len(labels) else len(w)
            segments.append((lm.end(), seg_end, lm.group("role") in _LEAD_LABELS))

    pieces: list[_Piece] = []
    for a, b, seg_lead in segments:
        seg_pieces = _tokenize(w, a, b)
        for p in seg_pieces:
            p.segment_lead = seg_lead
            _trim(w, p)
            piece_text = "".join(w[p.start : p.end])
            head = _ROLE_HEAD.match(piece_text)
            if head:
                p.start += head.end()
                piece_text = piece_text[head.end() :]
            tail = _ROLE_TAIL.search(piece_text)
            if tail:
                word = tail.group("p") or tail.group("w")
                if word != "等":
                    p.role = "lead" if word in _LEAD_WORDS else "support"
                p.end = p.start + tail.start()
            _trim(w, p)
        # Re-join pieces that cannot stand alone (各区、市人社局) with the next one.
        joined: list[_Piece] = []
        k = 0
        while k < len(seg_pieces):
            p = seg_pieces[k]
            while (
                k + 1 < len(seg_pieces)
                and p.role is None
                and p.sep not in _NO_JOIN_SEPS
                and not resolver.can_stand(_nk("".join(w[p.start : p.end])))
            ):
                nxt = seg_pieces[k + 1]
                p = _Piece(p.start, nxt.end, nxt.sep, nxt.role, seg_lead)
                k += 1
            joined.append(p)
            k += 1
        pieces.extend(q for q in joined if q.end > q.start and _CJK.search("".join(w[q.start : q.end])))
        if pieces:
            pieces[-1].sep = ";"  # segments never share a role group

    # Roles apply to the whole group they close: (A、B牵头,C配合) makes A and B lead.
    group: list[_Piece] = []
    for p in pieces:
        group.append(p)
        if p.role is not None:
            for q in group:
                q.role = q.role or p.role
            group = []
        elif p.sep in _MAJOR_SEPS or p.sep in (";", ":"):
            group = []

    refs: list[tuple[UnitRef, bool]] = []
    for p in pieces:
        piece_match = src.match[base + p.start : base + p.end]
        for a, b in resolver.split_lost(piece_match):
            s, e = base + p.start + a, base + p.start + b
            surface = src.text[s:e]
            key = resolver.resolve_name(surface, Span(s, e))
            is_lead = p.role == "lead" or (p.segment_lead and p.role is None)
            refs.append((UnitRef(surface=surface, span=Span(s, e), key=key), is_lead))

    responsible: list[UnitRef] = []
    seen: set[str] = set()
    lead: list[UnitRef] = []
    lead_seen: set[str] = set()
    for ref, is_lead in refs:
        if ref.key not in seen:
            seen.add(ref.key)
            responsible.append(ref)
        if is_lead and ref.key not in lead_seen:
            lead_seen.add(ref.key)
            lead.append(ref)
    if not lead and responsible and (first_is_lead or rule):
        lead = [responsible[0]]
    if not responsible:
        log.debug("no unit found in responsibility clause %r", src.text[span.start : span.end])
    return ResponsibilityClause(span=span, responsible=responsible, lead=lead, states_lead_rule=rule)
