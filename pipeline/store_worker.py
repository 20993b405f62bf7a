"""The forked helpers of a store update: ``StoreWorker`` starts the store's JVM and opens the store while the
build extracts and writes the graph, then applies the delta; ``DeltaWorker`` computes the delta with rdflib
imported elsewhere. Both are forked before any JVM exists in this process and are context managers (``close``
ends them by their own process id)."""

from __future__ import annotations

import logging
import queue
import threading
import time
from contextlib import suppress
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any, Self, cast

from policykg.errors import StoreError
from policykg.pipeline.cache import CACHE_DIR, STAMP, FragmentRef

if TYPE_CHECKING:
    from policykg.graph.store.delta import Delta
    from policykg.pipeline.store import StoreResult

log = logging.getLogger(__name__)


def can_fork() -> bool:
    """May a child that starts a JVM be forked from this process? Linux only: on macOS a forked child that
    loads system frameworks (a JVM does) can abort, which is why Python itself spawns there."""
    import multiprocessing
    import sys

    return sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()


def jvm_running() -> bool:
    """A process holding a JVM (an earlier store in this process) must not fork: the child could inherit
    locks of threads that do not exist there."""
    import sys

    jpype = sys.modules.get("jpype")
    return bool(jpype is not None and jpype.isJVMStarted())


DELTA_TIMEOUT = 120.0  # seconds to wait for the delta worker before falling back to the full sync
STORE_TIMEOUT = 600.0  # seconds to wait for the store worker to apply a delta and close the store


def _delta_child(conn: Any) -> None:
    """The delta worker's process: import what a delta needs, then answer one request (or none)."""
    from policykg.graph.store.delta import elements_of, graph_delta
    from policykg.procutil import die_with_parent

    die_with_parent()
    try:
        elements_of([])  # imports rdflib and builds the ontology mapping
        request = conn.recv()
    except (EOFError, OSError):
        return
    if request is None:
        return
    try:
        conn.send(("ok", graph_delta(*request)))
    except Exception as err:  # reported to the parent, which falls back to the full sync
        conn.send(("error", f"{type(err).__name__}: {err}"))


def _store_child(conn: Any, store_dir: str) -> None:
    """The store worker's process: start the engine (before the parent knows whether the store will change:
    that start is most of the wait), open the store only when the parent says "go" (nothing on disk is touched
    before), then apply one delta (or none), close the store and only then answer, so the parent never races
    the store's lock."""
    from policykg.graph.store.delta import DeltaRefused
    from policykg.graph.store.embedded import EmbeddedStore, start_engine
    from policykg.procutil import die_with_parent

    die_with_parent()  # a kill -9 of the build must not leave this process holding the store's lock
    started = time.perf_counter()
    try:
        start_engine(short_lived=True)
    except Exception as err:  # told to the parent, which then opens the store itself and reports properly
        with suppress(OSError):
            conn.send(("error", f"{type(err).__name__}: {err}"))
        return
    try:
        if conn.recv() != "go":
            return  # nothing to write: the store is never opened
    except (EOFError, OSError):
        return
    try:
        store = EmbeddedStore(Path(store_dir))
    except Exception as err:  # told to the parent, which then opens the store itself and reports properly
        with suppress(OSError):
            conn.send(("error", f"{type(err).__name__}: {err}"))
        return
    try:
        store.warm_up()
    except Exception as err:  # a warm-up only: the delta itself then reports what is wrong
        log.debug("store worker: warm-up failed: %s", err)
    log.debug("store worker: store open after %.3f s", time.perf_counter() - started)
    answer: tuple[str, Any] | None = None
    try:
        request = conn.recv()
        log.debug("store worker: request after %.3f s", time.perf_counter() - started)
        if request is not None:
            delta, expected, counts = request
            sinfo = store.apply_delta(delta, expected_nodes=expected, counts=counts)
            answer = ("ok", (asdict(sinfo), store.node_count()))
            log.debug("store worker: delta applied after %.3f s", time.perf_counter() - started)
    except (EOFError, OSError):
        answer = None  # the parent is gone or changed its mind
    except DeltaRefused as why:
        answer = ("refused", str(why))
    except Exception as err:  # reported to the parent, which falls back to the full sync
        answer = ("error", f"{type(err).__name__}: {err}")
    finally:
        store.close()
    if answer is not None:
        with suppress(OSError):
            conn.send(answer)


