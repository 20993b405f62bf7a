"""The store server: one-shot commands ask a background process that holds the store open, and get the rows
the in-process store gives; it lets go of a store another process opens, stays private, and stops when idle."""

from __future__ import annotations

import io
import os
import pickle
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from qkg import _embedded, load_fixture
from test_parity import PARAMS

from policykg.errors import StoreError
from policykg.graph.store import server
from policykg.queries import library as L

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A build folder holding the fixture graph, with the store server turned on in a private folder."""
    folder = tmp_path_factory.mktemp("served")
    store = _embedded(folder / "store")
    load_fixture(store.run)
    store.close()
    mp = pytest.MonkeyPatch()
    mp.setenv(server.ENABLE_ENV, "1")
    mp.setenv(server.RUNTIME_ENV, str(tmp_path_factory.mktemp("run") / "policykg"))
    mp.setenv(server.IDLE_ENV, "60")
    yield folder
    server.stop()
    mp.undo()


def test_the_server_answers_every_named_query_as_the_embedded_store(served: Path, kg_store: Any) -> None:
    remote = L.open_store("embedded", served)
    try:
        assert isinstance(remote, server.RemoteStore)
        for name in sorted(L.load_library()):
            params = PARAMS.get(name, {})
            want = L.run_named(kg_store, name, params, evidence=True)
            got = L.run_named(remote, name, params, evidence=True)
            assert got.rows == want.rows, name
            assert got.columns == want.columns, name
    finally:
        remote.close()


def test_a_query_error_crosses_as_a_query_error(served: Path) -> None:
    from policykg.errors import QueryError

    remote = L.open_store("embedded", served)
    try:
        with pytest.raises(QueryError):
            remote.run("MATCH (n:Unit) RETURN n.iri AS x ORDER BY")
        with pytest.raises(QueryError):
            remote.run("MATCH (n:Unit) SET n.x = 1")  # read-only unless write=True, as in-process
        assert remote.run("MATCH (u:Unit) RETURN count(u) AS n")[0]["n"] > 0  # the connection still works
    finally:
        remote.close()


def test_a_process_that_opens_the_store_itself_makes_the_server_let_go(served: Path) -> None:
    from policykg.graph.store.embedded import EmbeddedStore

    remote = L.open_store("embedded", served)
    n = remote.run("MATCH (u:Unit) RETURN count(u) AS n")[0]["n"]
    remote.close()
    with EmbeddedStore(served / "store") as own:  # the engine's lock: only after the server closed it
        own.run("CREATE (:Unit:PolicyKG {iri: 'urn:test:served-unit'})", write=True)
    remote = L.open_store("embedded", served)
    try:
        assert remote.run("MATCH (u:Unit) RETURN count(u) AS n")[0]["n"] == n + 1  # reopened: the new state
        remote.run("MATCH (u:Unit {iri: 'urn:test:served-unit'}) DETACH DELETE u", write=True)
    finally:
        remote.close()


def test_the_runtime_folder_must_be_private(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "shared"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)
    monkeypatch.setenv(server.RUNTIME_ENV, str(folder))
    monkeypatch.setenv(server.ENABLE_ENV, "1")
    with pytest.raises(StoreError, match="private"):
        server.runtime_dir()
    assert server.connect_store(tmp_path / "store") is None  # the command opens the store itself then


def test_a_runtime_folder_too_long_for_a_socket_is_said(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """Regression (round 31): a runtime folder whose socket path ran past 107 bytes turned the server off with a
    debug line only; now a warning names the folder and the setting, and the command opens the store itself."""
    folder = tmp_path / ("d" * (server.SOCKET_PATH_MAX - len(str(tmp_path))))
    monkeypatch.setenv(server.ENABLE_ENV, "1")
    monkeypatch.setenv(server.RUNTIME_ENV, str(folder))
    with caplog.at_level("WARNING", logger=server.log.name):
        assert server.connect_store(tmp_path / "store") is None
    assert any(server.RUNTIME_ENV in r.getMessage() and str(folder) in r.getMessage() for r in caplog.records)


def test_replies_carry_plain_values_only() -> None:
    hostile = pickle.dumps(("ok", [{"x": os.system}]))
    with pytest.raises(pickle.UnpicklingError):
        server._Unpickler(io.BytesIO(hostile)).load()
    import datetime

    plain = pickle.dumps(("ok", [{"d": datetime.date(2025, 1, 2), "n": 1.5, "l": ["a", None]}]))
    assert server._Unpickler(io.BytesIO(plain)).load()[1][0]["d"] == datetime.date(2025, 1, 2)


def test_turned_off_the_command_opens_the_store_itself(served: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(server.ENABLE_ENV, "0")
    assert server.connect_store(served / "store") is None


def test_the_server_stops_when_idle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = _embedded(tmp_path / "store")
    load_fixture(store.run)
    store.close()
    monkeypatch.setenv(server.ENABLE_ENV, "1")
    monkeypatch.setenv(server.RUNTIME_ENV, str(tmp_path / "run"))
    monkeypatch.setenv(server.IDLE_ENV, "1")
    remote = server.connect_store(tmp_path / "store")
    assert remote is not None
    remote.close()
    sock = server.socket_path()
    assert sock.exists() and (sock.stat().st_mode & 0o077) == 0
    deadline = time.monotonic() + 30
    while sock.exists() and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not sock.exists()
