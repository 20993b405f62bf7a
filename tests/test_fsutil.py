"""Atomic outputs that reuse a spare file: what ends up in the output and in the spare, and that a failure,
a symbolic link or a second name never lets a write reach anything but scratch space."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from policykg.fsutil import atomic_open_reusing, copy_range


def _write(path: Path, spare: Path, data: bytes) -> None:
    with atomic_open_reusing(path, spare) as fh:
        fh.write(data)


def test_the_replaced_file_becomes_the_spare_and_the_spare_the_output(tmp_path: Path) -> None:
    out, spare = tmp_path / "graph.nt", tmp_path / "cache" / "spare-graph.nt"
    spare.parent.mkdir()
    _write(out, spare, b"first version, quite long\n")
    assert out.read_bytes() == b"first version, quite long\n"
    assert not spare.exists()  # nothing was replaced, so nothing is kept
    _write(out, spare, b"second\n")
    assert out.read_bytes() == b"second\n" and spare.read_bytes() == b"first version, quite long\n"
    spare_inode = spare.stat().st_ino
    _write(out, spare, b"third\n")  # written into the spare's file, cut to size
    assert out.read_bytes() == b"third\n"
    assert out.stat().st_ino == spare_inode
    assert spare.read_bytes() == b"second\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cache", "graph.nt"]  # no temporary left over
    assert sorted(p.name for p in spare.parent.iterdir()) == ["spare-graph.nt"]


def test_a_failed_write_leaves_the_output_as_it_was(tmp_path: Path) -> None:
    out, spare = tmp_path / "graph.nt", tmp_path / "spare"
    _write(out, spare, b"one\n")
    _write(out, spare, b"two\n")  # now there is a spare
    with pytest.raises(RuntimeError), atomic_open_reusing(out, spare) as fh:
        fh.write(b"half of thr")
        raise RuntimeError("disk full")
    assert out.read_bytes() == b"two\n"
    _write(out, spare, b"three\n")  # and the next write still works
    assert out.read_bytes() == b"three\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.nt", "spare"]


def test_kernel_copies_into_the_spare_are_cut_to_what_was_written(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.write_bytes(b"0123456789" * 1000)
    out, spare = tmp_path / "out", tmp_path / "spare"
    _write(out, spare, b"x" * 50_000)
    _write(out, spare, b"y" * 60_000)  # the spare now holds 50,000 bytes of x
    with atomic_open_reusing(out, spare) as fh, open(src, "rb") as s:
        fh.write(b"head:")
        fh.flush()
        assert copy_range(s.fileno(), fh.fileno(), 10, 25) == 25  # straight to the descriptor
    assert out.read_bytes() == b"head:" + (b"0123456789" * 3)[:25]


def test_a_spare_that_is_a_symbolic_link_is_never_written_through(tmp_path: Path) -> None:
    victim = tmp_path / "precious.txt"
    victim.write_bytes(b"do not touch")
    out, spare = tmp_path / "graph.nt", tmp_path / "spare"
    _write(out, spare, b"one\n")
    os.symlink(victim, spare)
    _write(out, spare, b"two\n")
    assert victim.read_bytes() == b"do not touch"
    assert out.read_bytes() == b"two\n"


def test_a_spare_with_a_second_name_is_not_overwritten(tmp_path: Path) -> None:
    out, spare = tmp_path / "graph.nt", tmp_path / "spare"
    _write(out, spare, b"one\n")
    _write(out, spare, b"two\n")
    other = tmp_path / "someone-elses-link"
    os.link(spare, other)  # the spare's file is also reachable elsewhere: it is not scratch space any more
    _write(out, spare, b"three\n")
    assert other.read_bytes() == b"one\n"
    assert out.read_bytes() == b"three\n"
