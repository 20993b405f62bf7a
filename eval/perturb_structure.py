"""Perturbations of how a page lays out its responsibilities (round 22): the same assignment in the structure
other portals use. Registered in ``policykg.eval.perturb.PERTURBATIONS``.

- a trailing ``(责任单位:A、B)`` clause that ends a measure's line as a sentence ``由A、B负责。``;
- a trailing ``(牵头单位:A;配合单位:B)`` (or ``…;责任单位:B``) clause as ``A牵头,B配合。`` (``由A牵头。`` alone);
- the ``(责任单位:A、B)`` clause of a one-line item moved to the item's head: ``1.【A、B】加强…``;
- a task table's cells separated by tabs instead of ``|``;
- an item's block of label lines after it (``1.… / 牵头单位:A / 责任单位:B``) as one line above it
  (``牵头单位:A;责任单位:B / 1.…``), where every item of a list under its heading carries one.

Each keeps what annotation.md makes of the assignment: the same units in the same order, the same leads (a
责任单位 clause names no lead, a 牵头单位 clause's units lead, and ``A牵头`` makes A the lead as the label did).
Only a clause that ends its line is rewritten (a clause inside a sentence or a table cell stays as written), and
only a clause of plain unit names: one holding a role verb, a scope (下同, 以下) or a sentence end is left alone,
since its rewrite could say something else. The gold strings holding a rewritten clause are rewritten with it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from policykg.eval.perturb_wording import map_gold

DocMap = Callable[[str, dict[str, Any]], tuple[str, dict[str, Any]]]

# the text of a clause: unit names, one level of brackets inside (各县(市、区)人民政府), no label, role verb,
# scope or sentence end (a clause saying more than a list of bodies is left as written)
_NAMES = r"(?:[^()（）\n:：;；。]|[(（][^()（）\n]*[)）])+"
_SAYS_MORE = re.compile(
    "牵头|牽頭|负责|負責|配合|参与|參與|协办|協辦|协同|協同|落实|落實|下同|以下|分工|为主|為主|完成|时限|時限|[0-9０-９]"
)
_DUTY = "责任单位|责任部门|責任單位|責任部門"
_LEAD = "牵头单位|牵头部门|牽頭單位|牽頭部門"
_HELP = "配合单位|配合部门|协同配合单位|责任单位|配合單位|配合部門|協同配合單位|責任單位"
_COLON = r"[ \t]*[:：][ \t]*"
_END = r"(?P<end>[。；;]?)[ \t]*$"  # the clause ends its line (its own full stop or semicolon after it)
_DUTY_CLAUSE = re.compile(rf"(?P<before>.?)[(（](?:{_DUTY}){_COLON}(?P<units>{_NAMES})[)）]{_END}", re.M)
_LEAD_CLAUSE = re.compile(
    rf"(?P<before>.?)[(（](?:{_LEAD}){_COLON}(?P<lead>{_NAMES})"
    rf"(?:[;；][ \t]*(?:{_HELP}){_COLON}(?P<help>{_NAMES}))?[)）]{_END}",
    re.M,
)
_SENTENCE_END = "。；;！!？?"
# the measure said a sentence before its clause: a clause closing a heading (no sentence) covers the heading's
# items, which a sentence at its end would not say as plainly
_AFTER_A_SENTENCE = re.compile("[。；;]")
_TRADITIONAL_LABEL = re.compile("責任|單位|部門|牽頭")


def _verb(m: re.Match[str], simplified: str, traditional: str) -> str:
    return traditional if _TRADITIONAL_LABEL.search(m.group()) else simplified


def _mark(page: str, full: str, half: str) -> str:
    """The page's own width of a punctuation mark (the one it uses more often)."""
    return full if page.count(full) > page.count(half) else half


def _sentence(m: re.Match[str], body: str) -> str:
    """``body`` as a sentence after the clause's ``before``: its own after a sentence end, joined by a comma
    otherwise."""
    before, end = m.group("before"), m.group("end") or "。"
    if not before or before in _SENTENCE_END or before.isspace():
        return f"{before}{body}{end}"
    return f"{before}{_mark(m.string, '，', ',')}{body}{end}"


def _duty_sentence(m: re.Match[str]) -> str:
    return _sentence(m, f"由{m.group('units').strip()}{_verb(m, '负责', '負責')}")


