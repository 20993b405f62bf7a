"""`policykg --help` stays light (issue 13): what it imports, and that the deferred classes still work."""

from __future__ import annotations

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
