"""Plain text (.txt, .text, .md): the decoded text as it is, except that a text hard-wrapped at a fixed width
(copied from a PDF or a fixed-width page: every line of a paragraph as long as the next) has its paragraphs
joined back, the way the PDF loader joins printed lines, and a page copied with its HTML paragraph markup
(<p style="…">(一)…</p>) loses the markup; boilerplate is the extractor's business."""

from __future__ import annotations

import html
import itertools
import re
from functools import lru_cache

from policykg.loaders.base import Loaded
from policykg.loaders.decode import decode_bytes

# A text is hard-wrapped when at least this many lines, and this share of its lines, run to the same width.
_WRAPPED_LINES = 5
_WRAPPED_SHARE = 0.1
_MIN_WRAP_WIDTH = 20  # narrower "full" lines are table cells or short items, not a wrap


def load_text(data: bytes, name: str) -> Loaded:
    warnings: list[str] = []
    text, encoding = decode_bytes(data, name=name, warnings=warnings)
    unmarked = strip_markup(text)
    if unmarked != text:
        warnings.append("HTML markup in text: its tags were dropped and its character entities decoded")
        text = unmarked
    unspaced = unspace_letters(text)
    if unspaced != text:
        warnings.append("letter-spaced text: the spaces between its characters were dropped")
    unjoined = unjoin_lines(
        unspaced
    )  # first: a run-together copy of a hard-wrapped text is hard-wrapped again
    if unjoined != unspaced:
        warnings.append("run-together text: the spaces that stood for its line breaks were made line breaks")
    unwrapped = unwrap_fixed_width(unjoined)
    if unwrapped != unjoined:
        warnings.append("hard-wrapped text: the lines of each paragraph were joined")
        # then: a hard-wrapped copy of a run-together page is run together again once its lines are joined
        unwrapped = unjoin_long_lines(unwrapped)
    return Loaded(text=unwrapped, encoding=encoding, format="txt", warnings=warnings)


# A page copied with its markup: paragraphs written as <p …>…</p>, spans and strong runs inside them, &ldquo; for “.
# Only tags of HTML's own (a Latin name) go: <正> and other tags of the text's script are a database's marks.
_PARAGRAPH_TAG = re.compile(r"<p[\s>]", re.IGNORECASE)
_MARKUP_MIN = (
    3  # paragraph tags a text holds before it is a page copied with its markup, not a text quoting one
)
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]{0,9}(?:\s[^<>]{0,300})?/?>")


def strip_markup(text: str) -> str:
    """``text`` without its HTML tags and with its character entities decoded, when it is a page copied with its
    paragraph markup (``_MARKUP_MIN`` paragraph tags at least); else unchanged."""
    if "<" not in text or len(_PARAGRAPH_TAG.findall(text)) < _MARKUP_MIN:
        return text
    return html.unescape(_HTML_TAG.sub("", text)).replace("\u00a0", " ")


# A PDF transcription that prints a space after every character ("青 海 省 人 民 政 府"): a line is letter-spaced
# when most of its Han characters stand alone between spaces; in such a line every single space beside a Han
# character or a full-width mark is typography, not a word gap.
_HAN = r"\u3400-\u9fff"
_WIDE = _HAN + r"\u3000-\u303f\uff00-\uffef\ua000-\ua4cf\u00ab\u00bb"
_SPACED_HAN = re.compile(rf"(?<![^\s])[{_HAN}](?= )")
_ANY_HAN = re.compile(rf"[{_HAN}]")
_LETTER_GAP = re.compile(rf"(?<=[{_WIDE}]) (?=\S)|(?<=\S) (?=[{_WIDE}])")
_FOLIO = re.compile(r"\s*\d{1,3} (?=\S)")
_SPACED_RUN = re.compile(rf"[{_HAN}] [{_HAN}] [{_HAN}] [{_HAN}] [{_HAN}] ")  # a quick first test
_SPACED_MIN = 20  # Han characters standing alone on a line before it counts as letter-spaced
_SPACED_SHARE = 0.8


def unspace_letters(text: str) -> str:
    """``text`` with the letter-spacing of its letter-spaced lines dropped (unchanged when it has none)."""
    if text.count(" ") < _SPACED_MIN or _SPACED_RUN.search(text) is None:
        return text
    lines = text.split("\n")
    out = [_unspaced_line(ln) for ln in lines]
    return "\n".join(out)


def _unspaced_line(line: str) -> str:
    alone = len(_SPACED_HAN.findall(line))
    if alone < _SPACED_MIN or alone < _SPACED_SHARE * len(_ANY_HAN.findall(line)):
        return line
    folio = _FOLIO.match(line)  # a PDF page's number before its first line stays apart from it
    cut = folio.end() if folio else 0
    return line[:cut] + _LETTER_GAP.sub("", line[cut:])


# A page whose paragraph tags were lost reaches the text with every line break a space: one long line in which
# table cells, items and headings follow each other after a blank. Such a line is run together when it holds
# most of the page, is long, and a blank beside a Han character or full-width mark comes often (a PDF's spaced
# quotes in one paragraph are not a page); in it every such blank was a line break
# (Chinese prose has no word gaps), also after a bracket or a mark ((街道) 2, 7.5% ▲发改局), while a blank inside
# an ASCII run (2023- 02- 09 16: 47) stays, unless an item's number follows (如下: 1.地区…).
_RUN_MIN = 400  # characters a line runs to before it can be run together
_RUN_SHARE = 0.8  # ... and holds this share of the page
_RUN_GAP_EVERY = 400  # ... and at most this many characters per blank beside a wide character
# A short page (a card, a progress table's few rows) run together is read so too when its blanks come far more
# often: a short paragraph of prose seldom holds more than one or two.
_RUN_SHORT_MIN = 120
_RUN_SHORT_GAP_EVERY = 30
_RUN_GAP = re.compile(r"(?<=\S)[ \t\u3000]+(?=\S)")
_RUN_WORD_GAP = re.compile(
    r"(?<=[A-Za-z0-9:/.,\-])[ \t]+(?=[A-Za-z0-9])(?![0-9]{1,2}[.．、](?![0-9]))"
)  # 2023- 02- 09 16: 47, ISO 9001


def unjoin_lines(text: str) -> str:
    """``text`` with the blanks of its run-together lines made line breaks (unchanged when it has none)."""
    lines = text.split("\n")
    longest = max(lines, key=len)
    if len(longest) < _RUN_SHORT_MIN or len(longest) < _RUN_SHARE * len(text.strip()):
        return text
    return "\n".join(_unjoined_line(ln) if ln is longest else ln for ln in lines)


def unjoin_long_lines(text: str) -> str:
    """``text`` with the blanks of its run-together lines made line breaks, when long lines hold most of it (a
    hard-wrapped copy of a run-together page, its lines joined back: a heading's line the wrap began stays
    apart, so the page may come back as a few long lines instead of one)."""
    lines = text.split("\n")
    long = sum(len(ln) for ln in lines if len(ln) >= _RUN_MIN)
    if long < _RUN_SHARE * len(text.strip()):
        return text
    return "\n".join(_unjoined_line(ln) for ln in lines)


def _unjoined_line(line: str) -> str:
    if len(line) < _RUN_SHORT_MIN:
        return line
    words = {m.start() for m in _RUN_WORD_GAP.finditer(line)} | _spaced_figures(line) | _bracketed(line)
    gaps = [m for m in _RUN_GAP.finditer(line) if m.start() not in words]
    every = _RUN_GAP_EVERY if len(line) >= _RUN_MIN else _RUN_SHORT_GAP_EVERY
    if len(gaps) * every < len(line):
        return line
    # cells: blanks of a letter-spaced cell and inside a barred row stay, a row's number is a cell of its own
    cells = _letter_spaced_cells(line) | (_barred_cell_gaps(line) or _closing_bars(line))
    words = (words - _row_number_gaps(line) - _numbered_on_gaps(line)) | cells
    gaps = [m for m in _RUN_GAP.finditer(line) if m.start() not in words]
    out = list(line)
    for m in gaps:  # one break a blank: offsets stay
        out[m.start() : m.end()] = "\n" * (m.end() - m.start())
    return "".join(out)


