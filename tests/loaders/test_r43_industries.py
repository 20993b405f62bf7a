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


RICE = [
    ("对照粮食特别是早稻生产需求,及时组织种子、化肥等农资调配。", ["早稻"]),
    ("稳定早稻、中稻和晚稻种植面积。", ["早稻", "中稻", "晚稻"]),
    ("扩大双季稻、再生稻种植面积。", ["双季稻", "再生稻"]),
]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "expected"), RICE, ids=[f"rice-{k}" for k in range(len(RICE))])
def test_rice_by_its_seasons(variant: Callable[[str], str], text: str, expected: list[str]) -> None:
    # heldout108 ez04/ez05: GB/T 4754-2017 0111 稻谷 by its seasons
    assert labels(variant(text), IndustryLexicon.load_default()) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_verb_of_attending_is_no_part_of_a_trade(variant: Callable[[str], str]) -> None:
    # heldout113 fe07: 要注重高端服务业的对接 named no trade 要注重高端服务业
    found = labels(variant("不要局限于制造业,要注重高端服务业的对接。"), IndustryLexicon.load_default())
    assert not any(variant("注重") in f for f in found)
