"""Agreement of two hand annotations of the same texts: how far two annotators, each reading the text alone,
agree field by field. The second annotation is scored against the first as if it were an extraction, with the
scorer's keys (``score.py``): measures by their number path, units and industries per measure both annotators
have, the lead per measure the first gives one, targets as (value, unit) multisets per document, and the
document-level industries. A ceiling for what any extractor can reach against one annotator's gold."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from policykg.eval.gold import read_gold
from policykg.eval.score import Tally, _compare_sets, _key, _num_key, _target_key

AGREEMENT_FIELDS = ("measures", "units", "lead", "targets", "industries", "doc_industries")


def _path_key(m: dict[str, Any]) -> str:
    return "/".join(_num_key(str(p)) for p in m.get("path") or [])


def _targets(gold: dict[str, Any]) -> list[str]:
    found = [t for m in gold["measures"] for t in m.get("targets", [])] + gold.get("doc_targets", [])
    return [_target_key(t.get("value"), t.get("unit", "")) for t in found]


def _lead(first: dict[str, Any], second: dict[str, Any], where: str) -> Tally:
    want, got = {_key(u) for u in first.get("leads", [])}, {_key(u) for u in second.get("leads", [])}
    if not want:
        return Tally()
    if want == got:
        return Tally(tp=1)
    return Tally(fn=1, misses=[f"{where}: lead {sorted(want)} against {sorted(got)}"])


def _by_path(gold: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Measures by number path; a path printed twice (or none) gets its occurrence's ordinal."""
    seen: dict[str, int] = {}
    out = {}
    for m in gold["measures"]:
        key = _path_key(m)
        seen[key] = seen.get(key, 0) + 1
        out[key if seen[key] == 1 else f"{key}#{seen[key]}"] = m
    return out


def _measure_pairs(first: dict[str, Any], second: dict[str, Any], where: str) -> dict[str, Tally]:
    a, b = _by_path(first), _by_path(second)
    out = {f: Tally() for f in AGREEMENT_FIELDS}
    out["measures"] = _compare_sets(list(a), list(b), f"{where} measures")
    for key in sorted(a.keys() & b.keys()):
        here = f"{where} {key or '(no number)'}"
        for f, name in (("units", "responsible_units"), ("industries", "industries")):
            gold, got = (_key(x) for x in a[key].get(name, [])), (_key(x) for x in b[key].get(name, []))
            out[f].add(_compare_sets(gold, got, here))
        out["lead"].add(_lead(a[key], b[key], here))
    return out


def agree_document(first: dict[str, Any], second: dict[str, Any], where: str) -> dict[str, Tally]:
    """Each field's tally of the second annotation against the first, for one document."""
    out = _measure_pairs(first, second, where)
    out["targets"] = _compare_sets(_targets(first), _targets(second), f"{where} targets")
    doc_a = (_key(x) for x in first.get("doc_industries", []))
    doc_b = (_key(x) for x in second.get("doc_industries", []))
    out["doc_industries"] = _compare_sets(doc_a, doc_b, f"{where} document")
    return out


def agree_folders(first: Path, second: Path) -> tuple[dict[str, Tally], list[str]]:
    """Totals over every gold file of ``first`` that ``second`` also annotates, and the files it lacks."""
    totals = {f: Tally() for f in AGREEMENT_FIELDS}
    lacking = []
    for path in sorted(first.glob("*.json")):
        other = second / path.name
        if not other.is_file():
            lacking.append(path.name)
            continue
        a, b = read_gold(path), read_gold(other)
        for f, tally in agree_document(a, b, path.stem).items():
            totals[f].add(tally)
    return totals, lacking
