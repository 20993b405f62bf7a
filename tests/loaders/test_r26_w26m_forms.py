"""Round 26 (w26m) families: an industry word inside a construction project named for the park it builds
(完成高湖智能装备制造创业园工程1.5亿元投资) is no trade, while a park named for its trade alone (建设稀土永磁电机产业园)
and a programme named for it (优质粮食产业工程) keep theirs. Inline texts in both scripts and both punctuations."""

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
        ("完成高湖智能装备制造创业园工程1.5亿元投资。", []),
        ("推进新材料产业园建设项目,确保年内开工。", []),
        ("实施新能源汽车产业园工程。", []),
        # a park named for its trade, no project: the trade
        ("加快建设智能装备制造产业园。", ["智能装备制造"]),
        # a programme named for the trade, no park: the trade
        ("实施优质粮食产业工程。", ["粮食"]),
    ],
)
def test_industry_words_inside_a_park_project_name(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected
