"""Atomic file output: write to a temporary file in the target folder, then ``os.replace``.

A crash, a full disk or an exception while writing never leaves a half-written output behind: the old file
(if any) stays until the new one is complete.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO


@contextlib.contextmanager
def atomic_open(path: Path, mode: str = "w", *, encoding: str | None = "utf-8", newline: str | None = None) -> Iterator[IO]:
    """Open a temporary sibling of ``path`` for writing; it replaces ``path`` only if the block succeeds."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; outputs get the usual permissions
    binary = "b" in mode
    try:
        with os.fdopen(fd, mode, encoding=None if binary else encoding, newline=None if binary else newline) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def atomic_write_text(path: Path, text: str, *, encoding: str = "utf-8") -> None:
    # newline="" keeps the text byte-for-byte (no \n -> os.linesep translation): saved texts must quote exactly.
    with atomic_open(path, "w", encoding=encoding, newline="") as fh:
        fh.write(text)


def atomic_write_bytes(path: Path, data: bytes) -> None:
    with atomic_open(path, "wb") as fh:
        fh.write(data)


def copy_range(src_fd: int, dst_fd: int, offset: int, length: int) -> int:
    """Append ``length`` bytes of ``src_fd`` from ``offset`` at the current position of ``dst_fd``; returns the
    bytes copied (fewer only if the source is shorter). In the kernel (``copy_file_range``) where the platform
    and file systems allow, so large unchanged spans of a previous output never cross into Python."""
    done = 0
    if hasattr(os, "copy_file_range"):
        try:
            while done < length:
                n = os.copy_file_range(src_fd, dst_fd, length - done, offset + done)
                if n == 0:
                    return done
                done += n
            return done
        except OSError as err:
            if err.errno not in _NO_COPY_FILE_RANGE:
                raise
    while done < length:
        chunk = os.pread(src_fd, min(length - done, _CHUNK), offset + done)
        if not chunk:
            break
        view = memoryview(chunk)
        while view:
            view = view[os.write(dst_fd, view) :]
        done += len(chunk)
    return done


_CHUNK = 8 * 1024 * 1024
# Kernels, file systems and sandboxes that refuse copy_file_range for a pair of files: fall back to read/write.
_NO_COPY_FILE_RANGE = frozenset(
    e for e in (getattr(errno, n, None) for n in ("EXDEV", "ENOSYS", "EINVAL", "EOPNOTSUPP", "ENOTSUP", "EPERM"))
    if e is not None
)


def replace_nosync(path: Path, *chunks: bytes) -> None:
    """Write ``path`` through a temporary sibling and ``os.replace``, without fsync: never half-visible while
    the system runs; for files whose loss or damage after a power cut is detected and only costs work (caches,
    manifests)."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as fh:
            for chunk in chunks:
                fh.write(chunk)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
