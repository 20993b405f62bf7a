"""Compile the extraction modules (loaders/extract/*.py) with mypyc, in place, or remove the compiled modules.

    python tools/compile_extract.py          # `make compiled`: needs mypy (the `compile` extra) and a C compiler
    python tools/compile_extract.py --clean  # `make plain`: back to the plain Python modules

Opt-in and in place (bench/README.md, Round 27): each module gets a ``<name>.cpython-*.so`` next to its
``<name>.py``, which Python then imports instead of the source. Nothing else changes: the same sources, the same
results (bench/same_output.py), the tests run against whichever form is there. When no compiler is found the
build fails here and the plain modules stay in use. Each module is its own extension (mypyc's ``separate``), so
after an edit only the changed modules (and those whose view of them changed) compile again. A compiled module
older than its source refuses to load (loaders/extract/__init__.py): run this again, or ``--clean``.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXTRACT = ROOT / "loaders" / "extract"
BUILD = ROOT / "build" / "mypyc"
# __init__ stays plain: it checks, before anything compiled loads, that no compiled module is stale
PLAIN = {"__init__.py"}

_SETUP = """
import sys
from mypyc.build import mypycify
from setuptools import setup

setup(name="policykg-extract-native", ext_modules=mypycify(sys.argv.pop(1).split(","), opt_level="3", separate=True))
"""


def compiled_files() -> list[Path]:
    """The compiled modules and their runtime libraries in loaders/extract."""
    return sorted(EXTRACT.glob("*.cpython-*.so")) + sorted(EXTRACT.glob("*.pyd"))


def clean() -> None:
    for path in compiled_files():
        path.unlink()


def compile_modules(jobs: int) -> None:
    """mypyc names a module after the folders above it that hold an ``__init__.py``; the repository root is the
    ``policykg`` package under whatever name its checkout has, so the build runs in a folder where a link
    named ``policykg`` points at it."""
    sources = sorted(p.name for p in EXTRACT.glob("*.py") if p.name not in PLAIN)
    BUILD.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "policykg").symlink_to(ROOT, target_is_directory=True)
        (Path(tmp) / "setup.py").write_text(_SETUP, encoding="utf-8")
        paths = [f"policykg/loaders/extract/{name}" for name in sources]
        config = f"--config-file={ROOT / 'pyproject.toml'}"
        cmd = [sys.executable, "setup.py", ",".join([*paths, config]), "build_ext", "--inplace"]
        cmd += ["--build-temp", str(BUILD / "temp"), "--build-lib", str(BUILD / "lib"), "-j", str(jobs)]
        # mypyc writes its C sources under ./build: kept in the repository's build/ so unchanged modules
        # are not compiled again
        (Path(tmp) / "build").symlink_to(BUILD, target_is_directory=True)
        subprocess.run(cmd, cwd=tmp, check=True)
    # An edit that leaves a module's C as it was (a touch, a reformat) reuses the old extension, copied with its
    # old time: every file here now matches its source, so it is marked as newer (loaders/extract/__init__.py)
    for path in compiled_files():
        os.utime(path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clean", action="store_true", help="remove the compiled modules")
    parser.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    if args.clean:
        clean()
        return
    start = time.perf_counter()
    try:
        compile_modules(args.jobs)
    except (subprocess.CalledProcessError, OSError) as err:
        clean()  # a partial build must not leave some modules compiled against others' older forms
        sys.exit(f"compiling failed ({err}); the plain modules stay in use")
    seconds = time.perf_counter() - start
    print(f"{len(compiled_files())} compiled files in loaders/extract ({seconds:.0f} s)")


if __name__ == "__main__":
    main()
