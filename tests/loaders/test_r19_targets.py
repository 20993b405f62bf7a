"""Targets of round 19 (dev16, northern provinces): a reward rule whose condition names a period (对一季度…增量超过
1000万元的企业,给予最高150万元奖励) reports nothing; a capacity class of a site its clause builds (打造600万吨级的
…产业园) is the scale promised, a money class (千亿级) stays a class; projects a pipeline plans or signs (谋划…等16个
重点项目) are counted; a trade total in bare 亿 is money; a list a government has already drawn up (筛选了76个…项目)
or the things a report covers (通报…76个项目的进展情况) are counted, not promised.
Inline texts in both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, family_params
from tests.loaders.test_targets import targets

Case = tuple[str, list[tuple[float, str, str]]]

# Each family's cases: a text and the targets it holds as (value, unit, kind).
FAMILIES: dict[str, list[Case]] = {
    "a_reward_rule_over_a_period_reports_nothing": [
        (
            "对一季度工业总产值增量超过1000万元的工业企业,按照条件给予最高150万元奖励。",
            [(150, "万元", "policy_amount")],
        ),
        ("对上半年营业收入增长超过20%的企业,给予最高30万元奖励。", [(30, "万元", "policy_amount")]),
        # a period's result reported stays no target
        ("一季度,全市共发放奖励资金300万元。", []),
        # a progress report of such a rule still reports
        ("推进情况:对一季度产值增量超过1000万元的企业,给予奖励资金300万元。", []),
    ],
    "a_built_site_capacity_class_is_its_scale": [
        ("焦化行业,打造600万吨级的绿色焦化产业园。", [(600, "万吨", "goal")]),
        ("白酒行业,建设10万吨级白酒基地。", [(10, "万吨", "goal")]),
        # a money class and a class of berths counted stay classes
        ("打造千亿级产业集群。", []),
        ("建设2个5000吨级泊位。", [(2, "个", "goal")]),
    ],
    "a_project_pipeline_counts_its_projects": [
        ("积极谋划焦化苯、水溶肥、永磁材料等16个重点项目。", [(16, "个", "goal")]),
        ("签约新材料、煤气综合利用等12个项目。", [(12, "个", "goal")]),
        # a count of the sectors a list sums up stays none
        ("培育钢铁、建材等3个行业。", []),
    ],
    "a_trade_total_in_bare_yi_is_money": [
        ("扩大航空货运规模,贸易总额突破6000亿。", [(6000, "亿元", "goal")]),
        ("进出口总额达到500亿。", [(500, "亿元", "goal")]),
    ],
    "a_selected_list_or_a_reports_subjects_are_counted": [
        ("省政府筛选了76个带动能力强的重大项目,明确由副省长分包推进。", []),
        ("省政府将定期通报分包推进76个项目的进展情况。", []),
        # a count the plan commits to stays
        ("全年推进重大项目76个。", [(76, "个", "goal")]),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_r19_target_families(
    variant: Callable[[str], str], text: str, want: list[tuple[float, str, str]]
) -> None:
    got = [(float(t.value), t.unit, t.kind) for t in targets(variant(text))]
    assert got == [(float(v), u, k) for v, u, k in want]
