"""Choose what a view shows: a subgraph (or a derived graph) of the property graph, before any styling.

Every function takes the property graph in the documented shape (``policykg.graph.store``) and returns a
``View``: a ``networkx.MultiDiGraph`` whose nodes keep ``labels``/``props`` and whose edges are keyed by type.
Preset views add derived edges that do not exist in the ontology (``OWNS_DIRECT``, ``OWNS_VIA_SYSTEM``,
``SHARES_MEASURE``) carrying ``weight`` and the ``measures`` they summarise, so a tooltip can quote them.
"""

from __future__ import annotations

import difflib
import heapq
import logging
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from policykg.errors import UsageError
from policykg.loaders.normalize import name_key

log = logging.getLogger(__name__)

# The order decides a node's primary class when it has several labels, and which class wins an exact name tie.
CLASS_ORDER = (
    "Unit",
    "Industry",
    "IndustrySystem",
    "PolicyDocument",
    "IndustryCategory",
    "Measure",
    "Section",
    "Target",
    "Phase",
    "Region",
)

# Edges that restate structure already drawn by another edge; dropping them keeps views readable.
STRUCTURAL_PARENT_TYPES = ("HAS_SECTION", "HAS_MEASURE", "HAS_TARGET", "HAS_PHASE")

VIEWS = ("ownership", "coordination", "system", "document")

# Properties that may name a node, most specific first.
NAME_PROPS = (
    "prefLabel",
    "title",
    "label",
    "code",
    "docNumber",
    "sourceFile",
    "altLabel",
    "indicator",
    "number",
)


@dataclass
class View:
    graph: nx.MultiDiGraph
    kind: str  # "graph", "focus", "query" or one of VIEWS
    subject: str | None = None  # the focused node's IRI, if any
    title: str = ""
    total_nodes: int = 0  # before the size cut
    total_edges: int = 0
    cut: int = 0  # nodes left out by the size cut
    cut_edges: int = 0
    left_out: dict[str, int] = field(default_factory=dict)  # class -> nodes left out
    note: str = ""


# --------------------------------------------------------------------------- graph helpers


def primary_class(labels: Iterable[str]) -> str:
    labels = tuple(labels or ())
    for cls in CLASS_ORDER:
        if cls in labels:
            return cls
    return labels[0] if labels else "Node"


def node_class(pg: nx.MultiDiGraph, n: str) -> str:
    return primary_class(pg.nodes[n].get("labels", ()))


def is_a(pg: nx.MultiDiGraph, n: str, cls: str) -> bool:
    return cls in tuple(pg.nodes[n].get("labels", ()))


def out_nodes(pg: nx.MultiDiGraph, n: str, rel: str) -> list[str]:
    """Targets of ``n``'s outgoing ``rel`` edges, in a stable order, each once."""
    return sorted(v for v, keys in pg.succ[n].items() if rel in keys)


def in_nodes(pg: nx.MultiDiGraph, n: str, rel: str) -> list[str]:
    return sorted(u for u, keys in pg.pred[n].items() if rel in keys)


def nodes_of(pg: nx.MultiDiGraph, cls: str) -> list[str]:
    return sorted(n for n in pg.nodes if is_a(pg, n, cls))


def display_name(pg: nx.MultiDiGraph, n: str) -> str:
    props = pg.nodes[n].get("props", {}) or {}
    for key in ("prefLabel", "title", "label", "indicator", "code", "docNumber", "sourceFile", "number"):
        value = props.get(key)
        if isinstance(value, list):
            value = value[0] if value else None
        if value not in (None, ""):
            return str(value)
    return n.rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def system_members(pg: nx.MultiDiGraph, system: str) -> list[str]:
    """Industries in a system, directly or through one of its categories."""
    members = set(out_nodes(pg, system, "HAS_MEMBER"))
    for cat in out_nodes(pg, system, "HAS_CATEGORY"):
        members.update(out_nodes(pg, cat, "HAS_MEMBER"))
    return sorted(members)


