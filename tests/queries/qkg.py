"""A small hand-made policy graph in the Neo4j mapping, loaded with parameterised Cypher into real stores.

The facts below are written by hand; the tests compare query answers with what these facts imply
(worked out by a person, see the expectations in test_queries.py), never with a query's own output.

Documents: D1 (青岛, cites D2) with measures M1, M2 and a document-level target; D2 known only by title;
D3 (烟台) with measure M3 written in Traditional script.
Units: 青岛市人力资源和社会保障局 (HR) with divisions 就业处 (JY) and 人才开发处 (RC); 青岛市工业和信息化局 (GX);
烟台市就业处 (YJ, a second 就业处: names must be ambiguous); 烟台市科学技术局 (YT).
System "10+1": category 新一代信息技术 {人工智能, 集成电路}; direct members 智能家电, 高端化工, 食品饮料.
System "5+5+7": members 智能家电, 食品饮料.
M1 (D1 "1"): responsible JY (lead), RC; concerns 人工智能 and the whole "10+1"; target 新增高技能人才 >= 20000 人 2025.
M2 (D1 "2"): responsible GX (lead), RC; concerns 人工智能, 集成电路; target 引进博士 >= 500 人 2026.
M3 (D3 "(一)"): responsible YT, YJ, no lead; concerns 智能家电 and "5+5+7"; target 培育企業 >= 50 家 2025.
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from policykg.loaders.normalize import fold, name_key

B = "https://w3id.org/policykg/id/"


def iri(kind: str, key: str) -> str:
    return f"{B}{kind}/{key}"


D1, D2, D3 = iri("doc", "d1"), iri("doc", "d2"), iri("doc", "d3")
S1, S1A, S3 = iri("section", "d1-2"), iri("section", "d1-2-1"), iri("section", "d3-1")
M1, M2, M3 = iri("measure", "d1-1"), iri("measure", "d1-2"), iri("measure", "d3-1")
T0, T1, T2, T3 = iri("target", "d1-0"), iri("target", "d1-1"), iri("target", "d1-2"), iri("target", "d3-1")
HR, JY, RC, GX, YJ, YT = (
    iri("unit", k) for k in ("qd-hr", "qd-hr-jy", "qd-hr-rc", "qd-gx", "yt-jy", "yt-kj")
)
AI, IC, JD, HG, SP = (iri("industry", k) for k in ("ai", "ic", "jd", "hg", "sp"))
SYS, SYS2, CAT = iri("system", "qd-10-1"), iri("system", "yt-5-5-7"), iri("category", "qd-10-1-it")
QD, YTR = iri("region", "qd"), iri("region", "yt")
PH = iri("phase", "d1-1")

M1_TEXT = "1.实施就业服务保障计划。聚焦“10+1”创新型产业体系,围绕人工智能开展招聘活动,新增高技能人才2万人以上。(责任单位:就业处牵头,人才开发处)"
M2_TEXT = "2.加快集聚产业人才。面向人工智能、集成电路产业引进博士500人以上。(责任单位:市工业和信息化局牵头,人才开发处)"
M3_TEXT = (
    "(一)支持智能家電產業。對“5+5+7”產業體系中的企業,2025年培育企業50家以上。(責任單位:市科技局、市就業處)"
)


def _keys(*labels: str) -> str:
    out: list[str] = []
    for label in labels:
        k = name_key(label)
        if k and k not in out:
            out.append(k)
    return "|".join(out)


def _unit(i: str, pref: str, *alts: str) -> tuple[str, dict[str, Any]]:
    return "Unit", {"iri": i, "prefLabel": pref, "altLabel": sorted(alts), "matchKey": _keys(pref, *alts)}


def _industry(i: str, pref: str, *alts: str) -> tuple[str, dict[str, Any]]:
    return "Industry", {"iri": i, "prefLabel": pref, "altLabel": sorted(alts), "matchKey": _keys(pref, *alts)}


def _classed(node: tuple[str, dict[str, Any]], *paths: str) -> tuple[str, dict[str, Any]]:
    """An industry with its national class paths (pkg:classPath: scheme|level|code|name)."""
    return node[0], {**node[1], "classPath": list(paths)}


def _measure(i: str, number: str, ordinal: int, text: str, start: int) -> tuple[str, dict[str, Any]]:
    label = text.split("。")[0]
    return "Measure", {
        "iri": i,
        "number": number,
        "ordinal": ordinal,
        "label": label,
        "text": text,
        "charStart": start,
        "charEnd": start + len(text),
        "searchText": fold(text),
    }


def _target(
    i: str,
    value: float,
    unit: str,
    indicator: str,
    year: int | None,
    source: str,
    start: int,
    deadline: str | None = None,
) -> tuple[str, dict[str, Any]]:
    props: dict[str, Any] = {
        "iri": i,
        "value": value,
        "unitOfMeasure": unit,
        "comparator": ">=",
        "indicator": indicator,
        "sourceText": source,
        "charStart": start,
        "charEnd": start + len(source),
    }
    if year is not None:
        props["year"] = year
    if deadline is not None:
        props["deadline"] = deadline
    return "Target", props


NODES: list[tuple[str, dict[str, Any]]] = [
    (
        "PolicyDocument",
        {
            "iri": D1,
            "title": "关于强化人才引领支撑赋能创新型产业体系建设实施方案",
            "issued": "2025-04-07",
            "docNumber": "青人社字〔2025〕9号",
            "sourceFile": "a.txt",
        },
    ),
    (
        "PolicyDocument",
        {"iri": D2, "title": "关于构建创新型产业体系加快发展新质生产力的实施方案(2025—2027年)"},
    ),
    (
        "PolicyDocument",
        {"iri": D3, "title": "煙臺市支持產業發展若干措施", "issued": "2024-05-01", "sourceFile": "b.txt"},
    ),
    ("Section", {"iri": S1, "number": "二", "text": "二、主要举措", "charStart": 100, "charEnd": 400}),
    (
        "Section",
        {"iri": S1A, "number": "(一)", "text": "(一)实施企业人才保障行动", "charStart": 107, "charEnd": 400},
    ),
    ("Section", {"iri": S3, "number": "一", "text": "一、產業支持", "charStart": 50, "charEnd": 200}),
    _measure(M1, "1", 1, M1_TEXT, 120),
    _measure(M2, "2", 2, M2_TEXT, 240),
    _measure(M3, "(一)", 1, M3_TEXT, 60),
    _target(T0, 150000.0, "人", "青年人才", 2025, "全年引聚青年人才达到15万人以上", 80),
    _target(T1, 20000.0, "人", "新增高技能人才", 2025, "新增高技能人才2万人以上", 170, deadline="2025-12-31"),
    _target(T2, 500.0, "人", "引进博士", 2026, "面向人工智能、集成电路产业引进博士500人以上", 260),
    _target(T3, 50.0, "家", "培育企業", 2025, "2025年培育企業50家以上", 90),
    _unit(HR, "青岛市人力资源和社会保障局", "市人力资源社会保障局", "青島市人力資源和社會保障局"),
    _unit(JY, "就业处", "就業處"),
    _unit(RC, "人才开发处", "人才開發處"),
    _unit(GX, "青岛市工业和信息化局", "市工业和信息化局"),
    _unit(YJ, "就业处", "市就業處", "市就业处"),
    _unit(YT, "烟台市科学技术局", "市科技局", "市科技局"),
    _classed(
        _industry(AI, "人工智能", "人工智慧"),
        "GB/T4754-2017|门类|I|信息传输、软件和信息技术服务业",
        "GB/T4754-2017|大类|65|软件和信息技术服务业",
    ),
    _classed(
        _industry(IC, "集成电路", "積體電路"),
        "GB/T4754-2017|门类|C|制造业",
        "GB/T4754-2017|大类|39|计算机、通信和其他电子设备制造业",
        "GB/T4754-2017|中类|397|电子器件制造",
        "GB/T4754-2017|小类|3973|集成电路制造",
        "GB/T4754-2017|门类|I|信息传输、软件和信息技术服务业",
        "GB/T4754-2017|大类|65|软件和信息技术服务业",
    ),
    _industry(JD, "智能家电", "智能家電"),
    _industry(HG, "高端化工"),
    _industry(SP, "食品饮料"),
    (
        "IndustrySystem",
        {
            "iri": SYS,
            "label": "“10+1”创新型产业体系",
            "code": "10+1",
            "matchKey": _keys("“10+1”创新型产业体系", "10+1"),
        },
    ),
    (
        "IndustrySystem",
        {
            "iri": SYS2,
            "label": "“5+5+7”产业体系",
            "code": "5+5+7",
            "matchKey": _keys("“5+5+7”产业体系", "5+5+7"),
        },
    ),
    ("IndustryCategory", {"iri": CAT, "label": "新一代信息技术", "matchKey": _keys("新一代信息技术")}),
    ("Region", {"iri": QD, "label": "青岛市"}),
    ("Region", {"iri": YTR, "label": "烟台市"}),
    ("Phase", {"iri": PH, "label": "动员部署", "start": "2025-04", "end": "2025-05"}),
]

EDGES: list[tuple[str, str, str]] = [
    (D1, "HAS_SECTION", S1),
    (S1, "HAS_SECTION", S1A),
    (S1A, "HAS_MEASURE", M1),
    (S1A, "HAS_MEASURE", M2),
    (D3, "HAS_SECTION", S3),
    (S3, "HAS_MEASURE", M3),
    (S1, "IN_DOCUMENT", D1),
    (S1A, "IN_DOCUMENT", D1),
    (S3, "IN_DOCUMENT", D3),
    (M1, "IN_DOCUMENT", D1),
    (M2, "IN_DOCUMENT", D1),
    (M3, "IN_DOCUMENT", D3),
    (D1, "CITES", D2),
    (D1, "ISSUED_BY", HR),
    (D1, "REGION", QD),
    (D3, "ISSUED_BY", YT),
    (D3, "REGION", YTR),
    (D1, "HAS_PHASE", PH),
    (PH, "IN_DOCUMENT", D1),
    (M1, "RESPONSIBLE_UNIT", JY),
    (M1, "LEAD_UNIT", JY),
    (M1, "RESPONSIBLE_UNIT", RC),
    (M2, "RESPONSIBLE_UNIT", GX),
    (M2, "LEAD_UNIT", GX),
    (M2, "RESPONSIBLE_UNIT", RC),
    (M3, "RESPONSIBLE_UNIT", YT),
    (M3, "RESPONSIBLE_UNIT", YJ),
    (JY, "SUB_ORGANIZATION_OF", HR),
    (RC, "SUB_ORGANIZATION_OF", HR),
    (HR, "REGION", QD),
    (YJ, "REGION", YTR),
    (M1, "CONCERNS_INDUSTRY", AI),
    (M1, "CONCERNS_SYSTEM", SYS),
    (M2, "CONCERNS_INDUSTRY", AI),
    (M2, "CONCERNS_INDUSTRY", IC),
    (M3, "CONCERNS_INDUSTRY", JD),
    (M3, "CONCERNS_SYSTEM", SYS2),
    (
        D3,
        "ABOUT_INDUSTRY",
        JD,
    ),  # what D3 as a whole is about (its title: 支持產業發展, its 产业体系 paragraph)
    (SYS, "HAS_CATEGORY", CAT),
    (CAT, "HAS_MEMBER", AI),
    (CAT, "HAS_MEMBER", IC),
    (SYS, "HAS_MEMBER", JD),
    (SYS, "HAS_MEMBER", HG),
    (SYS, "HAS_MEMBER", SP),
    (SYS2, "HAS_MEMBER", JD),
    (SYS2, "HAS_MEMBER", SP),
    (D1, "HAS_TARGET", T0),
    (M1, "HAS_TARGET", T1),
    (M2, "HAS_TARGET", T2),
    (M3, "HAS_TARGET", T3),
    (T0, "IN_DOCUMENT", D1),
    (T1, "IN_DOCUMENT", D1),
    (T2, "IN_DOCUMENT", D1),
    (T3, "IN_DOCUMENT", D3),
]

# The derived summaries a build adds (policykg.graph.rdf.summaries), worked out by hand from the facts above.
# Unit: (measures, lead measures, targets, documents).
UNIT_COUNTS = {
    JY: (1, 1, 1, 1),
    RC: (2, 0, 2, 1),
    GX: (1, 1, 1, 1),
    YT: (1, 0, 1, 1),
    YJ: (1, 0, 1, 1),
    HR: (0, 0, 0, 0),
}
# Unit: its first measures in document order (pkg:evidenceIri; at most ten).
UNIT_EXAMPLES = {JY: [M1], RC: [M1, M2], GX: [M2], YT: [M3], YJ: [M3], HR: []}
# Industry: (measures naming it, owners, targets, measures targeting a system it is in), example measures.
INDUSTRY_COUNTS = {
    AI: ((2, 3, 2, 1), [M1, M2]),  # "10+1" reaches 人工智能 through its category
    IC: ((1, 2, 1, 1), [M2]),
    JD: ((1, 2, 1, 2), [M3]),  # in "10+1" (M1) and "5+5+7" (M3)
    HG: ((0, 0, 0, 1), []),
    SP: ((0, 0, 0, 2), []),
}
# Coordination: the two units, shared measures, shared documents, example measures.
COORDINATIONS = [(JY, RC, 1, 1, [M1]), (GX, RC, 1, 1, [M2]), (YJ, YT, 1, 1, [M3])]
_TEN = [JD, HG, SP, AI, IC]  # what "10+1" reaches: its members and its category's
# Ownership: unit, industry, system (None = direct), measures, lead measures, documents.
OWNERSHIPS = [
    (JY, AI, None, [M1], 1, [D1]),
    (RC, AI, None, [M1, M2], 0, [D1]),
    (GX, AI, None, [M2], 1, [D1]),
    (GX, IC, None, [M2], 1, [D1]),
    (RC, IC, None, [M2], 0, [D1]),
    (YT, JD, None, [M3], 0, [D3]),
    (YJ, JD, None, [M3], 0, [D3]),
    *[(JY, i, SYS, [M1], 1, [D1]) for i in _TEN],
    *[(RC, i, SYS, [M1], 0, [D1]) for i in _TEN],
    *[(u, i, SYS2, [M3], 0, [D3]) for u in (YT, YJ) for i in (JD, SP)],
]
_CODE = {SYS: "10+1", SYS2: "5+5+7"}
# Document: industries its measures name, those reached only through a system, the systems' codes.
DOCUMENT_REACH = {
    D1: {
        "directIndustry": ["人工智能", "集成电路"],
        "systemIndustry": ["智能家电", "食品饮料", "高端化工"],
        "reachedSystem": ["10+1"],
    },
    D3: {"directIndustry": ["智能家电"], "systemIndustry": ["食品饮料"], "reachedSystem": ["5+5+7"]},
}


def _lookup(d: dict[str, Any]) -> str:
    """A built document's ``documentLookup``: title, number and file name, one per line, ``name_key``-ed."""
    return "\n".join(name_key(x) for x in (d.get("title"), d.get("docNumber"), d.get("sourceFile")) if x)


