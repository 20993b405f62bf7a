"""A local store server: keeps embedded stores open between one-shot commands, so a question skips the engine's start.

Every one-shot command (``policykg unit 职建处``) used to start the engine's Java runtime and open the store
before its query: ~1.3-2 s against 10-300 ms for the query itself. The first command that reads an embedded
store now starts this server in the background (a detached process of the same installation) and asks its
questions over a Unix socket; later commands find it there and answer in a few tenths of a second. The server
runs the same ``EmbeddedStore.run`` on the same Cypher texts, so the rows are the rows of the in-process store.

Why not Bolt on 127.0.0.1 (ArcadeDB's server with its Bolt plugin): a TCP port on loopback is open to every
local user, so it needs credentials to create, keep and never print; the Bolt driver's import alone costs ~0.2 s
of every command; and a second JVM-side server stack costs memory. A Unix socket in a private folder is reached
by its owner only, with no credentials at all.

* One server per user and installation (the socket name is keyed by the interpreter and policykg's folder), in
  a private runtime folder: ``$XDG_RUNTIME_DIR/policykg`` or ``$TMPDIR/policykg-<uid>/run``
  (``POLICYKG_RUNTIME_DIR``), created 0700 and refused when anyone else owns it or can enter it. Both ends check
  the other's user id (``SO_PEERCRED``). Replies are unpickled with only plain value types allowed.
* It stops after ``POLICYKG_STORE_SERVER_IDLE`` seconds without a request (default 600), and on ``stop``.
* A process that opens a store itself (a build writing it, ``push``, ``explore`` without the server) first asks
  the server to let go of that store (:func:`release`): the engine locks a database folder to one process.
  The server checks a store's folder identity on each request, so a store deleted and built again is reopened.
* A LadybugDB store (``store/engine.json``, issue 13) is served the same way by a server of its own (another
  socket, ``store-<key>-ladybug.sock``): it opens in a few tens of milliseconds and needs no JVM, but each
  one-shot command still paid importing the engine, opening the database and preparing its statements (the
  dialect's rewritten texts take 20-70 ms to prepare); the server keeps the database open and the engine's
  prepared statements cached. Its store's identity is the database file's (a full load swaps a new file in, a
  delta changes it in place), and the build releases it before writing.
* ``POLICYKG_STORE_SERVER=0`` turns it off: every command opens the store in its own process, as before. Any
  failure to reach or start the server falls back to that, silently (the debug log says why).
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import io
import logging
import os
import pickle
import socket
import struct
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from policykg.errors import QueryError, StoreError
from policykg.graph.store.engines import ARCADEDB, ENGINES, LADYBUG_FILE, recorded_engine

log = logging.getLogger(__name__)

ENABLE_ENV = "POLICYKG_STORE_SERVER"
IDLE_ENV = "POLICYKG_STORE_SERVER_IDLE"
RUNTIME_ENV = "POLICYKG_RUNTIME_DIR"
DEFAULT_IDLE = 600.0
START_TIMEOUT = 120.0  # seconds the first command waits for the server's engine to start
_FRAME = struct.Struct(">I")
_MAX_FRAME = 1 << 31
_ALLOWED = frozenset(
    {
        ("datetime", "date"),
        ("datetime", "datetime"),
        ("datetime", "time"),
        ("datetime", "timedelta"),
        ("datetime", "timezone"),
        ("decimal", "Decimal"),
    }
)


def enabled() -> bool:
    """Whether commands use the server (Linux only: the peer check needs ``SO_PEERCRED``)."""
    value = os.environ.get(ENABLE_ENV, "1").strip().lower()
    return value not in ("0", "false", "no", "off") and sys.platform.startswith("linux")


def runtime_dir() -> Path:
    """The private folder of the socket and lock: created 0700; StoreError when it is not private."""
    base = os.environ.get(RUNTIME_ENV)
    if base:
        folder = Path(base)
    elif os.environ.get("XDG_RUNTIME_DIR"):
        folder = Path(os.environ["XDG_RUNTIME_DIR"]) / "policykg"
    else:
        folder = Path(tempfile.gettempdir()) / f"policykg-{os.getuid()}" / "run"
    try:
        folder.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        folder.mkdir(mode=0o700, exist_ok=True)
        st = folder.lstat()
    except OSError as err:
        raise StoreError(f"{folder}: cannot prepare the store server's folder: {err}") from err
    if not os.path.isdir(folder) or folder.is_symlink():
        raise StoreError(f"{folder}: the store server's folder is not a plain folder")
    if st.st_uid != os.getuid() or st.st_mode & 0o077:
        raise StoreError(f"{folder}: the store server's folder must be owned by you and private (mode 0700)")
    return folder


def _install_key() -> str:
    here = Path(__file__).resolve().parents[2]
    from policykg import __version__

    return hashlib.sha256(f"{sys.prefix}|{here}|{__version__}".encode()).hexdigest()[:12]


def socket_path(engine: str = ARCADEDB) -> Path:
    """The socket of this installation's server for ``engine``'s stores."""
    tail = "" if engine == ARCADEDB else f"-{engine}"
    return runtime_dir() / f"store-{_install_key()}{tail}.sock"


def _store_key(path: Path | str) -> str:
    return os.path.realpath(path)


# --------------------------------------------------------------------------- framing


class _Unpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        if (module, name) in _ALLOWED:
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"{module}.{name} is not a value the store server sends")


def _send(conn: socket.socket, message: Any) -> None:
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    conn.sendall(_FRAME.pack(len(data)) + data)


def _recv_exact(conn: socket.socket, n: int) -> bytes:
    chunks = bytearray()
    while len(chunks) < n:
        chunk = conn.recv(min(n - len(chunks), 1 << 20))
        if not chunk:
            raise ConnectionError("the store server closed the connection")
        chunks += chunk
    return bytes(chunks)


def _recv(conn: socket.socket) -> Any:
    (size,) = _FRAME.unpack(_recv_exact(conn, _FRAME.size))
    if size >= _MAX_FRAME:
        raise ConnectionError("oversized frame")
    return _Unpickler(io.BytesIO(_recv_exact(conn, size))).load()


def _peer_uid(conn: socket.socket) -> int:
    creds = conn.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i"))
    return int(struct.unpack("3i", creds)[1])


# --------------------------------------------------------------------------- client


def _connect(path: Path, timeout: float | None) -> socket.socket:
    conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        conn.settimeout(timeout)
        conn.connect(str(path))
        if _peer_uid(conn) != os.getuid():
            raise ConnectionError(f"{path}: the store server belongs to another user")
    except BaseException:
        conn.close()
        raise
    return conn


class RemoteStore:
    """An embedded store held open by the server, as a ``GraphStore`` (same rows as ``EmbeddedStore.run``)."""

    def __init__(self, conn: socket.socket, path: Path) -> None:
        self._conn = conn
        self.path = path
        self.target = f"embedded:{path}"
        self._key = _store_key(path)

    def run(
        self, cypher: str, params: Mapping[str, Any] | None = None, *, write: bool = False
    ) -> list[dict[str, Any]]:
        if self._conn is None:
            raise StoreError(f"{self.path}: the embedded store is closed")
        try:
            _send(self._conn, ("run", self._key, cypher, dict(params or {}), write))
            reply = _recv(self._conn)
        except (OSError, pickle.PickleError, EOFError) as err:
            raise StoreError(f"{self.path}: the store server stopped answering ({err}); run again") from err
        return _unwrap(reply)  # type: ignore[no-any-return,unused-ignore]

    def close(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(OSError):
                self._conn.close()
            self._conn = None  # type: ignore[assignment]

    def __enter__(self) -> RemoteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _unwrap(reply: Any) -> Any:
    status, *rest = reply
    if status == "ok":
        return rest[0]
    kind, message = rest
    raise (QueryError if kind == "query" else StoreError)(message)


def connect_store(path: Path, engine: str = ARCADEDB) -> RemoteStore | None:
    """The store at ``path`` through ``engine``'s server (started when none runs), or None: open it in-process
    then."""
    if not enabled():
        return None
    try:
        sock = socket_path(engine)
        if _too_long(sock):
            return None
        started = "running"
        try:
            conn = _connect(sock, 5.0)
        except (FileNotFoundError, ConnectionRefusedError):
            conn, started = _start_and_connect(sock, engine), "started now"
        conn.settimeout(None)
        _send(conn, ("open", _store_key(path)))
        _unwrap(_recv(conn))
    except (OSError, StoreError, pickle.PickleError, EOFError) as err:
        log.debug("store server not used: %s", err)
        return None
    log.info("%s: answered by the local store server (%s)", path, started)
    return RemoteStore(conn, path)


SOCKET_PATH_MAX = 107  # bytes of a Unix socket's path (sun_path holds 108 with the closing NUL)


def _too_long(sock: Path) -> bool:
    """Whether the socket's path is past what a Unix socket holds: said as a warning (the command then opens the
    store itself, as with the server turned off), naming the folder and the setting that moves it."""
    size = len(os.fsencode(sock))
    if size <= SOCKET_PATH_MAX:
        return False
    log.warning(
        "%s: the store server is not used: its socket path is %d bytes, past the %d a Unix socket holds; "
        "set %s to a shorter folder",
        sock.parent,
        size,
        SOCKET_PATH_MAX,
        RUNTIME_ENV,
    )
    return True


def _start_and_connect(sock: Path, engine: str) -> socket.socket:
    with open(os.devnull, "rb") as devnull:
        subprocess.Popen(
            [sys.executable, "-m", __name__, "serve", str(sock), engine],
            stdin=devnull,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
            close_fds=True,
        )
    deadline = time.monotonic() + START_TIMEOUT
    while True:
        try:
            return _connect(sock, 5.0)
        except (FileNotFoundError, ConnectionRefusedError):
            if time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def release(path: Path | str) -> None:
    """Ask every running server of this user to close the store at ``path`` (this process is about to open it
    itself). Asked even with the server turned off here, and of other installations' servers too: any of them
    may hold the store."""
    if not sys.platform.startswith("linux"):
        return
    try:
        sockets = sorted(runtime_dir().glob("store-*.sock"))
    except (OSError, StoreError):
        return
    for sock in sockets:
        try:
            conn = _connect(sock, 30.0)
        except OSError:
            continue  # a server that ended: nothing holds the store there
        try:
            _send(conn, ("release", _store_key(path)))
            _recv(conn)
        except (OSError, pickle.PickleError, EOFError) as err:
            log.debug("store server %s: release of %s failed: %s", sock, path, err)
        finally:
            conn.close()


def stop() -> bool:
    """Stop this installation's running servers (one per engine); False when none runs."""
    stopped = False
    for engine in ENGINES:
        try:
            conn = _connect(socket_path(engine), 30.0)
        except (OSError, StoreError):
            continue
        try:
            _send(conn, ("stop",))
            _recv(conn)
        finally:
            conn.close()
        stopped = True
    return stopped


