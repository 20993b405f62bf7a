"""HTML views without a browser: what each view contains, escaping, offline pages, the size cut, atomic writes.

Expected counts are worked out by hand from the fixture graph (tests/fixtures/viz_pg.py), not read back from
the code: see the comment above each test.
"""

from __future__ import annotations

import html as htmllib
import importlib.util
import json
import re
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from policykg.errors import QueryError, RenderError, UsageError
from policykg.graph.views import select as viz_views
from policykg.graph.views import viz

_spec = importlib.util.spec_from_file_location(
    "viz_pg_fixture", Path(__file__).parents[2] / "fixtures" / "viz_pg.py"
)
assert _spec and _spec.loader
fx: Any = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fx)


@pytest.fixture
def pg() -> nx.MultiDiGraph:
    return fx.build_graph()


def _data(html: str) -> dict[str, Any]:
    block = re.search(r'<script type="application/json" id="pkg-data">(.*?)</script>', html, re.S)
    assert block, "no data block"
    return json.loads(block.group(1))


def _render(pg: nx.MultiDiGraph, tmp_path: Path, **kw: Any) -> tuple[viz.VizInfo, str, dict[str, Any]]:
    info = viz.render(pg, tmp_path / "view.html", **kw)
    html = info.path.read_text(encoding="utf-8")
    return info, html, _data(html)


def _edges(data: dict[str, Any]) -> set[tuple[str, str, str]]:
    return {(e["from"], e["to"], e["rel"]) for e in data["edges"]}


# --------------------------------------------------------------------------- counts per view


def test_whole_graph_draws_every_node_and_drops_redundant_edges(pg: nx.MultiDiGraph, tmp_path: Path) -> None:
    # 30 nodes, 53 relationships; the 11 IN_DOCUMENT edges restate a HAS_* edge and the 3 RESPONSIBLE_UNIT
    # edges of lead units restate a LEAD_UNIT edge: 53 - 14 = 39 drawn.
    assert pg.number_of_nodes() == 30 and pg.number_of_edges() == 53
    info, _html, data = _render(pg, tmp_path)
    assert (info.nodes, info.edges, info.cut) == (30, 39, 0)
    assert len(data["nodes"]) == 30 and len(data["edges"]) == 39
    rels = [e["rel"] for e in data["edges"]]
    assert "IN_DOCUMENT" not in rels
    assert rels.count("LEAD_UNIT") == 3 and rels.count("RESPONSIBLE_UNIT") == 4
    assert (fx.M1, fx.JOBS, "LEAD_UNIT") in _edges(data) and (
        fx.M1,
        fx.JOBS,
        "RESPONSIBLE_UNIT",
    ) not in _edges(data)
    assert info.bytes == (tmp_path / "view.html").stat().st_size


def test_ownership_direct_and_via_system(pg: nx.MultiDiGraph, tmp_path: Path) -> None:
    # M1 (就业促进处, 人才开发处) names 人工智能 and the whole "10+1" system: 2 direct edges and 2 edges to the
    # system (one per unit, not one per member). M2 (人才开发处, 发改委) names 集成电路 and 智能家电: 4 direct. M3
    # (人社局, 教育局) names 新一代信息技术: 2 direct. 10 edges; 5 units, 4 industries and the 2 systems holding
    # them ("10+1" holds all four, 13条产业链 holds 集成电路): 11 nodes. 生物医药 no measure names is not drawn.
    info, _html, data = _render(pg, tmp_path, view="ownership")
    assert (info.nodes, info.edges) == (11, 10)
    kinds = [e["rel"] for e in data["edges"]]
    assert kinds.count("OWNS_DIRECT") == 8 and kinds.count("OWNS_VIA_SYSTEM") == 2
    assert (fx.JOBS, fx.AI, "OWNS_DIRECT") in _edges(data)
    assert (fx.JOBS, fx.SYS, "OWNS_VIA_SYSTEM") in _edges(data)
    assert not any(e["rel"] == "OWNS_VIA_SYSTEM" and e["to"] != fx.SYS for e in data["edges"])
    styles = {e["rel"]: e["dashes"] for e in data["edges"]}
    assert styles["OWNS_DIRECT"] is False and styles["OWNS_VIA_SYSTEM"]
    assert {n["cls"] for n in data["nodes"]} == {"Unit", "Industry", "IndustrySystem"}


def test_ownership_is_two_sided(pg: nx.MultiDiGraph, tmp_path: Path) -> None:
    # Units in columns on the left, industries on the right under their system's box; labels inside boxes.
    _info, _html, data = _render(pg, tmp_path, view="ownership")
    pos = {n["id"]: (n["x"], n["y"]) for n in data["nodes"]}
    units = [n["id"] for n in data["nodes"] if n["cls"] == "Unit"]
    right = [n["id"] for n in data["nodes"] if n["cls"] != "Unit"]
    assert max(pos[u][0] for u in units) < min(pos[i][0] for i in right)
    assert pos[fx.SYS][1] < min(pos[i][1] for i in (fx.AI, fx.APPL, fx.IT))  # the system heads its members
    assert data["options"]["physics"]["enabled"] is False
    assert {n["shape"] for n in data["nodes"]} == {"box"}
    talent = next(n for n in data["nodes"] if n["id"] == fx.TALENT)
    assert talent["label"] == "人才开发处 (2)"  # Simplified by default, with its measures
    assert [h["text"] for h in data["layout"]["headings"] if h["text"] == "青岛市"], "units grouped by region"


def test_ownership_weight_counts_measures() -> None:
    pg = fx.build_graph()
    pg.add_edge(
        fx.M4, fx.IT, key="CONCERNS_INDUSTRY", type="CONCERNS_INDUSTRY"
    )  # 人社局 now has M3 and M4 on it
    view = viz_views.ownership_view(pg)
    assert view.graph.edges[fx.BUREAU, fx.IT, "OWNS_DIRECT"]["weight"] == 2
    assert view.graph.edges[fx.BUREAU, fx.IT, "OWNS_DIRECT"]["measures"] == [fx.M3, fx.M4]
    assert view.graph.edges[fx.EDU, fx.IT, "OWNS_DIRECT"]["weight"] == 1


def test_coordination_links_units_sharing_measures(pg: nx.MultiDiGraph, tmp_path: Path) -> None:
    # M1: 就业促进处–人才开发处, M2: 人才开发处–发改委, M3: 人社局–教育局; M4 has a single unit.
    info, _html, data = _render(pg, tmp_path, view="coordination")
    assert (info.nodes, info.edges) == (5, 3)
    pairs = {frozenset((e["from"], e["to"])) for e in data["edges"]}
    assert pairs == {
        frozenset((fx.JOBS, fx.TALENT)),
        frozenset((fx.TALENT, fx.NDRC)),
        frozenset((fx.BUREAU, fx.EDU)),
    }
    assert all(e["arrows"]["to"]["enabled"] is False for e in data["edges"])


def test_system_view_marks_ownerless_members(pg: nx.MultiDiGraph, tmp_path: Path) -> None:
    # 13条产业链: members 集成电路 (owned directly through M2 by 人才开发处 and 发改委) and 船舶海工 (nobody).
    info, html, data = _render(pg, tmp_path, view="system", focus="13条产业链")
    # membership is shown by the layout (members under the system), so only the 2 ownership edges are drawn
    assert (info.nodes, info.edges) == (5, 2)
    nodes = {n["id"]: n for n in data["nodes"]}
    assert set(nodes) == {fx.SYS2, fx.IC, fx.SHIP, fx.TALENT, fx.NDRC}
    assert nodes[fx.SHIP].get("flags") == ["ownerless"] and "⚠" in nodes[fx.SHIP]["label"]
    assert "flags" not in nodes[fx.IC]
    assert 'data-key="ownerless"' in html


