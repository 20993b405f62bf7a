"""Fixed positions for the preset views, so each reads like a planner's chart rather than a hairball.

Every preset view is laid out in *columns of labelled boxes*: a box's label is inside it, boxes in a column are
one row apart and columns are as wide as their longest label, so no two labels can overlap. What differs per
view is what goes in the columns and in which order:

* ownership: units on the left (grouped by region, a unit's divisions under it), industries on the right grouped
  under their system's box (the via-system edges end there);
* system: the same two sides, the right one the system's categories with their members;
* document: an outline (sections › measures › targets, indented, with tree connectors) and the units at right;
* coordination: one column group per community (colours set by the styler).

The number of rows per column is chosen so the whole chart fits a 1400×900 window at the largest scale, as long
as its labels are drawn at 12 px or more there; a larger chart fits the window's width at that size and the
page scrolls down it.
Positions are in vis-network canvas units; physics stays off, nodes can still be dragged.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from policykg.graph.views.select import (
    STRUCTURAL_PARENT_TYPES,
    View,
    display_name,
    in_nodes,
    is_a,
    node_class,
    out_nodes,
    system_members,
)

FONT_PX = 14.0
ROW = 36.0  # a box is ~26 units high; 10 between rows
INDENT = 22.0
COL_GAP = 36.0  # between columns of one side
SIDE_GAP = 300.0  # between the two sides of a two-sided chart: room for the edges
CANVAS = (1120.0, 740.0)  # the drawing area of a 1400×900 window, header and legend taken off
GROUP_GAP_ROWS = 1  # empty rows between two groups in a column
# Below this scale a 14-unit label is drawn under 12 px: a chart that would need it to fit the window is laid
# out to fit the window's width at this scale instead, and the page scrolls down it (viz.js: READABLE_SCALE).
READABLE_SCALE = 12.0 / FONT_PX


@dataclass
class Group:
    """Rows under one heading: (node id, indent level). An empty heading draws nothing."""

    heading: str
    rows: list[tuple[str, int]]


@dataclass
class Layout:
    positions: dict[str, tuple[float, float]] = field(default_factory=dict)
    headings: list[dict[str, Any]] = field(default_factory=list)  # {"text", "x", "y", "size"}
    tree: list[list[str]] = field(default_factory=list)  # [parent, child] connectors drawn by the page
    colors: dict[str, str] = field(default_factory=dict)  # node id -> background (coordination communities)
    communities: list[dict[str, Any]] = field(default_factory=list)  # legend rows

    def as_data(self) -> dict[str, Any]:
        return {"headings": self.headings, "tree": self.tree}


def text_width(label: str) -> float:
    """Width of a box holding ``label`` at the views' font: wide (CJK, full-width) characters take a full em."""
    widest = 0.0
    for line in str(label).split("\n"):
        w = sum(FONT_PX if unicodedata.east_asian_width(c) in "WF" else FONT_PX * 0.56 for c in line)
        widest = max(widest, w)
    return widest + 14.0  # vis-network's box margin (5) on both sides, and a little air


# --------------------------------------------------------------------------- flowing groups into columns


def _flow(groups: Sequence[Group], max_rows: int) -> list[list[tuple[str, Any]]]:
    """Columns of entries ("h", heading) / ("n", (id, indent)) / ("gap", None); a group longer than a column
    continues in the next one."""
    columns: list[list[tuple[str, Any]]] = [[]]
    for group in groups:
        need = len(group.rows) + (1 if group.heading else 0)
        col = columns[-1]
        if col and len(col) + GROUP_GAP_ROWS + min(need, max_rows) > max_rows:
            columns.append([])
        elif col:
            col.extend([("gap", None)] * GROUP_GAP_ROWS)
        if group.heading:
            columns[-1].append(("h", group.heading))
        for row in group.rows:
            if len(columns[-1]) >= max_rows:
                columns.append([])
            columns[-1].append(("n", row))
    return [c for c in columns if c]


def _col_width(col: list[tuple[str, Any]], widths: Mapping[str, float]) -> float:
    w = 0.0
    for kind, payload in col:
        if kind == "n":
            w = max(w, payload[1] * INDENT + widths[payload[0]])
        elif kind == "h":
            w = max(w, text_width(payload) * 0.9)
    return w


