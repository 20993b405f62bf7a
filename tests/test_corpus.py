"""The development corpus stays at or above the figures reached (tests/corpus/floors.json): a drop fails.

The floors are each part's F1 per field (lead: accuracy) measured when they were last raised; the held-out
part is scored here too, against its own floors, so that a change that helps the dev part by hurting unseen
documents is caught. Raise a floor when a change improves a figure; never lower one to make a change pass.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

from policykg.eval.score import FIELDS, Tally, score_corpus

CORPUS = Path(__file__).parent / "corpus"
FLOORS = json.loads((CORPUS / "floors.json").read_text(encoding="utf-8"))


@cache
def _totals(part: str) -> dict[str, Tally]:
    totals, docs = score_corpus(CORPUS / part)
    assert docs, f"no gold files in tests/corpus/{part}"
    return totals


@pytest.mark.parametrize("part", sorted(FLOORS))
@pytest.mark.parametrize("field", FIELDS)
def test_corpus_field_stays_at_or_above_its_floor(part: str, field: str) -> None:
    floor = FLOORS[part][field]
    got = _totals(part)[field].f1
    assert got >= floor - 1e-9, f"{part} {field}: F1 {got:.3f} fell below its floor {floor:.3f}"


def test_every_corpus_text_has_gold_and_a_source_line() -> None:
    sources = (CORPUS / "SOURCES.tsv").read_text(encoding="utf-8").splitlines()[1:]
    listed = {line.split("\t")[0]: line.split("\t")[1] for line in sources if line.strip()}
    for part in sorted(p.name for p in CORPUS.iterdir() if p.is_dir()):
        texts = {p.stem for p in (CORPUS / part).glob("*.txt")}
        golds = {p.stem for p in (CORPUS / part).glob("*.json")}
        assert texts and texts == golds, part
        if part != "samples":  # the samples are the project's own inputs (samples/), not pages from the web
            assert {k for k, v in listed.items() if v == part} == texts, part


def test_the_samples_gold_annotates_the_samples_themselves() -> None:
    for text in (CORPUS / "samples").glob("*.txt"):
        own = CORPUS.parent.parent / "samples" / text.name
        assert text.read_bytes() == own.read_bytes(), text.name
