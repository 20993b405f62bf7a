"""Round 43 (issue 12; heldout106 ex06 (四)/(五)/(九), ex07 (四)): a hazard sector then its trade's activities joined
(烟花爆竹生产、销售的监管, 烟花爆竹生产、销售、储存场所) or one closed by 的 (烟花爆竹经营的行业管理) names the trade; one activity
then a place (烟花爆竹销售点, heldout42 dm04's gold) or the sector alone in a task (禁放烟花爆竹) does not. Both scripts, both
punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from policykg.loaders.extract.industries import IndustryLexicon
from tests.loaders.inline import IDS, VARIANTS
from tests.loaders.test_industries import labels

CASES = [
    ("(四)安全生产监督管理部门负责烟花爆竹生产、销售的监管;", ["烟花爆竹"]),
    ("(九)供销部门负责烟花爆竹经营的行业管理;", ["烟花爆竹"]),
    ("加强对烟花爆竹生产、销售、储存场所的消防检查。", ["烟花爆竹"]),
    ("定期对辖区内在建工地、烟花爆竹销售点、汽车站等重点场所开展检查。", []),
    ("做好禁放烟花爆竹的宣传工作。", []),
]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "expected"), CASES, ids=[f"case-{k}" for k in range(len(CASES))])
def test_a_sector_then_its_trades_activities(
    variant: Callable[[str], str], text: str, expected: list[str]
) -> None:
    assert labels(variant(text), IndustryLexicon.load_default()) == expected
