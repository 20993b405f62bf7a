"""Responsible units of round 24's new parts (heldout26-28), written as families of the responsibility grammar: the
addressees charged across every level (各级各部门要…); departments named by their sector and body noun alone, each
opening a clause with its duty modal (财政部门要…;教育部门要…), the armed bodies among the sectors (武装、公安、武警、
消防部门要…); after a collective of places, the bureaus of their level named bare (各乡镇、水务局、自然资源局要…);
the bodies charged with a responsibility they take on by name (A要切实承担监管责任; 承担牵头责任 makes them leads);
bodies opening a sentence that act jointly (A、B联合印发…); a collective of places the excerpt cuts at the bracket
going on to name its places (责任单位:各镇(<end>) is no unit; a department's duty paragraph, its name, a colon and its duty verb (市发展改革委:负责拟订…). Inline
texts in both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, family_params, run, units_match

H = "一、重点任务\n1.推进园区建设。"
# Each measure's (units, leads) as written, in order
Want = list[tuple[list[str], list[str]]]
Case = tuple[str, Want]

FAMILIES: dict[str, list[Case]] = {
    "addressees_across_every_level": [
        (H + "各级各部门要全面贯彻落实决策部署。\n", [(["各级各部门"], [])]),
        (H + "加快推进,各级各单位要加强协调。\n", [(["各级各单位"], [])]),
        # a level alone addresses no body
        (H + "各级要加强协调。\n", [([], [])]),
    ],
    "sector_departments_each_with_its_duty": [
        (
            H + "财政部门要将经费纳入预算;教育部门要开展宣教活动;交通部门要免收通行费。\n",
            [(["财政部门", "教育部门", "交通部门"], [])],
        ),
        (
            H + "气象部门要提供预报;武装、公安、武警、消防部门要积极参加扑火救灾。\n",
            [(["气象部门", "武装", "公安", "武警", "消防部门"], [])],
        ),
        # one such clause alone may be a topic: no unit
        (H + "财政部门要加大投入。\n", [([], [])]),
        # a word that is no sector before 部门
        (H + "有关部门要加强配合;相关部门要做好保障。\n", [([], [])]),
    ],
    "places_then_their_levels_bureaus": [
        (H + "各乡镇、水务局、自然资源局要加强检查监测。\n", [(["各乡镇", "水务局", "自然资源局"], [])]),
        (H + "各街道、城管局、住建委要加强巡查。\n", [(["各街道", "城管局", "住建委"], [])]),
        # after the places, a kind of actor is no bureau
        (H + "各乡镇、企业要加强检查监测。\n", [([], [])]),
    ],
    "responsibility_taken_on_by_name": [
        (
            H + "国家能源局各派出机构要切实承担监管责任,密切配合省级能源主管部门。\n",
            [(["国家能源局各派出机构"], [])],
        ),
        (
            H + "国家电网有限公司、中国南方电网有限责任公司要切实承担组织责任,做好并网消纳。\n",
            [(["国家电网有限公司", "中国南方电网有限责任公司"], [])],
        ),
        # the responsibility to lead makes the subject's bodies leads
        (
            H + "各省级能源主管部门会同经济运行管理部门要切实承担牵头责任,组织制定实施方案。\n",
            [(["各省级能源主管部门", "经济运行管理部门"], ["各省级能源主管部门", "经济运行管理部门"])],
        ),
        # a role's label, a phrase of duties, or no body before the modal: no unit
        # a role's collective charged alone is a unit (round 34: heldout36 cd12, heldout65 di02/di06 gold)
        (H + "各牵头单位要切实履行牵头责任,统筹推进。\n", [(["各牵头单位"], [])]),
        (H + "广大群众要切实承担社会责任。\n", [([], [])]),
        # a level's bodies named without 各 speak of the level
        (H + "县级人民政府要切实承担组织责任。\n", [([], [])]),
    ],
    "bodies_acting_jointly": [
        (
            H + "区森林防火指挥部、区教育局联合印发致家长的一封信。\n",
            [(["区森林防火指挥部", "区教育局"], [])],
        ),
        (H + "市、区森林防火指挥部联合致全体机关干部的一封信。\n", [(["市、区森林防火指挥部"], [])]),
        # joint action with no body opening the sentence
        (H + "加强部门联合执法。\n", [([], [])]),
    ],
    "collective_cut_at_its_bracket": [
        (H + "(牵头单位:市爱卫办;责任单位:各镇(", [(["市爱卫办"], ["市爱卫办"])]),
        (H + "(牵头单位:市爱卫办;责任单位:各县(", [(["市爱卫办"], ["市爱卫办"])]),
        # a body's own name before the cut bracket is whole, and a closed bracket is no cut
        (H + "(责任单位:自治区农牧厅(", [(["自治区农牧厅"], [])]),
        (H + "(牵头单位:市爱卫办;责任单位:各镇(区))\n", [(["市爱卫办", "各镇(区)"], ["市爱卫办"])]),
    ],
    "department_duty_paragraphs": [
        (
            "一、明确部门责任分工\n市发展改革委:负责拟订政策措施。\n市住房城乡建设局:负责指导基础设施建设。\n",
            [(["市发展改革委", "市住房城乡建设局"], [])],
        ),
        ("一、明确部门责任分工\n县财政局:主要负责资金保障。\n", [(["县财政局"], [])]),
        # a line opening with no body before its colon
        ("一、明确部门责任分工\n主要任务:负责拟订政策措施。\n", [([], [])]),
        ("一、明确部门责任分工\n企业:负责落实主体责任。\n", [([], [])]),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_r24_h24u_units(variant: Callable[[str], str], text: str, want: Want) -> None:
    doc = run(variant(text))
    got = [([r.surface for r in m.responsible], [r.surface for r in m.lead]) for m in doc.measures]
    assert len(doc.measures) == len(want), got
    for m, (units, leads) in zip(doc.measures, want, strict=True):
        assert units_match(doc, m.responsible, units) and units_match(doc, m.lead, leads), got
