"""Document structure: lines, heading levels, attachments, measures and responsibility lines.

Every rule runs on ``SourceDocument.match`` (Simplified, ASCII punctuation, ``?`` runs blanked, same length as
the text), so offsets found there quote the original text unchanged.

Heading levels of Chinese official documents: ``一、`` (1) / ``(一)`` (2) / ``1.`` ``1、`` (3, the action items
= measures) / ``(1)`` (4) / ``①`` (5); ``附件1`` alone on a line starts an attachment sub-tree (level 0).
Markers that lost a bracket, their numeral or their dot are repaired from the sibling sequence (a line
``)推进…`` after ``(二)`` is ``(三)``) and reported as problems.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

from policykg.loaders.extract.numerals import cn_number
from policykg.loaders.extract.numerals import int_to_cn as _int_to_cn
from policykg.loaders.extract.responsibility import find_inline_clause, is_responsibility_line
from policykg.models import Section, SourceDocument, Span

log = logging.getLogger(__name__)

__all__ = [
    "Line",
    "MeasureItem",
    "Outline",
    "ResponsibilityLine",
    "cn_to_int",
    "int_to_cn",
    "parse_structure",
    "split_lines",
]

_CN = "一二三四五六七八九十百零〇两"

# --------------------------------------------------------------------------- line classification

# Navigation, toolbars and publication notes copied from web pages: never structure, never facts.
_BOILERPLATE = [
    re.compile(p)
    for p in (
        r"^当前位置",
        r"^您(现在)?的位置",
        r"^首页\s*>",
        r"^>",
        r"字体大小|字号\s*[:]?\s*[\[【]?\s*[大中小]",
        r"如果您对(该|本)(文件|信息|页面)有(疑问|意见)",
        r"^\(?\s*(此件|本件)(主动|公开|依申请|不予|不公开|删减)",
        r"^\(\s*(公开属性|公开方式|联系单位|联系人|联系电话|信息公开)\s*[:]",
        r"^[\[【]?\s*(打印|关闭|分享|收藏|返回|打印本页|关闭窗口|返回顶部|扫一扫|分享到|保存|纠错)\s*[\]】]?"
        r"(\s*[|/\s]\s*[\[【]?\s*(打印|关闭|分享|收藏|返回|打印本页|关闭窗口|返回顶部|扫一扫|分享到|保存|纠错)"
        r"\s*[\]】]?)*\s*[:]?\s*$",
    )
]
# Field lines of a publication header (索引号, 发布日期 …): metadata, not structure.
_META_FIELD = re.compile(
    r"^[•·●▪*\-\s]*(索引号|主题分类|发文机关|发文单位|发文字号|发布机构|成文日期|发布日期|发布时间|生效日期|"
    r"有效性|时效性|信息来源|来源|浏览次数|点击数|公开方式|公开范围|文号)\s*(:|\s)"
)
_DATE_LINE = re.compile(
    r"^(\d{4}\s*年[\d\s月日]*|\d{4}[-./]\d{1,2}[-./]\d{1,2}|[〇零一二三四五六七八九]{4}年[〇零一二三四五六七八九十]+月"
    r"[〇零一二三四五六七八九十]+日)\s*$"
)
_TERMINAL = "。;!?"
_SENTENCE_PUNCT = re.compile(r"[。,;:!?]")

_H1 = re.compile(rf"^([{_CN}]{{1,4}})\s*[、.](?![{_CN}]线)")
_H2 = re.compile(rf"^\(\s*([{_CN}]{{1,4}})\s*\)")
_H2_LOST_OPEN = re.compile(rf"^([{_CN}]{{1,4}})\s*\)")
_H2_LOST_CLOSE = re.compile(rf"^\(([{_CN}]{{1,4}})(?=[^\s){_CN}])")
_H2_BARE = re.compile(r"^\)\s*(?=[\u4e00-\u9fff])")
_H3 = re.compile(r"^(\d{1,3})\s*[.、,](?!\d)\s*")
_H3_LOST_DOT = re.compile(r"^(\d{1,2})(?=[\u4e00-\u9fff])(?!年|月|日|个|项|条|家|人|万|亿|%)")
_H4 = re.compile(r"^(?:\(\s*(\d{1,3})\s*\)|(\d{1,3})\))\s*")
_H5 = re.compile(r"^([\u2460-\u2473])\s*")
_ATTACH_ROOT = re.compile(rf"^附件\s*(\d{{1,2}}|[{_CN}]{{1,3}})?\s*[:]?\s*$")
_ATTACH_LIST = re.compile(rf"^附件\s*(\d{{1,2}}|[{_CN}]{{1,3}})?\s*[:]\s*\S")
_LIST_ITEM = re.compile(r"^(\d{1,2})\s*[.、,]\s*\S")
# Sections whose numbered items are dated implementation steps (phases), not measures.
_STEP_TITLE = re.compile(r"步骤|阶段安排|进度安排|时间安排|时间节点|推进计划|实施安排")


def cn_to_int(s: str) -> int | None:
    """Value of a heading numeral (一, 十, 十一, 二十三, 一百零五); None if not a numeral."""
    return cn_number(s) if s and all(ch in _CN for ch in s) else None


def int_to_cn(n: int) -> str:
    """Chinese numeral as used in headings (1 -> 一, 10 -> 十, 12 -> 十二, 20 -> 二十)."""
    return _int_to_cn(n)


@dataclass
class Line:
    """One physical line: offsets into the original text (line terminator excluded)."""

    start: int
    end: int
    text: str  # original
    match: str  # the matching text of the same range
    kind: str  # content|blank|boilerplate|meta|date|signature|heading|measure|responsibility|attachment|
    #            attachment_list|title|phase
    level: int | None = None  # heading level of the marker (1..5), 0 for an attachment root
    number: str = ""  # normalised marker: "一", "(一)", "3", "(1)", "①", "附件1"
    value: int | None = None  # numeric value of the marker, None when the numeral was lost
    lstart: int = 0  # first non-blank character
    rend: int = 0  # end without trailing blanks
    body: int = 0  # where the text after the marker starts
    damage: str = ""  # lost_open | lost_close | lost_numeral | lost_dot

    @property
    def stripped(self) -> str:
        return self.match[self.lstart - self.start : self.rend - self.start]


@dataclass
class MeasureItem:
    number: str
    level: int  # 3 normally; 2 for an (一) item with body text and its own responsibility clause
    span: Span  # number .. end of paragraph, trailing blanks excluded
    body: int  # offset after the number
    line: int  # index of the first line
    section: int | None  # innermost enclosing section
    section_path: list[int] = field(default_factory=list)
    attachment: str | None = None
    inline_clause: Span | None = None  # (责任单位:…) at its end
    repaired: bool = False


@dataclass
class ResponsibilityLine:
    span: Span  # the whole line (from its first character), e.g. "责任单位:区人社局、区财政局"
    line: int
    section: int | None
    measures: list[int] = field(default_factory=list)  # indices into Outline.measures it applies to
    section_level: bool = False  # applies to a whole section (also stored on the Section)


@dataclass
class Outline:
    lines: list[Line]
    sections: list[Section] = field(default_factory=list)
    measures: list[MeasureItem] = field(default_factory=list)
    responsibility: list[ResponsibilityLine] = field(default_factory=list)
    attachments: list[int] = field(default_factory=list)  # section indices of attachment roots
    attachment_list: list[Span] = field(default_factory=list)  # "附件:1.xxx方案" lines in the main text
    step_sections: list[int] = field(default_factory=list)  # 实施步骤 sections (phases)
    first_section_start: int | None = None  # offset of the first section heading
    line_owner: list[tuple[str, int] | None] = field(
        default_factory=list
    )  # per line: ("measure"|"section", i)
    problems: list[str] = field(default_factory=list)


_LINE_BREAK = re.compile(r"\r\n|\n|\r|\u2028|\u2029")


def _classify_marker(line: Line) -> None:
    """Set level/number/value/body/damage when the line starts with a heading marker."""
    s = line.stripped
    base = line.lstart
    m = _H1.match(s)
    if m:
        value = cn_to_int(m.group(1))
        if value:
            line.kind, line.level, line.value, line.number = "heading", 1, value, m.group(1)
            line.body = base + m.end()
            return
    m = _H2.match(s)
    if m:
        value = cn_to_int(m.group(1))
        if value:
            line.kind, line.level, line.value, line.number = "heading", 2, value, f"({m.group(1)})"
            line.body = base + m.end()
            return
    m = _H2_LOST_OPEN.match(s)
    if m and cn_to_int(m.group(1)):
        line.kind, line.level, line.value = "heading", 2, cn_to_int(m.group(1))
        line.number, line.damage, line.body = f"({m.group(1)})", "lost_open", base + m.end()
        return
    m = _H2_BARE.match(s)
    if m:
        line.kind, line.level, line.damage, line.body = "heading", 2, "lost_numeral", base + m.end()
        return
    m = _H2_LOST_CLOSE.match(s)
    if m and cn_to_int(m.group(1)):
        line.kind, line.level, line.value = "heading", 2, cn_to_int(m.group(1))
        line.number, line.damage, line.body = f"({m.group(1)})", "lost_close", base + m.end()
        return
    m = _H4.match(s)
    if m:
        digits = m.group(1) or m.group(2)
        line.kind, line.level, line.value, line.number = "heading", 4, int(digits), f"({int(digits)})"
        line.body = base + m.end()
        return
    m = _H3.match(s)
    if m:
        line.kind, line.level, line.value, line.number = "heading", 3, int(m.group(1)), str(int(m.group(1)))
        line.body = base + m.end()
        return
    m = _H5.match(s)
    if m:
        line.kind, line.level, line.number = "heading", 5, m.group(1)
        line.value = ord(m.group(1)) - 0x2460 + 1
        line.body = base + m.end()
        return
    m = _H3_LOST_DOT.match(s)
    if m:
        line.kind, line.level, line.value, line.number = "heading", 3, int(m.group(1)), str(int(m.group(1)))
        line.damage, line.body = "lost_dot", base + m.end()


def split_lines(src: SourceDocument) -> list[Line]:
    """Split the text into lines and give each a first, context-free kind.

    Kinds: ``blank``, ``boilerplate`` (navigation, toolbars, 此件主动公开 …), ``meta`` (索引号/发布日期 field
    lines), ``date`` (a date alone: the signature date), ``signature`` (the short line above it),
    ``attachment`` (``附件1`` alone), ``attachment_list`` (``附件:1.xxx`` and its numbered continuation lines),
    ``title`` (the line naming an attachment), ``responsibility``, ``heading`` (any numbered marker; refined
    by :func:`parse_structure`) and ``content``.
    """
    text, match = src.text, src.match
    lines: list[Line] = []
    pos = 0
    for m in [*_LINE_BREAK.finditer(text), None]:
        end = m.start() if m else len(text)
        if m is None and pos == len(text) and lines:
            break
        seg = match[pos:end]
        lead = len(seg) - len(seg.lstrip())
        trail = len(seg.rstrip())
        line = Line(
            start=pos,
            end=end,
            text=text[pos:end],
            match=seg,
            kind="content",
            lstart=pos + lead,
            rend=pos + max(trail, lead),
            body=pos + lead,
        )
        lines.append(line)
        pos = m.end() if m else len(text)

    list_next: int | None = None  # expected number of the next attachment-list continuation line
    awaiting_title = False
    for line in lines:
        s = line.stripped
        if not s:
            line.kind = "blank"
            continue
        if awaiting_title:
            line.kind = "title"
            awaiting_title = False
            continue
        if any(p.search(s) for p in _BOILERPLATE):
            line.kind = "boilerplate"
            continue
        if _META_FIELD.match(s):
            line.kind = "meta"
            continue
        if _DATE_LINE.match(s):
            line.kind = "date"
            continue
        m = _ATTACH_ROOT.match(s)
        if m:
            line.kind, line.level = "attachment", 0
            line.number = "附件" + (m.group(1) or "")
            awaiting_title = True
            list_next = None
            continue
        m = _ATTACH_LIST.match(s)
        if m:
            line.kind = "attachment_list"
            item = _LIST_ITEM.match(s[m.end() - 1 :])
            list_next = int(item.group(1)) + 1 if item else 2
            continue
        if list_next is not None:
            item = _LIST_ITEM.match(s)
            if item and int(item.group(1)) == list_next and "。" not in s:
                line.kind = "attachment_list"
                list_next += 1
                continue
            list_next = None
        if is_responsibility_line(s):
            line.kind = "responsibility"
            continue
        _classify_marker(line)

    # The short line right above a lone date is the signature (issuing body), not section text.
    for i, line in enumerate(lines):
        if line.kind != "date":
            continue
        j = i - 1
        while j >= 0 and lines[j].kind == "blank":
            j -= 1
        if j >= 0 and lines[j].kind == "content":
            s = lines[j].stripped
            if len(s) <= 40 and not _SENTENCE_PUNCT.search(s):
                lines[j].kind = "signature"
    return lines


# --------------------------------------------------------------------------- outline

_IGNORED = {"blank", "boilerplate", "meta", "date", "signature", "attachment_list"}


def _title_of(src: SourceDocument, line: Line) -> tuple[str, bool]:
    """Heading title (text after the marker up to the first 。) and whether the line carries body text."""
    body_match = src.match[line.body : line.rend]
    cut = body_match.find("。")
    if cut < 0:
        return src.text[line.body : line.rend].strip(), False
    rest = body_match[cut + 1 :].strip()
    return src.text[line.body : line.body + cut].strip(), bool(rest)


def _ends_open(line: Line) -> bool:
    """The line stops mid-sentence (lost line break inside a paragraph)."""
    s = line.stripped
    return bool(s) and s[-1] not in _TERMINAL + ")\"'"


def parse_structure(src: SourceDocument) -> Outline:
    """Sections, measures, responsibility lines, attachments and problems of one document.

    Measures are the numbered ``1.`` items (or the ``(1)`` items under a ``1.`` heading that has no text of its
    own), plus ``一、``/``(一)`` items with body text that carry their own responsibility clause. A document
    without any ``1.`` item has its ``(一)`` items with body text (else its ``一、`` items with body text) as
    measures.
    """
    out = _parse(src, split_lines(src), promote=None)
    if any(m.level >= 3 for m in out.measures):
        return out
    for level in (2, 1):
        lines = split_lines(src)
        if any(ln.kind == "heading" and ln.level == level and _title_of(src, ln)[1] for ln in lines):
            promoted = _parse(src, lines, promote=level)
            if len(promoted.measures) > len(out.measures):
                marker = "(一)" if level == 2 else "一、"
                promoted.problems.append(f"no numbered 1. items: {marker} items with text taken as measures")
                return promoted
    return out


def _parse(src: SourceDocument, lines: list[Line], *, promote: int | None) -> Outline:
    out = Outline(lines=lines, line_owner=[None] * len(lines))
    sections = out.sections
    stack: list[int] = []  # open sections, outermost first
    last_child: dict[tuple[int, int], int] = {}  # (parent or -1, level) -> last sibling value
    # Many 若干措施 number their (一)(二)… on through the 一、/二、 parts ((三) opens 二、): that is no gap.
    last_at_level: dict[int, int] = {}
    last_end: dict[int, int] = {}
    attachment: str | None = None
    step_depth: int | None = None  # stack depth of an open 实施步骤 section
    last_item = 0  # value of the last level-3 item (numbering may run on across sections)

    def touch(end: int) -> None:
        for idx in stack:
            last_end[idx] = max(last_end.get(idx, 0), end)

    def open_section(line: Line, number: str, level: int, title: str, repaired: bool) -> int:
        parent = stack[-1] if stack else None
        idx = len(sections)
        sections.append(
            Section(
                number=number,
                level=level,
                title=title,
                span=Span(line.lstart, line.rend),
                heading=Span(line.lstart, line.rend),
                parent=parent,
                attachment=attachment if level > 0 else None,
                repaired=repaired,
            )
        )
        stack.append(idx)
        if out.first_section_start is None:
            out.first_section_start = line.lstart
        touch(line.rend)
        return idx

    def next_nonblank(i: int) -> int | None:
        j = i + 1
        while j < len(lines) and lines[j].kind in ("blank", "boilerplate"):
            j += 1
        return j if j < len(lines) else None

    i = 0
    while i < len(lines):
        line = lines[i]
        kind = line.kind
        if kind in _IGNORED or kind == "title":
            if kind == "title" and stack:
                out.line_owner[i] = ("section", stack[-1])
                touch(line.rend)
            if kind == "attachment_list":
                out.attachment_list.append(Span(line.lstart, line.rend))
            i += 1
            continue
        if kind == "attachment":
            stack.clear()
            step_depth = None
            last_item = 0
            attachment = line.number
            j = next_nonblank(i)
            title = ""
            if j is not None and lines[j].kind == "title":
                title = src.text[lines[j].lstart : lines[j].rend]
            idx = open_section(line, line.number, 0, title, False)
            sections[idx].attachment = attachment
            out.attachments.append(idx)
            out.line_owner[i] = ("section", idx)
            i += 1
            continue
        if kind == "responsibility":
            out.responsibility.append(
                ResponsibilityLine(
                    span=Span(line.lstart, line.rend), line=i, section=stack[-1] if stack else None
                )
            )
            out.line_owner[i] = ("section", stack[-1]) if stack else None
            touch(line.rend)
            i += 1
            continue
        if kind == "heading" and line.level in (1, 2):
            level = line.level
            keep = len(stack)
            while keep and sections[stack[keep - 1]].level >= level:
                keep -= 1
            parent_key = (stack[keep - 1] if keep else -1, level)
            expected = last_child.get(parent_key, 0) + 1
            value = line.value
            repaired = bool(line.damage)
            if line.damage == "lost_numeral" and _continues_previous(src, lines, i):
                line.kind = "content"
                value = None
            elif line.damage == "lost_numeral":
                value = expected
            elif line.damage == "lost_close" and value != expected:
                line.kind = "content"
                value = None
            if line.kind == "heading" and value is not None:
                del stack[keep:]
                if step_depth is not None and len(stack) < step_depth:
                    step_depth = None
                number = int_to_cn(value) if level == 1 else f"({int_to_cn(value)})"
                if line.damage == "":
                    number = line.number
                if repaired:
                    out.problems.append(
                        f"line {i + 1}: damaged heading marker {line.stripped[:12]!r} repaired as {number}"
                    )
                elif value != expected and value != last_at_level.get(level, 0) + 1:
                    out.problems.append(
                        f"line {i + 1}: heading {number} follows "
                        f"{int_to_cn(expected - 1) if expected > 1 else 'nothing'} (numbering gap)"
                    )
                last_child[parent_key] = value
                last_at_level[level] = value
                title, has_body = _title_of(src, line)
                clause = find_inline_clause(src, line.body, line.rend) if has_body else None
                j = next_nonblank(i)
                follows = j is not None and lines[j].kind == "responsibility"
                if has_body and step_depth is None and (level == promote or clause is not None or follows):
                    # An 一、/(一) item with its own text and responsibility clause is an action item.
                    line.kind = "measure"
                    _add_measure(out, src, i, line, number, level, stack, attachment, clause, repaired)
                    touch(out.measures[-1].span.end)
                    i = _after_measure(src, lines, i, level)
                    continue
                idx = open_section(line, number, level, title, repaired)
                out.line_owner[i] = ("section", idx)
                if _STEP_TITLE.search(src.match[line.body : line.rend]) and not has_body:
                    out.step_sections.append(idx)
                    step_depth = len(stack)
                i += 1
                continue
        if kind == "heading" and line.level == 3:
            while stack and sections[stack[-1]].level >= 3:
                stack.pop()
            parent_key = (stack[-1] if stack else -1, 3)
            # items restart per section or run on through the document (per attachment)
            expected_here = {last_child.get(parent_key, 0) + 1, last_item + 1}
            expected = min(expected_here)
            if line.damage == "lost_dot" and line.value not in expected_here:
                line.kind = "content"
            elif step_depth is not None:
                line.kind = "phase"
            elif _is_group_heading(src, lines, i):
                # "1.人才引进" with no text of its own, followed by (1)(2) items: those are the measures
                assert line.value is not None
                last_child[parent_key] = line.value
                last_item = line.value
                idx = open_section(line, line.number, 3, _title_of(src, line)[0], bool(line.damage))
                out.line_owner[i] = ("section", idx)
                i += 1
                continue
            else:
                assert line.value is not None
                if line.value not in expected_here and line.value != 1:
                    out.problems.append(
                        f"line {i + 1}: item {line.value} follows item "
                        f"{max(expected_here) - 1} (numbering gap)"
                    )
                if line.damage:
                    out.problems.append(
                        f"line {i + 1}: damaged item marker {line.stripped[:8]!r} read as {line.value}."
                    )
                last_child[parent_key] = line.value
                last_item = line.value
                line.kind = "measure"
                clause = find_inline_clause(src, line.body, line.rend)
                _add_measure(out, src, i, line, line.number, 3, stack, attachment, clause, bool(line.damage))
                touch(out.measures[-1].span.end)
                i = _after_measure(src, lines, i, 3)
                continue
        if (
            kind == "heading"
            and line.level == 4
            and stack
            and sections[stack[-1]].level == 3
            and step_depth is None
        ):
            line.kind = "measure"
            clause = find_inline_clause(src, line.body, line.rend)
            _add_measure(out, src, i, line, line.number, 4, stack, attachment, clause, False)
            touch(out.measures[-1].span.end)
            i = _after_measure(src, lines, i, 4)
            continue
        # content (incl. level 4/5 items outside a measure, rejected damaged markers, phases)
        if line.kind == "heading":
            line.kind = "content"
        if stack:
            out.line_owner[i] = ("section", stack[-1])
            touch(line.rend)
        i += 1

    for idx, sec in enumerate(sections):
        end = max(last_end.get(idx, sec.heading.end), sec.heading.end)
        sec.span = Span(sec.heading.start, end)
    _fill_measure_owner(out)
    _assign_lines(out)
    return out


def _add_measure(
    out: Outline,
    src: SourceDocument,
    i: int,
    line: Line,
    number: str,
    level: int,
    stack: list[int],
    attachment: str | None,
    clause: Span | None,
    repaired: bool,
) -> None:
    lines = out.lines
    last = _after_measure(src, lines, i, level) - 1
    while last > i and lines[last].kind == "blank":
        last -= 1
    end = lines[last].rend
    if last > i:
        # The paragraph continues on further lines: an inline clause is at the end of the last one.
        clause = find_inline_clause(src, line.body, end) or clause
    out.measures.append(
        MeasureItem(
            number=number,
            level=level,
            span=Span(line.lstart, end),
            body=line.body,
            line=i,
            section=stack[-1] if stack else None,
            section_path=list(stack),
            attachment=attachment,
            inline_clause=clause,
            repaired=repaired,
        )
    )


def _continues_previous(src: SourceDocument, lines: list[Line], i: int) -> bool:
    """A line starting with ')' that closes a bracket of the sentence broken on the line right above."""
    if i == 0 or lines[i - 1].kind not in ("content", "measure", "heading") or not _ends_open(lines[i - 1]):
        return False
    title, has_body = _title_of(src, lines[i])
    return (
        has_body or len(title) > 30 or bool(_SENTENCE_PUNCT.search(src.match[lines[i].body : lines[i].rend]))
    )


def _is_group_heading(src: SourceDocument, lines: list[Line], i: int) -> bool:
    """A 1. line without text of its own whose next line is a (1) item."""
    _, has_body = _title_of(src, lines[i])
    s = lines[i].stripped
    if has_body or "。" in s or s.endswith(":"):  # "1.健全五项机制:" introduces its own sub-items
        return False
    j = i + 1
    while j < len(lines) and lines[j].kind in ("blank", "boilerplate"):
        j += 1
    return j < len(lines) and lines[j].kind == "heading" and lines[j].level == 4


def _after_measure(src: SourceDocument, lines: list[Line], i: int, level: int) -> int:
    """Index of the first line after the paragraph of the measure starting at line ``i``.

    The paragraph is the measure's line, plus lines that continue a sentence broken mid-line, plus its own
    (1)/① sub-items (also across blank lines) with their broken-line continuations.
    """
    j = i + 1
    prev = lines[i]
    while j < len(lines):
        nxt = lines[j]
        if nxt.kind == "blank":
            k = j
            while k < len(lines) and lines[k].kind == "blank":
                k += 1
            if (
                k < len(lines)
                and lines[k].kind == "heading"
                and lines[k].level in (4, 5)
                and (lines[k].level or 0) > level
            ):
                j = k
                continue
            break
        if nxt.kind == "heading" and nxt.level in (4, 5) and (nxt.level or 0) > level:
            nxt.kind = "content"
            prev = nxt
            j += 1
            continue
        if nxt.kind == "heading" and nxt.damage == "lost_numeral" and _continues_previous(src, lines, j):
            nxt.kind = "content"
        if nxt.kind == "content" and _ends_open(prev):
            prev = nxt
            j += 1
            continue
        break
    return j


def _fill_measure_owner(out: Outline) -> None:
    for mi, m in enumerate(out.measures):
        j = m.line
        while j < len(out.lines) and out.lines[j].start < m.span.end:
            if out.lines[j].kind != "blank":
                out.line_owner[j] = ("measure", mi)
            j += 1


def _assign_lines(out: Outline) -> None:
    """Decide which measures each standalone responsibility line applies to.

    A line applies to the measures of its section since the previous responsibility clause (inline or
    line); a line before any measure of its section is a section header and applies to the section's
    measures (also in its sub-sections) that get no clause of their own; two lines in a row
    (牵头单位 / 责任单位) share their measures.
    """
    events: list[tuple[int, str, int]] = []
    for mi, m in enumerate(out.measures):
        events.append((m.span.start, "m", mi))
    for ri, r in enumerate(out.responsibility):
        events.append((r.span.start, "r", ri))
    events.sort()
    pending: dict[int | None, list[int]] = {}
    headers: dict[int | None, list[int]] = {}
    seen_measure: set[int | None] = set()
    prev: tuple[str, int] | None = None
    for _, kind, idx in events:
        if kind == "m":
            m = out.measures[idx]
            for sec in [None, *m.section_path]:
                seen_measure.add(sec)
            if m.inline_clause is not None:
                pending[m.section] = []
            else:
                pending.setdefault(m.section, []).append(idx)
            prev = ("m", idx)
            continue
        r = out.responsibility[idx]
        sec = r.section
        todo = pending.get(sec, [])
        if todo:
            r.measures = list(todo)
            pending[sec] = []
        elif prev is not None and prev[0] == "r" and out.responsibility[prev[1]].section == sec:
            twin = out.responsibility[prev[1]]
            r.measures = list(twin.measures)
            r.section_level = twin.section_level
            if prev[1] in headers.get(sec, []):
                headers[sec].append(idx)
        elif sec not in seen_measure:
            headers.setdefault(sec, []).append(idx)
            r.section_level = True
        else:
            out.problems.append(
                f"line {r.line + 1}: responsibility line {out.lines[r.line].stripped[:24]!r} "
                f"follows no measure that lacks a clause; ignored"
            )
        prev = ("r", idx)

    covered = {mi for r in out.responsibility for mi in r.measures}
    covered |= {mi for mi, m in enumerate(out.measures) if m.inline_clause is not None}

    def depth(sec: int | None) -> int:
        d = 0
        while sec is not None:
            d += 1
            sec = out.sections[sec].parent
        return d

    for sec in sorted(headers, key=depth, reverse=True):
        targets = [
            mi
            for mi, m in enumerate(out.measures)
            if mi not in covered and (sec is None or sec in m.section_path)
        ]
        for ridx in headers[sec]:
            out.responsibility[ridx].measures = list(targets)
        covered.update(targets)

    for r in out.responsibility:
        if r.section is None or not r.measures or r.section_level:
            continue
        in_section = [mi for mi, m in enumerate(out.measures) if m.section == r.section]
        if len(r.measures) >= 2 and r.measures == in_section:
            r.section_level = True
