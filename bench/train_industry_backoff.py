"""Train the learned industry back-off (issue 12) on the corpus gold and validate it by held-out folds.

    pip install -e '.[train]'
    python bench/train_industry_backoff.py tests/corpus/*/ --fold heldout26,heldout27,heldout28 \\
        --fold heldout23,heldout24,heldout25 --out loaders/data/industry_backoff.json

Each document is extracted with the rules alone (``POLICYKG_INDUSTRY_BACKOFF=0``); its measures are aligned with
the gold ones by ``eval.score.match_measures``, and every candidate of a matched measure
(``loaders.extract.industry_backoff.candidates``) is labelled by whether its key (the scorer's industry key of
the label it would get) is among the gold measure's industries. A logistic regression (scikit-learn, the
optional extra ``train``) weighs the features. Validation: for each ``--fold`` (a comma list of part names), a
model trained on every other part is scored on the fold's parts (industries P/R/F1, the rules' finds united with
the back-off's, exactly as extraction does), beside the rules alone; the threshold (and whether the back-off may
also remove a rule industry it scores very low) is chosen on the folds pooled, then the model is trained on all
parts and written with its figures.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import pickle
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

os.environ["POLICYKG_INDUSTRY_BACKOFF"] = "0"  # the rules' decisions alone: what the back-off is added to

from policykg.eval.gold import read_gold  # noqa: E402
from policykg.eval.score import _industry_keys, match_measures  # noqa: E402
from policykg.loaders.base import load  # noqa: E402
from policykg.loaders.extract import extract  # noqa: E402
from policykg.loaders.extract import industry_backoff as ib  # noqa: E402
from policykg.loaders.extract.industries import IndustryLexicon, new_industry  # noqa: E402
from policykg.loaders.normalize import name_key  # noqa: E402

THRESHOLDS = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.97)
REMOVE = (None, 0.01, 0.03, 0.1)  # remove a rule industry whose every reading scores below this probability
C_VALUE = 0.5  # tried 0.05, 0.2, 0.5, 2 on the folds: the same picture (bench/README.md)
PRUNE = 0.02


@dataclass
class Cand:
    group: int
    key: str  # the scorer's key of the industry it would add
    feats: list[str]
    free: bool  # overlaps nothing taken: extraction may add it
    label: bool


@dataclass
class MeasureRec:
    part: str
    doc: str
    gold: set[str] | None  # None: no gold measure matched it
    rules: set[str]
    cands: list[Cand] = field(default_factory=list)


def _measure_record(
    part: str, doc: Any, m: Any, gold: set[str] | None, lexicon: IndustryLexicon
) -> MeasureRec:
    match = doc.source.match
    lo, hi = m.span.start, min(m.span.end, len(match))
    found = [(r.span.start, r.span.end) for r in m.industries]
    units = [(u.span.start, u.span.end) for u in (*m.responsible, *m.lead)]
    taken = ib.taken_spans(match, lo, hi, found, units)
    rec = MeasureRec(part, doc.source.source_file, gold, set(_industry_keys(doc, m)))
    forms, generic = lexicon.form_keys(), lexicon.generic
    for c in ib.candidates(match, lo, hi, forms):
        _, info = new_industry(doc.source.text[c.start : c.end], lexicon, doc.source.source_file)
        key = name_key(info.pref_label)
        feats = ib.features(match, c, forms, generic)
        rec.cands.append(Cand(c.group, key, feats, ib.free(c, taken), gold is not None and key in gold))
    # a group with a reading over a taken span gives nothing at extraction (``industry_backoff.pick``)
    blocked = {c.group for c in rec.cands if not c.free}
    for c in rec.cands:
        c.free = c.group not in blocked
    return rec


def collect(parts: list[Path]) -> list[MeasureRec]:
    """Every extracted measure of every gold document of ``parts``, with its candidates."""
    lexicon = IndustryLexicon.load_default()
    out: list[MeasureRec] = []
    for part in parts:
        for gold_path in sorted(part.glob("*.json")):
            gold = read_gold(gold_path)
            doc = extract(
                load(gold_path.with_name(str(gold.get("doc") or gold_path.with_suffix(".txt").name)))
            )
            gms = gold.get("measures", [])
            matched = match_measures(doc, gms)
            by_id = {
                id(m): {name_key(x) for x in g.get("industries", [])}
                for g, m in zip(gms, matched, strict=True)
                if m
            }
            out += [_measure_record(part.name, doc, m, by_id.get(id(m)), lexicon) for m in doc.measures]
            # gold measures nothing matched: their industries are misses either way
            out += [
                MeasureRec(part.name, gold_path.name, {name_key(x) for x in g.get("industries", [])}, set())
                for g, m in zip(gms, matched, strict=True)
                if m is None
            ]
    return out


def fit(recs: list[MeasureRec], c_value: float = C_VALUE) -> tuple[dict[str, float], float]:
    """Weights and bias of a logistic regression over the labelled candidates of ``recs``."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    rows = [c for r in recs if r.gold is not None for c in r.cands]
    labels = [c.label for c in rows]
    if len(set(labels)) < 2:
        raise SystemExit("the training parts need candidates of both labels")
    vec = DictVectorizer()
    x = vec.fit_transform([dict.fromkeys(c.feats, 1) for c in rows]).tocsr()
    x.indices, x.indptr = x.indices.astype("int32"), x.indptr.astype("int32")  # liblinear's index type
    clf = LogisticRegression(C=c_value, max_iter=2000, solver="liblinear")
    clf.fit(x, labels)
    weights = {f: round(float(w), 3) for f, w in zip(vec.get_feature_names_out(), clf.coef_[0], strict=True)}
    # a weight below PRUNE moves no candidate across a threshold; the model file keeps the rest
    return {f: w for f, w in weights.items() if abs(w) >= PRUNE}, round(float(clf.intercept_[0]), 4)


