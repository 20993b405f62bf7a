"""Umbrella sectors the annotators record as industries: 现代服务业 named as a trade to develop, as the head a
list's trades belong to, or framed by its leading segment; 服务业 alone and the category word 现代服务产业 stay
generic. Each on small inline texts in Simplified and Traditional script, ASCII and full-width punctuation."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from policykg.loaders.extract.industries import IndustryLexicon
from tests.loaders.inline import IDS, VARIANTS
from tests.loaders.test_industries import labels


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # named as the trade to develop
        ("加快发展现代服务业,积极对接生产性服务业需求。", ["现代服务业", "生产性服务业"]),
        # the head a list's trades belong to: the items and the umbrella
        ("包括金融、物流等现代服务业,全部向民间资本开放。", ["金融", "物流", "现代服务业"]),
        # framed by its leading segment
        ("培育以文化旅游为重点的现代服务业。", ["文化旅游", "现代服务业"]),
        # 服务业 alone qualifies figures and firms: no industry
        ("服务业增加值增长6%,扶持服务业企业。", []),
        # 现代服务产业 names a category of a system, like 战略性新兴产业: no industry
        ("围绕传统优势产业、战略性新兴产业、现代服务产业设置赛项。", []),
    ],
)
def test_modern_services_is_a_sector(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected
