"""The 任务分工表 export and the networkx analytics, on the fixture graph."""

from __future__ import annotations

import csv
import os
from pathlib import Path
from typing import Any

import pytest

from policykg.errors import RenderError, UsageError
from policykg.queries import analyze as A
from policykg.queries import export as E

pytestmark = pytest.mark.integration


def test_export_xlsx(kg_store: Any, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    path, n = E.export_tasks(kg_store, tmp_path, "xlsx")
    assert path == tmp_path / "tasks.xlsx" and n == 3
    ws = load_workbook(path).active
    assert ws.title == "任务分工表"
    rows = [[c.value for c in r] for r in ws.iter_rows()]
    assert rows[0] == list(E.HEADERS)
    first = dict(zip(E.HEADERS, rows[1], strict=True))
    # the clause is the measure with its section: M1 is "1" under S1A "(一)" in qkg
    assert first["条款"] == "(一) 1" and first["牵头单位"] == "就业处" and first["责任单位"] == "人才开发处"
    assert (
        first["目标"] == "新增高技能人才 >= 20000人 (2025-12-31)" and first["完成时限/年份"] == "2025-12-31"
    )
    assert first["文号"] == "青人社字〔2025〕9号"
    third = dict(zip(E.HEADERS, rows[3], strict=True))
    assert third["牵头单位"] is None or third["牵头单位"] == ""  # M3 names no lead
    assert third["责任单位"] == "就业处; 烟台市科学技术局" and third["完成时限/年份"] == "2025"
    assert [p.name for p in tmp_path.iterdir()] == ["tasks.xlsx"]  # no temporary file left behind


def test_export_csv_with_bom_and_filter(kg_store: Any, tmp_path: Path) -> None:
    path, n = E.export_tasks(kg_store, tmp_path / "new", "csv", unit="科技局")
    assert n == 1
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[1][4] == "(一)支持智能家電產業"


def test_export_failure_keeps_previous_file(
    kg_store: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _ = E.export_tasks(kg_store, tmp_path, "csv")
    before = path.read_bytes()

    def boom(*_a: Any, **_k: Any) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(E.csv, "writer", boom)
    with pytest.raises(RenderError, match="disk full"):
        E.export_tasks(kg_store, tmp_path, "csv")
    assert path.read_bytes() == before and sorted(p.name for p in tmp_path.iterdir()) == ["tasks.csv"]
    with pytest.raises(UsageError, match="unknown export format"):
        E.export_tasks(kg_store, tmp_path, "pdf")


def test_export_dest_ending_in_xlsx_or_csv_is_the_file(kg_store: Any, tmp_path: Path) -> None:
    # issue 14: `export tasks out/tasks.xlsx` made a folder named tasks.xlsx
    path, _ = E.export_tasks(kg_store, tmp_path / "plan.csv")
    assert path == tmp_path / "plan.csv" and path.is_file()
    assert path.read_text(encoding="utf-8-sig").startswith(",".join(E.HEADERS[:2]))
    path, _ = E.export_tasks(kg_store, tmp_path / "sub" / "plan.XLSX")
    assert path.is_file() and path.read_bytes()[:2] == b"PK"
    with pytest.raises(UsageError, match="agree"):
        E.export_tasks(kg_store, tmp_path / "plan.csv", "xlsx")


def test_export_follows_the_umask(kg_store: Any, tmp_path: Path) -> None:
    # issue 14: exports were 0600 (mkstemp's mode) whatever the umask
    old = os.umask(0o022)
    try:
        path, _ = E.export_tasks(kg_store, tmp_path, "csv")
    finally:
        os.umask(old)
    assert path.stat().st_mode & 0o777 == 0o644


def test_analyze(kg_store: Any) -> None:
    a = A.analyze(kg_store)
    # coordination network: 就业处(青岛) - 人才开发处 - 工信局 ; 烟台科技局 - 就业处(烟台)
    assert a.centrality[0]["unit"] == "人才开发处" and a.centrality[0]["partners"] == 2
    assert sorted(c["size"] for c in a.communities) == [2, 3]
    assert [b["unit"] for b in a.bridges if b["articulation"]] == ["人才开发处"]
    by_doc = {d["document"]: d for d in a.document_industries}
    assert sorted(by_doc["关于强化人才引领支撑赋能创新型产业体系建设实施方案"]["industries"]) == sorted(
        ["人工智能", "集成电路", "智能家电", "高端化工", "食品饮料"]
    )
    assert by_doc["关于强化人才引领支撑赋能创新型产业体系建设实施方案"]["direct"] == 2
    assert sorted(by_doc["煙臺市支持產業發展若干措施"]["industries"]) == sorted(["智能家电", "食品饮料"])
    assert len(a.results()) == 4
