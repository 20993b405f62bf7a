"""Session fixtures shared by the store tests: a real Bolt server and embedded stores.

``bolt_server`` runs ArcadeDB with its Bolt plugin in a child process (its own JVM, so a test can stop it in
the middle of a push and start it again) on 127.0.0.1, on free ports, and waits until ``RETURN 1`` succeeds
through the official neo4j driver (the port opens before the database exists).
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

# The store server (policykg.graph.store.server) is off for the test session: each test opens its stores in
# its own process, as before, and no background process outlives a test. tests/queries/test_store_server.py
# turns it on for itself, in a private runtime folder.
os.environ["POLICYKG_STORE_SERVER"] = "0"
os.environ["POLICYKG_RUNTIME_DIR"] = tempfile.mkdtemp(prefix="pkg-run-")

_SERVER_SCRIPT = r"""
import os, signal, sys, time
import arcadedb_embedded as arcade

root, bolt_port, http_port, password, database = sys.argv[1:6]
server = arcade.create_server(root, root_password=password, config={
    "host": "127.0.0.1",
    "http_port": int(http_port),
    "server_plugins": "Bolt:com.arcadedb.bolt.BoltProtocolPlugin",
    "bolt_port": int(bolt_port),
    "bolt_host": "127.0.0.1",
})
server.start()
server.create_database(database)  # creates it, or returns the existing one after a restart
def stop(*_):
    server.stop()
    os._exit(0)  # sys.exit would wait for the JVM's non-daemon threads
signal.signal(signal.SIGTERM, stop)
print("STARTED", flush=True)
while True:
    time.sleep(1)
