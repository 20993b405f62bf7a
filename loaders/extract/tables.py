"""Task tables that reached the text flattened: 任务分工表 / 责任清单 / 任务分解表.

A header row names the columns (序号 | 重点工作 | 牵头单位 | 责任单位 | 完成时限, words in
``data/responsibility.toml``), either on one line with cells separated by ``|``, tabs or runs of spaces, or one
cell per line (optionally with ``|`` lines between cells). Each numbered row after it is a measure: its task
cell is the measure's text, its unit cells give the units by role (a 牵头单位 / 主要责任单位 column leads), a
people column (责任领导) gives nothing, a 完成时限 column the deadline. ``一、``/``(一)`` lines between rows are
left to the structure parser as section headings.

Everything runs on the match text of the lines the structure parser split (:class:`Line`), so spans quote the
original text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from policykg.loaders.extract.indicator_tables import indicator_label
from policykg.loaders.extract.numerals import cn_number
from policykg.loaders.extract.vocab import vocabulary
from policykg.models import SourceDocument, Span, TargetInfo

if TYPE_CHECKING:
    from policykg.loaders.extract.structure import Line

__all__ = [
    "Cell",
    "Column",
    "Row",
    "Table",
    "find_tables",
    "glued_line_cuts",
    "cell_target",
    "cut_off",
    "may_have_tables",
    "unit_pieces",
]

_V = vocabulary()
_UNIT_KINDS = frozenset({"lead", "responsible", "support"})
_REMARK = re.compile(r"\([^()]*\)\s*$")
_SPACES = re.compile(r"\s+")
_SEPARATOR_LINE = re.compile(r"^\|[|\s:\-—]*$")  # | lines between cells, |---|---| under a header
# 1* / 1★: a mark after a row's number (a task the page marks, its meaning stated or not) is kept with it
_BARE_NUMBER = re.compile(r"^(\d{1,3})\s*(?P<mark>[*★☆※])?\s*[.、]?$")
# 1 | … / 1. … / (1) | … : a row's number before its first cell (a bracketed one only before a bar or a tab)
_ROW_NUMBER = re.compile(
    r"^(?:\|\s*)?(?:\((?=\s*\d{1,3}\s*\)\s*[|\t])\s*)?(\d{1,3})\s*(?:[.、)])?\s*(?:\||\t| {2,}|$)"
)
# (1)属地监管部门要… |: the number a bar-closed task cell opens with, in a header naming no 序号 column
_PAREN_ITEM = re.compile(r"^\(\s*(\d{1,3})\s*\)(?!\s*[|\t])")
_ITEM_NUMBER = re.compile(
    r"^(\d{1,3})\s*[.、]\s*(?:(?!\d)|(?=\d{4}年))"
)  # 2.2021年底前…: an item opening on a year
# | 2.推进… | 市住建局 |: an item's number after the empty cells of a category merged over its group of rows
# 扩大投资 | 1.加快… | 市发改委 |: or after the category's own cell, on its group's first row
# | (二)严控农兽药残留超标 | 3.深入… |: or after a group heading's cell (一、… / (二)…) after the row's opening bar
# | (2)持续… | 县农业农村局 |: the same items numbered in brackets, (2) or 2), as others write 2.
_ITEM_OPEN = r"\((?=\d{1,3}\))"
_ITEM_MARK = r"(\d{1,3})\s*[.、)]\s*(?:(?!\d)|(?=\d{4}年))"
_BRACKET_ITEM_NUMBER = re.compile(r"^(?:" + _ITEM_OPEN + r")?(\d{1,3})\s*\)\s*(?!\d)")
_BARRED_ITEM_NUMBER = re.compile(
    r"^(?:[^|\d\s(][^|。;,:]{0,24}|\|\s*(?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\))[^|。;,:]{1,24})?"
    r"(?:\|\s*)+(?:" + _ITEM_OPEN + ")?" + _ITEM_MARK
)
# 一 | 加快… | 市发改委 |: a row numbered in Chinese numerals, alone in its cell before a bar
_CN_ROW_NUMBER = re.compile(r"^(?:\|\s*)?([一二三四五六七八九十]{1,3})\s*\|(?=\s*[^|\s])")
# ① | 新建… | 区交通局 | / ⑵ | …: a row numbered in an enclosed numeral (circled or bracketed), alone in its cell
_ENCLOSED_ROW_NUMBER = re.compile(r"^(?:\|\s*)?([\u2460-\u2473\u2474-\u2487])\s*\|(?=\s*[^|\s])")
# 以公开助力经济发展 | 加强…信息公开 | 1 | …: a row's number cell after the cells of the groups it opens (merged over
# their rows, printed on the first row only)
# (the cell after the number is text: 合 计 | 800 | 300 | is a total row of figures)
_GROUPED_NUMBER = re.compile(r"^(?:\|\s*)?(?:(?:[^|\d\s][^|]{0,40})?\|\s*){1,3}(\d{1,3})\s*\|(?=\s*[^\d\s|])")
_ROW_NUMBER_SPACED = re.compile(r"^(\d{1,3})\s*[.、]?\s+(?=\S)")
_MULTI_SPACE = re.compile(r" {2,}|\t")
_FIGURE = re.compile(r"\d")
_SIGN_WORDS = {"≥": "不低于", "≤": "不超过", ">": "超过", "<": "低于"}  # a sign as the words targets read
_CELL_FIGURE = re.compile(r"^(\D{0,3}\d+(?:\.\d+)?)(?:以上|以下|左右|以内)?$")
_BARE_FIGURE = re.compile(
    r"^\D{0,4}\d+(?:\.\d+)?\D{0,3}$"
)  # ≥6, 5000, 6以上, 10左右: a figure without its unit


@dataclass(frozen=True)
class Column:
    name: str
    kind: str  # number | task | content | lead | responsible | support | people | deadline | other | unknown


@dataclass
class Cell:
    column: Column
    span: Span  # trimmed


@dataclass
class Row:
    number: str
    first_line: int
    last_line: int
    start: int  # offset of the row's first character
    cells: list[Cell] = field(default_factory=list)

    def first(self, kind: str) -> Cell | None:
        return next((c for c in self.cells if c.column.kind == kind), None)

    def split_target(self, text: str) -> tuple[Span, Span] | None:
        """The figure and the unit of measure of an indicator row whose unit sits in a column of its own
        (地区生产总值 | 亿元 | 5000): the last figure of a value column (else of an unnamed or content one)."""
        unit = self.first("measure_unit")
        if unit is None:
            return None
        found = self._shifted_unit(text, unit) or self._figure_and_unit(text, unit)
        if found is None or _ZERO.fullmatch(text[found[0].start : found[0].end].strip()):
            return None  # 0 under 年度目标: no quota set for this row
        return found

    def _figure_and_unit(self, text: str, unit: Cell) -> tuple[Span, Span] | None:
        figures = [
            c
            for c in self.cells
            if c.column.kind == "value" and _FIGURE.search(text, c.span.start, c.span.end)
        ]
        if not figures:
            figures = [
                c
                for c in self.cells
                if c.column.kind in ("unknown", "content")
                and _BARE_FIGURE.match(text[c.span.start : c.span.end])
            ]
        return (figures[-1].span, unit.span) if figures else None

    def _shifted_unit(self, text: str, unit: Cell) -> tuple[Span, Span] | None:
        """A row that lost an empty cell before its unit column (粮食播种面积 | 万亩 | 0.07 under 考核指标 | 考核内容
        | 单位): the unit column holds the bare figure and the short word before it is the unit of measure."""
        k = self.cells.index(unit)
        if k == 0 or not _BARE_FIGURE.match(text[unit.span.start : unit.span.end]):
            return None
        before = self.cells[k - 1]
        word = text[before.span.start : before.span.end].strip()
        if before.column.kind == "task" or not _MEASURE_WORD.fullmatch(word):
            return None
        return unit.span, before.span

    def growth(self, text: str) -> Span | None:
        """The figure of a growth-rate column (2022年计划 增长% | 15): a rate in %."""
        cell = self.first("growth")
        if cell is None or not _FIGURE.search(text, cell.span.start, cell.span.end):
            return None
        return cell.span

    def budget(self) -> tuple[Span, str] | None:
        """The figure of an investment column (年度投资金额(万元) | 300) and the money unit its header names."""
        cell = self.first("budget")
        if cell is None:
            return None
        unit = _MONEY_REMARK.search(cell.column.name)
        return (cell.span, unit.group(1)) if unit is not None else None

    def content_end(self, text: str) -> int:
        """End of the row's task text: the task cell and the content cells right after it (an unnamed column's
        cell that holds a figure, such as a 区本级任务数 share, is content too)."""
        end = self.start
        seen_task = False
        closed = False
        for c in self.cells:
            kind = c.column.kind
            if kind == "unknown" and _FIGURE.search(text, c.span.start, c.span.end):
                kind = "content"
            goal = (
                kind == "content"
                and _REMARK.sub("", c.column.name).endswith(_GOAL_END)
                and _is_sentence_cell(text[c.span.start : c.span.end])  # 建设180亩…基地。, not a bare 6左右
            ) or (
                kind == "content"
                and c.column.name in _V.content_anywhere_figures
                and _FIGURE.search(text, c.span.start, c.span.end) is not None
            )
            if kind == "task" or (kind == "content" and (not closed or goal)):
                seen_task = seen_task or kind == "task"
                end = max(end, c.span.end)  # a second task cell: a sub-row's goal after the first's units
            elif seen_task and kind != "detail":  # a project's place and years: its works may follow
                closed = True
        return end


_ZERO = re.compile(r"0+(?:\.0+)?")
# a goal or content column (工作目标, 预期绩效目标, 事项内容: content columns named …目标 / …内容, [content_anywhere] in
# data/responsibility.toml): the row's text wherever the column stands (after a project's funds, years or units)
_GOAL_END = _V.content_anywhere_ends
_MONEY_REMARK = re.compile(r"\((?:单位:)?\s*(万元|亿元|元)\s*\)")  # 总投资(亿元) / 投资金额(单位:万元)
# A unit of measure alone in a cell: %, 万亩, 亿斤, 万元/人, 个.
_MEASURE_WORD = re.compile(r"%|‰|[万亿千百十]?[\u4e00-\u9fff]{1,2}(?:/[\u4e00-\u9fff]{1,2})?")


@dataclass
class Table:
    header_first: int
    header_last: int
    columns: list[Column]
    rows: list[Row] = field(default_factory=list)
    lines: set[int] = field(default_factory=set)  # every line of the table that is not a section heading
    single_spaced: bool = False  # header cells separated by single spaces: rows are split the same way
    listed_cells: bool = False  # a row's cell holds a numbered list of its own: no item makes a row
    glued: bool = False  # cells run together without any separator (类别序号重点督办内容牵头单位)
    barred: bool = False  # a one-line header with cells between bars (工作任务 | 具体要求 | 责任单位 |)
    blank: set[Column] = field(
        default_factory=set
    )  # unnamed columns the rows leave blank (single-spaced rows)
    # a header cell over sub-columns (资金来源 over 中央 | 省级 | 其他): its index and how many cells a row gives it
    spanned: tuple[int, int] | None = None


@lru_cache(maxsize=4096)  # short lines are tried as header cells line after line; Column is immutable
def _column(cell: str) -> Column | None:
    """The column a header cell names (spaces inside and a bracketed remark ignored; 监督科室 监督电话 is one
    cell of two known words; 2022年预期目标, 市政府分管领导, 上半年推进情况 end with a known name)."""
    cell = cell.strip("| \t")
    name = _SPACES.sub("", cell)
    bare = _REMARK.sub("", name)
    kind = _V.column_kind.get(name) or _V.column_kind.get(bare)
    if kind is None and (inner := _INNER_REMARK.fullmatch(bare)) is not None:
        kind = _inner_remark_kind(inner)  # 责任(牵头)部门 before its ending 部门 is read alone
    kind = kind or _units_with_heads(bare) or _composed_label(bare) or _by_suffix(bare)
    if kind is None and (period := _PERIOD_HEAD.match(bare)) and period.end() < len(bare):
        rest = bare[period.end() :]  # 1-10月推进情况: a report column qualified by the months it covers
        kind = _V.column_kind.get(rest) or _by_suffix(rest)
    if kind is None and _YEAR_COLUMN.match(name):
        kind = "value"
    if kind is None and (_PERIOD_CELL.match(bare) is not None or _YEARS_CELL.match(bare) is not None):
        kind = "other"  # 一季度 | 二季度 / 上半年 / 1-6月: what a task plans or reached in a period, no unit or task
    if kind is None:
        kind = _plan_task_kind(bare)
    if kind is None:
        parts = cell.split()
        kinds = [_V.column_kind.get(p) for p in parts]
        if len(parts) > 1 and all(kinds):
            kind = kinds[0]
    if kind is None:
        kind = _joined_names(bare)
    return Column(name, kind) if kind is not None else None


# 天津市综合交通运输"十四五"规划重点工作 / 《实施方案》主要任务: the task column named by the plan its tasks come from
_PLAN_HEAD = re.compile(r"^[^。,;:、!?]{2,40}(?:规划|方案|计划|纲要|意见|要点|报告)》?(?P<rest>[^》]{2,8})$")


def _plan_task_kind(bare: str) -> str | None:
    """``task`` for a header cell that is the name of a plan or document followed by a task column's name (a
    分工 table of a plan's tasks: 《X规划》重点工作 | 委内责任部门), else None."""
    m = _PLAN_HEAD.match(bare)
    if m is None or _V.column_kind.get(m.group("rest")) != "task":
        return None
    return "task"


# 责任(牵头)部门: a role word bracketed inside a header cell qualifies the column
_INNER_REMARK = re.compile(r"(?P<a>[^()]+)\((?P<q>[^()]{1,6})\)(?P<b>[^()]+)")


def _inner_remark_kind(m: re.Match[str]) -> str | None:
    """The kind of a header cell with a bracketed word inside it: read with the word in front (责任(牵头)部门 as
    牵头责任部门, a lead column), else without it (责任部门)."""
    a, q, b = m.group("a"), m.group("q"), m.group("b")
    return _V.column_kind.get(q + a + b) or _V.column_kind.get(a + b)


# 存在问题和下步计划 / 进展情况及存在问题: two known column names joined in one header cell
_NAME_JOIN = re.compile(r"和|及|与|、")


def _joined_names(name: str) -> str | None:
    """The kind of a header cell that joins known column names of one kind with 和/及/与/、, or one name with the
    weight its rows score (项目名称及分值: the task)."""
    parts = _NAME_JOIN.split(name)
    if len(parts) < 2 or len(name) > 2 * _SUFFIX_MAX:
        return None
    if parts[-1] in _V.column_weights and len(parts) == 2:
        kind = _V.column_kind.get(parts[0]) or _by_suffix(parts[0])
        return kind if kind not in (None, "other") else "task"  # 考核项目及分值: the items the weights score
    kinds = {_V.column_kind.get(p) or _by_suffix(p) for p in parts}
    if kinds == {"task", "content"}:
        return "content"  # 工作举措及实施计划: a task's steps and plan, its text (the task may have a column of its own)
    return kinds.pop() if len(kinds) == 1 and None not in kinds else None


def _units_with_heads(name: str) -> str | None:
    """The unit kind of a header cell naming a unit column joined with its heads (牵头单位及主要负责人, 责任单位和
    责任人): the cells hold the units, each with a person's name the unit reader skips."""
    parts = _NAME_JOIN.split(name)
    if len(parts) != 2 or _V.column_kind.get(parts[1]) != "people":
        return None
    kind = _V.column_kind.get(parts[0]) or _by_suffix(parts[0])
    return kind if kind in _UNIT_KINDS else None


_HEAD_NAME = re.compile(r"\s+[\u4e00-\u9fff]{2,4}$")  # 市民政局 伍泽国: a person's name after the unit


def _heads_dropped(text: str, a: int, b: int) -> int:
    """The end of a 单位及主要负责人 cell without the names of the heads that follow its units, each spaced off
    and not ending like a body."""
    while (m := _HEAD_NAME.search(text, a, b)) is not None and not _looks_like_units(m.group().strip()):
        b = m.start()
    return b


_SUFFIX_MAX = 12  # a header cell is short; a sentence ending in 任务 is not one


# 牵头实施单位 | 协同实施单位 / 牵头主体 | 参与主体: a header composed of a role word, the work it names and a body noun
# ([label_compose]), of the role word's role
_COMPOSED = re.compile(
    "(?P<role>"
    + "|".join(map(re.escape, sorted(_V.label_roles, key=len, reverse=True)))
    + ")(?:[及和与、/](?P<second>"
    + "|".join(map(re.escape, _V.label_roles))
    + "))?(?:"
    + "|".join(map(re.escape, _V.label_middles))
    + ")?(?:"
    + "|".join(map(re.escape, _V.label_nouns))
    + ")"
    if _V.label_roles
    else "(?!)"
)


def _composed_label(name: str) -> str | None:
    m = _COMPOSED.fullmatch(name)
    if m is None:
        return None
    role = _V.label_role_of.get(m.group("role"), "responsible")
    # 牵头及配合单位: which of its units leads the header does not say
    return (
        role
        if m.group("second") is None or _V.label_role_of.get(m.group("second")) == role
        else "responsible"
    )


def _by_suffix(name: str) -> str | None:
    """The kind of the longest known column name (two characters or more) that ends ``name``: a header cell
    is often a known name with a qualifier in front (年度, 市政府, 上半年)."""
    if len(name) > _SUFFIX_MAX or _NOT_HEADER.search(name):
        return None
    for k in range(1, len(name) - 1):
        kind = _V.column_kind.get(name[k:])
        if kind is not None and kind not in _EXACT_ONLY:
            return kind
    return None


# a reporting period in front of a header cell: 1-10月, 1至11月, 2023年1—6月, 1月至9月
_PERIOD_HEAD = re.compile(r"^(?:\d{4}年)?\d{1,2}月?\s*[-—–~至到]\s*\d{1,2}月(?:份|底)?")
_EXACT_ONLY = frozenset({"measure_unit", "value", "growth"})  # 主管单位 is a body, not a unit of measure
# A header cell that is a period of the plan's year, alone or before a few words of what it holds: 一季度, 第二季度,
# 1季度, 上半年, 下半年, 1-3月, 1月, 一月份, 三季度进度安排, 上半年工作目标
_PERIOD_CELL = re.compile(
    r"^(?:(?:\d{4}年)?(?:第?[一二三四1-4]\s*季度|[上下]半年|(?:\d{1,2}|[一二三四五六七八九十]{1,3})月?(?:份|底|末)?"
    r"\s*[-—–~至到]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:份|底|末)?"
    r"|(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:份|底|末)?))[\u4e00-\u9fff]{0,6}$"
)
# 指标 | 单位 | 2020年 | 2025年 (or 2022年计划): the figures of those years
_YEAR_COLUMN = re.compile(r"^\d{4}年度?(?:计划)?$")
# 2023—2024年 / 2026-2027年度: what a task plans over a span of years, no figure of one year
_YEARS_CELL = re.compile(r"^\d{4}年?\s*[-—–~至到]\s*\d{4}年度?$")


_NOT_HEADER = re.compile(r"[。,;:、!?%]|\d(?!\d*年)")
_UNKNOWN_MAX = 8  # an unnamed header cell (项目, 类别, 区本级, 任务数): short, no punctuation


@lru_cache(maxsize=4096)
def _unknown_column(cell: str) -> Column | None:
    """A short header cell naming a column we do not know; its cells are aligned by their look."""
    name = _SPACES.sub("", cell.strip("| \t"))
    if 0 < len(name) <= _UNKNOWN_MAX and not _NOT_HEADER.search(name) and not name[0].isdigit():
        return Column(name, "unknown")
    return None


def _cell_text(line: Line) -> str:
    """A line's text as a cell: without the ``|`` that closes cells written one per line (序号 |)."""
    return line.stripped.strip("| \t")


def _split(text: str) -> list[tuple[int, int]]:
    """Cell offsets of a one-line row: on ``|``, else tabs / runs of spaces."""
    if "|" in text:
        seps = [m.start() for m in re.finditer(r"\|", text)]
        bounds = [-1, *seps, len(text)]
        cells = [(bounds[k] + 1, bounds[k + 1]) for k in range(len(bounds) - 1)]
        if not text[: seps[0]].strip():
            cells = cells[1:]  # | 序号 | 任务 |: a row bounded by pipes has no cell before its first one
        if cells and not text[seps[-1] + 1 :].strip():
            cells = cells[:-1]
    else:
        cells = []
        pos = 0
        for m in _MULTI_SPACE.finditer(text):
            cells.append((pos, m.start()))
            pos = m.end()
        cells.append((pos, len(text)))
    out = []
    for a, b in cells:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        out.append((a, b))
    return out


def _split_single(text: str, columns: list[Column]) -> list[tuple[Column, int, int]]:
    """Cells of a row under a single-spaced header: the task runs up to the first word that looks like units,
    a unit column takes every unit-looking word (one cell each) when no unit column follows (a unit list
    written with spaces, or one unit a line), the last column takes the rest."""
    tail = _trailing_unit_cells(text, columns)
    if tail is not None:
        return tail
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
    cells: list[tuple[Column, int, int]] = []
    t = 0
    for ci, col in enumerate(columns):
        if t >= len(words):
            break
        if ci == len(columns) - 1:
            cells.append((col, words[t][0], words[-1][1]))
            break
        n = 1
        if col.kind in _UNIT_KINDS and _next_unit_column(columns, ci + 1) is None:
            while t + n < len(words) - 1 and _unit_word(text, words, t + n):
                n += 1
            cells.extend((col, a, b) for a, b in words[t : t + n])
            t += n
            continue
        if col.kind == "people" and columns[ci + 1].kind in _UNIT_KINDS:
            # 路 军 发展改革委: a two-character name spaced out to the width of three (路 军), or two leaders;
            # the people cell runs up to the first word that looks like units
            while t + n < len(words) - 1 and _name_word(text[words[t + n][0] : words[t + n][1]]):
                n += 1
        if col.kind in ("task", "content") and columns[ci + 1].kind in _UNIT_KINDS:
            while t + n < len(words) - 1 and not _looks_like_units(text[words[t + n][0] : words[t + n][1]]):
                n += 1
            if n > 1 and _wrapped_unit_head(text, words[t + n - 1], words[t + n]):
                n -= 1  # 严厉打击违法行为 县综合 执法分局: the unit's name broken by a wrap space, its head the unit's
        if col.kind in _UNIT_KINDS and ci == len(columns) - 2 and columns[-1].kind in _UNIT_KINDS:
            # 区财政局 / 区税务局 / 区政府有关部门,各乡镇…: a main unit cell of one name a line before the last
            # unit column's cell; the words left over beyond the last column's one are more names of this cell
            while t + n < len(words) - 1 and _plain_name(text[words[t + n][0] : words[t + n][1]]):
                n += 1
            cells.extend((col, a, b) for a, b in words[t : t + n])
            t += n
            continue
        cells.append((col, words[t][0], words[t + n - 1][1]))
        t += n
    return cells


_WRAP_HEAD_MAX = 6  # 县综合 of 县综合 执法分局: the piece of a name a wrap space cut off, short


def _wrapped_unit_head(text: str, head: tuple[int, int], word: tuple[int, int]) -> bool:
    """Whether the word ``head`` before the unit-looking ``word`` is the opening of the same unit's name, cut off by a
    line-wrap space (县综合 执法分局, 城关派出 所): short, a local body's prefix first, no unit of its own, and the
    two together end like a body."""
    from policykg.loaders.extract.units import UnitLexicon, _nk

    first = text[head[0] : head[1]]
    lexicon = UnitLexicon.load_default()
    return (
        len(first) <= _WRAP_HEAD_MAX
        and _SENTENCE.search(first) is None
        and first[:1] in lexicon.local_prefixes
        and not lexicon.ends_as_unit(_nk(first))
        and lexicon.ends_as_unit(_nk(first + text[word[0] : word[1]]))
    )


