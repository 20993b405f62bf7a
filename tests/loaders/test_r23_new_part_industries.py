"""Industry rule families of round 23's new parts (2025-26 plans and news: strategic-industry lists, robots, AI+):
a list of industries announced by its count and then itemised (N项战略产业如下: / 一、X产业:…), each item's head
before its colon naming the trade(s) the item is about, a generic head (产业), a class after 等 and a money scale
before the name dropped, an institution (…中心) no trade. Inline texts in both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from policykg.loaders.normalize import to_simplified
from tests.loaders.inline import IDS, VARIANTS, family_params, run

Case = tuple[str, list[list[str]]]

# Each family's cases: a page and the industries of each of its measures, in order.
FAMILIES: dict[str, list[Case]] = {
    "an_itemised_list_of_industries_names_one_in_each_item": [
        (
            "本市确定5项重点产业如下:\n一、海工装备产业:推动龙头企业扩大产能。\n二、冷链物流:建设区域配送中心。\n"
            "三、碳纤维、石墨烯等前沿材料:支持企业开展中试。\n四、千亿级精细化工产业:提升园区承载能力。\n"
            "五、区域检测认证中心:引进第三方机构。\n",
            [["海工装备"], ["冷链物流"], ["碳纤维", "石墨烯"], ["精细化工"], []],
        ),
        (
            "全区聚焦四大领域,分别是:\n一、康复辅具:建设产品展示平台。\n二、银发旅游:开发适老线路。\n"
            "三、智慧养老产业:推广居家监护设备。\n四、老年教育:扩大老年大学办学规模。\n",
            [["康复辅具"], ["银发旅游"], ["智慧养老"], ["老年教育"]],
        ),
        # items that are tasks, not a list announced by its count of industries, name no trade by their heads
        (
            "主要任务如下:\n一、强化组织领导:成立工作专班。\n二、加强要素保障:统筹用地指标。\n"
            "三、优化营商环境:推行一网通办。\n",
            [[], [], []],
        ),
    ],
    "a_plans_title_trade_is_found_wherever_its_items_name_it": [
        (
            "滨海市低空无人机产业发展行动方案\n一、支持关键技术攻关。围绕低空无人机整机设计、飞控系统等环节突破关键技术。\n"
            "二、建设创新平台。争创低空无人机领域国家制造业创新中心。\n三、优化营商环境。推行一网通办。\n",
            [["低空无人机"], ["低空无人机"], []],
        ),
        # a covering notice handing on a plan titled for one trade's development
        (
            "关于印发《低空无人机发展行动计划(2025—2027年)》的通知\n一、拓展场景。争创低空无人机领域国家制造业创新中心。\n",
            [["低空无人机"]],
        ),
        # a title naming no trade the lexicon lacks adds nothing
        (
            "滨海市优化营商环境行动方案\n一、建设创新平台。争创低空无人机领域国家制造业创新中心。\n",
            [[]],
        ),
    ],
    "embodied_ai_and_machine_tools_are_trade_words": [
        # 具身 qualifies a trade's name as 智能 does; 母机 (工业母机) ends one
        (
            "一、招引项目。吸引一批具身智能机器人产业重大项目落地。\n二、壮大集群。做大做强航空、工业母机2个先进制造业集群。\n",
            [["具身智能机器人"], ["航空", "工业母机"]],
        ),
    ],
    "ice_and_snow_qualifies_a_trade": [
        # 冰雪 is part of the trade's name as 乡村 is (冰雪旅游), never a trade alone
        ("一、丰富消费业态。打造冰雪旅游消费场景。\n二、加强保障。做好冰雪天气应对。\n", [["冰雪旅游"], []]),
    ],
    "a_technique_applied_in_a_field_or_named_for_a_tool_is_no_trade": [
        (
            "一、赋能科研。深化大数据在药物筛选、临床试验中的应用。\n二、赋能教育。推广一批人工智能教学工具。\n"
            "三、壮大产业。培育人工智能企业20家。\n",
            [[], [], ["人工智能"]],
        ),
    ],
}


def _measure_industries(text: str) -> list[list[str]]:
    doc = run(text)
    return [[to_simplified(doc.industries[r.key].pref_label) for r in m.industries] for m in doc.measures]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_r23_new_part_industry_families(
    variant: Callable[[str], str], text: str, want: list[list[str]]
) -> None:
    assert _measure_industries(variant(text)) == want
