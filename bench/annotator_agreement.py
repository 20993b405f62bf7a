"""Print how far a second, independent hand annotation agrees with a part's gold, field by field.

    python bench/annotator_agreement.py tests/corpus/heldout12 bench/agreement/heldout12
    python bench/annotator_agreement.py tests/corpus/heldout13 bench/agreement/heldout13 --misses

The second annotator read the texts alone (never the first gold, never policykg's output); the figures are
the second annotation's precision / recall / F1 against the first (``policykg.eval.agreement``).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from policykg.errors import PolicyKGError
from policykg.eval.agreement import AGREEMENT_FIELDS, agree_folders


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("first", type=Path, help="the part's gold folder")
    ap.add_argument("second", type=Path, help="the second annotation's folder (same file names)")
    ap.add_argument("--misses", action="store_true", help="list each disagreement")
    args = ap.parse_args()
    totals, lacking = agree_folders(args.first, args.second)
    print(f"== {args.second} against {args.first}")
    print(f"{'field':<15} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}")
    for f in AGREEMENT_FIELDS:
        t = totals[f]
        print(f"{f:<15} {t.precision:6.3f} {t.recall:6.3f} {t.f1:6.3f} {t.tp:5} {t.fp:5} {t.fn:5}")
    for name in lacking:
        print(f"  not annotated twice: {name}")
    if args.misses:
        for f in AGREEMENT_FIELDS:
            for miss in totals[f].misses:
                print(f"  [{f}] {miss}")


if __name__ == "__main__":
    try:
        main()
    except PolicyKGError as e:  # a broken gold or text file: its name and the problem, no traceback
        raise SystemExit(f"error: {e}") from None
