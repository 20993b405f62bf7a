"""Regression (issue 16.6-16.8): links out of the input folders, a second build into the same folder, temp
files left by a killed build, and text files of private inputs."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from policykg.cli import app
from policykg.loaders.base import iter_inputs
from policykg.pipeline.lock import build_lock

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def _sample(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    src = sorted(SAMPLES.glob("*.txt"))[1]
    return Path(shutil.copy(src, folder / src.name))


def test_links_leading_out_of_the_input_folders_are_reported_skips(tmp_path: Path) -> None:
    inputs, secret = tmp_path / "in", tmp_path / "outside"
    _sample(inputs)
    secret.mkdir()
    (secret / "passwd.txt").write_text("root:x:0:0", encoding="utf-8")
    (inputs / "passwd.txt").symlink_to(secret / "passwd.txt")
    (inputs / "etc").symlink_to(secret, target_is_directory=True)
    files, skips = iter_inputs([inputs])
    assert [p.name for p in files] == [sorted(SAMPLES.glob("*.txt"))[1].name]
    reasons = {Path(s.path).name: s.reason for s in skips}
    assert "outside the input folders" in reasons["passwd.txt"] and "--follow-links" in reasons["etc"]
    files, _ = iter_inputs([inputs], follow_links=True)
    assert "passwd.txt" in {p.name for p in files}


def test_a_link_inside_the_input_folder_is_still_read(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    sample = _sample(inputs / "a")
    (inputs / "b").mkdir()
    (inputs / "b" / "again.txt").symlink_to(sample)
    files, skips = iter_inputs([inputs])
    assert len(files) == 1 and not skips  # the same file once, nothing reported


def test_text_of_a_private_input_stays_private(tmp_path: Path) -> None:
    sample = _sample(tmp_path / "in")
    os.chmod(sample, 0o600)
    r = CliRunner().invoke(
        app, ["build", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--no-store", "-q"]
    )
    assert r.exit_code == 0, r.output
    (text,) = (tmp_path / "out" / "text").glob("*.txt")
    assert stat.S_IMODE(os.stat(text).st_mode) & 0o077 == 0


_HOLD = """
import sys, time
from pathlib import Path
from policykg.pipeline.lock import build_lock
with build_lock(Path(sys.argv[1])):
    print("held", flush=True)
    time.sleep(float(sys.argv[2]))
    (Path(sys.argv[1]) / "holder-done").write_text("done")  # written while the lock is still held
"""


def test_a_second_build_into_the_same_folder_waits_and_names_the_holder(tmp_path: Path) -> None:
    out = tmp_path / "out"
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLD, str(out), "1.5"], stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    notes: list[str] = []
    with build_lock(out, note=notes.append):
        assert (out / "holder-done").exists()  # it got the lock only once the other build was done
    assert len(notes) == 1 and f"PID {holder.pid}" in notes[0]
    holder.wait()


def test_a_killed_holder_leaves_no_stale_lock(tmp_path: Path) -> None:
    out = tmp_path / "out"
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLD, str(out), "60"], stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    holder.kill()
    holder.wait()
    started = time.monotonic()
    notes: list[str] = []
    with build_lock(out, note=notes.append):
        pass
    assert notes == [] and time.monotonic() - started < 30


def test_temp_files_of_a_killed_build_are_removed_by_the_next(tmp_path: Path) -> None:
    _sample(tmp_path / "in")
    out = tmp_path / "out"
    args = ["build", str(tmp_path / "in"), "--out", str(out), "--no-store", "-q"]
    assert CliRunner().invoke(app, args).exit_code == 0
    left = [
        out / ".graph.nt.abc123xy.tmp",
        out / "text" / ".x.txt.4567.tmp",
        out / ".cache" / ".spare-graph.nt.99.next",
    ]
    for path in left:
        path.write_bytes(b"x" * 1000)
    keep = out / "notes.tmp"  # not of policykg's naming: left alone
    keep.write_text("mine")
    assert CliRunner().invoke(app, args).exit_code == 0
    assert not any(p.exists() for p in left) and keep.exists()


@pytest.mark.parametrize("name", ["..txt", "...txt"])
def test_dot_names_give_distinct_safe_document_ids(tmp_path: Path, name: str) -> None:
    from policykg.loaders.extract import doc_id_for

    doc_id = doc_id_for(name)
    assert doc_id not in {".", "..", ""} and not doc_id.startswith(".")


# Regression (issue 16.9): UTF-16 without a byte-order mark was called "binary" (its CJK code units have no
# NUL bytes, so the every-other-byte heuristic missed it).
@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_text(tmp_path: Path, codec: str) -> None:
    from policykg.loaders.base import load

    text = "一、总体要求\n1.扩大就业规模,到2025年新增就业2万人。(责任单位:市人社局)\n" * 3
    path = tmp_path / "plan.txt"
    path.write_bytes(text.encode(codec))
    doc = load(path)
    assert doc.text == text and doc.encoding == codec


def test_escape_codes_in_file_names_do_not_reach_the_terminal(tmp_path: Path) -> None:
    from policykg.display import printable

    assert printable("evil\x1b[2J\x1b]0;owned\x07.txt") == "evil\\x1b[2J\\x1b]0;owned\\x07.txt"
    assert printable("doc\u202etxt.exe") == "doc\\u202etxt.exe"
    inputs = tmp_path / "in"
    _sample(inputs)
    (inputs / "bad\x1b[31mname.txt").write_bytes(b"")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "policykg.cli",
            "build",
            str(inputs),
            "--out",
            str(tmp_path / "out"),
            "--no-store",
        ],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "NO_COLOR": "1", "TERM": "dumb", "COLUMNS": "500"},
    )
    shown = done.stdout + done.stderr
    assert "bad\\x1b[31mname.txt: empty file" in shown and "\x1b[31m" not in shown
