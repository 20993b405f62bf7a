"""Every example in every command's help and in the README runs as written against a build of the samples.

The examples are collected from the text people read: the ``Example:`` lines of each command's help (the parts in
[bold]…[/bold]) and every `policykg …` span and command line of README.md that is a command, not a syntax line
(no ``[``, ``…``, ``PATH...`` placeholders). They run in a folder holding ``samples/`` and the sample build where
the README's set-up puts it (``policykg-out/``, every command's default), so the examples must chain as written. Only the examples that need a Neo4j server are left
out (push, pull: tested against a real Bolt server in tests/graph/store/); ``--open`` uses a browser that does
nothing.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from policykg.cli import app

ROOT = Path(__file__).resolve().parents[1]
NEEDS_NEO4J = ("push", "pull")


def _help_examples() -> list[str]:
    import typer.main

    found: list[str] = []
    click_app = typer.main.get_command(app)

    def visit(cmd: object, path: list[str]) -> None:
        text = getattr(cmd, "help", None) or ""
        for part in re.findall(r"\[bold\](.*?)\[/bold\]", text, re.S):
            found.append(" ".join(part.split()))
        for name, sub in (getattr(cmd, "commands", None) or {}).items():
            visit(sub, [*path, name])

    visit(click_app, [])
    return found


def _readme_examples() -> list[str]:
    """The spans after 'Example:'/'Examples:' (a list of `…` spans), every other `policykg …` span that is a whole
    command (`policykg query --list`, `policykg --version`; not a bare command name such as `policykg build`, which
    names it), and the command lines of bash blocks."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    found = []
    for span in re.findall(r"`((?:[A-Z_]+=\S+ )*policykg [^`]+)`", text):
        if not _names_a_command(shlex.split(span)):
            found.append(" ".join(span.split()))
    for run in re.findall(r"Examples?:\s*((?:`[^`]+`(?:[\s,;]|and|or)*)+)", text):
        found.extend(" ".join(span.split()) for span in re.findall(r"`([^`]+)`", run))
    for block in re.findall(r"```bash\n(.*?)```", text, re.S):
        for line in block.splitlines():
            line = line.split("  #")[0].strip()
            if "policykg " in line and not line.startswith(("python3", ".venv", "make")):
                found.append(line)
    return found


# Left out of the README's spans: installing completion writes to the user's shell start-up files.
CHANGES_THE_SHELL = ("--install-completion",)


def _names_a_command(words: list[str]) -> bool:
    """`policykg build` (a command that needs arguments), `policykg export` (a group) or `policykg -v` (an
    option alone): the README names a command there, it does not give one to run."""
    import typer.main

    cmd: object = typer.main.get_command(app)
    rest = [w for w in words if not re.match(r"[A-Z_]+=", w)][1:]
    if any(w in CHANGES_THE_SHELL for w in rest) or rest in (["-v"], ["-vv"], ["-vvv"]):
        return True
    while rest and rest[0] in (getattr(cmd, "commands", None) or {}):
        cmd = cmd.commands[rest.pop(0)]  # type: ignore[attr-defined]
    if rest:
        return False
    if getattr(cmd, "commands", None):
        return True  # a group
    return any(getattr(p, "required", False) for p in getattr(cmd, "params", []))


def _runnable(example: str) -> bool:
    if any(mark in example for mark in ("[", "…", "...")):
        return False  # a syntax line or an elided value
    try:
        words = shlex.split(example.split("|")[-1])
    except ValueError:
        return False
    while words and re.match(r"[A-Z_]+=", words[0]):
        words.pop(0)
    if not words or words[0] != "policykg" or len(words) < 2:
        return False
    if any(w.isupper() and w.isalpha() for w in words[1:]):
        return False  # a placeholder such as NAME or DIR
    return words[1] not in NEEDS_NEO4J


def _query_examples() -> list[str]:
    """The example of every named query, as `policykg query --list` shows it."""
    from policykg.queries import library

    return [library.get_query(name).example for name in sorted(library.load_library())]


def examples() -> list[str]:
    found = [*_help_examples(), *_readme_examples(), *_query_examples()]
    seen = dict.fromkeys(e for e in found if _runnable(e))
    return list(seen)


