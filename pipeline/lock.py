"""One build at a time per output folder, and the leftovers of a killed build removed.

``build_lock`` holds an exclusive ``flock`` on ``OUT/.lock`` for the whole build (the kernel drops it when the
process dies, so a ``kill -9`` never leaves a stale lock). A second build into the same folder says which
process holds it and waits for it. ``remove_stale_temps`` then deletes temporary files of policykg's own naming
that a killed build left behind (``.NAME.XXXXXXXX.tmp`` from ``mkstemp``, ``.NAME.PID.next`` spares): with the
lock held, nothing else is writing them.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from policykg.errors import GraphBuildError, PolicyKGError

log = logging.getLogger(__name__)

LOCK_NAME = ".lock"
_STALE = re.compile(r"^\..+\.(tmp|next)$")


class BuildBusy(PolicyKGError):
    """Another build holds the output folder for longer than this one would wait."""


def _holder(fd: int) -> str:
    with contextlib.suppress(OSError, ValueError):
        return os.pread(fd, 64, 0).decode("ascii", "replace").strip() or "?"
    return "?"


@contextlib.contextmanager
def build_lock(
    out: Path, *, wait: float = 3600.0, note: Callable[[str], None] | None = None
) -> Iterator[None]:
    """Hold ``OUT/.lock`` while the block runs; wait (up to ``wait`` seconds) for another build to finish."""
    import fcntl

    created = not out.exists()
    try:
        out.mkdir(parents=True, exist_ok=True)
        fd = os.open(out / LOCK_NAME, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o644)
    except OSError as err:  # a folder that cannot be made or written (a file's name, /proc, no permission)
        raise GraphBuildError(
            f"{out}: cannot write the build there ({err.strerror or err}); give another --out"
        ) from err
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            message = (
                f"another policykg build (PID {_holder(fd)}) is writing to {out}: waiting for it to finish"
            )
            (note or log.warning)(message)
            deadline = time.monotonic() + wait
            while True:
                time.sleep(0.2)
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() > deadline:
                        raise BuildBusy(
                            f"{out}: another policykg build (PID {_holder(fd)}) is still running"
                        ) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        yield
    finally:
        if created:  # a build that wrote nothing (no input files) leaves no folder behind, only its message
            _remove_if_only_the_lock(out)
        os.close(fd)  # releases the lock


def _remove_if_only_the_lock(out: Path) -> None:
    with contextlib.suppress(OSError):
        if [entry.name for entry in os.scandir(out)] == [LOCK_NAME]:
            (out / LOCK_NAME).unlink()
            out.rmdir()


def remove_stale_temps(out: Path) -> int:
    """Delete temporary files of policykg's naming under ``out`` (not inside the store); the number removed."""
    removed = 0
    for folder in (out, out / "text", out / ".cache"):
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            if (
                not _STALE.match(entry.name)
                or not entry.is_file(follow_symlinks=False)
                and not entry.is_symlink()
            ):
                continue
            with contextlib.suppress(OSError):
                os.unlink(entry.path)
                removed += 1
    if removed:
        log.info("%s: removed %d temporary files left by an interrupted build", out, removed)
    return removed
