"""Print precision / recall / F1 per field of extraction against a hand-annotated corpus, and every miss.

    python bench/score_corpus.py tests/corpus/dev            # the development part
    python bench/score_corpus.py tests/corpus/dev --misses units --doc a03
    python bench/score_corpus.py tests/corpus/heldout        # only at the end of a piece of work
    python bench/score_corpus.py tests/corpus/dev4 --set-floors   # record the F1s reached as the part's floors

Fields: measures, units (by any label), lead (accuracy), targets (value + unit), industries, metadata.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from policykg.errors import PolicyKGError
from policykg.eval.score import FIELDS, format_table, score_corpus


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", type=Path, nargs="+")
    ap.add_argument("--misses", choices=[*FIELDS, "all", "none"], default="all")
    ap.add_argument("--doc", default="", help="list misses only for documents whose name starts with this")
    ap.add_argument("--per-doc", action="store_true", help="a line per document with its F1s")
    ap.add_argument(
        "--set-floors", action="store_true", help="write each part's F1s to tests/corpus/floors.json"
    )
    args = ap.parse_args()
    for folder in args.folder:
        totals, docs = score_corpus(folder)
        if args.set_floors:
            _set_floors(folder.name, {k: totals[k].f1 for k in FIELDS})
        print(f"== {folder} ({len(docs)} documents)")
        print(format_table(totals))
        if args.per_doc:
            for d in docs:
                cells = " ".join(f"{k[:4]}={d.fields[k].f1:.2f}" for k in FIELDS)
                print(f"  {d.doc:<28} {cells}")
        if args.misses != "none":
            for d in docs:
                if not d.doc.startswith(args.doc):
                    continue
                for k in FIELDS if args.misses == "all" else (args.misses,):
                    for miss in d.fields[k].misses:
                        print(f"  [{k}] {miss}")


def _set_floors(part: str, f1: dict[str, float]) -> None:
    """Floors are F1s rounded down to three places (a drop below what was reached fails tests/test_corpus.py);
    a floor is raised, never lowered."""
    path = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "floors.json"
    floors = json.loads(path.read_text(encoding="utf-8"))
    old = floors.get(part, {})
    reached = {k: int(v * 1000 + 1e-9) / 1000 for k, v in f1.items()}
    for k, v in reached.items():
        if v < old.get(k, 0.0):
            print(
                f"  {part} {k}: F1 {v:.3f} is below its floor {old[k]:.3f}; the floor stays (never lowered)"
            )
    floors[part] = {k: max(v, old.get(k, 0.0)) for k, v in reached.items()}
    path.write_text(json.dumps(floors, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    try:
        main()
    except PolicyKGError as e:  # a broken gold or text file: its name and the problem, no traceback
        raise SystemExit(f"error: {e}") from None