# A table one cell a line, each cell closed by a bar (一、持续推进… |⏎1.结合… |⏎法规科牵头 |⏎长期 |), run together: the
# blank before a bar closes the cell on its line, the blank after it was the line break; an empty cell's bar
# after a closed cell is a line of its own (已完工 |⏎|). Where nearly every blank stands beside a bar, the
# others are a cell's own gaps (全民健身 器材更换项目 |), not line breaks.
_CLOSING_BAR = re.compile(r"(?<=[^\s|])[ \t]+(?=\|(?:[ \t]|$))")
_BESIDE_BAR = re.compile(r"(?<=\|)[ \t]+|[ \t]+(?=\|)")
_BARRED_SHARE = 0.8  # share of a table's blanks beside a bar before its other blanks are a cell's gaps


def _closing_bars(line: str) -> set[int]:
    if line.count("|") < _BAR_MIN:
        return set()
    kept = {m.start() for m in _CLOSING_BAR.finditer(line)}
    first, last = line.index("|"), line.rindex("|")
    a = line.rfind(" ", 0, first - 1) + 1  # the first cell's start
    gaps = {m.start() for m in _RUN_GAP.finditer(line, a, last)}
    beside = {m.start() for m in _BESIDE_BAR.finditer(line, a, last)}
    if gaps and len(gaps & beside) >= _BARRED_SHARE * len(gaps):
        kept |= gaps - beside
    return kept


@lru_cache(maxsize=1)
def _spaced_figure() -> re.Pattern[str]:
    from policykg.loaders.extract.targets import UNITS

    units = "|".join(re.escape(u) for u in sorted(UNITS, key=len, reverse=True))
    return re.compile(rf"[ \t]+[0-9]+(?:\.[0-9]+)?([ \t]+)(?:{units})")


def _spaced_figures(line: str) -> set[int]:
    """The blanks around a figure before its unit (给予 12 个月, 不超过 800 万元), as a PDF copy spaces them: a
    gap inside a sentence, not a cell's or an item's number."""
    from policykg.loaders.normalize import match_text

    return {n for m in _spaced_figure().finditer(match_text(line)) for n in (m.start(), m.start(1))}


# A letter-spaced cell of a run-together table (序号 项目 具 体 内 容 牵头部门): three or more Han characters standing
# alone between single blanks are one cell printed with gaps, not one-character cells; its blanks stay.
_LETTER_SPACED_CELL = re.compile(rf"(?<!\S)[{_HAN}](?: [{_HAN}]){{2,}}(?!\S)")
# A row's number before a cell that opens with a figure (… 2010年 111 3-6岁幼儿受教育率…): a bare number of a
# blank's own, the next word holding a Han character, is a cell of its own, not a figure's part (16: 47 stays).
_ROW_NUMBER_GAP = re.compile(rf"(?<!\S)[0-9]{{1,3}}( )(?=[0-9][^\s]*[{_HAN}])")


