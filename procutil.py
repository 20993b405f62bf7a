"""Child processes that cannot outlive the build, and per-file budgets in the extraction workers.

* :func:`die_with_parent`: a worker asks the kernel for SIGKILL when its parent dies (Linux
  ``PR_SET_PDEATHSIG``), so a ``kill -9`` of a build never leaves an orphan holding the store's lock or a pool
  worker waiting for work forever.
* :func:`init_extract_worker`: a pool worker's memory is capped (``RLIMIT_DATA``: what it already has plus
  :data:`WORKER_MEMORY`), so one hostile file fails with ``MemoryError`` in its own worker.
* :func:`time_budget`: a file that takes longer than its budget raises :class:`BudgetExceeded` (SIGALRM, in the
  main thread of the process that extracts it).
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading
from collections.abc import Iterator

from policykg.errors import LoadError

__all__ = [
    "BudgetExceeded",
    "FILE_SECONDS",
    "WORKER_MEMORY",
    "die_with_parent",
    "init_extract_worker",
    "time_budget",
]

FILE_SECONDS = 60.0  # per input file: reading, extracting and rendering its graph
WORKER_MEMORY = 1024 * 1024 * 1024  # bytes a pool worker may allocate beyond what it had when it started


class BudgetExceeded(LoadError):
    """A file took longer than its time budget."""


def die_with_parent() -> None:
    """Be killed when the parent process dies (Linux); exit at once if it already has."""
    if not sys.platform.startswith("linux"):
        return
    parent = os.getppid()
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    if os.getppid() != parent or parent == 1:  # the parent died before the request took effect
        os._exit(1)


def _data_now() -> int:
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmData:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return 0


def init_extract_worker() -> None:
    """Initializer of the extraction pool's workers: die with the build, and a bounded heap."""
    die_with_parent()
    try:
        import resource

        soft, hard = resource.getrlimit(resource.RLIMIT_DATA)
        want = _data_now() + WORKER_MEMORY
        if hard == resource.RLIM_INFINITY or want <= hard:
            resource.setrlimit(resource.RLIMIT_DATA, (want, hard))
    except (ImportError, OSError, ValueError):
        pass


@contextlib.contextmanager
def time_budget(seconds: float, name: str) -> Iterator[None]:
    """Raise :class:`BudgetExceeded` in this block after ``seconds`` (only in a process's main thread)."""
    if (
        seconds <= 0
        or threading.current_thread() is not threading.main_thread()
        or not hasattr(signal, "SIGALRM")
    ):
        yield
        return

    def expire(_signum: int, _frame: object) -> None:
        raise BudgetExceeded(name, f"took longer than {seconds:.0f} s to read and extract; skipped")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
