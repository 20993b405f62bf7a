"""Regression tests for the CLI edges of issue 14, one per edge."""

from __future__ import annotations

import os
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


def test_no_color_turns_off_every_style(monkeypatch: pytest.MonkeyPatch) -> None:
    # issue 14: with NO_COLOR tables and help still came out bold and dim (rich drops only colours)
    import io

    import typer.rich_utils

    from policykg import display

    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setattr(typer.rich_utils, "COLOR_SYSTEM", "auto")
    c = display.console()
    c.file = io.StringIO()
    c.print("[bold]bold[/bold] [dim]dim[/dim] [italic]it[/italic]")
    assert "\x1b[" not in c.file.getvalue()
    assert c.color_system is None
    result = CliRunner().invoke(app, ["units", "--help"], env={"NO_COLOR": "1"})
    assert result.exit_code == 0 and typer.rich_utils.COLOR_SYSTEM is None
    monkeypatch.delenv("NO_COLOR")
    assert display.console().color_system is not None or not display.no_color()


def test_usage_lines_name_arguments() -> None:
    # issue 14: usage lines read `policykg build [OPTIONS] {paths}...`
    for args, usage in (
        (["build", "--help"], "policykg build [OPTIONS] PATHS..."),
        (["unit", "--help"], "policykg unit [OPTIONS] NAME"),
        (["export", "tasks", "--help"], "policykg export tasks [OPTIONS] DEST"),
        (["viz", "--help"], "policykg viz [OPTIONS] [FOCUS]"),
    ):
        result = CliRunner().invoke(app, args, terminal_width=200)
        assert usage in result.output, result.output
        assert "{" not in result.output.split("Usage:")[1].splitlines()[0]


def test_internal_label_never_named_as_a_kind() -> None:
    # issue 14: `deps` showed `kind PolicyKG` and `path` `PolicyKG:就业处` (a Neo4j node's extra label came first)
    from policykg.queries import library

    for name in ("dependencies", "path"):
        text = library.query_text(name) if hasattr(library, "query_text") else None
        if text is None:
            from pathlib import Path as P

            text = (P(library.__file__).parent / f"{name}.cypher").read_text(encoding="utf-8")
        assert "head(labels(" not in text and "<> 'PolicyKG'" in text


def test_an_empty_folder_says_no_input_files(tmp_path: Path) -> None:
    # issue 14: an empty folder printed a table of zeros and "see the skips above" with no skips
    (tmp_path / "empty").mkdir()
    result = CliRunner().invoke(
        app, ["build", str(tmp_path / "empty"), "--out", str(tmp_path / "out"), "--no-store", "-q"]
    )
    assert result.exit_code == 3
    assert "no input files in" in result.output and ".docx" in result.output


def test_a_build_of_nothing_prints_no_table_of_zeros_and_creates_no_folder(tmp_path: Path) -> None:
    # issue 14 (second walk): without -q an empty or missing input still printed the summary table, all zeros,
    # said the output folder "was left as it was" and left a new folder holding only .lock behind
    (tmp_path / "empty").mkdir()
    for source, code, says in (
        (tmp_path / "empty", 3, "no input files in"),
        (tmp_path / "missing", 3, "missing: no such file or directory"),
    ):
        out = tmp_path / f"out-{source.name}"
        result = CliRunner().invoke(app, ["build", str(source), "--out", str(out), "--no-store"])
        assert result.exit_code == code
        assert says in result.output
        assert "┃" not in result.output and "documents" not in result.output  # no table
        assert not out.exists()


def test_the_build_summary_shows_an_output_folder_named_like_markup_as_it_is(tmp_path: Path) -> None:
    # issue 14 (second walk): the last line printed the output folder as rich markup (a folder named
    # "[bold]out" lost its brackets) and broke long note lines inside their quoted text
    root = Path(__file__).resolve().parents[1]
    out = tmp_path / "[bold]out"
    sample = sorted((root / "samples").glob("*.txt"))[0]
    result = CliRunner().invoke(app, ["build", str(sample), "--out", str(out), "--no-store"])
    assert result.exit_code == 0, result.output
    done = next(ln for ln in result.output.splitlines() if ln.startswith("done in"))
    assert f"outputs in {out}/" in done  # one line, brackets kept
    # fourth walk: the table's title folded a long output folder onto a second line (and read it as markup)
    assert f"policykg build → {out}" in result.output.splitlines()


