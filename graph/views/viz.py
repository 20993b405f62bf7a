"""Interactive, self-contained HTML views of the property graph (pyvis / vis-network).

``render(pg, out, ...)`` picks a view (the whole graph, a focus with its neighbourhood, a preset view or a
query's result), cuts it to ``max_nodes`` if needed, styles it (``style``) and writes one HTML file that
works offline: vis-network's JavaScript and CSS (shipped with pyvis) and the page's own code are inlined, a
Content-Security-Policy forbids every network load, and document text reaches the page only as JSON in a data
block that is turned into text nodes, never markup.

pyvis's own template is not used as is: even with ``cdn_resources="in_line"`` it loads Bootstrap from a CDN and
its menus (tom-select) put node ids into markup unescaped. pyvis still provides the network model
(``Network.add_node``, ``get_network_data``) and the vis-network build it bundles.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import re
import time
import webbrowser
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import networkx as nx

from policykg.errors import LoadError, RenderError, UsageError
from policykg.graph.views import select as vv

log = logging.getLogger(__name__)

ASSETS = Path(__file__).with_name("assets")
VIS_VERSION = "vis-9.1.2"
DEFAULT_BUILD_DIR = Path("policykg-out")


@dataclass
class VizInfo:
    """What ``render`` wrote."""

    nodes: int
    edges: int
    cut: int  # nodes left out by the size limit (0 when the whole view fits)
    path: Path
    bytes: int
    view: str = "graph"
    title: str = ""
    note: str = ""  # the visible note explaining a cut
    seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "nodes": self.nodes,
            "edges": self.edges,
            "cut": self.cut,
            "path": str(self.path),
            "bytes": self.bytes,
            "view": self.view,
            "title": self.title,
            "note": self.note,
            "seconds": round(self.seconds, 3),
        }


# --------------------------------------------------------------------------- choosing the view


def build_view(
    pg: nx.MultiDiGraph,
    *,
    focus: str | None = None,
    depth: int = 1,
    view: str | None = None,
    rows: Sequence[Mapping[str, Any]] | None = None,
    query_name: str | None = None,
) -> vv.View:
    """The nodes and edges a view shows, before the size cut and styling."""
    if rows is not None:
        title = f"Query {query_name}" if query_name else "Query result"
        return vv.query_view(pg, rows, title=title)
    if view is None:
        return vv.focus_view(pg, focus, depth) if focus else vv.whole_view(pg)
    if view not in vv.VIEWS:
        raise UsageError(f"unknown view {view!r}; choose one of {', '.join(vv.VIEWS)}")
    if view in ("system", "document"):
        if not focus:
            what = (
                "an industry system (e.g. its formula or name)"
                if view == "system"
                else "a document (title, number or file)"
            )
            raise UsageError(f"--view {view} needs {what} as FOCUS: policykg viz NAME --view {view}")
        return vv.system_view(pg, focus) if view == "system" else vv.document_view(pg, focus)
    result = vv.ownership_view(pg) if view == "ownership" else vv.coordination_view(pg)
    if focus:
        # Narrow a preset view to one unit or industry and its partners.
        centre = vv.find_node(pg, focus)
        if centre not in result.graph:
            raise UsageError(
                f"{focus!r} takes no part in the {view} view (no measure links it to a unit or industry)"
            )
        undirected = result.graph.to_undirected(as_view=True)
        reach = set(nx.single_source_shortest_path_length(undirected, centre, cutoff=max(depth, 1)))
        if vv.is_a(pg, centre, "Industry"):  # its systems head it, and their owners own it too
            for system in vv.systems_holding(pg, [centre]):
                if system in result.graph:
                    reach |= {system, *undirected.neighbors(system)}
        result.graph = result.graph.subgraph(reach).copy()
        result.subject = centre
        result.title += f": {vv.display_name(pg, centre)}"
    return result


# --------------------------------------------------------------------------- page assembly


def _script_json(obj: Any) -> str:
    """JSON safe inside a <script> element: no '</script', '<!--' or line separators can end or confuse it."""
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


@lru_cache(maxsize=1)
def _assets() -> dict[str, str]:
    import pyvis

    lib = Path(pyvis.__file__).parent / "templates" / "lib" / VIS_VERSION
    try:
        found = {
            "vis_js": (lib / "vis-network.min.js").read_text(encoding="utf-8"),
            "vis_css": (lib / "vis-network.css").read_text(encoding="utf-8"),
            "app_js": (ASSETS / "viz.js").read_text(encoding="utf-8"),
            "css": (ASSETS / "viz.css").read_text(encoding="utf-8"),
            "pyvis_version": str(getattr(pyvis, "__version__", "?")),
        }
    except OSError as err:
        raise RenderError(
            f"cannot read the HTML view assets ({err}); reinstall policykg and pyvis==0.3.2"
        ) from err
    # vis-network's CSS is 94% inlined images for the navigation buttons and the configurator, neither used
    # here; dropping those rules keeps a mailed page ~200 KB lighter.
    found["vis_css"] = re.sub(r"[^{}]*\{[^{}]*url\([^{}]*\}", "", found["vis_css"])
    for name in ("vis_js", "app_js"):
        if "</script" in found[name].lower():
            raise RenderError(f"asset {name} contains '</script' and cannot be inlined")
    if "</style" in found["vis_css"].lower() or "</style" in found["css"].lower():
        raise RenderError("a CSS asset contains '</style' and cannot be inlined")
    return found


def _csp(scripts: Sequence[str]) -> str:
    hashes = " ".join(
        f"'sha256-{base64.b64encode(hashlib.sha256(s.encode('utf-8')).digest()).decode()}'" for s in scripts
    )
    # default-src 'none' forbids every fetch (scripts, styles, images, fonts, XHR) from anywhere: the page is
    # complete as written. Only the two inline scripts whose hashes are listed may run, so even markup that
    # slipped into the page could not execute anything.
    return (
        f"default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; img-src data:; font-src data:; "
        "base-uri 'none'; form-action 'none'"
    )


def _options(n_nodes: int) -> dict[str, Any]:
    from policykg.graph.views.style import FONT_FACE

    # Nodes start from a radial layout (layout.py), so physics only polishes; each Barnes-Hut iteration costs
    # O(n log n) and a 1,000-node view must settle in ~3 s, hence fewer iterations and a coarser theta as n grows.
    iterations = 300 if n_nodes <= 200 else max(30, min(300, 80_000 // max(n_nodes, 1)))
    return {
        "autoResize": True,
        "layout": {"randomSeed": 7, "improvedLayout": False},
        "physics": {
            "enabled": n_nodes > 0,
            "solver": "barnesHut",
            "barnesHut": {
                "theta": 0.5 if n_nodes <= 300 else 0.9,
                "gravitationalConstant": -5000,
                "centralGravity": 0.25,
                "springLength": 110,
                "springConstant": 0.04,
                "damping": 0.4,
                "avoidOverlap": 0.05 if n_nodes <= 300 else 0,
            },
            "stabilization": {"enabled": True, "iterations": iterations, "updateInterval": 10, "fit": True},
            "minVelocity": 1.0,
            "adaptiveTimestep": True,
        },
        "interaction": {
            "hover": True,
            "tooltipDelay": 120,
            "hideEdgesOnDrag": n_nodes > 500,
            "multiselect": True,
        },
        "nodes": {
            "scaling": {"min": 8, "max": 42},
            "font": {"size": 14, "face": FONT_FACE},
            "borderWidth": 1,
        },
        "edges": {
            "smooth": False if n_nodes > 300 else {"enabled": True, "type": "continuous", "roundness": 0.3},
            "scaling": {"min": 1, "max": 9},
            "font": {"size": 10, "align": "middle", "face": FONT_FACE},
            "selectionWidth": 2,
        },
    }


def _fixed_options(kind: str) -> dict[str, Any]:
    """Options for a view whose positions are computed (``views.layouts``): no physics, labels inside boxes."""
    from policykg.graph.views.style import FONT_FACE

    return {
        "autoResize": True,
        "layout": {"improvedLayout": False},
        "physics": {"enabled": False},
        "interaction": {"hover": True, "tooltipDelay": 120, "multiselect": True},
        "nodes": {"shape": "box", "margin": 5, "font": {"size": 14, "face": FONT_FACE}, "borderWidth": 1},
        "edges": {
            "smooth": {"enabled": True, "type": "curvedCW", "roundness": 0.25}
            if kind == "coordination"
            else False,
            "scaling": {"min": 1, "max": 7},
            "selectionWidth": 2,
        },
    }


def _community_legend(layout: Any) -> list[dict[str, Any]]:
    return [
        {
            "kind": "group",
            "key": f"community-{i}",
            "name": c["name"],
            "shape": "box",
            "color": c["color"],
            "count": c["count"],
        }
        for i, c in enumerate(layout.communities)
    ]


def _pyvis_network(
    nodes: list[dict[str, Any]], edges: list[dict[str, Any]], options: dict[str, Any], title: str
) -> Any:
    from pyvis.edge import Edge
    from pyvis.network import Network

    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line", heading=title)
    for item in nodes:
        attrs = {k: v for k, v in item.items() if k not in ("id", "label", "shape")}
        net.add_node(item["id"], label=item["label"], shape=item["shape"], **attrs)
    known = set(net.get_nodes())
    for item in edges:
        if item["from"] not in known or item["to"] not in known:
            raise RenderError(f"edge {item['id']} joins a node that is not in the view")
        # pyvis's add_edge checks endpoints with a list scan (quadratic on big views); checked above instead.
        attrs = {k: v for k, v in item.items() if k not in ("from", "to")}
        net.edges.append(Edge(item["from"], item["to"], True, **attrs).options)
    net.options = options
    return net


def page_html(pg: nx.MultiDiGraph, view: vv.View, title: str) -> tuple[str, int, int]:
    """The HTML page for a view: (html, nodes drawn, edges drawn)."""
    import jinja2

    from policykg.graph.views.layout import radial_layout
    from policykg.graph.views.layouts import layout_for
    from policykg.graph.views.style import Styler, add_counts, as_boxes, shorten_outline

    styler = Styler(pg, view)
    nodes = styler.nodes()
    edges = styler.edges()
    if view.kind in ("ownership", "system", "coordination"):
        add_counts(nodes)
    if view.kind == "document":
        shorten_outline(nodes)
    layout = layout_for(pg, view, {n["id"]: n["labelHans"] for n in nodes})
    if layout is None:
        start = radial_layout((n["id"] for n in nodes), ((e["from"], e["to"]) for e in edges))
        for item in nodes:
            item["x"], item["y"] = start[item["id"]]
        options = _options(len(nodes))
    else:
        as_boxes(nodes, edges, layout)
        options = _fixed_options(view.kind)
    net = _pyvis_network(nodes, edges, options, title)
    vis_nodes, vis_edges, _heading, _h, _w, options_json = net.get_network_data()
    data = {
        "nodes": vis_nodes,
        "edges": vis_edges,
        "options": json.loads(options_json),
        "filters": styler.filters(nodes),
        "quotes": styler.quotes(),
        "view": view.kind,
        "subject": view.subject,
        "layout": layout.as_data() if layout else None,
    }
    assets = _assets()
    summary = f"{len(nodes)} nodes · {len(edges)} edges · view: {view.kind}"
    if view.cut:
        summary += f" · cut from {view.total_nodes} nodes"
    size_rule = (
        "size = measures per unit, industry or system; links per document"
        if layout is None
        else "the outline reads down each column, then on to the next; drag a box to move it"
        if view.kind == "document"
        else "(n) after a name = its measures; line width = measures; positions are fixed, drag to move"
    )
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(ASSETS)), autoescape=True, keep_trailing_newline=True
    )
    try:
        template = env.get_template("viz_template.html")
        html = template.render(
            title=title,
            summary=summary,
            note=view.note,
            legend=styler.legend(nodes, edges) + (_community_legend(layout) if layout else []),
            size_rule=size_rule,
            data_json=_script_json(data),
            csp=_csp([assets["vis_js"], assets["app_js"]]),
            **assets,
        )
    except jinja2.TemplateError as err:
        raise RenderError(
            f"cannot render the HTML view template {ASSETS / 'viz_template.html'}: {err}"
        ) from err
    return html, len(nodes), len(edges)


def _write_atomic(out: Path, html: str) -> int:
    from policykg.fsutil import atomic_write_text

    data = html.encode("utf-8")
    try:
        atomic_write_text(out, html)
    except OSError as err:
        raise RenderError(f"{out}: cannot write the HTML view ({err.strerror or err})") from err
    return len(data)


# --------------------------------------------------------------------------- public entry points


def render(
    pg: nx.MultiDiGraph,
    out: Path,
    *,
    focus: str | None = None,
    depth: int = 1,
    view: str | None = None,
    max_nodes: int = 1000,
    title: str = "",
    rows: Sequence[Mapping[str, Any]] | None = None,
    query_name: str | None = None,
) -> VizInfo:
    """Write one self-contained interactive HTML view of ``pg`` to ``out``.

    ``view``: None (the whole graph, or ``focus`` with its neighbourhood to ``depth``), ``ownership``,
    ``coordination``, ``system`` (``focus`` names the system) or ``document`` (``focus`` names the document).
    ``rows``: a query's result rows (node dicts with ``iri``, or IRIs); draws those nodes and the edges
    between them. Above ``max_nodes`` the view keeps its most connected part and says so on the page.
    """
    started = time.perf_counter()
    out = Path(out)
    chosen = build_view(pg, focus=focus, depth=depth, view=view, rows=rows, query_name=query_name)
    chosen = vv.cut_to_limit(chosen, max_nodes)
    page_title = title or chosen.title
    html, n_nodes, n_edges = page_html(pg, chosen, page_title)
    size = _write_atomic(out, html)
    info = VizInfo(
        nodes=n_nodes,
        edges=n_edges,
        cut=chosen.cut,
        path=out,
        bytes=size,
        view=chosen.kind,
        title=page_title,
        note=chosen.note,
        seconds=time.perf_counter() - started,
    )
    log.info("wrote %s: %d nodes, %d edges, %d bytes", out, n_nodes, n_edges, size)
    return info


def load_property_graph(build_dir: Path) -> nx.MultiDiGraph:
    """The property graph of a build folder (its ``graph.ttl``), or of a Turtle file given directly."""
    build_dir = Path(build_dir)
    ttl = build_dir if build_dir.is_file() else build_dir / "graph.ttl"
    if not ttl.is_file():
        raise UsageError(
            f"{ttl}: no graph here; run `policykg build DOCS --out {build_dir}` first or pass --dir"
        )
    import rdflib

    from policykg.graph.store.pgraph import to_property_graph

    graph = rdflib.Graph()
    try:
        graph.parse(ttl, format="turtle")
    except Exception as err:  # rdflib raises many unrelated types for a damaged file
        raise LoadError(str(ttl), f"cannot be parsed as RDF ({err})") from err  # exit 3, as in validate
    from policykg.graph.rdf.summaries import without_summaries

    # The views draw the facts and work out their own ownership/coordination edges from them; the build's
    # summary nodes would only repeat those as extra nodes.
    return without_summaries(to_property_graph(graph))


def parse_params(pairs: Sequence[str]) -> dict[str, str]:
    """``["k=v", ...]`` from ``--param`` into a dict: the query library's one parser, so a bad ``--param`` is
    the same query error (exit 8) in ``viz --query`` as in ``query``."""
    from policykg.queries.library import parse_assignments

    return parse_assignments(pairs)


def _query_rows(build_dir: Path, name: str, params: Mapping[str, str]) -> list[dict[str, Any]]:
    """Rows of a named query run on the build folder's embedded store (IRIs in them select the nodes)."""
    from policykg.queries import library

    store = library.open_store("embedded", build_dir)
    try:
        result = library.run_named(store, name, dict(params))
    finally:
        store.close()
    return list(result.rows)