# --------------------------------------------------------------------------- server


class _Server:
    def __init__(self, sock: socket.socket, idle: float, engine: str = ARCADEDB) -> None:
        self.sock = sock
        self.idle = idle
        self.engine = engine
        self.stores: dict[str, tuple[Any, tuple[int, ...]]] = {}  # key -> (store, identity)
        self.lock = threading.Lock()
        self.last = time.monotonic()
        self.busy = 0  # open connections (an ``explore`` session keeps one between its questions)
        self.stopping = False

    def store(self, key: str) -> Any:
        try:
            ident = self._identity(key)
        except OSError as err:
            self._close(key)
            raise StoreError(f"{key}: no embedded store here ({err.strerror})") from err
        have = self.stores.get(key)
        if have is not None and have[1] == ident:
            return have[0]
        self._close(key)
        store = self._open(key)
        self.stores[key] = (store, ident)
        return store

    def _identity(self, key: str) -> tuple[int, ...]:
        """The folder's identity (ArcadeDB: a store deleted and built again); for LadybugDB the database
        file's, with its size and time (a full load swaps a file in, a delta writes the file in place)."""
        if self.engine == ARCADEDB:
            st = os.stat(key)
            return (st.st_dev, st.st_ino)
        st = os.stat(os.path.join(key, LADYBUG_FILE))
        return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)

    def _open(self, key: str) -> Any:
        if self.engine == ARCADEDB:
            from policykg.graph.store.embedded import EmbeddedStore

            return EmbeddedStore(Path(key), release_server=False)
        if recorded_engine(Path(key)) != self.engine:
            raise StoreError(f"{key}: not a {self.engine} store")
        from policykg.graph.store.ladybug_store import LadybugStore

        return LadybugStore(Path(key), release_server=False)

    def _close(self, key: str) -> None:
        have = self.stores.pop(key, None)
        if have is not None:
            have[0].close()

    def handle(self, message: Any) -> Any:
        op = message[0]
        if op == "run":
            _, key, cypher, params, write = message
            with self.lock:
                store = self.store(key)
            return ("ok", store.run(cypher, params, write=write))
        with self.lock:
            if op == "open":
                self.store(message[1])
            elif op == "release":
                self._close(message[1])
            elif op == "stop":
                self.stopping = True
            elif op != "ping":
                raise StoreError(f"unknown request {op!r}")
        return ("ok", None)

    def connection(self, conn: socket.socket) -> None:
        with conn:
            if _peer_uid(conn) != os.getuid():
                return
            with self.lock:
                self.busy += 1
            try:
                self._requests(conn)
            finally:
                with self.lock:
                    self.busy -= 1
                self.last = time.monotonic()

    def _requests(self, conn: socket.socket) -> None:
        while True:
            try:
                message = _recv(conn)
            except (OSError, ConnectionError, EOFError, pickle.PickleError):
                return
            try:
                reply = self.handle(message)
            except QueryError as err:
                reply = ("error", "query", str(err))
            except Exception as err:  # the engine raises Java-side errors of many kinds
                reply = ("error", "store", str(err) or type(err).__name__)
            self.last = time.monotonic()
            try:
                _send(conn, reply)
            except OSError:
                return

    def serve(self) -> None:
        self.sock.settimeout(1.0)
        while not self.stopping and (self.busy or time.monotonic() - self.last < self.idle):
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            self.last = time.monotonic()
            conn.settimeout(None)
            threading.Thread(target=self.connection, args=(conn,), daemon=True).start()
        with self.lock:
            for key in list(self.stores):
                self._close(key)