def test_system_view_with_categories(pg: nx.MultiDiGraph, tmp_path: Path) -> None:
    # "10+1": system, 2 categories, 5 members, and the 5 units owning them; 8 direct ownership edges and 2 to
    # the system (M1 names it whole). M1 concerns the whole system, so nobody is ownerless, but 生物医药 is
    # reached only that way and is marked so.
    info, _html, data = _render(pg, tmp_path, view="system", focus="10+1")
    assert (info.nodes, info.edges) == (13, 10)
    assert {n["id"]: n.get("flags") for n in data["nodes"] if n.get("flags")} == {fx.BIO: ["via system only"]}
    pos = {n["id"]: (n["x"], n["y"]) for n in data["nodes"]}
    for cat in (fx.CAT_NEW, fx.CAT_OLD):  # each category heads its members in one column
        for member in viz_views.out_nodes(pg, cat, "HAS_MEMBER"):
            assert pos[cat][1] < pos[member][1]


def test_document_view(pg: nx.MultiDiGraph, tmp_path: Path) -> None:
    # d1: 3 sections, 2 measures, 1 target, the issuer and the 3 other units of its measures = 11 nodes;
    # edges ISSUED_BY 1, 2 lead + 2 co-responsible; the tree (HAS_SECTION 3, HAS_MEASURE 2, HAS_TARGET 1) is the
    # outline's indentation and connectors, the units' parents their grouping.
    info, _html, data = _render(pg, tmp_path, view="document", focus="d1.txt")
    assert (info.nodes, info.edges) == (11, 5)
    assert len(data["layout"]["tree"]) == 6 and [fx.S1_2, fx.S1_2_1] in data["layout"]["tree"]
    pos = {n["id"]: (n["x"], n["y"]) for n in data["nodes"]}
    assert (
        pos[fx.D1][1] < pos[fx.S1_1][1] < pos[fx.S1_2][1] < pos[fx.S1_2_1][1] < pos[fx.M1][1] < pos[fx.M2][1]
    )
    classes = sorted(n["cls"] for n in data["nodes"])
    assert classes.count("Section") == 3 and classes.count("Measure") == 2 and classes.count("Target") == 1
    assert fx.D2 not in {n["id"] for n in data["nodes"]}


def test_document_found_by_number_in_either_script(pg: nx.MultiDiGraph) -> None:
    assert viz_views.find_node(pg, "青人社字〔2025〕10号", ("PolicyDocument",)) == fx.D1  # written 10號
    assert viz_views.find_node(pg, "人才開發處") == fx.TALENT
    assert viz_views.find_node(pg, "市人社局") == fx.BUREAU


@pytest.mark.parametrize(("depth", "nodes", "edges"), [(0, 1, 0), (1, 4, 3)])
def test_focus_neighbourhood(pg: nx.MultiDiGraph, tmp_path: Path, depth: int, nodes: int, edges: int) -> None:
    # 人才开发处 at depth 1: M1 (responsible), M2 (lead), its bureau.
    info, _html, data = _render(pg, tmp_path, focus="人才开发处", depth=depth)
    assert (info.nodes, info.edges) == (nodes, edges)


def test_focus_depth_two(pg: nx.MultiDiGraph) -> None:
    view = viz_views.focus_view(pg, "人才开发处", depth=2)
    expected = {
        fx.TALENT,
        fx.M1,
        fx.M2,
        fx.BUREAU,
        fx.S1_2_1,
        fx.D1,
        fx.JOBS,
        fx.SYS,
        fx.AI,
        fx.NDRC,
        fx.IC,
        fx.APPL,
        fx.M3,
        fx.M4,
        fx.D2,
        fx.REGION,
    }
    assert set(view.graph.nodes) == expected


def test_ownership_narrowed_to_a_focus(pg: nx.MultiDiGraph, tmp_path: Path) -> None:
    info, _html, data = _render(pg, tmp_path, view="ownership", focus="新一代信息技术")
    # 新一代信息技术 is owned by 人社局, 教育局 (M3) and, via the system "10+1" (drawn with it), 就业促进处 and
    # 人才开发处 (M1).
    assert {n["id"] for n in data["nodes"]} == {fx.IT, fx.BUREAU, fx.EDU, fx.SYS, fx.JOBS, fx.TALENT}
    assert info.edges == 4


