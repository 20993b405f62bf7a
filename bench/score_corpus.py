"""Print precision / recall / F1 per field of extraction against a hand-annotated corpus, and every miss.

    python bench/score_corpus.py tests/corpus/dev            # the development part
    python bench/score_corpus.py tests/corpus/dev --misses units --doc a03
    python bench/score_corpus.py tests/corpus/heldout        # only at the end of a piece of work

Fields: measures, units (by any label), lead (accuracy), targets (value + unit), industries, metadata.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from policykg.eval.score import FIELDS, format_table, score_corpus


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", type=Path, nargs="+")
    ap.add_argument("--misses", choices=[*FIELDS, "all", "none"], default="all")
    ap.add_argument("--doc", default="", help="list misses only for documents whose name starts with this")
    ap.add_argument("--per-doc", action="store_true", help="a line per document with its F1s")
    args = ap.parse_args()
    for folder in args.folder:
        totals, docs = score_corpus(folder)
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


if __name__ == "__main__":
    main()
