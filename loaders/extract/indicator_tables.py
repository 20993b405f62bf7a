"""Indicator tables of a plan (``data/indicator_tables.toml``): 指标 | 2020年 | 2025年 | 年均增长, one cell per line
closed by bars or a row per line between bars. Each row names an indicator with its unit in brackets
(粮食综合生产能力(亿斤)), then a level per year and a growth cell. The latest year's cell is the row's goal (its
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

__all__ = ["IndicatorTable", "indicator_tables"]

_CELL = re.compile(r"[^|\s](?:[^|\n]*[^|\s])?")
_YEAR = re.compile(r"((?:19|20)\d\d)年(?:底|末)?(?:目标值?|预期值?|目标)?")
_VALUE = re.compile(r"[【\[]?\s*(?P<sign>[≥≤<>])?\s*(?P<num>\d+(?:\.\d+)?)\s*(?P<pct>%)?\s*[】\]]?")
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
def _header_words() -> tuple[frozenset[str], frozenset[str]]:
    ref = resources.files("policykg.loaders").joinpath("data/indicator_tables.toml")
    try:
        data = tomllib.loads(ref.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ExtractError(f"{ref}: cannot read the indicator table words ({exc})") from exc
    header = data.get("header", {})
    return frozenset(header.get("first", ())), frozenset(header.get("other", ()))


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


def _header(cells: list[tuple[int, int, str] | None], k: int) -> list[int | None] | None:
    """The header starting at cell ``k``: per column its year (``None`` for another column), or ``None``."""
    first, other = _header_words()
    cell = cells[k]
    if cell is None or cell[2] not in first:
        return None
    cols: list[int | None] = []
    for c in cells[k + 1 :]:
        if c is None:
            break
        y = _YEAR.fullmatch(c[2])
        if y is not None:
            cols.append(int(y.group(1)))
        elif c[2] in other:
            cols.append(None)
        else:
            break
    years = [y for y in cols if y is not None]
    return cols if len(years) >= 2 and len(set(years)) == len(years) else None


def _rows(cells: list[tuple[int, int, str] | None], k: int, cols: list[int | None]) -> IndicatorTable:
    """The goal and other figure cells of the rows after a header at ``k`` with columns ``cols``."""
    width = len(cols) + 1
    goal_col = 1 + cols.index(max(y for y in cols if y is not None))
    goals: list[Goal] = []
    skip: list[tuple[int, int]] = []
    i = k + width
    while i + width <= len(cells):
        row = cells[i : i + width]
        if any(c is None for c in row) or any(
            not (_VALUE.fullmatch(c[2]) or _NO_VALUE.fullmatch(c[2])) for c in row[1:] if c is not None
        ):
            break
        label = row[0]
        assert label is not None
        remark = _REMARK.search(label[2])
        for j, c in enumerate(row[1:], start=1):
            assert c is not None
            v = _VALUE.fullmatch(c[2])
            if v is None:
                continue
            if j == goal_col and remark is not None and not c[2].startswith(("【", "[")):
                unit = "%" if v.group("pct") else remark.group("unit")
                name = label[2][: remark.start()]
                goals.append(
                    Goal(c[0], c[1], v.group("num"), unit, v.group("sign") or "", name, cols[j - 1] or 0)
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
        cols = _header(cells, k)
        if cols is not None:
            table = _rows(cells, k, cols)
            goals.extend(table.goals)
            skip.extend(table.skip)
    return IndicatorTable(tuple(goals), tuple(skip))