class _Forked:
    """A forked child process with a pipe to it, ended by ``close`` (also as a context manager)."""

    conn: Any
    proc: Any

    def _fork(self, target: Any, args: tuple[Any, ...], name: str, method: str | None = "fork") -> None:
        import multiprocessing

        context: Any = multiprocessing.get_context(method)
        self.conn, child = context.Pipe()
        self.proc = context.Process(target=target, args=(child, *args), daemon=True, name=name)
        self.proc.start()
        child.close()

    def _end(self, timeout: float) -> None:
        """Wait up to ``timeout`` for the child, then end it; close the pipe."""
        self.proc.join(timeout=timeout)
        if self.proc.is_alive():
            self.proc.terminate()
            self.proc.join(timeout=5)
        self.conn.close()

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class StoreWorker(_Forked):
    """One forked process that starts the store's JVM and opens the store while this process extracts and
    writes the graph (the JVM cannot be started from a thread here), then applies the delta. Forked before any
    JVM exists in this process; ``close`` waits for it, so the store is closed when the build returns."""

    def __init__(self, store_dir: Path) -> None:
        self._fork(_store_child, (str(store_dir),), "policykg-store")
        self.went = False  # told to open the store
        self.asked = False
        self.closed = False

    @classmethod
    def maybe(cls, out: Path, *, load_store: bool, force: bool) -> StoreWorker | None:
        """A worker when this build will probably update the store by a delta, started as early as possible."""
        if not load_store or force or not can_fork() or jvm_running():
            return None
        if not (out / "store").is_dir() or not (out / CACHE_DIR / STAMP).is_file():
            return None
        return cls(out / "store")

    def go(self) -> None:
        """Open the store: it will most likely be written."""
        self.went = True
        with suppress(OSError):
            self.conn.send("go")

    def apply(self, delta: Delta, expected: int, counts: dict[str, int]) -> tuple[str, Any]:
        """("ok", (store info, node count)), ("refused", why) or ("error", message)."""
        self.asked = True
        try:
            self.conn.send((delta, expected, counts))
        except OSError:
            pass  # it ended early (it could not open the store): its reason is waiting in the pipe
        try:
            if not self.conn.poll(STORE_TIMEOUT):
                return "error", f"no answer in {STORE_TIMEOUT:.0f} s"
            answer = self.conn.recv()
        except (EOFError, OSError) as err:
            return "error", f"it ended without an answer ({err})"
        return cast("tuple[str, Any]", answer)

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        if not self.went:
            # Never told to open the store: it ends after its engine start (or is ended with this process);
            # it touched nothing, so nothing waits for it.
            with suppress(OSError):
                self.conn.send("stop")
            self.conn.close()
            return
        if not self.asked:
            with suppress(OSError):
                self.conn.send(None)
        self._end(STORE_TIMEOUT if self.asked else 60.0)


# The full load's JVM, sized from the number of input documents (the graph is not written yet when it starts):
# its heap holds the engine's page cache and the bulk writer's buffers, and a JVM fills whatever heap it may
# use before it collects (4 GB by the wheel's default: 4.6 GB peak at 10,000 documents). Measured: a
# 10,000-document load (400,000 nodes, 1.9 million relationships) fits in LOAD_HEAP_MAX_MB.
LOAD_HEAP_MIN_MB = 512
LOAD_HEAP_PER_DOC_KB = 100
LOAD_HEAP_MAX_MB = 1536
# Up to this many documents the load's JVM keeps to its first-tier compiler: the second tier's compiler
# threads cost more CPU than they save in a load of seconds (measured at 500 documents: 15-17 s of CPU
# against 22 s, on 2 cores). Larger loads run for minutes, where the second tier's faster code pays back.
QUICK_JIT_MAX_DOCS = 2_000