def _lead_sentence(m: re.Match[str]) -> str:
    lead, helpers = m.group("lead").strip(), (m.group("help") or "").strip()
    leads = _verb(m, "牵头", "牽頭")
    if not helpers:
        return _sentence(m, f"由{lead}{leads}")
    return _sentence(m, f"{lead}{leads}{_mark(m.string, '，', ',')}{helpers}配合")


def _plain(m: re.Match[str]) -> bool:
    """A clause of unit names only (no role verb, scope, deadline or second label inside), closing a measure that
    said a sentence before it."""
    line_start = m.string.rfind("\n", 0, m.start()) + 1
    said = _AFTER_A_SENTENCE.search(m.string, line_start, m.start("before") + len(m.group("before")))
    return bool(said) and not any(_SAYS_MORE.search(v or "") for v in m.groupdict().values())


def _clauses(pattern: re.Pattern[str], sentence: Callable[[re.Match[str]], str]) -> DocMap:
    """Rewrite every clause ``pattern`` finds; the gold strings holding one rewritten the same way."""

    def rewrite(text: str, gold: dict[str, Any]) -> tuple[str, dict[str, Any]]:
        pairs = {m.group(): sentence(m) for m in pattern.finditer(text) if _plain(m)}
        if not pairs:
            return text, gold

        def swap(s: str) -> str:
            for old, new in pairs.items():
                s = s.replace(old.rstrip(), new.rstrip())
            return s

        return pattern.sub(lambda m: pairs.get(m.group(), m.group()), text), map_gold(gold, swap)

    return rewrite


# ------------------------------------------------------------------------------------- the clause at the head
_CN = "一二三四五六七八九十"
_MARK = (
    rf"[ \t\u3000]*(?:\d{{1,2}}[.．、](?!\d)|[(（]\d{{1,2}}[)）]|[(（][{_CN}]+[)）]|[{_CN}]+、)[ \t\u3000]*"
)
_HEAD_ITEM = re.compile(
    rf"^(?P<mark>{_MARK})(?P<body>[^\n|]{{4,}}?)[ \t]*[(（](?:{_DUTY}){_COLON}(?P<units>{_NAMES})[)）]"
    r"(?P<end>[。；;]?)[ \t]*$",
    re.M,
)


def _head_units(m: re.Match[str]) -> str:
    body = m.group("body")
    if m.group("end") and body[-1] not in _SENTENCE_END:
        body += m.group("end")
    return f"{m.group('mark')}【{m.group('units').strip()}】{body}"