def _block_size(groups: Sequence[Group], widths: Mapping[str, float], max_rows: int, gap: float) -> tuple:
    cols = _flow(groups, max_rows)
    width = sum(_col_width(c, widths) for c in cols) + gap * max(len(cols) - 1, 0)
    height = max((len(c) for c in cols), default=0) * ROW
    return width, height


def _place_block(
    groups: Sequence[Group], widths: Mapping[str, float], max_rows: int, x0: float, gap: float, out: Layout
) -> float:
    """Place a block's columns from ``x0``; returns the x where the block ends."""
    x = x0
    for col in _flow(groups, max_rows):
        for i, (kind, payload) in enumerate(col):
            y = i * ROW
            if kind == "n":
                node, indent = payload
                out.positions[node] = (round(x + indent * INDENT + widths[node] / 2, 1), y)
            elif kind == "h":
                out.headings.append({"text": payload, "x": round(x, 1), "y": y, "size": 15})
        x += _col_width(col, widths) + gap
    return x - gap


def _fit_rows(
    blocks: Sequence[tuple[Sequence[Group], float]], widths: Mapping[str, float], side_gap: float
) -> list[int]:
    """Rows per column for each block (side by side): the whole chart on one screen at the largest scale when
    its labels stay readable there; else the shortest chart whose width fits at the readable scale (the page
    then scrolls down it). All blocks share one height limit, so their columns line up."""
    total = max(1, *(sum(len(g.rows) + 2 for g in groups) for groups, _ in blocks))
    best: tuple[float, int] = (-1.0, total)
    shortest: int | None = None
    for rows in range(6, total + 2):
        width = side_gap * (len(blocks) - 1)
        height = 0.0
        for groups, gap in blocks:
            w, h = _block_size(groups, widths, rows, gap)
            width += w
            height = max(height, h)
        scale = min(CANVAS[0] / max(width, 1.0), CANVAS[1] / max(height, 1.0))
        if scale > best[0] + 1e-9:
            best = (scale, rows)
        if shortest is None and width * READABLE_SCALE <= 0.96 * CANVAS[0]:  # viz.js keeps 4 % air
            shortest = rows
    if best[0] >= READABLE_SCALE or shortest is None:
        return [best[1]] * len(blocks)
    return [shortest] * len(blocks)


def _sides(
    blocks: Sequence[tuple[str, Sequence[Group], float]],
    widths: Mapping[str, float],
    out: Layout,
    side_gap: float = SIDE_GAP,
) -> Layout:
    """Blocks side by side, each with a title above its first column."""
    rows = _fit_rows([(g, gap) for _, g, gap in blocks], widths, side_gap)
    x = 0.0
    for (title, groups, gap), r in zip(blocks, rows, strict=True):
        if not any(g.rows for g in groups):
            continue
        out.headings.append({"text": title, "x": x, "y": -1.4 * ROW, "size": 18})
        x = _place_block(groups, widths, r, x, gap, out) + side_gap
    return out


# --------------------------------------------------------------------------- grouping units and industries


def _region(pg: nx.MultiDiGraph, unit: str) -> str:
    regions = out_nodes(pg, unit, "REGION")
    return display_name(pg, regions[0]) if regions else ""


def unit_groups(pg: nx.MultiDiGraph, units: Sequence[str], weight: Mapping[str, int]) -> list[Group]:
    """Units by region (most measures first), each parent followed by its divisions (indented)."""
    shown = set(units)
    by_region: dict[str, list[str]] = {}
    for u in units:
        by_region.setdefault(_region(pg, u), []).append(u)
    groups = []
    for region in sorted(by_region, key=lambda r: (r == "", -sum(weight.get(u, 0) for u in by_region[r]), r)):
        members = by_region[region]
        parent = {
            u: next((p for p in out_nodes(pg, u, "SUB_ORGANIZATION_OF") if p in shown), None) for u in members
        }
        groups.append(Group(region or "other 其他", _family_rows(members, parent, weight)))
    return groups


def _family_rows(
    members: Sequence[str], parent: Mapping[str, str | None], weight: Mapping[str, int]
) -> list[tuple[str, int]]:
    """Each unit (most measures first) followed by its divisions, indented once."""
    rows: list[tuple[str, int]] = []
    placed: set[str] = set()
    order = sorted(members, key=lambda u: (-weight.get(u, 0), u))
    todo = [(u, 0) for u in reversed(order) if parent[u] is None or parent[u] not in members]
    while todo:
        u, depth = todo.pop()
        if u in placed:
            continue
        placed.add(u)
        rows.append((u, min(depth, 1)))
        todo.extend((k, depth + 1) for k in reversed(order) if parent[k] == u and k not in placed)
    rows.extend((u, 0) for u in order if u not in placed)  # a cycle of parents: shown flat
    return rows


def industry_groups(
    pg: nx.MultiDiGraph, industries: Sequence[str], systems: Sequence[str], weight: Mapping[str, int]
) -> list[Group]:
    """Industries under the box of the system (in the view) holding most of them; the rest under 'other'."""
    shown = set(industries)
    members = {s: [i for i in system_members(pg, s) if i in shown] for s in systems}
    placed: set[str] = set()
    groups = []
    for s in sorted(systems, key=lambda s: (-len(members[s]), display_name(pg, s))):
        rows = [(s, 0)]
        for i in sorted(members[s], key=lambda i: (-weight.get(i, 0), i)):
            if i not in placed:
                placed.add(i)
                rows.append((i, 1))
        groups.append(Group("", rows))
    rest = [i for i in industries if i not in placed]
    if rest:
        groups.append(
            Group(
                "other industries 其他产业",
                [(i, 0) for i in sorted(rest, key=lambda i: (-weight.get(i, 0), i))],
            )
        )
    return groups


def _weights(view: View) -> dict[str, int]:
    g = view.graph
    return {
        n: int(
            sum(d.get("weight", 1) for _, _, d in g.edges(n, data=True))
            + sum(d.get("weight", 1) for _, _, d in g.in_edges(n, data=True))
        )
        for n in g.nodes
    }


# --------------------------------------------------------------------------- the views


def ownership_layout(pg: nx.MultiDiGraph, view: View, widths: Mapping[str, float]) -> Layout:
    g = view.graph
    weight = _weights(view)
    units = [n for n in g.nodes if is_a(g, n, "Unit")]
    industries = [n for n in g.nodes if is_a(g, n, "Industry")]
    systems = [n for n in g.nodes if is_a(g, n, "IndustrySystem")]
    blocks = [
        ("Units 责任单位", unit_groups(pg, units, weight), COL_GAP),
        ("Industries by system 产业(按产业体系)", industry_groups(pg, industries, systems, weight), COL_GAP),
    ]
    return _sides(blocks, widths, Layout())


def system_layout(pg: nx.MultiDiGraph, view: View, widths: Mapping[str, float]) -> Layout:
    g = view.graph
    weight = _weights(view)
    system = view.subject or ""
    units = [n for n in g.nodes if is_a(g, n, "Unit")]
    groups = [Group("", [(system, 0)])] if system in g else []
    placed: set[str] = set()
    direct = [i for i in out_nodes(pg, system, "HAS_MEMBER") if i in g]
    if direct:
        groups[-1].rows.extend((i, 1) for i in direct)
        placed.update(direct)
    for cat in out_nodes(pg, system, "HAS_CATEGORY"):
        if cat not in g:
            continue
        rows = [(cat, 0)] + [(i, 1) for i in out_nodes(pg, cat, "HAS_MEMBER") if i in g and i not in placed]
        placed.update(i for i, _ in rows[1:])
        groups.append(Group("", rows))
    blocks = [
        ("Responsible units 责任单位", unit_groups(pg, units, weight), COL_GAP),
        (f"{display_name(pg, system)}: categories and members 类别与成员", groups, COL_GAP),
    ]
    return _sides(blocks, widths, Layout())


def _start(pg: nx.MultiDiGraph, n: str) -> int:
    """Where a node's text starts in its document (its place in the outline)."""
    props = pg.nodes[n].get("props") or {}
    for key in ("charStart", "ordinal"):
        try:
            return int(props[key])
        except (KeyError, TypeError, ValueError):
            continue
    return 0


