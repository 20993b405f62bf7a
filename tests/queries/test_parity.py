"""Every named query gives identical rows on the embedded store and over Bolt (official neo4j driver)."""

from __future__ import annotations

from typing import Any

import pytest

from policykg.queries import library as L

pytestmark = pytest.mark.integration

# Parameters that make each query return rows on the fixture graph (a query with no rows proves little).
PARAMS: dict[str, dict[str, Any]] = {
    "industry-owners": {"industry": "人工智慧"},
    "industry-documents": {"industry": "智能家電"},
    "class-owners": {"industry": "積體電路", "level": "大类"},
    "unit-profile": {"unit": "人才開發處"},
    "system-coverage": {"system": "10+1"},
    "dependencies": {"node": "青人社字〔2025〕9号", "depth": 3},
    "path": {"source": "人才开发处", "target": "食品饮料"},
    "search": {"text": "人才"},
    "targets": {"keyword": "人才"},
}


@pytest.mark.parametrize("name", sorted(L.load_library()))
def test_same_rows_on_both_stores(kg_store: Any, kg_bolt: Any, name: str) -> None:
    params = PARAMS.get(name, {})
    embedded = L.run_named(kg_store, name, params, evidence=True)
    bolt = L.run_named(kg_bolt, name, params, evidence=True)
    assert embedded.rows, f"{name} returns no rows on the fixture graph"
    assert embedded.rows == bolt.rows
    assert embedded.columns == bolt.columns


@pytest.mark.parametrize("name", [n for n, q in sorted(L.load_library().items()) if q.page_key])
def test_same_pages_on_both_stores(kg_store: Any, kg_bolt: Any, name: str) -> None:
    """Page by page (one row each), both stores give the same rows and the same next-page keys."""
    params = {k: v for k, v in PARAMS.get(name, {}).items() if k != "limit"}
    pages: dict[str, list[tuple[list[dict[str, Any]], str | None]]] = {}
    for label, store in (("embedded", kg_store), ("bolt", kg_bolt)):
        after: str | None = None
        seen = pages[label] = []
        while True:
            page = L.run_named(store, name, {**params, "limit": 1, "after": after})
            seen.append((page.rows, page.next_after))
            if page.next_after is None:
                break
            after = page.next_after
    assert len(pages["embedded"]) > 1, f"{name}: one page only, the walk proves little"
    assert pages["embedded"] == pages["bolt"]
