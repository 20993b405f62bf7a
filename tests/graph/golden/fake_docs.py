"""Hand-built ParsedDocument objects for the graph tests (no extractor involved).

Loaded by the tests with ``load_fakes()`` in each test module (tests run in importlib mode, so this is not an
importable package). Every span is computed from the text with ``str.index`` so it quotes what it says.

* ``doc_simplified()``: a Simplified notice with a level-1 section holding a section-level unit (就业处), a
  level-2 child section, a measure with a stated lead (职建处 first, 排第一位的为牵头单位), a target
  "2万人以上", an industry (人工智能) and a system ("10+1" with a category 先导产业), a phase, two citations.
* ``doc_traditional()``: a Traditional (Big5) plan whose title the Simplified one cites, with the same
  division written 職建處.
* ``doc_tiny()``: the one-measure document of the golden Turtle.
"""

from __future__ import annotations

from decimal import Decimal

from policykg.models import (
    CategoryInfo,
    DocMeta,
    IndustryInfo,
    IndustryRef,
    Measure,
    ParsedDocument,
    Phase,
    Section,
    SourceDocument,
    Span,
    SystemInfo,
    SystemRef,
    TargetInfo,
    UnitInfo,
    UnitRef,
)

BUREAU = "青岛市人力资源和社会保障局"
DIVISION = "青岛市人力资源和社会保障局/职业能力建设处"
CENTRE = "青岛市公共就业和人才服务中心"
JOBS = "青岛市人力资源和社会保障局/就业处"


def span_of(text: str, s: str, start: int = 0) -> Span:
    i = text.index(s, start)
    return Span(i, i + len(s))


def source(text: str, name: str, script: str = "Hans", encoding: str = "utf-8") -> SourceDocument:
    from pathlib import Path

    from policykg.loaders.normalize import match_text

    return SourceDocument(
        path=Path("in") / name,
        source_file=name,
        text=text,
        match=match_text(text),
        encoding=encoding,
        script=script,
        format="txt",
        sha256="0" * 64,
    )


def units() -> dict[str, UnitInfo]:
    return {
        BUREAU: UnitInfo(
            key=BUREAU, pref_label=BUREAU, region="青岛市", kind="body", source="units.toml#qd-hrss"
        ),
        DIVISION: UnitInfo(
            key=DIVISION,
            pref_label="职业能力建设处",
            alt_labels={"职建处"},
            parent=BUREAU,
            kind="division",
            source="units.toml#qd-hrss-zjc",
        ),
        CENTRE: UnitInfo(
            key=CENTRE, pref_label=CENTRE, alt_labels={"就业人才中心"}, kind="centre", source="units.toml"
        ),
        JOBS: UnitInfo(key=JOBS, pref_label="就业处", parent=BUREAU, kind="division", source="document"),
    }


def ref(text: str, surface: str, key: str, start: int = 0) -> UnitRef:
    return UnitRef(surface=surface, span=span_of(text, surface, start), key=key)


