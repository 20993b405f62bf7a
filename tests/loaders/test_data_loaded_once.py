"""The rules' data are read and compiled once per process, never per document (round 27's bug: a merge slid a new
function between ``@lru_cache`` and ``load_grammar``, so every measure rebuilt the industry grammar and the
build ran 5.5x slower with the same answers)."""

from __future__ import annotations

from policykg.loaders.extract import industry_grammar
from policykg.loaders.extract.industries import IndustryLexicon
from policykg.loaders.extract.units import UnitLexicon
from tests.loaders.inline import run


def test_the_industry_grammar_is_built_once() -> None:
    assert industry_grammar.load_grammar() is industry_grammar.load_grammar()


def test_the_lexicons_are_loaded_once() -> None:
    assert IndustryLexicon.load_default() is IndustryLexicon.load_default()
    assert UnitLexicon.load_default() is UnitLexicon.load_default()


def test_extracting_documents_reads_no_grammar_again() -> None:
    run("一、重点任务\n(一)大力发展新能源汽车产业。(责任单位:市工信局)\n")
    first = industry_grammar.load_grammar()
    run("一、重点任务\n(一)推进生猪规模化养殖。(责任单位:市农业农村局)\n")
    assert industry_grammar.load_grammar() is first