def test_examples_were_found() -> None:
    found = examples()
    assert len(found) >= 20, found
    assert "policykg report --dir policykg-out/ --out report.html" in found
    # the README's whole commands outside an "Example:" too (issue 14, third walk: these were never run)
    for command in ("policykg --version", "policykg query --list", "policykg industries", "policykg --help"):
        assert command in found, command
    assert "policykg query unit-workload --param limit=20" in found  # `query --list` shows it
    assert "policykg build" not in found and not any("--install-completion" in e for e in found)


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    from policykg import pipeline

    work = tmp_path_factory.mktemp("examples")
    shutil.copytree(ROOT / "samples", work / "samples")
    pipeline.build([work / "samples"], work / "policykg-out", progress=False)
    old = Path.cwd()
    os.chdir(work)
    try:
        yield work
    finally:
        os.chdir(old)


def _shell_words(command: str) -> list[str]:
    """The words a shell passes for ``command`` typed in a new user's terminal: quotes removed, ``$name`` expanded
    (to nothing: no such variable), so an example that only works when split by shlex fails here as it would
    there. Plain shlex where there is no bash."""
    bash = shutil.which("bash")
    if bash is None:
        return shlex.split(command)
    done = subprocess.run(
        [bash, "--norc", "--noprofile", "-c", "printf '%s\\0' " + command],
        env={"PATH": os.defpath, "LANG": "C.UTF-8"},
        capture_output=True,
        check=True,
        timeout=10,
    )
    return done.stdout.decode("utf-8").split("\0")[:-1]


def test_no_example_loses_a_word_to_the_shell() -> None:
    """Regression (issue 14, fourth walk): cypher's help example put ``$q`` inside double quotes, so a shell
    passed `... CONTAINS  RETURN ...` and the example failed (exit 8) in a terminal, though it passed when the
    test split it with shlex."""
    assert _shell_words('policykg cypher "RETURN $q" --param q=1')[2] == "RETURN "
    for example in examples():
        for part in example.split("|"):
            assert _shell_words(part) == shlex.split(part), f"a shell changes `{part}`"


@pytest.mark.integration
@pytest.mark.parametrize("example", examples())
def test_example_runs(example: str, workdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BROWSER", "true")  # --open: a browser that opens nothing
    monkeypatch.setattr("webbrowser.open", lambda *_a, **_k: True)
    feed = ""
    if "|" in example:  # echo "…" | policykg …: the echoed text is the input
        left, _, example = example.partition("|")
        feed = _shell_words(left)[1] + "\n"
    words = _shell_words(example)
    env = {}
    while words and re.match(r"[A-Z_]+=", words[0]):
        key, _, value = words.pop(0).partition("=")
        env[key] = value
    if words[1] == "build":  # the build of the docs: into its own folder, not over the shared one
        words = [w if w not in ("out/", "policykg-out/") else "rebuilt/" for w in words]
    result = CliRunner().invoke(app, words[1:], env=env, input=feed)
    assert result.exit_code == 0, f"`{example}` exited {result.exit_code}:\n{result.output}"


def _explore_lines() -> list[str]:
    """The lines the README's `policykg explore` entry says to type inside a session (`unit 职建处`, …)."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    entry = re.search(r"- `policykg explore.*?(?=\n- `|\n\n)", text, re.S)
    assert entry, "the README has no `policykg explore` entry"
    spans = re.findall(r"`([^`]+)`", entry.group(0))
    return [s for s in spans if not s.startswith(("policykg", "echo")) and "NAME" not in s and s != "quit"]


@pytest.mark.integration
def test_every_line_the_readme_offers_inside_explore_runs(workdir: Path) -> None:
    """Regression (issue 14, third walk): the lines of the explore entry were never run."""
    lines = _explore_lines()
    assert {"unit 职建处", "gaps 10+1", "path 职建处 人工智能", "help"} <= set(lines)
    for line in lines:
        result = CliRunner().invoke(app, ["explore"], input=line + "\n")
        assert result.exit_code == 0 and "Error" not in result.output, f"`{line}`:\n{result.output}"
