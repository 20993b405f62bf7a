"""The visual language of the HTML views: colour and shape per class, edge styles, labels, tooltips, legend.

Everything here produces plain data (dicts of str/int/list) that the page turns into vis-network items; no
string here is ever treated as HTML by the page (tooltips are built with ``textContent``), so document text
needs no escaping at this stage, only at the HTML boundary (see ``viz._script_json``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import networkx as nx

from policykg.graph.views.select import (
    STRUCTURAL_PARENT_TYPES,
    View,
    display_name,
    in_nodes,
    is_a,
    measure_order,
    out_nodes,
    primary_class,
    system_members,
)
from policykg.loaders.normalize import name_key, script_of, to_simplified

QUOTE_CHARS = 240  # tooltip quotes are cut here: enough to recognise the clause, small enough for big views
LABEL_CHARS = 18
QUOTES_PER_TIP = 2
FONT_FACE = "'Noto Sans CJK SC','WenQuanYi Micro Hei','Microsoft YaHei','PingFang SC',sans-serif"


@dataclass(frozen=True)
class NodeStyle:
    shape: str
    color: str
    name: str  # English, then Chinese: the legend and tooltips are read by planners in both
    font: str = "#222222"


# Shapes with the label outside scale with ``value``; the label-inside ones (box, ellipse, database) are used
# for classes whose label is the point (a target's figure).
CLASS_STYLES: dict[str, NodeStyle] = {
    "PolicyDocument": NodeStyle("square", "#1f4e79", "Document 文件"),
    "Section": NodeStyle("triangle", "#76b7b2", "Section 章节"),
    "Measure": NodeStyle("dot", "#f28e2b", "Measure 措施"),
    "Target": NodeStyle("box", "#e15759", "Target 目标", font="#ffffff"),
    "Unit": NodeStyle("hexagon", "#59a14f", "Unit 单位"),
    "Industry": NodeStyle("diamond", "#b07aa1", "Industry 产业"),
    "IndustrySystem": NodeStyle("star", "#edc948", "Industry system 产业体系"),
    "IndustryCategory": NodeStyle("triangleDown", "#ff9da7", "Industry category 产业类别"),
    "Region": NodeStyle("ellipse", "#bab0ac", "Region 地区"),
    "Phase": NodeStyle("database", "#9c755f", "Phase 阶段", font="#ffffff"),
    "IndustryClass": NodeStyle("triangleDown", "#8cd17d", "National industry class 国民经济行业类别"),
    "ClassificationScheme": NodeStyle("square", "#499894", "Classification 分类标准"),
}
OTHER_STYLE = NodeStyle("dot", "#999999", "Other 其他")

OWNERLESS_BORDER = "#d62728"
VIA_ONLY_BORDER = "#d4a017"  # a member only a measure about its whole system reaches


@dataclass(frozen=True)
class EdgeStyle:
    color: str
    name: str
    width: float = 1.0
    dashes: bool | tuple[int, ...] = False
    arrows: bool = True


EDGE_STYLES: dict[str, EdgeStyle] = {
    "LEAD_UNIT": EdgeStyle("#c0392b", "lead unit 牵头单位", width=3.5),
    "RESPONSIBLE_UNIT": EdgeStyle("#59a14f", "co-responsible unit 责任单位", width=1.2, dashes=(2, 4)),
    "CONCERNS_INDUSTRY": EdgeStyle("#b07aa1", "concerns industry 涉及产业"),
    "CONCERNS_SYSTEM": EdgeStyle("#d4a017", "concerns system 涉及产业体系"),
    "ABOUT_INDUSTRY": EdgeStyle("#b07aa1", "about industry 文件主题产业", dashes=(2, 2)),
    "ABOUT_SYSTEM": EdgeStyle("#d4a017", "about system 文件主题产业体系", dashes=(2, 2)),
    "HAS_MEMBER": EdgeStyle("#b07aa1", "member 成员产业", dashes=(6, 3)),
    "HAS_CATEGORY": EdgeStyle("#ff9da7", "category 类别", width=2),
    "HAS_SECTION": EdgeStyle("#9aa5b1", "section 章节"),
    "HAS_MEASURE": EdgeStyle("#9aa5b1", "measure 措施"),
    "HAS_TARGET": EdgeStyle("#e15759", "target 目标"),
    "HAS_PHASE": EdgeStyle("#9c755f", "phase 阶段"),
    "IN_DOCUMENT": EdgeStyle("#c7ccd1", "in document 所属文件", dashes=(3, 3)),
    "SUB_ORGANIZATION_OF": EdgeStyle("#2e7d32", "part of 隶属", dashes=(8, 4)),
    "CITES": EdgeStyle("#1f4e79", "cites 引用", dashes=(8, 4)),
    "ISSUED_BY": EdgeStyle("#1f4e79", "issued by 发文单位", width=2),
    "REGION": EdgeStyle("#bab0ac", "region 地区"),
    "OWNS_DIRECT": EdgeStyle("#2e7d32", "measures naming the industry 措施直接涉及", width=2),
    "OWNS_VIA_SYSTEM": EdgeStyle(
        "#d4a017", "measures via its system 经产业体系涉及", width=2, dashes=(10, 6)
    ),
    "SHARES_MEASURE": EdgeStyle("#59a14f", "shared measures 共同负责的措施", width=2, arrows=False),
    "CLASSIFIED_AS": EdgeStyle("#8cd17d", "national class 所属行业类别", dashes=(4, 3)),
    "EXACT_MATCH": EdgeStyle("#8cd17d", "same as class 对应行业类别", width=2),
    "BROAD_MATCH": EdgeStyle("#8cd17d", "within class 属于行业类别", dashes=(2, 3)),
    "BROADER": EdgeStyle("#499894", "broader class 上级类别"),
    "IN_SCHEME": EdgeStyle("#c7ccd1", "in classification 所属分类标准", dashes=(3, 3)),
}
OTHER_EDGE = EdgeStyle("#aaaaaa", "other 其他")
WEIGHTED = ("OWNS_DIRECT", "OWNS_VIA_SYSTEM", "SHARES_MEASURE")


def style_of(cls: str) -> NodeStyle:
    return CLASS_STYLES.get(cls, OTHER_STYLE)


def edge_style_of(rel: str) -> EdgeStyle:
    return EDGE_STYLES.get(rel, OTHER_EDGE)


def _short(text: str, n: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _prop(props: dict[str, Any], key: str) -> str:
    value = props.get(key)
    if isinstance(value, list | tuple | set):
        return "、".join(str(v) for v in value)
    return "" if value is None else str(value)


COMPARATORS = {">=": "≥", "<=": "≤", "~": "约", "=": "", ">": ">", "<": "<"}


def _figure(props: dict[str, Any]) -> str:
    """'≥20000人' from a target's comparator, value and unit (integral values without a trailing .0)."""
    value = props.get("value")
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    elif isinstance(value, str):
        try:
            number = float(value)
            value = int(number) if number.is_integer() else value
        except ValueError:
            pass
    comparator = str(props.get("comparator") or "")
    return f"{COMPARATORS.get(comparator, comparator)}{'' if value is None else value}{_prop(props, 'unitOfMeasure')}"