# A barred table run together (序号 | 目标与任务 | 牵头责任单位 | (1) | 地区生产总值增长6%以上。 | 市发展改革委 | 各县市
# 区政府、 开发区管委会 | (2) | …): its rows were lines ending in a bar, its cells parted by bars on the row's line.
# From the start of its first barred cell to its last bar, a blank stays a blank, save the one after a bar where
# a row starts: before a cell holding a row's number alone ((2) |, 12 |), before a heading's cell spanning the
# row (二、重点工作 | |||, (一)市长牵头重点工作 | 1 |, 一、目标 | (一)…, (二)加强…公开。 | 5.系统…:
# the item stays on the heading's row), and, in a table without a number column, before a cell opening with an item's number
# (| 2. 制定… | 市法制局牵头 |): a heading or an item inside a numbered row (1 | 一、目标 | 1.地区生产总值…) opens
# no row. Only a table whose first cells name its columns (a header row) is read so, one with row numbers only
# when its first named column is the number's, and none whose rows run wider than its header (sub-rows of
# spanned cells: 1 | 一、就业促进 | 任务 | 单位 | 1100 | 1063 | | 任务2 | 4 | 4 |): there a cell a line is kept.
_BAR_MIN = 6  # bars a run-together line holds before it is a barred table
# (a letter-spaced first cell is one cell: 指 标 名 称 | 单位 | …)
_BARRED_SPAN = re.compile(rf"(?:^|(?<=\s))(?:[{_HAN}](?: [{_HAN}]){{2,}}|\S+)[ \t]+\|.*\|")
_BARRED_NUMBER = re.compile(rf"(?<=\|)[ \t]+(?=([(（]?)([0-9]{{1,3}})[)）]?[ \t]+\|[ \t]*[^|\s]*[{_HAN}])")
_HEAD_CELL = r"(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）])"
_BARRED_HEADING = re.compile(
    rf"(?<=\|)[ \t]+(?={_HEAD_CELL}[^|]*\|(?P<gap>[ \t]*)"
    rf"(?:\||[(（]?[0-9]{{1,3}}[)）]?[ \t]+\||(?P<head>{_HEAD_CELL})|(?P<item>[0-9]{{1,2}}[.．、](?![0-9]))))"
)
# 研发经费投入增长 | % | 10 | 示范区科技创新局 | |||| 各类科技研发…: a row padded with empty cells to the table's width
# ends at its run of bars; the blank after the run opens the next row
_CUT_ROW = re.compile(r"[ \t]+(?=[^|\s])")
_CLOSE_OPEN = re.compile(r"\|([ \t]+)\|$")
_PADDED_ROW_END = re.compile(r"(?<=\|\|)[ \t]+(?=[^|\s])")
_BARRED_ITEM = re.compile(r"(?<=\|)[ \t]+(?=([0-9]{1,2})[.．、](?![0-9]))")


def _numbered_rows(line: str, a: int, b: int) -> set[int]:
    """The blanks before a barred table's row numbers: a number cell before a cell of words ((2) | 固定资产…),
    each one past the last of its style (bare, bracketed), so that a figure cell (| 4 | 4 | 100% |) opens none."""
    rows: set[int] = set()
    last: dict[str, int] = {}
    for m in _BARRED_NUMBER.finditer(line, a):
        if m.start() >= b:
            break
        style, n = m.group(1), int(m.group(2))
        if style in last and n != last[style] + 1:
            continue
        last[style] = n
        rows.add(m.start())
    return rows


def _barred_cell_gaps(line: str) -> set[int]:
    if line.count("|") < _BAR_MIN or (span := _BARRED_SPAN.search(line)) is None:
        return set()
    a, b = span.start(), span.end()
    found = _barred_header(line[a:b])
    if found is None:
        return set()
    header, at = found
    rows = _numbered_rows(line, a, b)
    # a table with no number column whose rows are padded to its width: their ends say where each starts
    padded = {m.start() for m in _PADDED_ROW_END.finditer(line, a, b)} if header != "number" else set()
    if rows and header != "number":
        if len(padded) < _ROWS_MIN:
            return (
                set()
            )  # numbers in a later column (任务 | 1 | 要求 …): cells of spanned rows, no row a line
        rows = padded  # figure cells (| 10 | 示范区科技创新局 |), not row numbers
    elif not rows and header == "number":
        return set()  # a number column of other numbers (| 二 | 区城管局 |): not read a row a line
    elif not rows:
        rows = {m.start() for m in _BARRED_ITEM.finditer(line, a, b)} | padded
    heads = [
        m
        for m in _BARRED_HEADING.finditer(line, a)
        if m.start() < b and not (header == "number" and (m.group("item") or m.group("head")))
    ]  # in a numbered table a heading before an item or a heading is inside a row (1 | 一、目标 | 1.…)
    # a heading's cell and the first item of its group share the heading's row: no line break between them
    kept = {m.start("gap") for m in heads if m.group("item")}
    # … | || | 6.加大…(cut): a page cut inside its last row of a table barred on both sides; the bar after the
    # closing ones opens that row
    if (tail := _CUT_ROW.match(line, b)) and (opening := _CLOSE_OPEN.search(line, max(a, b - 12), b)):
        rows.add(opening.start(1))
        kept.add(tail.start())
    rows = (rows - kept) | {m.start() for m in heads}
    if (blank := _BLANKS.search(line, a + at - 1, a + at)) is not None and line[: blank.start()].endswith(
        "|"
    ):
        rows.add(
            blank.start()
        )  # the header row after a title's cells (| 某某项目进展情况 | 序号 | 实事项目 …)
    cuts = sorted(rows)
    after = [c for c in cuts if c > a + at]
    width = line.count("|", a + at, after[0]) if after else 0  # the header row's cells
    cuts = after
    wide = sum(1 for c, d in itertools.pairwise(cuts) if line.count("|", c, d) > width)  # the last may be cut
    if cuts and line.count("|", cuts[-1], b) > _LAST_ROW_BARS * width:
        wide += 1  # the rest of the table after its last row's number: rows that never started
    if len(cuts) < _ROWS_MIN or wide * _WIDE_ROWS > len(cuts):
        return set()  # rows wider than the header: sub-rows of spanned cells, one cell a line
    return ({m.start() for m in _RUN_GAP.finditer(line, a, b)} - rows) | kept


_WIDE_ROWS = (
    5  # a table whose rows run wider than its header more than once in this many is not read a row a line
)
_ROWS_MIN = 3  # rows (heading rows too) a barred table is cut into before it is read a row a line
_LAST_ROW_BARS = (
    3  # header widths of bars the last row may run to (a page cut inside it), not the table's rest
)
_HEADER_CELLS = 8  # barred cells at the table's start among which its header row names its columns


def _barred_header(span: str) -> tuple[str, int] | None:
    """The kind of the first column a barred table's header names (number, task …) and where that cell starts in
    ``span``, when its first cells name at least two known columns (序号, 工作任务, 责任单位 …); None when it has
    no such header row."""
    from policykg.loaders.extract.vocab import vocabulary
    from policykg.loaders.normalize import match_text

    kinds = vocabulary().column_kind
    named: list[tuple[str, int]] = []
    start = 0
    for cell in span.split("|", _HEADER_CELLS)[:_HEADER_CELLS]:
        key = _BLANKS.sub("", match_text(cell))
        if key in kinds:
            named.append((kinds[key], start + len(cell) - len(cell.lstrip())))
        start += len(cell) + 1
    return named[0] if len(named) >= 2 else None


def _letter_spaced_cells(line: str) -> set[int]:
    return {m.start() + i for m in _LETTER_SPACED_CELL.finditer(line) for i in range(1, len(m.group()), 2)}


# Row numbers of a table one cell a line, run together (… 市农业农村局 8 家禽出栏 万只 1 …): a bare number alone
# between blanks that goes on from the last one (1, 2, 3 …) is a cell of its own, even where a measure word
# follows it (8 家禽 is no "8 家"); a figure cell out of the sequence (the 1 of 万只 1) is left as it is.
_BARE_CELL = re.compile(r"(?<=\S)[ \t\u3000]+(?=([0-9]{1,3})[ \t\u3000]+\S)")
_SEQUENCE_MIN = 3  # rows numbered on before bare numbers count as row numbers