def doc_simplified() -> ParsedDocument:
    text = (
        "青岛市人力资源和社会保障局关于印发《青岛市技能人才工作方案》的通知\n"
        "青人社字〔2021〕94号\n"
        "各区、市人力资源社会保障局:\n"
        "现将《青岛市技能人才工作方案》印发给你们,请参照《山东省职业技能提升行动方案》执行。\n"
        "一、重点任务\n"
        "责任部门:就业处\n"
        "(一)技能培训\n"
        "1.开展职业技能培训。全年培训2万人以上。(责任单位:职建处、就业人才中心,排第一位的为牵头单位)\n"
        "2.支持“10+1”重点产业和人工智能产业发展。\n"
        "二、实施步骤\n"
        "动员部署(2021年11月至12月)。\n"
        "青岛市人力资源和社会保障局\n"
        "2021年11月22日\n"
    )
    s1 = span_of(text, "一、重点任务")
    s2 = span_of(text, "(一)技能培训")
    m1 = span_of(
        text, "1.开展职业技能培训。全年培训2万人以上。(责任单位:职建处、就业人才中心,排第一位的为牵头单位)"
    )
    m2 = span_of(text, "2.支持“10+1”重点产业和人工智能产业发展。")
    s3 = span_of(text, "二、实施步骤")
    ph = span_of(text, "动员部署(2021年11月至12月)。")
    target = TargetInfo(
        value=Decimal("2") * Decimal("10000"),
        unit="人",
        comparator=">=",
        span=span_of(text, "2万人以上"),
        clause=span_of(text, "全年培训2万人以上"),
        indicator="培训",
        year=2021,
        surface="2万人以上",
    )
    sections = [
        Section(
            number="一",
            level=1,
            title="重点任务",
            span=Span(s1.start, m2.end),
            heading=s1,
            responsible=[ref(text, "就业处", JOBS)],
        ),
        Section(number="(一)", level=2, title="技能培训", span=Span(s2.start, m2.end), heading=s2, parent=0),
        Section(number="二", level=1, title="实施步骤", span=Span(s3.start, ph.end), heading=s3),
    ]
    zjc = ref(text, "职建处", DIVISION, m1.start)
    measures = [
        Measure(
            number="1",
            ordinal=1,
            label="开展职业技能培训",
            text=m1.quote(text),
            span=m1,
            section_path=[0, 1],
            responsible=[zjc, ref(text, "就业人才中心", CENTRE, m1.start), ref(text, "就业处", JOBS)],
            lead=[zjc],
            targets=[target],
        ),
        Measure(
            number="2",
            ordinal=2,
            label="支持“10+1”重点产业和人工智能产业发展",
            text=m2.quote(text),
            span=m2,
            section_path=[0, 1],
            industries=[
                IndustryRef(key="人工智能", surface="人工智能", span=span_of(text, "人工智能", m2.start))
            ],
            systems=[SystemRef(key="青岛市/10+1", surface="“10+1”", span=span_of(text, "“10+1”", m2.start))],
        ),
    ]
    return ParsedDocument(
        source=source(text, "a.txt"),
        doc_id="a",
        meta=DocMeta(
            title="青岛市人力资源和社会保障局关于印发《青岛市技能人才工作方案》的通知",
            issuer=BUREAU,
            issued="2021-11-22",
            doc_number="青人社字〔2021〕94号",
            region="青岛市",
            addressees=["各区、市人力资源社会保障局"],
            year=2021,
            cites=["青岛市技能人才工作方案", "山东省职业技能提升行动方案"],
            lead_rule="排第一位的为牵头单位",
        ),
        sections=sections,
        measures=measures,
        units=units(),
        industries={
            "人工智能": IndustryInfo(key="人工智能", pref_label="人工智能", source="industries.toml"),
            "新一代信息技术": IndustryInfo(
                key="新一代信息技术", pref_label="新一代信息技术", source="industries.toml"
            ),
        },
        systems={
            "青岛市/10+1": SystemInfo(
                key="青岛市/10+1",
                label="“10+1”创新型产业体系",
                code="10+1",
                region="青岛市",
                categories=[
                    CategoryInfo(key="先导产业", label="先导产业", members=["新一代信息技术", "人工智能"])
                ],
                source="industry-systems.toml#qd-10+1",
            )
        },
        phases=[Phase(label="动员部署", start="2021-11", end="2021-12", span=ph)],
        problems=["a line starting ')' was repaired"],
    )


def doc_traditional() -> ParsedDocument:
    text = "青島市技能人才工作方案\n一、工作任務\n1.建立職業技能等級認定制度。(責任處室:職建處)\n"
    s1 = span_of(text, "一、工作任務")
    m1 = span_of(text, "1.建立職業技能等級認定制度。(責任處室:職建處)")
    return ParsedDocument(
        source=source(text, "b.txt", script="Hant", encoding="big5"),
        doc_id="b",
        meta=DocMeta(title="青島市技能人才工作方案", issuer=BUREAU, region="青島市"),
        sections=[Section(number="一", level=1, title="工作任務", span=Span(s1.start, m1.end), heading=s1)],
        measures=[
            Measure(
                number="1",
                ordinal=1,
                label="建立職業技能等級認定制度",
                text=m1.quote(text),
                span=m1,
                section_path=[0],
                responsible=[ref(text, "職建處", DIVISION)],
            )
        ],
        units={
            BUREAU: UnitInfo(key=BUREAU, pref_label=BUREAU, region="青岛市", kind="body"),
            DIVISION: UnitInfo(
                key=DIVISION,
                pref_label="职业能力建设处",
                alt_labels={"職建處"},
                parent=BUREAU,
                kind="division",
            ),
        },
    )


def doc_tiny() -> ParsedDocument:
    """The golden document: one section, one measure with a lead and a second unit, one target."""
    text = "一、促进就业\n1.新增城镇就业5.5万人左右。(就业处牵头,人才中心配合)\n"
    s1 = span_of(text, "一、促进就业")
    m1 = span_of(text, "1.新增城镇就业5.5万人左右。(就业处牵头,人才中心配合)")
    lead = ref(text, "就业处", "局/就业处")
    return ParsedDocument(
        source=source(text, "tiny.txt"),
        doc_id="tiny",
        meta=DocMeta(title="促进就业工作要点", issued="2023-01-11", year=2023),
        sections=[Section(number="一", level=1, title="促进就业", span=Span(s1.start, m1.end), heading=s1)],
        measures=[
            Measure(
                number="1",
                ordinal=1,
                label="新增城镇就业5.5万人左右",
                text=m1.quote(text),
                span=m1,
                section_path=[0],
                responsible=[lead, ref(text, "人才中心", "人才中心")],
                lead=[lead],
                targets=[
                    TargetInfo(
                        value=Decimal("5.5") * 10000,
                        unit="人",
                        comparator="~",
                        span=span_of(text, "5.5万人左右"),
                        clause=span_of(text, "新增城镇就业5.5万人左右"),
                        indicator="新增城镇就业",
                        year=2023,
                        surface="5.5万人左右",
                    )
                ],
            )
        ],
        units={
            "局/就业处": UnitInfo(key="局/就业处", pref_label="就业处", kind="division"),
            "人才中心": UnitInfo(key="人才中心", pref_label="人才中心", kind="centre"),
        },
    )