def measure_units(pg: nx.MultiDiGraph, m: str) -> list[str]:
    return sorted(set(out_nodes(pg, m, "RESPONSIBLE_UNIT")) | set(out_nodes(pg, m, "LEAD_UNIT")))


def measure_order(pg: nx.MultiDiGraph, m: str) -> tuple[str, int, str]:
    """Sort key: document, then the measure's ordinal in it."""
    docs = out_nodes(pg, m, "IN_DOCUMENT")
    try:
        ordinal = int((pg.nodes[m].get("props") or {}).get("ordinal"))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        ordinal = 0
    return (docs[0] if docs else "", ordinal, m)


def _copy_nodes(pg: nx.MultiDiGraph, view: nx.MultiDiGraph, nodes: Iterable[str]) -> None:
    for n in nodes:
        if n not in view:
            data = pg.nodes[n]
            view.add_node(n, labels=tuple(data.get("labels", ())), props=dict(data.get("props") or {}))


def _induced(pg: nx.MultiDiGraph, nodes: Iterable[str]) -> nx.MultiDiGraph:
    keep = set(nodes)
    view = nx.MultiDiGraph()
    _copy_nodes(pg, view, sorted(keep))
    for u, v, k, data in pg.edges(keys=True, data=True):
        if u in keep and v in keep:
            view.add_edge(u, v, key=k, **{**data, "type": data.get("type", k)})
    return view


