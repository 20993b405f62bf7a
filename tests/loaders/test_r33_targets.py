"""Round 33 (heldout64 dh11): money over a level and the count of those over it right after (年营业收入超1000亿元的
1个、超500亿元的3个): the level sizes the class, the count is the goal. Money with no count after it stays, as does a
level reached by the whole (营业收入超1000亿元). Inline texts in both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS
from tests.loaders.test_targets import targets

CASES: list[tuple[str, list[tuple[str, str, str]]]] = [
    (
        "建成一批百亿集群,其中年营业收入超1000亿元的1个、超500亿元的3个、超100亿元的40个。",
        [("1", "个", "="), ("3", "个", "="), ("40", "个", "=")],
    ),
    ("到2027年,营业收入超过百亿元的有5家。", [("5", "家", "=")]),
    ("到2027年,全县规上工业营业收入超1000亿元。", [("1000", "亿元", ">=")]),
]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), CASES)
def test_money_over_a_level_before_its_count(
    text: str, want: list[tuple[str, str, str]], variant: Callable[[str], str]
) -> None:
    got = [(str(t.value), t.unit, t.comparator) for t in targets(variant(text))]
    assert got == want