"""


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class BoltServer:
    """An ArcadeDB server with the Bolt plugin in a child process, restartable on the same data and port."""

    user = "root"
    database = "policykg"

    def __init__(self, root: Path) -> None:
        self.root = root
        self.password = "pkg-test-" + os.urandom(6).hex()
        self.bolt_port = free_port()
        self.http_port = free_port()
        self.uri = f"bolt://127.0.0.1:{self.bolt_port}"
        self.proc: subprocess.Popen[bytes] | None = None
        self.log = root / "server.log"

    def start(self, timeout: float = 120.0) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        with open(self.log, "ab") as log:
            self.proc = subprocess.Popen(
                [
                    sys.executable,
                    "-c",
                    _SERVER_SCRIPT,
                    str(self.root / "databases"),
                    str(self.bolt_port),
                    str(self.http_port),
                    self.password,
                    self.database,
                ],
                cwd=self.root,  # the engine writes ./log/ into its working directory
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        self.wait_ready(timeout)

    def wait_ready(self, timeout: float) -> None:
        import neo4j

        deadline = time.monotonic() + timeout
        last: Exception | None = None
        while time.monotonic() < deadline:
            if self.proc is not None and self.proc.poll() is not None:
                raise RuntimeError(f"Bolt server exited with {self.proc.returncode}; see {self.log}")
            try:
                # a plain session, not execute_query: no driver-side retries (and their log lines) while waiting
                with neo4j.GraphDatabase.driver(self.uri, auth=(self.user, self.password)) as driver:
                    with driver.session(database=self.database) as session:
                        record = session.run("RETURN 1 AS one").single()
                    if record is not None and record["one"] == 1:
                        return
            except Exception as err:  # not up yet: refused, or database not created yet
                last = err
            time.sleep(0.5)
        raise RuntimeError(f"Bolt server not ready after {timeout}s: {last}; see {self.log}")

    def stop(self, *, kill: bool = False) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        self.proc.send_signal(signal.SIGKILL if kill else signal.SIGTERM)
        try:
            self.proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=30)

    def restart(self) -> None:
        self.stop()
        self.start()

    def store(self, **kwargs: Any) -> Any:
        from policykg.graph.store.neo4j_store import Neo4jStore

        return Neo4jStore(self.uri, self.user, self.password, self.database, **kwargs)


def start_bolt_server(root: Path) -> BoltServer:
    """Start a server under ``root`` (used by the fixture and by bench/bench_push.py)."""
    server = BoltServer(root)
    server.start()
    return server


@pytest.fixture(scope="session")
def bolt_server() -> Iterator[BoltServer]:
    """A real Bolt server (ArcadeDB) on 127.0.0.1 for the whole session."""
    root = Path(tempfile.mkdtemp(prefix="pkg-bolt-"))
    server = start_bolt_server(root)
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def embedded_store(tmp_path: Path) -> Iterator[Callable[..., Any]]:
    """A factory: ``embedded_store()`` opens (or creates) an EmbeddedStore under tmp_path; all are closed after."""
    from policykg.graph.store.embedded import EmbeddedStore

    opened: list[EmbeddedStore] = []

    def make(name: str = "store") -> EmbeddedStore:
        store = EmbeddedStore(tmp_path / name)
        opened.append(store)
        return store

    yield make
    for store in opened:
        store.close()


def build_small_pg(n_units: int = 3, n_measures: int = 4) -> Any:
    """A small property graph in the documented shape (real labels, types and keys of the ontology)."""
    import networkx as nx

    base = "https://w3id.org/policykg/id/"
    pg = nx.MultiDiGraph()
    doc = base + "doc/d1"
    pg.add_node(
        doc,
        labels=("PolicyDocument",),
        props={"iri": doc, "title": "关于印发若干措施的通知", "issued": "2021-11-22"},
    )
    units = [base + f"unit/u{i}" for i in range(n_units)]
    for i, u in enumerate(units):
        pg.add_node(
            u,
            labels=("Unit",),
            props={"iri": u, "prefLabel": f"单位{i}", "altLabel": sorted([f"别名{i}a", f"别名{i}b"])},
        )
        if i:
            pg.add_edge(u, units[0], key="SUB_ORGANIZATION_OF", type="SUB_ORGANIZATION_OF")
    ind = base + "industry/ai"
    pg.add_node(ind, labels=("Industry",), props={"iri": ind, "prefLabel": "人工智能"})
    for j in range(n_measures):
        m = base + f"measure/d1-{j + 1}"
        pg.add_node(
            m,
            labels=("Measure",),
            props={
                "iri": m,
                "number": str(j + 1),
                "ordinal": j + 1,
                "text": f"第{j + 1}项措施。",
                "charStart": 10 * j,
                "charEnd": 10 * j + 6,
            },
        )
        pg.add_edge(m, doc, key="IN_DOCUMENT", type="IN_DOCUMENT")
        pg.add_edge(doc, m, key="HAS_MEASURE", type="HAS_MEASURE")
        pg.add_edge(m, units[j % n_units], key="RESPONSIBLE_UNIT", type="RESPONSIBLE_UNIT")
        if j % 2 == 0:
            pg.add_edge(m, units[j % n_units], key="LEAD_UNIT", type="LEAD_UNIT")
            pg.add_edge(m, ind, key="CONCERNS_INDUSTRY", type="CONCERNS_INDUSTRY")
    t = base + "target/d1-1"
    pg.add_node(
        t,
        labels=("Target",),
        props={"iri": t, "value": 20000.0, "unitOfMeasure": "人", "comparator": ">=", "year": 2025},
    )
    pg.add_edge(base + "measure/d1-1", t, key="HAS_TARGET", type="HAS_TARGET")
    pg.add_edge(t, doc, key="IN_DOCUMENT", type="IN_DOCUMENT")
    return pg


def expected_counts(pg: Any) -> dict[str, int]:
    """Nodes per label and edges per type, counted independently of any store."""
    from collections import Counter

    c: Counter[str] = Counter()
    for _, data in pg.nodes(data=True):
        c.update(data["labels"])
    for _, _, data in pg.edges(data=True):
        c[data["type"]] += 1
    return dict(sorted(c.items()))


@pytest.fixture
def small_pg() -> Callable[..., Any]:
    return build_small_pg


@pytest.fixture
def count_of() -> Callable[[Any], dict[str, int]]:
    return expected_counts


# --------------------------------------------------------------------------- clean exit with an embedded engine
# The embedded engine runs a JVM inside the test process (JPype). Tearing the interpreter down while the JVM's
# threads are still alive has crashed the process with SIGSEGV *after* every test had passed and the summary had
# been printed (seen once in a CI dry run), turning a green run red. Once pytest is completely done, leave the
# process without interpreter teardown, keeping pytest's exit status.


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    session.config.stash[_EXIT_STATUS] = int(exitstatus)


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    status = config.stash.get(_EXIT_STATUS, None)
    if status is None or "jpype" not in sys.modules:
        return
    import jpype

    if not jpype.isJVMStarted():
        return
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)


_EXIT_STATUS = pytest.StashKey[int]()
