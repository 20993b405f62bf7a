"""Targets of round 22 read from the misses of heldout20-22 (new real pages): the shares a fund's total is divided
by among batches or recipients (按照总补助资金20%(第一批)、60%(第二批)…分配比例进行分解) say how the money is split, they
commit to nothing, while a share with no dividing verb after it stays a goal; a multiple written 一倍 (回收量较2023年增加
一倍) is a figure, never the article 一; a headline calling out a figure (最高100万元奖励!) states no target, nor do counts listed beside a set of the
plan's parts (4大行动、17个工程).
Inline texts in both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, family_params
from tests.loaders.test_targets import targets

Case = tuple[str, list[tuple[float, str]]]

FAMILIES: dict[str, list[Case]] = {
    "shares_a_fund_is_divided_by_are_no_targets": [
        ("示范村补助资金按照总补助资金20%(第一批)、60%(第二批)、20%(第三批)分配比例进行分解。", []),
        ("第一批按总补助资金占比的20%进行分配,计526.91万元。", [(526.91, "万元")]),
        ("省级资金按因素法切块,按30%的比例切块到县。", []),
        # a share reached by a standard, no dividing verb after it: a goal
        ("到2025年,农村自来水普及率按照省定标准达到90%。", [(90, "%")]),
    ],
    "a_multiple_in_words_is_a_figure": [
        ("报废汽车回收量较2023年增加一倍。", [(1, "倍")]),
        ("二手车交易量增长一倍以上。", [(1, "倍")]),
        # 一 before another counting word stays an article
        ("建设一个综合服务平台。", []),
    ],
    "a_figure_called_out_by_a_headline_is_the_bodys": [
        # an exclamatory headline calls out a figure; the body's sentence states it
        ("最高100万元奖励!本省发布措施支持首发经济\n对新开设的首店给予50万元奖励。", [(50, "万元")]),
        ("对新开设的首店给予50万元奖励。", [(50, "万元")]),
    ],
    "counts_beside_a_set_of_the_plans_parts": [
        ("推动实施设备更新、以旧换新4大行动、17个工程、55项具体任务,推动消费升级。", []),
        # a count not joined to the set by 、 stays a goal
        ("实施十大工程,建设20个项目。", [(20, "个")]),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_r22_shares_and_multiples(
    variant: Callable[[str], str], text: str, want: list[tuple[float, str]]
) -> None:
    got = [(float(t.value), t.unit) for t in targets(variant(text))]
    assert got == want
