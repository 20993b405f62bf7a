"""Benchmark the HTML views: generation time and page size for 100 / 1,000 / 5,000 nodes, and the time until
the network is stable in headless Chromium (``stabilizationIterationsDone``, then physics off).

    .venv/bin/python bench/bench_viz.py --sizes 100 1000 5000 [--no-browser] [--json out.json]

The property graph is synthetic but shaped like real builds: per document ~2 sections, ~6 measures, a target
per 3 measures; measures point at 1-3 of a shared pool of units (one lead) and 0-2 industries; a few systems
with categories. The browser time is read from the page itself (``window.pkgStable.ms``: from the first line of
the page's script to physics off), so it excludes Chromium start-up.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import networkx as nx

BASE = "https://w3id.org/policykg/id/"


def synthetic_graph(n_nodes: int, seed: int = 7) -> nx.MultiDiGraph:
    """A property graph of about ``n_nodes`` nodes in the documented shape."""
    rng = random.Random(seed)
    pg = nx.MultiDiGraph()

    def node(kind: str, key: str, cls: str, **props: Any) -> str:
        iri = f"{BASE}{kind}/{key}"
        pg.add_node(iri, labels=(cls,), props={"iri": iri, **props})
        return iri

    def rel(u: str, v: str, t: str) -> None:
        pg.add_edge(u, v, key=t, type=t)

    n_units = max(5, n_nodes // 25)
    n_ind = max(5, n_nodes // 40)
    units = [
        node("unit", str(i), "Unit", prefLabel=f"青岛市第{i}局", altLabel=[f"市{i}局"])
        for i in range(n_units)
    ]
    for i in range(n_units // 3, n_units):
        if rng.random() < 0.4:
            rel(units[i], units[rng.randrange(0, n_units // 3)], "SUB_ORGANIZATION_OF")
    inds = [node("industry", str(i), "Industry", prefLabel=f"产业{i}") for i in range(n_ind)]
    systems = []
    for s in range(max(1, n_ind // 8)):
        sys_iri = node("system", str(s), "IndustrySystem", label=f"“{s}+1”产业体系", code=f"{s}+1")
        systems.append(sys_iri)
        for c in range(2):
            cat = node("category", f"{s}-{c}", "IndustryCategory", label=f"类别{s}-{c}")
            rel(sys_iri, cat, "HAS_CATEGORY")
            for i in rng.sample(inds, min(3, len(inds))):
                rel(cat, i, "HAS_MEMBER")
    d = 0
    while pg.number_of_nodes() < n_nodes:
        doc = node("doc", str(d), "PolicyDocument", title=f"关于第{d}号实施方案的通知", sourceFile=f"{d}.txt")
        rel(doc, rng.choice(units), "ISSUED_BY")
        for s in range(2):
            sec = node(
                "section",
                f"{d}-{s}",
                "Section",
                number="一二"[s],
                title=f"主要举措{s}",
                text=f"{'一二'[s]}、主要举措",
            )
            rel(doc, sec, "HAS_SECTION")
            rel(sec, doc, "IN_DOCUMENT")
            for m in range(3):
                text = f"{m + 1}.实施第{d}-{s}-{m}项计划。聚焦重点产业,开展服务。(责任单位:市{m}局)"
                mea = node(
                    "measure",
                    f"{d}-{s}-{m}",
                    "Measure",
                    number=str(m + 1),
                    ordinal=3 * s + m + 1,
                    label=f"实施第{d}-{s}-{m}项计划",
                    text=text,
                    charStart=0,
                    charEnd=len(text),
                )
                rel(sec, mea, "HAS_MEASURE")
                rel(mea, doc, "IN_DOCUMENT")
                owners = rng.sample(units, rng.randint(1, 3))
                for u in owners:
                    rel(mea, u, "RESPONSIBLE_UNIT")
                rel(mea, owners[0], "LEAD_UNIT")
                for i in rng.sample(inds, rng.randint(0, 2)):
                    rel(mea, i, "CONCERNS_INDUSTRY")
                if systems and rng.random() < 0.15:
                    rel(mea, rng.choice(systems), "CONCERNS_SYSTEM")
                if m == 0:
                    t = node(
                        "target",
                        f"{d}-{s}",
                        "Target",
                        indicator="新增就业",
                        value=1000,
                        unitOfMeasure="人",
                        comparator=">=",
                        sourceText="新增就业1000人以上",
                    )
                    rel(mea, t, "HAS_TARGET")
                    rel(t, doc, "IN_DOCUMENT")
        d += 1
    return pg


def chromium_stable_ms(path: Path) -> int | None:
    if not Path("/usr/bin/chromium").exists() or not Path("/usr/bin/chromedriver").exists():
        return None
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="policykg-bench-")
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for arg in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1400,900",
        f"--user-data-dir={profile}",
    ):
        options.add_argument(arg)
    drv = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    try:
        drv.get(path.resolve().as_uri())
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline:
            stable = drv.execute_script("return window.pkgStable")
            if stable:
                return int(stable["ms"])
            time.sleep(0.05)
        return None
    finally:
        drv.quit()
        shutil.rmtree(profile, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    from policykg.graph.views import viz

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 5000])
    ap.add_argument("--no-browser", action="store_true", help="Skip the Chromium measurement.")
    ap.add_argument("--json", type=Path, help="Also write the results here.")
    args = ap.parse_args(argv)
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            pg = synthetic_graph(n)
            out = Path(tmp) / f"view-{n}.html"
            started = time.perf_counter()
            info = viz.render(pg, out, max_nodes=max(n, 1000))
            gen = time.perf_counter() - started
            stable = None if args.no_browser else chromium_stable_ms(out)
            row = {
                "nodes": info.nodes,
                "edges": info.edges,
                "generate_s": round(gen, 3),
                "page_kib": round(info.bytes / 1024),
                "stable_ms": stable,
            }
            results.append(row)
            print(
                f"{info.nodes:>6} nodes {info.edges:>6} edges  generate {gen:6.2f} s  page {info.bytes / 1024:8.0f} KiB  "
                f"stable in Chromium {'-' if stable is None else f'{stable / 1000:.2f} s'}"
            )
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