def _numbered_on_gaps(line: str) -> set[int]:
    gaps: list[int] = []
    expected = 1
    for m in _BARE_CELL.finditer(line):
        if int(m.group(1)) == expected:
            gaps += [m.start(), m.end(1)]
            expected += 1
    return set(gaps) if expected > _SEQUENCE_MIN else set()


def _row_number_gaps(line: str) -> set[int]:
    return {m.start(1) for m in _ROW_NUMBER_GAP.finditer(line)}


_RUN_BRACKET = re.compile(r"[(（〔【\[][^()（）〔〕【】\[\]]{0,100}[)）〕】\]]")
_BLANKS = re.compile(r"[ \t\u3000]+")


def _bracketed(line: str) -> set[int]:
    """The blanks inside a short bracket (牵头单位:市商务局  责任单位:…): a remark's gap, not a line break; a
    line break never falls inside a bracket that closes on the same line, save inside a role verb a wrap cut
    (A、B按职 责分工负责): there the line broke."""
    return {
        b.start() + m.start()
        for m in _RUN_BRACKET.finditer(line)
        for b in _BLANKS.finditer(m.group())
        if not _inside_role_verb(m.group(), b.start(), b.end())
    }


_ROLE_VERB_MIN = 3  # characters of a role verb a wrap may cut (分工 负责, 按职 责分工负责), not 负 责


@lru_cache(maxsize=1)
def _role_verbs() -> tuple[str, ...]:
    from policykg.loaders.extract.vocab import vocabulary

    return tuple(w for w in vocabulary().verb_role if len(w) >= _ROLE_VERB_MIN)


def _inside_role_verb(s: str, a: int, b: int) -> bool:
    """Whether the blank s[a:b] cuts a role verb (按职责分工负责 as 按职 责分工负责)."""
    from policykg.loaders.normalize import match_text

    left, right = match_text(s[:a]), match_text(s[b:])
    return any(
        left.endswith(w[:k]) and right.startswith(w[k:]) for w in _role_verbs() for k in range(1, len(w))
    )


_WRAP_GAP = re.compile(r"[ \t\u3000](?=\S)")
_ROW_OPENING = re.compile(rf"[ \t\u3000]*([0-9]{{1,3}})[ \t\u3000]+(?=[{_HAN}])")
_WRAP_GAP_END = re.compile(r"(?<=\S)[ \t\u3000]$")


def unwrap_fixed_width(text: str) -> str:
    """``text`` with the lines of each hard-wrapped paragraph joined (unchanged when it is not wrapped)."""
    from policykg.loaders.pdf import _glue, _joins

    lines = text.split("\n")
    full = _wrap_width([ln.rstrip("\r") for ln in lines])
    if full is None:
        return text
    out: list[str] = []
    last = ""  # the previous printed line: its width, not the joined paragraph's, says whether it was wrapped
    row_no = 0  # the number of the last row opening a line (35 强化企业…: a table parted by blanks)
    for line in lines:
        row = _ROW_OPENING.match(line)
        if row and int(row.group(1)) == row_no + 1:
            row_no += 1
            out.append(line)  # the next row, whatever the width of the line above
        elif out and (
            _closing_bar_wrapped(last, line, full)
            or (
                not _table_row(last)
                and not _header_row(line)
                and not _clause_on_its_line(last, line, full)
                and _joins(last.rstrip(), line.strip(), full)
            )
        ):  # indentation takes columns too
            # a blank the wrap cut at, alone at the line's end or start, stays (…以上. | 经信委, 研究室 | 市邮政管理局:
            # a gap between cells or names); a run of blanks is the page's indentation
            gap = " " if _WRAP_GAP.match(line) or _WRAP_GAP_END.search(out[-1]) else ""
            out[-1] = _glue(out[-1].rstrip() + gap, line.strip())
        else:
            out.append(line)
            row_no = int(row.group(1)) if row else row_no
        last = line
    return "\n".join(out)


