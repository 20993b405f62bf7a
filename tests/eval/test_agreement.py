"""The agreement of two hand annotations (pure logic on inline gold dicts)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from policykg.eval.agreement import agree_document, agree_folders


def _gold(*measures: dict[str, Any], doc_targets: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {"measures": list(measures), "doc_targets": doc_targets or [], "doc_industries": ["数字经济"]}


def _m(path: list[str], units: list[str], leads: list[str], inds: list[str], **kw: Any) -> dict[str, Any]:
    return {"path": path, "responsible_units": units, "leads": leads, "industries": inds, "targets": [], **kw}


FIRST = _gold(
    _m(["一", "(一)"], ["市工信局", "市商务局"], ["市工信局"], ["集成电路", "新能源汽车"]),
    _m(["一", "(二)"], ["市农业农村局"], ["市农业农村局"], [], targets=[{"value": 5000, "unit": "万元"}]),
)


def test_identical_annotations_agree_fully() -> None:
    tallies = agree_document(FIRST, FIRST, "d")
    assert all(t.f1 == 1.0 for t in tallies.values())
    assert tallies["units"].tp == 3 and tallies["lead"].tp == 2 and tallies["industries"].tp == 2


def test_disagreements_counted_per_field() -> None:
    second = _gold(
        _m(["一", "(一)"], ["市工信局"], ["市商务局"], ["集成电路", "汽车"]),
        _m(["一", "(二)"], ["市农业农村局"], ["市农业农村局"], [], targets=[{"value": 0.5, "unit": "亿元"}]),
        _m(["一", "(三)"], [], [], []),
    )
    t = agree_document(FIRST, second, "d")
    assert (t["measures"].tp, t["measures"].fp, t["measures"].fn) == (2, 1, 0)
    assert (t["units"].tp, t["units"].fn) == (2, 1)
    assert (t["lead"].tp, t["lead"].fn) == (1, 1)
    assert (t["industries"].tp, t["industries"].fp, t["industries"].fn) == (1, 1, 1)
    assert t["targets"].f1 == 1.0  # 5000万元 and 0.5亿元 are the same amount
    assert any("lead" in miss for miss in t["lead"].misses)


def test_measures_printed_without_numbers_pair_in_order() -> None:
    first = _gold(_m([], ["甲局"], [], []), _m([], ["乙局"], [], []))
    second = _gold(_m([], ["甲局"], [], []), _m([], ["丙局"], [], []))
    t = agree_document(first, second, "d")
    assert t["measures"].tp == 2
    assert (t["units"].tp, t["units"].fp, t["units"].fn) == (1, 1, 1)


def test_folders_report_files_annotated_once(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    for name in ("x.json", "y.json"):
        (a / name).write_text(json.dumps(FIRST, ensure_ascii=False), encoding="utf-8")
    (b / "x.json").write_text(json.dumps(FIRST, ensure_ascii=False), encoding="utf-8")
    totals, lacking = agree_folders(a, b)
    assert lacking == ["y.json"]
    assert totals["units"].tp == 3