def test_names_that_fit_nothing_or_several(pg: nx.MultiDiGraph) -> None:
    with pytest.raises(UsageError, match="matches 2"):
        viz_views.find_node(pg, "处")  # 人才开发处, 就业促进处
    with pytest.raises(UsageError, match="no node named"):
        viz_views.find_node(pg, "不存在的单位")
    with pytest.raises(UsageError, match="needs"):
        viz.build_view(pg, view="system")
    with pytest.raises(UsageError, match="unknown view"):
        viz.build_view(pg, view="sideways")
    # an exact name beats partial ones: 青岛市 is the region, though every 青岛市… unit contains it
    assert viz_views.find_node(pg, "青岛市") == fx.REGION


def test_query_rows_become_a_subgraph(pg: nx.MultiDiGraph, tmp_path: Path) -> None:
    rows = [
        {"unit": {"iri": fx.TALENT, "prefLabel": "人才开发处"}, "measure": fx.M1, "n": 3},
        {"measures": [fx.M2, {"iri": fx.M2}]},
        {"other": {"iri": "urn:x:elsewhere", "labels": ["Unit"], "prefLabel": "外部单位"}},
        {"text": "not an iri"},
    ]
    info, _html, data = _render(pg, tmp_path, rows=rows, query_name="unit_measures")
    # TALENT, M1, M2 and the node known only from its dict; M1→TALENT responsible, M2→TALENT lead.
    assert info.nodes == 4 and info.edges == 2
    assert {n["id"] for n in data["nodes"]} == {fx.TALENT, fx.M1, fx.M2, "urn:x:elsewhere"}
    assert info.title == "Query unit_measures"


# --------------------------------------------------------------------------- labels, legend, tooltips


def test_labels_keep_the_documents_script_with_a_simplified_twin(pg: nx.MultiDiGraph, tmp_path: Path) -> None:
    _info, _html, data = _render(pg, tmp_path)
    nodes = {n["id"]: n for n in data["nodes"]}
    # 人才开发处 appears only in the Traditional document: labelled with its Traditional form.
    assert nodes[fx.TALENT]["labelOrig"] == "人才開發處" and nodes[fx.TALENT]["labelHans"] == "人才开发处"
    # 人社局 appears in both: its canonical Simplified name.
    assert nodes[fx.BUREAU]["labelOrig"] == "青岛市人力资源和社会保障局"
    assert nodes[fx.M1]["labelOrig"].startswith("1 實施就業") and nodes[fx.M1]["labelHans"].startswith(
        "1 实施就业"
    )


def test_every_node_and_edge_has_a_tooltip_and_the_legend_lists_what_is_drawn(
    pg: nx.MultiDiGraph, tmp_path: Path
) -> None:
    _info, html, data = _render(pg, tmp_path)
    assert all(n["tip"]["h"] and n["tip"]["f"] for n in data["nodes"])
    assert all(e["tip"]["h"] and e["tip"]["f"] for e in data["edges"])
    m1 = next(n for n in data["nodes"] if n["id"] == fx.M1)
    quote = data["quotes"][m1["tip"]["q"][0]]
    assert quote["doc"] == "關于強化人才引領支撐賦能創新型產業體系建設實施方案"
    assert quote["clause"].startswith("二 › (一) › 1")
    assert quote["text"].startswith("1.實施就業服務保障計劃")
    lead = next(e for e in data["edges"] if (e["from"], e["to"], e["rel"]) == (fx.M1, fx.JOBS, "LEAD_UNIT"))
    assert data["quotes"][lead["tip"]["q"][0]]["text"].startswith("1.實施就業服務保障計劃")
    unit = next(n for n in data["nodes"] if n["id"] == fx.JOBS)
    assert unit["tip"]["q"], "a unit's tooltip quotes a measure it is responsible for"
    legend = re.search(r'<aside id="pkg-legend">(.*?)</aside>', html, re.S)
    assert legend
    keys = re.findall(r'data-key="([^"]+)"', legend.group(1))
    assert {"Unit", "Measure", "PolicyDocument", "LEAD_UNIT", "RESPONSIBLE_UNIT"} <= set(keys)
    assert "IN_DOCUMENT" not in keys  # only what is drawn


