"""The query commands in cli.py, wired to the fixture store (open_store patched)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from policykg.cli import app
from policykg.queries import library

pytestmark = pytest.mark.integration


class _NoClose:
    def __init__(self, store: Any) -> None:
        self.store = store

    def run(self, *a: Any, **k: Any) -> Any:
        return self.store.run(*a, **k)

    def close(self) -> None:  # the session store outlives one command
        pass


@pytest.fixture
def cli(kg_store: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    seen: dict[str, Any] = {}

    def fake_open(kind: str, directory: Path, **kw: Any) -> Any:
        seen.update(kind=kind, directory=directory, **kw)
        return _NoClose(kg_store)

    monkeypatch.setattr(library, "open_store", fake_open)

    def invoke(*args: str) -> Any:
        result = CliRunner().invoke(app, list(args), terminal_width=200)
        result.seen = seen
        return result

    return invoke


def test_query_json(cli: Any) -> None:
    r = cli("query", "industry-owners", "--param", "industry=人工智慧", "--format", "json", "--dir", "x")
    assert r.exit_code == 0, r.output
    rows = json.loads(r.output)
    assert {row["unit"] for row in rows} == {"就业处", "人才开发处", "青岛市工业和信息化局"}
    assert r.seen["directory"] == Path("x") and r.seen["kind"] == "embedded"


def test_query_list(cli: Any) -> None:
    r = cli("query", "--list", "--format", "csv")
    assert r.exit_code == 0 and "unit-industries" in r.output and "system-coverage" in r.output


def test_query_list_table_has_a_title_not_the_option() -> None:
    # QA: `policykg query --list` printed the table under the title "--list"
    assert library.list_queries().query == "named queries"


def test_ambiguous_name_exit_2_lists_candidates(cli: Any) -> None:
    r = cli("unit", "就业处")
    assert r.exit_code == 2
    assert "matches 2 things" in r.output and "青岛市人力资源和社会保障局" in r.output


def test_unknown_name_suggests(cli: Any) -> None:
    r = cli("industry", "人工智障")
    assert r.exit_code == 2 and "人工智能" in r.output


def test_friendly_commands(cli: Any) -> None:
    r = cli("gaps", "10+1", "--format", "csv")
    assert r.exit_code == 0, r.output
    assert r.output.count("\n") == 3 and "高端化工" in r.output and "食品饮料" in r.output
    r = cli("targets", "--year", "2026", "--format", "json", "--evidence")
    rows = json.loads(r.output)
    assert [x["indicator"] for x in rows] == ["引进博士"] and rows[0]["evidence"][0]["clause"] == "2"
    r = cli("deps", "人才开发处", "--depth", "1", "--format", "json")
    assert r.exit_code == 0 and any(x["direction"] == "sharesMeasuresWith" for x in json.loads(r.output))
    for args in (["units"], ["industries"], ["unit", "人才开发处"], ["analyze"]):
        r = cli(*args)
        assert r.exit_code == 0, (args, r.output)
        assert "人" in r.output


def test_cypher_read_only_and_password_never_printed(cli: Any) -> None:
    r = cli("cypher", "MATCH (n) DETACH DELETE n", "--password", "s3cret-pw")
    assert r.exit_code == 8 and "--write" in r.output and "s3cret-pw" not in r.output
    r = cli(
        "cypher",
        "MATCH (u:Unit) WHERE u.matchKey CONTAINS $q RETURN u.prefLabel AS n",
        "--param",
        "q=科技",
        "-f",
        "json",
    )
    assert json.loads(r.output) == [{"n": "烟台市科学技术局"}]


def test_cypher_says_when_the_shell_emptied_a_parameter(cli: Any) -> None:
    # issue 14 (fourth walk): the help's example in double quotes reached policykg as `CONTAINS  RETURN` and
    # failed with only the engine's parse error
    from policykg.queries import library

    assert library.unused_params("RETURN $q, $`k`", {"q": 1, "k": 2, "qq": 3}) == ["qq"]
    r = cli("cypher", "MATCH (u:Unit) WHERE u.matchKey CONTAINS  RETURN u.prefLabel", "--param", "q=就业")
    assert r.exit_code == 8 and "no $q for --param q" in r.output and "single quotes" in r.output


def test_query_all_lists_every_measure_of_a_unit_profile(cli: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    # issue 14 (fourth walk): `policykg query unit-profile --param unit=职建处 --all` still showed the first 10
    # of 34 measures and said "every one: --all"; --all now sets the query's own `all`
    seen: list[dict[str, Any]] = []
    real = library._run_query
    monkeypatch.setattr(library, "_run_query", lambda st, q, b: seen.append(dict(b)) or real(st, q, b))
    r = cli("query", "unit-profile", "--param", "unit=人才开发处", "--all")
    assert r.exit_code == 0, r.output
    assert seen[-1]["all"] is True and "--param all" not in r.output
    r = cli("query", "unit-profile", "--param", "unit=人才开发处", "--param", "all=false", "--all")
    assert seen[-1]["all"] is False  # asked for explicitly, kept


def test_bad_param_is_query_error(cli: Any) -> None:
    r = cli("query", "targets", "--param", "yeer=2025")
    assert r.exit_code == 8 and "no parameter" in r.output


def test_export_tasks(cli: Any, tmp_path: Path) -> None:
    r = cli("export", "tasks", str(tmp_path), "--format", "csv")
    assert r.exit_code == 0, r.output
    assert (tmp_path / "tasks.csv").exists() and "3 measures" in r.output


def test_missing_store_is_usage_error(tmp_path: Path) -> None:
    r = CliRunner().invoke(app, ["units", "--dir", str(tmp_path)])
    assert r.exit_code == 2 and "policykg build" in r.output


def test_paged_listing_says_how_to_go_on(cli: Any) -> None:
    from qkg import M1  # type: ignore[import-not-found]

    r = cli("query", "tasks", "--param", "limit=1", "--format", "json")
    assert r.exit_code == 0, r.output
    assert len(json.loads(r.stdout)) == 1  # stdout stays JSON: the note goes to stderr
    assert f"--param after={M1}" in r.stderr
    r = cli("query", "tasks", "--param", f"after={M1}", "--format", "json")
    assert r.exit_code == 0 and len(json.loads(r.stdout)) == 2 and "more follow" not in r.stderr
    r = cli("query", "tasks", "--param", "limit=1", "--all", "--format", "json")
    assert r.exit_code == 0 and len(json.loads(r.stdout)) == 3 and "more follow" not in r.stderr


def test_unit_profile_names_the_units_region(cli: Any) -> None:
    # QA: of three units called 税务局, `policykg unit 宜兴市税务局` showed only "税务局" as its heading
    r = cli("unit", "烟台市就业处")
    assert r.exit_code == 0, r.output
    assert r.output.splitlines()[0].strip() == "就业处  · 烟台市"


def test_a_unit_without_measures_lists_no_measure_and_no_target(cli: Any) -> None:
    """Regression (issue 14, third walk): `policykg unit 市人社局` (a bureau named only as its divisions' parent)
    listed an empty measure “1.” holding every target of the graph, twice: ArcadeDB reads a pattern from the
    null measure as a pattern from any node."""
    r = cli("unit", "青岛市人力资源和社会保障局", "--format", "json")
    assert r.exit_code == 0, r.output
    rows = json.loads(r.stdout)
    assert len(rows) == 1 and rows[0]["measure"] is None
    assert rows[0]["targets"] == [] and rows[0]["industries"] == [] and rows[0]["document"] is None
    r = cli("unit", "青岛市人力资源和社会保障局")
    assert r.exit_code == 0, r.output
    assert "no measure names this unit itself" in r.output and "1." not in r.output
