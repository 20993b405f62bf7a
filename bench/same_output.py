"""Dump what extraction and the build make, so a speed change can be shown to keep the output byte-identical.

Writes one line per text: its path and a hash of its ``ParsedDocument`` repr (run it with ``PYTHONHASHSEED=0``),
then the hash of ``graph.nt`` from ``policykg build --no-store`` on ``samples/``. The texts: the 1,000 synthetic
documents (bench/corpus/1000, made by synth.py if absent), every ``tests/corpus`` part but the held-out one
(``heldout5``: never opened) and ``samples/``. Dump the reference install and this one, then compare:

    PYTHONHASHSEED=0 python bench/same_output.py /tmp/before.txt
    PYTHONHASHSEED=0 python bench/same_output.py /tmp/after.txt && cmp /tmp/before.txt /tmp/after.txt

``--full`` writes the reprs themselves instead of their hashes (to see what differs).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import policykg
from policykg.loaders.base import load
from policykg.loaders.extract import extract

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
HELD_OUT = {"heldout5"}  # scored once by the team at the end; never read here


def _texts() -> list[Path]:
    sys.path.insert(0, str(HERE))
    from bench_build import _corpus  # noqa: PLC0415 (bench scripts are not a package)

    synthetic = sorted(_corpus(1000).glob("*.txt"))
    parts = sorted(p for p in (ROOT / "tests" / "corpus").iterdir() if p.is_dir() and p.name not in HELD_OUT)
    corpus = [t for part in parts for t in sorted(part.glob("*.txt"))]
    return synthetic + corpus + sorted((ROOT / "samples").glob("*.txt"))


def _graph_hash() -> str:
    exe = Path(sys.executable).with_name("policykg")
    with tempfile.TemporaryDirectory() as out:
        cmd = [str(exe), "build", str(ROOT / "samples"), "--out", out, "--no-store", "--quiet"]
        subprocess.run(cmd, check=True, capture_output=True)
        return hashlib.sha256((Path(out) / "graph.nt").read_bytes()).hexdigest()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--full", action="store_true", help="write the reprs, not their hashes")
    args = parser.parse_args()
    if os.environ.get("PYTHONHASHSEED") != "0":
        sys.exit("run with PYTHONHASHSEED=0")
    print(f"policykg from {Path(policykg.__file__).parent}", file=sys.stderr)
    with args.out.open("w", encoding="utf-8") as out:
        for path in _texts():
            text = repr(extract(load(path)))
            shown = text if args.full else hashlib.sha256(text.encode()).hexdigest()
            out.write(f"{path.relative_to(ROOT)} {shown}\n")
        out.write(f"graph.nt {_graph_hash()}\n")


if __name__ == "__main__":
    main()
