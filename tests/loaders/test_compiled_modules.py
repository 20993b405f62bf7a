"""The extraction modules run compiled (`make compiled`, tools/compile_extract.py) or plain: the tests run against
whichever is there. A compiled module older than its source must stop the import, not run the old rules, and the
CLI then says so in one line naming `make compiled` and `make plain`, with exit code 10 (README, "Exit codes")."""

import os
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from policykg import cli
from policykg.errors import PolicyKGError, StaleCompiledError
from policykg.loaders import extract
from policykg.loaders.extract import compiled_modules

NATIVE = ".cpython-311-x86_64-linux-gnu.so"


def _touch(path: Path, mtime: float) -> None:
    path.write_bytes(b"")
    os.utime(path, (mtime, mtime))


def test_plain_folder_is_not_compiled(tmp_path: Path) -> None:
    _touch(tmp_path / "units.py", 1000)
    assert compiled_modules(tmp_path) is False


def test_compiled_module_newer_than_its_source_is_used(tmp_path: Path) -> None:
    _touch(tmp_path / "units.py", 1000)
    _touch(tmp_path / ("units" + NATIVE), 2000)
    _touch(tmp_path / ("units__mypyc" + NATIVE), 500)  # mypyc's runtime library: no source of its own
    assert compiled_modules(tmp_path) is True


def test_compiled_module_older_than_its_source_stops_the_import(tmp_path: Path) -> None:
    _touch(tmp_path / "units.py", 3000)
    _touch(tmp_path / ("units" + NATIVE), 2000)
    _touch(tmp_path / "targets.py", 1000)
    _touch(tmp_path / ("targets" + NATIVE), 2000)
    with pytest.raises(ImportError, match=r"units\.py changed after .*`make compiled`"):
        compiled_modules(tmp_path)


def _stale_folder(tmp_path: Path) -> Path:
    tmp_path.mkdir(exist_ok=True)
    _touch(tmp_path / "units.py", 3000)
    _touch(tmp_path / ("units" + NATIVE), 2000)
    return tmp_path


def test_stale_module_is_a_policykg_error_with_its_own_exit_code(tmp_path: Path) -> None:
    with pytest.raises(StaleCompiledError) as caught:
        compiled_modules(_stale_folder(tmp_path))
    assert isinstance(caught.value, PolicyKGError) and caught.value.exit_code == 10


def _one_error_line(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr  # no traceback, no "Internal error … please report it"
    assert lines[0].startswith("Error: ") and "Traceback" not in stderr
    assert "`make compiled`" in lines[0] and "`make plain`" in lines[0]
    return lines[0]


def test_stale_module_at_the_command_line_is_one_line_and_code_10(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Raised outside a command's own error handling (the import at the top of any command's work)."""
    folder = _stale_folder(tmp_path)

    def stale_import(**_kw: object) -> None:
        compiled_modules(folder)

    monkeypatch.setattr(cli, "app", stale_import)
    # main() leaves through os._exit when an embedded engine's JVM runs in the process (as it does after the store
    # tests in one pytest run): that would end pytest itself, so the JVM is hidden from main() here
    monkeypatch.delitem(sys.modules, "jpype", raising=False)
    with pytest.raises(SystemExit) as done:
        cli.main()
    assert done.value.code == 10
    assert "units.py" in _one_error_line(capsys.readouterr().err)


def test_stale_module_during_a_build_is_one_line_and_code_10(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from policykg import pipeline

    folder = _stale_folder(tmp_path / "extract")

    def stale_import(*_a: object, **_kw: object) -> None:
        compiled_modules(folder)

    monkeypatch.setattr(pipeline, "build", stale_import)
    result = CliRunner().invoke(cli.app, ["build", str(tmp_path), "--out", str(tmp_path / "out"), "-q"])
    assert result.exit_code == 10, result.output
    _one_error_line(result.stderr)


def test_installed_form_is_reported() -> None:
    native = Path(extract.document.__file__ or "").suffix == ".so"
    assert extract.COMPILED is native


def _starred_membership_tests(source: str) -> list[int]:
    """Lines of ``x in (*a, *b)`` / ``x not in (*a, *b)``: a membership test against a tuple built with ``*``."""
    import ast

    lines = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Compare):
            for op, right in zip(node.ops, node.comparators, strict=True):
                starred = isinstance(right, ast.Tuple | ast.List | ast.Set) and any(
                    isinstance(e, ast.Starred) for e in right.elts
                )
                if isinstance(op, ast.In | ast.NotIn) and starred:
                    lines.append(node.lineno)
    return lines


def test_starred_membership_test_is_found() -> None:
    assert _starred_membership_tests("ok = w not in (*a, *b)\nfor x in (*a, *b): pass\n") == [1]


def test_no_extraction_module_tests_membership_in_a_starred_tuple() -> None:
    """Regression (round 29): `make compiled` failed since round 28 on responsibility.py's
    ``rm.group("role") not in (*lead_words, *handling_words)``: mypyc cannot build a starred tuple inside a membership
    test (an internal error) and the build fell back to plain modules. The suite cannot run mypyc in its time budget;
    this finds the construct instead."""
    folder = Path(extract.__file__).parent
    found = {
        p.name: _starred_membership_tests(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.py"))
    }
    assert {name: lines for name, lines in found.items() if lines} == {}
