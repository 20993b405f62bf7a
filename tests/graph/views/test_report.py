"""The planner's report page: its numbers (worked out by hand from the fixture graph), escaping, offline, and the
page in a real headless Chromium (no console error, no request, evidence panel, sorting; a screenshot)."""

from __future__ import annotations

import html as htmllib
import importlib.util
import os
import re
from pathlib import Path
from typing import Any

import pytest

from policykg.graph.views import report

ROOT = Path(__file__).resolve().parents[3]
_spec = importlib.util.spec_from_file_location(
    "viz_pg_fixture", Path(__file__).parents[2] / "fixtures" / "viz_pg.py"
)
assert _spec and _spec.loader
fx: Any = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fx)


def test_report_numbers_come_from_the_measures() -> None:
    data = report.report_data(fx.build_graph())
    units = {u["name"]: u for u in data["units"]}
    # 人才开发处: M1 (responsible) and M2 (lead): 2 measures, 1 lead; their section, not they, holds target T1.
    talent = units["人才开发处"]
    assert (talent["measures"]["n"], talent["leads"]["n"], talent["targets"]["n"]) == (2, 1, 0)
    # 人社局 (M3 lead, M4) has M3's target T2.
    assert units["青岛市人力资源和社会保障局"]["targets"]["n"] == 1
    assert data["units"][0]["measures"]["n"] >= data["units"][-1]["measures"]["n"]  # heaviest first
    # The matrix cell 人才开发处 × 集成电路 is M2, which it leads.
    col = data["matrix"]["industries"].index("集成电路")
    row = next(r for r in data["matrix"]["rows"] if r["name"] == "人才开发处")
    assert row["cells"][col]["n"] == 1 and row["cells"][col]["lead"] is True
    # 13条产业链: 集成电路 named by M2, 船舶海工 by nothing: one gap.
    chains = next(s for s in data["systems"] if s["name"] == "13条产业链")
    assert chains["gaps"] == 1 and chains["members"][0]["name"] == "船舶海工"
    # every number's clauses are quoted: the group of 人才开发处's measures quotes M1 and M2
    quoted = [data["clauses"][r]["text"] for r in data["groups"][talent["measures"]["g"]]]
    assert quoted[0].startswith("1.實施就業服務保障計劃") and quoted[1].startswith("2.實施重點項目引才計劃")


def test_report_page_escapes_text_and_loads_nothing(tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    report.render_report(fx.build_graph(xss=True), out, title="<script>alert(1)</script>")
    html = out.read_text(encoding="utf-8")
    assert html.count("<script") == 2  # the data block and the page's own script
    assert "<img" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "default-src 'none'" in htmllib.unescape(html)
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", html, re.I)
    assert (out.stat().st_mode & 0o777) == 0o666 & ~_umask()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_cli_report(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from policykg.cli import app
    from policykg.graph.views import viz

    monkeypatch.setattr(viz, "load_property_graph", lambda d: fx.build_graph())
    out = tmp_path / "report.html"
    result = CliRunner().invoke(app, ["report", "--dir", str(tmp_path), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert out.is_file() and "5 units" in result.output


def test_matrix_panels_never_scroll_sideways() -> None:
    """Regression (issue 14, fourth walk): the samples' unit × industry matrix (46 industries) was one table
    ~2,000 px wide that scrolled sideways. It is cut into balanced panels of at most PANEL_COLUMNS industries,
    in the matrix's order, each with only the units that have a measure in one of its industries."""
    industries = [f"产业{i}" for i in range(46)]
    rows = [
        {"name": "甲局", "region": "", "cells": [{"n": 1} if i % 2 else None for i in range(46)]},
        {"name": "乙局", "region": "", "cells": [{"n": 2} if i < 3 else None for i in range(46)]},
    ]
    panels = report._panels(industries, rows)
    assert [len(p["industries"]) for p in panels] == [23, 23]
    assert [i for p in panels for i in p["industries"]] == industries
    assert (panels[1]["first"], panels[1]["last"]) == (24, 46)
    assert [r["name"] for r in panels[0]["rows"]] == ["甲局", "乙局"]
    assert [r["name"] for r in panels[1]["rows"]] == ["甲局"]  # 乙局 has nothing after the third industry
    assert panels[1]["rows"][0]["cells"] == rows[0]["cells"][23:]
    assert [len(p["industries"]) for p in report._panels(industries[:30], rows)] == [30]
    assert report._panels([], []) == []


def test_matrix_row_shows_the_region_of_a_name_two_units_share() -> None:
    """Regression (issue 14, fourth walk): two units with one short name (劳动关系处 of 青岛 and of 山东) would be
    two matrix rows that look the same; such rows show their region, the others none."""
    rows = [
        {"name": "劳动关系处", "region": "青岛市"},
        {"name": "劳动关系处", "region": "山东省"},
        {"name": "就业处", "region": "青岛市"},
    ]
    report._regions_of_shared_names(rows)
    assert [r["region"] for r in rows] == ["青岛市", "山东省", ""]
    assert all(r["region"] == "" for r in report.report_data(fx.build_graph())["matrix"]["rows"])
