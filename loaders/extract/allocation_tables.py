"""Task allocation tables (``data/targets.toml`` [allocation_tables]): a quota shared out over places, a row per
place and a column per task whose header brackets its unit (县区 | 目标任务(户) | 新增就业(人)), one row a line between
bars. Each bare figure under such a column is the place's quota in that unit (1200 under 目标任务(户) is 1200 户);
a column reporting what was done (完成情况(户)) holds no quota.

Every rule runs on matching text (Simplified, ASCII punctuation)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from policykg.loaders.extract.wordfiles import word_alternation

__all__ = ["Quota", "allocation_quotas"]

_CELL = re.compile(r"[^|\s](?:[^|\n]*[^|\s])?")
_SPACES = re.compile(r"[ \t\u3000]+")
# a header cell naming a task with its unit in brackets (新增就业(人), 目标任务(户), 投资额(万元))
_UNIT_HEADER = re.compile(r"(?P<name>[^()\d]{1,20}?)\((?P<unit>[^()\d]{1,5})\)")
_FIGURE = re.compile(r"\d+(?:\.\d+)?")
_RULE = re.compile(r"[\s|:\-—]*")  # a Markdown rule under the header (|---|---|)


@dataclass(frozen=True)
class Quota:
    start: int  # the figure's cell
    end: int
    num: str  # the figure as written (1200)
    unit: str  # the column's bracketed unit (户, 万元)
    indicator: str  # the column's task without its unit (目标任务)


@lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    alt = word_alternation("targets.toml", "allocation table words")
    places = re.compile(rf"(?:序号|编号)?(?:{alt('allocation_tables', 'places')})")
    reports = re.compile(alt("allocation_tables", "reports"))
    return places, reports


def _line_cells(line: str, pos: int) -> list[tuple[int, int, str]]:
    return [(pos + m.start(), pos + m.end(), _SPACES.sub("", m.group())) for m in _CELL.finditer(line)]


def _header(cells: list[tuple[int, int, str]]) -> dict[int, tuple[str, str]] | None:
    """The task columns of a header row (index -> task, unit), or ``None`` when the row names no places first."""
    places, reports = _words()
    lead = 1 if cells and cells[0][2] in ("序号", "编号") else 0
    if len(cells) < lead + 2 or not places.fullmatch(cells[lead][2]):
        return None
    cols: dict[int, tuple[str, str]] = {}
    for k, (_, _, text) in enumerate(cells[lead + 1 :], start=lead + 1):
        m = _UNIT_HEADER.fullmatch(text)
        if m is not None and not reports.search(m.group("name")):
            cols[k] = (m.group("name"), m.group("unit"))
    return cols or None


@lru_cache(maxsize=4)
def allocation_quotas(match: str) -> tuple[Quota, ...]:
    """Every place's quota in the allocation tables of a document's matching text (searched once per document)."""
    if "|" not in match:
        return ()
    out: list[Quota] = []
    cols: dict[int, tuple[str, str]] | None = None
    width = 0
    pos = 0
    for line in match.split("\n"):
        cells = _line_cells(line, pos) if "|" in line else []
        pos += len(line) + 1
        if cols is not None and cells and len(cells) == width:
            out.extend(
                Quota(s, e, text, *reversed(cols[k]))
                for k, (s, e, text) in enumerate(cells)
                if k in cols and _FIGURE.fullmatch(text)
            )
            continue
        if cols is not None and "|" in line and _RULE.fullmatch(line):
            continue
        cols = _header(cells) if cells else None
        width = len(cells)
    return tuple(out)