class Styler:
    """Turns a ``View`` into vis-network node and edge dicts, using the full graph for facts and quotes."""

    def __init__(self, pg: nx.MultiDiGraph, view: View) -> None:
        self.pg = pg
        self.view = view
        self._docs: dict[str, list[str]] = {}
        self._systems: dict[str, list[str]] = {}
        self._script: dict[str, str] = {}
        self._clause: dict[str, str] = {}
        self._quote: dict[str, dict[str, str] | None] = {}
        self._used: set[str] = set()  # nodes whose quote some tooltip refers to

    # ----------------------------------------------------------------------- lookups in the full graph

    def _props(self, n: str) -> dict[str, Any]:
        if n in self.pg:
            return dict(self.pg.nodes[n].get("props") or {})
        return dict(self.view.graph.nodes[n].get("props") or {})

    def cls(self, n: str) -> str:
        g = self.pg if n in self.pg else self.view.graph
        return primary_class(g.nodes[n].get("labels", ()))

    def name(self, n: str) -> str:
        return display_name(self.pg if n in self.pg else self.view.graph, n)

    def _has(self, n: str) -> bool:
        return n in self.pg

    def docs_of(self, n: str) -> list[str]:
        if n in self._docs:
            return self._docs[n]
        docs: set[str] = set()
        if self._has(n):
            if is_a(self.pg, n, "PolicyDocument"):
                docs.add(n)
            else:
                docs.update(out_nodes(self.pg, n, "IN_DOCUMENT"))
                if not docs:
                    docs.update(self._doc_by_tree(n))
                if not docs:
                    for m in self._measure_neighbours(n):
                        docs.update(out_nodes(self.pg, m, "IN_DOCUMENT"))
                    docs.update(in_nodes(self.pg, n, "ISSUED_BY"))
        self._docs[n] = sorted(docs)
        return self._docs[n]

    def _doc_by_tree(self, n: str) -> list[str]:
        seen = {n}
        frontier = [n]
        for _ in range(8):  # sections nest a handful of levels at most
            parents = []
            for x in frontier:
                for rel in STRUCTURAL_PARENT_TYPES:
                    for p in in_nodes(self.pg, x, rel):
                        if is_a(self.pg, p, "PolicyDocument"):
                            return [p]
                        if p not in seen:
                            seen.add(p)
                            parents.append(p)
            frontier = parents
        return []

    def _measure_neighbours(self, n: str) -> list[str]:
        found = {u for u, _ in self.pg.in_edges(n) if is_a(self.pg, u, "Measure")}
        found |= {v for _, v in self.pg.out_edges(n) if is_a(self.pg, v, "Measure")}
        return sorted(found)

    @cached_property
    def _member_systems(self) -> dict[str, set[str]]:
        member: dict[str, set[str]] = {}
        for s in (n for n in self.pg.nodes if is_a(self.pg, n, "IndustrySystem")):
            for i in system_members(self.pg, s):
                member.setdefault(i, set()).add(s)
        return member

    def systems_of(self, n: str) -> list[str]:
        if n in self._systems:
            return self._systems[n]
        found: set[str] = set()
        if self._has(n):
            pg = self.pg
            if is_a(pg, n, "IndustrySystem"):
                found.add(n)
            elif is_a(pg, n, "IndustryCategory"):
                found.update(in_nodes(pg, n, "HAS_CATEGORY"))
            elif is_a(pg, n, "Industry"):
                found.update(self._member_systems.get(n, ()))
            elif is_a(pg, n, "Measure"):
                found.update(out_nodes(pg, n, "CONCERNS_SYSTEM"))
                for i in out_nodes(pg, n, "CONCERNS_INDUSTRY"):
                    found.update(self._member_systems.get(i, ()))
            else:
                for m in self._measure_neighbours(n):
                    found.update(self.systems_of(m))
        self._systems[n] = sorted(found)
        return self._systems[n]

    def doc_script(self, doc: str) -> str:
        if doc not in self._script:
            props = self._props(doc)
            sample = _prop(props, "title") or _prop(props, "label")
            self._script[doc] = script_of(sample) if sample else "Hans"
        return self._script[doc]

    def measure_count(self, n: str) -> int:
        return len(self._measure_neighbours(n)) if self._has(n) else 0

    # ----------------------------------------------------------------------- labels

    def label(self, n: str) -> str:
        """The node's label in its documents' own script (canonical names are Simplified; a unit seen only in
        Traditional documents is labelled with its Traditional form)."""
        props = self._props(n)
        cls = self.cls(n)
        if cls == "Measure":
            text = f"{_prop(props, 'number')} {_prop(props, 'label') or _prop(props, 'text')}".strip()
        elif cls == "Section":
            text = f"{_prop(props, 'number')} {_prop(props, 'title') or _prop(props, 'label')}".strip()
        elif cls == "Target":
            text = f"{_prop(props, 'indicator')} {_figure(props)}".strip()
        elif cls in ("Unit", "Industry"):
            text = self._own_script_name(n, props)
        else:
            text = self.name(n)
        return _short(text or self.name(n), LABEL_CHARS)

    def _own_script_name(self, n: str, props: dict[str, Any]) -> str:
        pref = _prop(props, "prefLabel") or self.name(n)
        docs = self.docs_of(n)
        if docs and all(self.doc_script(d) == "Hant" for d in docs):
            alts = props.get("altLabel") or []
            alts = [alts] if isinstance(alts, str) else list(alts)
            key = name_key(pref)
            for alt in sorted(alts):
                if alt != pref and name_key(alt) == key:
                    return str(alt)
        return pref

    # ----------------------------------------------------------------------- quotes and tooltips

    def clause_of(self, n: str) -> str:
        """'二 › (一) › 3': the section numbers above a measure, section or target, then its own number."""
        if n not in self._clause:
            self._clause[n] = self._find_clause(n)
        return self._clause[n]

    def _find_clause(self, n: str) -> str:
        chain: list[str] = []
        x = n
        for _ in range(8):
            parents = [
                p
                for rel in STRUCTURAL_PARENT_TYPES
                for p in in_nodes(self.pg, x, rel)
                if not is_a(self.pg, p, "PolicyDocument")
            ]
            if not parents:
                break
            x = parents[0]
            number = _prop(self._props(x), "number")
            if number:
                chain.append(number)
        own = _prop(self._props(n), "number")
        parts = [*reversed(chain), *([own] if own else [])]
        return " › ".join(parts)

    def doc_title(self, doc: str) -> str:
        props = self._props(doc)
        return (
            _prop(props, "title")
            or _prop(props, "label")
            or _prop(props, "docNumber")
            or _prop(props, "sourceFile")
            or self.name(doc)
        )

    def quote(self, n: str) -> dict[str, str] | None:
        """Where a node's fact comes from: document, clause, text as in the source."""
        if n not in self._quote:
            self._quote[n] = self._find_quote(n)
        return self._quote[n]

    def _find_quote(self, n: str) -> dict[str, str] | None:
        if not self._has(n):
            return None
        props = self._props(n)
        cls = self.cls(n)
        if cls == "Target":
            text = _prop(props, "sourceText")
            owner = next(
                (p for p in in_nodes(self.pg, n, "HAS_TARGET") if not is_a(self.pg, p, "PolicyDocument")), n
            )
            clause = self.clause_of(owner)
        elif cls in ("Measure", "Section"):
            text = _prop(props, "text") or _prop(props, "title") or _prop(props, "label")
            clause = self.clause_of(n)
        else:
            return None
        if not text:
            return None
        docs = self.docs_of(n)
        span = ""
        if props.get("charStart") is not None and props.get("charEnd") is not None:
            span = f"chars {props['charStart']}–{props['charEnd']}"
        return {
            "doc": self.doc_title(docs[0]) if docs else "",
            "clause": " · ".join(x for x in (clause, span) if x),
            "text": _short(text, QUOTE_CHARS),
        }

    def _quotes(self, nodes: Iterable[str]) -> list[str]:
        """References (node IRIs) to the first quotes of ``nodes``: a measure's text is stored once per page
        however many tooltips quote it."""
        out = []
        for m in nodes:
            if self.quote(m):
                out.append(m)
                self._used.add(m)
            if len(out) >= QUOTES_PER_TIP:
                break
        return out

    def quotes(self) -> dict[str, dict[str, str]]:
        """Every quote a tooltip refers to, by node IRI."""
        return {n: q for n in sorted(self._used) if (q := self.quote(n))}

    def _names(self, nodes: Iterable[str], limit: int = 8) -> str:
        nodes = list(nodes)
        text = "、".join(self.name(x) for x in nodes[:limit])
        return text + (f" … (+{len(nodes) - limit})" if len(nodes) > limit else "")

    def node_tip(self, n: str) -> dict[str, Any]:
        props = self._props(n)
        cls = self.cls(n)
        facts: list[list[str]] = []

        def fact(key: str, value: Any) -> None:
            if value not in (None, "", [], 0) or key in ("measures",):
                facts.append([key, str(value)])

        quotes: list[str] = []
        pg = self.pg
        has = self._has(n)
        if cls == "PolicyDocument":
            for key in ("title", "label", "docNumber", "issued", "sourceFile"):
                fact(key, _prop(props, key))
            if has:
                fact("issued by", self._names(out_nodes(pg, n, "ISSUED_BY")))
                inside = in_nodes(pg, n, "IN_DOCUMENT")
                fact("measures", sum(1 for x in inside if is_a(pg, x, "Measure")))
                fact("sections", sum(1 for x in inside if is_a(pg, x, "Section")))
                fact("cites", self._names(out_nodes(pg, n, "CITES"), 4))
        elif cls in ("Measure", "Section", "Target"):
            for key in (
                "number",
                "title",
                "label",
                "indicator",
                "comparator",
                "value",
                "unitOfMeasure",
                "year",
            ):
                fact(key, _prop(props, key))
            if has:
                docs = self.docs_of(n)
                fact("document", self.doc_title(docs[0]) if docs else "")
                fact("clause", self.clause_of(n))
                if cls != "Target":
                    fact("lead unit", self._names(out_nodes(pg, n, "LEAD_UNIT")))
                    fact("responsible", self._names(out_nodes(pg, n, "RESPONSIBLE_UNIT")))
                    fact("industries", self._names(out_nodes(pg, n, "CONCERNS_INDUSTRY")))
                    fact("systems", self._names(out_nodes(pg, n, "CONCERNS_SYSTEM")))
                    fact("targets", len(out_nodes(pg, n, "HAS_TARGET")))
            quotes = self._quotes([n])
        else:
            for key in ("prefLabel", "label", "code", "altLabel", "kind", "start", "end"):
                fact(key, _prop(props, key))
            fact("source", _short(_prop(props, "knowledgeSource"), 200))  # where lexicon knowledge came from
            if has:
                measures = sorted(self._measure_neighbours(n), key=lambda m: measure_order(pg, m))
                if cls == "Unit":
                    fact("part of", self._names(out_nodes(pg, n, "SUB_ORGANIZATION_OF")))
                    fact("divisions", self._names(in_nodes(pg, n, "SUB_ORGANIZATION_OF")))
                    leads = [m for m in measures if n in out_nodes(pg, m, "LEAD_UNIT")]
                    fact("leads", len(leads))
                    measures = leads + [m for m in measures if m not in leads]
                if cls == "IndustrySystem":
                    fact("categories", self._names(out_nodes(pg, n, "HAS_CATEGORY")))
                    fact("members", len(system_members(pg, n)))
                if cls == "IndustryCategory":
                    fact("system", self._names(in_nodes(pg, n, "HAS_CATEGORY")))
                    fact("members", self._names(out_nodes(pg, n, "HAS_MEMBER")))
                if cls == "Industry":
                    fact("in systems", self._names(self.systems_of(n)))
                fact("measures", len(measures))
                fact("documents", len(self.docs_of(n)))
                quotes = self._quotes(measures)
        if "ownerless" in (self.view.graph.nodes[n].get("flags") or []):
            facts.insert(0, ["warning", "no measure makes any unit responsible for this industry 无责任单位"])
        fact("iri", n)
        return {"h": self.name(n), "c": style_of(cls).name, "f": facts, "q": quotes}

    def edge_tip(self, u: str, v: str, rel: str, data: dict[str, Any]) -> dict[str, Any]:
        style = edge_style_of(rel)
        facts: list[list[str]] = [["relationship", f"{rel} ({style.name})"]]
        quotes: list[str] = []
        if rel in WEIGHTED:
            measures = list(data.get("measures") or [])
            facts.append(["measures", str(data.get("weight", len(measures)))])
            if data.get("leads"):
                facts.append(["as lead", str(data["leads"])])
            listed = [
                f"{self.doc_title(d[0]) if (d := self.docs_of(m)) else ''} {self.clause_of(m)}".strip()
                for m in measures[:6]
            ]
            facts.append(
                ["which", "；".join(listed) + (f" … (+{len(measures) - 6})" if len(measures) > 6 else "")]
            )
            quotes = self._quotes(measures)
        else:
            for end in (u, v):
                if self._has(end) and self.cls(end) in ("Measure", "Target", "Section"):
                    quotes = self._quotes([end])
                    if quotes:
                        break
            if not quotes and self._has(u) and self.cls(u) == "PolicyDocument":
                facts.append(["document", self.doc_title(u)])
        return {"h": f"{self.name(u)} → {self.name(v)}", "c": style.name, "f": facts, "q": quotes}

    # ----------------------------------------------------------------------- vis items

    def nodes(self) -> list[dict[str, Any]]:
        g = self.view.graph
        sized = {"Unit", "Industry", "IndustrySystem"}
        out: list[dict[str, Any]] = []
        for n in sorted(g.nodes):
            cls = self.cls(n)
            style = style_of(cls)
            label = self.label(n)
            flags = list(g.nodes[n].get("flags") or [])
            # Units, industries and systems are what planners look for: sized by their measures; documents by
            # their links; the numerous measures, sections and targets stay small.
            value = self.measure_count(n) if cls in sized else g.degree(n) if cls == "PolicyDocument" else 1
            item: dict[str, Any] = {
                "id": n,
                "label": to_simplified(label),  # one script per page: Simplified unless the reader switches
                "labelOrig": label,
                "labelHans": to_simplified(label),
                "cls": cls,
                "shape": style.shape,
                "color": {"background": style.color, "border": style.color},
                "value": max(1, int(value)),
                "font": {"color": style.font if style.shape in ("box", "ellipse", "database") else "#222222"},
                "tip": self.node_tip(n),
                "docs": self.docs_of(n),
                "systems": self.systems_of(n),
                "search": self._search_text(n, label),
                "measures": self.measure_count(n) if cls in sized else None,
            }
            if "via system only" in flags:
                item["flags"] = flags
                item["color"] = {"background": "#ffffff", "border": VIA_ONLY_BORDER}
                item["borderWidth"] = 2
                item["shapeProperties"] = {"borderDashes": [4, 3]}
            if "ownerless" in flags:
                item["flags"] = flags
                item["labelOrig"] = label + " ⚠"
                item["label"] = to_simplified(label) + " ⚠"
                item["labelHans"] = item["labelHans"] + " ⚠"
                item["color"] = {"background": "#ffffff", "border": OWNERLESS_BORDER}
                item["borderWidth"] = 3
                item["shapeProperties"] = {"borderDashes": [5, 4]}
            out.append(item)
        return out

    def _search_text(self, n: str, label: str) -> str:
        props = self._props(n)
        words = [label, self.name(n)]
        for key in ("prefLabel", "altLabel", "title", "docNumber", "code"):
            value = props.get(key)
            words.extend(value if isinstance(value, list) else [value] if value else [])
        text = " ".join(dict.fromkeys(str(w) for w in words if w))
        return f"{text} {to_simplified(text)}".lower()

    def edges(self) -> list[dict[str, Any]]:
        g = self.view.graph
        out: list[dict[str, Any]] = []
        for i, (u, v, k, data) in enumerate(
            sorted(g.edges(keys=True, data=True), key=lambda e: (e[0], e[1], str(e[2])))
        ):
            rel = str(data.get("type") or k)
            style = edge_style_of(rel)
            item: dict[str, Any] = {
                "id": f"e{i}",
                "from": u,
                "to": v,
                "rel": rel,
                "color": {"color": style.color, "highlight": style.color},
                "width": style.width,
                "dashes": list(style.dashes) if isinstance(style.dashes, tuple) else style.dashes,
                "arrows": {"to": {"enabled": style.arrows, "scaleFactor": 0.5}},
                "tip": self.edge_tip(u, v, rel, data),
            }
            if rel in WEIGHTED:
                weight = int(data.get("weight") or 1)
                item["value"] = weight
                item["label"] = str(weight)
                del item["width"]
            out.append(item)
        return out

    def legend(self, nodes: list[dict[str, Any]], edges: list[dict[str, Any]]) -> list[dict[str, Any]]:
        rows: list[dict[str, Any]] = []
        node_counts: dict[str, int] = {}
        drawn: dict[str, str] = {}  # class -> the shape its nodes are drawn with (boxes in laid-out views)
        for item in nodes:
            node_counts[item["cls"]] = node_counts.get(item["cls"], 0) + 1
            drawn.setdefault(item["cls"], item["shape"])
        order = [*CLASS_STYLES, *sorted(c for c in node_counts if c not in CLASS_STYLES)]
        for cls in order:
            if cls in node_counts:
                s = style_of(cls)
                rows.append(
                    {
                        "kind": "node",
                        "key": cls,
                        "name": s.name,
                        "shape": drawn.get(cls, s.shape),
                        "color": s.color,
                        "count": node_counts[cls],
                    }
                )
        flagged = sum(1 for item in nodes if "ownerless" in (item.get("flags") or []))
        if flagged:
            rows.append(
                {
                    "kind": "flag",
                    "key": "ownerless",
                    "name": "no responsible unit 无责任单位 ⚠",
                    "shape": "dot",
                    "color": OWNERLESS_BORDER,
                    "count": flagged,
                }
            )
        via_only = sum(1 for item in nodes if "via system only" in (item.get("flags") or []))
        if via_only:
            rows.append(
                {
                    "kind": "flag",
                    "key": "via-system-only",
                    "name": "named only via its whole system 仅经产业体系涉及",
                    "shape": "dot",
                    "color": VIA_ONLY_BORDER,
                    "count": via_only,
                }
            )
        edge_counts: dict[str, int] = {}
        for item in edges:
            edge_counts[item["rel"]] = edge_counts.get(item["rel"], 0) + 1
        for rel in [*EDGE_STYLES, *sorted(r for r in edge_counts if r not in EDGE_STYLES)]:
            if rel in edge_counts:
                e = edge_style_of(rel)
                rows.append(
                    {
                        "kind": "edge",
                        "key": rel,
                        "name": e.name,
                        "color": e.color,
                        "width": e.width,
                        "dashed": bool(e.dashes),
                        "count": edge_counts[rel],
                    }
                )
        return rows

    def filters(self, nodes: list[dict[str, Any]]) -> dict[str, list[dict[str, str]]]:
        classes = sorted(
            {item["cls"] for item in nodes},
            key=lambda c: (list(CLASS_STYLES).index(c) if c in CLASS_STYLES else 99, c),
        )
        docs = sorted({d for item in nodes for d in item["docs"]})
        systems = sorted({s for item in nodes for s in item["systems"]})
        return {
            "classes": [{"id": c, "label": style_of(c).name} for c in classes],
            "docs": [{"id": d, "label": _short(self.doc_title(d), 40)} for d in docs],
            "systems": [{"id": s, "label": _short(self.name(s), 40)} for s in systems],
        }


