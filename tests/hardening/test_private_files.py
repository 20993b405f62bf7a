"""Regression (issue 16.5): files written through planted symlinks, foreign folders and foreign spares."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from policykg import fsutil


def test_replace_nosync_never_writes_through_a_link_planted_at_the_old_temp_name(tmp_path: Path) -> None:
    victim = tmp_path / "victim"
    victim.write_text("keep")
    target = tmp_path / "good.txt"
    (tmp_path / f".good.txt.{os.getpid()}.tmp").symlink_to(victim)  # the name the old code always used
    fsutil.replace_nosync(target, b"new")
    assert victim.read_text() == "keep"
    assert target.read_bytes() == b"new" and not target.is_symlink()


def test_a_spare_that_others_can_write_is_never_published(tmp_path: Path) -> None:
    path, spare = tmp_path / "graph.ttl", tmp_path / "spare"
    spare.write_bytes(b"planted content" * 10)
    os.chmod(spare, 0o666)  # group/other-writable: someone else could change it after our checks
    with fsutil.atomic_open_reusing(path, spare) as fh:
        fh.write(b"ours")
    assert path.read_bytes() == b"ours"
    assert spare.read_bytes() == b"planted content" * 10  # not written into, not published


def test_private_root_is_ours_and_closed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    root = fsutil.private_root()
    assert root == tmp_path / "policykg"
    assert stat.S_IMODE(os.stat(root).st_mode) == 0o700


def test_a_planted_symlink_for_the_private_root_is_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    runtime, attacker = tmp_path / "run", tmp_path / "attacker"
    runtime.mkdir()
    attacker.mkdir()
    (runtime / "policykg").symlink_to(attacker)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    monkeypatch.setattr(fsutil, "_fallback", None)
    monkeypatch.setattr(fsutil.tempfile, "tempdir", str(runtime))  # $TMPDIR/policykg-<uid> absent
    root = fsutil.private_root()
    assert not root.is_relative_to(attacker) and root.resolve() != attacker.resolve()
    fsutil.private_dir("engine")
    assert not (attacker / "engine").exists()


def test_a_group_readable_private_root_of_ours_is_closed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "policykg").mkdir(mode=0o755)
    os.chmod(tmp_path / "policykg", 0o755)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    assert stat.S_IMODE(os.stat(fsutil.private_root()).st_mode) == 0o700


def test_engine_log_dir_is_in_the_private_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from policykg.graph.store.embedded import engine_log_dir

    monkeypatch.delenv("POLICYKG_ENGINE_LOG_DIR", raising=False)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    assert engine_log_dir() == tmp_path / "policykg" / "engine"


def test_a_private_root_owned_by_another_user_is_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    foreign = tmp_path / "policykg"
    foreign.mkdir(mode=0o777)
    try:
        os.chown(foreign, 65534, 65534)
    except PermissionError:
        pytest.skip("chown to another user needs root")
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    monkeypatch.setattr(fsutil, "_fallback", None)
    monkeypatch.setattr(fsutil.tempfile, "tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    (tmp_path / "tmp" / f"policykg-{os.getuid()}").mkdir()
    os.chown(tmp_path / "tmp" / f"policykg-{os.getuid()}", 65534, 65534)
    root = fsutil.private_root()
    assert root.parent == tmp_path / "tmp" and root.name.startswith(f"policykg-{os.getuid()}-")
    assert os.stat(root).st_uid == os.getuid()