def prune_redundant(view: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Drop edges another drawn edge already says.

    * ``RESPONSIBLE_UNIT`` when the same measure also has a ``LEAD_UNIT`` edge to the same unit (the lead is
      drawn as its own, distinct edge);
    * ``IN_DOCUMENT`` when the node already hangs under a section or document via a ``HAS_*`` edge in the view;
    * a document's own ``HAS_MEASURE``/``HAS_TARGET``/``HAS_SECTION`` edge to a node that a section or measure
      in the view already holds (the tree then shows where in the document it sits).
    """
    drop: list[tuple[str, str, str]] = []
    for u, v, k in view.edges(keys=True):
        if k == "RESPONSIBLE_UNIT" and view.has_edge(u, v, key="LEAD_UNIT"):
            drop.append((u, v, k))
        elif k == "IN_DOCUMENT" and any(
            kk in STRUCTURAL_PARENT_TYPES for _, _, kk in view.in_edges(u, keys=True)
        ):
            drop.append((u, v, k))
        elif k in STRUCTURAL_PARENT_TYPES and is_a(view, u, "PolicyDocument"):
            held = any(
                kk in STRUCTURAL_PARENT_TYPES and not is_a(view, p, "PolicyDocument")
                for p, _, kk in view.in_edges(v, keys=True)
            )
            if held:
                drop.append((u, v, k))
    view.remove_edges_from(drop)
    return view


# --------------------------------------------------------------------------- finding nodes by name


def _names(pg: nx.MultiDiGraph, n: str) -> Iterator[str]:
    props = pg.nodes[n].get("props") or {}
    for key in NAME_PROPS:
        value = props.get(key)
        values = value if isinstance(value, list | tuple | set) else [value]
        for v in values:
            if v not in (None, ""):
                yield str(v)


def find_node(pg: nx.MultiDiGraph, name: str, classes: Sequence[str] | None = None) -> str:
    """The node called ``name`` (an IRI, a canonical or alternative name, a title, a document number).

    Matching ignores script (Traditional/Simplified), full-width forms and white space. An exact name wins over
    a partial one; among exact names the class order decides (a unit before an industry before a measure).
    Raises ``UsageError`` when nothing or more than one node fits.
    """
    if name in pg and (classes is None or any(is_a(pg, name, c) for c in classes)):
        return name
    wanted = name_key(name)
    if not wanted:
        raise UsageError(
            "an empty name matches nothing; give a unit, industry, system, document or measure name"
        )
    candidates = [n for n in pg.nodes if classes is None or any(is_a(pg, n, c) for c in classes)]
    exact: list[str] = []
    partial: list[str] = []
    for n in candidates:
        keys = [name_key(s) for s in _names(pg, n)]
        if wanted in keys:
            exact.append(n)
        elif any(wanted in k for k in keys if len(k) > 0):
            partial.append(n)
    what = "/".join(classes) if classes else "node"
    for tier in (exact, partial):
        if not tier:
            continue
        if len(tier) == 1:
            return tier[0]
        rank = {c: i for i, c in enumerate(CLASS_ORDER)}
        best = min(rank.get(node_class(pg, n), len(rank)) for n in tier)
        top = sorted(n for n in tier if rank.get(node_class(pg, n), len(rank)) == best)
        if len(top) == 1 and tier is exact:
            return top[0]
        shown = "; ".join(f"{display_name(pg, n)} <{n}>" for n in top[:8])
        more = f" and {len(top) - 8} more" if len(top) > 8 else ""
        raise UsageError(f"{name!r} matches {len(top)} {what}s: {shown}{more}; give a longer name or the IRI")
    pool = sorted({s for n in candidates for s in _names(pg, n)})
    close = difflib.get_close_matches(name, pool, n=5, cutoff=0.5)
    hint = f"; did you mean {', '.join(close)}?" if close else ""
    raise UsageError(f"no {what} named {name!r} in the graph{hint}")


# --------------------------------------------------------------------------- views


def whole_view(pg: nx.MultiDiGraph) -> View:
    return View(prune_redundant(_induced(pg, pg.nodes)), kind="graph", title="Whole graph")


def focus_view(pg: nx.MultiDiGraph, name: str, depth: int = 1) -> View:
    """A node and everything within ``depth`` hops of it, whatever the edge direction."""
    if depth < 0:
        raise UsageError(f"--depth must be 0 or more, not {depth}")
    centre = find_node(pg, name)
    reach = nx.single_source_shortest_path_length(pg.to_undirected(as_view=True), centre, cutoff=depth)
    view = prune_redundant(_induced(pg, reach))
    title = f"{display_name(pg, centre)} and its neighbourhood (depth {depth})"
    return View(view, kind="focus", subject=centre, title=title)


def _ownership_edges(
    pg: nx.MultiDiGraph, systems: Iterable[str] | None = None
) -> dict[tuple[str, str, str], list[str]]:
    """(unit, industry, OWNS_DIRECT) -> measures naming the industry, and (unit, system, OWNS_VIA_SYSTEM) ->
    measures naming the whole system: one edge to the system, not one per member (``systems`` limits those)."""
    only = set(systems) if systems is not None else None
    found: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for m in nodes_of(pg, "Measure"):
        units = measure_units(pg, m)
        if not units:
            continue
        direct = set(out_nodes(pg, m, "CONCERNS_INDUSTRY"))
        via = {s for s in out_nodes(pg, m, "CONCERNS_SYSTEM") if only is None or s in only}
        for u in units:
            for i in direct:
                found[(u, i, "OWNS_DIRECT")].add(m)
            for s in via:
                found[(u, s, "OWNS_VIA_SYSTEM")].add(m)
    return {k: sorted(v, key=lambda m: measure_order(pg, m)) for k, v in found.items()}


def _add_owner_edges(
    pg: nx.MultiDiGraph, view: nx.MultiDiGraph, edges: Mapping[tuple[str, str, str], list[str]]
) -> None:
    for (u, i, kind), measures in sorted(edges.items()):
        _copy_nodes(pg, view, (u, i))
        leads = [m for m in measures if u in out_nodes(pg, m, "LEAD_UNIT")]
        view.add_edge(u, i, key=kind, type=kind, weight=len(measures), measures=measures, leads=len(leads))


def systems_holding(pg: nx.MultiDiGraph, industries: Iterable[str]) -> list[str]:
    wanted = set(industries)
    return [s for s in nodes_of(pg, "IndustrySystem") if wanted & set(system_members(pg, s))]


def ownership_view(pg: nx.MultiDiGraph) -> View:
    """Units and the industries their measures name (weight = measures); a measure naming a whole system is one
    edge to the system, which heads its members. Every system holding a drawn industry is drawn."""
    view = nx.MultiDiGraph()
    _add_owner_edges(pg, view, _ownership_edges(pg))
    industries = [n for n in view.nodes if is_a(view, n, "Industry")]
    _copy_nodes(pg, view, systems_holding(pg, industries))
    return View(
        view, kind="ownership", title="Ownership: which unit carries which industry (lines = measures)"
    )


def coordination_view(pg: nx.MultiDiGraph) -> View:
    """Units linked when they share responsibility for a measure; weight = shared measures."""
    shared: dict[tuple[str, str], list[str]] = defaultdict(list)
    for m in sorted(nodes_of(pg, "Measure"), key=lambda m: measure_order(pg, m)):
        units = measure_units(pg, m)
        for a_i, a in enumerate(units):
            for b in units[a_i + 1 :]:
                shared[(a, b)].append(m)
    view = nx.MultiDiGraph()
    for (a, b), measures in sorted(shared.items()):
        _copy_nodes(pg, view, (a, b))
        view.add_edge(
            a, b, key="SHARES_MEASURE", type="SHARES_MEASURE", weight=len(measures), measures=measures
        )
    return View(view, kind="coordination", title="Coordination: units linked by shared measures")


def system_view(pg: nx.MultiDiGraph, name: str) -> View:
    """A system, its categories and member industries, and the units owning each member (a measure naming the
    whole system: one edge to the system). Members no measure reaches are flagged ``ownerless``. Membership is
    shown by the layout (members under their category), not by edges."""
    system = find_node(pg, name, ("IndustrySystem",))
    view = nx.MultiDiGraph()
    cats = out_nodes(pg, system, "HAS_CATEGORY")
    _copy_nodes(pg, view, [system, *cats])
    members = set(system_members(pg, system))
    _copy_nodes(pg, view, sorted(members))
    owners = {
        k: v for k, v in _ownership_edges(pg, systems=[system]).items() if k[1] in members or k[1] == system
    }
    _add_owner_edges(pg, view, owners)
    covered = any(k[1] == system for k in owners)
    owned = {i for (_, i, _) in owners}
    for ind in sorted(members - owned):
        view.nodes[ind]["flags"] = ["via system only"] if covered else ["ownerless"]
    return View(view, kind="system", subject=system, title=f"Industry system {display_name(pg, system)}")


def document_view(pg: nx.MultiDiGraph, name: str) -> View:
    """A document with its sections, measures, targets and phases, the units responsible and the issuer."""
    doc = find_node(pg, name, ("PolicyDocument",))
    keep = {doc}
    keep.update(in_nodes(pg, doc, "IN_DOCUMENT"))
    frontier = [doc]
    while frontier:  # the HAS_* tree, in case a node lacks its IN_DOCUMENT edge
        n = frontier.pop()
        for rel in STRUCTURAL_PARENT_TYPES:
            for child in out_nodes(pg, n, rel):
                if child not in keep:
                    keep.add(child)
                    frontier.append(child)
    # Only what the document contains: an industry or a cited document is another view's business.
    keep = {n for n in keep if n == doc or node_class(pg, n) in ("Section", "Measure", "Target", "Phase")}
    units: set[str] = set(out_nodes(pg, doc, "ISSUED_BY"))
    for n in list(keep):
        if is_a(pg, n, "Measure") or is_a(pg, n, "Section"):
            units.update(measure_units(pg, n))
    keep |= units
    view = prune_redundant(_induced(pg, keep))
    # The outline layout shows the tree (indentation and connectors) and the units' parents (grouping).
    view.remove_edges_from(
        [
            (u, v, k)
            for u, v, k in view.edges(keys=True)
            if k in (*STRUCTURAL_PARENT_TYPES, "SUB_ORGANIZATION_OF")
        ]
    )
    return View(view, kind="document", subject=doc, title=f"Document {display_name(pg, doc)}")


def _iris_in(value: Any, pg: nx.MultiDiGraph, found: dict[str, dict[str, Any]]) -> None:
    if isinstance(value, Mapping):
        iri = value.get("iri")
        if isinstance(iri, str):
            found.setdefault(iri, dict(value))
            return
        for v in value.values():
            _iris_in(v, pg, found)
    elif isinstance(value, list | tuple | set):
        for v in value:
            _iris_in(v, pg, found)
    elif isinstance(value, str) and value in pg:
        found.setdefault(value, {})


def query_view(pg: nx.MultiDiGraph, rows: Sequence[Mapping[str, Any]], title: str = "Query result") -> View:
    """The nodes a query returned (node dicts with ``iri``, or IRIs, anywhere in a row) and the edges between
    them. A node dict whose IRI is not in the graph is drawn from the dict itself."""
    found: dict[str, dict[str, Any]] = {}
    for row in rows:
        _iris_in(row, pg, found)
    view = _induced(pg, [n for n in found if n in pg])
    for iri, d in found.items():
        if iri not in view:
            labels = d.get("labels") or d.get("_labels") or ()
            props = {k: v for k, v in d.items() if k not in ("labels", "_labels")}
            view.add_node(iri, labels=tuple([labels] if isinstance(labels, str) else labels), props=props)
    # the node the query was asked about (industry=人工智能) is the view's subject: its name is drawn first
    asked = [str(r["asked"]) for r in rows if isinstance(r, Mapping) and str(r.get("asked")) in view]
    return View(prune_redundant(view), kind="query", title=title, subject=asked[0] if asked else None)


# --------------------------------------------------------------------------- size limit


def cut_to_limit(view: View, max_nodes: int) -> View:
    """Keep at most ``max_nodes``: grow from the best-connected node, always adding the best-connected neighbour
    next, so what stays is the most connected part (and stays connected where the graph allows)."""
    g = view.graph
    view.total_nodes, view.total_edges = g.number_of_nodes(), g.number_of_edges()
    if max_nodes < 1:
        raise UsageError(f"--max-nodes must be at least 1, not {max_nodes}")
    if g.number_of_nodes() <= max_nodes:
        return view
    degree = dict(g.degree())
    order = sorted(g.nodes, key=lambda n: (-degree[n], n))
    keep: set[str] = set()
    heap: list[tuple[int, str]] = []
    seeds = iter(order)
    while len(keep) < max_nodes:
        while heap and heap[0][1] in keep:
            heapq.heappop(heap)
        if not heap:
            seed = next(n for n in seeds if n not in keep)
            heapq.heappush(heap, (-degree[seed], seed))
        _, n = heapq.heappop(heap)
        keep.add(n)
        for nb in set(g.successors(n)) | set(g.predecessors(n)):
            if nb not in keep:
                heapq.heappush(heap, (-degree[nb], nb))
    left = [n for n in g.nodes if n not in keep]
    view.left_out = dict(Counter(primary_class(g.nodes[n].get("labels", ())) for n in left).most_common())
    view.graph = g.subgraph(keep).copy()
    view.cut = len(left)
    view.cut_edges = view.total_edges - view.graph.number_of_edges()
    classes = ", ".join(f"{n} {cls}" for cls, n in view.left_out.items())
    view.note = (
        f"Showing {len(keep)} of {view.total_nodes} nodes, the most connected part. Left out: {view.cut} nodes "
        f"({classes}) and {view.cut_edges} edges. To see them, focus on a name (policykg viz NAME --depth 1), "
        f"choose a preset view (--view ownership|coordination|system|document) or raise --max-nodes."
    )
    log.info("view cut to %d of %d nodes", len(keep), view.total_nodes)
    return view