def _logit(p: float) -> float:
    import math

    return math.log(p / (1 - p))


def predict(rec: MeasureRec, model: ib.Model, remove: float | None) -> set[str]:
    """The industries extraction would give ``rec``: the rules' plus the best free candidate of each group at the
    threshold (minus, with ``remove``, rule industries every reading of which scores below it)."""
    best: dict[int, tuple[float, str]] = {}
    low: dict[str, float] = {}
    for c in rec.cands:
        s = model.score(c.feats)
        low[c.key] = max(low.get(c.key, -1e9), s)
        if c.free and s >= model.threshold and (c.group not in best or s > best[c.group][0]):
            best[c.group] = (s, c.key)
    keys = rec.rules | {k for _, k in best.values()}
    if remove is not None:
        keys -= {k for k in rec.rules if k in low and low[k] < _logit(remove)}
    return keys


def tally(recs: list[MeasureRec], model: ib.Model | None, remove: float | None = None) -> dict[str, float]:
    tp = fp = fn = 0
    for r in recs:
        got = r.rules if model is None else predict(r, model, remove)
        if r.gold is None:
            fp += len(got)
            continue
        tp += len(got & r.gold)
        fp += len(got - r.gold)
        fn += len(r.gold - got)
    p = tp / (tp + fp) if tp + fp else 1.0
    rc = tp / (tp + fn) if tp + fn else 1.0
    return {
        "P": round(p, 3),
        "R": round(rc, 3),
        "F1": round(2 * p * rc / (p + rc) if p + rc else 0.0, 3),
        "tp": tp,
        "fp": fp,
        "fn": fn,
    }


def _model(weights: dict[str, float], bias: float, prob: float) -> ib.Model:
    return ib.Model(weights, bias, _logit(prob), ib.FEATURE_VERSION, {})


def validate(
    recs: list[MeasureRec], folds: list[set[str]]
) -> tuple[list[dict[str, Any]], float, float | None]:
    """Per fold: rules alone and rules + back-off at every threshold and removal setting; the setting with the
    best pooled F1 over the folds."""
    rows: list[dict[str, Any]] = []
    pooled: dict[tuple[float, float | None], list[int]] = {}
    for fold in folds:
        test = [r for r in recs if r.part in fold]
        weights, bias = fit([r for r in recs if r.part not in fold])
        row: dict[str, Any] = {"fold": sorted(fold), "rules": tally(test, None)}
        for prob in THRESHOLDS:
            for rm in REMOVE:
                t = tally(test, _model(weights, bias, prob), rm)
                row[f"p>={prob} remove<{rm}"] = t
                acc = pooled.setdefault((prob, rm), [0, 0, 0])
                acc[0], acc[1], acc[2] = acc[0] + int(t["tp"]), acc[1] + int(t["fp"]), acc[2] + int(t["fn"])
        rows.append(row)

    def f1(v: list[int]) -> float:
        return 2 * v[0] / (2 * v[0] + v[1] + v[2]) if v[0] else 0.0

    best = max(pooled, key=lambda k: (round(f1(pooled[k]), 4), k[0]))
    return rows, best[0], best[1]


def _print_folds(rows: list[dict[str, Any]], prob: float, remove: float | None) -> None:
    for row in rows:
        print(f"fold {'+'.join(row['fold'])}")
        print(f"  rules alone        {row['rules']}")
        for name in (f"p>={p} remove<{rm}" for p in THRESHOLDS for rm in REMOVE):
            mark = " <- chosen" if name == f"p>={prob} remove<{remove}" else ""
            print(f"  {name:<22} {row[name]}{mark}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("parts", nargs="+", type=Path)
    ap.add_argument("--fold", action="append", default=[], help="comma list of part names held out together")
    ap.add_argument("--out", type=Path, help="write the model trained on every part here")
    ap.add_argument(
        "--cache", type=Path, help="pickle of the extracted records (read if present, else written)"
    )
    ap.add_argument("--threshold", type=float, help="the probability to write instead of the folds' choice")
    args = ap.parse_args(argv)
    if args.cache and args.cache.exists():
        recs = pickle.loads(args.cache.read_bytes())
    else:
        recs = collect(args.parts)
        if args.cache:
            args.cache.write_bytes(pickle.dumps(recs))
    folds = [set(f.split(",")) for f in args.fold]
    rows, prob, remove = validate(recs, folds) if folds else ([], 0.9, None)
    _print_folds(rows, prob, remove)
    prob = args.threshold if args.threshold is not None else prob
    print(f"chosen: probability >= {prob}, remove below {remove}")
    if args.out:
        weights, bias = fit(recs)
        chosen = f"p>={prob} remove<{remove}"
        figures = [{"fold": r["fold"], "rules": r["rules"], "backoff": r.get(chosen)} for r in rows]
        data = {
            "feature_version": ib.FEATURE_VERSION,
            "source": "bench/train_industry_backoff.py: logistic regression (scikit-learn, liblinear, "
            f"C={C_VALUE}) on the industry gold of tests/corpus, labels aligned by eval.score.match_measures",
            "date": dt.date.today().isoformat(),
            "parts": sorted({r.part for r in recs}),
            "candidates": sum(len(r.cands) for r in recs),
            "threshold_probability": prob,
            "remove_below": remove,
            "validation": figures,
            "bias": bias,
            "threshold": round(_logit(prob), 4),
            "weights": dict(sorted(weights.items())),
        }
        args.out.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
        print(f"wrote {args.out}: {len(weights)} weights")
    return 0


if __name__ == "__main__":
    sys.exit(main())