def _summaries() -> None:
    by_iri = {props["iri"]: props for _, props in NODES}
    for label, props in NODES:
        if label == "PolicyDocument" and "sourceFile" in props:
            props["documentLookup"] = _lookup(props)

    def names(role: str, node: str) -> dict[str, Any]:  # the copies of a unit's or industry's names
        p = by_iri[node]
        return {f"{role}Name": p["prefLabel"], f"{role}Key": p["matchKey"], f"{role}Iri": node}

    for _label, props in NODES:
        if props["iri"] in UNIT_COUNTS:
            props["measureCount"], props["leadMeasureCount"], props["targetCount"], props["documentCount"] = (
                UNIT_COUNTS[props["iri"]]
            )
            if UNIT_EXAMPLES[props["iri"]]:
                props["evidenceIri"] = UNIT_EXAMPLES[props["iri"]]
        if props["iri"] in INDUSTRY_COUNTS:
            (m, o, t, v), examples = INDUSTRY_COUNTS[props["iri"]]
            props.update(measureCount=m, ownerCount=o, targetCount=t, viaSystemMeasureCount=v)
            props["evidenceIri"] = sorted(examples)
    for doc, reach in DOCUMENT_REACH.items():
        d = by_iri[doc]
        r = f"{doc}/reach"
        lookup = _lookup(d)
        NODES.append(
            (
                "IndustryReach",
                {
                    "iri": r,
                    "documentName": d.get("title") or d["sourceFile"],
                    "documentLookup": lookup,
                    "documentIri": doc,
                    **reach,
                },
            )
        )
        EDGES.append((r, "REACH_OF", doc))
    for n, (a, b, shared, docs, examples) in enumerate(COORDINATIONS):
        c = iri("coordination", str(n))
        NODES.append(
            (
                "Coordination",
                {
                    "iri": c,
                    "sharedMeasures": shared,
                    "sharedDocuments": docs,
                    "evidenceIri": sorted(examples),
                    **names("unitA", a),
                    **names("unitB", b),
                },
            )
        )
        EDGES.extend([(c, "COORDINATES", a), (c, "COORDINATES", b)])
    for n, (u, i, system, measures, lead, docs) in enumerate(OWNERSHIPS):
        o = iri("ownership", str(n))
        via = f"system:{_CODE[system]}" if system else "direct"
        NODES.append(
            (
                "Ownership",
                {
                    "iri": o,
                    "via": via,
                    "measureCount": len(measures),
                    "leadMeasureCount": lead,
                    "documentCount": len(docs),
                    "evidenceIri": sorted(measures),
                    "documentTitle": sorted(by_iri[d]["title"] for d in docs),
                    **names("unit", u),
                    **names("industry", i),
                    **({"systemIri": system} if system else {}),
                },
            )
        )
        EDGES.extend([(o, "OWNER_UNIT", u), (o, "OWNED_INDUSTRY", i)])
        if system:
            EDGES.append((o, "VIA_SYSTEM", system))