def test_lead_edges_look_different_from_co_responsibility(pg: nx.MultiDiGraph, tmp_path: Path) -> None:
    _info, _html, data = _render(pg, tmp_path)
    lead = next(e for e in data["edges"] if e["rel"] == "LEAD_UNIT")
    co = next(e for e in data["edges"] if e["rel"] == "RESPONSIBLE_UNIT")
    assert lead["color"] != co["color"] and lead["width"] > co["width"] and lead["dashes"] != co["dashes"]


def test_filters_offer_classes_documents_and_systems(pg: nx.MultiDiGraph, tmp_path: Path) -> None:
    _info, _html, data = _render(pg, tmp_path)
    assert {f["id"] for f in data["filters"]["docs"]} == {fx.D1, fx.D2, fx.D3}
    assert {f["id"] for f in data["filters"]["systems"]} == {fx.SYS, fx.SYS2}
    nodes = {n["id"]: n for n in data["nodes"]}
    assert nodes[fx.TALENT]["docs"] == [fx.D1]
    assert nodes[fx.IC]["systems"] == sorted([fx.SYS, fx.SYS2])
    assert fx.SYS in nodes[fx.JOBS]["systems"]  # through M1


# --------------------------------------------------------------------------- safety and offline


def test_document_text_is_never_markup(tmp_path: Path) -> None:
    pg = fx.build_graph(xss=True)
    _info, html, data = _render(pg, tmp_path, title="<script>alert(1)</script>标题")
    # The payloads travel as data ...
    names = {n["tip"]["h"] for n in data["nodes"]}
    assert fx.XSS_NAME in names
    assert any(fx.XSS_TEXT[:40] in data["quotes"][q]["text"] for n in data["nodes"] for q in n["tip"]["q"])
    # ... but nowhere in the page as markup: only our three script elements, no <img>, the title escaped.
    own = html.replace(
        viz._assets()["vis_js"], ""
    )  # the vendored library's own strings are not document text
    assert own.count("<script") == 3
    assert "<img" not in own
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;标题" in html
    block = re.search(r'<script type="application/json" id="pkg-data">(.*?)</script>', html, re.S)
    assert block and "<" not in block.group(1) and "-->" not in block.group(1)


def test_script_json_cannot_close_its_element() -> None:
    text = viz._script_json({"a": "</script><!-- \u2028 & >"})
    assert "</" not in text and "<!--" not in text and "\u2028" not in text
    assert json.loads(text) == {"a": "</script><!-- \u2028 & >"}


def test_page_loads_nothing_from_the_network(pg: nx.MultiDiGraph, tmp_path: Path) -> None:
    _info, html, _data = _render(pg, tmp_path)
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", html, re.I)
    assert not re.search(r"""url\(\s*["']?\s*(?:https?:)?//""", html, re.I)
    assert "@import" not in html
    assert "<link" not in html and not re.search(r"<script[^>]+src=", html)
    assert "cdnjs" not in html and "jsdelivr" not in html and "bootstrap" not in html.lower()
    csp = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)"', html)
    assert csp
    policy = htmllib.unescape(csp.group(1))
    assert (
        "default-src 'none'" in policy and "unsafe-inline" not in policy.split("script-src")[1].split(";")[0]
    )
    assert "vis.Network" in html  # vis-network itself is inlined


def test_physics_stops_after_stabilising(pg: nx.MultiDiGraph, tmp_path: Path) -> None:
    _info, html, data = _render(pg, tmp_path)
    assert data["options"]["physics"]["stabilization"]["enabled"] is True
    assert 'once("stabilizationIterationsDone"' in html and "physics: { enabled: false }" in html


# --------------------------------------------------------------------------- size limit


