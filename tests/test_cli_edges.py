"""Regression tests for the CLI edges of issue 14, one per edge."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from policykg.cli import app


def test_version_prints_and_exits() -> None:
    result = CliRunner().invoke(app, ["--version"])
    assert result.exit_code == 0 and result.output.startswith("policykg ")


@pytest.mark.parametrize(
    "args",
    [
        ["units", "--format", "yaml"],
        ["unit", "就业处", "--format", "yaml"],
        ["targets", "--format", "xml"],
        ["export", "tasks", "out/", "--format", "json"],
    ],
)
def test_a_bad_format_is_a_usage_error_before_the_store_opens(
    args: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from policykg.queries import library

    def never(*_a: object, **_k: object) -> None:
        raise AssertionError("the store was opened")

    monkeypatch.setattr(library, "open_store", never)
    result = CliRunner().invoke(app, [*args, "--dir", str(tmp_path)])
    assert result.exit_code == 2, result.output
    assert "--format" in result.output