def _to_head(text: str, gold: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """A one-line item's trailing (责任单位:A、B) as its head: ``1.【A、B】…``; gold titles lose the clause."""
    found = [m for m in _HEAD_ITEM.finditer(text) if not _SAYS_MORE.search(m.group("units"))]
    if not found:
        return text, gold
    clauses = [m.group()[m.end("body") - m.start() : m.end("units") - m.start() + 1] for m in found]

    def swap(s: str) -> str:
        for c in clauses:
            s = s.replace(c, "")
        return s

    new = {m.group(): _head_units(m) for m in found}
    return _HEAD_ITEM.sub(lambda m: new.get(m.group(), m.group()), text), map_gold(gold, swap)


# ------------------------------------------------------------------------------------------------- tables
_CELL_BAR = re.compile(r"[ \t]*\|[ \t]*")
_TRAILING_BAR = re.compile(r"[ \t]*\|[ \t]*$", re.M)


def _tabs(s: str) -> str:
    """A table row's cells separated by a tab (a page copied from a spreadsheet), the row's closing bar dropped."""
    return _CELL_BAR.sub("\t", _TRAILING_BAR.sub("", s))


# a table flattened a cell a line (序号 |): a line of one cell, which no tab-separated export writes
_CELL_A_LINE = re.compile(r"^[^|\n]*\|[ \t|]*$", re.M)


def _cells_tabbed(text: str, gold: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    if "\t" in text or _CELL_A_LINE.search(text):
        return text, gold  # tabs already used as blanks, or a table a cell a line: left as it is
    return _tabs(text), map_gold(gold, _tabs)


# ------------------------------------------------------------------------------------- label lines above
# the labels a 分工 page prints on lines of their own after an item (牵头领导:张三 / 牵头单位:A / 责任单位:B、C)
_LABEL_LINE = re.compile(
    r"^[ \t\u3000]*(?:牵头领导|责任领导|牵头单位|牵头部门|责任单位|责任部门|配合单位|配合部门|协同配合单位|"
    r"牽頭領導|責任領導|牽頭單位|牽頭部門|責任單位|責任部門|配合單位|配合部門|協同配合單位)[ \t]*[:：]"
)
_UNIT_LABEL = re.compile(rf"^[ \t\u3000]*(?:{_DUTY}|{_LEAD}|{_HELP})[ \t]*[:：]")  # a block names a body
_ITEM_LINE = re.compile(rf"^{_MARK}\S")
_BLOCKS_MIN = 2  # items in a run that each carry a block: one alone could be a section's line


def _pairs(lines: list[str]) -> list[tuple[int, int, int]]:
    """(item line, block start, block end) of every one-line item followed by its block of label lines (blank lines
    between them allowed), in a run of at least two such items right under a heading."""
    out: list[tuple[int, int, int]] = []
    run: list[tuple[int, int, int]] = []
    i = 0
    while i < len(lines):
        j = i + 1
        while j < len(lines) and not lines[j].strip():
            j += 1
        k = j
        while k < len(lines) and (
            _LABEL_LINE.match(lines[k]) or (not lines[k].strip() and k + 1 < len(lines))
        ):
            k += 1
        while k > j and not lines[k - 1].strip():
            k -= 1
        if _ITEM_LINE.match(lines[i]) and any(_UNIT_LABEL.match(ln) for ln in lines[j:k]):
            run.append((i, j, k))
            i = k
            continue
        out += _kept_run(run, lines)
        run = []
        i += 1
    return out + _kept_run(run, lines)


# the text ends on a block whose last name is whole (…局, …政府, …管委会): not one the excerpt cut
_BLOCK_END = re.compile(r"(?:局|委|厅|办|政府|管委会|中心|部门|单位|公司|院|会|室)[。.]?[ \t]*$")


def _marker_kind(line: str) -> str:
    """The kind of a line's heading marker (1. / (1) / (一) / 一、), "" for none."""
    m = _ITEM_LINE.match(line)
    if m is None:
        return ""
    head = m.group().strip()
    return ("(" if head[0] in "(（" else "") + ("1" if head.lstrip("(（")[0].isdigit() else "一")


def _kept_run(run: list[tuple[int, int, int]], lines: list[str]) -> list[tuple[int, int, int]]:
    """A run that is its list whole: right under a heading (a block under a paragraph of the section's own text
    could be that paragraph's) and closed by the next heading of another kind (an item after the run without a
    block, or a block the excerpt cuts at the text's end, would leave the page mixed)."""
    if len(run) < _BLOCKS_MIN:
        return []
    above = next((ln for ln in reversed(lines[: run[0][0]]) if ln.strip()), "")
    below = next((ln for ln in lines[run[-1][2] :] if ln.strip()), "")
    kind = _marker_kind(lines[run[0][0]])
    ended = not below and _BLOCK_END.search(lines[run[-1][2] - 1]) is not None
    if (
        _LABEL_LINE.match(above)
        or _marker_kind(above) in ("", kind)
        or (_marker_kind(below) in ("", kind) and not ended)
    ):
        return []
    return run


def _labels_above(text: str, gold: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """Each item's block of label lines (牵头单位:A / 责任单位:B) as one line above the item (牵头单位:A;责任单位:B),
    in runs of items that each carry one (the page's layout then says the labels go with the item below)."""
    lines = text.split("\n")
    pairs = _pairs(lines)
    if not pairs:
        return text, gold
    semi = _mark(text, "；", ";")
    out: list[str] = []
    last = 0
    for item, a, b in pairs:
        out += lines[last:item]
        indent = lines[item][: len(lines[item]) - len(lines[item].lstrip())]
        block = [ln.strip() for ln in lines[a:b] if ln.strip()]
        out += [indent + semi.join(block), lines[item]]
        last = b
    out += lines[last:]
    return "\n".join(out), gold


# (name, note, rewrite) for ``policykg.eval.perturb``
STRUCTURE: tuple[tuple[str, str, DocMap], ...] = (
    ("由负责", "…。(责任单位:A、B) -> …。由A、B负责。", _clauses(_DUTY_CLAUSE, _duty_sentence)),
    ("牵头配合", "(牵头单位:A;配合单位:B) -> A牵头,B配合。", _clauses(_LEAD_CLAUSE, _lead_sentence)),
    ("head【】", "1.…。(责任单位:A、B) -> 1.【A、B】…。", _to_head),
    ("cells⇥", "a table row's | between cells -> a tab", _cells_tabbed),
    ("label↑", "1.… / 牵头单位:A / 责任单位:B -> 牵头单位:A;责任单位:B / 1.…", _labels_above),
)