def test_cut_keeps_the_most_connected_part_and_says_so(pg: nx.MultiDiGraph, tmp_path: Path) -> None:
    info, html, data = _render(pg, tmp_path, max_nodes=10)
    assert info.nodes == 10 and info.cut == 20
    kept = {n["id"] for n in data["nodes"]}
    degrees = dict(viz_views.whole_view(pg).graph.degree())
    assert max(degrees, key=lambda n: (degrees[n], n)) in kept or max(degrees.values()) == min(
        degrees[n] for n in kept
    )
    sub = nx.Graph([(e["from"], e["to"]) for e in data["edges"]])
    sub.add_nodes_from(kept)
    assert nx.is_connected(sub), "the kept part hangs together"
    note = re.search(r'<p id="pkg-cut-note" role="note">(.*?)</p>', html, re.S)
    assert note and "Showing 10 of 30 nodes" in note.group(1) and "Left out: 20 nodes" in note.group(1)
    assert "policykg viz NAME --depth 1" in note.group(1) and "--max-nodes" in note.group(1)


def test_no_note_when_everything_fits(pg: nx.MultiDiGraph, tmp_path: Path) -> None:
    info, html, _data = _render(pg, tmp_path, max_nodes=30)
    assert info.cut == 0 and 'id="pkg-cut-note"' not in html
    with pytest.raises(UsageError):
        viz.render(pg, tmp_path / "x.html", max_nodes=0)


# --------------------------------------------------------------------------- writing