_summaries()

# Labels and types come from the fixed lists above, never from input: these texts are the fixture's own.
_LABELS = sorted({label for label, _ in NODES})
_TYPES = sorted({t for _, t, _ in EDGES})


def load_fixture(run: Callable[..., Any]) -> None:
    """Write NODES and EDGES with ``run(cypher, params, write=True)`` (any GraphStore)."""
    label_of = {props["iri"]: label for label, props in NODES}
    for label in _LABELS:
        rows = [props for lab, props in NODES if lab == label]
        run(f"UNWIND $rows AS row CREATE (n:{label}) SET n = row", {"rows": rows}, write=True)
    by_shape: dict[tuple[str, str, str], list[dict[str, str]]] = {}
    for s, t, o in EDGES:
        by_shape.setdefault((label_of[s], t, label_of[o]), []).append({"s": s, "o": o})
    for (ls, t, lo), rows in sorted(by_shape.items()):
        run(
            f"UNWIND $rows AS row MATCH (a:{ls} {{iri: row.s}}), (b:{lo} {{iri: row.o}}) CREATE (a)-[:{t}]->(b)",
            {"rows": rows},
            write=True,
        )


class RawArcade:
    """A GraphStore over arcadedb_embedded directly, used only while graph/store/embedded.py is not there."""

    def __init__(self, path: Path) -> None:
        import arcadedb_embedded

        self.db = arcadedb_embedded.create_database(str(path))

    def run(self, cypher: str, params: Any = None, *, write: bool = False) -> list[dict[str, Any]]:
        if write:
            with self.db.transaction():
                rs = self.db.command("opencypher", cypher, dict(params or {}))
                return rs.to_list() if rs is not None else []
        return self.db.query("opencypher", cypher, dict(params or {})).to_list()

    def close(self) -> None:
        self.db.close()


