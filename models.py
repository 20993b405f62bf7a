"""Typed hand-offs between the pipeline stages.

load (bytes -> ``SourceDocument``) -> extract (-> ``ParsedDocument``) -> graph (-> rdflib / networkx / store).

Offsets: every ``Span`` is a pair of character offsets into ``SourceDocument.text``, the decoded text exactly as
the loader produced it (saved beside the graph as ``text/<doc>.txt``), so ``text[span.start:span.end]`` is the
quoted evidence. ``SourceDocument.match`` is a *same-length* copy of that text used only for matching
(Simplified script, ASCII punctuation, lost-space ``?`` runs as spaces): a regex match on ``match`` at
``[i:j]`` is a quote of ``text[i:j]``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import TypedDict


@dataclass(frozen=True, order=True, init=False)
class Span:
    start: int
    end: int

    def __init__(self, start: int, end: int) -> None:
        # extraction makes some 200 spans per document: the fields are set in the instance's dict directly
        # (a frozen dataclass's own __init__ calls object.__setattr__ per field, then __post_init__: 4x the cost)
        if start < 0 or end < start:
            raise ValueError(f"bad span {start}:{end}")
        fields = self.__dict__
        fields["start"] = start
        fields["end"] = end

    def quote(self, text: str) -> str:
        return text[self.start : self.end]


# --------------------------------------------------------------------------- load stage


@dataclass
class SourceDocument:
    """A decoded document: what every loader returns, whatever the input format."""

    path: Path  # the input path as given
    source_file: str  # file name, no directories (pkg:sourceFile)
    text: str  # the decoded text; all offsets refer to it
    match: str  # same length as ``text``: Simplified, ASCII punctuation, '?' runs blanked
    encoding: str  # "utf-8", "utf-8-sig", "gb18030", "big5", ... (for docx/pdf: the container format)
    script: str  # "Hans", "Hant" or "mixed"
    format: str  # "txt", "html", "docx", "pdf"
    sha256: str  # of the input bytes
    pages: list[Span] = field(default_factory=list)  # pdf: page i covers text[pages[i].start:pages[i].end]
    warnings: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        if len(self.match) != len(self.text):
            raise ValueError("SourceDocument.match must have the same length as text")

    def page_of(self, offset: int) -> int | None:
        """1-based page number holding ``offset`` (PDF only)."""
        for i, span in enumerate(self.pages):
            if span.start <= offset < span.end:
                return i + 1
        return None


# --------------------------------------------------------------------------- extract stage


@dataclass
class UnitRef:
    """A unit as it occurs in a responsibility clause, resolved to a canonical unit key."""

    surface: str  # exactly as written (text[span])
    span: Span
    key: str  # UnitInfo.key of the resolved unit


@dataclass
class UnitInfo:
    """One real body. ``key`` is its identity (deterministic, issuer-scoped for divisions)."""

    key: str
    pref_label: str  # canonical name, Simplified
    alt_labels: set[str] = field(default_factory=set)  # every other surface form seen
    parent: str | None = None  # key of the bureau a division belongs to (org:subOrganizationOf)
    region: str | None = None  # Region name
    kind: str = "body"  # body | division | centre | collective
    source: str = ""  # where the alias/parent knowledge came from (data file entry or "document")


@dataclass
class TargetInfo:
    value: Decimal  # normalised: 2万 -> 20000, 55% -> 55
    unit: str  # 人, 人次, 家, 个, 场次, %, 亿元, 个百分点 ...
    comparator: str  # >=, <=, =, ~, >, <
    span: Span  # the figure with its unit and comparator words
    clause: Span  # the clause it came from (pkg:sourceText)
    indicator: str = ""  # what is counted (新增高技能人才)
    year: int | None = None
    per_year: bool = False  # 每年 / 年均
    deadline: str | None = None  # ISO date or year-month, e.g. "2023-03-31" for 2023年3月底前
    surface: str = ""  # the figure as written, e.g. "2万人以上"
    value_max: Decimal | None = None  # upper bound of a range (3万元-5万元: value 3, value_max 5)
    kind: str = "goal"  # goal | policy_amount (a reward or subsidy per recipient) | budget (funds set aside)


@dataclass
class IndustryRef:
    key: str  # IndustryInfo.key
    surface: str
    span: Span


@dataclass
class SystemRef:
    key: str  # SystemInfo.key
    surface: str
    span: Span


@dataclass
class IndustryInfo:
    key: str
    pref_label: str  # Simplified
    alt_labels: set[str] = field(default_factory=set)
    source: str = ""


@dataclass
class CategoryInfo:
    key: str
    label: str
    members: list[str] = field(default_factory=list)  # industry keys


@dataclass
class SystemInfo:
    """A named system of industries ("10+1", "5+5+7", "9+N", 13条产业链)."""

    key: str
    label: str  # e.g. "10+1"创新型产业体系
    code: str  # the formula as written normalised, e.g. "10+1"
    region: str | None = None
    categories: list[CategoryInfo] = field(default_factory=list)
    members: list[str] = field(default_factory=list)  # industry keys directly in the system
    source: str = ""  # lexicon entry or "defined in <document>"


@dataclass
class Measure:
    number: str  # as written: "3", "(一)" ...
    ordinal: int  # 1-based order in the document
    label: str  # lead phrase: text up to the first 。
    text: str  # == source.text[span.start:span.end]
    span: Span
    section_path: list[int] = field(default_factory=list)  # indices into ParsedDocument.sections, outer first
    responsible: list[UnitRef] = field(default_factory=list)  # every responsible unit (incl. inherited)
    lead: list[UnitRef] = field(default_factory=list)  # where the document designates a lead (牵头)
    industries: list[IndustryRef] = field(default_factory=list)
    systems: list[SystemRef] = field(default_factory=list)
    targets: list[TargetInfo] = field(default_factory=list)
    cites: list[str] = field(default_factory=list)  # titles of documents cited inside the measure
    deadline: str | None = None  # a task table's 完成时限 cell, as written (not in the RDF: pkg:deadline is a
    #                              Target's property)


@dataclass
class Section:
    number: str  # as written: "一", "(一)", "附件1"
    level: int  # 1 = 一、, 2 = (一), 3 = 1., 4 = (1), 5 = ①; 0 = attachment root
    title: str
    span: Span  # the whole section (heading to the end of its last child)
    heading: Span  # the heading line
    parent: int | None = None  # index of the parent section
    attachment: str | None = None  # "附件1" for sections inside an attachment
    responsible: list[UnitRef] = field(default_factory=list)  # section-level 责任部门 lines
    lead: list[UnitRef] = field(default_factory=list)
    targets: list[TargetInfo] = field(default_factory=list)  # targets not inside any measure
    repaired: bool = False  # the marker was damaged and restored from context


@dataclass
class Phase:
    label: str  # 动员部署
    start: str | None  # ISO date/year-month
    end: str | None
    span: Span


@dataclass
class DocMeta:
    title: str | None = None
    title_span: Span | None = None
    issuer: str | None = None  # UnitInfo.key of the issuing body
    issued: str | None = None  # ISO date
    doc_number: str | None = None  # 青人社字〔2021〕94号
    region: str | None = None
    addressees: list[str] = field(default_factory=list)
    year: int | None = None  # the plan's year, for 全年/年内 targets
    cites: list[str] = field(default_factory=list)  # 《...》 titles, in order of first appearance
    lead_rule: str | None = None  # e.g. "排第一位的为牵头单位" when the document states one
    # an untitled document's label: issuer, date and first telling heading (loaders/extract/label.py)
    label: str | None = None


@dataclass
class ParsedDocument:
    source: SourceDocument
    doc_id: str  # deterministic id used in IRIs
    meta: DocMeta
    sections: list[Section] = field(default_factory=list)
    measures: list[Measure] = field(default_factory=list)
    doc_targets: list[TargetInfo] = field(default_factory=list)  # targets outside any section
    units: dict[str, UnitInfo] = field(default_factory=dict)
    industries: dict[str, IndustryInfo] = field(default_factory=dict)
    systems: dict[str, SystemInfo] = field(default_factory=dict)
    # what the document as a whole is about (title, 产业体系 paragraph): outside every measure, kept apart
    doc_industries: list[IndustryRef] = field(default_factory=list)
    doc_systems: list[SystemRef] = field(default_factory=list)
    phases: list[Phase] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # recoverable oddities, reported per file


# --------------------------------------------------------------------------- stage reports


@dataclass
class Skip:
    path: str
    reason: str


class FileEntry(TypedDict):
    """One input file in ``report.json``'s ``per_file``."""

    file: str
    doc_id: str
    format: str
    encoding: str
    script: str
    title: str | None
    measures: int
    sections: int
    units: int
    targets: int
    warnings: list[str]
    problems: list[str]


class StoreReport(TypedDict):
    """What loading or updating the embedded store did (``policykg.graph.store.StoreInfo`` as data)."""

    target: str
    nodes_written: int
    relationships_written: int
    nodes_deleted: int
    relationships_deleted: int
    batches: int
    seconds: float
    counts: dict[str, int]


@dataclass
class BuildInfo:
    """What ``policykg build`` did, for the summary table and report.json."""

    out_dir: str
    documents: int = 0
    skipped: list[Skip] = field(default_factory=list)
    measures: int = 0
    sections: int = 0
    units: int = 0
    targets: int = 0
    industries: int = 0
    systems: int = 0
    triples: int = 0
    cached: int = 0  # documents reused from the incremental cache
    seconds: float = 0.0
    per_file: list[FileEntry] = field(default_factory=list)
    store: StoreReport | None = None  # what loading the embedded store did
