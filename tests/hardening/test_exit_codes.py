"""Regression (issue 16.9 and 14): a store that cannot be reached is exit 7 from every command, and a missing
``validate`` folder is a usage error (2), an unreadable graph file a file that could not be read (3), neither
"does not conform" (6)."""

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


def test_validate_of_a_file_that_is_no_rdf_is_an_unreadable_file(tmp_path: Path) -> None:
    # issue 14 (fourth walk): `policykg validate` of a damaged graph.ttl said exit 6, "does not conform"
    (tmp_path / "graph.ttl").write_text("garbage <<\n", encoding="utf-8")
    for command in (["validate"], ["viz", "--out", str(tmp_path / "v.html"), "--dir"], ["report", "--dir"]):
        r = CliRunner().invoke(app, [*command, str(tmp_path)])
        assert r.exit_code == 3, (command, r.output)  # viz and report said 9, "rendering error"
        assert "cannot be parsed as RDF" in r.output and "Traceback" not in r.output
    r = CliRunner().invoke(app, ["push", str(tmp_path / "graph.ttl"), "--uri", _refused_uri()])
    assert r.exit_code == 3 and "cannot be parsed as RDF" in r.output, r.output  # was 7, "store error"
