"""`policykg --help` stays light (issue 13): what it imports, and that the deferred classes still work."""

from __future__ import annotations

import ast
import subprocess
import sys

_HEAVY = (
    "rich.markdown",
    "markdown_it",
    "rich.traceback",
    "pygments",
    "rdflib",
    "networkx",
    "neo4j",
    "jpype",
)


def _run(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return done.stdout


def test_help_imports_none_of_the_heavy_modules() -> None:
    out = _run(
        "import sys\n"
        "from typer.testing import CliRunner\n"
        "from policykg.cli import app\n"
        "result = CliRunner().invoke(app, ['--help'])\n"
        "assert result.exit_code == 0 and 'build' in result.output, result.output\n"
        f"print(sorted(m for m in sys.modules if m.split('.')[0] in {{h.split('.')[0] for h in {_HEAVY!r}}}"
        f" and any(m == h or m.startswith(h + '.') for h in {_HEAVY!r})))\n"
    )
    assert out.strip() == "[]"


def test_typers_deferred_markdown_and_traceback_are_the_real_classes_when_used() -> None:
    out = _run(
        "import policykg.cli, sys\n"
        "import typer.rich_utils as r\n"
        "assert 'rich.markdown' not in sys.modules and 'rich.traceback' not in sys.modules\n"
        "md = r.Markdown('# title')\n"
        "tb = r.Traceback.from_exception(ValueError, ValueError('x'), None)\n"
        "import rich.markdown, rich.traceback\n"
        "print(type(md) is rich.markdown.Markdown, type(tb) is rich.traceback.Traceback)\n"
    )
    assert out.split() == ["True", "True"]


def test_top_level_help_builds_no_commands_options() -> None:
    out = _run(
        "import typer.main\n"
        "from typer.testing import CliRunner\n"
        "from policykg.cli import app\n"
        "built = []\n"
        "real = typer.main.get_params_convertors_ctx_param_name_from_function\n"
        "def counting(callback):\n"
        "    built.append(getattr(callback, '__name__', '?'))\n"
        "    return real(callback)\n"
        "typer.main.get_params_convertors_ctx_param_name_from_function = counting\n"
        "result = CliRunner().invoke(app, ['--help'])\n"
        "assert result.exit_code == 0 and 'build' in result.output, result.output\n"
        "print(built)\n"
    )
    # the groups' own options only (policykg's and export's, which has no callback)
    assert sorted(ast.literal_eval(out)) == ["?", "_everywhere"]


def _helps(app: object) -> dict[str, str]:
    import typer.main
    from typer.testing import CliRunner

    group = typer.main.get_command(app)  # type: ignore[arg-type]
    runner = CliRunner()
    names = [[], *([name] for name in group.commands), ["export", "tasks"]]  # type: ignore[attr-defined]
    return {" ".join(n): runner.invoke(app, [*n, "--help"], env={"COLUMNS": "100"}).output for n in names}


def test_lazily_built_commands_have_typers_own_help_and_options(monkeypatch: object) -> None:
    import typer.main

    from policykg.cli import app

    lazy = _helps(app)
    monkeypatch.setattr(typer.main, "get_command_from_info", typer.main.get_command_from_info.eager)  # type: ignore[attr-defined]
    eager = _helps(app)
    assert len(lazy) >= 20 and "--out" in lazy["build"]
    assert lazy == eager


def test_a_lazily_built_command_runs() -> None:
    from typer.testing import CliRunner

    from policykg.cli import app

    result = CliRunner().invoke(app, ["query", "--list"])
    assert result.exit_code == 0 and "unit-workload" in result.output
