"""Indicator tables of a plan (``data/indicator_tables.toml``): 指标 | 2020年 | 2025年 | 年均增长, one cell per line
closed by bars or a row per line between bars. Each row names an indicator with its unit in brackets
(粮食综合生产能力(亿斤)) or in a unit column of its own, perhaps after a row number (序号 | 指标名称 | 单位 | 2025年目标 |
属性: one year column is enough when its header names it the goal), then a level per year and a growth or attribute
cell. The latest year's cell is the row's goal (its
value read with the bracketed unit: 1600 under (亿斤) is 1600亿斤); the other figure cells (the base year's level,
the growth rate) are no goals.

Every rule runs on matching text (Simplified, ASCII punctuation)."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from policykg.errors import ExtractError

__all__ = ["IndicatorTable", "indicator_label", "indicator_tables"]

_CELL = re.compile(r"[^|\s](?:[^|\n]*[^|\s])?")
_YEAR = re.compile(r"((?:19|20)\d\d)年(?:底|末)?(?:目标值?|预期值?|目标)?")
_VALUE = re.compile(
    r"[【\[]?\s*(?P<sign>[≥≤<>])?\s*(?P<num>\d+(?:\.\d+)?)\s*(?P<pct>%)?\s*(?P<post>以上|以下|以内|左右)?\s*[】\]]?"
)
# A bound written after a goal cell's figure (95%以上, 6左右): as its sign before it would
_POST_SIGNS = {"以上": "≥", "以下": "≤", "以内": "≤", "左右": "~"}
_NO_VALUE = re.compile(r"[-—–/]{1,2}")
_REMARK = re.compile(r"\(\s*(?P<unit>[^()\d]{1,6})\s*\)\s*\Z")
_SPACES = re.compile(r"[ \t\u3000]+")


@dataclass(frozen=True)
class Goal:
    start: int  # the goal cell's figure
    end: int
    num: str  # the figure as written (1600)
    unit: str  # the row's bracketed unit (亿斤, %)
    sign: str  # ≥ ≤ < > or ""
    indicator: str  # the row's label without its unit
    year: int


@dataclass(frozen=True)
class IndicatorTable:
    goals: tuple[Goal, ...]
    skip: tuple[tuple[int, int], ...]  # the rows' other figure cells (base levels, growth rates)


@lru_cache(maxsize=1)
def _header_words() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    ref = resources.files("policykg.loaders").joinpath("data/indicator_tables.toml")
    try:
        data = tomllib.loads(ref.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ExtractError(f"{ref}: cannot read the indicator table words ({exc})") from exc
    header = data.get("header", {})
    return (
        frozenset(header.get("first", ())),
        frozenset(header.get("other", ())),
        frozenset(header.get("unit", ())),
        frozenset(header.get("attr", ())),
    )


def indicator_label(cell: str) -> bool:
    """Whether a header cell names an indicator table's label column (指标 / 指标名称 / 主要指标)."""
    return cell in _header_words()[0]


def _cells(match: str) -> list[tuple[int, int, str] | None]:
    """The barred cells of a text in order (start, end, text without blanks); ``None`` for a line without bars."""
    out: list[tuple[int, int, str] | None] = []
    pos = 0
    for line in match.split("\n"):
        if "|" in line:
            for m in _CELL.finditer(line):
                text = _SPACES.sub("", m.group())
                if text:
                    out.append((pos + m.start(), pos + m.end(), text))
        elif line.strip():
            out.append(None)
        pos += len(line) + 1
    return out


# A column of a header: a year's level (its year), a rate or other figure (OTHER), the row's unit (UNIT) or the
# indicator's kind (ATTR: 预期性 / 约束性, text)
_OTHER, _UNIT, _ATTR = "other", "unit", "attr"
_ROW_NUMBER = re.compile(r"\d{1,3}")
_UNIT_CELL = re.compile(r"[^\d|]{1,8}")
_GOAL_YEAR = re.compile(r"(?:19|20)\d\d年(?:底|末)?(?:目标值?|预期值?)")


