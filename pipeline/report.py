"""``report.json``: the build's counts, skips with reasons and one entry per file."""

from __future__ import annotations

import json
import logging
from dataclasses import fields
from pathlib import Path
from typing import Any

from policykg import __version__
from policykg.fsutil import atomic_write_text
from policykg.models import BuildInfo, FileEntry, ParsedDocument

log = logging.getLogger(__name__)


def file_entry(doc: ParsedDocument) -> FileEntry:
    src = doc.source
    return {
        "file": str(src.path),
        "doc_id": doc.doc_id,
        "format": src.format,
        "encoding": src.encoding,
        "script": src.script,
        "title": doc.meta.title,
        "measures": len(doc.measures),
        "sections": len(doc.sections),
        "units": len(doc.units),
        "targets": sum(len(m.targets) for m in doc.measures)
        + sum(len(s.targets) for s in doc.sections)
        + len(doc.doc_targets),
        "warnings": list(src.warnings),
        "problems": list(doc.problems),
    }


def report_dict(info: BuildInfo) -> dict[str, Any]:
    # Not dataclasses.asdict: it deep-copies every per-file entry, which costs seconds on a large build.
    data = {f.name: getattr(info, f.name) for f in fields(info)}
    data["skipped"] = [{"file": s.path, "reason": s.reason} for s in info.skipped]
    data["seconds"] = round(info.seconds, 3)
    data["policykg_version"] = __version__
    return data


def write_report(info: BuildInfo, out: Path) -> None:
    """``report.json``, indented, with one line per file entry (json's indenting encoder is pure Python and
    slow on thousands of entries; the compact one is not)."""
    data = report_dict(info)
    per_file = data.pop("per_file")
    head = json.dumps(data, ensure_ascii=False, indent=2, default=str)
    rows = ",\n    ".join(json.dumps(e, ensure_ascii=False, default=str) for e in per_file)
    body = f'{head[:-2]},\n  "per_file": [' + (f"\n    {rows}\n  ]" if rows else "]") + "\n}\n"
    atomic_write_text(out / "report.json", body)