def render_from_build(
    build_dir: Path,
    out: Path,
    *,
    focus: str | None = None,
    depth: int = 1,
    view: str | None = None,
    query: str | None = None,
    params: Sequence[str] = (),
    max_nodes: int = 1000,
    title: str = "",
) -> VizInfo:
    """What ``policykg viz`` does: load the build folder's graph, optionally run a named query, render."""
    if query and view:
        raise UsageError("--query and --view cannot be combined; pick one")
    pg = load_property_graph(build_dir)
    rows = None
    if query:
        asked = parse_params(params)
        rows = _query_rows(build_dir, query, asked) + _asked_nodes(pg, asked)
        if not title and asked:  # the view names what it was asked about
            title = f"Query {query}: " + ", ".join(f"{k}={v}" for k, v in asked.items())
    return render(
        pg,
        out,
        focus=focus,
        depth=depth,
        view=view,
        max_nodes=max_nodes,
        title=title,
        rows=rows,
        query_name=query,
    )


def _asked_nodes(pg: nx.MultiDiGraph, params: Mapping[str, str]) -> list[dict[str, Any]]:
    """The nodes a query's parameters name (industry=智能家电), drawn even when the answer has no row."""
    found = []
    for value in params.values():
        try:
            found.append({"asked": vv.find_node(pg, value)})
        except UsageError:  # a number, a keyword: not a name of a node
            continue
    return found


def open_in_browser(path: Path) -> bool:
    """Open the written file in the default browser; False if no browser could be started."""
    return bool(webbrowser.open(Path(path).resolve().as_uri()))
