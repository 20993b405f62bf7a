"""Atomic file output: write to a temporary file in the target folder, then ``os.replace``; policykg's private
per-user folder.

A crash, a full disk or an exception while writing never leaves a half-written output behind: the old file
(if any) stays until the new one is complete. Temporary files are made with ``mkstemp`` (``O_EXCL``, random
names), so a link planted under a predictable name is never written through.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, BinaryIO


@contextlib.contextmanager
def atomic_open(
    path: Path, mode: str = "w", *, encoding: str | None = "utf-8", newline: str | None = None
) -> Iterator[IO]:
    """Open a temporary sibling of ``path`` for writing; it replaces ``path`` only if the block succeeds."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; outputs get the usual permissions
    binary = "b" in mode
    try:
        with os.fdopen(
            fd, mode, encoding=None if binary else encoding, newline=None if binary else newline
        ) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


@contextlib.contextmanager
def atomic_open_reusing(path: Path, spare: Path) -> Iterator[BinaryIO]:
    """``atomic_open(path, "wb")`` that writes into ``spare`` instead of a new temporary file when there is one,
    and keeps the replaced ``path`` as the next spare (a hard link, so nothing is copied).

    For large outputs rewritten often (the graph files of an incremental build): overwriting pages of an
    existing file, then cutting it to size, costs about half of filling a new file, and the replaced file is
    not freed (on Linux freeing its cached pages is a noticeable part of a rewrite). The spare is scratch
    space: a failed write leaves ``path`` as it was and only the spare damaged. ``path`` is replaced
    atomically as with ``atomic_open``. Without hard links (some file systems) this is ``atomic_open``."""
    path, spare = Path(path), Path(spare)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd: int | None = None
    try:
        fd = os.open(spare, os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0))
        st = os.fstat(fd)
        if not _safe_spare(st, os.stat(path.parent).st_dev):
            os.close(fd)
            fd = None
    except OSError:
        fd = None
    tmp: str | None = None
    if fd is None:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        os.chmod(tmp, 0o666 & ~_umask())
    keep = spare.with_name(f".{spare.name}.{os.getpid()}.next")
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.ftruncate(fh.fileno(), os.lseek(fh.fileno(), 0, os.SEEK_CUR))
            os.fsync(fh.fileno())
        kept = False
        try:
            os.link(path, keep)
            kept = True
        except OSError:
            pass  # no previous file, or no hard links here: the old one is simply freed
        os.replace(tmp if tmp is not None else spare, path)
        if kept:
            os.replace(keep, spare)
        elif tmp is None:
            pass  # the spare became ``path``: there is none until the next replace keeps one
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(keep)
        if tmp is not None:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
        raise


def _safe_spare(st: os.stat_result, dev: int) -> bool:
    """A spare may become the published file: only a plain, singly linked file of ours that nobody else can
    write (a 0666 file planted by another user must never be published as ``graph.ttl``)."""
    ours = not hasattr(os, "getuid") or st.st_uid == os.getuid()
    return (
        stat.S_ISREG(st.st_mode) and st.st_nlink == 1 and st.st_dev == dev and ours and not st.st_mode & 0o022
    )


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def atomic_write_text(path: Path, text: str, *, encoding: str = "utf-8") -> None:
    # newline="" keeps the text byte-for-byte (no \n -> os.linesep translation): saved texts must quote exactly.
    with atomic_open(path, "w", encoding=encoding, newline="") as fh:
        fh.write(text)


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
    e
    for e in (
        getattr(errno, n, None) for n in ("EXDEV", "ENOSYS", "EINVAL", "EOPNOTSUPP", "ENOTSUP", "EPERM")
    )
    if e is not None
)


def replace_nosync(path: Path, *chunks: bytes) -> None:
    """Write ``path`` through a temporary sibling and ``os.replace``, without fsync: never half-visible while
    the system runs; for files whose loss or damage after a power cut is detected and only costs work (caches,
    manifests)."""
    path = Path(path)
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(name)
    os.chmod(tmp, 0o666 & ~_umask())
    try:
        with os.fdopen(fd, "wb") as fh:
            for chunk in chunks:
                fh.write(chunk)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


# --------------------------------------------------------------------------- the private per-user folder

_fallback: Path | None = None


def _usable_private(path: Path) -> bool:
    """``path`` is a real folder of ours that only we can enter (tightened to 0700 when it is ours)."""
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        try:
            os.mkdir(path, 0o700)
        except FileExistsError:
            pass
        except OSError:
            return False
        st = os.lstat(path)
    if stat.S_ISLNK(st.st_mode) or not stat.S_ISDIR(st.st_mode):
        return False
    if hasattr(os, "getuid") and st.st_uid != os.getuid():
        return False
    if st.st_mode & 0o077:
        os.chmod(path, 0o700)
    return True


def private_root() -> Path:
    """policykg's private folder for this user: ``$XDG_RUNTIME_DIR/policykg`` when set, else
    ``$TMPDIR/policykg-<uid>``; mode 0700 and owned by the user. One that exists but is not ours (planted by
    another user in a shared temp folder) is never used: a fresh private temporary folder replaces it, with a
    note in the log."""
    global _fallback
    uid = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "user")
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    base = Path(runtime) / "policykg" if runtime and Path(runtime).is_dir() else None
    for candidate in [base, Path(tempfile.gettempdir()) / f"policykg-{uid}"]:
        if candidate is not None and _usable_private(candidate):
            return candidate
    if _fallback is None:
        import logging

        _fallback = Path(tempfile.mkdtemp(prefix=f"policykg-{uid}-"))
        logging.getLogger(__name__).warning(
            "policykg-%s in the temp folder is not a private folder of yours: using %s", uid, _fallback
        )
    return _fallback


def private_dir(*parts: str) -> Path:
    """A folder inside :func:`private_root` (made 0700 when missing)."""
    path = private_root().joinpath(*parts)
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    return path
