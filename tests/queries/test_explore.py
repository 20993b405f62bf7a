"""`policykg explore`: the line planner (pure) and a scripted session against the real embedded store."""

from __future__ import annotations

from typing import Any

import pytest

from policykg.errors import UsageError
from policykg.queries.explore import Session, help_text, plan, run_script


def _session() -> Session:
    return Session(store=None)  # type: ignore[arg-type]  # plan() never touches the store


def test_plan_maps_friendly_commands_to_named_queries() -> None:
    s = _session()
    assert plan("unit 职建处", s) == ("run", "unit-profile", {"unit": "职建处"})
    assert plan("industry 智能家電", s) == ("run", "industry-owners", {"industry": "智能家電"})
    assert plan("gaps 10+1", s) == ("run", "system-coverage", {"system": "10+1", "gapsOnly": True})
    assert plan("path 就业处 人工智能", s) == ("run", "path", {"source": "就业处", "target": "人工智能"})
    assert plan("q unit-industries industry=人工智能", s) == (
        "run",
        "unit-industries",
        {"industry": "人工智能"},
    )
    assert plan("units", s) == ("run", "unit-workload", {})


def test_plan_session_settings_and_quit() -> None:
    s = _session()
    assert plan("evidence on", s)[0] == "say" and s.evidence is True
    assert plan("format markdown", s)[0] == "say" and s.fmt == "markdown"
    assert plan("quit", s) == ("quit", "")
    assert plan("   ", s) == ("say", "")
    assert "gaps 10+1" in help_text()


@pytest.mark.parametrize(
    "line", ["bogus thing", "unit", "path onlyone", "format html", "q", 'unit "unclosed']
)
def test_plan_rejects_bad_lines_with_a_usage_error(line: str) -> None:
    with pytest.raises(UsageError):
        plan(line, _session())


@pytest.mark.integration
def test_scripted_session_answers_and_survives_errors(kg_store: Any) -> None:
    shown: list[Any] = []
    said: list[str] = []
    before = kg_store.run("MATCH (n) RETURN count(n) AS n")[0]["n"]
    answered = run_script(
        Session(store=kg_store),
        [
            "unit 人才开发处",
            "no-such-command",
            "industry 人工智慧",
            "q unit-industries industry=') DETACH DELETE n //",
            "quit",
        ],
        show=lambda result, fmt: shown.append(result),
        say=said.append,
    )
    # the bad command is reported and the session goes on
    assert any("unknown command" in s for s in said)
    assert answered >= 2
    profile = shown[0]
    assert {row["unit"] for row in profile.rows} == {"人才开发处"}
    owners = shown[1]
    assert {"就业处", "青岛市工业和信息化局"} <= {row["unit"] for row in owners.rows}
    # an injection string as a parameter changes nothing
    assert kg_store.run("MATCH (n) RETURN count(n) AS n")[0]["n"] == before


def test_help_columns_align_with_chinese_text() -> None:
    # issue 14: help padded by characters, so lines with Chinese examples were pushed right
    from policykg.queries.explore import COMMANDS, display_width, help_text

    lines = help_text().splitlines()[1 : 1 + len(COMMANDS)]
    starts = {display_width(line[: line.index(c.help)]) for line, c in zip(lines, COMMANDS, strict=True)}
    assert len(starts) == 1


def test_options_work_inside_explore() -> None:
    # issue 14: `unit 职建处 --all` inside explore looked the unit "职建处 --all" up
    from policykg.queries.explore import Session, plan

    session = Session(store=None)  # type: ignore[arg-type]
    assert plan("unit 职建处 --all", session) == (
        "run",
        "unit-profile",
        {"unit": "职建处", "_all": True, "all": True},
    )
    assert plan("gaps 10+1 --all", session)[2]["gapsOnly"] is False  # type: ignore[index]
    assert plan("targets 高技能 --evidence", session)[2] == {"keyword": "高技能", "_evidence": True}  # type: ignore[index]
    with pytest.raises(UsageError, match="--all, --evidence"):
        plan("units --sideways", session)


def test_the_query_options_work_inside_explore_as_on_the_command_line() -> None:
    # issue 14: `units --limit 20` (the units help's own example) and `targets --year 2025` were refused
    # inside explore ("unknown option --limit"), and `targets` alone asked for a name
    from policykg.queries.explore import Session, plan

    session = Session(store=None)  # type: ignore[arg-type]
    assert plan("units --limit 20", session) == ("run", "unit-workload", {"limit": "20"})
    assert plan("targets 高技能 --year=2025 --limit 5", session)[2] == {  # type: ignore[index]
        "keyword": "高技能",
        "year": "2025",
        "limit": "5",
    }
    assert plan("targets", session) == ("run", "targets", {})
    assert plan("targets --after x/target/0005", session)[2] == {"after": "x/target/0005"}  # type: ignore[index]
    with pytest.raises(UsageError, match="--limit needs a value"):
        plan("units --limit", session)
    with pytest.raises(UsageError, match="for this command --unit, --limit"):
        plan("units --sideways 3", session)
    with pytest.raises(UsageError, match="needs a name"):
        plan("unit", session)  # a unit's profile still needs the unit


def test_unit_region_works_inside_explore_as_on_the_command_line() -> None:
    # issue 14 (third walk): `unit 劳动关系处 --region 山东省` (the unit help's own example) was refused inside
    # explore ("unknown option --region; … for this command --unit"): the typed name offered as an option
    session = _session()
    assert plan("unit 劳动关系处 --region 山东省", session) == (
        "run",
        "unit-profile",
        {"unit": "山东省/劳动关系处"},
    )
    with pytest.raises(UsageError, match=r"for this command --region$"):
        plan("unit 劳动关系处 --sideways 3", session)


def test_completion_offers_commands_then_names() -> None:
    from policykg.queries.explore import completions

    names = lambda: ["职业能力建设处", "职建处", "人工智能"]  # noqa: E731
    assert completions("un", "un", names) == ["units ", "unit "]
    assert completions("unit 职", "职", names) == ["职业能力建设处", "职建处"]
    assert completions("unit 职建处 --a", "--a", names) == ["--all"]


def test_a_scripts_first_failed_line_is_remembered_for_the_exit_code(kg_store: Any) -> None:
    """Regression (issue 14, fourth walk): `explore --script` exited 0 when a line failed."""
    ok = Session(store=kg_store)
    run_script(ok, ["unit 人才开发处", "quit"], show=lambda r, f: None, say=lambda s: None)
    assert ok.first_error is None
    bad = Session(store=kg_store)
    run_script(bad, ["no-such-command", "unit 人才开发处"], show=lambda r, f: None, say=lambda s: None)
    assert isinstance(bad.first_error, UsageError) and bad.first_error.exit_code == 2
