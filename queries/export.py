"""The 任务分工表 (task-division table) planners circulate: one row per measure, as xlsx or csv.

Files are written to a temporary name in the target folder and renamed into place, so a reader never sees
half a file and a failed export leaves the previous one intact.
"""

from __future__ import annotations

import csv
import logging
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from policykg.errors import RenderError, UsageError
from policykg.fsutil import _umask
from policykg.graph.store import GraphStore
from policykg.queries.format import cell, target_text
from policykg.queries.library import run_named

log = logging.getLogger(__name__)

EXPORT_FORMATS = ("xlsx", "csv")
HEADERS = ("序号", "文件", "文号", "条款", "任务", "牵头单位", "责任单位", "目标", "完成时限/年份")
HEADERS_EN = (
    "no",
    "document",
    "docNumber",
    "clause",
    "task",
    "leadUnit",
    "coResponsible",
    "targets",
    "deadline",
)
SHEET_TITLE = "任务分工表"


def task_rows(store: GraphStore, document: str | None = None, unit: str | None = None) -> list[list[Any]]:
    """The table body from the ``tasks`` named query: one list per measure, in document order."""
    params = {k: v for k, v in (("document", document), ("unit", unit)) if v}
    result = run_named(store, "tasks", params, all_rows=True)
    # the query pages in IRI order (measure 10 before measure 2); the table reads in document order
    ordered = sorted(
        result.rows,
        key=lambda r: (
            str(r.get("document") or ""),
            r.get("ordinal") or 0,
            str(r.get("number") or ""),
            str(r.get("_evidence")),
        ),
    )
    rows: list[list[Any]] = []
    for n, r in enumerate(ordered, start=1):
        targets = r.get("targets") or []
        deadlines = sorted({str(t["deadline"]) for t in targets if t.get("deadline")})
        when = "; ".join(deadlines) or "; ".join(str(y) for y in r.get("years") or [])
        rows.append(
            [
                n,
                r.get("document") or "",
                r.get("docNumber") or "",
                " ".join(str(x) for x in (r.get("section"), r.get("number")) if x),  # (一) 3: the clause
                r.get("task") or "",
                cell(r.get("leadUnits")),
                cell(r.get("coResponsible")),
                "; ".join(target_text(t) for t in targets),
                when,
            ]
        )
    return rows


def _atomic_write(path: Path, write: Callable[[Path], None]) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as err:  # a folder that cannot be made (a file's name, /proc, no permission)
        blocked = next((p for p in path.parents if p.exists() and not p.is_dir()), None)
        reason = f"{blocked} is a file, not a folder" if blocked else err.strerror or str(err)
        raise RenderError(f"{path}: cannot write the task table ({reason})") from err
    os.close(fd)
    tmp = Path(tmp_name)
    os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; an export gets the usual permissions
    try:
        write(tmp)
        os.replace(tmp, path)
    except OSError as err:
        tmp.unlink(missing_ok=True)
        raise RenderError(f"{path}: cannot write the task table ({err})") from err
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_csv(path: Path, rows: list[list[Any]]) -> None:
    def write(tmp: Path) -> None:
        # utf-8-sig: Excel on Chinese Windows opens a BOM-marked file as UTF-8 instead of GBK
        with tmp.open("w", encoding="utf-8-sig", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(HEADERS)
            w.writerows(rows)

    _atomic_write(path, write)


def write_xlsx(path: Path, rows: list[list[Any]]) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    def write(tmp: Path) -> None:
        wb = Workbook()
        ws = wb.active
        ws.title = SHEET_TITLE
        ws.append(list(HEADERS))
        for c in ws[1]:
            c.font = Font(bold=True)
        for r in rows:
            # a cell starting with "=" would be read as a formula; planners' text never is one
            ws.append(
                [("'" + v) if isinstance(v, str) and v.startswith(("=", "+", "-", "@")) else v for v in r]
            )
        widths = (6, 30, 18, 8, 40, 18, 30, 36, 14)
        for col, w in zip("ABCDEFGHI", widths, strict=True):
            ws.column_dimensions[col].width = w
        for row in ws.iter_rows(min_row=2):
            for c in row:
                c.alignment = Alignment(wrap_text=True, vertical="top")
        ws.freeze_panes = "A2"
        wb.save(tmp)

    _atomic_write(path, write)


# Suffixes of files the task table is not written as: such a DEST is a mistyped file name, not a folder to create
# (`export tasks tasks.json` made a folder tasks.json/ holding tasks.xlsx).
_OTHER_FILE_SUFFIXES = frozenset(
    {"xls", "xlsm", "ods", "json", "jsonl", "tsv", "txt", "md", "html", "htm", "pdf"}
)
_OTHER_FILE_SUFFIXES |= {"doc", "docx", "wps", "et"}


def export_target(dest: Path, fmt: str | None) -> tuple[Path, str]:
    """The file to write and its format: a DEST ending in .xlsx or .csv is the file (its suffix gives the
    format unless ``fmt`` says otherwise, which is an error); a DEST ending in another file type's suffix (.json,
    .xls …) that is not an existing folder is an error; any other DEST is a folder for tasks.<fmt>."""
    dest = Path(dest)
    suffix = dest.suffix.lower().lstrip(".")
    if suffix in _OTHER_FILE_SUFFIXES and not dest.is_dir():
        raise UsageError(
            f"{dest}: the task table is written as .xlsx or .csv; give a file ending in one of them "
            f"(e.g. {dest.with_suffix('.xlsx')}) or a folder"
        )
    if suffix in EXPORT_FORMATS:
        if fmt is not None and fmt != suffix:
            raise UsageError(f"{dest} ends in .{suffix} but --format is {fmt}; give one or make them agree")
        return dest, suffix
    fmt = fmt or "xlsx"
    if fmt not in EXPORT_FORMATS:
        raise UsageError(f"unknown export format {fmt!r}: use {', '.join(EXPORT_FORMATS)}")
    return dest / f"tasks.{fmt}", fmt


def export_tasks(
    store: GraphStore,
    dest: Path,
    fmt: str | None = None,
    *,
    document: str | None = None,
    unit: str | None = None,
) -> tuple[Path, int]:
    """Write the task table to ``dest`` (a .xlsx/.csv file, or a folder for tasks.<fmt>); returns (path, number
    of measures)."""
    path, fmt = export_target(dest, fmt)
    rows = task_rows(store, document, unit)
    (write_xlsx if fmt == "xlsx" else write_csv)(path, rows)
    log.info("wrote %d measures to %s", len(rows), path)
    return path, len(rows)