def _plain_name(word: str) -> bool:
    """One unit's name alone: it looks like units and holds no list separator."""
    return not re.search(r"[、,;。]", word) and _looks_like_units(word)


def _trailing_unit_cells(text: str, columns: list[Column]) -> list[tuple[Column, int, int]] | None:
    """A single-spaced row under a header that ends in two or more unit columns (… | 细化措施 | 牵头单位 | 参与单位 |
    责任单位), whose text cells hold spaces of their own (严守用水 效率控制 红线) and whose first cells may be merged
    away: the unit cells are the row's last words, one a column, read from the right, when each looks like units
    and the word before them does not (the task's sentence). The words before go to the other columns. None when
    the row's end is not so plain (a unit cell empty or broken by a space)."""
    k = 0
    while k < len(columns) and columns[len(columns) - 1 - k].kind in _UNIT_KINDS:
        k += 1
    if k < 2 or k >= len(columns):
        return None
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
    if len(words) <= k + 1:
        return None
    tail = words[-k:]
    if not all(_looks_like_units(text[a:b]) for a, b in tail) or _looks_like_units(
        text[words[-k - 1][0] : words[-k - 1][1]]
    ):
        return None
    head = _split_single(text[: tail[0][0]], columns[:-k])
    return [*head, *((col, a, b) for col, (a, b) in zip(columns[-k:], tail, strict=True))]


def _filled_columns(text: str, table: Table, columns: list[Column]) -> list[Column]:
    """The columns a single-spaced row fills: a row with fewer words than the header has cells left an unnamed
    column empty when the word in its place is a sentence, the task's (序号 名称 工作任务 牵头责任单位 over 1 地区生产总值
    增长7%以上. 发改委: 名称 printed blank), and so do the later short rows of the table."""
    words = text.split()
    short = len(columns) - len(words)
    out = list(columns)
    k = 0
    while short > 0 and k < min(len(out), len(words)) and out[k].kind in ("number", "unknown"):
        sentence = _NOT_HEADER.search(words[k]) is not None and len(words[k]) > _UNKNOWN_MAX
        if out[k].kind == "unknown" and (sentence or out[k] in table.blank):
            table.blank.add(out[k])
            del out[k]
            short -= 1
            continue
        k += 1
    return out


_SENTENCE_TAIL = re.compile(r"[。.]([^\s。.,;:]{2,30})$")


def _glued_unit_tail(
    text: str, columns: list[Column], cells: list[tuple[Column, int, int]]
) -> list[tuple[Column, int, int]]:
    """A single-spaced row whose unit cell was glued to the task's full stop when its line was joined
    (…提升0.5个百分点以上.经信委): the bodies after the task's last full stop are the unit column's cell."""
    if not cells or cells[-1][0].kind != "task":
        return cells
    unit = next((c for c in columns if c.kind in _UNIT_KINDS), None)
    col, a, b = cells[-1]
    m = _SENTENCE_TAIL.search(text, a, b)
    if unit is None or m is None or not _looks_like_units(m.group(1)):
        return cells
    return [*cells[:-1], (col, a, m.start(1)), (unit, m.start(1), b)]


def _name_word(word: str) -> bool:
    """A word of a people cell: short, no figure or sentence mark, not a unit."""
    return (
        len(word) <= 4
        and _SENTENCE.search(word) is None
        and not re.search(r"\d", word)
        and not _looks_like_units(word)
    )


def _unit_word(text: str, words: list[tuple[int, int]], k: int) -> bool:
    """Word ``k`` of a row is one more unit: it looks like units, or it is a short name followed by a word that
    does (区供销联社 区畜牧业发展中心: a body whose ending we do not know, inside a unit list)."""
    word = text[words[k][0] : words[k][1]]
    if _looks_like_units(word):
        return True
    nxt = text[words[k + 1][0] : words[k + 1][1]] if k + 1 < len(words) else ""
    return len(word) <= 10 and not _NOT_HEADER.search(word) and bool(nxt) and _looks_like_units(nxt)


def _duty_column(name: str) -> bool:
    """Whether a column names a body's duties (职责分工 / 主要职责, printed twice at most: 职责分工 职责分工)."""
    name = "".join(name.split())
    return any(name in (w, w + w) for w in _V.numbered_duty_columns)


def _valid_header(columns: list[Column]) -> bool:
    """A header naming units and a task or number column; or a list of numbered tasks alone (序号 | 项目名称: a 民生实事
    list the 人大 voted, each row a task with no unit column: heldout63 dg08's gold)."""
    kinds = [c.kind for c in columns]
    if (
        not {"number", "lead", "deadline"} & set(kinds)
        and any(_duty_column(c.name) for c in columns)
        and all(_duty_column(c.name) for c in columns if c.kind == "task")
    ):
        return False  # 相关部门 | 职责分工 with no 序号: a duty list read body by body, no table
    if kinds == ["number", "task"]:
        return True
    # 序号 | 工作任务 | 阶段目标 / 完成时限: numbered tasks with what each sets or when, no unit column (a 进度表:
    # heldout132 fx10's gold takes each row as a measure)
    if (
        kinds[:2] == ["number", "task"]
        and len(kinds) > 2
        and set(kinds[2:]) <= _TASK_ONLY_EXTRAS
        and _TASK_WORD in columns[1].name
        and any(c.name in _V.stage_columns for c in columns[2:])
    ):
        # (序号 | 项目名称 | 任务指标: a project list, its details no task of the row: heldout93 ek09; 序号 | 目标任务 |
        # 年度目标: an indicator table, its figures the document's; 完成时间 alone: a progress table: review 46c)
        return True
    return len(columns) >= 2 and bool(set(kinds) & _UNIT_KINDS) and bool(set(kinds) & {"task", "number"})


_TASK_ONLY_EXTRAS = frozenset({"content", "deadline", "detail"})
_TASK_WORD = "任务"  # 工作任务 / 重点任务: the column names the rows as tasks
# 全年完成情况 closing a header: a progress table, its rows the tasks reported on even with no unit column
_PROGRESS_HEAD = re.compile("(?:" + "|".join(map(re.escape, _V.progress_fields)) + ")$")


def _header(
    cells: list[str], max_unknown: int, first_task: bool = False, unitless: bool = False
) -> list[Column] | None:
    """The columns a header's cells name, or None when they are no header. Short cells we cannot name are
    kept as ``unknown`` columns (at most ``max_unknown``, fewer than the named ones); when no cell names the
    task, the first cell after the number is the task whatever the header calls it (工作举措, 2022年预期目标)."""
    if any(cell.strip(" |\t") in _V.result_columns for cell in cells):
        return None  # 检查对象 | 检查结果: a page of what inspections found, its rows done (review 49b)
    columns: list[Column] = []
    for cell in cells:
        col = _column(cell) or _unknown_column(cell)
        if col is None:
            return None
        columns.append(col)
    if len(columns) > 2 and columns[0].kind == "unknown" and columns[1].kind == "number":
        columns[0] = Column(columns[0].name, "other")  # 类别 | 序号 | …: a category lead-in, as 政策类别
    if any(c.kind == "task" and not _duty_column(c.name) for c in columns):
        # 重点任务 | 责任单位 | 职责分工: a duties column beside a task column is more of the row's text (review 49b)
        columns = [
            Column(c.name, "content") if c.kind == "task" and _duty_column(c.name) else c for c in columns
        ]
    unknown = sum(c.kind == "unknown" for c in columns)
    if (
        columns
        and columns[0].kind == "number"
        and len(columns) >= 3
        and not any(c.kind == "task" for c in columns)
        and columns[1].kind in ("unknown", "content")
        and len(columns[1].name) <= 10
    ):
        columns[1] = Column(columns[1].name, "task")
    elif (
        first_task and columns and columns[0].kind == "unknown" and not any(c.kind == "task" for c in columns)
    ):
        columns[0] = Column(columns[0].name, "task")
    elif not any(c.kind == "task" for c in columns):
        # 领域 | 主要目标 | 主要责任单位 | 责任单位 (a 目标责任分解 table): the goals are the tasks the units carry
        goal = next((k for k, c in enumerate(columns) if c.kind == "content"), None)
        if goal is not None and any(c.kind in _UNIT_KINDS for c in columns[goal + 1 :]):
            columns[goal] = Column(columns[goal].name, "task")
    ranked = _V.ranked_roles([c.name for c in columns], [c.kind for c in columns])
    if "support" in ranked and "lead" not in ranked:
        # 责任单位 | 配合单位: against a supporting column the responsible one names the main units, the leads
        ranked = ["lead" if r == "responsible" else r for r in ranked]
    columns = [Column(c.name, kind) for c, kind in zip(columns, ranked, strict=True)]
    if not any(c.kind == "measure_unit" for c in columns):
        # 重点工作 | 2022年计划 | 牵头单位: without a unit-of-measure column a year's plan is text of the task
        columns = [Column(c.name, "content") if _YEAR_PLAN.match(c.name) else c for c in columns]
    columns = _repeated_task_figures(columns)
    unknown = sum(c.kind == "unknown" for c in columns)
    if unknown > max_unknown or unknown >= len(columns) - unknown:
        return None
    if unitless:
        kinds = [c.kind for c in columns]
        return columns if kinds[:2] == ["number", "task"] else None
    return columns if _valid_header(columns) else None


def _repeated_task_figures(columns: list[Column]) -> list[Column]:
    """项目名称 | 目标任务 | 牵头单位 | 目标任务 | 累计完成 | 累计进度: a progress report names the task column again
    after the unit columns, over the figure the task sets (1100 against 1063 done); that repeat is a figure column,
    no second task."""
    out: list[Column] = []
    for k, col in enumerate(columns):
        if (
            col.kind == "task"
            and any(c.kind == "task" and c.name == col.name for c in columns[:k])
            and any(c.kind in _UNIT_KINDS for c in columns[:k])
        ):
            col = Column(col.name, "other")
        out.append(col)
    return out


_YEAR_PLAN = re.compile(r"^\d{4}年度?计划$")
_HEADS = frozenset(w[:2] for w in _V.column_kind)


def _one_line_header(line: Line) -> list[Column] | None:
    text = line.stripped
    if len(text) > 200 or not ("|" in text or " " in text or "\t" in text):
        return None
    cells = [text[a:b] for a, b in _split(text) if b > a]
    named_first = _SPACES.sub("", text.lstrip("| \t")[:4])[:2] in _HEADS
    if not named_first and not (
        "|" in text and (_category_before_number(cells) or _barred_task_first(cells))
    ):
        return None  # 指 标 名 称: a cell spaced out
    if "|" not in text and len(cells) < 2:
        cells = _spaced_out_joined(text.split())
    columns = _header(cells, max_unknown=1, first_task=not named_first)
    if columns is None and _schedule_cells(cells):
        columns = _header(cells, max_unknown=0, unitless=True)
        # each period's cell is text of the task: the steps and goals it sets for that period
        columns = columns and [*columns[:2], *(Column(c.name, "content") for c in columns[2:])]
    return columns


def _spaced_out_joined(words: list[str]) -> list[str]:
    """A one-space header's words with a cell spaced out letter by letter put back together (序号 工 作 任 务
    牵头负责部门: 工作任务, as printed tables align a short name over a wide column; heldout81 dy06)."""
    out: list[str] = []
    run = 0  # single letters just joined into out[-1]
    for word in words:
        if len(word) == 1 and run and out:
            out[-1] += word
            run += 1
        else:
            out.append(word)
            run = 1 if len(word) == 1 else 0
    return [piece for word in out for piece in _column_names_in(word)]


def _column_names_in(word: str) -> list[str]:
    """A run of spaced-out letters that spells two column names or more (工作任务牵头单位配合单位): each name as
    the vocabulary spells it, read from the left, the longest first; the run whole when it does not split so."""
    pieces: list[str] = []
    a = 0
    while a < len(word):
        b = next((b for b in range(len(word), a + 1, -1) if word[a:b] in _V.column_kind), None)
        if b is None:
            return [word]
        pieces.append(word[a:b])
        a = b
    return pieces


def _barred_task_first(cells: list[str]) -> bool:
    """专项整治行业名称 | 时间安排 | 责任单位 |: a barred header whose first cell names the task in words of its own
    (a short cell no column word opens) and whose last named cell is a unit column: the rows are the tasks."""
    names = [_SPACES.sub("", c.strip("| \t")) for c in cells]
    names = [n for n in names if n]
    if len(names) < 2 or not 0 < len(names[0]) <= _UNKNOWN_MAX or _NOT_HEADER.search(names[0]):
        return False
    last = _column(names[-1])
    return last is not None and last.kind in _UNIT_KINDS


_SCHEDULE_MIN = 2  # period columns a schedule table sets its tasks' steps out in


def _schedule_cells(cells: list[str]) -> bool:
    """序号 | 工程名称 | 2023—2024年 | 2025年 | 2026—2027年: a plan's schedule, its tasks' steps set out by period
    after the number and the task, no unit column (the rows are the tasks even so); not an indicator table's
    levels by year (序号 | 指标 | 2023年 | 2025年)."""
    periods = [_SPACES.sub("", c.strip("| \t")) for c in cells[2:]]
    if len(cells) < 2 or indicator_label(_SPACES.sub("", cells[1].strip("| \t"))):
        return False
    return len(periods) >= _SCHEDULE_MIN and all(
        _YEAR_COLUMN.match(c) or _YEARS_CELL.match(c) or _PERIOD_CELL.match(c) for c in periods
    )


def _category_before_number(cells: list[str]) -> bool:
    """类别 | 序号 | 项目名称 | …: a barred header opening with a short unnamed cell (the category a group of rows
    shares) before its number column."""
    if len(cells) < 3:
        return False
    first, second = (_SPACES.sub("", c.strip("| \t")) for c in cells[:2])
    col = _column(second)
    return (
        col is not None
        and col.kind == "number"
        and 0 < len(first) <= _UNKNOWN_MAX
        and _column(first) is None
        and _NOT_HEADER.search(first) is None
    )


_NUMBER_WORDS = sorted((w for w, k in _V.column_kind.items() if k == "number"), key=len, reverse=True)
_TAIL_HEAD = re.compile("(?<=[ \t\u3000])(?:" + "|".join(map(re.escape, _NUMBER_WORDS)) + ")(?=[ \t\u3000])")
_TAIL_CELLS_MAX = 8


def _tail_header(line: Line) -> list[Column] | None:
    """A header run together onto the end of a longer line (…附件:任务分解表 2018年2月24日 任务分解表 序号 名称 工作任务
    牵头责任单位), as a page flattened with single spaces prints it: from a number column's name after a blank
    to the line's end, every word a header cell."""
    text = line.stripped
    for m in _TAIL_HEAD.finditer(text):
        cells = text[m.start() :].split()
        if len(cells) <= _TAIL_CELLS_MAX and (columns := _header(cells, max_unknown=1)) is not None:
            return columns
    return None


def _sub_header(lines: list[Line], i: int, columns: list[Column]) -> tuple[list[Column], int] | None:
    """序号 | 工作任务 | 责任单位 | 完成时限 over | | 牵头单位 | 配合单位 |: a header whose one unit column is split
    into role columns on the next line (a cell merged over the sub-header's cells). The columns with the
    parent replaced by its sub-columns, and the sub-header's line; None when the next line is no such line."""
    parents = [k for k, c in enumerate(columns) if c.kind in _UNIT_KINDS]
    if len(parents) != 1 or columns[parents[0]].kind != "responsible":
        return None
    j = i + 1
    while j < len(lines) and (lines[j].kind == "blank" or _is_separator(lines[j])):
        j += 1
    if j >= len(lines) or len(lines[j].stripped) > _SUB_HEADER_MAX:
        return None
    text = lines[j].stripped
    cells = [text[a:b] for a, b in _split(text) if b > a]
    subs: list[Column] = []
    for cell in cells:
        col = _column(cell)
        kind = col.kind if col is not None else _V.verb_role.get(_SPACES.sub("", cell.strip("| \t")))
        if kind not in _UNIT_KINDS:
            return None
        subs.append(Column(col.name if col is not None else cell.strip("| \t"), kind))
    if len(subs) < 2 or len({c.kind for c in subs}) < 2:
        return None  # 牵头单位 | 配合单位: roles set against each other, never one role twice
    p = parents[0]
    return [*columns[:p], *subs, *columns[p + 1 :]], j


_SUB_HEADER_MAX = 40  # a line of a few short column names


def _is_separator(line: Line) -> bool:
    if line.rend <= line.lstart or line.match[line.lstart - line.start] != "|":
        return False
    return _SEPARATOR_LINE.match(line.stripped) is not None


_UNIT_ENDS = frozenset(w[-2:] for w, k in _V.column_kind.items() if k in _UNIT_KINDS)


_LONE_ONE = re.compile(r"^[ \t]*1[.、]?[ \t]*\|?[ \t\r]*$", re.M)  # 1 alone, or closed by its bar
_BARRED_ITEM = re.compile(r"^[ \t]*\d{1,3}[.、][^\n|]*\|[ \t\r]*$", re.M)  # 1.推进… |: a row's task cell


def may_have_tables(text: str) -> bool:
    """Whether the text can hold a task table at all: a header names a unit column (…单位, …部门), or rows
    without a header start with a ``1`` on a line of its own."""
    return (
        any(end in text for end in _UNIT_ENDS)
        or _LONE_ONE.search(text) is not None
        or ("|" in text and _BARRED_ITEM.search(text) is not None)
        or _SPACED_UNIT_END.search(text) is not None
        or _HEADLESS_ROW.search(text) is not None
    )


# 5 | 推进… | 区发改局 / 5 推进… 区发改局: two rows of a table whose header is not on the page, one after the other
# (| 5 | 推进… and | (一) 组 | 5 | 推进…: the same with the row's opening bar, or its group's cell, before the number;
# a row's closing bar on a line of its own between them)
_ROW_OPENING = r"[ \t]*(?:\|[ \t]*)?(?:\(?[一二三四五六七八九十]{1,3}[)、][^|\n]{0,40}\|[ \t]*)?"
_HEADLESS_ROW = re.compile(
    "^"
    + _ROW_OPENING
    + r"\d{1,3}(?:[ \t]*\||[ \t\u3000]+)[ \t]*[\u4e00-\u9fff][^\n]*[ \t|]\S[^\n]*\n(?:[ \t]*\|?[ \t]*\n)*"
    + _ROW_OPENING
    + r"\d{1,3}(?:[ \t]*\||[ \t\u3000]+)[ \t]*[\u4e00-\u9fff][^\n]*[ \t|]\S",
    re.M,
)


# 牵 头 部 门: a header cell written with spaces between its characters
_SPACED_UNIT_END = re.compile(
    "|".join(f"{re.escape(e[0])}[ \t\u3000]+{re.escape(e[1])}" for e in sorted(_UNIT_ENDS))
)


def find_tables(lines: list[Line]) -> list[Table]:
    """Every task table of the document, with its rows."""
    tables: list[Table] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.kind in ("blank", "boilerplate", "meta"):
            i += 1
            continue
        one = _one_line_header(line) if line.kind == "content" else None
        tail = _tail_header(line) if one is None and line.kind == "content" else None
        one = one or tail
        glued = _glued_header(line.stripped) if one is None and line.kind == "content" else None
        if one is not None or glued is not None:
            table: Table | None = Table(i, i, one or glued or [], lines={i}, glued=glued is not None)
        else:
            table = _cell_header(lines, i) or _headerless(lines, i) or _headerless_items(lines, i)
        if table is None and line.kind in ("content", "heading") and _may_start_row(line.stripped):
            one = _headerless_row_columns(lines, i)
            if one is not None:
                table = Table(i, i - 1, one)
        if table is None:
            i += 1
            continue
        table.barred = one is not None and "|" in line.stripped
        if one is not None and (sub := _sub_header(lines, i, one)) is not None:
            table.columns, table.header_last = sub
            table.lines.add(sub[1])
        _money_unit_above(lines, table)
        if one is not None and (tail is not None or len(_split(line.stripped)) < len(one)):
            table.single_spaced = True  # 序号 重点任务 牵头单位 责任单位
        if table.glued:
            _rows_glued(lines, table)
        elif one is not None:
            if table.barred:
                _year_sub_header(lines, table)
                _level_sub_header(lines, table)
                _period_sub_header(lines, table)
            _rows_one_line(lines, table)
            if table.barred and not any(c.kind == "number" for c in table.columns):
                _unnumbered_rows_instead(lines, table)
        else:
            _rows_per_cell(lines, table)
        while table.rows and not table.rows[-1].cells:
            table.rows.pop()  # 3 at the end of an excerpt: a row cut off before its cells is no row
        _units_in_last_cell(lines, table)
        if table.rows:
            tables.append(table)
            i = max(table.lines | {table.header_last, i}) + 1
        else:
            i = max(table.header_last, i) + 1
    return tables


_FIGURE_KINDS = frozenset({"value", "growth", "other"})


def _barred_line_after_header(lines: list[Line], table: Table) -> int:
    """The index of the first content line under a table's header when it is barred (a second header line's
    candidate), or -1."""
    j = table.header_last + 1
    while j < len(lines) and lines[j].kind in ("blank", "boilerplate"):
        j += 1
    if j >= len(lines) or lines[j].kind != "content" or "|" not in lines[j].stripped:
        return -1
    return j


def _year_sub_header(lines: list[Line], table: Table) -> None:
    """A second header line under a barred one whose cells split each year column (2021年完成 | 2022年计划 over
    绝对值 | 增长% | 绝对值 | 增长%): the year columns become one column per sub-cell, a 增长% one a rate."""
    j = _barred_line_after_header(lines, table)
    if j < 0:
        return
    text = lines[j].stripped
    subs = [_column(text[a:b]) for a, b in _split(text) if b > a]
    if not subs or any(c is None or c.kind not in ("value", "growth") for c in subs):
        return
    spanned = [k for k, c in enumerate(table.columns) if c.kind in _FIGURE_KINDS and _YEAR_HEAD.match(c.name)]
    if not spanned or len(subs) % len(spanned):
        return
    width = len(subs) // len(spanned)
    columns: list[Column] = []
    for k, col in enumerate(table.columns):
        if k not in spanned:
            columns.append(col)
            continue
        part = subs[spanned.index(k) * width : (spanned.index(k) + 1) * width]
        # a result column's sub-cells report (2021年完成 绝对值): no targets
        columns.extend(
            Column(col.name + c.name, c.kind if col.kind != "other" else "other") for c in part if c
        )
    table.columns = columns
    table.header_last = j
    table.lines.add(j)


_YEAR_HEAD = re.compile(r"\d{4}年")


def _period_sub_header(lines: list[Line], table: Table) -> None:
    """A second header line under a barred one whose cells are periods of the year splitting its one schedule
    column (进度安排 over 一季度 | 二季度 | 三季度 | 四季度, 时间安排 over 上半年 | 下半年, or over the plan's years
    2021年 | 2022年 | 2023年): that column becomes one
    column per period, each a schedule cell (what the task plans by then: no unit, no task), so the unit columns
    after it read their own cells."""
    j = _barred_line_after_header(lines, table)
    if j < 0:
        return
    text = lines[j].stripped
    subs = [_SPACES.sub("", text[a:b].strip("| \t")) for a, b in _split(text) if b > a]
    subs = [c for c in subs if c]
    schedule = [k for k, c in enumerate(table.columns) if c.kind == "deadline"]
    if (
        len(subs) < 2
        or len(schedule) != 1
        or not all(_PERIOD_CELL.match(c) or _YEAR_COLUMN.match(c) for c in subs)
    ):
        return
    k = schedule[0]
    parent = table.columns[k]
    subcols = [Column(parent.name + cell, "other") for cell in subs]
    table.columns = [*table.columns[:k], *subcols, *table.columns[k + 1 :]]
    table.header_last = j
    table.lines.add(j)