def counts(store: Any) -> tuple[int, int]:
    n = store.run("MATCH (n) RETURN count(n) AS c")[0]["c"]
    r = store.run("MATCH ()-[r]->() RETURN count(r) AS c")[0]["c"]
    return int(n), int(r)


def _embedded(path: Path) -> Any:
    if importlib.util.find_spec("policykg.graph.store.embedded") is not None and not os.environ.get(
        "POLICYKG_RAW_ARCADE"
    ):
        from policykg.graph.store.embedded import EmbeddedStore

        return EmbeddedStore(path)
    return RawArcade(path)


# --------------------------------------------------------------------------- Bolt


class BoltStore:
    """A GraphStore over the official neo4j driver (read transactions unless ``write``), for the parity test."""

    def __init__(self, uri: str, user: str, password: str, database: str) -> None:
        import neo4j

        self.driver = neo4j.GraphDatabase.driver(uri, auth=(user, password))
        self.database = database

    def run(self, cypher: str, params: Any = None, *, write: bool = False) -> list[dict[str, Any]]:
        def work(tx: Any) -> list[dict[str, Any]]:
            return [r.data() for r in tx.run(cypher, dict(params or {}))]

        with self.driver.session(database=self.database) as s:
            return s.execute_write(work) if write else s.execute_read(work)

    def close(self) -> None:
        self.driver.close()


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])
