"""Fixtures for the query tests: the hand-made graph of qkg.py in an embedded store and behind Bolt."""

from __future__ import annotations

import importlib.util
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))  # importlib mode: let tests import qkg

from qkg import BoltStore, _embedded, _free_port, load_fixture  # noqa: E402


@pytest.fixture(scope="session")
def kg_store() -> Iterator[Any]:
    """The fixture graph in an embedded ArcadeDB store (session-wide: queries only read it)."""
    tmp = Path(tempfile.mkdtemp(prefix="pkg-queries-"))
    store = _embedded(tmp / "store")
    load_fixture(store.run)
    yield store
    store.close()
    shutil.rmtree(tmp, ignore_errors=True)


@pytest.fixture
def fresh_store(tmp_path: Path) -> Iterator[Any]:
    """A private copy of the fixture graph, for tests that try to change it."""
    store = _embedded(tmp_path / "store")
    load_fixture(store.run)
    yield store
    store.close()


@pytest.fixture(scope="session")
def kg_bolt() -> Iterator[Any]:
    """The fixture graph behind a real Bolt server (ArcadeDB's Bolt plugin on 127.0.0.1), queried with the
    official neo4j driver. Uses the project's Neo4jStore when it exists."""
    import time

    import arcadedb_embedded

    tmp = Path(tempfile.mkdtemp(prefix="pkg-bolt-"))
    password = "policykg-test-" + os.urandom(4).hex()
    bolt_port = _free_port()
    server = arcadedb_embedded.create_server(
        root_path=str(tmp),
        root_password=password,
        config={
            "http_port": _free_port(),
            "host": "127.0.0.1",
            "server_plugins": "Bolt:com.arcadedb.bolt.BoltProtocolPlugin",
            "bolt_port": bolt_port,
            "bolt_host": "127.0.0.1",
        },
    )
    server.start()
    server.create_database("kg")
    uri = f"bolt://127.0.0.1:{bolt_port}"
    store: Any
    if importlib.util.find_spec("policykg.graph.store.neo4j_store") is not None:
        from policykg.graph.store.neo4j_store import Neo4jStore

        store = Neo4jStore(uri, "root", password, "kg")
    else:
        store = BoltStore(uri, "root", password, "kg")
    deadline = time.monotonic() + 30
    while True:
        try:
            store.run("RETURN 1 AS one")
            break
        except Exception:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)
    load_fixture(store.run)
    yield store
    store.close()
    server.stop()
    shutil.rmtree(tmp, ignore_errors=True)
