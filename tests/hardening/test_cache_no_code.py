"""Regression (issue 16.2): a planted ``.cache/index.pickle`` ran ``os.system`` during ``policykg build``."""

from __future__ import annotations

import os
import pickle
import shutil
from pathlib import Path

from typer.testing import CliRunner

from policykg.cli import app

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


class _Exploit:
    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):  # type: ignore[no-untyped-def]
        return (os.system, (f"touch {self.marker}",))


def _build(src: Path, out: Path) -> object:
    return CliRunner().invoke(app, ["build", str(src), "--out", str(out), "--no-store", "--quiet"])


def test_planted_cache_files_run_no_code_and_are_rebuilt(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(SAMPLES / sorted(p.name for p in SAMPLES.glob("*.txt"))[0], src)
    out = tmp_path / "out"
    first = _build(src, out)
    assert first.exit_code == 0, first.output
    graph = (out / "graph.nt").read_bytes()
    marker = tmp_path / "pwned"
    planted = pickle.dumps({"format": 6, "entries": _Exploit(marker)})
    cache = out / ".cache"
    for name in ["index.pickle", "shared.pickle", "layout.pickle"]:
        (cache / name).write_bytes(planted)
    for frag in cache.glob("*.frag"):  # a forged entry: the payload where the shared contributions sit
        data = frag.read_bytes()
        frag.write_bytes(data + planted)
    again = _build(src, out)
    assert not marker.exists()
    assert again.exit_code == 0, again.output
    assert (out / "graph.nt").read_bytes() == graph