@pytest.mark.parametrize(
    "args",
    [
        ["units", "--limit", "-1"],
        ["units", "--limit", "0"],
        ["deps", "就业处", "--depth", "9"],
        ["viz", "就业处", "--depth", "0"],
    ],
)
def test_an_out_of_range_number_is_a_usage_error_before_the_store_opens(
    args: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # issue 14 (second walk): `units --limit -1` and `deps X --depth 9` opened the store and failed as query
    # errors (8); `viz X --depth 0` drew a page. Now usage errors (2), whatever the build folder holds.
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, [*args, "--dir", str(tmp_path / "nowhere")])
    assert result.exit_code == 2, result.output
    assert "store" not in result.output


def test_shell_completion_is_offered(monkeypatch: pytest.MonkeyPatch) -> None:
    # issue 14: no shell completion. With shell detection on, `--show-completion` is a flag and the shell comes
    # from the process tree, so "bash" would be ignored and a run with no shell above it (a detached job, CI
    # under another runner) failed "Shell  not supported"; typer's switch makes the option take the shell named.
    monkeypatch.setenv("_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION", "1")
    result = CliRunner().invoke(app, ["--show-completion", "bash"], prog_name="policykg")
    assert result.exit_code == 0 and "_policykg_completion" in result.output
    import subprocess
    import sys

    env = {
        **os.environ,
        "_POLICYKG_COMPLETE": "complete_bash",
        "COMP_WORDS": "policykg un",
        "COMP_CWORD": "1",
    }
    done = subprocess.run(
        [sys.executable, "-c", "from policykg.cli import main; main()"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert set(done.stdout.split()) >= {"unit", "units"}


def test_a_build_says_each_stage(tmp_path: Path) -> None:
    # issue 14: the store stage printed nothing for 21 s
    from policykg import pipeline

    root = Path(__file__).resolve().parents[1]
    seen: list[str] = []
    pipeline.build([root / "samples"], tmp_path / "out", load_store=False, stage=seen.append)
    assert seen[0] == "reading the inputs and the cache" and seen[1] == "extracting 5 files"
    assert "writing the texts and the graph files" in seen
    result = CliRunner().invoke(
        app, ["build", str(root / "samples"), "--out", str(tmp_path / "out"), "--no-store"]
    )
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("dest", ["tasks.json", "tasks.xls", "分工表.txt"])
def test_export_to_another_file_type_is_a_usage_error_before_the_store_opens(
    dest: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # issue 14 (third walk): `export tasks tasks.json` made a folder tasks.json/ holding tasks.xlsx
    from policykg.queries import library

    def never(*_a: object, **_k: object) -> None:
        raise AssertionError("the store was opened")

    monkeypatch.setattr(library, "open_store", never)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["export", "tasks", dest, "--dir", str(tmp_path)])
    assert result.exit_code == 2, result.output
    assert ".xlsx or .csv" in result.output and not (tmp_path / dest).exists()


def test_a_build_logged_to_a_file_has_no_blank_line_after_extracting(monkeypatch: pytest.MonkeyPatch) -> None:
    # issue 14 (fourth walk): with stderr not a terminal, the progress bar left an empty line under
    # "… extracting 5 files"; it is drawn only on a terminal
    import io

    from rich.console import Console

    from policykg import display

    for terminal, drawn in ((False, False), (True, True)):
        out = io.StringIO()
        err = Console(file=out, force_terminal=terminal)
        monkeypatch.setattr(display, "console", lambda _err=err, **_k: _err)
        bar = display.ExtractionBar()
        bar.start(5)
        bar.advance("a.txt")
        bar.close()
        assert bool(out.getvalue()) is drawn, repr(out.getvalue())


def test_an_export_where_no_folder_can_be_made_is_an_export_error(tmp_path: Path) -> None:
    # issue 14 (fourth walk): `export tasks FILE/x.csv` (or under /proc) ended in "Internal error:
    # FileExistsError" (exit 1); it is an export error (9) naming the file in the way
    from policykg.errors import RenderError
    from policykg.queries import export

    blocker = tmp_path / "afile"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(RenderError, match="afile is a file, not a folder") as err:
        export.write_csv(blocker / "sub" / "tasks.csv", [])
    assert err.value.exit_code == 9


def test_a_build_whose_output_folder_cannot_be_made_is_a_graph_write_error(tmp_path: Path) -> None:
    # issue 14 (fourth walk): `build samples --out /proc/nope` ended in "Internal error: FileNotFoundError"
    blocker = tmp_path / "afile"
    blocker.write_text("x", encoding="utf-8")
    root = Path(__file__).resolve().parents[1]
    result = CliRunner().invoke(
        app,
        [
            "build",
            str(root / "samples" / "000_d2980e7058eb73c1.txt"),
            "--out",
            str(blocker / "out"),
            "--no-store",
        ],
    )
    assert result.exit_code == 5, result.output
    assert "cannot write the build there" in result.output and "Internal error" not in result.output
