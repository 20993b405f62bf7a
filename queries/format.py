"""Render a ``QueryResult`` as a rich table (CJK-aware column widths), JSON, CSV or Markdown.

Cells: lists are joined with "; ", a target map reads "新增高技能人才 >= 20000人 (2025)", an evidence item
"《title》 第1条: “quote”". JSON keeps the structured values as they are.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from collections.abc import Mapping
from typing import Any

from policykg.errors import RenderError
from policykg.queries.library import QueryResult

FORMATS = ("table", "json", "csv", "markdown")


def target_text(t: Mapping[str, Any]) -> str:
    """One target as a planner reads it."""
    head = " ".join(str(x) for x in (t.get("indicator"), t.get("comparator")) if x)
    value = f"{t.get('value')}{t.get('unitOfMeasure') or ''}" if t.get("value") is not None else ""
    when = t.get("deadline") or t.get("year")
    return " ".join(x for x in (head, value) if x) + (f" ({when})" if when else "")


def evidence_text(e: Mapping[str, Any]) -> str:
    doc = f"《{e['document']}》" if e.get("document") else ""
    clause = f" {e['clause']}" if e.get("clause") else ""
    quote = f": “{e['quote']}”" if e.get("quote") else ""
    return f"{doc}{clause}{quote}".strip()


def cell(value: Any) -> str:
    """A value as the text of one table/CSV/Markdown cell."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, Mapping):
        if "comparator" in value or "indicator" in value:
            return target_text(value)
        if "quote" in value:
            return evidence_text(value)
        return ", ".join(f"{k}={cell(v)}" for k, v in value.items())
    if isinstance(value, list | tuple):
        return "; ".join(cell(v) for v in value)
    return str(value)


def to_json(result: QueryResult) -> str:
    return json.dumps(result.records(), ensure_ascii=False, indent=2)


def to_csv(result: QueryResult) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
    writer.writerow(result.columns)
    for row in result.records():
        writer.writerow([cell(row[c]) for c in result.columns])
    return buf.getvalue()


def _md(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", "<br>")


def to_markdown(result: QueryResult) -> str:
    lines = [
        "| " + " | ".join(_md(c) for c in result.columns) + " |",
        "| " + " | ".join("---" for _ in result.columns) + " |",
    ]
    for row in result.records():
        lines.append("| " + " | ".join(_md(cell(row[c])) for c in result.columns) + " |")
    return "\n".join(lines) + "\n"


# A column narrower than this (in terminal cells) folds its text every few characters: below it a table is
# shown as a list of records instead.
READABLE_CELLS = 24


def _natural_widths(result: QueryResult) -> list[int]:
    """Each column's widest cell (header included), in terminal cells (a CJK character is two)."""
    from rich.cells import cell_len

    rows = [[cell(r[c]) for c in result.columns] for r in result.records()]
    return [
        max([cell_len(c), *(max((cell_len(x) for x in row[i].splitlines()), default=0) for row in rows)])
        for i, c in enumerate(result.columns)
    ]


def fits(result: QueryResult, width: int) -> bool:
    """Whether ``result`` reads as a table ``width`` cells wide: every column at least its header and
    ``READABLE_CELLS`` wide (or its widest cell, when that is narrower)."""
    from rich.cells import cell_len

    need = [
        min(natural, max(cell_len(c), READABLE_CELLS))
        for c, natural in zip(result.columns, _natural_widths(result), strict=True)
    ]
    return sum(need) + 3 * len(need) + 1 <= width


def to_table(result: QueryResult, width: int | None = None) -> Any:
    """A rich ``Table``; rich measures East Asian wide characters as two cells, so columns line up. A column
    never gets narrower than its header (no "leadMeasu / res") nor than ``READABLE_CELLS`` when its text is
    wider; numbers are right-aligned."""
    from rich.cells import cell_len
    from rich.table import Table
    from rich.text import Text

    table = Table(title=_title(result), show_lines=False, expand=False, width=width)
    records = result.records()
    for c, natural in zip(result.columns, _natural_widths(result), strict=True):
        numeric = _numeric(result, c)
        table.add_column(
            c,
            overflow="fold",
            min_width=min(natural, max(cell_len(c), READABLE_CELLS)),
            justify="right" if numeric else "left",
        )
    for row in records:
        # Text, not markup: document text may hold [brackets] rich would read as style tags
        table.add_row(*(Text(cell(row[c])) for c in result.columns))
    return table


def _indented(lines: list[Any]) -> list[Any]:
    """Lines under a record's heading, three cells in (each on its own: no trailing blanks to the widest)."""
    from rich.padding import Padding

    return [Padding(line, (0, 0, 0, 3), expand=False) for line in lines]


def _numeric(result: QueryResult, column: str) -> bool:
    values = [r[column] for r in result.records() if r[column] is not None]
    return bool(values) and all(isinstance(v, int | float) and not isinstance(v, bool) for v in values)


def _title(result: QueryResult) -> str:
    return result.query if not result.resolved else f"{result.query}: " + "; ".join(result.resolved.values())


# A field at most this wide in every row goes on the record's one line of short facts.
SHORT_FACT_CELLS = 16


def _long_columns(result: QueryResult, columns: list[str]) -> set[str]:
    """The columns shown on a line of their own in a record (decided per column, so every record of a list
    has the same shape)."""
    from rich.cells import cell_len

    rows = result.records()
    return {
        c for c in columns if any(cell_len(cell(r[c])) > SHORT_FACT_CELLS or "\n" in cell(r[c]) for r in rows)
    }


def _fact_lines(row: Mapping[str, Any], keys: list[str], long: set[str]) -> list[Any]:
    """A record's fields under its heading: the short ones on one line ("measures 3 · targets 0"), each
    long one on its own line; empty fields left out."""
    from rich.text import Text

    short, own_lines = [], []
    for key in keys:
        text = cell(row.get(key))
        if not text:
            continue
        if key in long:
            own_lines.append((key, text))
        else:
            short.append(f"{key} {text}")
    return ([Text(" · ".join(short))] if short else []) + ([_labelled(own_lines)] if own_lines else [])


def _labelled(pairs: list[tuple[str, str]]) -> Any:
    """ "label: text" lines with a hanging indent: a long text (a quote, a list of units) wraps under itself,
    and a run of Chinese text starts beside its label instead of on the next line."""
    from rich.table import Table
    from rich.text import Text

    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True, style="dim")
    grid.add_column(overflow="fold")
    for label, text in pairs:
        grid.add_row(f"{label}:", Text(text))
    return grid


