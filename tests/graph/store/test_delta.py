"""graph.delta: the element difference between old and new parts of a graph (pure, on inline N-Triples)."""

from __future__ import annotations

import pytest

from policykg.errors import GraphBuildError
from policykg.graph.store.delta import Elements, diff_elements, elements_of, graph_delta

ID = "https://w3id.org/policykg/id/"
PKG = "https://w3id.org/policykg#"
TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
PREF = "http://www.w3.org/2004/02/skos/core#prefLabel"
ALT = "http://www.w3.org/2004/02/skos/core#altLabel"
TITLE = "http://purl.org/dc/terms/title"


def _t(s: str, p: str, o: str) -> str:
    return f"<{ID}{s}> <{p}> {o} .\n"


def _unit(key: str, name: str, *alts: str) -> str:
    lines = _t(f"unit/{key}", TYPE, f"<{PKG}Unit>") + _t(f"unit/{key}", PREF, f'"{name}"@zh-Hans')
    return lines + "".join(_t(f"unit/{key}", ALT, f'"{a}"@zh-Hans') for a in alts)


def _doc(doc: str, title: str, *units: str, cites: tuple[str, ...] = ()) -> str:
    text = _t(f"doc/{doc}", TYPE, f"<{PKG}PolicyDocument>") + _t(f"doc/{doc}", TITLE, f'"{title}"@zh-Hans')
    text += _t(f"doc/{doc}/measure/1", TYPE, f"<{PKG}Measure>")
    text += _t(f"doc/{doc}/measure/1", PKG + "inDocument", f"<{ID}doc/{doc}>")
    for u in units:
        text += _t(f"doc/{doc}/measure/1", PKG + "responsibleUnit", f"<{ID}unit/{u}>")
    for c in cites:
        text += _t(f"doc/{doc}", PKG + "cites", f"<{ID}doc/{c}>")
    return text


def test_elements_of_reads_nodes_properties_and_relationships() -> None:
    els = elements_of([_unit("a", "市发展改革委", "发改委"), _doc("d1", "方案", "a")])
    labels, props = els.nodes[f"{ID}unit/a"]
    assert labels == ("Unit",)
    assert props["prefLabel"] == "市发展改革委" and props["altLabel"] == ["发改委"]
    assert props["iri"] == f"{ID}unit/a"
    assert (f"{ID}doc/d1/measure/1", "RESPONSIBLE_UNIT", f"{ID}unit/a") in els.rels
    assert (f"{ID}doc/d1/measure/1", "IN_DOCUMENT", f"{ID}doc/d1") in els.rels
    assert f"{ID}unit/a" not in {i for i in els.nodes if i.startswith(f"{ID}doc/")}


def test_a_node_described_by_two_texts_gets_the_union() -> None:
    els = elements_of([_unit("a", "甲"), _t("unit/a", ALT, '"乙"@zh-Hans')])
    assert els.nodes[f"{ID}unit/a"][1]["altLabel"] == ["乙"]
    assert els.nodes[f"{ID}unit/a"][1]["prefLabel"] == "甲"


def test_an_unreadable_line_names_its_text_and_line() -> None:
    with pytest.raises(GraphBuildError, match="old graph part 1:3"):
        graph_delta([_unit("a", "甲") + "garbage\n"], [])


def test_identical_sides_give_an_empty_delta() -> None:
    text = _unit("a", "甲") + _doc("d1", "方案", "a")
    delta = graph_delta([text], [text.encode("utf-8")])
    assert delta.empty and delta.size == 0


def test_changed_properties_become_one_update_with_every_property() -> None:
    delta = graph_delta([_unit("a", "甲")], [_unit("a", "甲", "乙")])
    assert delta.create == [] and delta.delete == []
    assert delta.update == [(f"{ID}unit/a", {"iri": f"{ID}unit/a", "prefLabel": "甲", "altLabel": ["乙"]})]


def test_added_and_removed_documents_create_and_delete_their_nodes_and_links() -> None:
    shared = _unit("a", "甲") + _unit("b", "乙")
    old = [shared, _doc("d1", "一", "a")]
    new = [shared, _doc("d2", "二", "b", cites=("d9",))]
    delta = graph_delta(old, new)
    assert sorted(delta.delete) == [f"{ID}doc/d1", f"{ID}doc/d1/measure/1"]
    assert sorted(props["iri"] for _, props in delta.create) == [f"{ID}doc/d2", f"{ID}doc/d2/measure/1"]
    assert (f"{ID}doc/d2/measure/1", "RESPONSIBLE_UNIT", f"{ID}unit/b") in delta.create_rels
    assert (f"{ID}doc/d2", "CITES", f"{ID}doc/d9") in delta.create_rels
    # the old document's relationships go with its nodes: no separate deletion
    assert delta.delete_rels == []
    # shared units are described identically on both sides: untouched
    assert not [i for i, _ in delta.update if "/unit/" in i]
    assert not [i for i in delta.delete if "/unit/" in i]


def test_a_relationship_dropped_between_surviving_nodes_is_deleted() -> None:
    shared = _unit("a", "甲") + _unit("b", "乙")
    delta = graph_delta([shared, _doc("d1", "一", "a", "b")], [shared, _doc("d1", "一", "a")])
    assert delta.delete_rels == [(f"{ID}doc/d1/measure/1", "RESPONSIBLE_UNIT", f"{ID}unit/b")]
    assert delta.create_rels == [] and delta.delete == [] and delta.update == []


def test_a_shared_unit_is_kept_while_the_new_shared_block_still_describes_it() -> None:
    # d1 stops naming unit a, but another (untouched) document still does: the shared block keeps it
    shared = _unit("a", "甲") + _unit("b", "乙")
    delta = graph_delta([shared, _doc("d1", "一", "a")], [shared, _doc("d1", "一", "b")])
    assert delta.delete == []
    assert delta.delete_rels == [(f"{ID}doc/d1/measure/1", "RESPONSIBLE_UNIT", f"{ID}unit/a")]
    assert delta.create_rels == [(f"{ID}doc/d1/measure/1", "RESPONSIBLE_UNIT", f"{ID}unit/b")]


def test_a_node_whose_class_changes_is_marked_relabelled() -> None:
    old = _t("unit/a", TYPE, f"<{PKG}Unit>")
    new = _t("unit/a", TYPE, f"<{PKG}Industry>")
    delta = diff_elements(elements_of([old]), elements_of([new]))
    assert delta.relabelled == [f"{ID}unit/a"]
    assert delta.delete == [f"{ID}unit/a"] and [labels for labels, _ in delta.create] == [("Industry",)]


def test_diff_of_empty_elements_is_empty() -> None:
    assert diff_elements(Elements(), Elements()).empty
