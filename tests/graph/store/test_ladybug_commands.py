"""Every store command on a LadybugDB store (issue 13), against the real engine, beside the ArcadeDB store of the
same documents: `cypher --write`, the store's own statements (queries/writes.py: pull, counts, wipe, with the
owner label dropped by queries/dialect.py), explore, every viz view, export and the store server."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from policykg import pipeline
from policykg.cli import app
from policykg.errors import QueryError
from policykg.graph.store import engines, server
from policykg.graph.store.embedded import EmbeddedStore
from policykg.graph.store.ladybug_store import LadybugStore

SAMPLES = Path(__file__).resolve().parents[3] / "samples"
pytestmark = pytest.mark.integration

# One explore session touching every command (and the options its lines take).
EXPLORE_SCRIPT = "\n".join(
    [
        "units",
        "unit 职建处 --all",
        "industries",
        "industry 智能家電",
        "gaps 10+1 --all",
        "targets 高技能",
        "deps 就业处",
        "search 直播带岗",
        "path 职建处 人工智能",
        "evidence on",
        "unit 职建处",
        "q unit-industries industry=人工智能",
        "format json",
        "targets 就业",
        "quit",
    ]
)


@pytest.fixture(scope="module")
def folders(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Path]]:
    root = tmp_path_factory.mktemp("lbcmd")
    pipeline.build([SAMPLES], root / "arcadedb", load_store=True, engine=engines.ARCADEDB)
    pipeline.build([SAMPLES], root / "ladybug", load_store=True, engine=engines.LADYBUG)
    yield root / "arcadedb", root / "ladybug"


def _copy(folder: Path, tmp_path: Path) -> Path:
    """A copy of a build folder a test may write to."""
    shutil.copytree(folder, tmp_path / folder.name)
    return tmp_path / folder.name


def _cli(*args: str, stdin: str | None = None) -> str:
    result = CliRunner().invoke(app, list(args), input=stdin)
    assert result.exit_code == 0, result.output
    return result.output


def test_pull_gives_the_arcadedb_graph(folders: tuple[Path, Path]) -> None:
    arcade_dir, lady_dir = folders
    with EmbeddedStore(arcade_dir / "store", release_server=False) as arcade:
        want = arcade.pull()
    with LadybugStore(lady_dir / "store") as lady:
        got = lady.pull()
    assert got.number_of_nodes() == want.number_of_nodes() > 1000
    assert dict(got.nodes(data=True)) == dict(want.nodes(data=True))  # labels and properties, no _labels
    assert sorted(got.edges(keys=True)) == sorted(want.edges(keys=True))


def test_cypher_write_changes_the_store_and_read_only_refuses(
    folders: tuple[Path, Path], tmp_path: Path
) -> None:
    lady_dir = _copy(folders[1], tmp_path)
    d = str(lady_dir)
    text = "MATCH (u:Unit {prefLabel: $name}) SET u.matchKey = $key RETURN u.iri AS iri"
    refused = CliRunner().invoke(
        app, ["cypher", text, "-p", "name=职业能力建设处", "-p", "key=x-test", "-d", d]
    )
    assert refused.exit_code != 0 and "add --write" in refused.output
    _cli("cypher", "--write", text, "-p", "name=职业能力建设处", "-p", "key=x-test", "-d", d, "-f", "json")
    # a new process's view: the change was written to the database file
    with LadybugStore(lady_dir / "store") as lady:
        rows = lady.run("MATCH (u:Unit) WHERE u.matchKey = $k RETURN u.prefLabel AS name", {"k": "x-test"})
    assert rows == [{"name": "职业能力建设处"}]


def test_a_write_to_a_column_the_tables_lack_is_a_query_error(
    folders: tuple[Path, Path], tmp_path: Path
) -> None:
    with LadybugStore(_copy(folders[1], tmp_path) / "store") as lady, pytest.raises(QueryError, match="note"):
        lady.run(
            "MATCH (u:Unit) SET u.note = 1", write=True
        )  # schema first: the engine's limit, said plainly


def test_wipe_deletes_every_node(folders: tuple[Path, Path], tmp_path: Path) -> None:
    with LadybugStore(_copy(folders[1], tmp_path) / "store") as lady:
        before = lady.node_count()
        assert lady.wipe(batch_size=500) == before > 1000
        assert lady.node_count() == 0 and lady.counts() == {}


def test_explore_answers_as_on_arcadedb(folders: tuple[Path, Path]) -> None:
    arcade_dir, lady_dir = folders
    want = _cli("explore", "-d", str(arcade_dir), stdin=EXPLORE_SCRIPT)
    got = _cli("explore", "-d", str(lady_dir), stdin=EXPLORE_SCRIPT)
    assert "Error" not in got and len(got.splitlines()) > 500
    assert got == want  # path and deps too: on the samples both engines pick the same route and order


@pytest.mark.parametrize(
    "view",
    [
        ["--view", "ownership"],
        ["--view", "coordination"],
        ["10+1", "--view", "system"],
        ["关于开展就业环境友好型城市建设工作的通知", "--view", "document"],
        ["职建处", "--depth", "2"],
        ["--query", "unit-workload"],
    ],
)
def test_every_view_draws_the_arcadedb_page(
    folders: tuple[Path, Path], tmp_path: Path, view: list[str]
) -> None:
    pages = []
    for folder in folders:
        page = tmp_path / f"{folder.name}.html"
        _cli("viz", *view, "-d", str(folder), "--out", str(page))
        pages.append(page.read_bytes())
    assert pages[0] == pages[1] and len(pages[1]) > 1000


def test_export_tasks_writes_the_arcadedb_table(folders: tuple[Path, Path], tmp_path: Path) -> None:
    tables = []
    for folder in folders:
        dest = tmp_path / f"{folder.name}.csv"
        _cli("export", "tasks", str(dest), "-d", str(folder))
        tables.append(dest.read_bytes())
    assert tables[0] == tables[1] and tables[1].count(b"\n") > 100


@pytest.fixture
def serving(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    # a short private folder of its own: a Unix socket's path holds at most 107 bytes, and a test's tmp_path under a
    # parallel worker (…/popen-gw0/test_the_server_answers_for_a_0/run/…) runs past it (regression: make test -n)
    run = tempfile.mkdtemp(prefix="pkg-run-")
    monkeypatch.setenv(server.ENABLE_ENV, "1")
    monkeypatch.setenv(server.RUNTIME_ENV, str(Path(run) / "policykg"))
    monkeypatch.setenv(server.IDLE_ENV, "60")
    yield
    server.stop()
    shutil.rmtree(run, ignore_errors=True)


def test_the_server_answers_for_a_ladybug_store_and_sees_its_writes(
    folders: tuple[Path, Path], tmp_path: Path, serving: None
) -> None:
    from policykg.queries import library

    lady_dir = _copy(folders[1], tmp_path)
    remote = library.open_store("embedded", lady_dir)
    try:
        assert isinstance(remote, server.RemoteStore)
        assert server.socket_path(engines.LADYBUG).exists()
        assert not server.socket_path(engines.ARCADEDB).exists()  # no JVM started for a LadybugDB store
        with LadybugStore(lady_dir / "store") as own:
            want = library.run_named(own, "unit-workload", {}).rows
        assert library.run_named(remote, "unit-workload", {}).rows == want
        n = remote.run("MATCH (u:Unit) RETURN count(u) AS n")[0]["n"]
    finally:
        remote.close()
    # a process writing the store makes the server let go; the server then answers from the written file
    with LadybugStore(lady_dir / "store") as own:
        own.run("MATCH (u:Unit {prefLabel: $p}) DETACH DELETE u", {"p": "职业能力建设处"}, write=True)
    remote = library.open_store("embedded", lady_dir)
    try:
        assert remote.run("MATCH (u:Unit) RETURN count(u) AS n")[0]["n"] == n - 1
        # a write through the server (`cypher --write` with the server on): it reopens the database for writing
        with pytest.raises(QueryError):
            remote.run("MATCH (u:Unit) DETACH DELETE u")  # read-only unless write=True, as in-process
        remote.run("MATCH (u:Unit {prefLabel: $p}) DETACH DELETE u", {"p": "人才开发处"}, write=True)
        assert remote.run("MATCH (u:Unit) RETURN count(u) AS n")[0]["n"] < n - 1
    finally:
        remote.close()
    with LadybugStore(lady_dir / "store") as own:  # and the write reached the file
        assert own.run("MATCH (u:Unit) RETURN count(u) AS n")[0]["n"] < n - 1


def test_a_build_releases_the_served_store(folders: tuple[Path, Path], tmp_path: Path, serving: None) -> None:
    from policykg.queries import library

    lady_dir = _copy(folders[1], tmp_path)
    remote = library.open_store("embedded", lady_dir)
    before = remote.run("MATCH (m:Measure) RETURN count(m) AS n")[0]["n"]
    remote.close()
    inputs = tmp_path / "in"
    shutil.copytree(SAMPLES, inputs)
    next(iter(sorted(inputs.iterdir()))).unlink()  # one document fewer: the build writes the store
    pipeline.build([inputs], lady_dir, load_store=True)
    remote = library.open_store("embedded", lady_dir)
    try:
        after = remote.run("MATCH (m:Measure) RETURN count(m) AS n")[0]["n"]
    finally:
        remote.close()
    assert 0 < after < before