def _ink_on(background: str) -> str:
    """Dark or white text, whichever reads better on ``background`` (#rrggbb)."""
    try:
        r, g, b = (int(background[i : i + 2], 16) for i in (1, 3, 5))
    except (ValueError, IndexError):
        return "#222222"
    return "#222222" if 0.299 * r + 0.587 * g + 0.114 * b > 150 else "#ffffff"


def add_counts(nodes: list[dict[str, Any]]) -> None:
    """A unit's, industry's or system's measures in brackets after its name: 'workload' at a glance."""
    for item in nodes:
        if item.get("measures") is not None:
            suffix = f" ({item['measures']})"
            for key in ("label", "labelOrig", "labelHans"):
                item[key] += suffix


OUTLINE_CHARS = 12  # a document outline's labels: the number and the start of the text (the tooltip has all)


def shorten_outline(nodes: list[dict[str, Any]]) -> None:
    """Shorter labels for a document's sections and measures, so a long document's outline still fits
    a window at a readable size."""
    for item in nodes:
        if item["cls"] in ("Section", "Measure"):  # a target keeps its figure: it is the point
            for key in ("label", "labelOrig", "labelHans"):
                item[key] = _short(item[key], OUTLINE_CHARS)


def as_boxes(nodes: list[dict[str, Any]], edges: list[dict[str, Any]], layout: Any) -> None:
    """Turn styled items into the boxes of a computed layout: fixed positions, the label inside the box (so
    labels cannot overlap), the class colour (or the community's) as background. Edge weights show as width
    only (the tooltip gives the number)."""
    for item in nodes:
        item["x"], item["y"] = layout.positions.get(item["id"], (0.0, 0.0))
        item["shape"] = "box"
        item.pop("value", None)
        flagged = "flags" in item
        background = layout.colors.get(item["id"], item["color"]["background"])
        if not flagged:
            item["color"] = {"background": background, "border": background}
        item["font"] = {"color": "#222222" if flagged else _ink_on(background)}
    for edge in edges:
        edge.pop("label", None)
        if edge["rel"] in WEIGHTED:  # many lines between two sides: see-through, full colour when selected
            colour = edge["color"]["color"]
            edge["color"] = {"color": colour, "highlight": colour, "hover": colour, "opacity": 0.45}
            edge["baseColor"] = edge["color"]
