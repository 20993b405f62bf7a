"""Cache files sealed with a per-user key, so that nothing planted in a build folder can run code.

The cache keeps Python objects with ``pickle``; unpickling runs code named in the data, so every pickled blob
is written as ``HMAC-SHA256(key, data) + data`` and unpickled only after the MAC checks out. The key is 32
random bytes made once per user in a private file (``$XDG_STATE_HOME/policykg/cache-key``, else
``~/.local/state/policykg/cache-key``, else policykg's private temp folder): 0600 in a 0700 folder, refused
when it is a link or someone else's. A blob with a wrong MAC — damaged, or written by anyone else — is
treated as a missing cache entry: the caller notes it and rebuilds.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import stat
from functools import lru_cache
from pathlib import Path

from policykg.errors import GraphBuildError

__all__ = ["SealError", "seal", "unseal"]

_MAC = hashlib.sha256().digest_size


class SealError(GraphBuildError):
    """A cache blob whose MAC does not check out (damaged, or not written by this user's policykg)."""


def _key_folders() -> list[Path]:
    state = os.environ.get("XDG_STATE_HOME")
    folders = [Path(state) / "policykg"] if state else []
    try:
        folders.append(Path.home() / ".local" / "state" / "policykg")
    except RuntimeError:  # no home folder
        pass
    return folders


def _ours(st: os.stat_result) -> bool:
    return not hasattr(os, "getuid") or st.st_uid == os.getuid()


def _read_or_make(path: Path) -> bytes:
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    folder = os.lstat(path.parent)
    if stat.S_ISLNK(folder.st_mode) or not _ours(folder):
        raise OSError(f"{path.parent} is not a private folder of yours")
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
    except FileExistsError:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        with os.fdopen(fd, "rb") as fh:
            st = os.fstat(fh.fileno())
            key = fh.read(64)
        if not _ours(st) or st.st_mode & 0o077 or len(key) != 32:
            raise OSError(f"{path} is not a private key file of yours") from None
        return key
    key = os.urandom(32)
    with os.fdopen(fd, "wb") as fh:
        fh.write(key)
    return key


@lru_cache(maxsize=1)
def _key() -> bytes:
    from policykg.fsutil import private_root

    problems = []
    for folder in [*_key_folders(), private_root()]:
        try:
            return _read_or_make(folder / "cache-key")
        except OSError as err:
            problems.append(str(err))
    raise GraphBuildError("cannot make the cache key: " + "; ".join(problems))


def seal(data: bytes) -> bytes:
    """``data`` with its MAC in front."""
    return hmac.new(_key(), data, hashlib.sha256).digest() + data


def unseal(blob: bytes) -> bytes:
    """The data of a sealed blob, or :class:`SealError` when its MAC does not check out."""
    mac, data = blob[:_MAC], blob[_MAC:]
    if len(mac) != _MAC or not hmac.compare_digest(mac, hmac.new(_key(), data, hashlib.sha256).digest()):
        raise SealError("not written by this user's policykg (or damaged)")
    return data
