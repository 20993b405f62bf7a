"""Performance-goal tables (``data/goal_tables.toml``): 策略绩效目标 | 衡量指标 | … | 年度目标值 written one cell per line
between bar lines, rows numbered in Chinese numerals. A strategic goal's row opens with its numeral and name, then its
first indicator's numeral and name; the goal's later rows open with the indicator's. The goal's numeral is marked a
top heading and each indicator's a heading under it, so the structure parser reads the indicators as the page's
measures under their goals (the weights, assessment columns and target cells are their text).

Every rule runs on matching text (Simplified, ASCII punctuation)."""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from policykg.errors import ExtractError
from policykg.loaders.extract.numerals import cn_number

if TYPE_CHECKING:
    from policykg.loaders.extract.structure import Line

__all__ = ["mark_goal_table"]

_BARS = re.compile(r"[|\s]+")
_CN_CELL = re.compile(r"([一二三四五六七八九十]{1,3})\s*\|?")
_TABLE_END = frozenset({"attachment", "attachment_list", "signature", "date", "title", "meta"})


@lru_cache(maxsize=1)
def _header_words() -> tuple[frozenset[str], frozenset[str]]:
    ref = resources.files("policykg.loaders").joinpath("data/goal_tables.toml")
    try:
        entry = tomllib.loads(ref.read_text(encoding="utf-8"))["header"]
        goals, indicators = frozenset(entry["goals"]), frozenset(entry["indicators"])
    except (OSError, KeyError, tomllib.TOMLDecodeError) as exc:
        raise ExtractError(f"policykg.loaders/data/goal_tables.toml: cannot read ({exc})") from exc
    if not entry.get("source"):
        raise ExtractError("policykg.loaders/data/goal_tables.toml: [header] needs a `source`")
    return goals, indicators


def _cell(line: Line) -> str:
    return line.stripped.strip("| \t\u3000")


@lru_cache(maxsize=1)
def _any_indicator() -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, sorted(_header_words()[1], key=len, reverse=True))))


def _header_end(lines: list[Line]) -> int | None:
    """The line after a goal table's header: both a goal and an indicator column named on one-cell lines of a
    run of table lines, the rows opening at the first numeral cell after them."""
    goals, indicators = _header_words()
    named: set[str] = set()
    for k, ln in enumerate(lines):
        if ln.kind != "content":
            named.clear()
            continue
        text = _cell(ln)
        if text in goals:
            named.add("goal")
        elif text in indicators:
            named.add("indicator")
        elif named == {"goal", "indicator"} and _CN_CELL.fullmatch(ln.stripped):
            return k
    return None


def _cells(lines: list[Line], start: int) -> list[int]:
    """The first line of each cell with text from line ``start`` on (a cell ends on a bar or a line of bars), up to
    the first line that is no table text."""
    firsts: list[int] = []
    open_cell = False
    for k in range(start, len(lines)):
        ln = lines[k]
        if ln.kind in _TABLE_END:
            break
        if ln.kind == "heading" and ln.damage == "lost_dot":
            # 6场 / 8处: a target cell's figure and its measure word, no item that lost its dot
            ln.kind, ln.level, ln.number, ln.value, ln.damage = "content", None, "", None, ""
        if not _BARS.sub("", ln.stripped):
            open_cell = False
            continue
        if not open_cell:
            firsts.append(k)
        open_cell = not ln.stripped.endswith("|")
    return firsts


def _mark(line: Line, level: int) -> None:
    m = _CN_CELL.match(line.stripped)
    if m is None:
        return
    value = cn_number(m.group(1))
    line.kind, line.level, line.value = "heading", level, value
    line.number = m.group(1) if level == 1 else f"({m.group(1)})"
    line.body = line.lstart + m.end()


def mark_goal_table(lines: list[Line], text: str) -> None:
    """Mark the numerals of a goal table's rows as headings: a goal's (a numeral and a name before another numeral)
    at the top, each indicator's under it."""
    if _any_indicator().search(text) is None:
        return  # the common case, decided at once: no indicator column named anywhere
    start = _header_end(lines)
    if start is None:
        return
    firsts = _cells(lines, start)
    numeral = [_CN_CELL.fullmatch(lines[k].stripped) is not None for k in firsts]
    k = 0
    while k + 1 < len(firsts):
        if not numeral[k] or numeral[k + 1]:
            k += 1
            continue
        goal = k + 2 < len(firsts) and numeral[k + 2]
        _mark(lines[firsts[k]], 1 if goal else 2)
        k += 2
