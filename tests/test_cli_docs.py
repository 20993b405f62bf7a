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
