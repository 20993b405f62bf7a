"""A planner's report: one self-contained offline HTML page answering the core questions at a glance.

Unit workload (bar chart), the unit × industry ownership matrix, each system's coverage and gaps, targets by
year and unit, and the documents (what they cite, which units they share). Every number is a link to the
source clauses it counts: the page lists every quoted clause once (``#ev-N``), and a click on a number shows
the clauses behind it in a panel. Same safety rules as the graph views: text is escaped by the template
engine, the one script only uses ``textContent``, a Content-Security-Policy forbids every network load.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import networkx as nx

from policykg.errors import RenderError
from policykg.graph.views import select as vv
from policykg.graph.views.style import Styler, _figure

ASSETS = Path(__file__).with_name("assets")


@dataclass
class ReportInfo:
    path: Path
    bytes: int
    units: int
    industries: int
    documents: int
    clauses: int


class _Evidence:
    """Numbered source clauses and the groups of them that numbers link to."""

    def __init__(self, pg: nx.MultiDiGraph) -> None:
        self.styler = Styler(pg, vv.View(nx.MultiDiGraph(), kind="report"))
        self.index: dict[str, int] = {}
        self.clauses: list[dict[str, Any]] = []
        self.groups: list[list[int]] = []

    def ref(self, n: str) -> int | None:
        if n not in self.index:
            quote = self.styler.quote(n)
            if not quote:
                return None
            self.index[n] = len(self.clauses)
            self.clauses.append({"id": len(self.clauses), **quote})
        return self.index[n]

    def cell(self, nodes: Iterable[str]) -> dict[str, Any]:
        """A number and the group of clauses it counts (the link target)."""
        listed = list(dict.fromkeys(nodes))
        refs = [r for r in (self.ref(n) for n in listed) if r is not None]
        self.groups.append(refs)
        return {"n": len(listed), "g": len(self.groups) - 1, "first": refs[0] if refs else None}


def _measures_of(pg: nx.MultiDiGraph, unit: str) -> tuple[list[str], list[str]]:
    measures = sorted(
        set(vv.in_nodes(pg, unit, "RESPONSIBLE_UNIT")) | set(vv.in_nodes(pg, unit, "LEAD_UNIT")),
        key=lambda m: vv.measure_order(pg, m),
    )
    leads = [m for m in measures if unit in vv.out_nodes(pg, m, "LEAD_UNIT")]
    return measures, leads


def _targets_of(pg: nx.MultiDiGraph, measures: Iterable[str]) -> list[str]:
    return [t for m in measures for t in vv.out_nodes(pg, m, "HAS_TARGET")]


def _units(pg: nx.MultiDiGraph, ev: _Evidence) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for u in vv.nodes_of(pg, "Unit"):
        measures, leads = _measures_of(pg, u)
        if not measures:
            continue
        targets = _targets_of(pg, measures)
        regions = vv.out_nodes(pg, u, "REGION")
        rows.append(
            {
                "id": u,
                "name": vv.display_name(pg, u),
                "region": vv.display_name(pg, regions[0]) if regions else "",
                "measures": ev.cell(measures),
                "leads": ev.cell(leads),
                "targets": ev.cell(targets),
            }
        )
    rows.sort(key=lambda r: (-r["measures"]["n"], r["name"]))
    top = max((r["measures"]["n"] for r in rows), default=1) or 1
    for r in rows:
        r["bar"] = round(100 * r["measures"]["n"] / top, 1)
        r["leadbar"] = round(100 * r["leads"]["n"] / top, 1)
    return rows


def _matrix(pg: nx.MultiDiGraph, units: list[dict[str, Any]], ev: _Evidence) -> dict[str, Any]:
    cells: dict[tuple[str, str], list[str]] = defaultdict(list)
    for m in sorted(vv.nodes_of(pg, "Measure"), key=lambda m: vv.measure_order(pg, m)):
        for i in vv.out_nodes(pg, m, "CONCERNS_INDUSTRY"):
            for u in vv.measure_units(pg, m):
                cells[(u, i)].append(m)
    industries = sorted(
        {i for _, i in cells}, key=lambda i: (-sum(len(v) for (_, j), v in cells.items() if j == i), i)
    )
    shown = [r for r in units if any((r["id"], i) in cells for i in industries)]
    rows: list[dict[str, Any]] = []
    for r in shown:
        row: list[dict[str, Any] | None] = []
        for i in industries:
            measures = cells.get((r["id"], i), [])
            lead = any(r["id"] in vv.out_nodes(pg, m, "LEAD_UNIT") for m in measures)
            row.append({**ev.cell(measures), "lead": lead} if measures else None)
        rows.append({"name": r["name"], "region": r["region"], "cells": row})
    _regions_of_shared_names(rows)
    matrix = {"industries": [vv.display_name(pg, i) for i in industries], "rows": rows}
    matrix["panels"] = _panels(matrix["industries"], rows)
    return matrix


def _regions_of_shared_names(rows: list[dict[str, Any]]) -> None:
    """Keep a row's region only where another row has the same name (劳动关系处 of 青岛市 and of 山东省)."""
    counts = Counter(r["name"] for r in rows)
    for r in rows:
        if counts[r["name"]] < 2:
            r["region"] = ""


# Industries per panel of the matrix: with ~26 px a column and the unit names' column, a panel fits a window
# ~1100 px wide, so the matrix never scrolls sideways; more industries continue in the next panel.
PANEL_COLUMNS = 30


