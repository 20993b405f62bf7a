"""The extraction modules run compiled (`make compiled`, tools/compile_extract.py) or plain: the tests run against
whichever is there. A compiled module older than its source must stop the import, not run the old rules."""

import os
from pathlib import Path

import pytest

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


def test_installed_form_is_reported() -> None:
    native = Path(extract.document.__file__ or "").suffix == ".so"
    assert extract.COMPILED is native
