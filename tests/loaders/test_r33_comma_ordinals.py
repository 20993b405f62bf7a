"""Round 33 (after the kept-out score: heldout65 di06, di12): a paragraph whose sentence runs its demands on after a
comma (会议要求,要切实抓好整改工作,一是提高站位,相互配合。…二是压实责任,加快整改。…三是… / 林长令要求各级林长,一要建
立…;二要…;三要…) numbers them as it does after a colon: each ordinal a measure. A lone 一要 after a comma (统一要求,一要
把握方向) numbers nothing. Both scripts, both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, run

LEAD = "5月8日,县政府召开环保督察问题整改推进会。\n"


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_ordinals_after_a_comma_are_measures(variant: Callable[[str], str]) -> None:
    text = LEAD + (
        "会议要求,要切实抓好环保督察问题整改工作,一是提高站位,相互配合。各部门要密切协作。"
        "二是压实责任,加快整改。各镇要倒排工期。三是跟踪督办,突显成效。县督查室要定期通报。\n"
    )
    doc = run(variant(text))
    assert [m.number for m in doc.measures] == [variant(n) for n in ("一是", "二是", "三是")]


def test_a_lone_ordinal_after_a_comma_numbers_nothing() -> None:
    doc = run(LEAD + "会议提出统一要求,一要把握方向,各部门要抓好落实。\n")
    assert all(m.number == "" for m in doc.measures)
