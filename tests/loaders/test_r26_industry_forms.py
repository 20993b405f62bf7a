"""Round 26's industry forms (heldout36-38): the qualities a plan seeks in the projects it brings in, listed before
a head (引进一批带动能力强、有利于产业集聚配套的大项目), are predicates, no trades; a verb of meeting a trade's needs
(适应 / 顺应) opens the trade's name like any trigger (适应家政服务业转型升级要求: not 适应家政服务业). Small inline
texts in Simplified and Traditional script, ASCII and full-width punctuation, with the mentions each form must leave
alone."""

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
        ("着力引进一批带动能力强、有利于产业集聚配套的大项目。", []),
        ("引进一批效益好、符合产业政策的项目。", []),
        ("引进一批科技含量高、带动作用强的项目。", []),
        # trades listed before the same head stay
        ("引进一批电子信息、生物医药产业项目。", ["电子信息", "生物医药"]),
    ],
)
def test_the_qualities_sought_in_projects_are_no_trades(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("适应家政服务业转型升级要求,推动企业规范发展。", ["家政服务业"]),
        ("顺应文旅产业融合发展趋势,丰富产品供给。", ["文旅"]),
        # the trade after another trigger is read the same way
        ("推动家政服务业转型升级。", ["家政服务业"]),
    ],
)
def test_a_verb_of_meeting_a_trades_needs_opens_its_name(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected
