"""Score corpus parts under meaning-preserving perturbations beside the original: where a field drops, a rule
is brittle (another script, another layout, portal furniture). See ``policykg.eval.perturb``.

    python bench/perturb_corpus.py tests/corpus/dev tests/corpus/dev2            # every perturbation
    python bench/perturb_corpus.py tests/corpus/dev --only s2t,join --new-misses  # what each one breaks

Each cell is the perturbed F1; a cell that differs from the original shows the difference in brackets.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from policykg.errors import PolicyKGError
from policykg.eval.perturb import PERTURBATIONS, write_perturbed
from policykg.eval.score import FIELDS, DocScore, Tally, score_corpus
from policykg.loaders.normalize import name_key


def _misses(docs: list[DocScore]) -> set[str]:
    return {name_key(m) for d in docs for k in FIELDS for m in d.fields[k].misses}


def _row(name: str, totals: dict[str, Tally], base: dict[str, Tally] | None) -> str:
    cells = []
    for k in FIELDS:
        f1 = totals[k].f1
        delta = "" if base is None or abs(f1 - base[k].f1) < 5e-4 else f"({f1 - base[k].f1:+.3f})"
        cells.append(f"{f1:.3f}{delta:<9}")
    return f"  {name:<9} " + " ".join(cells)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", type=Path, nargs="+")
    ap.add_argument("--only", default="", help="comma-separated perturbations (default: all)")
    ap.add_argument("--new-misses", action="store_true", help="list the misses a perturbation adds")
    ap.add_argument("--pooled", action="store_true", help="end with every part pooled (the README's table)")
    args = ap.parse_args()
    names = [n for n in args.only.split(",") if n] or list(PERTURBATIONS)
    unknown = [n for n in names if n not in PERTURBATIONS]
    if unknown:
        sys.exit(f"unknown perturbation(s) {unknown}; known: {', '.join(PERTURBATIONS)}")
    pooled: dict[str, dict[str, Tally]] = {}
    with tempfile.TemporaryDirectory(prefix="policykg-perturb-") as tmp:
        for folder in args.folder:
            base, base_docs = score_corpus(folder)
            _pool(pooled, "original", base)
            base_misses = _misses(base_docs)
            print(f"== {folder} ({len(base_docs)} documents)")
            print(f"  {'':<9} " + " ".join(f"{k[:10]:<14}" for k in FIELDS))
            print(_row("original", base, None))
            for n in names:
                totals, docs = score_corpus(write_perturbed(folder, Path(tmp), PERTURBATIONS[n]))
                _pool(pooled, n, totals)
                print(_row(n, totals, base))
                if args.new_misses:
                    for d in docs:
                        for k in FIELDS:
                            for m in d.fields[k].misses:
                                if name_key(m) not in base_misses:
                                    print(f"      [{k}] {m}")
    if args.pooled:
        print(f"== pooled over {len(args.folder)} parts")
        for n, totals in pooled.items():
            print(_row(n, totals, None if n == "original" else pooled["original"]))


def _pool(pooled: dict[str, dict[str, Tally]], name: str, totals: dict[str, Tally]) -> None:
    into = pooled.setdefault(name, {k: Tally() for k in FIELDS})
    for k in FIELDS:
        into[k].add(totals[k])


if __name__ == "__main__":
    try:
        main()
    except PolicyKGError as e:  # a broken gold or text file: its name and the problem, no traceback
        raise SystemExit(f"error: {e}") from None
