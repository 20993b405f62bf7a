"""Render a ``QueryResult`` as a rich table (CJK-aware column widths), JSON, CSV or Markdown.

Cells: lists are joined with "; ", a target map reads "新增高技能人才 >= 20000人 (2025)", an evidence item
"《title》 第1条: “quote”". JSON keeps the structured values as they are.
"""

from __future__ import annotations

import csv
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


def to_table(result: QueryResult, width: int | None = None) -> Any:
    """A rich ``Table``; rich measures East Asian wide characters as two cells, so columns line up."""
    from rich.table import Table
    from rich.text import Text

    title = result.query if not result.resolved else f"{result.query}: " + "; ".join(result.resolved.values())
    table = Table(title=title, show_lines=False, expand=False, width=width)
    for c in result.columns:
        table.add_column(c, overflow="fold")
    for row in result.records():
        # Text, not markup: document text may hold [brackets] rich would read as style tags
        table.add_row(*(Text(cell(row[c])) for c in result.columns))
    return table


UNIT_HEAD = ("unit", "totalMeasures", "totalLead", "parents", "children", "region")
UNIT_ITEM = ("document", "section", "number", "measure", "lead")
UNIT_FACTS = {"targets": "targets 目标", "industries": "industries 产业", "systems": "systems 产业体系"}


def unit_profile_view(result: QueryResult) -> Any:
    """A unit's profile as a planner reads it: the unit and its totals once, then its measures as a list (one
    block each: where it is, the task, its targets, industries and partners), instead of a 14-column table
    whose task column wraps every 8 characters."""
    from rich.console import Group
    from rich.padding import Padding
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
    for i, row in enumerate(rows, 1):
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
        parts.append(Padding(Group(*facts), (0, 0, 1, 3)))
    return Group(*parts)


def _renderable(result: QueryResult) -> Any:
    if result.query == "unit-profile" and "measure" in result.columns:
        return unit_profile_view(result)
    return to_table(result)


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
            return f"the first {shown} of {total} measures shown; every one: --all (--param all=true)"
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
