"""A start-up cache for the embedded engine's JVM: the JDK's ahead-of-time cache (JEP 483/514, JDK 25+).

Opening the embedded store starts a JVM, which loads and links thousands of classes of the engine before the
first answer: most of a second of every ``policykg build`` that updates the store and of every ``policykg
query``. The JDK can keep those classes loaded and linked in a cache file made by a training run; a JVM started
with it skips that work (measured here: the database opens ~0.3 s sooner and its first statements run faster).

* :func:`jvm_args` gives the options for a JVM start: the cache when it exists (its warnings, e.g. of a cache
  made by another runtime, are turned off: the JVM then starts without it, as before), else nothing.
* :func:`ensure` starts the training once, in the background (a detached process), when a store was opened
  without a cache: it builds a tiny graph in a temporary folder with the same code paths (full load, delta,
  queries), then ends its JVM, which writes the cache. One attempt per engine version: a failed attempt leaves
  ``*.attempt`` behind and is not repeated (delete it to try again). ``POLICYKG_ENGINE_CACHE=0`` turns all of
  this off.
* :func:`prepare` does the same in the foreground (the benchmarks use it, so that a measured run never
  competes with a training run).

The cache is keyed by the runtime's release file, the engine's jar files and the versions of the engine and of
JPype, so an upgrade makes a new one; it lives beside the engine's logs (:func:`engine_log_dir`).
"""

from __future__ import annotations

import hashlib
import logging
import os
import subprocess
import sys
import time
from pathlib import Path

log = logging.getLogger(__name__)

_MIN_JAVA = 25  # -XX:AOTCacheOutput (one-step training) arrived in JDK 25
_STALE_SECONDS = 15 * 60  # an attempt older than this without a cache failed


def _engine_home() -> Path | None:
    try:
        import arcadedb_embedded
    except ImportError:
        return None
    return Path(arcadedb_embedded.__file__).resolve().parent


def _java_major(release: str) -> int:
    for line in release.splitlines():
        if line.startswith("JAVA_VERSION="):
            value = line.split("=", 1)[1].strip().strip('"')
            try:
                return int(value.split(".")[0])
            except ValueError:
                return 0
    return 0


def cache_path() -> Path | None:
    """Where the cache for this engine lives, or None when the engine's runtime cannot make one."""
    if os.environ.get("POLICYKG_ENGINE_CACHE", "1").strip().lower() in ("0", "false", "no", "off"):
        return None
    home = _engine_home()
    if home is None:
        return None
    try:
        release = (home / "jre" / "release").read_text(encoding="utf-8", errors="replace")
        jars = sorted((p.name, p.stat().st_size) for p in (home / "jars").glob("*.jar"))
    except OSError:
        return None
    if _java_major(release) < _MIN_JAVA or not jars:
        return None
    from importlib.metadata import PackageNotFoundError, version

    try:
        versions = f"{version('arcadedb-embedded')}|{version('JPype1')}"
    except PackageNotFoundError:
        versions = "?"
    key = hashlib.sha256(f"{release}|{jars}|{versions}|{sys.version_info[:2]}".encode()).hexdigest()[:16]
    chosen = os.environ.get("POLICYKG_ENGINE_LOG_DIR")  # a chosen log folder: the cache goes beside it
    if chosen:
        return Path(chosen).parent / "engine-cache" / f"engine-{key}.aot"
    from policykg.fsutil import private_dir

    return private_dir("engine-cache") / f"engine-{key}.aot"


def jvm_args() -> list[str]:
    """The options that make a JVM start from the cache, when there is one."""
    path = cache_path()
    if path is None or not path.is_file():
        return []
    return [f"-XX:AOTCache={path}", "-Xlog:aot=off", "-Xlog:cds=off"]


def _claim(path: Path) -> bool:
    """Take the one attempt for ``path`` (False when it exists, or another attempt runs or failed)."""
    attempt = path.with_name(path.name + ".attempt")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(attempt, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        return False
    except OSError as err:
        log.debug("engine cache: cannot claim %s: %s", attempt, err)
        return False
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(f"{os.getpid()} {time.time():.0f}\n")
    return True


def ensure() -> None:
    """Start the training in a detached background process, once, when the cache is missing."""
    path = cache_path()
    if path is None or path.is_file() or not _claim(path):
        return
    try:
        subprocess.Popen(
            [sys.executable, "-m", "policykg.pipeline.engine_training", str(path)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
            close_fds=True,
        )
        log.debug("engine cache: training started for %s", path)
    except OSError as err:
        log.debug("engine cache: cannot start the training: %s", err)


def prepare(timeout: float = 600.0) -> Path | None:
    """Make the cache now (in a child process) unless it exists; returns it, or None when none can be made."""
    path = cache_path()
    if path is None:
        return None
    if not path.is_file() and _claim(path):
        subprocess.run(
            [sys.executable, "-m", "policykg.pipeline.engine_training", str(path)],
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=timeout,
            check=False,
        )
    deadline = time.monotonic() + timeout
    attempt = path.with_name(path.name + ".attempt")
    while not path.is_file() and attempt.is_file() and time.monotonic() < deadline:
        try:  # another process is training: wait for it, unless its attempt is old (it failed)
            if time.time() - attempt.stat().st_mtime > _STALE_SECONDS:
                break
        except OSError:
            break
        time.sleep(0.5)
    return path if path.is_file() else None


# The training run lives in policykg.pipeline.engine_training: it drives a build, a later stage than this one.