def test_write_is_atomic(pg: nx.MultiDiGraph, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "view.html"
    out.write_text("old", encoding="utf-8")

    def boom(*_a: Any, **_k: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("policykg.fsutil.os.replace", boom)
    with pytest.raises(RenderError, match="view.html"):
        viz.render(pg, out)
    assert out.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["view.html"]


def test_params_and_build_folder_errors(tmp_path: Path) -> None:
    assert viz.parse_params(["a=1", "b=x=y"]) == {"a": "1", "b": "x=y"}
    # One --param parser for the package (issue 15: viz said usage error 2, query said query error 8).
    with pytest.raises(QueryError):
        viz.parse_params(["novalue"])
    with pytest.raises(UsageError, match="graph.ttl"):
        viz.render_from_build(tmp_path, tmp_path / "v.html")


def test_open_uses_webbrowser(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr("webbrowser.open", lambda url: opened.append(url) or True)
    assert viz.open_in_browser(tmp_path / "v.html") is True
    assert opened == [(tmp_path / "v.html").resolve().as_uri()]


def test_cli_viz_writes_the_page(
    pg: nx.MultiDiGraph, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from typer.testing import CliRunner

    from policykg.cli import app

    loaded: list[Path] = []
    monkeypatch.setattr(viz, "load_property_graph", lambda d: loaded.append(Path(d)) or pg)
    out = tmp_path / "unit.html"
    result = CliRunner().invoke(
        app, ["viz", "人才开发处", "--out", str(out), "--dir", str(tmp_path), "--json"]
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["nodes"] == 4 and out.is_file()
    assert loaded == [tmp_path]
    result = CliRunner().invoke(app, ["viz", "--view", "system", "--out", str(out), "--dir", str(tmp_path)])
    assert result.exit_code == 2 and "needs" in result.output
    result = CliRunner().invoke(
        app, ["viz", "--view", "ownership", "--query", "x", "--out", str(out), "--dir", str(tmp_path)]
    )
    assert result.exit_code == 2


def test_document_level_structure_edges_are_not_drawn_twice(pg: nx.MultiDiGraph, tmp_path: Path) -> None:
    # The pipeline also links a document straight to every measure and target; a section (or measure) already
    # holds them, so the document's own edge would only clutter the tree.
    pg.add_edge(fx.D1, fx.M1, key="HAS_MEASURE", type="HAS_MEASURE")
    pg.add_edge(fx.D1, fx.T1, key="HAS_TARGET", type="HAS_TARGET")
    pg.add_edge(fx.D2, fx.T2, key="HAS_TARGET", type="HAS_TARGET")
    loose = fx.iri("target", "doc-level")
    pg.add_node(
        loose,
        labels=("Target",),
        props={
            "iri": loose,
            "indicator": "培训",
            "value": 5000.0,
            "unitOfMeasure": "人次",
            "comparator": ">=",
        },
    )
    pg.add_edge(fx.D2, loose, key="HAS_TARGET", type="HAS_TARGET")
    info, _html, data = _render(pg, tmp_path)
    assert info.edges == 39 + 1  # only the target no section holds keeps its document edge
    assert (fx.D1, fx.M1, "HAS_MEASURE") not in _edges(data) and (fx.D2, loose, "HAS_TARGET") in _edges(data)
    label = next(n["label"] for n in data["nodes"] if n["id"] == loose)
    assert label == "培训 ≥5000人次"


def test_query_view_names_what_it_was_asked_about(
    pg: nx.MultiDiGraph, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # issue 14: `viz --query industry-owners --param industry=智能家电` showed neither the industry nor its name
    monkeypatch.setattr(viz, "load_property_graph", lambda d: pg)
    monkeypatch.setattr(viz, "_query_rows", lambda d, n, p: [{"unit": fx.TALENT}])
    info = viz.render_from_build(
        tmp_path, tmp_path / "q.html", query="industry-owners", params=["industry=智能家電"]
    )
    assert info.title == "Query industry-owners: industry=智能家電"
    data = _data(info.path.read_text(encoding="utf-8"))
    assert {fx.APPL, fx.TALENT} <= {n["id"] for n in data["nodes"]}


def test_legend_names_every_class_of_the_samples(tmp_path: Path) -> None:
    """Regression (issue 14): the whole-graph legend of the samples listed "Other 其他" twice for nodes and
    five times for edges (the national industry classes and their links had no style)."""
    from policykg import pipeline
    from policykg.graph.views.style import Styler

    pipeline.build(
        [Path(__file__).parents[3] / "samples"], tmp_path, load_store=False, force=True, progress=False
    )
    pg = viz.load_property_graph(tmp_path)
    styler = Styler(pg, viz_views.whole_view(pg))
    nodes, edges = styler.nodes(), styler.edges()
    names = [row["name"] for row in styler.legend(nodes, edges)]
    assert not [n for n in names if n.lower().startswith("other")], names
    assert len(names) == len(set(names))


def test_a_long_outline_is_laid_out_for_readable_labels_not_to_fit_the_window() -> None:
    """Regression (issue 14, fourth walk): the document view of samples/003 (151 nodes) was laid out to fit the
    whole outline in 1400×900, which drew its labels at 6 px. A chart that fits only below the readable scale
    is laid out as wide as the window at that scale (it then scrolls down), and a small one still fits whole."""
    from policykg.graph.views import layouts as lay

    def size(groups: list[lay.Group], rows: int) -> tuple[float, float]:
        return lay._block_size(groups, widths, rows, lay.COL_GAP)

    widths = {f"n{i}": 180.0 for i in range(200)}
    long_outline = [lay.Group("", [(f"n{i}", 0) for i in range(150)])]
    (rows,) = lay._fit_rows([(long_outline, lay.COL_GAP)], widths, lay.SIDE_GAP)
    width, height = size(long_outline, rows)
    assert width * lay.READABLE_SCALE <= lay.CANVAS[0]
    assert height * lay.READABLE_SCALE > lay.CANVAS[1]  # too long for one screen: it scrolls
    wider, _ = size(long_outline, rows - 1)
    assert wider * lay.READABLE_SCALE > 0.96 * lay.CANVAS[0]  # and no shorter chart would fit the width
    short = [lay.Group("", [(f"n{i}", 0) for i in range(12)])]
    (rows,) = lay._fit_rows([(short, lay.COL_GAP)], widths, lay.SIDE_GAP)
    width, height = size(short, rows)
    scale = min(lay.CANVAS[0] / width, lay.CANVAS[1] / height)
    assert scale >= lay.READABLE_SCALE  # fits whole, at least as large as readable