# 一级事项 | 二级事项 under 公开事项: a header cell split into the levels of its items (一级 the group, 二级 the item)
_LEVEL_CELL = re.compile(r"^([一二三四五六七八九])级(\S{1,6})$")


def _level_sub_header(lines: list[Line], table: Table) -> None:
    """A second header line under a barred one that opens with the levels of one header column (公开事项 over
    一级事项 | 二级事项, as the 基层政务公开标准目录 print it): that column becomes one column per level, the last
    (finest) level the task, the levels above it group cells (other). Sub-cells after the levels split later
    columns (公开对象 over 全社会 | 特定群体) and change nothing: the row's cells past the units are not read."""
    j = _barred_line_after_header(lines, table)
    if j < 0:
        return
    text = lines[j].stripped
    subs = [_SPACES.sub("", text[a:b].strip("| \t")) for a, b in _split(text) if b > a]
    levels: list[str] = []
    for cell in subs:
        m = _LEVEL_CELL.match(cell)
        if m is None or cn_number(m.group(1)) != len(levels) + 1:
            break
        levels.append(cell)
    if len(levels) < 2:
        return
    word = _LEVEL_CELL.match(levels[0])
    assert word is not None
    k = next(
        (
            k
            for k, c in enumerate(table.columns)
            if c.kind in ("task", "content", "unknown") and _REMARK.sub("", c.name).endswith(word.group(2))
        ),
        None,
    )
    if k is None:
        return
    parent = table.columns[k]
    subcols = [Column(parent.name + cell, "other") for cell in levels[:-1]]
    subcols.append(Column(parent.name + levels[-1], "task" if parent.kind == "task" else parent.kind))
    table.columns = [*table.columns[:k], *subcols, *table.columns[k + 1 :]]
    table.header_last = j
    table.lines.add(j)


_NOTE_START = re.compile(
    "(?:" + "|".join(map(re.escape, sorted(_V.notes, key=len, reverse=True))) + r")\s*[:]"
)


def _unnumbered_rows_instead(lines: list[Line], table: Table) -> None:
    """An indicator table (a unit-of-measure column) between bars without a 序号 column whose numbered rows were
    none, or whose whole unnumbered rows stopped at a row with a merged unit cell: its rows read one a line,
    merged unit cells carried down, when they are more."""
    if not _figures_table(table) or any(r.number for r in table.rows):
        return  # 工作任务 | 责任单位 | 完成时限: unnumbered task rows are whole rows, read by _unnumbered_row
    found = replace(table, rows=[], lines=set(table.lines))
    _rows_unnumbered(lines, found)
    if len(found.rows) > len(table.rows):
        table.rows, table.lines = found.rows, found.lines


def _rows_unnumbered(lines: list[Line], table: Table) -> None:
    """Rows of a barred indicator table without a 序号 (指标名称 | 单位 | … | 责任部门), one a line; the group lines
    between them (一、创新驱动 | |||) are section headings. A unit cell printed empty under a cell merged over
    the rows of a group carries the unit of the row above; a row the excerpt cuts before that cell has none."""
    previous: Row | None = None
    j = table.header_last + 1
    while j < len(lines):
        ln = lines[j]
        if ln.kind in ("blank", "boilerplate") or _is_separator(ln):
            j += 1
            continue
        if _is_section(ln):
            previous = None
            j += 1
            continue
        text = ln.stripped
        split = _split(text)
        if ln.kind != "content" or "|" not in text or not split or split[0][1] <= split[0][0]:
            break
        if _NOTE_START.match(text):
            break  # 注:带*的为约束性指标 |: a note under the table ends it
        if len(split) > 1 and all(b <= a for a, b in split[1:]):
            previous = None  # 创新驱动 | |||||: a group row without a number, its other cells empty
            table.lines.add(j)
            j += 1
            continue
        base = ln.lstart
        row = Row(number="", first_line=j, last_line=j, start=base)
        for col, (a, b) in zip(table.columns, split, strict=False):
            if b > a:
                row.cells.append(Cell(col, Span(base + a, base + b)))
        for k, col in enumerate(table.columns):
            above = previous.first(col.kind) if previous is not None and col.kind in _UNIT_KINDS else None
            if (
                above is not None
                and k < len(split)
                and split[k][1] <= split[k][0]
                and row.first(col.kind) is None
            ):
                row.cells.append(Cell(col, above.span))
        table.rows.append(row)
        table.lines.add(j)
        previous = row
        j += 1


# 单位:万元 above a table: the money unit of its figures
_TABLE_UNIT = re.compile(r"^(?:金额)?单位\s*:\s*(万元|亿元|元)\s*(?:\||$)")


def _money_unit_above(lines: list[Line], table: Table) -> None:
    """单位:万元 on the line above the header: an investment column that names no money unit of its own
    (计划投入资金) counts in it."""
    k = table.header_first - 1
    while k >= 0 and lines[k].kind == "blank":
        k -= 1
    unit = _TABLE_UNIT.match(lines[k].stripped) if k >= 0 else None
    if unit is None:
        return
    table.columns = [
        Column(f"{c.name}({unit.group(1)})", c.kind)
        if c.kind == "budget" and _MONEY_REMARK.search(c.name) is None
        else c
        for c in table.columns
    ]


_HEADERLESS = [Column("序号", "number"), Column("", "task"), Column("", "responsible")]
_ROW_CELLS_MAX = 6  # a row of a task table: its number, task, units, a person, a date


def _headerless(lines: list[Line], i: int) -> Table | None:
    """Rows without a header on the page (a table's continuation, a header lost): ``1`` alone, the task, its
    unit cells, then ``2`` … in the same rhythm, at least twice. Units without a named column have no role
    beyond responsible."""
    s = _cell_text(lines[i])  # 1 | : a cell closed by its bar
    bare = _BARE_NUMBER.match(s) if len(s) <= 3 and lines[i].kind == "content" else None
    if bare is None or int(bare.group(1)) != 1:
        return None
    table = Table(i, i - 1, list(_HEADERLESS))
    _rows_per_cell(lines, table)
    rows = table.rows
    if len(rows) < 2 or any(_row_cell_count(lines, r) > _ROW_CELLS_MAX + 1 for r in rows):
        return None
    if not all(r.first("task") and r.first("responsible") for r in rows[:2]):
        return None
    table.rows = []
    return table


# | (一) 持续推进示范村建设 | 1 | 完成…: a group's cell (merged over its rows, printed on the first) before the number
_ROW_START = re.compile(
    r"^(?:\|[ \t]*)?(?:\(?[一二三四五六七八九十]{1,3}[)、][^|\n]{0,40}\|[ \t]*)?"
    r"(\d{1,3})(?:\s*\||[ \t\u3000]+)\s*(?=[\u4e00-\u9fff]|[“《「\"][^|\s]{0,3}[\u4e00-\u9fff])"
)


def _may_start_row(text: str) -> bool:
    """5 | 推进… / 5 推进… / | 5 | 推进… / | (一) 组 | 5 | 推进…: a bare number (its opening bar, or its group's cell,
    before it or not) and a cell separator before a task's first character."""
    return (text[:1].isdigit() or text[:1] == "|") and _ROW_START.match(text) is not None


def _row_shape(text: str) -> list[str] | None:
    """The column kinds of a row printed without its header (a table's continuation, a page opening mid-table):
    its number, the task (its title, and its text in a cell of its own or not), then unit cells and time limits
    only (5 | 推进产业园建设。 | 区发改局 | 区财政局、区自然资源局 | 2024年底, or the same with blanks); None for any
    other line."""
    from policykg.loaders.extract.responsibility import is_deadline

    m = _ROW_START.match(text)
    if m is None:
        return None
    rest = text[m.end() :].strip().strip("|").strip()
    cells = [c.strip() for c in (rest.split("|") if "|" in text else re.split(r"[ \t\u3000]+", rest))]
    cells = [c for c in cells if c]
    if len(cells) < 2 or len(cells) > _ROW_CELLS_MAX or len(cells[0]) < _TASK_MIN:
        return None
    kinds = ["number", "task"]
    for k, cell in enumerate(cells[1:]):
        if k == 0 and _is_sentence_cell(cell) and len(cells) > 2:
            kinds.append(
                "content"
            )  # 完成…建设 | 完成…,开展考核验收。 | 区农业农村委: the task's title, then its text
        elif is_deadline(cell):
            kinds.append("deadline")
        elif "deadline" not in kinds and _looks_like_units(cell) and _unit_cell(cell):
            kinds.append("responsible")
        elif kinds[-1] in ("task", "content") and _PERSON_CELL.fullmatch(cell):
            kinds.append("people")  # 陆夏峰 / 韩 斌: the leader in charge before the units (checked below)
        elif "responsible" in kinds:
            # … | 县教育局 | 已经安装…空调。 | 按时序推进: the progress and status after the units
            kinds.append("other")
        else:
            return None
    others = [c for c, kind in zip(cells, kinds[1:], strict=False) if kind == "other"]
    if others and not _progress_row(cells[0], others):
        return None  # 1 | 关于印发…的通知 | 县农业农村局 | 2024-03-01 | 主动公开: a list of documents, firms or filings
    people = [k for k, kind in enumerate(kinds) if kind == "people"]
    if any(k + 1 >= len(kinds) or kinds[k + 1] != "responsible" for k in people):
        return None
    return kinds if "responsible" in kinds else None


def _progress_row(task: str, others: list[str]) -> bool:
    """Whether a headerless row's cells after its units report the task's progress: one of them a status of the
    work's schedule (按时序推进, 正常推进, 已开工; never a reply's 已办结 or a list's 有效: round 42's second review), the task no document's title or firm's name (round 42's review: 信息公开目录,
    检查结果, 企业名单 rows read as tasks)."""
    return (
        any(c.strip().startswith(_V.status_openers) for c in others)
        and _DOCUMENT_TITLE.search(task) is None
        and not task.endswith(_FIRM_ENDS)
    )


_DOCUMENT_TITLE = re.compile(r"(?:关于|《).*(?:的(?:通知|意见|建议|提案|方案|批复|报告|决定)|》)$")
_FIRM_ENDS = ("公司", "加油站", "厂", "店")


# a person's name alone in a cell (2 or 3 characters, a space between family and given name allowed)
_PERSON_CELL = re.compile(r"[\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,2}")


def _unit_cell(cell: str) -> bool:
    """A cell of units: a list, or names a space apart with a lead mark before the first (*区投促局 各镇街)."""
    from policykg.loaders.extract.responsibility import is_unit_list

    return is_unit_list(cell) or is_unit_list(re.sub(r"[ \u3000]+", "、", cell.strip(_MARKS + " ")))


_TASK_MIN = 4  # a task is a phrase; a shorter first cell is a name or a category


def _headerless_row_columns(lines: list[Line], i: int) -> list[Column] | None:
    """Columns for rows printed one a line without their header: the line at ``i`` and the next non-blank line
    are rows of one shape (see :func:`_row_shape`) numbered one after the other. Units without a named column
    have no role beyond responsible."""
    shape = _row_shape(lines[i].stripped)
    if shape is None:
        return None
    j = i + 1
    while j < len(lines) and (lines[j].kind == "blank" or lines[j].stripped == "|"):
        j += 1  # a row's closing bar on a line of its own
    if j >= len(lines) or _row_shape(lines[j].stripped) != shape:
        return None
    a, b = _ROW_START.match(lines[i].stripped), _ROW_START.match(lines[j].stripped)
    if a is None or b is None or int(b.group(1)) != int(a.group(1)) + 1:
        return None
    return [Column("", kind) for kind in shape]


def _row_cell_count(lines: list[Line], row: Row) -> int:
    """How many cells a one-cell-a-line row holds: its bar lines where bars close the cells (a cell of several
    units or people takes several lines), else half its lines (a cell and a blank)."""
    span = range(row.first_line, row.last_line + 1)
    bars = sum(1 for k in span if _is_separator(lines[k]))
    return bars if bars else (len(span) + 1) // 2


_HEADERLESS_ITEMS = [Column("", "task"), Column("", "responsible")]


def _headerless_items(lines: list[Line], i: int) -> Table | None:
    """Rows without a header, one cell a line, each closed by a bar, the number on the task's line (1.推进… |
    / 办公室 | / 长期 |): at least two rows whose task cell is followed by a unit cell."""
    first = lines[i]
    if first.kind != "heading" or first.level != 3 or not first.stripped.endswith("|"):
        return None
    table = Table(i, i - 1, list(_HEADERLESS_ITEMS))
    _rows_per_cell(lines, table, expected=first.value or 1)
    rows = table.rows
    if len(rows) < 2 or not all(_barred_unit_row(lines, r) for r in rows[:2]):
        return None
    table.rows = []
    return table


def _barred_unit_row(lines: list[Line], row: Row) -> bool:
    unit = row.first("responsible")
    return (
        row.first("task") is not None
        and unit is not None
        and all(
            lines[k].stripped.endswith("|")
            for k in range(row.first_line, row.last_line + 1)
            if lines[k].kind != "blank"
        )
    )


_CELL_MAX = 24  # a header cell on a line of its own
_BROKEN_MAX = 3  # 责任 of 责任 / 领导: the first piece of a header cell broken over lines


# 重点工作任务(杭州市2项牵头工作、19项配合工作): a header cell's remark in brackets counts in no cell's length
_REMARK_TAIL = re.compile(r"\([^()]{1,40}\)\s*$")
_ROW_END = re.compile(r"\|\s*\|\s*\|?\s*$")  # a cell line closed by empty cells: the row ends there


def _cell_header(lines: list[Line], i: int) -> Table | None:
    """A header written one cell per line (``|`` lines between cells allowed); it starts with a named cell
    and ends with its last named one."""
    first = lines[i]
    if first.kind not in ("content", "responsibility") or first.rend - first.lstart > _CELL_MAX:
        return None  # the common case, decided without looking at the text
    if first.stripped in _V.column_titles:
        return None  # 责任分工 / 重点工作 / …: the table's title above its header
    cells: list[str] = []
    named: list[bool] = []
    used: list[int] = []
    unnamed = False  # the header opens with unnamed cells before its unit column (no bars)
    j = i
    while j < len(lines):
        ln = lines[j]
        if ln.kind == "blank" or _is_separator(ln):
            j += 1
            continue
        period_cell = ln.kind == "heading" and _PERIOD_HEAD.match(_cell_text(ln)) is not None
        # 总投资 / (万元): a header cell's remark on a line of its own, read as a signature's bracket
        period_cell = period_cell or (
            bool(cells) and ln.kind == "signature" and _MONEY_REMARK.fullmatch(ln.stripped) is not None
        )
        year = bool(cells) and ln.kind == "date" and _YEAR_COLUMN.match(ln.stripped) is not None
        nxt = next((k for k in range(j + 1, len(lines)) if lines[k].kind != "blank"), None) if year else None
        if nxt is not None and lines[nxt].kind == "content" and _column(lines[nxt].stripped) is None:
            if _unknown_column(lines[nxt].stripped) is not None:
                # 2023年 / 目标进度: one cell broken after its year, the year's progress text (no figure column)
                cells.append(ln.stripped + lines[nxt].stripped)
                named.append(False)
                used.append(nxt)
                j = nxt + 1
                continue
        if (ln.kind not in ("content", "responsibility") and not period_cell) or (
            ln.rend - ln.lstart > _CELL_MAX and len(_REMARK_TAIL.sub("", ln.stripped)) > _CELL_MAX
        ):
            break
        text = ln.stripped
        if cells and _REMARK.fullmatch(text):
            cells[-1] += text  # 重点工作 / (任务): a header cell broken before its remark
            used[-1] = j
            j += 1
            continue
        if _broken_cell(cells, named, text):
            cells[-1] += text  # 责任 / 领导: a header cell broken over two lines
            named[-1] = True
            used[-1] = j  # the header ends at the cell's last piece
            j += 1
            continue
        known = _column(text) is not None
        if not known and not used and _opens_broken_cell(lines, j, text):
            known = False  # 项目 / 名称: the first header cell broken over two lines (项目名称)
        elif not known and not used and not _bar_closed_opening(lines, j) and _unnamed_opening(lines, j):
            unnamed = (
                _unknown_column(text) is not None
            )  # 工作要点 / 具体要求 / 任务分工: kept if its rows read so
            if not unnamed:
                break
        elif not known and not ((used or _bar_closed_opening(lines, j)) and _unknown_column(text)):
            break
        cells.append(text)
        named.append(known)
        used.append(j)
        j += 1
        if _ROW_END.search(text):
            break  # 责任单位 | ||: the empty cells closing the header row
    if any(lines[k].stripped.strip(" |") in _V.result_columns for k in range(i, min(j + 1, len(lines)))):
        return None  # 检查对象 / 检查结果 one cell a line: a page of what inspections found (review 49b)
    while named and not named[-1] and not _closed_before_row(lines, cells, used):
        cells.pop()
        named.pop()
        used.pop()
    if (
        len(cells) >= 3
        and not cells[0].rstrip().endswith("|")
        and all(c.rstrip().endswith("|") for c in cells[1:])
    ):
        return (
            None  # 民生实事项目推进情况 / 序号 | / 目标任务 | …: the table's title, then its bar-closed cells
        )
    if unnamed:
        return _merged_titles_table(lines, cells, used)
    columns = _header(cells, max_unknown=2) if len(cells) >= 2 else None
    if columns is None and len(cells) >= 3 and _bar_closed_opening(lines, i):
        # 演练科目 | / 情景构建 | / 牵头责任单位 | / 责任单位 |: a header of bar-closed cells naming no task or
        # number column; its first, unnamed cell titles each row
        columns = _header(cells, max_unknown=2, first_task=True)
    if columns is None and len(cells) >= 3 and _PROGRESS_HEAD.search(cells[-1]):
        columns = _header(cells, max_unknown=0, unitless=True)
    if columns is None or (len(columns) < 3 and not _valid_header(columns)):
        return None
    last = used[-1]
    while last + 1 < len(lines) and (lines[last + 1].kind == "blank" or _is_separator(lines[last + 1])):
        last += 1
    return Table(i, last, columns, lines=set(range(i, last + 1)))


def _merged_titles_table(lines: list[Line], cells: list[str], used: list[int]) -> Table | None:
    """The table a header of unnamed cells before its unit column opens (工作要点 / 具体要求 / 任务分工), its first
    cell the task's title; None unless its rows read as rows under merged titles (:func:`_rows_by_merged_titles`):
    short lines before a unit column name no table otherwise."""
    columns = _header(cells, max_unknown=2, first_task=True) if len(cells) >= 3 else None
    if columns is None:
        return None
    last = used[-1]
    while last + 1 < len(lines) and (lines[last + 1].kind == "blank" or _is_separator(lines[last + 1])):
        last += 1
    probe = Table(used[0], last, columns, lines=set(range(used[0], last + 1)))
    if not _rows_by_merged_titles(lines, probe):
        return None
    return Table(used[0], last, columns, lines=set(range(used[0], last + 1)))


def _bar_closed_opening(lines: list[Line], i: int) -> bool:
    """Whether an unnamed short cell closed by a bar opens a header of one bar-closed cell a line: a named unit
    column follows within a few cell lines, every one closed by its bar."""
    seen = 0
    for ln in lines[i : i + _OPENING_CELLS + 1]:
        text = ln.stripped
        if ln.kind == "blank":
            continue
        if not text.endswith("|") or _ROW_END.search(text) or len(text) > _CELL_MAX:
            return False
        col = _column(text)
        if seen and col is not None and col.kind in _UNIT_KINDS:
            return True
        seen += 1
    return False


_OPENING_CELLS = 3  # unnamed cells before the first unit column of such a header


def _unnamed_opening(lines: list[Line], i: int) -> bool:
    """Whether an unnamed short cell opens a header written one cell a line with no bars (工作要点 / 具体要求 /
    任务分工): short unnamed cells only, then a unit column as the header's last cell, and the line after it no
    column name."""
    seen: list[Line] = [ln for ln in lines[i : i + 2 * (_OPENING_CELLS + 2)] if ln.kind != "blank"]
    for k, ln in enumerate(seen[: _OPENING_CELLS + 1]):
        text = ln.stripped
        if "|" in text or _unknown_column(text) is None:
            return False
        col = _column(text)
        if col is not None and col.kind in _UNIT_KINDS:
            return k >= 1 and (k + 1 >= len(seen) or _column(seen[k + 1].stripped) is None)
        if col is not None:
            return False
    return False


def _closed_before_row(lines: list[Line], cells: list[str], used: list[int]) -> bool:
    """Unnamed last header cells (是否达序 | 说明 |) stay the header's when every cell is closed by its bar and
    the first row's bare 序号 follows them: they are columns, not title lines before the rows."""
    if len(cells) < 3 or not all(c.rstrip().endswith("|") for c in cells):
        return False
    k = used[-1] + 1
    while k < len(lines) and (lines[k].kind == "blank" or _is_separator(lines[k])):
        k += 1
    return k < len(lines) and _BARE_NUMBER.match(_cell_text(lines[k])) is not None


def _opens_broken_cell(lines: list[Line], j: int, text: str) -> bool:
    """Whether line ``j`` (``text``) is the first piece of a header's first cell broken over two short lines: with
    the next line it is a known column name (项目 / 名称)."""
    k = j + 1
    while k < len(lines) and lines[k].kind == "blank":
        k += 1
    if k >= len(lines) or len(text) > _BROKEN_MAX:
        return False
    nxt = lines[k].stripped
    return len(nxt) <= _BROKEN_MAX and _SPACES.sub("", text + nxt) in _V.column_kind


def _broken_cell(cells: list[str], named: list[bool], text: str) -> bool:
    """Whether ``text`` ends a header cell broken over two short lines (责任 / 领导, 责任 / 科室): the first piece
    names no column, both together are a column name as written; or the first piece is a known name of its own
    and the second none (完成 / 时间: 完成时间, a deadline column, not 完成 then an unnamed 时间)."""
    if not cells:
        return False
    if named[-1]:
        return (
            max(len(cells[-1]), len(text)) <= _BROKEN_MAX
            and _column(text) is None
            and _SPACES.sub("", cells[-1] + text) in _V.column_kind
        )
    if _GOVERNMENT_HEAD.fullmatch(cells[-1]) and (col := _column(text)) is not None and col.kind == "people":
        return True  # 区政府 / 分管领导: whose leaders the column names
    return (
        max(len(cells[-1]), len(text)) <= _BROKEN_MAX and _SPACES.sub("", cells[-1] + text) in _V.column_kind
    )


_GOVERNMENT_HEAD = re.compile(r"[省市县区镇]?(?:人民)?政府")


def _is_section(line: Line) -> bool:
    return line.kind == "heading" and line.level in (1, 2)


