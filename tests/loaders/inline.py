"""Helpers for extraction tests on small inline texts: a text as a loaded document, and the script and
punctuation variants every rule family is tested in (Simplified/Traditional, ASCII/full-width)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest

from policykg.loaders.extract import extract
from policykg.loaders.normalize import match_text, name_key
from policykg.models import ParsedDocument, SourceDocument, UnitRef

_FULL = {"(": "（", ")": "）", ":": "：", ",": "，", ";": "；"}


def make(text: str, name: str = "t.txt") -> SourceDocument:
    return SourceDocument(
        path=Path(name),
        source_file=name,
        text=text,
        match=match_text(text),
        encoding="utf-8",
        script="Hans",
        format="txt",
        sha256="0",
    )


def run(text: str) -> ParsedDocument:
    return extract(make(text))


def meta_field(doc: ParsedDocument, field: str) -> str | None:
    """One metadata field of an extracted document: the issuer by its unit's label, else region, title, issued."""
    meta = doc.meta
    if field == "issuer":
        return doc.units[meta.issuer].pref_label if meta.issuer in doc.units else meta.issuer
    return {"region": meta.region, "title": meta.title, "issued": meta.issued}[field]


def unit_labels(doc: ParsedDocument, ref: UnitRef) -> set[str]:
    """A unit's names as the scorer reads them: as written, and the labels of the unit it resolves to."""
    info = doc.units.get(ref.key)
    out = {name_key(ref.surface)}
    if info is not None:
        out |= {name_key(info.pref_label), *(name_key(a) for a in info.alt_labels)}
    return out


def units_match(doc: ParsedDocument, refs: list[UnitRef], want: list[str]) -> bool:
    """``refs`` are the units ``want`` names, one for one, each by any of its labels."""
    return len(refs) == len(want) and all(
        name_key(w) in unit_labels(doc, r) for r, w in zip(refs, want, strict=True)
    )


def fullwidth(text: str) -> str:
    return "".join(_FULL.get(ch, ch) for ch in text)


def traditional(text: str) -> str:
    import opencc

    return str(opencc.OpenCC("s2tw").convert(text))


VARIANTS: list[Callable[[str], str]] = [
    lambda t: t,
    fullwidth,
    traditional,
    lambda t: fullwidth(traditional(t)),
]
IDS = ["simplified-ascii", "simplified-fullwidth", "traditional-ascii", "traditional-fullwidth"]
SCRIPTS: list[Callable[[str], str]] = [lambda t: t, traditional]
SCRIPT_IDS = ["simplified", "traditional"]


def family_params(families: Mapping[str, Sequence[tuple[Any, ...]]]) -> list[Any]:
    """The cases of a module's FAMILIES table as pytest params, each named `family-k`: the text first, then
    what the family says it holds."""
    return [
        pytest.param(*case, id=f"{family}-{k}")
        for family, cases in families.items()
        for k, case in enumerate(cases)
    ]


def assert_measures(
    text: str, want: Sequence[tuple[str, str, list[str], list[str]]], variant: Callable[[str], str]
) -> None:
    """The measures of ``variant(text)``, in order, against ``want``: each one's number, the opening of its label
    (8 characters), its units and its leads (as written, in the variant's script and punctuation)."""
    doc = run(variant(text))
    got = [
        (m.number, m.label, [r.surface for r in m.responsible], [r.surface for r in m.lead])
        for m in doc.measures
    ]
    assert len(doc.measures) == len(want), got
    for m, (number, label, units, leads) in zip(doc.measures, want, strict=True):
        assert match_text(m.number) == match_text(variant(number)) and m.label.startswith(
            variant(label)[:8]
        ), got
        assert units_match(doc, m.responsible, units) and units_match(doc, m.lead, leads), got


def measure_numbers(doc: ParsedDocument) -> list[str]:
    """Each measure's number, in order, in the matching form ((壹) -> (一), 第六條 -> 第六条)."""
    return [match_text(m.number) for m in doc.measures]


def measure_unit_sets(doc: ParsedDocument) -> list[list[str]]:
    """Each measure's responsible units, in order, each list sorted, in the matching form."""
    return [sorted(match_text(r.surface) for r in m.responsible) for m in doc.measures]
