"""Round 42 (issue 12; heldout101 es01/es02/es08, heldout107 ey06 and 21 corpus measures): a service trade named bare
before the topic a measure works on (加强假日旅游安全工作, 创建3A级旅游景区, 旅游合作规划, 建设冰雪旅游目的地) is the
measure's trade; not inside a body's name (市旅游发展委员会), not after 和 (文化和旅游消费), and not where the measure names a trade of its kind otherwise (文旅, 乡村旅游). Both scripts, both
punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from policykg.loaders.extract.industries import IndustryLexicon
from tests.loaders.inline import IDS, VARIANTS
from tests.loaders.test_industries import labels

CASES = [
    ("加强假日旅游安全工作,指导经营单位认真落实安全责任。", ["旅游"]),
    ("对新创建为国家AAAA级旅游景区的创建主体一次性奖励100万元。", ["旅游"]),
    ("建设高品质冰雪旅游目的地。", ["冰雪旅游"]),
    ("加强红色旅游规划引领。", ["红色旅游"]),
    ("由市旅游发展委员会负责。", []),
    ("打造夜间文化和旅游消费集聚区。", []),
    ("大力发展乡村旅游,提升旅游服务质量。", ["乡村旅游"]),
]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "expected"), CASES, ids=[f"case-{k}" for k in range(len(CASES))])
def test_a_trade_named_by_its_topic(variant: Callable[[str], str], text: str, expected: list[str]) -> None:
    assert labels(variant(text), IndustryLexicon.load_default()) == expected