def _clause_on_its_line(last: str, line: str, full: float) -> bool:
    """(责任单位:…) after a line that stopped short of the margin: a wrap breaks anywhere in Chinese text, so the
    clause was printed on a line of its own (a section's closing clause, for all its items), not wrapped."""
    from policykg.loaders.pdf import _TRAILING_CLAUSE, _width

    prev = last.rstrip()
    return _TRAILING_CLAUSE.match(line.strip()) is not None and _width(prev) < full - max(1.6, 0.06 * full)


def _closing_bar_wrapped(last: str, line: str, full: float) -> bool:
    """…管理水平。 | |, …监督。 | | 综合科 |: a cell's closing bar (and the row's next cells) the wrap put on the next
    line, after a line of an unclosed row that ran to the margin."""
    from policykg.loaders.pdf import _width

    prev = last.rstrip()
    return (
        line.lstrip().startswith("|")
        and not prev.endswith("|")
        and "|" in prev
        and _width(prev) >= full - max(1.6, 0.06 * full)
    ) or (line.strip() == "|" and not prev.endswith("|") and _width(prev) >= full - max(1.6, 0.06 * full))


_HEADER_LINE_MAX = 120  # characters of a header row
_HEADER_NAMED = 3  # known column names a header row opens with (a wrap's tail 任务 牵头责任单位 is none)
_CELL_GAP = re.compile(r"[ \t\u3000]*\|[ \t\u3000]*|[ \t\u3000]+")


def _header_row(line: str) -> bool:
    """A table's header row (序号 重点工作任务 主要责任单位 …, its first three cells known column names parted by
    blanks or bars; or 序号 | alone, a header one cell a line) opens a table: never the rest of a wrapped line
    above it."""
    from policykg.loaders.extract.vocab import vocabulary
    from policykg.loaders.normalize import match_text

    if len(line) > _HEADER_LINE_MAX or not (line.rstrip().endswith("|") or _CELL_GAP.search(line.strip())):
        return False  # the common case, decided without folding the line
    cells = [c for c in _CELL_GAP.split(match_text(line).strip(), _HEADER_CELLS) if c][:_HEADER_CELLS]
    kinds = vocabulary().column_kind
    if len(cells) == 1 and line.rstrip().endswith("|"):  # 序号 |: a header one bar-closed cell a line
        return kinds.get(cells[0]) == "number"
    return len(cells) >= _HEADER_NAMED and all(c in kinds for c in cells[:_HEADER_NAMED])


def _table_row(line: str) -> bool:
    """A line closed by a bar ends a table row (序号 | 任务 | 单位 |), never a wrapped line."""
    return line.rstrip().endswith(_ROW_ENDS)


_ROW_ENDS = (
    "|",
    "│",
    "┃",
    "║",
    "┤",
    "┐",
    "┘",
    "┫",
    "┓",
    "┛",
    "╣",
    "╗",
    "╝",
)  # bars, and a box table's right edge


def _wrap_width(lines: list[str]) -> float | None:
    """The width a hard-wrapped text's lines run to, or None when the text is not hard-wrapped.

    The widest cluster of lines that enough lines share, looked for among the widest tenth of the lines: a
    text with many short lines (labels, table cells) has its wrapped lines above the 90th percentile."""
    from policykg.loaders.pdf import _width

    widths = sorted(_width(ln.rstrip()) for ln in lines if ln.strip())
    if len(widths) < _WRAPPED_LINES:
        return None
    need = max(_WRAPPED_LINES, _WRAPPED_SHARE * len(widths))
    for full in sorted(set(widths[int(0.9 * (len(widths) - 1)) :]), reverse=True):
        if full < _MIN_WRAP_WIDTH:
            return None
        if sum(1 for w in widths if full - 1 <= w <= full) >= need:
            return full
    return None