def _panels(industries: list[str], rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The matrix cut into as few panels of as many industries as it takes (at most PANEL_COLUMNS each, most
    measures first), each with the units that have a measure in one of its industries."""
    count = -(-len(industries) // PANEL_COLUMNS)
    size = -(-len(industries) // max(count, 1))  # balanced: 46 industries are two panels of 23
    panels = []
    for start in range(0, len(industries), max(size, 1)):
        end = min(start + size, len(industries))
        cut = [{**r, "cells": r["cells"][start:end]} for r in rows]
        panels.append(
            {
                "first": start + 1,
                "last": end,
                "industries": industries[start:end],
                "rows": [r for r in cut if any(r["cells"])],
            }
        )
    return panels


def _systems(pg: nx.MultiDiGraph, ev: _Evidence) -> list[dict[str, Any]]:
    out = []
    for s in vv.nodes_of(pg, "IndustrySystem"):
        whole = vv.in_nodes(pg, s, "CONCERNS_SYSTEM")
        members: list[dict[str, Any]] = []
        for i in vv.system_members(pg, s):
            direct = sorted(vv.in_nodes(pg, i, "CONCERNS_INDUSTRY"), key=lambda m: vv.measure_order(pg, m))
            owners = sorted({vv.display_name(pg, u) for m in direct for u in vv.measure_units(pg, m)})
            members.append(
                {"name": vv.display_name(pg, i), "measures": ev.cell(direct), "owners": "、".join(owners)}
            )
        members.sort(key=lambda r: (r["measures"]["n"] > 0, r["name"]))
        gaps = sum(1 for r in members if r["measures"]["n"] == 0)
        out.append(
            {"name": vv.display_name(pg, s), "whole": ev.cell(whole), "members": members, "gaps": gaps}
        )
    return out


def _targets(pg: nx.MultiDiGraph, ev: _Evidence) -> list[dict[str, Any]]:
    rows = []
    for t in vv.nodes_of(pg, "Target"):
        props = pg.nodes[t].get("props") or {}
        owners = [m for m in vv.in_nodes(pg, t, "HAS_TARGET") if vv.is_a(pg, m, "Measure")]
        units = sorted({vv.display_name(pg, u) for m in owners for u in vv.measure_units(pg, m)})
        year = props.get("year")
        rows.append(
            {
                "year": str(year) if year not in (None, "") else "—",
                "units": "、".join(units) or "—",
                "indicator": str(props.get("indicator") or ""),
                "figure": _figure(props),
                "ref": ev.ref(t),
            }
        )
    rows.sort(key=lambda r: (r["year"], r["units"], r["indicator"]))
    return rows


def _documents(pg: nx.MultiDiGraph, ev: _Evidence) -> list[dict[str, Any]]:
    units_of: dict[str, set[str]] = {}
    docs = [d for d in vv.nodes_of(pg, "PolicyDocument") if vv.in_nodes(pg, d, "IN_DOCUMENT")]
    for d in docs:
        measures = [m for m in vv.in_nodes(pg, d, "IN_DOCUMENT") if vv.is_a(pg, m, "Measure")]
        units_of[d] = {u for m in measures for u in vv.measure_units(pg, m)}
    rows = []
    for d in docs:
        measures = sorted(
            (m for m in vv.in_nodes(pg, d, "IN_DOCUMENT") if vv.is_a(pg, m, "Measure")),
            key=lambda m: vv.measure_order(pg, m),
        )
        shared = []
        for other in docs:
            common = units_of[d] & units_of[other]
            if other != d and common:
                names = "、".join(sorted(vv.display_name(pg, u) for u in common)[:6])
                shared.append(f"{ev.styler.doc_title(other)}: {len(common)} ({names})")
        rows.append(
            {
                "title": ev.styler.doc_title(d),
                "number": str((pg.nodes[d].get("props") or {}).get("docNumber") or ""),
                "measures": ev.cell(measures),
                "cites": [ev.styler.doc_title(c) for c in vv.out_nodes(pg, d, "CITES")],
                "shared": shared,
            }
        )
    return rows


def report_data(pg: nx.MultiDiGraph) -> dict[str, Any]:
    ev = _Evidence(pg)
    units = _units(pg, ev)
    data: dict[str, Any] = {
        "units": units,
        "matrix": _matrix(pg, units, ev),
        "systems": _systems(pg, ev),
        "targets": _targets(pg, ev),
        "documents": _documents(pg, ev),
    }
    data["clauses"] = ev.clauses
    data["groups"] = ev.groups
    return data


def render_report(pg: nx.MultiDiGraph, out: Path, title: str = "") -> ReportInfo:
    """Write the report page for ``pg`` to ``out`` (atomically)."""
    import jinja2

    from policykg.graph.views.viz import _csp, _script_json, _write_atomic

    data = report_data(pg)
    try:
        script = (ASSETS / "report.js").read_text(encoding="utf-8")
        css = (ASSETS / "report.css").read_text(encoding="utf-8")
        env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(ASSETS)), autoescape=True)
        html = env.get_template("report_template.html").render(
            title=title or "Policy report 政策分析报告",
            d=data,
            groups_json=_script_json(data["groups"]),
            script=script,
            css=css,
            csp=_csp([script]),
        )
    except (OSError, jinja2.TemplateError) as err:
        raise RenderError(f"cannot render the report page ({err}); reinstall policykg") from err
    size = _write_atomic(Path(out), html)
    return ReportInfo(
        path=Path(out),
        bytes=size,
        units=len(data["units"]),
        industries=len(data["matrix"]["industries"]),
        documents=len(data["documents"]),
        clauses=len(data["clauses"]),
    )


def render_report_from_build(build_dir: Path, out: Path, title: str = "") -> ReportInfo:
    from policykg.graph.views.viz import load_property_graph

    return render_report(load_property_graph(build_dir), out, title=title)
