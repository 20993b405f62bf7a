"""Regression (issue 16.9 and 14): a store that cannot be reached is exit 7 from every command, and a missing
``validate`` folder is a usage error (2), not "does not conform" (6)."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from typer.testing import CliRunner

from policykg.cli import app


def _refused_uri() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return f"bolt://127.0.0.1:{sock.getsockname()[1]}"  # closed again: connections are refused


@pytest.mark.parametrize(
    "args",
    [
        ["cypher", "RETURN 1 AS one"],
        ["units"],
        ["query", "unit-workload"],
        ["unit", "职建处"],
        ["industry", "智能家电"],
        ["gaps", "10+1"],
        ["targets"],
    ],
)
def test_unreachable_neo4j_is_exit_7_everywhere(args: list[str]) -> None:
    secret = "s3cret-" + "x" * 6
    r = CliRunner().invoke(app, [*args, "--store", "neo4j", "--uri", _refused_uri(), "--password", secret])
    assert r.exit_code == 7, r.output
    assert "unreachable" in r.output and secret not in r.output


def test_validate_missing_folder_is_a_usage_error(tmp_path: Path) -> None:
    r = CliRunner().invoke(app, ["validate", str(tmp_path / "nothing-here")])
    assert r.exit_code == 2, r.output
    assert "no such file or folder" in r.output