def _column(text: str) -> int | str | None:
    _, other, units, attrs = _header_words()
    y = _YEAR.fullmatch(text)
    if y is not None:
        return int(y.group(1))
    if text in units:
        return _UNIT
    if text in attrs:
        return _ATTR
    return _OTHER if text in other else None


def _header(cells: list[tuple[int, int, str] | None], k: int) -> tuple[bool, list[int | str]] | None:
    """The header starting at cell ``k``: whether a number column (序号) leads it, and per column after the label
    its year or kind; ``None`` when no header starts there."""
    first, _, _, _ = _header_words()
    cell = cells[k]
    numbered = cell is not None and cell[2] in ("序号", "编号") and k + 1 < len(cells)
    label = cells[k + 1] if numbered else cell
    if label is None or label[2] not in first:
        return None
    cols: list[int | str] = []
    for c in cells[k + 2 if numbered else k + 1 :]:
        kind = None if c is None else _column(c[2])
        if kind is None:
            break
        cols.append(kind)
    years = [y for y in cols if isinstance(y, int)]
    if len(set(years)) != len(years) or not years:
        return None
    # one year alone is a goal column only when its header says so (2025年目标)
    one_goal = len(years) == 1 and any(
        c is not None and _GOAL_YEAR.fullmatch(c[2]) for c in cells[k : k + len(cols) + 2]
    )
    return (numbered, cols) if len(years) >= 2 or one_goal else None


def _row_ok(row: list[tuple[int, int, str] | None], numbered: bool, cols: list[int | str]) -> bool:
    if any(c is None for c in row):
        return False
    cells = [c[2] for c in row if c is not None]
    if numbered and not _ROW_NUMBER.fullmatch(cells[0]):
        return False
    for kind, cell in zip(cols, cells[1 + numbered :], strict=True):
        if kind == _UNIT and not _UNIT_CELL.fullmatch(cell):
            return False
        if kind not in (_UNIT, _ATTR) and not (_VALUE.fullmatch(cell) or _NO_VALUE.fullmatch(cell)):
            return False
    return True


def _rows(
    cells: list[tuple[int, int, str] | None], k: int, numbered: bool, cols: list[int | str]
) -> IndicatorTable:
    """The goal and other figure cells of the rows after a header at ``k`` with columns ``cols``."""
    lead = 1 + numbered  # the number and label cells before the columns
    width = len(cols) + lead
    goal_year = max(y for y in cols if isinstance(y, int))
    unit_col = cols.index(_UNIT) if _UNIT in cols else None
    goals: list[Goal] = []
    skip: list[tuple[int, int]] = []
    i = k + width
    while i + width <= len(cells) and _row_ok(row := cells[i : i + width], numbered, cols):
        label = row[lead - 1]
        assert label is not None
        remark = _REMARK.search(label[2])
        unit_cell = row[lead + unit_col] if unit_col is not None else None
        unit = unit_cell[2] if unit_cell is not None else (remark.group("unit") if remark else None)
        for kind, c in zip(cols, row[lead:], strict=True):
            v = None if c is None or kind in (_UNIT, _ATTR) else _VALUE.fullmatch(c[2])
            if c is None or v is None:
                continue
            if kind == goal_year and unit is not None and not c[2].startswith(("【", "[")):
                name = label[2][: remark.start()] if remark else label[2]
                sign = v.group("sign") or _POST_SIGNS.get(v.group("post") or "", "")
                goals.append(
                    Goal(c[0], c[1], v.group("num"), "%" if v.group("pct") else unit, sign, name, goal_year)
                )
            skip.append((c[0], c[1]))
        i += width
    return IndicatorTable(tuple(goals), tuple(skip))


@lru_cache(maxsize=4)
def indicator_tables(match: str) -> IndicatorTable:
    """Every indicator table of a document's matching text (searched once per document)."""
    if "|" not in match:
        return IndicatorTable((), ())
    cells = _cells(match)
    goals: list[Goal] = []
    skip: list[tuple[int, int]] = []
    for k in range(len(cells)):
        header = _header(cells, k)
        if header is not None:
            table = _rows(cells, k, *header)
            goals.extend(table.goals)
            skip.extend(table.skip)
    return IndicatorTable(tuple(goals), tuple(skip))