def _outline(
    pg: nx.MultiDiGraph, g: nx.MultiDiGraph, doc: str
) -> tuple[list[tuple[str, int]], list[list[str]]]:
    """Depth-first rows of the document's tree (sections › measures › targets; phases last) and its links."""
    rows: list[tuple[str, int]] = []
    links: list[list[str]] = []
    seen = {doc}

    def children(n: str) -> list[str]:
        kids = [
            c for rel in STRUCTURAL_PARENT_TYPES for c in out_nodes(pg, n, rel) if c in g and c not in seen
        ]
        order = {"Section": 0, "Measure": 0, "Target": 1, "Phase": 2}
        return sorted(set(kids), key=lambda c: (order.get(node_class(pg, c), 3), _start(pg, c), c))

    def walk(n: str, depth: int) -> None:
        for c in children(n):
            if c in seen:
                continue
            seen.add(c)
            rows.append((c, depth))
            links.append([n, c])
            walk(c, depth + 1)

    walk(doc, 1)
    rows.insert(0, (doc, 0))
    orphans = [
        n for n in g.nodes if n not in seen and node_class(g, n) in ("Section", "Measure", "Target", "Phase")
    ]
    rows.extend((n, 1) for n in sorted(orphans, key=lambda n: (_start(pg, n), n)))
    return rows, links


def document_layout(pg: nx.MultiDiGraph, view: View, widths: Mapping[str, float]) -> Layout:
    g = view.graph
    doc = view.subject or ""
    rows, links = _outline(pg, g, doc)
    weight = {
        u: len(in_nodes(g, u, "RESPONSIBLE_UNIT")) + 2 * len(in_nodes(g, u, "LEAD_UNIT")) for u in g.nodes
    }
    units = [n for n in g.nodes if is_a(g, n, "Unit")]
    blocks = [
        ("Outline 结构: sections › measures › targets", _split_outline(rows), COL_GAP),
        ("Responsible units 责任单位", unit_groups(pg, units, weight), COL_GAP),
    ]
    out = _sides(blocks, widths, Layout(), side_gap=SIDE_GAP * 0.6)
    out.tree = links
    return out


def _split_outline(rows: list[tuple[str, int]]) -> list[Group]:
    """One group per top-level section, so a column break falls between sections where it can."""
    groups: list[Group] = []
    for row in rows:
        if row[1] <= 1 or not groups:
            groups.append(Group("", []))
        groups[-1].rows.append(row)
    return groups


PALETTE = ("#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1", "#ff9da7", "#9c755f")


def coordination_layout(pg: nx.MultiDiGraph, view: View, widths: Mapping[str, float]) -> Layout:
    g = nx.Graph()
    g.add_nodes_from(view.graph.nodes)
    for u, v, d in view.graph.edges(data=True):
        g.add_edge(u, v, weight=d.get("weight", 1))
    communities = sorted(
        (sorted(c) for c in nx.community.greedy_modularity_communities(g, weight="weight"))
        if g.number_of_edges()
        else [sorted(g.nodes)],
        key=lambda c: (-len(c), c),
    )
    out = Layout()
    weight = dict(g.degree(weight="weight"))
    groups = []
    for i, members in enumerate(communities):
        color = PALETTE[i % len(PALETTE)]
        lead = max(members, key=lambda n: (weight.get(n, 0), n))
        name = f"group {i + 1} 协作组 · {display_name(pg, lead) if lead in pg else lead}"
        out.communities.append({"name": name, "color": color, "count": len(members)})
        for n in members:
            out.colors[n] = color
        groups.append(
            Group(
                f"group {i + 1} 协作组",
                [(n, 0) for n in sorted(members, key=lambda n: (-weight.get(n, 0), n))],
            )
        )
    return _sides([("Units by working group 协作组", groups, COL_GAP * 3)], widths, out)


LAYOUTS = {
    "ownership": ownership_layout,
    "system": system_layout,
    "document": document_layout,
    "coordination": coordination_layout,
}


def layout_for(pg: nx.MultiDiGraph, view: View, labels: Mapping[str, str]) -> Layout | None:
    """Fixed positions for a preset view (``labels``: node id -> the label drawn), or None: physics lays out."""
    make = LAYOUTS.get(view.kind)
    if make is None or view.graph.number_of_nodes() == 0:
        return None
    widths = {n: text_width(labels.get(n, n)) for n in view.graph.nodes}
    return make(pg, view, widths)