def _serve(path: Path, engine: str) -> int:
    import fcntl

    if path.parent != runtime_dir() or engine not in ENGINES:
        return 2
    lock = open(path.with_suffix(".lock"), "a+b")  # noqa: SIM115 - held for the server's life
    try:
        fcntl.flock(lock.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as err:
        if err.errno in (errno.EAGAIN, errno.EACCES):
            return 0  # another server of this installation runs: the client connects to it
        raise
    if engine == ARCADEDB:
        from policykg.graph.store.embedded import start_engine

        start_engine()
    path.unlink(missing_ok=True)
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    old = os.umask(0o177)
    try:
        sock.bind(str(path))
    finally:
        os.umask(old)
    sock.listen(16)
    try:
        idle = float(os.environ.get(IDLE_ENV, DEFAULT_IDLE))
    except ValueError:
        idle = DEFAULT_IDLE
    try:
        _Server(sock, idle, engine).serve()
    finally:
        path.unlink(missing_ok=True)
        sock.close()
    return 0


def main(argv: list[str]) -> int:
    if len(argv) not in (2, 3) or argv[0] != "serve":
        print(f"usage: python -m {__name__} serve SOCKET [{'|'.join(ENGINES)}]", file=sys.stderr)
        return 2
    code = _serve(Path(argv[1]), argv[2] if len(argv) == 3 else ARCADEDB)
    # Leave without interpreter teardown: a JVM and a finalising interpreter can crash together.
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