def _rows_one_line(lines: list[Line], table: Table) -> None:
    """Rows written one per line (a cell broken over lines continues on the next line)."""
    # by the style of the number: (1) | … rows run on across 1 | … group rows, 1 | … rows across 一 | … ones
    expected = {"(": 1, "1": 1, "一": 1}
    j = table.header_last + 1
    while j < len(lines):
        ln = lines[j]
        if ln.kind in ("blank", "boilerplate") or _is_separator(ln):
            j += 1
            continue
        if _is_section(ln) and not _ROW_NUMBER.match(ln.stripped):
            j += 1
            continue
        m = _one_line_start(table, ln)
        if m is None and _unnumbered_row(table, ln):
            # 工作任务 | 责任单位 | 完成时限 over 加快项目建设。 | 市发改委 | 2024年底: a header naming no 序号 column
            # over rows of the same cells, each a measure without a number
            text = ln.match
            decimal = _DECIMAL_LEAD.match(text)  # 9.1加强文化场所建设 | …: a 小项 numbered in its task cell
            row = Row(number=decimal.group(1) if decimal else "", first_line=j, last_line=j, start=ln.lstart)
            for col, a, b in _align(table.columns, [(a, b, text[a:b]) for a, b in _split(text)]):
                if b > a:
                    row.cells.append(Cell(col, Span(ln.start + a, ln.start + b)))
            table.rows.append(row)
            table.lines.add(j)
            j += 1
            continue
        if m is None and table.rows and table.rows[-1].number and _continued_cells(table, ln, j):
            table.lines.add(
                j
            )  # …的进度 | 完成标准 | 市文化局 | 市文化局 | ||: a line of a 小项's rows, its cells right-aligned
            j += 1
            continue
        if m is None and not table.rows and _sub_header_or_total(table, ln):
            j += 1  # 中央资金 | 省级资金 | … under 资金来源, a 合计 row: no task rows
            continue
        style = _number_style(_row_number(m)) if m is not None else "1"
        # the first row under the header may go on from an earlier page (80 | …); a report on some tasks of a
        # list keeps their numbers (13 | … then 16 | …): a barred row may skip ahead
        if m is None or (
            _row_value(m) not in (expected[style], 1)
            and table.rows
            and not _skips_ahead(table, ln, _row_value(m), expected[style])
        ):
            break
        k = j + 1
        while k < len(lines):
            nxt = lines[k]
            if nxt.kind == "blank":
                k += 1
                continue
            nm = _one_line_start(table, nxt)
            if (
                _is_section(nxt)
                or nxt.kind in ("attachment", "signature", "date", "boilerplate")
                or nm is not None
                or _cut_next_row(lines, table, j, nxt, _row_value(m))
            ):
                break
            k += 1
        last = k - 1
        while last > j and lines[last].kind == "blank":
            last -= 1
        if m.end() == len(ln.stripped) and last > j:
            # a one-line header over rows written one cell per line
            row = Row(number=_row_number(m), first_line=j, last_line=last, start=ln.lstart)
            cells = [
                [c]
                for c in range(j + 1, last + 1)
                if lines[c].kind != "blank" and not _is_separator(lines[c])
            ]
            has_number = table.columns[0].kind == "number"
            _assign_cells(lines, row, table.columns[1:] if has_number else table.columns, cells, 0)
            table.rows.append(row)
        else:
            subs = _merged_number_sub_rows(lines, table, j, last)
            row = _one_line_row(lines, table, j, subs[0] - 1 if subs else last, m)
            _unit_merged_above(lines, table, row)
            table.rows.append(row)
            for a, b in zip(subs, [*subs[1:], last + 1], strict=False):
                table.rows.append(_sub_row(lines, table, row, a, b - 1))
        table.lines.update(range(j, last + 1))
        expected[style] = _row_value(m) + 1
        j = last + 1
    _drop_group_rows(table)


def _cut_next_row(lines: list[Line], table: Table, j: int, nxt: Line, number: int) -> bool:
    """Whether ``nxt``, after the barred row ``number`` on line ``j`` that holds all its cells and is closed by its
    bar, opens the next row (numbered ``number`` + 1) the excerpt cut inside its first cell (3.助力… | 基教处、电教馆 | 6月底前 | | then 4.完善政策文件库建设,: heldout82 dz03),
    no more of the row's last cell."""
    item = _ITEM_NUMBER.match(nxt.stripped)
    return (
        table.barred
        and item is not None
        and "|" not in nxt.stripped
        and int(item.group(1)) == number + 1  # the next row's number, no list of the row's own (1. … 2. …)
        and lines[j].stripped.endswith("|")  # the row closed by its bar, no cell left open
        and lines[j].stripped.count("|") >= len(table.columns) - 1  # all its cells between bars on its line
    )


_SUB_ROW_CELLS_MIN = 2  # a sub-row's own cells: its task and at least one unit cell


def _merged_number_sub_rows(lines: list[Line], table: Table, first: int, last: int) -> list[int]:
    """The lines of a barred row (``first``..``last``) that open rows of their own under its merged 序号 (1 | 科学
    完善顶层设计 | 坚持…。 | 市建设局 | … | over 加快…建设。 | 市建设局 | 市生态环境局 |): each closed by its bar
    after a line closed by one, fewer cells than the header, a sentence first and units last; or the page's last
    line, no bar in it, where the excerpt cuts such a row inside its first cell (in a table that has shown such rows
    already: elsewhere the line is more of the row's last cell)."""
    if not table.barred or table.columns[0].kind != "number":
        return []
    unit = next((k for k, c in enumerate(table.columns) if c.kind in _UNIT_KINDS), None)
    if unit is None:
        return []
    out: list[int] = []
    merged = len({r.number for r in table.rows}) < len(table.rows)  # the table has shown such rows above
    for k in range(first + 1, last + 1):
        text = lines[k].stripped
        if not lines[k - 1].stripped.endswith("|") or text.startswith("|"):
            continue
        if "|" not in text and (out or merged) and _page_ends_in(lines, k) and not _looks_like_units(text):
            out.append(k)  # 2023年底前,基<end>: the excerpt cuts the next row inside its first cell
            continue
        if not text.endswith("|"):
            continue
        cells = [text[a:b].strip() for a, b in _split(text) if text[a:b].strip()]
        if (
            _SUB_ROW_CELLS_MIN <= len(cells) < len(table.columns) - 1
            and _is_sentence_cell(cells[0])
            and not _looks_like_units(cells[0])
            and _looks_like_units(cells[-1])
        ):
            out.append(k)
    return out


def _page_ends_in(lines: list[Line], k: int) -> bool:
    """Line ``k`` is the page's last line with text."""
    return all(not ln.stripped for ln in lines[k + 1 :])


def _sub_row(lines: list[Line], table: Table, row: Row, first: int, last: int) -> Row:
    """A row under another's merged 序号 (lines ``first``..``last``): its cells from the task column before the
    units on, one a column; the unit cells it leaves out are the merged ones of the row above, copied down."""
    columns = table.columns
    unit = next(k for k, c in enumerate(columns) if c.kind in _UNIT_KINDS)
    task = max((k for k in range(unit) if columns[k].kind in ("task", "content")), default=unit - 1)
    sub = Row(number=row.number, first_line=first, last_line=last, start=lines[first].lstart)
    base = lines[first].start
    text = _joined(lines, first, last)
    pieces = [(a, b) for a, b in _split(text) if text[a:b].strip()]
    for col, (a, b) in zip(columns[task:], pieces, strict=False):
        sub.cells.append(Cell(col, Span(base + a, base + b)))
    if lines[last].stripped.endswith("|"):  # a row the excerpt cuts off has lost its cells, not merged them
        _inherit_cells(sub, row, columns, closed=True)
    return sub


def _unit_merged_above(lines: list[Line], table: Table, row: Row) -> None:
    """A one-line row whose unit cell opens with a progress status (2 | 开展筛查… | 4月:完成… | 已完成。… | |): its
    unit cell was merged with the row above and the status slid into its place; the unit is the row above's, the
    status the next column's."""
    previous = table.rows[-1] if table.rows else None
    if previous is None or row.first_line != row.last_line or not _V.status_openers:
        return
    base, text = lines[row.first_line].start, lines[row.first_line].match
    for k, c in enumerate(row.cells):
        if c.column.kind not in _UNIT_KINDS:
            continue
        if not text[c.span.start - base : c.span.end - base].lstrip().startswith(_V.status_openers):
            return
        above = previous.first(c.column.kind)
        if above is None:
            return
        row.cells[k] = Cell(c.column, above.span)
        at = table.columns.index(c.column) + 1
        if at < len(table.columns) and row.first(table.columns[at].kind) is None:
            row.cells.append(Cell(table.columns[at], c.span))
        return


def _unnumbered_row(table: Table, line: Line) -> bool:
    """Whether a line under a header that names no number column is a whole row of its own: as many cells as
    the header (between bars, tabs or runs of spaces), a task cell with text, its unit cells units."""
    columns = table.columns
    if (
        table.single_spaced
        or table.glued
        or any(c.kind == "number" for c in columns)
        or line.kind != "content"
    ):
        return False
    text = line.stripped
    cells = [text[a:b] for a, b in _split(text)]
    if len(cells) != len(columns) or not ("|" in text or _MULTI_SPACE.search(text)):
        return False
    kinds = [c.kind for c in columns]
    if "task" not in kinds or not cells[kinds.index("task")]:
        return False
    units = [cell for cell, k in zip(cells, kinds, strict=True) if k in _UNIT_KINDS and cell]
    return bool(units) and all(_looks_like_units(u) for u in units)


_DECIMAL_LEAD = re.compile(r"(\d{1,2}\.\d{1,2})(?=[\u4e00-\u9fff])")


def _continued_cells(table: Table, line: Line, j: int) -> bool:
    """A line under a numbered row of a table with no number column whose first cells are merged over it (9.1加强… |
    … then 一季度实施… | 文态规划编制完成。 | 市文化局 | 市文化局 | ||): fewer cells than the header, right-aligned to
    its last columns, units under its unit columns; their cells join ``row`` (heldout107 ey03: the gold records
    every row's units and leads under the 小项). ``line`` is line ``j``."""
    row = table.rows[-1]
    if line.kind != "content" or "|" not in line.stripped or any(c.kind == "number" for c in table.columns):
        return False
    text = line.match
    cells = [(a, b) for a, b in _split(text) if text[a:b].strip()]
    if not 2 <= len(cells) < len(table.columns) or _DECIMAL_LEAD.match(text):
        return False
    columns = table.columns[len(table.columns) - len(cells) :]
    units = [(col, a, b) for col, (a, b) in zip(columns, cells, strict=True) if col.kind in _UNIT_KINDS]
    if not units or not all(_looks_like_units(text[a:b].strip()) for _col, a, b in units):
        return False
    row.cells.extend(Cell(col, Span(line.start + a, line.start + b)) for col, a, b in units)
    row.last_line = max(row.last_line, j)
    return True


_ROW_SKIP_MAX = 50  # a report on some tasks of a list skips the others: 13 then 16, never a year or a count


_TOTAL_ROW = re.compile(r"^(?:合计|总计|小计|合\s+计|总\s+计)(?:\s*:[^|:]{1,30})?\s*(?:\||$)")
_SUB_HEAD_MAX = 12  # a sub-column's name


def _sub_header_or_total(table: Table, line: Line) -> bool:
    """A barred line under a one-line header before its first row: a 合计 row, or the names of the sub-columns of
    one header cell (资金来源 over 中央衔接资金 | 省级衔接资金 | 其他 资金). The header cell they share a word with
    (资金) is recorded as spanning them, so the rows' cells keep their columns."""
    s = line.stripped
    if not table.barred or "|" not in s:
        return False
    if _TOTAL_ROW.match(s):
        return True
    cells = [_SPACES.sub("", s[a:b]) for a, b in _split(s) if b > a]
    if len(cells) < 2 or any(len(c) > _SUB_HEAD_MAX or _NOT_HEADER.search(c) for c in cells):
        return False
    if table.spanned is None:
        shared = [
            k
            for k, col in enumerate(table.columns)
            if all(any(col.name[q : q + 2] in c for q in range(len(col.name) - 1)) for c in cells)
        ]
        if len(shared) > 1:  # 计划投入资金 | 资金来源: a column of one figure heads no sub-columns
            shared = [k for k in shared if table.columns[k].kind not in ("budget", "value")]
        if not shared:
            # 2018年7月进展情况 over 完成投资 | 投资完成率 | 实施情况: the one report column of a period heads what
            # the period reached, whatever the sub-columns are called
            shared = [k for k, col in enumerate(table.columns) if _PERIOD_CELL.match(col.name)]
        if len(shared) == 1:
            table.spanned = (shared[0], len(cells))
    return True


def _skips_ahead(table: Table, line: Line, number: int, expected: int) -> bool:
    """Whether a row numbered ``number`` where ``expected`` was due goes on a table of bars: a later task of the
    same list, on a line with the table's bars."""
    return table.barred and "|" in line.stripped and expected < number <= expected + _ROW_SKIP_MAX


def _row_value(m: re.Match[str]) -> int:
    """A row number's value: 3, 三 in Chinese numerals, or ③ / ⑶ enclosed."""
    number = m.group(1)
    if number.isdecimal():
        return int(number)
    if len(number) == 1 and "\u2460" <= number <= "\u2487":
        return (ord(number) - 0x2460) % 20 + 1  # ①-⑳, then ⑴-⒇
    return cn_number(number) or 0


def _row_number(m: re.Match[str]) -> str:
    """A row's number as written: 3, or (3) when bracketed."""
    return f"({m.group(1)})" if _bracketed(m) else m.group(1)


def _bracketed(m: re.Match[str]) -> bool:
    # | (二)严控… | 3.深入… / | (二) 全面推进… | 5 | 推进…: the bracket is the group cell's, the item's number has none
    # (| (二)严控… | (3)深入…: the item's own bracket stands right before its number)
    if m.re is _BARRED_ITEM_NUMBER:
        return m.string[m.start(1) - 1 : m.start(1)] == "("
    return m.re not in _GROUP_CELL_FIRST and m.group(0).lstrip("| \t").startswith("(")


_GROUP_CELL_FIRST = (_BARRED_ITEM_NUMBER, _GROUPED_NUMBER)  # a row's number after its group's cell


def _drop_group_rows(table: Table) -> None:
    """1 | 大力提振消费。 | | between (7) | … and (8) | … rows: a row numbered in another style than its
    neighbours and naming no unit heads a group of rows; it is no row of its own."""
    rows = table.rows
    styled = [_number_style(r.number) for r in rows]
    keep = [
        r
        for k, r in enumerate(rows)
        if any(c.column.kind in _UNIT_KINDS for c in r.cells)
        or not any(styled[q] != styled[k] for q in (k - 1, k + 1) if 0 <= q < len(rows))
    ]
    table.rows[:] = keep


def _number_style(number: str) -> str:
    """(3), 3 or 三: the style a row is numbered in (a group row's differs from its items')."""
    return "(" if number.startswith("(") else ("1" if number[:1].isdigit() else "一")


def _one_line_start(table: Table, line: Line) -> re.Match[str] | None:
    """The number that starts a row under a one-line header (alone on its line when the cells follow one a
    line)."""
    s = line.stripped
    m = (_ROW_NUMBER_SPACED if table.single_spaced else _ROW_NUMBER).match(s)
    if m is None and table.single_spaced and _lead_in(table.columns):
        m = _CATEGORY_THEN_NUMBER.match(s)  # 财政资金支持(共48项) 1 建立…: a group's first row
    if m is None and table.barred and "|" in s:
        # 工作任务 | 具体要求 | 责任单位 over 2. 制定… | 市法制局牵头 |: the item's own number
        m = (
            _ITEM_NUMBER.match(s)
            or _BRACKET_ITEM_NUMBER.match(s)
            or _BARRED_ITEM_NUMBER.match(s)
            or (_GROUPED_NUMBER.match(s) if not _figures_table(table) else None)
            or (_CN_ROW_NUMBER.match(s) if table.columns[0].kind == "number" else None)
            or (_ENCLOSED_ROW_NUMBER.match(s) if table.columns[0].kind == "number" else None)
        )
    return m if m is not None else _BARE_NUMBER.match(s)


def _figures_table(table: Table) -> bool:
    """An indicator table (a unit-of-measure column): a bare number in its cells is a figure (孵化载体总数 | 个 |
    17 | 区科技局), never a row's number after its groups' cells."""
    return any(c.kind == "measure_unit" for c in table.columns)


# A category cell before a row's number (政策类别 | 序号 | …): short, no figure first, then the number.
_CATEGORY_THEN_NUMBER = re.compile(r"^[^\s\d|][^\s|]{0,24}\s+(\d{1,3})\s*[.、]?\s+(?=\S)")


def _lead_in(columns: list[Column]) -> bool:
    """Whether a category column stands before the 序号 (考核项目 | 序号 …, 政策类别 | 序号 …)."""
    return len(columns) > 2 and columns[0].kind == "other" and columns[1].kind == "number"


def _one_line_row(lines: list[Line], table: Table, first: int, last: int, start_m: re.Match[str]) -> Row:
    columns = table.columns
    start = lines[first].lstart
    end = lines[last].rend
    base = lines[first].start
    text = lines[first].match if first == last else _joined(lines, first, last)
    if _lead_in(columns):  # the category cell (on a group's first row only) is no part of the row
        columns = columns[1:]
        skip = lines[first].lstart - base + start_m.start(1)
        text = " " * skip + text[skip:]
    row = Row(number=_row_number(start_m), first_line=first, last_line=last, start=start)
    if table.single_spaced:
        cells = _glued_unit_tail(text, columns, _split_single(text, _filled_columns(text, table, columns)))
    elif "|" in text:  # cells between bars keep their places, empty ones too
        skipped = len(table.columns) - len(columns)
        split = _label_cell_dropped(text, columns, _spanned(table, _split(text), skipped))
        cells = _barred_cells(text, columns, split, start_m, lines[first].lstart - base)
    else:
        cells = _align(columns, [(a, b, text[a:b]) for a, b in _split(text)])
    for col, a, b in cells:
        if col.kind in _UNIT_KINDS and _units_with_heads(col.name):
            b = _heads_dropped(text, a, b)
        if b > a:
            row.cells.append(Cell(col, Span(base + a, min(base + b, end))))
    if row.first("task") is None:
        # 2 | | 开设… | 区商务局 under 序号 | 工作任务 | 具体要求 | 责任单位: the task cell is merged over its group
        # (printed on the group's first row): the unnamed column's text before the units is the row's task
        for k, c in enumerate(row.cells):
            if c.column.kind in _UNIT_KINDS:
                break
            if c.column.kind == "unknown" and not _BARE_FIGURE.match(
                text[c.span.start - base : c.span.end - base]
            ):
                row.cells[k] = Cell(Column(c.column.name, "task"), c.span)
                break
    return row


def _units_in_last_cell(lines: list[Line], table: Table) -> None:
    """Rows with fewer cells than the header whose last cell names bodies (3. …(2 分)。 | 在制定…。 | 市府办 县(市、区)政府
    | under 一级指标 | 建设内容 | … | 任务内容 | 责任单位): the cells merged over the header's columns slid left, the
    last one is the unit column's, not the task column it fell under."""
    unit = next((c for c in table.columns if c.kind in _UNIT_KINDS), None)
    if unit is None:
        return
    for row in table.rows:
        if len(row.cells) < 2 or any(c.column.kind in _UNIT_KINDS for c in row.cells):
            continue
        last = row.cells[-1]
        # 县(市、区)政府: the places a collective covers in its brackets are no list of bodies
        cell = _INNER_PLACES.sub("", _span_text(lines, row, last.span))
        if last.column.kind == "task" and not _CLAUSE_MARK.search(cell) and _looks_like_units(cell):
            row.cells[-1] = Cell(unit, last.span)


_INNER_PLACES = re.compile(r"\([^()]{1,12}\)")
_CLAUSE_MARK = re.compile(
    r"[,;。:]"
)  # a task's sentence (良渚新城要坚持…定位,加快…), never a cell of names alone


def _span_text(lines: list[Line], row: Row, span: Span) -> str:
    """The match text of ``span`` inside ``row``'s lines."""
    return "".join(
        ln.match[max(span.start, ln.start) - ln.start : min(span.end, ln.end) - ln.start]
        for ln in lines[row.first_line : row.last_line + 1]
        if ln.start < span.end and span.start < ln.end
    )


