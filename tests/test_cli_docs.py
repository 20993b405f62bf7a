"""Every CLI command has help text with an example and appears in the README's command reference."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from policykg.cli import app

ROOT = Path(__file__).resolve().parents[1]


def _commands() -> list[str]:
    import typer.main

    click_app = typer.main.get_command(app)
    names = []
    for name, cmd in click_app.commands.items():  # type: ignore[attr-defined]
        names.append(name)
        sub = getattr(cmd, "commands", None)
        if sub:
            names.extend(f"{name} {s}" for s in sub)
    return sorted(names)


def test_there_are_commands() -> None:
    assert {"build", "validate"} <= set(_commands())


@pytest.mark.parametrize("name", _commands())
def test_command_has_help_with_example(name: str) -> None:
    result = CliRunner().invoke(app, [*name.split(), "--help"], terminal_width=200)
    assert result.exit_code == 0, result.output
    assert "Example" in result.output, f"`policykg {name} --help` shows no example"


@pytest.mark.parametrize("name", _commands())
def test_command_in_readme(name: str) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert re.search(rf"`policykg {re.escape(name)}\b", readme), f"`policykg {name}` missing from README"


def test_help_is_fast_and_imports_nothing_heavy() -> None:
    code = (
        "import sys; from policykg.cli import app; "
        "heavy = [m for m in ('pyvis', 'neo4j', 'arcadedb_embedded', 'opencc', 'pyshacl', 'rdflib', 'jpype') "
        "if m in sys.modules]; print(heavy)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert out == "[]", f"policykg --help imports heavy modules: {out}"


def test_every_command_summary_is_one_paragraph_line() -> None:
    """Regression (issue 14, second walk): `industry`'s summary broke mid-sentence in the `policykg --help`
    command list (its first docstring paragraph spanned two source lines)."""
    import typer.main

    click_app = typer.main.get_command(app)
    broken = []
    for name, cmd in click_app.commands.items():  # type: ignore[attr-defined]
        for sub_name, sub in [(name, cmd), *getattr(cmd, "commands", {}).items()]:
            first = (sub.help or "").strip().split("\n\n")[0]
            if "\n" in first:
                broken.append(sub_name)
    assert not broken


def test_verbose_is_a_repeated_switch_not_a_number() -> None:
    # issue 14 (second walk): the help showed `--verbose -v <int> [default: 0]`
    result = CliRunner().invoke(app, ["--help"], terminal_width=200, env={"NO_COLOR": "1"})
    line = next(ln for ln in result.output.splitlines() if "--verbose" in ln)
    assert "<int>" not in line and "default" not in line


def test_readme_has_no_stray_sentence_fragment() -> None:
    """Regression (issue 14, fourth walk): a merge left "… (`bench/README.md`). never to the console or the current
    folder." in the README, the end of a sentence whose start was lost. A sentence starts with a capital (or the
    command's name, policykg), never with another lower-case word."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    prose = re.sub(r"`[^`]*`", "CODE", re.sub(r"```.*?```", "", text, flags=re.S)).replace("\n", " ")
    starts = [m.group(2) for m in re.finditer(r"(\w{2,}|\)|CODE)\. +([a-z]\w*)", prose)]
    assert [w for w in starts if w != "policykg"] == [], starts
