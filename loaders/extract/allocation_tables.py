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

__all__ = ["Quota", "QuotaRow", "allocation_quotas", "allocation_rows", "hands_quotas_down", "is_total"]

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


@dataclass(frozen=True)
class QuotaRow:
    start: int  # the row's line
    end: int
    name_start: int  # its first cell: the place or body the row's quotas are
    name_end: int
    quotas: tuple[Quota, ...]


@dataclass(frozen=True)
class _Words:
    places: re.Pattern[str]
    reports: re.Pattern[str]
    quota_end: re.Pattern[str]
    handing: re.Pattern[str]
    reporting: re.Pattern[str]
    totals: re.Pattern[str]


@lru_cache(maxsize=1)
def _words() -> _Words:
    alt = word_alternation("targets.toml", "allocation table words")
    heads = f"{alt('allocation_tables', 'places')}|{alt('allocation_tables', 'bodies')}"
    return _Words(
        places=re.compile(rf"(?:序号|编号)?(?:{heads})"),
        reports=re.compile(alt("allocation_tables", "reports")),
        quota_end=re.compile(rf"(?:{alt('allocation_tables', 'quota_ends')})$"),
        handing=re.compile(alt("allocation_tables", "handing")),
        reporting=re.compile(alt("allocation_tables", "reporting")),
        totals=re.compile(rf"(?:{alt('allocation_tables', 'totals')})$"),
    )


def hands_quotas_down(match: str) -> bool:
    """Whether a page hands quotas down (下达…目标任务 / 任务分解表) and reports no figures (通报, 公示, 决算, 统计):
    where an allocation table's rows are the bodies' tasks."""
    words = _words()
    return words.handing.search(match) is not None and words.reporting.search(match) is None


def is_total(name: str) -> bool:
    """Whether an allocation row's first cell names its table's total (全市, 合计), no body."""
    return _words().totals.fullmatch(name) is not None


# 金额单位:万美元 / 单位:万元 / …分解表(单位:万美元): the unit a table states above its header for every figure in it,
# on a line of its own or closing the table's title
_TABLE_UNIT = re.compile(r"(?:^|[\s(])[\u4e00-\u9fff]{0,4}单位\s*:\s*(?P<unit>[^\s:|()]{1,6})\)?\s*$")
_SPACED_CELL = re.compile(r"\S+")
_STATED_UNIT = re.compile(r"单位\s*:")


def _line_cells(line: str, pos: int) -> list[tuple[int, int, str]]:
    return [(pos + m.start(), pos + m.end(), _SPACES.sub("", m.group())) for m in _CELL.finditer(line)]


def _spaced_cells(line: str, pos: int) -> list[tuple[int, int, str]]:
    return [(pos + m.start(), pos + m.end(), m.group()) for m in _SPACED_CELL.finditer(line)]


def _header(cells: list[tuple[int, int, str]], stated: str | None) -> dict[int, tuple[str, str]] | None:
    """The task columns of a header row (index -> task, unit), or ``None`` when the row names no places or bodies
    first; a column with no bracketed unit counts when it closes as a quota (外贸出口目标) and the table stated
    its unit above (``stated``: 金额单位:万美元)."""
    words = _words()
    lead = 1 if cells and cells[0][2] in ("序号", "编号") else 0
    if len(cells) < lead + 2 or not words.places.fullmatch(cells[lead][2]):
        return None
    cols: dict[int, tuple[str, str]] = {}
    for k, (_, _, text) in enumerate(cells[lead + 1 :], start=lead + 1):
        m = _UNIT_HEADER.fullmatch(text)
        if m is not None and not words.reports.search(m.group("name")):
            cols[k] = (m.group("name"), m.group("unit"))
        elif stated and words.quota_end.search(text) and not words.reports.search(text):
            cols[k] = (text, stated)
    return cols or None


@lru_cache(maxsize=4)
def allocation_quotas(match: str) -> tuple[Quota, ...]:
    """Every place's quota in the allocation tables of a document's matching text (searched once per document)."""
    return tuple(q for row in allocation_rows(match) for q in row.quotas)


@lru_cache(maxsize=4)
def allocation_rows(match: str) -> tuple[QuotaRow, ...]:
    """The rows of the allocation tables of a document's matching text: between bars (县区 | 目标任务(户) ⏎ 甲县 |
    1200), or a run of spaces apart under a header naming its columns' quotas (责任单位 外贸出口目标 实到外资目标 ⏎
    万州区 1900 300), each row's first cell and its quotas."""
    if "|" not in match and _STATED_UNIT.search(match) is None:
        return ()  # no bar and no unit stated (单位:万元): no table this reader reads
    out: list[QuotaRow] = []
    cols: dict[int, tuple[str, str]] | None = None
    width, pos, barred, stated, lead = 0, 0, False, None, 0
    for line in match.split("\n"):
        at, pos = pos, pos + len(line) + 1
        unit = _TABLE_UNIT.search(line)
        if unit is not None:
            cols, stated = None, unit.group("unit")
            continue
        if cols is None and stated is None and "|" not in line:
            continue  # no table open, none a bar or a stated unit could open: no cells to read
        cells = _line_cells(line, at) if "|" in line else _spaced_cells(line, at)
        row = _row(cells, cols, width, barred, lead)
        if row is not None:
            out.append(QuotaRow(at, at + len(line), cells[lead][0], cells[lead][1], row))
            continue
        if cols is not None and barred and "|" in line and _RULE.fullmatch(line):
            continue
        barred = "|" in line
        cols = _header(cells, stated) if cells and (barred or stated) else None
        width = len(cells)
        lead = 1 if cells and cells[0][2] in ("序号", "编号") else 0
    return tuple(out)


def _row(
    cells: list[tuple[int, int, str]],
    cols: dict[int, tuple[str, str]] | None,
    width: int,
    barred: bool,
    lead: int,
) -> tuple[Quota, ...] | None:
    """A row's quotas under the header's columns, or None when the line is no row of the table: a barred row as
    wide as the header, a spaced one with every cell but its place's (``lead``: after a 序号 column) a figure."""
    if cols is None or len(cells) != width:
        return None
    if not barred and (
        "|" in "".join(c[2] for c in cells)
        or not all(_FIGURE.fullmatch(c[2]) for k, c in enumerate(cells) if k != lead)
    ):
        return None
    return tuple(
        Quota(s, e, text, *reversed(cols[k]))
        for k, (s, e, text) in enumerate(cells)
        if k in cols and _FIGURE.fullmatch(text)
    )