def _label_cell_dropped(
    text: str, columns: list[Column], split: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """序号 | 重点工作 | 责任部门 over 1 | 主要 | 贯彻落实…。 | 市港航局 |: a row with one cell more than the header between
    its number and its task, a short label (主要, 重点) under a task header cell merged over two columns; the label is
    no part of the task and is dropped. A heading-like label ((一)…) is left: it may head the rows."""
    cells = [(a, b) for a, b in split if text[a:b].strip()]
    if (
        len(columns) < 3
        or columns[0].kind != "number"
        or columns[1].kind != "task"
        or len(cells) != len(columns) + 1
        or len(split) < 3
    ):
        return split
    label = _SPACES.sub("", text[split[1][0] : split[1][1]].strip())
    task = text[split[2][0] : split[2][1]]
    unit = text[cells[-1][0] : cells[-1][1]]
    if (
        not 0 < len(label) <= _LABEL_MAX
        or _NOT_HEADER.search(label)
        or label[0] in "(0123456789"
        or _looks_like_units(label)
        or not _is_sentence_cell(task)
        or not _looks_like_units(unit)
    ):
        return split
    return [split[0], *split[2:]]


_LABEL_MAX = 4  # 主要, 重点, 新增: a row's label, a word


def _short_row_cells(
    text: str, columns: list[Column], split: list[tuple[int, int]]
) -> list[tuple[Column, int, int]]:
    """Cells of a row with fewer cells than columns, in order, except that a cell of bodies met under a column
    of text (细化分工) before the unit column, with a time limit or nothing after it, is the unit column's: the row's
    text cell was left out (2 | 扎实做好疫苗接种信息公开… | 疾控处 | 长期推进 | under 序号 | 工作任务 | 细化分工 | 责任处室
    | 完成时限: heldout82 dz01); the cells after it follow in their order."""
    out: list[tuple[Column, int, int]] = []
    c = 0
    for k, (a, b) in enumerate(split):
        if c >= len(columns):
            break
        col = columns[c]
        unit = next((u for u in range(c + 1, len(columns)) if columns[u].kind in _UNIT_KINDS), None)
        nxt = text[split[k + 1][0] : split[k + 1][1]].strip() if k + 1 < len(split) else ""
        if (
            col.kind in ("unknown", "content")
            and unit is not None
            and any(o[0].kind == "task" for o in out)
            and _listed_units(text[a:b])
            and (not nxt or _deadline_cell(nxt))
        ):
            c = unit
            col = columns[c]
        out.append((col, a, b))
        c += 1
    return out


def _deadline_cell(text: str) -> bool:
    from policykg.loaders.extract.responsibility import is_deadline

    return is_deadline(text) or _YEAR_HEAD.match(text) is not None


def _barred_cells(
    text: str, columns: list[Column], split: list[tuple[int, int]], start_m: re.Match[str], at: int
) -> list[tuple[Column, int, int]]:
    """Cells of a row between bars. A row numbered inside its first cell (2. 制定… | 市法制局 |) with fewer
    cells than columns lost the leading ones to a cell merged over the rows of its group (a category such as
    (一)围绕…): its cells are the last columns, the first of them the task, without the item's number."""
    numbered = start_m.re in (_ITEM_NUMBER, _BRACKET_ITEM_NUMBER, _BARRED_ITEM_NUMBER)
    if start_m.re in (_BARRED_ITEM_NUMBER, _GROUPED_NUMBER, _ROW_NUMBER):
        # the category cells before the row's number head its groups of rows: no cells of this row
        split = [(a, b) for a, b in split if b > at + start_m.start(1)]
    n = next((k for k, c in enumerate(columns) if c.kind == "number"), None)
    if not numbered and n is not None and n > 0 and split:
        # 工作任务 | 序号 | 具体要求 | 责任单位 over 以公开… | 1 | … and | 2 | …: the number cell stands in the 序号
        # column, the cells after it in the columns after it; the first of them that names no unit is the
        # task where none is named so (the column before 序号 holds the groups)
        cols = list(columns[n:])
        if not any(c.kind == "task" for c in cols):
            k = next((k for k in range(1, len(cols)) if cols[k].kind not in _UNIT_KINDS), None)
            if k is not None:
                cols[k] = Column(cols[k].name, "task")
        return [(col, a, b) for col, (a, b) in zip(cols, split, strict=False)]
    if not numbered and split and _number_cell_outside_header(columns, split, start_m, at):
        # 工作任务 | 具体要求 | 责任单位 | 时限要求 over 2 | 开设… | 市政府各有关部门 | 持续推进 | |: the header names no
        # 序号 column (its cell merged with the group cells before it); the number cell is the row's, the cells
        # after it are the last columns, the first of them the task
        split = split[1:]
        while split and split[-1][0] >= split[-1][1]:
            split = split[:-1]
        unit = next((k for k, c in enumerate(columns) if c.kind in _UNIT_KINDS), None)
        if unit is not None and unit > 0 and split:
            # the task just before the first unit column, the cells after it in their order (a row the excerpt
            # cuts short has lost its last cells, never its first)
            cols = [Column(columns[unit - 1].name, "task"), *columns[unit:]]
            return [(col, a, b) for col, (a, b) in zip(cols, split, strict=False)]
        numbered = bool(split)
    if numbered and (anchored := _anchored_item_cells(text, columns, split, start_m, at)) is not None:
        return anchored
    if not numbered and 0 < len(split) < len(columns):
        return _short_row_cells(text, columns, split)
    if not numbered or len(split) >= len(columns) or not split:
        return [(col, a, b) for col, (a, b) in zip(columns, split, strict=False)]
    cols = columns[len(columns) - len(split) :]
    if not any(c.kind == "task" for c in cols):
        cols = [Column(cols[0].name, "task"), *cols[1:]]
    a, b = split[0]
    return [(cols[0], max(a, at + start_m.end()), b)] + [
        (col, a, b) for col, (a, b) in zip(cols[1:], split[1:], strict=True)
    ]


def _anchored_item_cells(
    text: str, columns: list[Column], split: list[tuple[int, int]], start_m: re.Match[str], at: int
) -> list[tuple[Column, int, int]] | None:
    """工作目标 | 工作内容 | 工作措施 | 责任单位 | 完成时限 over | 2.持续开展… | 县农业农村局 | 2025年11月底前 | ||: a row
    whose leading cells are merged over its group (printed on the group's first row) may still print as many
    bars as the header, the missing cells as empty ones after its last: the row's cells are not where the bars
    put them. When the cell after the numbered item names units and a unit column stands after another column,
    the item is the task of the column just before the first unit column and the cells after it take the
    columns after it, in their order (the empty padding after the row's last cell is dropped)."""
    unit = next((k for k, c in enumerate(columns) if c.kind in _UNIT_KINDS), None)
    cells = list(split)
    while cells and cells[-1][0] >= cells[-1][1]:
        cells.pop()
    if unit is None or unit == 0 or len(cells) < 2 or len(cells) >= len(columns):
        return None
    if unit - 1 + len(cells) > len(columns) or len(cells) == len(split):
        return None  # no padding: the row's cells stand where the bars put them (or are right-aligned)
    if not _looks_like_units(text[cells[1][0] : cells[1][1]]):
        return None
    cols = [Column(columns[unit - 1].name, "task"), *columns[unit:]]
    a, b = cells[0]
    return [(cols[0], max(a, at + start_m.end()), b)] + [
        (col, a, b) for col, (a, b) in zip(cols[1:], cells[1:], strict=False)
    ]


def _number_cell_outside_header(
    columns: list[Column], split: list[tuple[int, int]], start_m: re.Match[str], at: int
) -> bool:
    """Whether a row's first cell is its bare number (2 |) under a header that names no number column, and
    the header's first column is the task's (the number would stand in it)."""
    if any(c.kind == "number" for c in columns) or columns[0].kind != "task":
        return False
    a, b = split[0]
    return start_m.re in (_ROW_NUMBER, _GROUPED_NUMBER) and b - a == len(start_m.group(1)) and a >= at


def _spanned(table: Table, split: list[tuple[int, int]], skipped: int = 0) -> list[tuple[int, int]]:
    """A row's cells with those under a header cell over sub-columns joined into one (3069.7 | 0 | 1000 | 500 |
    1569.7 under 计划投入资金 | 资金来源: the four figures are 资金来源's), when the row has the cells for them;
    ``skipped`` leading header cells (a category column before 序号) have no cell in the row."""
    if table.spanned is None or table.spanned[0] < skipped:
        return split
    k, n = table.spanned
    k -= skipped
    if n < 2 or len(split) < len(table.columns) - skipped + n - 2 or len(split) <= k + n - 1:
        return split
    return [*split[:k], (split[k][0], split[k + n - 1][1]), *split[k + n :]]


def _joined(lines: list[Line], first: int, last: int) -> str:
    """The match text from the start of line ``first`` to the end of line ``last`` (same offsets as the text);
    line breaks inside a cell are turned into spaces so they do not split it."""
    parts: list[str] = []
    pos = lines[first].start
    for ln in lines[first : last + 1]:
        if ln.start > pos:
            parts.append(" " * (ln.start - pos))
        parts.append(ln.match)
        pos = ln.end
    return "".join(parts)


def _rows_per_cell(lines: list[Line], table: Table, expected: int = 1) -> None:
    """Rows written one cell per line: a row starts at its 序号 (or at its ``1.`` task line). Short title
    lines right after the header or a section heading (a heading's title on a line of its own) are passed
    over and left to the structure parser."""
    # a category column (考核项目) may stand before the 序号: its cells head groups of rows, passed over
    lead_in = 1 if _lead_in(table.columns) else 0
    has_number = table.columns[lead_in].kind == "number"
    if not has_number and (
        _rows_by_people(lines, table)
        or _rows_bar_separated(lines, table)
        or _rows_titled_numbers(lines, table)
        or _rows_bar_closed(lines, table)
        or _rows_by_merged_titles(lines, table)
        or _rows_by_units(lines, table)
        or _rows_by_unit_groups(lines, table)
    ):
        return
    if has_number and not lead_in and _rows_grouped(lines, table):
        return
    columns = table.columns[lead_in + 1 :] if has_number else table.columns
    loose = 0  # title lines passed over since the header or the last section heading
    wrapped = False  # the last title line passed over is a word of a wrapped title
    leftovers = 0  # cells of a row the excerpt lost, passed over before the first row
    j = table.header_last + 1
    last_row = len(lines)  # no row yet: the lines passed over stay the table's
    row_full = False  # the last row read has a cell for every column
    while j < len(lines):
        ln = lines[j]
        if ln.kind in ("blank", "boilerplate") or _is_separator(ln):
            table.lines.add(j)
            j += 1
            continue
        if _is_section(ln):
            loose, wrapped = (0 if table.rows else loose), False
            j += 1
            continue
        again = _repeated_header(lines, j) if table.rows else None
        if again is not None and [c.name for c in again.columns] == [c.name for c in table.columns]:
            table.lines.update(range(j, again.header_last + 1))
            j = again.header_last + 1  # the same header printed again at the top of the next page
            continue
        if not has_number and _groups_paren_rows(lines, j):
            table.lines.add(j)  # 1. 全力推动…登记工作 | over (1)… | rows: a group's title, no task of its own
            j += 1
            continue
        bare = _BARE_NUMBER.match(_cell_text(ln)) if has_number else None
        start = bare or _ITEM_NUMBER.match(ln.stripped)  # 1.推进… : the 序号 on the task's line
        if start is None and not has_number and ln.stripped.endswith("|"):
            start = _PAREN_ITEM.match(
                ln.stripped
            )  # (1)属地监管部门要… | : a bar-closed task cell's own number
        # the first row right under the header may go on from an earlier page (80 | …): any number opens it;
        # so does the first after the unit and date cells left over from a row the excerpt lost
        first_row = not table.rows and ((loose == 0 and bare is not None) or leftovers > 0 or _later_item(ln))
        skipped = (
            bare is not None
            and j == last_row + 1
            and (
                _skipped_to(ln, int(bare.group(1)), expected, True)
                or (row_full and _skipped_to_task(lines, j, int(bare.group(1)), expected))
            )
        )
        if start is None or (int(start.group(1)) not in (expected, 1) and not first_row and not skipped):
            if not table.rows and start is None and leftovers < _LEFTOVER_MAX and _leftover_cell(ln):
                leftovers += 1
                j += 1
                continue
            if loose < 2 and _title_line(ln):
                # 全面 / 推进 / 农民 / 集中 / 居住: a category cell's title wrapped a word a line is one title line
                loose += 0 if wrapped and _wrap_piece(ln) else 1
                wrapped = _wrap_piece(ln)
                j += 1
                continue
            break
        if not table.rows and bare is None and loose > 0 and _titled_items(columns):
            # 工作任务 | 具体要求 | 落实单位 with the 工作任务 cell an unnumbered title line before each 1.… cell:
            # the numbered cell is the task, the title cells are passed over as headings
            columns = [Column(columns[1].name, "task"), *columns[2:]]
        if not table.rows and bare is not None and _heading_holds_category(lines, j, columns):
            columns = columns[1:]  # 类别 merged over its group's rows, printed as the group's 一、 heading
        cells, k = _cell_lines(
            lines,
            j + 1 if bare else j,
            bare is not None,
            int(start.group(1)) + 1,
            len(columns),
            paren=start.re is _PAREN_ITEM,
        )
        table.lines.update(range(j, k))
        row_full = len(cells) >= len(columns)
        table.listed_cells = table.listed_cells or _list_in_a_cell(lines, cells)
        sub = _sub_rows(lines, columns, cells) if bare and not table.listed_cells else None
        if sub is not None:
            table.rows.extend(sub)
        else:
            number = start.group(1) + (bare.group("mark") or "" if bare else "")
            if start.re is _PAREN_ITEM:
                number = f"({number})"  # (1)属地监管部门要… |: numbered as printed
            cut = _second_task(lines, columns, cells)
            first_cells = cells[:cut] if cut is not None else cells
            last = first_cells[-1][-1] if cut is not None else k - 1
            row = Row(number=number, first_line=j, last_line=max(last, j), start=ln.lstart)
            _assign_cells(lines, row, columns, first_cells, 0 if bare else start.end())
            if len(first_cells) < len(columns) and not _page_ends_in(lines, row.last_line):
                _owners_merged_over_rows(
                    lines, table, row, (columns, first_cells, 0 if bare else start.end())
                )
            table.rows.append(row)
            if cut is not None:
                table.rows.append(_merged_row(lines, row, columns, cells[cut:], k))
        expected = int(start.group(1)) + 1
        loose, wrapped = 2, False
        j = k
        last_row = k - 1
    # lines passed over after the last row (a section heading, the next table's header) are not this table's
    table.lines -= {k for k in table.lines if k > last_row}


def _owners_merged_over_rows(
    lines: list[Line], table: Table, row: Row, given: tuple[list[Column], list[list[int]], int]
) -> None:
    """A numbered row one cell a line with fewer cells than the header (not cut by the page's end) and none of
    its three owner cells at least (牵头单位 | 负责科室 | 负责人: 2 / 新增…床位100张 / 10月底前 / 目前已完成…): those
    cells were merged with the row above's and printed there only; the row's cells are read without them and
    it has the row above's owners."""
    columns, cells, skip = given
    previous = table.rows[-1] if table.rows else None
    owners = [c for c in columns if c.kind in _UNIT_KINDS or c.kind == "people"]
    if previous is None or len(owners) < 3 or row.first("task") is None:
        return
    if any(c.column in owners for c in row.cells) or not all(previous.first(c.kind) for c in owners):
        return
    _assign_cells(lines, row, [c for c in columns if c not in owners], cells, skip)
    row.cells.extend(c for c in previous.cells if c.column in owners)


def _heading_holds_category(lines: list[Line], j: int, columns: list[Column]) -> bool:
    """序号 | 类别 | 项目名称 | … over 1 | / 一、就业促进(3项) | / 促进…: the unnamed short column between the number and
    the task holds the group's section heading, printed in the group's first row only (the cell merged over the
    group's rows): the rows' cells start at the task."""
    if len(columns) < 3 or columns[0].kind != "unknown" or columns[1].kind != "task":
        return False
    nxt = _cells_after(lines, j, 1)
    k = j + 1
    while k < len(lines) and (lines[k].kind == "blank" or _is_separator(lines[k])):
        k += 1
    return (
        not nxt and k < len(lines) and _is_section(lines[k]) and _bar_cell(lines[j]) and _bar_cell(lines[k])
    )


_CN_NUM = "一二三四五六七八九十"
_GROUP_NUMBER = re.compile(rf"^([{_CN_NUM}]{{1,3}})[ \t]*\|?[ \t]*$")  # 一 |: a group's 序号 cell
# (一)… | / 1.… |: a project row; its arabic number also as (1), 1) or ⑴, ① (the pages that write no 1. items)
_PROJECT = re.compile(
    rf"^(?:\(([{_CN_NUM}]{{1,3}})\)|(\d{{1,2}})[.、]|\((\d{{1,2}})\)|(\d{{1,2}})\)|([\u2460-\u2487]))"
)


def _project_number(pm: re.Match[str]) -> str | None:
    """The number of a project row marked 1. (1) 1) ⑴ or ① (an enclosed one as written), None for (一)."""
    return pm.group(2) or pm.group(3) or pm.group(4) or pm.group(5)


_GROUP_SKIP_MAX = 4  # cells between a group's lead cell and its first project (a count such as 项目(3个))


def _bar_cell(line: Line) -> bool:
    """A cell line closed by its bar (区城投 |), or bars alone."""
    return line.stripped.endswith("|")


def _cell_span(line: Line) -> Span:
    """The span of a cell written on a line of its own, without its closing bars."""
    text = line.stripped
    b = line.lstart + len(text.rstrip("| \t"))
    return Span(line.lstart, b)


def _rows_grouped(lines: list[Line], table: Table) -> bool:
    """A progress table grouped by its lead units, one cell a line closed by bars (序号 | 牵头单位 | 项目数量 | 项目名称
    | 业主单位 | 进展情况): a group row numbered 一、二 gives the lead cell once for its projects; each project row
    ((一)… or 1.…) gives its name and then its owner cell; a (一) project with 1. rows under it only heads them.
    The group's lead is copied down to each of its rows (annotation.md: merged cells). False when the rows are
    not so grouped."""
    cols = table.columns
    if len(cols) < 4 or cols[1].kind != "lead":
        return False
    task_k = next((k for k, c in enumerate(cols) if c.kind == "task"), None)
    if task_k is None or task_k < 2:
        return False
    owner_k = next((k for k in range(task_k + 1, len(cols)) if cols[k].kind in _UNIT_KINDS), None)
    cells = [
        k
        for k in range(table.header_last + 1, len(lines))
        if lines[k].kind != "blank" and not _is_separator(lines[k])
    ]
    first = next(
        (q for q, k in enumerate(cells[: _GROUP_SKIP_MAX + 1]) if _GROUP_NUMBER.match(lines[k].stripped)),
        None,
    )
    if first is None:
        return False
    lead: Cell | None = None
    rows: list[Row] = []
    q = first
    used: set[int] = set()
    while q < len(cells):
        k = cells[q]
        text = lines[k].stripped
        if _GROUP_NUMBER.match(text):
            if q + 1 >= len(cells) or not _looks_like_units(_cell_text(lines[cells[q + 1]])):
                break
            lead = Cell(cols[1], _cell_span(lines[cells[q + 1]]))
            used.update(cells[q : q + 2])
            q += 2
            skipped = 0
            while (
                q < len(cells) and not _PROJECT.match(lines[cells[q]].stripped) and skipped < _GROUP_SKIP_MAX
            ):
                used.add(cells[q])
                q += 1
                skipped += 1
            continue
        pm = _PROJECT.match(text)
        if pm is None or lead is None:
            break
        nxt = cells[q + 1] if q + 1 < len(cells) else None
        nm = _PROJECT.match(lines[nxt].stripped) if nxt is not None else None
        used.add(k)
        if pm.group(1) and nm is not None and _project_number(nm):
            q += 1  # (二)中小学…项目 | over 1.… | 2.… |: a heading of rows, no row of its own
            continue
        row = Row(
            number=f"({pm.group(1)})" if pm.group(1) else _project_number(pm) or "",
            first_line=k,
            last_line=k,
            start=lines[k].lstart,
        )
        row.cells = [Cell(cols[task_k], _cell_span(lines[k])), lead]
        q += 1
        if owner_k is not None and q < len(cells) and _bar_cell(lines[cells[q]]):
            owner = lines[cells[q]]
            if not _PROJECT.match(owner.stripped) and not _GROUP_NUMBER.match(owner.stripped):
                row.cells.append(Cell(cols[owner_k], _cell_span(owner)))
        while (
            q < len(cells)
            and _bar_cell(lines[cells[q]])
            and not _PROJECT.match(lines[cells[q]].stripped)
            and not _GROUP_NUMBER.match(lines[cells[q]].stripped)
        ):
            row.last_line = cells[q]
            used.add(cells[q])
            q += 1
        rows.append(row)
    if len(rows) < 2:
        return False
    table.rows.extend(rows)
    table.lines.update(range(table.header_first, max(used) + 1))
    return True


def _titled_items(columns: list[Column]) -> bool:
    """A task column, then a requirement column, then units: the task column may hold group titles only."""
    return (
        len(columns) >= 3
        and columns[0].kind == "task"
        and columns[1].kind in ("unknown", "content")
        and columns[2].kind in _UNIT_KINDS
    )


def _second_task(lines: list[Line], columns: list[Column], cells: list[list[int]]) -> int | None:
    """Where a second task starts in a row's cells (序号 5 | 开工建设养老楼。 | 县民政局 | 5月底前 | 开工建设老年大学。
    | 12月底前): the row's cells are full up to its deadline, then a task sentence and its own deadline follow,
    under the same 序号 and the same (merged) unit cell. None for a plain row."""
    n = len(columns)
    if n < 3 or columns[0].kind != "task" or columns[-1].kind != "deadline" or len(cells) <= n:
        return None
    from policykg.loaders.extract.responsibility import is_deadline

    def text(cell: list[int]) -> str:
        return " ".join(_cell_text(lines[k]) for k in cell)

    def when(cell: str) -> bool:  # 12月底前 / 5月底前动工 / 9月投入使用: a time limit, with its stage or not
        return is_deadline(cell) or (len(cell) <= _SHORT_CELL // 2 and _DEADLINE_CELL.match(cell) is not None)

    # the row's own deadline closes its cells (after one unit cell or more), then the second task and its deadline
    d = len(cells) - 3
    if (
        d >= n - 1
        and when(text(cells[d]))
        and not any(when(text(c)) for c in cells[1:d])
        and _is_sentence_cell(text(cells[d + 1]))
        and not _looks_like_units(text(cells[d + 1]))
        and when(text(cells[d + 2]))
    ):
        return d + 1
    return None


_DEADLINE_CELL = re.compile(r"(?:\d{4}\s*年\s*)?\d{1,2}\s*月|\d{4}\s*年|全年|年内|年底")


def _merged_row(lines: list[Line], row: Row, columns: list[Column], cells: list[list[int]], end: int) -> Row:
    """The second task of a row: its own task and deadline cells, the unit cells of the row (merged over both)."""
    own = [c for c in columns if c.kind not in _UNIT_KINDS]
    second = Row(
        number=row.number, first_line=cells[0][0], last_line=end - 1, start=lines[cells[0][0]].lstart
    )
    _assign_cells(lines, second, own, cells, 0)
    second.cells.extend(c for c in row.cells if c.column.kind in _UNIT_KINDS)
    order = {col: k for k, col in enumerate(columns)}
    second.cells.sort(key=lambda c: order.get(c.column, len(order)))
    return second


_LEFTOVER_MAX = 4  # cells of a lost row passed over before a table's first row


def _leftover_cell(line: Line) -> bool:
    """A unit or date cell of a row the excerpt lost (市税务局等,各县、市、区政府 / 2020年12月)."""
    return line.kind == "date" or (line.kind == "content" and _looks_like_units(line.stripped))


def _cells_after(lines: list[Line], j: int, count: int) -> list[int]:
    """The next ``count`` cell lines after line ``j`` (blank and ``|`` lines passed over), fewer where the text or
    the table ends."""
    out: list[int] = []
    k = j + 1
    while k < len(lines) and len(out) < count:
        ln = lines[k]
        if ln.kind not in ("blank", "boilerplate") and not _is_separator(ln):
            if ln.kind not in ("content", "responsibility") or _is_section(ln):
                break
            out.append(k)
        k += 1
    return out


def _rows_by_people(lines: list[Line], table: Table) -> bool:
    """Rows of a table without a 序号 column, one cell per line (目标任务 | 责任领导 | 牵头单位 | 责任单位): each row
    is anchored on its 责任领导 cell, a person (常务副市长); the cells before it back to the task column are the
    row's, any earlier ones are category lines (全市经济社会发展主要预期目标), which number their rows afresh."""
    from policykg.loaders.extract.units import default_grammar

    cols = table.columns
    people = next((k for k, c in enumerate(cols) if c.kind == "people"), 0)
    if people == 0 or cols[0].kind != "task":
        return False
    grammar = default_grammar()
    pending: list[int] = []
    number = 0
    j = table.header_last + 1
    while j < len(lines) and len(pending) <= people + 2:
        ln = lines[j]
        if ln.kind in ("blank", "boilerplate") or _is_separator(ln):
            j += 1
            continue
        if ln.kind not in ("content", "responsibility") or _is_section(ln):
            break
        if len(pending) < people or not grammar.is_person(_cell_text(ln)):
            pending.append(j)
            j += 1
            continue
        number = 1 if len(pending) > people else number + 1  # a category line before the row starts afresh
        cells = [*pending[-people:], j, *_cells_after(lines, j, len(cols) - people - 1)]
        row = Row(number=str(number), first_line=cells[0], last_line=cells[-1], start=lines[cells[0]].lstart)
        _assign_cells(lines, row, cols, [[k] for k in cells], 0)
        table.rows.append(row)
        table.lines.update(range(cells[0], cells[-1] + 1))
        pending = []
        j = cells[-1] + 1
    return bool(table.rows)


_CATEGORY_LINES_MAX = 2  # category lines (a group's title) before the first unnumbered row


# 市委宣传部 / 2024年6月 under a task cell: a unit cell and a date cell one a line read as a signature and its date
_BY_UNITS_CELL_KINDS = frozenset({"content", "responsibility", "signature", "date"})
_SIGNED_KINDS = frozenset({"signature", "date"})


def _rows_by_units(lines: list[Line], table: Table) -> bool:
    """Unnumbered rows of a table without a 序号 column, one cell a line (项目名称 | 内容 | 牵头单位 | 进展情况(7月) |
    …): each row is anchored on its first unit column's cell, the cells before it back to the task column are the
    row's and it runs to the next row's first cell; cells beyond the last column are more of the last one when
    it is a report (进展情况, over several lines), else the next row's, cut off before its unit cell. False when the rows are numbered or no unit cell stands where one is due."""
    cols = table.columns
    u = next((k for k, c in enumerate(cols) if c.kind in _UNIT_KINDS), None)
    if u is None or u == 0 or cols[0].kind != "task" or any(c.kind == "people" for c in cols[:u]):
        return False
    cells: list[int] = []
    j = table.header_last + 1
    while j < len(lines):
        ln = lines[j]
        if ln.kind == "blank" or _is_separator(ln):
            j += 1
            continue
        if ln.kind not in _BY_UNITS_CELL_KINDS or _is_section(ln):
            break
        cells.append(j)
        j += 1
    if (
        not cells
        or _ITEM_NUMBER.match(lines[cells[0]].stripped)
        or _BARE_NUMBER.match(_cell_text(lines[cells[0]]))
    ):
        return False
    starts: list[int] = []
    for q in range(u, len(cells)):
        if starts and q - u < starts[-1] + len(cols):
            continue  # a cell of the row before
        text = _cell_text(lines[cells[q]])
        if _looks_like_units(text) and not _is_sentence_cell(text):
            starts.append(q - u)
    if not starts or starts[0] > _CATEGORY_LINES_MAX:
        return False
    full = starts[-1] + len(cols)
    if cells[full:] and all(lines[c].kind in _SIGNED_KINDS for c in cells[full:]):
        cells = cells[:full]  # 市卫生健康委员会 / 2024年1月10日 after the last full row: the page's signature
    if not _PROGRESS_HEAD.search(_REMARK.sub("", cols[-1].name)) and len(cells) - starts[-1] > len(cols):
        starts.append(
            starts[-1] + len(cols)
        )  # the cells after a full row: a row cut off before its unit cell
    for k, a in enumerate(starts):
        b = starts[k + 1] if k + 1 < len(starts) else len(cells)
        group = [[c] for c in cells[a:b]]
        if len(group) > len(cols):
            group = [*group[: len(cols) - 1], [c for g in group[len(cols) - 1 :] for c in g]]
        row = Row(number="", first_line=cells[a], last_line=cells[b - 1], start=lines[cells[a]].lstart)
        _assign_cells(lines, row, cols, group, 0)
        table.rows.append(row)
        table.lines.update(range(cells[a], cells[b - 1] + 1))
    return True


def _rows_by_unit_groups(lines: list[Line], table: Table) -> bool:
    """项目名称 | 项目内容 | 责任单位 | 进展情况 one cell a line, its rows in groups under (一)/(二) headings: the 项目名称
    cell is merged over its group's rows (printed once, on the group's first row), so each row is anchored on its
    unit cell, the cell right before it is the row's content and its task, and the cells after it up to the next
    row's content are its report. False unless the header's unit column follows a task and a content column,
    a group heading opens the rows and no row is numbered."""
    cols = table.columns
    u = next((k for k, c in enumerate(cols) if c.kind in _UNIT_KINDS), None)
    if u != 2 or [c.kind for c in cols[:2]] != ["task", "content"]:
        return False
    groups = _grouped_cells(lines, table.header_last + 1)
    if groups is None or any(
        _BARE_NUMBER.match(t := _cell_text(lines[c])) or _ITEM_NUMBER.match(t) for g in groups for c in g
    ):
        return False  # 1 | / 聚焦…: numbered rows, read by their numbers
    task = Column(cols[1].name, "task")
    rest = cols[u + 1 :]
    for cells in groups:
        anchors = [
            q
            for q in range(1, len(cells))
            if _looks_like_units(_PERSON_REMARK.sub("", t := _cell_text(lines[cells[q]])))
            and _unit_list(t, cut=cells[q] == len(lines) - 1)
        ]
        for n, q in enumerate(anchors):
            end = anchors[n + 1] - 1 if n + 1 < len(anchors) else len(cells)
            row = Row(
                number="", first_line=cells[q - 1], last_line=cells[end - 1], start=lines[cells[q - 1]].lstart
            )
            # each cell its column as laid out (a unit cell with its person in brackets stays the unit's)
            placed = zip([task, cols[u], *rest], cells[q - 1 : end], strict=False)
            row.cells = [Cell(col, _cell_span(lines[k])) for col, k in placed]
            unit = row.cells[1].span
            remark = _PERSON_REMARK.search(_cell_text(lines[cells[q]]))
            if remark is not None:
                row.cells[1] = Cell(cols[u], Span(unit.start, unit.end - len(remark.group())))
            table.rows.append(row)
        table.lines.update(cells)
    return bool(table.rows)


def _rows_by_merged_titles(lines: list[Line], table: Table) -> bool:
    """工作要点 | 具体要求 | 任务分工 one cell a line, the unit column last and no 序号: the first column's cell is
    merged over its rows (教育民生 printed once above three requirements), so each row is anchored on its unit cell
    and the cell right before it is its task; the cells between the row before and the task are the merged titles,
    passed over (heldout82 dz04: 2023年政务公开工作要点任务分工). False unless two rows at least are so anchored,
    every task cell is a sentence and some rows lack the merged cell (their cell counts differ)."""
    cols = table.columns
    u = len(cols) - 1
    if u < 2 or cols[u].kind not in _UNIT_KINDS or any(c.kind in ("number", "people") for c in cols[:u]):
        return False
    cells: list[int] = []
    j = table.header_last + 1
    while j < len(lines) and (lines[j].kind in _BY_UNITS_CELL_KINDS or lines[j].kind == "blank"):
        if lines[j].kind != "blank" and not _is_separator(lines[j]):
            cells.append(j)
        j += 1
    anchors = [q for q in range(1, len(cells)) if _listed_units(_cell_text(lines[cells[q]]))]
    if (
        len(anchors) < _MERGED_ROWS_MIN
        or len({b - a for a, b in zip([u - len(cols), *anchors], anchors, strict=False)}) < 2
        or any(q - 1 in anchors or not _is_sentence_cell(_cell_text(lines[cells[q - 1]])) for q in anchors)
    ):
        return False  # every row with its own cells (read by :func:`_rows_by_units`), or no rows so anchored
    task = Column(cols[u - 1].name, "task")
    for q in anchors:
        row = Row(number="", first_line=cells[q - 1], last_line=cells[q], start=lines[cells[q - 1]].lstart)
        row.cells = [Cell(task, _cell_span(lines[cells[q - 1]])), Cell(cols[u], _cell_span(lines[cells[q]]))]
        table.rows.append(row)
    table.lines.update(cells[: anchors[-1] + 1])
    return True


_MERGED_ROWS_MIN = 2
_LISTED_UNITS_MAX = 60  # a unit cell of a few bodies; a longer cell is a task
_SENTENCE_END_OR_MODAL = re.compile(r"[。!?]|要|应|须")


def _listed_units(text: str) -> bool:
    """A cell of bodies and nothing else, a comma or 、 between them (学生处,各高等学校)."""
    from policykg.loaders.extract.responsibility import is_unit_list

    text = text.strip().rstrip("|").strip()
    return (
        0 < len(text) <= _LISTED_UNITS_MAX
        and not _SENTENCE_END_OR_MODAL.search(
            text
        )  # 各单位要于每季度末将…报送…。: a sentence, no cell of bodies
        and _looks_like_units(text)
        and is_unit_list(re.sub("[,,;;]", "、", text))
    )


_LIST_SEPARATOR = re.compile(r"[、,,;;\s]+")


def _unit_list(text: str, cut: bool = False) -> bool:
    """Whether a cell is a list of bodies and nothing else, each piece a body named by its level (区水务局), a
    collective (各街道) or a branch (生态环境拱墅分局), 等 and a person's name in brackets allowed;
    with ``cut`` (the page's last cell) the last of two pieces at least may be cut short (区财政)."""
    from policykg.loaders.extract.units import UnitLexicon

    lexicon = UnitLexicon.load_default()
    pieces = [p for p in _LIST_SEPARATOR.split(re.sub(r"等[^、,]{0,4}$", "", text.strip("。 "))) if p]
    if cut and len(pieces) >= 2:
        pieces.pop()
    pieces = [_PERSON_REMARK.sub("", p) for p in pieces]  # 区民政局(李卫东): the person in charge in brackets
    return bool(pieces) and all(_LEVEL_OPENING.match(p) and lexicon.ends_as_unit(p) for p in pieces)


# 区水务局 / 各街道 / 相关街道 / 生态环境拱墅分局 / 高新区管委会: a body named by its level, a collective, a branch or a
# zone's administration (never a
# task that happens to end like one: 新建街道综合养老服务中心, 新建公办幼儿园3所, 各街道联合推进)
_LEVEL_OPENING = re.compile(
    r"^(?!.*\d)(?:各|相关|有关|[省市县区镇乡州旗]|街道|[\u4e00-\u9fff]{2,8}(?:分局|支队|大队|管委会|管理委员会)$)"
)
_PERSON_REMARK = re.compile(r"\([\u4e00-\u9fff]{2,4}\)$")


def _grouped_cells(lines: list[Line], j: int) -> list[list[int]] | None:
    """The cell lines under a header split at the group headings between them, or None when no group heading
    comes first."""
    groups: list[list[int]] = []
    while j < len(lines):
        ln = lines[j]
        if ln.kind == "blank" or _is_separator(ln):
            j += 1
            continue
        if _is_section(ln):
            groups.append([])
        elif (ln.kind not in _BY_UNITS_CELL_KINDS and ln.kind != "heading") or not groups:
            break  # (a cell read as a deeper heading, 2所已开工, is a cell all the same)
        else:
            groups[-1].append(j)
        j += 1
    return groups or None


def _rows_titled_numbers(lines: list[Line], table: Table) -> bool:
    """Rows of a table whose header names no 序号 (工作任务 | 具体要求 | 责任科室 | 时限要求), one cell a line with
    ``|`` lines between cells (or each cell closed by its bar), where each row gives a bare number cell before its requirement: the task column's
    cell is a group title printed once above the numbered rows it covers (a merged cell), passed over as a
    heading; the number opens the row, and the requirement is its task. False when the rows are not so laid out."""
    cols = table.columns
    if not _titled_items(cols):
        return False
    cells: list[list[int]] = []
    current: list[int] = []
    j = table.header_last + 1
    while j < len(lines):
        ln = lines[j]
        if ln.kind in ("blank", "boilerplate"):
            j += 1
            continue
        if _is_separator(ln) or not _cell_text(ln):
            if current:
                cells.append(current)
                current = []
            j += 1
            continue
        if ln.kind not in ("content", "responsibility", "heading"):
            break
        current.append(j)
        if ln.stripped.endswith("|"):  # 1 | / 对行政… |: a cell closed by its own bar, no | line between
            cells.append(current)
            current = []
        j += 1
    if current:
        cells.append(current)
    row_cols = [Column(cols[1].name, "task"), *cols[2:]]
    width = len(row_cols)
    rows: list[Row] = []
    q = 0
    expected = 1
    while q < len(cells):
        cell = cells[q]
        text = " ".join(_cell_text(lines[k]) for k in cell)
        bare = _BARE_NUMBER.match(text) if len(cell) == 1 else None
        if bare is not None and int(bare.group(1)) == expected:
            body = cells[q + 1 : q + 1 + width]
            row = Row(
                number=bare.group(1),
                first_line=cell[0],
                last_line=(body or [cell])[-1][-1],
                start=lines[cell[0]].lstart,
            )
            _assign_cells(lines, row, row_cols, body, 0)
            rows.append(row)
            expected += 1
            q += 1 + len(body)
            continue
        if len(cell) > 1 or not _title_line(lines[cell[0]]) or not rows and q > 0:
            break  # a group title is one short line; only one stands before the first row
        q += 1
    if len(rows) < 2:
        return False
    table.rows.extend(rows)
    table.lines.update(range(table.header_first, rows[-1].last_line + 1))
    return True


def _rows_bar_closed(lines: list[Line], table: Table) -> bool:
    """Rows without a 序号, each closed by a lone ``|`` and each cell after the first opened by one (牵头单位 /
    | 目标任务 / | 责任单位 / |), as the header itself is written. A cell merged over several rows is printed on
    the first only: a row with fewer cells has the task and what follows it; a unit column it lacks carries
    the cell above (a row the excerpt cuts off lacks its last cells instead)."""
    if _cell_text(lines[table.header_last]) or not any(
        lines[k].stripped.startswith("|") for k in range(table.header_first + 1, table.header_last)
    ):
        return False
    j = table.header_last + 1
    previous: Row | None = None
    while j < len(lines):
        group, closed, k = _bar_closed_row(lines, j)
        if not group:
            break
        row = Row(number="", first_line=group[0][0], last_line=k - 1, start=lines[group[0][0]].lstart)
        _assign_cells(lines, row, _bar_columns(lines, table.columns, group), group, 0)
        _inherit_cells(row, previous, table.columns, closed)
        table.rows.append(row)
        table.lines.update(range(j, k))
        previous = row
        j = k
    return bool(table.rows)


_SEPARATED_CELL_LINES = 8  # lines of one cell between lone bars; a longer run is the text after the table


def _rows_bar_separated(lines: list[Line], table: Table) -> bool:
    """Rows without a 序号 whose cells, like the header's, stand between lone ``|`` lines (重点工作 / | / 具体任务 /
    | / 责任单位 / | / 完成时限 / |), the rows one after another with no mark between them: a row is its task
    cell (a second cell its description when the task column spans two), then the cells of the columns after the
    task, the first of them a unit cell. Every row has as many cells as the first (two bars in a row an empty cell);
    a merged category cell (一、强化…) printed in a row is left to the outline (a category column before the task's
    is printed only so). False when the rows are not so written."""
    cols = table.columns
    u = next((k for k, c in enumerate(cols) if c.kind in _UNIT_KINDS), 0)
    # the task column right before the units (a category column before it is merged: 重点工作 over 具体任务)
    t = next((k for k in range(u - 1, -1, -1) if cols[k].kind == "task"), None)
    if t is None or t != u - 1 or any(c.kind != "task" for c in cols[:t]):
        return False
    after = cols[u:]
    if not any(_is_separator(lines[k]) for k in range(table.header_first + 1, table.header_last + 1)):
        return False
    cells = _separated_cells(lines, table.header_last + 1)
    # the first row's task cells: those before its first unit cell (a description after the name at most)
    width = next(
        (q for q, c in enumerate(cells[: _SEPARATED_TASK_CELLS + 1]) if q and _unit_cell_of(lines, c)), 0
    )
    size = width + len(after)
    if not width or len(cells) < 2 * size:
        return False
    rows: list[Row] = []
    for q in range(0, len(cells), size):
        row = cells[q : q + size]
        if not row[0] or (len(row) > width and row[width] and not _unit_cell_of(lines, row[width])):
            return False  # a row out of step: the rows are not written so
        rows.append(_separated_row(lines, (cols[t], after), row[:width], row[width:]))
    table.rows.extend(rows)
    last = max(k for c in cells for k in c)
    table.lines.update(k for k in range(table.header_first, last + 1) if not _is_section(lines[k]))
    return True


_SEPARATED_TASK_CELLS = 3  # cells a row's task may span before its units (name, description, a goal)


def _unit_cell_of(lines: list[Line], cell: list[int]) -> bool:
    return bool(cell) and _looks_like_units("".join(_cell_text(lines[k]) for k in cell))


def _separated_cells(lines: list[Line], j: int) -> list[list[int]]:
    """The cells (their lines) between lone ``|`` lines from line ``j`` on, two bars in a row an empty cell, each
    section heading a cell of its own dropped; the table ends where a run of lines is no cell (too long, or not
    content)."""
    cells: list[list[int]] = []
    current: list[int] = []
    bar = False  # the line before was a bar
    k = j
    while k < len(lines):
        ln = lines[k]
        if _is_separator(ln):
            if current and not (len(current) == 1 and _is_section(lines[current[0]])):
                cells.append(current)
            elif not current and bar and cells:
                cells.append([])  # | / |: an empty cell
            current, bar = [], True
        elif ln.kind not in ("blank", "boilerplate"):
            if ln.kind not in ("content", "responsibility", "heading", "date") or (
                len(current) >= _SEPARATED_CELL_LINES
            ):
                return cells
            current.append(k)
            bar = False
        k += 1
    if current and k >= len(lines) and not _is_section(lines[current[0]]):
        cells.append(current)  # the excerpt's last cell, cut before its bar
    return cells


def _separated_row(
    lines: list[Line], columns: tuple[Column, list[Column]], task: list[list[int]], owners: list[list[int]]
) -> Row:
    """A row of :func:`_rows_bar_separated`: its first task cell the task, the task cells after it content, an
    empty cell no cell of its column."""
    task_col, after = columns
    kinds = [task_col] + [Column(task_col.name, "content")] * (len(task) - 1) + after[: len(owners)]
    given = [(col, c) for col, c in zip(kinds, [*task, *owners], strict=False) if c]
    row = Row(number="", first_line=task[0][0], last_line=given[-1][1][-1], start=lines[task[0][0]].lstart)
    row.cells = [Cell(col, Span(lines[c[0]].lstart, _cell_span(lines[c[-1]]).end)) for col, c in given]
    return row


def _bar_closed_row(lines: list[Line], j: int) -> tuple[list[list[int]], bool, int]:
    """The cells (their lines) of the row starting at line ``j``, whether a lone ``|`` closes it, and the index
    of the line after it."""
    cells: list[list[int]] = []
    k = j
    while k < len(lines):
        ln = lines[k]
        if ln.kind in ("blank", "boilerplate"):
            k += 1
            continue
        if ln.kind not in ("content", "responsibility") or _is_section(ln):
            return cells, False, k
        if not _cell_text(ln):
            return cells, True, k + 1
        if ln.stripped.startswith("|") or not cells:
            cells.append([k])
        else:
            cells[-1].append(k)
        k += 1
    return cells, False, k


def _bar_columns(lines: list[Line], columns: list[Column], group: list[list[int]]) -> list[Column]:
    """The columns of a row's cells: all of them, or from the task on when the cells before it were merged
    into a row above (a first cell that names bodies is the first column's, under a unit column)."""
    t = next((k for k, c in enumerate(columns) if c.kind == "task"), 0)
    if len(group) >= len(columns) or t == 0:
        return columns
    first = " ".join(_cell_text(lines[k]) for k in group[0])
    if columns[0].kind in _UNIT_KINDS and len(group) > 1 and _looks_like_units(first.replace(" ", "")):
        return columns
    return columns[t:]


def _inherit_cells(row: Row, previous: Row | None, columns: list[Column], closed: bool) -> None:
    """A unit column the row has no cell in takes the cell of the row above (a merged cell): always before
    the task, after it only in a row closed by its bar."""
    if previous is None:
        return
    t = next((k for k, c in enumerate(columns) if c.kind == "task"), 0)
    have = {c.column for c in row.cells}
    for k, col in enumerate(columns):
        above = previous.first(col.kind) if col.kind in _UNIT_KINDS else None
        if col not in have and above is not None and (k < t or closed):
            row.cells.append(Cell(col, above.span))
    order = {col: k for k, col in enumerate(columns)}
    row.cells.sort(key=lambda c: order.get(c.column, len(order)))


_WRAP_PIECE_MAX = 6  # a word of a title wrapped in a narrow cell (持续 / 推进 / “两个 / 示范村”建设)


def _wrap_piece(line: Line) -> bool:
    return len(line.stripped) <= _WRAP_PIECE_MAX and _SENTENCE.search(line.stripped) is None


def _title_line(line: Line) -> bool:
    """A short line that is no row: a section's title (强化科技创新支撑能力。)."""
    s = line.stripped
    return line.kind == "content" and len(s) <= 40 and "。" not in s[:-1] and not _looks_like_units(s)


# 1.任务 / (1)任务: an item numbered inside a row's cell
_SUB_ITEM = re.compile(r"^(?:\((?=\d{1,3}\)))?(\d{1,3})(?:\)|\s*[.、](?!\d))\s*")
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
# ①任务: an item circled inside a row's cell (项目名称 | 主要内容 with ①… ②… each followed by its own cells)
_SUB_CIRCLED = re.compile(f"^([{_CIRCLED}])\\s*")


def _sub_item(text: str) -> tuple[str, int, int] | None:
    """The number of an item opening a row's cell (1. / (1) / ①): its marker as recorded, its value and the end of
    the marker; None when the cell opens no item."""
    if (m := _SUB_ITEM.match(text)) is not None:
        number = m.group(1) if m.group(0)[0] != "(" else f"({m.group(1)})"
        return number, int(m.group(1)), m.end()
    if (c := _SUB_CIRCLED.match(text)) is not None:
        return c.group(1), _CIRCLED.index(c.group(1)) + 1, c.end()
    return None


def _list_in_a_cell(lines: list[Line], cells: list[list[int]]) -> bool:
    """Whether a cell of the row holds a numbered list of its own (工作措施 | 1.开展… / 2.各地… |): the table's
    numbered items are lists inside plain rows' cells, never rows of their own."""
    return any(
        len(cell) > 1
        and (first := _sub_item(lines[cell[0]].stripped)) is not None
        and any(
            (nxt := _sub_item(lines[k].stripped)) is not None and nxt[1] == first[1] + 1 for k in cell[1:]
        )
        for cell in cells
    )


def _runs_on(lines: list[Line], cell: list[int], value: int) -> bool:
    """Whether the cell that opens with item ``value`` goes on to the next item inside itself (①…;②…): steps run
    together in one cell, no items each followed by cells of their own."""
    text = "".join(lines[k].stripped for k in cell)
    nxt = value + 1
    return (nxt <= len(_CIRCLED) and _CIRCLED[nxt - 1] in text) or re.search(
        rf"[;。]\s*(?:\({nxt}\)|{nxt}[.、)])", text
    ) is not None


def _sub_rows(lines: list[Line], columns: list[Column], cells: list[list[int]]) -> list[Row] | None:
    """A row whose task cell holds numbered items, each followed by its own cells (序号 | 项目 | 1.任务 | 领导 |
    单位 | 2.任务 | 领导 | 单位): one row per item, numbered as the item. None when the row is plain."""
    t = next((k for k, c in enumerate(columns) if c.kind == "task"), 0)
    if t == 0 and len(cells) > 1 and len(columns) > 1 and columns[1].kind in ("content", "unknown", "task"):
        t = 1  # 目标名称 | 工作标准 (项目名称 | 主要内容): the group's name, then its items under the next column
    # 聚力攻坚 / 项目“双进”: a label or two of the group may stand before its first item
    first = next(
        (k for k in range(t, min(len(cells), t + 3)) if _sub_item(lines[cells[k][0]].stripped) is not None),
        None,
    )
    if t == 0 or first is None:
        return None
    items: list[tuple[Row, int, list[list[int]]]] = []  # row, length of its number marker, its cells
    values: list[int] = []
    for cell in cells[first:]:
        sub = _sub_item(lines[cell[0]].stripped)
        if sub is not None and (not items or sub[1] == values[-1] + 1):
            row = Row(number=sub[0], first_line=cell[0], last_line=cell[-1], start=lines[cell[0]].lstart)
            items.append((row, sub[2], []))
            values.append(sub[1])
        items[-1][2].append(cell)
        items[-1][0].last_line = cell[-1]
    if len(items) == 1 and _runs_on(lines, items[0][2][0], values[0]):
        return None  # ①1-3月份,…;②4-6月份,… in one cell (分月序时进度): the row's steps, the row plain
    # the items are the rows' tasks, whatever their column's name (工作标准)
    cols = [Column(columns[t].name, "task"), *columns[t + 1 :]]
    for row, skip, group in items:
        _assign_cells(lines, row, cols, group, skip)
    return [row for row, _, _ in items]


def _groups_paren_rows(lines: list[Line], j: int) -> bool:
    """Whether line ``j`` (1. 全力推动食品小作坊登记工作 |) heads a group of (N)-numbered bar-closed task cells: its
    own bar-closed 1. title, then (empty-cell bars and) a (1)… | line."""
    if _ITEM_NUMBER.match(lines[j].stripped) is None or not lines[j].stripped.endswith("|"):
        return False
    k = j + 1
    while k < len(lines) and (lines[k].kind == "blank" or _is_separator(lines[k])):
        k += 1
    pm = _PAREN_ITEM.match(lines[k].stripped) if k < len(lines) else None
    return pm is not None and pm.group(1) == "1" and lines[k].stripped.endswith("|")


def _cell_lines(
    lines: list[Line], j: int, has_number: bool, following: int, width: int, *, paren: bool = False
) -> tuple[list[list[int]], int]:
    """The lines of each cell from line ``j`` up to the next row (cells split by ``|`` lines when the table has
    them, else one line each; ``width`` cells expected); and the index of the line after the row."""
    cells: list[list[int]] = []
    current: list[int] = []
    separated = False
    listed = (
        0  # the number of the last item of a list that makes a cell (1、… 2、… in a 落实情况 cell), else 0
    )
    k = j
    while k < len(lines):
        ln = lines[k]
        if ln.kind in ("blank", "boilerplate"):
            k += 1
            continue
        if _is_separator(ln):
            if not separated and cells and not current and _bar_cell(lines[cells[-1][-1]]):
                # 县人社局 | / | / 1063 |: between cells each closed by its own bar, a bar alone is an empty cell
                cells.append([k])
                k += 1
                continue
            separated = True
            if current:
                cells.append(current)
                current = []
            k += 1
            continue
        item = _ITEM_NUMBER.match(ln.stripped)
        if item is None and paren and ln.stripped.endswith("|"):
            item = _PAREN_ITEM.match(ln.stripped)  # (2)… |: the next row of (N)-numbered task cells
        bare = _BARE_NUMBER.match(_cell_text(ln)) if has_number else None
        # a bare figure inside a row (年度目标 0, 1) is a cell: a row opens with the next number, or with 1 once
        # the row has its cells (numbering restarts)
        full = len(cells) + bool(current) >= width
        starts_row = (
            bare is not None
            and not _figure_follows(lines, k)
            and (
                _opens_row(int(bare.group(1)), following, full)
                or (
                    (
                        _skipped_to(ln, int(bare.group(1)), following, full)
                        or (full and _skipped_to_task(lines, k, int(bare.group(1)), following))
                    )
                    and not (cells and _figure_cell(lines, cells[-1]))
                )
            )
            if has_number
            # 1、… while the row's cells are not all given: a list in its next cell (工作落实情况), no row
            else item is not None and _item_opens_row(int(item.group(1)), following, full)
        )
        if not separated and k > j and item is not None and not starts_row and cells:
            n = int(item.group(1))
            if listed and n == listed + 1:
                cells[-1].append(k)  # 2、… after 1、…: the list goes on in the same cell
                listed = n
                k += 1
                continue
            listed = n if n == 1 else 0
        elif not separated:
            listed = 0
        # a signature and date after the last row end the table; while the row still has cells to fill they
        # are its last cells (a unit, a 完成时限)
        ending = ln.kind == "attachment" or (
            ln.kind in ("signature", "date") and len(cells) + bool(current) >= width
        )
        if k > j and _repeated_header(lines, k) is not None:
            break  # the header printed again over the rows of the next page
        # (right after a bar-closed 序号 too: 1 | / 一、就业促进(3项) |, the heading a cell of its own line)
        if _is_section(ln) and not cells and not current and (k > j or (has_number and _bar_cell(ln))):
            k += 1  # 1 | 一、加快新型工业化进程 | 任务 | 单位: a group's heading printed in its first row, left to the outline
            continue
        if (k > j and starts_row) or _is_section(ln) or ending:
            break
        if separated:
            current.append(k)
            if _bar_cell(ln) and len(cells) + 1 < width:
                # 1 | / 发布…目录 | / 1.开展…; / 2.各地… | / 12月底前 |: cells closed by a bar at their last line's
                # end, several lines each, between the lone bars of the number cell
                cells.append(current)
                current = []
        else:
            cells.append([k])
        k += 1
    if current:
        cells.append(current)
    return cells, k


def _figure_follows(lines: list[Line], k: int) -> bool:
    """Whether the cell after the bare number on line ``k`` is a bare figure too (…社区4个 | 4 | 4 | 100% |: the
    figure cells of a row's second goal line); a row's number is followed by its text, never by a figure."""
    nxt = _cells_after(lines, k, 1)
    if not nxt or not _bar_cell(lines[k]):
        return False
    text = _cell_text(lines[nxt[0]])
    # 2 | 2024 | 新建…: a year column after the number, the row's own cell
    return _FIGURE_ONLY.fullmatch(text) is not None and _YEAR_CELL.fullmatch(text) is None


_YEAR_CELL = re.compile(r"(?:19|20)\d\d")
_DASH_CELL = re.compile(r"[-—–//]{1,2}")  # a figure column left empty: - / — / /
# a cell of a figure alone (1100, 96.64%, ≥6, 5以上): no word of a goal around it
_FIGURE_ONLY = re.compile(r"[≥≤<>]?\d+(?:\.\d+)?(?:%|‰)?(?:以上|以下|左右|以内)?")


def _figure_cell(lines: list[Line], cell: list[int]) -> bool:
    """A bar-closed cell holding a bare figure or the dash of an empty figure (- | / 35611 |): a number after it
    past the row due is one more figure of the row, not a later row skipped to."""
    text = _cell_text(lines[cell[-1]])
    return (
        len(cell) == 1
        and _bar_cell(lines[cell[0]])
        and (_FIGURE_ONLY.fullmatch(text) is not None or _DASH_CELL.fullmatch(text) is not None)
    )


def _repeated_header(lines: list[Line], k: int) -> Table | None:
    """The header a table prints again where a page breaks (序号 / 项目 / … / 完成时间 between two rows), when
    line ``k`` opens one: its first cell names the 序号 column."""
    col = _column(_cell_text(lines[k])) if lines[k].rend - lines[k].lstart <= _CELL_MAX else None
    if col is None or col.kind != "number":
        return None
    return _cell_header(lines, k)


_BODY_NOUN = re.compile(r"(?:部门|单位|科室|处室|机构)$")  # 评分部门, not 备注


def _skipped_to(line: Line, number: int, following: int, full: bool) -> bool:
    """A bar-closed bare number past the one due, once the row has all its cells (145 | … then 249 |): a later
    task of the same list; a report on some of its tasks skips the others."""
    return full and "|" in line.stripped and following < number <= following + _ROW_SKIP_MAX * 4


_SKIPPED_TASK_MIN = 8  # characters of the task cell right after a number that skips ahead without a bar


def _skipped_to_task(lines: list[Line], k: int, number: int, following: int) -> bool:
    """A bare number past the one due with no bar, once the row before has all its cells, when a task's words
    come right after it (6 / 农村常住居民人均可支配收入… / … then 52 / 建成高标准农田8.3万亩…): a bureau's report on the
    rows of a longer list it carries (heldout61 de03); a figure never has a sentence of text for its next cell."""
    if not following < number <= following + _ROW_SKIP_MAX:
        return False
    nxt = _cells_after(lines, k, 1)
    text = _cell_text(lines[nxt[0]]) if nxt else ""
    return (
        len(text) >= _SKIPPED_TASK_MIN
        and _BARE_NUMBER.match(text) is None
        and _FIGURE_ONLY.fullmatch(text) is None
        and _UNIT_RUN_ON.match(text) is None
    )


# 已建成农田 / 6 / 万亩,占全年任务的72%: a figure wrapped inside a cell, its unit and a stop on the next line (a
# task's words never open with a short word and a stop)
_UNIT_RUN_ON = re.compile(r"[%‰]|[^\W\d_]{1,3}[,;。、]")


def _later_item(line: Line) -> bool:
    """A first row numbered on its task's line past 1 (18、万寿、永丰…瞄准特色产业): a report on one task of a longer
    list keeps the list's number (a heading line, 18、 … of a task's text; never a figure)."""
    return line.kind == "heading" and line.level == 3 and (line.value or 0) > 1


def _item_opens_row(number: int, following: int, restart: bool) -> bool:
    """Whether a 1.… line opens a row of a table numbering its rows on the task's line: the next number, or 1
    where the numbering may restart (once the row has its cells; before, a cell's own list of items starts)."""
    return number == following or (number == 1 and restart)


def _opens_row(number: int, following: int, full: bool) -> bool:
    return number == following or (number == 1 and full)


_MARKS = "★☆*※▲△●◆"  # a lead mark before or after a unit (★区发改委, 区财政局*)


_ROLE_VERB_END = re.compile(f"(?:{_V.verbs_pattern()})$")


_FIRST_PIECE = re.compile(r"(?:[^、,;\s()]|\([^()]*\))*")


def _looks_like_units(text: str) -> bool:
    """A unit cell: short, no sentence end, its first piece ends like a body (not the rest of a task cell)."""
    text = _without_rule_remark(text.strip().rstrip("| \t"))
    if "。" in text[:-1] or len(text) > 200 or _body_report(text):
        return False
    # 县(市、区)政府 市发展改革委: the first piece runs to a separator outside brackets
    head = _FIRST_PIECE.match(text.strip(_MARKS))
    first = (head.group() if head is not None else "").strip(_MARKS)
    first = _ROLE_VERB_END.sub("", first)  # 法规科牵头,相关科(室)配合。: a unit and its role verb
    from policykg.loaders.extract.units import UnitLexicon

    return UnitLexicon.load_default().ends_as_unit(re.sub(r"等.*$", "", first)) or (
        first.startswith("各") and not _EACH_COUNT.match(first)
    )


# 各80个 / 各2项: a count for each of the things the row names (an expected-result cell), no collective of bodies
_EACH_COUNT = re.compile(r"各[约近]?(?:\d|[一二三四五六七八九十百千万]+[个项家所条名台套件次批])")


def _without_rule_remark(text: str) -> str:
    """A unit cell without the bracketed lead rule closing it after a full stop (A;B。(分号前面为牵头单位,下同))."""
    from policykg.loaders.extract.responsibility import states_lead_rule

    cut = text.rfind("(")
    if cut <= 0 or not text.endswith(")") or not states_lead_rule(text[cut:]):
        return text
    return text[:cut].rstrip("。 \t")


# 区科技局:就加快…建设与市中控股、…进行多次对接: a body's name, a colon, then sentences of what it did
_BODY_REPORT = re.compile(r"([^:,。;、\s]{2,20})\s*:\s*(\S.*)", re.S)


_ROLE_VERB_START = re.compile(f"(?:{_V.verbs_pattern()})")


def _body_report(text: str) -> bool:
    """A progress cell split into one paragraph per unit (区投促局:对楼宇信息全面掌握,已开始…): a body's name (no
    column label such as 责任单位) before a colon and a sentence after it report, they name no units."""
    m = _BODY_REPORT.fullmatch(text)
    if m is None or _SENTENCE.search(m.group(2)) is None or _ROLE_VERB_START.match(m.group(2)):
        return False  # 市发改委:牵头,市财政局:配合: units with their roles
    head = _SPACES.sub("", m.group(1))
    if _column(head) is not None:
        return False
    from policykg.loaders.extract.units import UnitLexicon

    return UnitLexicon.load_default().ends_as_unit(head)


_MARK_RUN = re.compile(f"[{re.escape(_MARKS)}]+")
# ****分局 / 县**局: a repost site's mask over part of a name (a run of asterisks before a character of the name,
# or any between two), no lead mark (区财政局*: one asterisk after the name)
MASK = re.compile(r"\*{2,}(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])\*+(?=[\u4e00-\u9fff])")


def _mark_runs(cell: str) -> list[re.Match[str]]:
    """The runs of lead marks in a cell, masks inside names left out."""
    masks = [(m.start(), m.end()) for m in MASK.finditer(cell)]
    return [m for m in _MARK_RUN.finditer(cell) if not any(a <= m.start() < b for a, b in masks)]


_PIECE_EDGE = "、,;,; \t\n"


def unit_pieces(text: str, span: Span) -> list[Span]:
    """A unit cell cut at the marks inside it (区政府办公室*、区财政局 → 区政府办公室 | 区财政局): a mark is no
    part of a name, and the unit parser does not know it."""
    cell = text[span.start : span.end]
    runs = _mark_runs(cell)
    if not runs:
        return [_with_marks(text, span.start, span.end)]
    pieces: list[Span] = []
    pos = 0
    for m in [*runs, None]:
        a, b = pos, m.start() if m is not None else len(cell)
        while a < b and cell[a] in _PIECE_EDGE:
            a += 1
        while b > a and cell[b - 1] in _PIECE_EDGE:
            b -= 1
        if b > a:
            pieces.append(_with_marks(text, span.start + a, span.start + b))
        pos = m.end() if m is not None else len(cell)
    return pieces


def _with_marks(text: str, a: int, b: int) -> Span:
    """A unit piece with the lead marks written against it (区农业农村委* / ★区发改委, the cell's own edge trimmed of
    them or not): the unit parser reads a mark as the lead where the page says marked units lead (加*号为牵头部门),
    and drops it from the name otherwise."""
    while a > 0 and text[a - 1] in _OPENING_LEAD_MARKS:
        a -= 1
    while b < len(text) and text[b] in _CLOSING_LEAD_MARKS:
        b += 1
    return Span(a, b)


# the marks the unit parser reads at a name's start and end (responsibility._OPENING_MARKS, _LEAD_MARKS)
_OPENING_LEAD_MARKS = "★☆※▲△"
_CLOSING_LEAD_MARKS = "*★☆※▲△"


_CJK = re.compile(r"[\u4e00-\u9fff]")


def cut_off(text: str, span: Span) -> bool:
    """The unit piece ends the text without a line break and is written longer everywhere else in it (市科 at
    the end of a page cut inside 市科技局): a name cut by the end of the excerpt, not a unit."""
    if span.end < len(text) or span.end <= span.start:
        return False
    piece = text[span.start : span.end]
    if len(piece) > _UNIT_SPAN:
        return False
    seen = False
    for m in re.finditer(re.escape(piece), text):
        if m.start() == span.start:
            continue
        nxt = text[m.end() : m.end() + 1]
        if not _CJK.match(nxt):
            return False  # written whole elsewhere
        seen = True
    return seen


def _trim_marks(first: Line, last: Line, a: int, b: int) -> tuple[int, int]:
    """A cell's span without the marks at its ends (★区发改委: the mark is no part of the name)."""
    while a < b and a < first.end and first.match[a - first.start] in _MARKS:
        a += 1
    while b > a and b > last.start and last.match[b - 1 - last.start] in _MARKS:
        b -= 1
    return a, b


_SHORT_KINDS = frozenset({"people", "deadline", "unknown", "detail", "budget"})
_SHORT_CELL = 20  # a name, a date or a figure: longer text under such a column is more of the task
_SENTENCE = re.compile(r"[。,;:]")


def _goes_on(col: Column, text: str) -> bool:
    """The line due under ``col`` right after the task cell continues the task instead (a task cell broken
    over lines): not units under a unit column; a sentence under a column of names, dates or figures."""
    if col.kind in _UNIT_KINDS:
        return not _looks_like_units(text)
    if col.kind in _SHORT_KINDS:
        return len(text) > _SHORT_CELL or _SENTENCE.search(text) is not None
    return False


_LIST_SEP = re.compile(r"[、,;\s]+")


def _name_goes_on(before: str, text: str) -> bool:
    """Whether ``text`` goes on with the unit name ``before`` ends with: the last piece cannot stand as a unit,
    joined to the first piece of ``text`` it can (莲都邮政 / 管理局)."""
    from policykg.loaders.extract.units import UnitLexicon

    last = _LIST_SEP.split(before.strip())[-1]
    head = _LIST_SEP.split(text.strip(), maxsplit=1)[0]
    if not last or not head or before.rstrip()[-1:] in "、,;":
        return False
    lexicon = UnitLexicon.load_default()
    return not lexicon.ends_as_unit(last) and lexicon.ends_as_unit(last + head)


def _more_people(text: str) -> bool:
    """A short line of names where a unit cell is due after a people cell: more of the people cell."""
    return len(text) <= _SHORT_CELL and _SENTENCE.search(text) is None and not _looks_like_units(text)


def _next_unit_column(columns: list[Column], c: int) -> int | None:
    return next((k for k in range(c, len(columns)) if columns[k].kind in _UNIT_KINDS), None)


def _assign_cells(
    lines: list[Line], row: Row, columns: list[Column], cells: list[list[int]], skip: int
) -> None:
    """Give each cell's lines to a column (see :func:`_align`)."""
    pieces: list[tuple[int, int, str]] = []
    for cell in cells:
        a = lines[cell[0]].lstart + (skip if not pieces else 0)
        b = lines[cell[-1]].rend
        last = lines[cell[-1]].stripped
        b -= len(last) - len(last.rstrip("| \t"))  # the cell's closing |
        if a == lines[cell[0]].lstart:  # the cell's opening | (| 目标任务)
            first = lines[cell[0]].stripped
            a += len(first) - len(first.lstrip("| \t"))
        a, b = _trim_marks(lines[cell[0]], lines[cell[-1]], a, b)
        b = max(a, b)  # a line of bars alone (||): an empty cell, its opening and closing bars one run
        text = " ".join(_cell_text(lines[k]) for k in cell)
        if pieces and _SECOND_NAME.fullmatch(text):  # 高新园 / (邹区镇): a name broken before its second name
            pieces[-1] = (pieces[-1][0], b, pieces[-1][2] + text)
            continue
        pieces.append((a, b, text))
    pieces = _wrapped_unit_cells(pieces, len(columns))
    row.cells = [Cell(col, Span(a, b)) for col, a, b in _align(columns, pieces)]


_SECOND_NAME = re.compile(r"\([^()]{1,12}\)")
_WRAP_MAX = 8  # each line of a unit's name wrapped in its cell (市生态 / 环境局)
_NOT_IN_NAME = re.compile(r"[,;。:、\s|]")


def _wrapped_unit_cells(pieces: list[tuple[int, int, str]], width: int) -> list[tuple[int, int, str]]:
    """市生态 / 环境局: a row with more cells than its header, where a short line that opens with a level and is
    no unit, and the short line after it, make one unit's name together, had that name wrapped over two lines."""
    from policykg.loaders.extract.units import UnitLexicon

    lexicon = UnitLexicon.load_default()
    out = list(pieces)
    i = 0
    while len(out) > width and i + 1 < len(out):
        head, tail = out[i][2].strip(), out[i + 1][2].strip()
        if (
            0 < len(head) <= _WRAP_MAX
            and 0 < len(tail) <= _WRAP_MAX
            and not _NOT_IN_NAME.search(head + tail)
            and head[:1]
            in lexicon.local_prefixes  # a name's level opens it (市生态), no task's words (刻制印章备案)
            and tail[:1]
            not in lexicon.local_prefixes  # 省人口计生 / 省妇联: a name cut short, then the next one
            and not lexicon.ends_as_unit(head)
            and lexicon.ends_as_unit(head + tail)
        ):
            out[i : i + 2] = [(out[i][0], out[i + 1][1], head + tail)]
            continue
        i += 1
    return out


def _align(columns: list[Column], pieces: list[tuple[int, int, str]]) -> list[tuple[Column, int, int]]:
    """The column of each cell, in order: a task cell broken over lines keeps its continuation, a unit cell
    met where another column is due means that column's cell was empty (an empty cell may leave no trace),
    cells beyond the last column are more units of the last unit column; an empty cell keeps its place."""
    c = 0
    spans: list[tuple[Column, int, int]] = []
    # 责任部门 | 评分部门: a last column of bodies that are no units; the row's last cell is its cell
    last = columns[-1]
    tail = last if len(columns) > 1 and last.kind == "other" and _BODY_NOUN.search(last.name) else None
    for i, (a, b, text) in enumerate(pieces):
        if not text.strip():
            c += 1
            continue
        if (
            tail is not None
            and i == len(pieces) - 1
            and spans
            and spans[-1][0].kind in _UNIT_KINDS
            and _looks_like_units(text)
        ):
            spans.append((tail, a, b))
            continue
        if c >= len(columns):
            second = _second_line_column(columns, len(pieces) - i, text)
            if second is not None:
                spans.append((second, a, b))
                continue
            if (
                spans
                and spans[-1][0] is columns[-1]
                and last.kind not in _UNIT_KINDS
                and _ITEM_NUMBER.match(text)
            ):
                # 1.组织召开… 2.联合区教师研修学院,… : numbered items of a last progress cell go on with it
                spans[-1] = (last, spans[-1][1], b)
                continue
            unit_cols = [s for s in spans if s[0].kind in _UNIT_KINDS]
            nxt_text = pieces[i + 1][2] if i + 1 < len(pieces) else ""
            item = _sub_row_item(columns, unit_cols[-1][0]) if unit_cols else None
            if item is not None and not _looks_like_units(text):
                # 开办企业 | 营业执照 | 区市监局 / 刻制印章备案 / 区公安局: a bundle's sub-rows, each an item of the
                # column before the units and its department
                spans.append((item, a, b))
                continue
            if unit_cols and (_looks_like_units(text) or _short_name_before_units(text, nxt_text)):
                spans.append(
                    (unit_cols[-1][0], a, b)
                )  # one unit a line (省人口计生 / 省妇联: a name cut short)
            elif (
                unit_cols
                and (task := _task_column(columns)) is not None
                and _is_sentence_cell(text)
                and not _body_report(
                    text.strip()
                )  # 街道办事处:目前…: the progress column's report, no sub-row
            ):
                # ——孕产妇系统管理率达到90%。 / 省卫生厅 / 省发改委: a sub-row of the same row (a merged goal
                # cell over several lines of goals, each with its units): more of the task, then its units
                spans.append((task, a, b))
                c = columns.index(task) + 1
            continue
        col = columns[c]
        prev = spans[-1][0] if spans else None
        if _empty_before_task(columns, c, text, pieces[i + 1][2] if i + 1 < len(pieces) else ""):
            c += 1  # 项目类别 | 具体内容 | 牵头部门 over 108 / 继续推进… / 教育局: the category cell left empty
            col = columns[c]
        if prev is not None and prev.kind in ("task", "content") and _goes_on(col, text):
            spans[-1] = (prev, spans[-1][1], b)  # the task cell goes on
            continue
        if prev is not None and prev.kind in _UNIT_KINDS and _name_goes_on(pieces[i - 1][2], text):
            spans[-1] = (prev, spans[-1][1], b)  # …、莲都邮政 / 管理局、…: a unit name broken over lines
            continue
        if prev is not None and prev.kind == "people" and col.kind in _UNIT_KINDS and _more_people(text):
            spans[-1] = (prev, spans[-1][1], b)  # 董贵波 / 郑敏强: two leaders a line each
            continue
        if (
            prev is not None
            and col.kind not in _UNIT_KINDS
            and col.kind != "detail"  # 建设地点 | 纸坊街道: a project's place names a division, no unit
            # 重点工作 | 主要任务 | 工作措施: one may be empty; 建设指标 | 考评标准 | 任务内容 | 责任单位 over rows whose
            # merged cells before the task were dropped: a unit cell where a task column is due after the row's task
            and (col.kind != "task" or any(s[0].kind == "task" for s in spans))
            and _looks_like_units(text)
            # 新增15家…照料中心,实施…改造260户。 under 内容: a sentence opening on a body's name is no unit list
            and _last_piece_unit(text)
        ):
            nxt = _next_unit_column(columns, c)
            if nxt is None and prev.kind in _UNIT_KINDS:
                spans.append((prev, a, b))  # one unit a line: the unit cell goes on
                continue
            c = nxt if nxt is not None else c
            col = columns[c]
        spans.append((col, a, b))
        c += 1
    return _last_to_body_column(columns, spans)


def _second_line_column(columns: list[Column], rest: int, text: str) -> Column | None:
    """The task column, for the first of ``rest`` cells left past a row's last column that make a second line of
    the row (城镇新增就业1100人 | 县人社局 | 1100 | 1063 | 96.64% | | then “三公里”充分就业社区4个 | 4 | 4 | 100% |
    |: a second goal with its figures, its task name and units merged over both lines): they stand under the
    row's last columns that are no units, the first of them a task column."""
    own = [col for col in columns if col.kind not in _UNIT_KINDS]
    if not 1 < rest < len(own) or own[-rest].kind != "task" or not text.strip():
        return None
    if _looks_like_units(text) or _FIGURE_ONLY.fullmatch(text.strip()):
        return None
    return own[-rest]


def _empty_before_task(columns: list[Column], c: int, text: str, following: str) -> bool:
    """Whether the cell due under a short column right before the task column (a category, a kind) is the task's
    instead, the short cell left empty without a trace: the cell after it looks like units where the task is
    due, and it is a sentence or no units itself."""
    return (
        columns[c].kind in _SHORT_KINDS
        and c + 1 < len(columns)
        and columns[c + 1].kind == "task"
        and c + 2 < len(columns)
        and columns[c + 2].kind in _UNIT_KINDS
        and bool(following.strip())
        and _looks_like_units(following)
        and (_is_sentence_cell(text) or not _looks_like_units(text))
    )


_TAIL_WORDS = re.compile(f"(?:{_V.tails_pattern()})$")


def _last_piece_unit(text: str) -> bool:
    """Whether the last piece of a cell ends like a body too (a unit list ends with one: A、B等相关部门), not only
    its first one."""
    from policykg.loaders.extract.units import UnitLexicon

    pieces = [p for p in re.split(r"[、,;\s]", text.strip().rstrip("。.| \t").strip(_MARKS)) if p]
    if not pieces:
        return False
    last = _TAIL_WORDS.sub("", _ROLE_VERB_END.sub("", pieces[-1])) or pieces[-1]
    lex = UnitLexicon.load_default()
    return lex.ends_as_unit(last) or lex.ends_as_unit(pieces[-1]) or last.startswith("各")


def _sub_row_item(columns: list[Column], unit: Column) -> Column | None:
    """The content column right before the unit column ``unit`` when the task is another column (序号 | 一件事名称 |
    关联事项 | 涉及部门): a row of sub-rows, one item and its department each."""
    k = columns.index(unit)
    if k < 2 or columns[k - 1].kind != "content" or columns[k - 2].kind != "task" or k != len(columns) - 1:
        return None
    return columns[k - 1]


def _task_column(columns: list[Column]) -> Column | None:
    return next((col for col in columns if col.kind == "task"), None)


def _is_sentence_cell(text: str) -> bool:
    """A cell that is a sentence (a task, a goal), not a name, a date or a figure."""
    return len(text) > _SHORT_CELL or _SENTENCE.search(text) is not None or text.rstrip().endswith("。")


def _short_name_before_units(text: str, following: str) -> bool:
    """A short line of no punctuation between unit lines (省人口计生 before 省妇联): a unit whose name the page
    cut short, one unit a line."""
    name = text.strip()
    return (
        0 < len(name) <= _UNKNOWN_MAX
        and not _NOT_HEADER.search(name)
        and not name[0].isdigit()
        and bool(following.strip())
        and _looks_like_units(following)
    )


def _last_to_body_column(
    columns: list[Column], spans: list[tuple[Column, int, int]]
) -> list[tuple[Column, int, int]]:
    """A last column of bodies that are not assigned the task (评分部门: they score it) left empty while the unit
    column before it took two or more cells: the row's last cell is that column's."""
    last = columns[-1] if columns else None
    if (
        last is None
        or last.kind != "other"
        or last.name[-2:] not in _UNIT_ENDS
        or len(spans) < 2
        or any(col is last for col, _, _ in spans)
        or spans[-1][0] is not spans[-2][0]
        or spans[-1][0].kind not in _UNIT_KINDS
    ):
        return spans
    return [*spans[:-1], (last, spans[-1][1], spans[-1][2])]


# ----------------------------------------------------------------------------------- cells run together

_GLUED_MAX = 40
_KNOWN_NAMES = sorted(_V.column_kind, key=len, reverse=True)
_QUALIFIER_MAX = 2  # 全年完成情况: a short gap before a name qualifies it


def _glued_header(text: str) -> list[Column] | None:
    """A header whose cells run together (类别序号重点督办内容牵头单位全年完成情况): the known names found in it,
    the gap after the number as the task, other gaps as unnamed columns."""
    if (
        len(text) > _GLUED_MAX
        or "序号" not in text
        or any(c in text for c in " |\t")
        or _NOT_HEADER.search(text)
    ):
        return None
    spans: list[tuple[int, int, str]] = []
    pos = 0
    while pos < len(text):
        name = next((w for w in _KNOWN_NAMES if len(w) > 1 and text.startswith(w, pos)), None)
        if name is None:
            pos += 1
            continue
        spans.append((pos, pos + len(name), _V.column_kind[name]))
        pos += len(name)
    columns: list[Column] = []
    end = 0
    for a, b, kind in spans:
        gap = text[end:a]
        qualifier = len(gap) <= _QUALIFIER_MAX and kind != "number"
        if gap and not qualifier:
            after_number = bool(columns) and columns[-1].kind == "number"
            columns.append(Column(gap, "task" if after_number else "unknown"))
        columns.append(Column(text[a - (len(gap) if qualifier else 0) : b], kind))
        end = b
    if end < len(text):
        columns.append(Column(text[end:], "unknown"))
    ranked = _V.ranked_roles([c.name for c in columns], [c.kind for c in columns])
    columns = [
        Column(c.name, kind) for c, kind in zip(columns, ranked, strict=True)
    ]  # 第一责任单位 | 主要责任单位
    known = [c for c in columns if c.kind != "unknown"]
    return columns if len(known) >= 3 and _valid_header(columns) else None


_GLUED_ROW = re.compile(r"^(\D{0,30}?)(\d{1,3})(?![\d.%、])")  # 2、: a preview chunk's mark, no row

# A table that reached the text as ONE line, every cell boundary lost (a document-sharing page's text layer):
# …方案工作重点序号主要工作任务第一责任单位主要责任单位一、主要发展指标1地区生产总值…。市发展改革委各县(市、区)政府2服务业…
_GLUED_LINE_MIN = 80
_PAGE_MARK = re.compile(r"[—–-]\s*\d{1,3}\s*[—–-]")  # —2—: a printed page's number between its dashes
# a document's title ends before the short unnamed cell that opens the run-together header (方案 | 工作重点)
_TITLE_KIND_END = re.compile(r"(?:方案|规划|纲要|计划|意见|要点|清单|分解表|分工表|一览表)")
_GLUED_CELL_MAX = 6  # the unnamed header cell before 序号 (工作重点, 类别)
# a figure's unit or a count right after a number: inside a task, never a row's number before its task
_AFTER_FIGURE = frozenset("万亿千百十个年月日号项家户人次元倍所座条名批期届类种级%‰.")


def glued_line_cuts(text: str, pos: int, end: int, state: dict[str, int] | None = None) -> list[int]:
    """Where a task table that reached the text as one line with every cell boundary lost is cut into lines:
    its page marks (—2—), its run-together header (序号 and at least two more known column names, with a short
    unnamed cell before 序号 when a document's title ends right before it), its section headings (一、, 二、) and
    each row at the next row's number (a number before a task, never a figure: 12%, 6万元, 2010年). Empty when
    the line holds no such table. With ``state`` (kept by the caller from line to line), a line that opens with a
    document-sharing site's preview chunk mark (2、) right after such a table goes on with its rows."""
    seg = text[pos:end]
    if "|" in seg or "\t" in seg:
        return []
    mark = _CHUNK_MARK.match(seg) if state else None
    if state and mark is not None:
        cuts = {mark.end()}  # 2、)各街道3老城厢…: the site's chunk mark, then more rows
        k = mark.end()
    else:
        if state is not None:
            state.clear()
        h = seg.find("序号") if end - pos >= _GLUED_LINE_MIN else -1
        header_end = _glued_header_end(seg, h) if h >= 0 else None
        if header_end is None:
            return []
        start = h
        title_ends = [m.end() for m in _TITLE_KIND_END.finditer(seg, 0, h)]
        if title_ends and 0 < h - title_ends[-1] <= _GLUED_CELL_MAX:
            start = title_ends[-1]  # 《…》分解落实方案 / 工作重点序号…: the cell before 序号 is the header's
        if _glued_header(seg[start:header_end]) is None:
            return []
        cuts = {start, header_end}
        k = header_end
    for m in _PAGE_MARK.finditer(seg):
        cuts.update((m.start(), m.end()))
    expected, section = (state["expected"], state["section"]) if state else (1, 1)
    first = expected
    while k < len(seg):
        heading = _CN_NUM[section - 1] + "、" if section <= len(_CN_NUM) else None
        if heading is not None and seg.startswith(heading, k) and seg[k - 1 : k] != "第":
            cuts.add(k)  # 一、主要发展指标: a section heading over its rows
            section += 1
            k += len(heading)
            continue
        again = _glued_header_end(seg, k) if seg.startswith("序号", k) else None
        if again is not None:
            cuts.update((k, again))  # the header printed again over the rows of the next page
            k = again
            continue
        number = str(expected)
        after = seg[k + len(number) : k + len(number) + 1]
        if (
            seg.startswith(number, k)
            and not seg[k - 1 : k].isdigit()
            and after
            and _CJK.match(after) is not None
            and after not in _AFTER_FIGURE
        ):
            cuts.add(k)
            expected += 1
            k += len(number)
            continue
        k += 1
    if mark is None and expected < 3:
        return []  # a table's rows: two at least
    if state is not None and expected > first:
        state.update(expected=expected, section=section)
    return sorted(pos + c for c in cuts if 0 < c < len(seg))


_CHUNK_MARK = re.compile(r"\d{1,3}、")


_GLUED_GAP_MAX = 3  # 第一责任单位, 区政府分管领导: a qualifier before a known name


def _glued_header_end(seg: str, h: int) -> int | None:
    """The end of the run-together column names that start with 序号 at ``h`` (a gap of a qualifier allowed
    before a name: 第一责任单位, 区政府分管领导), or None when fewer than three names follow one another."""
    pos, names = h, 0
    while pos < len(seg):
        found = None
        for gap in range(_GLUED_GAP_MAX + 1):
            if gap and not _CJK.match(seg[pos + gap - 1 : pos + gap]):
                break  # a figure or a stop: the rows have begun
            name = next((w for w in _KNOWN_NAMES if len(w) > 1 and seg.startswith(w, pos + gap)), None)
            if name is not None:
                found = pos + gap + len(name)
                break
        if found is None:
            break
        pos, names = found, names + 1
    return pos if names >= 3 else None


_GLUED_SPILL = 3  # lines a run-together row's last cell may spill onto before the next row


def _rows_glued(lines: list[Line], table: Table) -> None:
    """Rows whose cells run together, one a line: [category] number task。 units [the rest]. The last cell
    of a row may go on over a few more lines (截至12月31日,全年…) when the next row follows them."""
    expected = 1
    spill: list[int] = []
    last = max((k for k, ln in enumerate(lines) if ln.kind != "blank"), default=-1)
    for j in range(table.header_last + 1, len(lines)):
        ln = lines[j]
        if ln.kind in ("blank", "boilerplate") or _PAGE_MARK.fullmatch(ln.stripped):
            continue
        if _is_section(ln) and not spill:
            continue  # 一、主要发展指标: a section heading over its rows, left to the outline
        if _glued_header(ln.stripped) is not None or _CHUNK_MARK.fullmatch(ln.stripped):
            continue  # the header printed again; a preview chunk's mark
        m = _GLUED_ROW.match(ln.stripped)
        row = (
            None
            if m is None or int(m.group(2)) not in (expected, 1)
            else _glued_row(ln, j, table.columns, m, j == last)
        )
        if row is None:
            if not table.rows or len(spill) >= _GLUED_SPILL:
                break
            spill.append(j)
            continue
        if spill:  # the lines between two rows belong to the one before
            table.rows[-1].last_line = spill[-1]
            table.lines.update(spill)
            spill = []
        table.rows.append(row)
        table.lines.add(j)
        expected = int(row.number) + 1


def _glued_row(ln: Line, j: int, columns: list[Column], m: re.Match[str], last: bool = False) -> Row | None:
    """The cells of one run-together row: the task ends at its 。 (else where its units start: a body's name
    from which only names run to the row's end), a unit cell at the end of its unit list, and what follows it
    is the next unit column's cell when it looks like units. The document's last line may be a row the page
    cut before its units: all task."""
    s = ln.stripped
    number = next((k for k, c in enumerate(columns) if c.kind == "number"), None)
    if number is None or number + 2 >= len(columns) or columns[number + 1].kind != "task":
        return None
    task_col = columns[number + 1]
    content = columns[number + 2].kind in ("content", "task")
    if content:
        # 项目名称 | 主要内容 | …: the name runs into its content, sentences up to the row's last 。
        number += 1
        if number + 2 >= len(columns):
            return None
    stop = s.rfind("。", m.end()) if content else s.find("。", m.end())
    task_end = stop + 1
    if stop < 0:
        units = _units_start(s, m.end())
        if units is None and not last:
            return None
        task_end = units if units is not None else len(s)
    base = ln.lstart
    row = Row(number=m.group(2), first_line=j, last_line=j, start=base)
    row.cells.append(Cell(task_col, Span(base + m.end(), base + task_end)))
    ui = number + 2
    unit_col = columns[ui]
    leader = _people_before_units(columns, ui)
    if leader is not None:
        groups = _leader_groups(s, m.end(), task_end)
        if groups:
            # 区政府分管领导 | 牵头单位 | 配合单位: each sentence end followed by a leader's name and bodies run together
            # (…。何海平教育局经开区…) opens the row's (or a sub-row's) units; the task ends at the first
            row.cells[0] = Cell(task_col, Span(base + m.end(), base + groups[0][0]))
            more = columns[leader + 1] if leader + 1 < len(columns) else None
            for g, (_at, names) in enumerate(groups):
                row.cells.append(Cell(columns[leader], Span(base + names[0][0], base + names[0][1])))
                if more is not None and more.kind in _UNIT_KINDS:
                    row.cells.extend(Cell(more, Span(base + a, base + b)) for a, b in names[1:])
                after = groups[g + 1][0] if g + 1 < len(groups) else len(s)
                if s[names[-1][1] : after].strip():  # the task goes on after its units (…各街道提升改造8家…)
                    row.cells.append(Cell(task_col, Span(base + names[-1][1], base + after)))
            return row
    if unit_col.kind in _UNIT_KINDS and task_end < len(s):
        end = _unit_prefix(s, task_end)
        if (
            end is not None
            and end < len(s)
            and _last_unit_column(columns, ui)
            and _units_to_end(s[task_end:])
        ):
            end = len(
                s
            )  # …。市委宣传部(市文明办)、市城管委,市住建局…等部门,各区(市)县政府(管委会): one unit cell
        if end is not None:
            row.cells.append(Cell(unit_col, Span(base + task_end, base + end)))
            rest = end + len(s[end:]) - len(s[end:].lstrip(_PIECE_EDGE))
            more = columns[ui + 1] if ui + 1 < len(columns) else None
            if (
                more is not None
                and more.kind in _UNIT_KINDS
                and rest < len(s)
                and _looks_like_units(s[rest:])
            ):
                # 市发展改革委 | 各县(市、区)政府、嘉兴港区: the next unit column's cell, run on
                row.cells.append(Cell(more, Span(base + rest, base + len(s))))
    return row


def _last_unit_column(columns: list[Column], ui: int) -> bool:
    """Whether only a remark column (备注) at most follows the one at ``ui``: its cell may run to the row's end (not
    with a 配合单位, 督办单位 or 责任领导 column after it, whose names would run on into it)."""
    return all(c.name in _REMARK_COLUMNS for c in columns[ui + 1 :])


_REMARK_COLUMNS = frozenset(_V.notes)  # 备注 / 说明: a remark column, empty in most rows


def _units_to_end(rest: str) -> bool:
    """Whether what follows a run-together row's task is its unit cell alone, up to the row's end: bodies with
    their bracketed other names and collectives (市委宣传部(市文明办)、…,各区(市)县政府(管委会)), lists joined by
    、 and commas, no sentence end, no figure, no second column run on."""
    from policykg.loaders.extract.responsibility import all_units
    from policykg.loaders.extract.units import UnitLexicon

    rest = rest.strip()
    if not rest or len(rest) > _UNIT_CELL_MAX or _NOT_UNIT_CELL.search(rest):
        return False
    return all_units(rest, UnitLexicon.load_default())


_UNIT_CELL_MAX = 160  # a unit cell's length: a dozen bodies
_NOT_UNIT_CELL = re.compile(r"[\d。;:!?]")


def _people_before_units(columns: list[Column], ui: int) -> int | None:
    """The first unit column after a leaders' column (区政府 | 分管领导 | 牵头单位: a header cut into known names and
    a qualifier) that stands where a run-together row's units would, or None."""
    u = next((k for k in range(ui, len(columns)) if columns[k].kind in _UNIT_KINDS), None)
    if u is None or u == ui:
        return None
    between = [c.kind for c in columns[ui:u]]
    return u if "people" in between and set(between) <= {"people", "unknown"} else None


_LEADER_NAME = (3, 2)  # a person's name: three characters, or two


def _leader_name(s: str, pos: int) -> int:
    """The length of the person's name at ``pos`` that runs into a unit's name (何海平教育局, 张菁民政局), or 0: the
    unit then opens with a level prefix (区教育局), or its first body name is three characters at least (教育局,
    not 政局)."""
    from policykg.loaders.extract.units import UnitLexicon

    lex = UnitLexicon.load_default()
    fits: list[int] = []
    for n in _LEADER_NAME:
        name, q = s[pos : pos + n], pos + n
        if len(name) < n or not all(_CJK.match(c) for c in name) or _unit_prefix(s, q) is None:
            continue
        if s[q] in lex.local_prefixes:
            return n
        first = _first_name_end(s, q)
        if first is not None and first - q >= 3:
            fits.append(n)
    return fits[0] if fits else 0


def _leader_groups(s: str, start: int, task_end: int) -> list[tuple[int, list[tuple[int, int]]]]:
    """Where a leader's name opens a run of body names after a sentence end of a row (…。何海平教育局经开区…; a row
    of two sub-rows has two), with those names: the row's end first read as the task's end, then every 。
    inside the task."""
    ends = sorted({task_end, *(k + 1 for k in range(start, task_end) if s[k] == "。")})
    out: list[tuple[int, list[tuple[int, int]]]] = []
    for at in ends:
        name = _leader_name(s, at) if at < len(s) else 0
        names = _glued_names(s, at + name, len(s)) if name else []
        if names and (at == task_end or len(names) >= 2):
            out.append((at, names))
    return out


_NAME_BREAK = re.compile(r"[\d。,;:、]")


def _glued_names(s: str, a: int, b: int) -> list[tuple[int, int]]:
    """The body names that open ``s[a:b]`` with no separators between them (经开区高新园(邹区镇)各街道市国有公司):
    each ends where its body ending stops growing, a bracket right after a name being its part; up to a stretch
    with no ending, a figure or a stop (the next sub-row's task)."""
    out: list[tuple[int, int]] = []
    q = a
    while q < b:
        k = _first_name_end(s[:b], q)
        if k is None or _NAME_BREAK.search(s, q, k) or s.count("(", q, k) > s.count(")", q, k):
            break  # nor a name whose bracket the line cut: 高新园(邹区镇
        if k < b and s[k] == "(" and (close := s.find(")", k, b)) > 0:
            k = close + 1  # 高新园(邹区镇): the bracket qualifies the name before it
        out.append((q, k))
        q = k
    return out


def _first_name_end(s: str, q: int) -> int | None:
    """The end of the first body name of a run of names with no separators (教育局|经开区, 人社局|高新园): where a
    body's ending stops growing (人社 -> 人社局 -> not 人社局高)."""
    from policykg.loaders.extract.units import UnitLexicon

    lex = UnitLexicon.load_default()
    for k in range(q + 2, min(len(s), q + _UNIT_SPAN) + 1):
        if lex.ends_as_unit(s[q:k]) and (k == len(s) or not lex.ends_as_unit(s[q : k + 1])):
            return k
    return None


def _units_start(s: str, pos: int) -> int | None:
    """Where the units of a run-together row whose task has no 。 start (…先进生产技术市科技局市发展改革委、…): the
    first level prefix (市, 区, 县) opening a body's name, from which the row runs to its end with no sentence
    end and no figure."""
    from policykg.loaders.extract.units import UnitLexicon

    lex = UnitLexicon.load_default()
    for q in range(pos + _TASK_MIN, len(s) - 1):
        if s[q] not in lex.local_prefixes or _FIGURE.search(s, q) or "。" in s[q:]:
            continue
        if _unit_prefix(s, q) is not None:
            return q
    return None


_UNIT_SPAN = 16  # the longest unit name looked for in a run-together row
_UNIT_GROWTH = 4  # a shorter body name may go on into a longer one (区政府办公室) within this many characters
_UNIT_STOP = re.compile(r"[\d。,;:(]")


def _unit_prefix(s: str, pos: int) -> int | None:
    """End of the unit list that starts at ``pos`` in a run-together row: the longest stretch (stopping at a
    figure or punctuation) that ends like a body, then more of them after 、."""
    from policykg.loaders.extract.units import UnitLexicon

    lex = UnitLexicon.load_default()
    end: int | None = None
    k = pos
    while k < len(s):
        stop = _UNIT_STOP.search(s, k, k + _UNIT_SPAN)
        limit = stop.start() if stop is not None else min(len(s), k + _UNIT_SPAN)
        ends = [e for e in range(k + 2, limit + 1) if lex.ends_as_unit(s[k:e])]
        if not ends:
            break
        end = max(
            e for e in ends if e - ends[0] <= _UNIT_GROWTH
        )  # 区政府 → 区政府办公室, not → 区政府根据市局
        if end >= len(s) or s[end] != "、":
            break
        k = end + 1
    return end


def cell_target(
    src: SourceDocument,
    figure: Span,
    unit: Span | str,
    task: Span,
    plan_year: int | None,
    indicator: str | None = None,
) -> TargetInfo | None:
    """The target of a figure and a unit of measure written in two cells (or the unit named in the figure's
    column header: 年度投资金额(万元)): read as if written together (so 5 under 万人 is 50000 人 and 6以上 is >= 6),
    then placed back on the figure's cell."""
    from policykg.loaders.extract.targets import find_targets
    from policykg.loaders.normalize import match_text

    number = src.text[figure.start : figure.end].strip()
    measure = unit if isinstance(unit, str) else src.text[unit.start : unit.end].strip()
    indicator = indicator if indicator is not None else src.text[task.start : task.end].strip()
    folded = src.match[figure.start : figure.end].strip()
    m = _CELL_FIGURE.match(folded)
    if m is not None and not m.group(1).strip("0.≥≤<>~ "):
        return None  # 年度目标 0: no quota is assigned, no target
    if m is None:
        parts = [indicator, number]  # 100家: the figure cell carries its own unit
    else:
        figure_text = _SIGN_WORDS.get(folded[:1], folded[:1]) + folded[1 : m.end(1)]  # ≥6 → 不低于6
        parts = [indicator, figure_text, measure, folded[m.end(1) :]]  # 6以上 | % → 6%以上
    joined = "".join(parts)
    probe = replace(src, text=joined, match=match_text(joined))
    found = find_targets(probe, Span(0, len(joined)), plan_year=plan_year)
    if len(found) != 1:
        return None
    t = found[0]
    t.span, t.clause, t.surface = figure, Span(task.start, figure.end), src.text[figure.start : figure.end]
    t.indicator = t.indicator or indicator
    return t