def _heading_column(result: QueryResult, columns: list[str]) -> str:
    """The column that names a record: the first whose values tell every row apart (a text before a short
    number), else the first."""
    from rich.cells import cell_len

    rows = result.records()
    distinct = [c for c in columns if len({cell(r[c]) for r in rows}) == len(rows)]

    # a name, not a number: "1. 实施就业服务保障计划" rather than "1. 1"
    def named(cs: list[str]) -> list[str]:
        return [c for c in cs if max(cell_len(cell(r[c])) for r in rows) > 4]

    return (named(distinct) or distinct or named(columns) or columns)[0]


def record_view(result: QueryResult) -> Any:
    """A table too wide for the terminal as a list: the columns every row shares once under the title, then
    one block per row (the column naming it as the heading, its other fields below), the way the Markdown
    output reads, instead of columns folded every few characters."""
    from rich.console import Group
    from rich.text import Text

    rows = result.records()
    columns = list(result.columns)
    # a name every row shares (the system of a gap list) is said once; a count stays with each row
    shared = [
        c
        for c in columns
        if len(rows) > 1 and len({cell(r[c]) for r in rows}) == 1 and not _numeric(result, c)
    ]
    rest = [c for c in columns if c not in shared] or columns
    head = _heading_column(result, rest)
    long = _long_columns(result, columns)
    parts: list[Any] = [Text(_title(result), style="bold"), *_fact_lines(rows[0], shared, long), Text("")]
    for i, row in enumerate(rows, 1):
        parts.append(Text(f"{i}. {cell(row[head])}", style="bold"))
        facts = _fact_lines(row, [c for c in rest if c != head], long)
        parts += [*_indented(facts), Text("")]
    return Group(*parts)


TARGET_HEAD = ("indicator", "comparator", "value", "unitOfMeasure", "year", "deadline", "document", "clause")
TARGET_LABELS = {"leadUnits": "lead 牵头", "units": "units 责任单位", "sourceText": "text 原文"}


def targets_view(result: QueryResult) -> Any:
    """Targets as a planner reads them: one block each, the target itself as the heading ("新增高技能人才 >=
    20000人 (2025)"), where it stands (《document》 clause), then its units and the source text, instead of a
    10-column table folded every few characters."""
    from rich.console import Group
    from rich.text import Text

    parts: list[Any] = [Text(_title(result), style="bold"), Text("")]
    for i, row in enumerate(result.records(), 1):
        parts.append(Text(f"{i}. {target_text(row)}", style="bold"))
        where = " ".join(
            x for x in (f"《{row['document']}》" if row.get("document") else "", cell(row.get("clause"))) if x
        )
        lines: list[Any] = [Text(where)] if where else []
        facts = [
            (TARGET_LABELS.get(key, key), cell(row[key]))
            for key in result.columns
            if key not in TARGET_HEAD and row.get(key) not in (None, "", [], ())
        ]
        if facts:
            lines.append(_labelled(facts))
        parts += [*_indented(lines), Text("")]
    return Group(*parts)


class _Adaptive:
    """A result as a table when it fits the terminal, as a list of records when it does not (decided when
    rich knows the width)."""

    def __init__(self, result: QueryResult) -> None:
        self.result = result

    def __rich_console__(self, console: Any, options: Any) -> Any:
        if fits(self.result, options.max_width):
            yield to_table(self.result)
        else:
            yield record_view(self.result)


