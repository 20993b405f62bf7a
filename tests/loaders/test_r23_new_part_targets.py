"""Targets of round 23's new parts (2025-26 county, farm-subsidy and employment pages): a price per weight sold
(4元/公斤) is one unit; a sum of money bounding a group the clause then counts (超过500亿元的县达到15个) is the
class's bound, the count the goal; the one unit a rate is paid on (每招用1人按1500元) is its base; the counts and areas
of a sentence opened by the survey it reports (根据摸底,全县拥有…农户30652户) were found, not promised; money a sentence pays by a rate per unit on a past season's tally is the
document's own; a bare figure after the count it gives (体检人数达1000万以上) takes its unit (人). Inline texts in both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, family_params
from tests.loaders.test_targets import targets

Case = tuple[str, list[tuple[str, str, str]]]

# Each family's cases: a text and the targets it holds as (value, unit, comparator).
FAMILIES: dict[str, list[Case]] = {
    "price_per_weight_is_one_unit": [
        ("继续实施6元/公斤的鲜茶叶保底收购政策。", [("6", "元/公斤", "=")]),
        ("收购价不低于2.5元/斤。", [("2.5", "元/斤", ">=")]),
        ("按0.8元/千克给予运输补贴。", [("0.8", "元/千克", "=")]),
    ],
    "money_bounding_a_counted_group_is_no_target": [
        ("到2028年,地区生产总值超过300亿元的县(市)达到8个。", [("8", "个", "=")]),
        ("营业收入过50亿元龙头企业达到12家。", [("12", "家", "=")]),
        # money the plan commits to stays, also before a clause of its own
        ("全年完成固定资产投资80亿元。", [("80", "亿元", "=")]),
        ("产业产值达到500亿元,增长10%。", [("500", "亿元", "="), ("10", "%", "=")]),
    ],
    "the_one_unit_a_rate_is_paid_on_is_its_base": [
        ("对吸纳就业的企业,每招用1人按1000元给予一次性补助。", [("1000", "元", "=")]),
        ("每新增1个就业岗位给予3000元奖励。", [("3000", "元", "=")]),
        # a pace per year stays
        ("研发投入占比每年提高1个百分点。", [("1", "个百分点", "=")]),
    ],
    "counts_of_a_surveyed_sentence_were_found": [
        (
            "根据摸底,全镇拥有承包农户2150户,面积8600亩,补贴标准为每亩80元,补贴金额68.8万元。",
            [("80", "元", "="), ("68.8", "万元", "=")],
        ),
        ("据统计,全县共有家庭农场320家。", []),
        # a count the plan promises, no survey before it, stays
        ("新培育家庭农场50家。", [("50", "家", "=")]),
    ],
    "money_paid_by_a_rate_on_a_past_seasons_tally_stays": [
        # subsidies on last season's crop, paid by this notice at a rate per 亩
        (
            "2022年全县种植再生稻35户,每亩补助20元,补贴金额2.5万元。",
            [("20", "元", "="), ("2.5", "万元", "=")],
        ),
        # money of a past year reported without a rate stays out
        ("2022年,全县发放消费补贴800万元。", []),
    ],
    "a_bare_figure_after_its_count_noun_takes_its_unit": [
        ("全市老年人免费体检人数达200万以上。", [("2000000", "人", ">=")]),
        ("全年技能培训人次数达到8万。", [("80000", "人次", "=")]),
        # a count of users or clients stays bare
        ("注册用户数达到8万。", [("80000", "", "=")]),
        # a bare figure after money words stays money
        ("全年完成投资5000万以上。", [("5000", "万元", ">=")]),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_r23_new_part_target_families(
    variant: Callable[[str], str], text: str, want: list[tuple[str, str, str]]
) -> None:
    got = [(str(t.value), t.unit, t.comparator) for t in targets(variant(text))]
    assert got == want