def load_heap_mb(documents: int) -> int:
    """The load JVM's heap cap in MB for ``documents`` input documents (a floor, then linear, then a cap)."""
    return min(LOAD_HEAP_MAX_MB, LOAD_HEAP_MIN_MB + max(0, documents) * LOAD_HEAP_PER_DOC_KB // 1024)


def _load_child(conn: Any, out_dir: str, documents: int, early: bool = False, stopping: Any = None) -> None:
    """The load worker's process: start the engine at once (heap and compiler chosen from ``documents``); with
    ``early``, also import what the load needs and open the store with its schema prepared (``open_for_load``)
    while the build extracts; then load the store in full when the parent has written the graph (or end, told
    "stop": a store folder made here is removed again)."""
    from policykg.graph.store.embedded import start_engine
    from policykg.pipeline.store import LoadStopped, load_store
    from policykg.procutil import die_with_parent

    die_with_parent()  # a kill -9 of the build must not leave this process holding the store's lock
    import gc

    # What was inherited from the build (its modules, its inputs' list) stays as it is: kept out of the
    # cyclic collector's passes, which would otherwise traverse it again and copy its pages into this process.
    gc.freeze()
    try:
        start_engine(short_lived=documents <= QUICK_JIT_MAX_DOCS, heap_mb=load_heap_mb(documents))
    except Exception as err:  # told to the parent, which then loads the store itself and reports properly
        with suppress(OSError):
            conn.send(("error", f"{type(err).__name__}: {err}"))
        return
    out = Path(out_dir)
    store, made = _open_early(out) if early else (None, False)
    try:
        request = conn.recv()
    except (EOFError, OSError):
        request = None
    parts = None
    if store is not None and isinstance(request, tuple) and request[0] == "parts":
        parts = _parts(conn, Path(request[1]), request[2], stopping)
    elif request != "load":
        _discard(store, out / "store" if made else None)
        return
    try:
        answer: tuple[str, Any] = ("ok", load_store(out, store, parts))
    except LoadStopped:
        _discard(None, out / "store" if made else None)  # the store was closed by the load
        return
    except Exception as err:  # reported to the parent, which loads the store itself
        answer = ("error", f"{type(err).__name__}: {err}")
    if log.isEnabledFor(logging.DEBUG):
        import resource

        usage = resource.getrusage(resource.RUSAGE_SELF)  # every thread of this process, the JVM's included
        log.debug("load worker: %.2f s of CPU in all", usage.ru_utime + usage.ru_stime)
    with suppress(OSError):
        conn.send(answer)


def _parts(conn: Any, folder: Path, refs: list[Any], stopping: Any = None) -> Any:
    """The documents' parts sent ahead, the first ones given; ``receive`` waits for the next message: more
    parts ("parts", their list), the rest ("load", (shared block length, citations)), or anything else (the
    build stopped: ``LoadStopped``). ``stopping`` (an event the build sets when it stops) ends the load
    between two documents, without the parts still waiting in the pipe."""
    from policykg.pipeline.store import EarlyParts, LoadStopped

    count = len(refs)

    def receive() -> tuple[str, Any]:
        nonlocal count
        try:
            message = conn.recv()
        except (EOFError, OSError) as err:
            raise LoadStopped(str(err)) from err
        if isinstance(message, tuple) and message[0] == "parts":
            count += len(message[2])
            return "parts", list(message[2])
        if isinstance(message, tuple) and message[0] == "rest":
            log.debug("load worker: %d documents' parts sent ahead; the shared block received", count)
            return "rest", (bytes(message[1]), bytes(message[2]))
        if not (isinstance(message, tuple) and message[0] == "load"):
            raise LoadStopped(str(message))
        log.debug("load worker: %d documents' parts sent ahead; the rest of the graph received", count)
        return "load", (int(message[1]), bytes(message[2]))

    def stopped() -> bool:
        return stopping is not None and bool(stopping.is_set())

    return EarlyParts(folder=folder, refs=list(refs), receive=receive, stopped=stopped)


def _open_early(out: Path) -> tuple[Any, bool]:
    """The store opened for the load ahead of it, and whether its folder was made here; (None, False) when that
    fails (the load then opens it itself and reports what is wrong)."""
    from policykg.pipeline.store import open_for_load

    made = not (out / "store").exists()
    started = time.perf_counter()
    try:
        import policykg.graph.store.pgraph  # noqa: F401  (the load's imports, done while the build extracts)

        store = open_for_load(out)
    except Exception as err:
        log.debug("load worker: the store could not be prepared ahead (%s)", err)
        if made:
            _discard(None, out / "store")
        return None, False
    log.debug("load worker: store prepared after %.3f s", time.perf_counter() - started)
    return store, made


def _discard(store: Any, made: Path | None) -> None:
    """Close a store opened ahead of a load that is not coming; remove its folder when this worker made it."""
    import shutil

    if store is not None:
        with suppress(Exception):
            store.close()
    if made is not None:
        shutil.rmtree(made, ignore_errors=True)


class LoadWorker(_Forked):
    """One forked process that starts the store's JVM while this process extracts and writes the graph, then
    loads the store in full (a first build, ``--force``, a store without a stamp): the engine's start (~1 s)
    overlaps the extraction instead of following it. When no delta can be planned (no stamp, or ``--force``:
    ``early``), it also opens the store and prepares its schema during the extraction, and, sent the
    documents' parts (``parts``, as their extraction ends), writes their nodes while this process extracts
    the next ones, merges the shared block and writes the graph files; ``rest_ahead`` sends the shared block
    as soon as it is merged, ``load`` the rest (or the confirmation of what was sent ahead). Forked before any JVM exists in this process; ``close`` ends or
    waits for it (a store folder it made for a load that never came is removed)."""

    def __init__(self, out: Path, documents: int = 0, *, early: bool = False) -> None:
        import multiprocessing

        self._stopping: Any = multiprocessing.get_context("fork").Event()  # see _parts
        self._fork(_load_child, (str(out), documents, early, self._stopping), "policykg-load")
        self.early = early  # it opens the store ahead, and may be sent the documents' parts
        self.sent_parts = False
        self.sent_rest = False
        self.asked = False
        self.closed = False
        self._outbox: queue.Queue[Any] | None = None
        self._sender: threading.Thread | None = None

    def parts(self, folder: Path, refs: list[FragmentRef]) -> None:
        """Send documents' parts ahead (where their fragments lie in the cache), as many times as there are
        more: the worker writes their nodes while this process extracts the next ones, merges the shared block
        and writes the graph files; ``load`` then sends the rest. Only to a worker that opens the store ahead
        (``early``). Sent from a thread, in order: a worker busy writing never holds up this process."""
        if not self.early or self.closed or not refs:
            return
        self._send(("parts", str(folder), list(refs)))
        self.sent_parts = True

    def rest_ahead(self, head: bytes, cites: bytes) -> None:
        """Send the shared block (N-Triples) and the citation triples as soon as they are merged, before the
        graph files are written (after ``parts``): the worker writes them, every relationship and the indexes
        meanwhile, and answers ``load`` (which confirms them) when done."""
        if not self.sent_parts or self.closed:
            return
        self._send(("rest", head, cites))
        self.sent_rest = True

    def _send(self, message: Any) -> None:
        if self._sender is None:
            self._outbox = queue.Queue()
            self._sender = threading.Thread(target=self._send_all, name="policykg-load-feed", daemon=True)
            self._sender.start()
        assert self._outbox is not None
        self._outbox.put(message)

    def _send_all(self) -> None:
        assert self._outbox is not None
        while True:
            message = self._outbox.get()
            if message is _SENT:
                return
            try:
                self.conn.send(message)
            except OSError:
                return  # it ended: its reason waits in the pipe (``load`` reads it)

    def _sent(self, message: Any, timeout: float) -> bool:
        """Send ``message`` after everything queued before it; False when it could not be sent in time."""
        if self._sender is None:
            try:
                self.conn.send(message)
            except OSError:
                return False
            return True
        sender = self._sender
        self._send(message)
        self._send(_SENT)
        self._sender = None
        sender.join(timeout)
        return not sender.is_alive()

    @classmethod
    def maybe(
        cls, out: Path, *, load_store: bool, documents: int = 0, force: bool = False
    ) -> LoadWorker | None:
        """A worker for a full load of about ``documents`` documents (which size its JVM). It also opens the
        store and prepares its schema ahead when no delta can be planned (``--force``, or no store stamp):
        otherwise this process may still open the store itself to apply a delta."""
        if not load_store or not can_fork() or jvm_running():
            return None
        return cls(out, documents, early=force or not (out / CACHE_DIR / STAMP).is_file())

    def load(self, rest: tuple[int, bytes] | None = None) -> StoreResult | None:
        """The full load's result (as ``pipeline.store.load_store`` returns it), or None when the worker
        failed (the caller then loads the store itself). ``rest`` (after ``parts``): the length of the shared
        block that starts graph.nt and the citation triples."""
        if self.sent_parts and rest is None:  # not to happen: the worker stops, and the caller loads
            self.close()
            return None
        self.asked = True
        try:
            message = ("load", rest[0], rest[1]) if rest is not None and self.sent_parts else "load"
            if not self._sent(message, STORE_TIMEOUT * 6):
                log.info("store: the load worker took no more; loading here")
                return None
            if not self.conn.poll(STORE_TIMEOUT * 6):
                log.info("store: the load worker gave no answer; loading here")
                return None
            status, value = self.conn.recv()
        except (EOFError, OSError) as err:
            log.info("store: the load worker ended without an answer (%s); loading here", err)
            return None
        finally:
            self.close()
        if status != "ok":
            log.info("store: the load worker failed (%s); loading here", value)
            return None
        return cast("StoreResult", value)

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        if not self.asked:
            self._stopping.set()  # the worker stops at the next document, not after every part sent
            self._sent("stop", 60.0)
        self._end(60.0)


_SENT = object()  # the end of a LoadWorker's queue of messages


class DeltaWorker(_Forked):
    """One forked process that imports what a store delta needs while the build goes on, then computes the
    delta there: the rdflib import and the ontology mapping never hold up this process, which meanwhile
    starts the store's JVM. Forked before that JVM exists; ended by ``close`` (by its own process id)."""

    def __init__(self) -> None:
        import multiprocessing

        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else None
        self._fork(_delta_child, (), "policykg-delta", method)
        self.sender: Any = None

    def diff(self, old_texts: list[bytes], new_texts: list[bytes]) -> DeltaWorker:
        import threading

        # Sent from a thread: the child reads only once its imports are done, and a large request would
        # otherwise block this process until then.
        self.sender = threading.Thread(target=self.conn.send, args=((old_texts, new_texts),), daemon=True)
        self.sender.start()
        return self

    def result(self) -> Delta:
        try:
            if not self.conn.poll(DELTA_TIMEOUT):
                raise StoreError(f"the delta worker gave no answer in {DELTA_TIMEOUT:.0f} s")
            status, value = self.conn.recv()
        except (EOFError, OSError) as err:
            raise StoreError(f"the delta worker ended without an answer ({err})") from err
        if status != "ok":
            raise StoreError(f"the delta worker failed: {value}")
        return cast("Delta", value)

    def close(self) -> None:
        self._end(0)  # nothing to wait for: its answer was read, or is no longer wanted