UNIT_HEAD = ("unit", "totalMeasures", "totalLead", "parents", "children", "region")
UNIT_ITEM = ("document", "section", "number", "measure", "lead")
UNIT_FACTS = {"targets": "targets 目标", "industries": "industries 产业", "systems": "systems 产业体系"}


def unit_profile_view(result: QueryResult) -> Any:
    """A unit's profile as a planner reads it: the unit and its totals once, then its measures as a list (one
    block each: where it is, the task, its targets, industries and partners), instead of a 14-column table
    whose task column wraps every 8 characters."""
    from rich.console import Group
    from rich.text import Text

    rows = result.records()
    head = rows[0]
    title = Text(cell(head.get("unit")), style="bold")
    if head.get("parents"):
        title.append(f"  (part of {cell(head['parents'])})")
    if head.get("region"):  # which 税务局 this is, when several regions have one
        title.append(f"  · {cell(head['region'])}")
    totals = f"measures {cell(head.get('totalMeasures'))} · as lead {cell(head.get('totalLead'))}"
    if head.get("children"):
        totals += f" · divisions: {cell(head['children'])}"
    parts: list[Any] = [title, Text(totals), Text("")]
    measures = [row for row in rows if row.get("measure") is not None or row.get("number") is not None]
    if not measures:  # a bureau named only as its divisions' parent, or as an issuer
        parts.append(Text("no measure names this unit" + (" itself" if head.get("children") else "")))
    for i, row in enumerate(measures, 1):
        where = " ".join(
            x
            for x in (
                f"《{row['document']}》" if row.get("document") else "",
                cell(row.get("section")),
                cell(row.get("number")),
            )
            if x
        )
        line = Text(f"{i}. {where}", style="bold")
        if row.get("lead"):
            line.append("  [lead 牵头]")
        parts.append(line)
        facts = [Text(cell(row.get("measure")))]
        for key, value in row.items():
            if key in UNIT_HEAD or key in UNIT_ITEM or not value:
                continue
            label = "with 共同负责" if key == "coResponsible" else UNIT_FACTS.get(key, key)
            facts.append(Text(f"{label}: {cell(value)}", style="dim"))
        parts += [*_indented(facts), Text("")]
    return Group(*parts)


def _on_screen(result: QueryResult) -> QueryResult:
    """The result narrowed to its query's ``screen`` columns (and evidence), for a table on a terminal."""
    if not result.screen:
        return result
    keep = [c for c in result.columns if c in result.screen or c == "evidence"]
    return dataclasses.replace(result, columns=keep) if keep else result


def _renderable(result: QueryResult) -> Any:
    result = _on_screen(result)
    if result.query == "unit-profile" and "measure" in result.columns:
        return unit_profile_view(result)
    if result.query == "targets" and "indicator" in result.columns:
        return targets_view(result)
    return _Adaptive(result)


def render(result: QueryResult, fmt: str = "table", width: int = 160) -> str:
    """The result as text in ``fmt`` (table output is rendered at ``width`` terminal cells)."""
    if fmt == "json":
        return to_json(result)
    if fmt == "csv":
        return to_csv(result)
    if fmt == "markdown":
        return to_markdown(result)
    if fmt == "table":
        from rich.console import Console

        console = Console(file=io.StringIO(), width=width, color_system=None, legacy_windows=False)
        console.print(_renderable(result))
        out = console.file.getvalue()  # type: ignore[attr-defined]
        return str(out)
    raise RenderError(f"unknown format {fmt!r}: use {', '.join(FORMATS)}")


def more_note(result: QueryResult, options: bool = False) -> str | None:
    """What to type for the rest of a paged listing, or of a unit profile showing only its first measures.

    ``options``: the command has its own ``--after``/``--limit`` options (``policykg targets``), not ``--param``.
    """
    if result.next_after:
        after, limit = ("--after ", "--limit N") if options else ("--param after=", "--param limit=N")
        return (
            f"{len(result.rows)} rows shown, more follow: next page with {after}{result.next_after} "
            f"(larger pages: {limit}; every row: --all)"
        )
    if result.query == "unit-profile" and result.rows and not result.params.get("all"):
        total = result.rows[0].get("totalMeasures") or 0
        shown = sum(1 for r in result.rows if r.get("_evidence"))
        if total > shown:
            return f"the first {shown} of {total} measures shown; every one: --all"
    return None


def print_result(result: QueryResult, fmt: str, console: Any) -> None:
    """Show ``result`` on a rich console the caller owns: a table, or the machine formats verbatim (no wrapping)."""
    if fmt == "table":
        if not result.rows:
            console.print(f"{result.query}: no rows", markup=False, highlight=False)
            return
        console.print(_renderable(result))
        return
    console.print(
        render(result, fmt).rstrip("\n"), markup=False, highlight=False, emoji=False, soft_wrap=True
    )
