"""Responsible units of round 24's new parts (heldout26-28), second pass: the bodies a task force's members come from
(专案办公室成员由A、B…等相关单位派员组成), a place defining its short name before the first body of such a list
(县(以下简称本县)环境保护局 is 环境保护局), and a heading announcing the matters a body handles, the body named by the
short name the document defined for it (「招商专案办公室」(以下简称专案办公室) … 二、专案办公室办理事项如下:). Inline texts
in both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, family_params, run, units_match

H = "一、重点任务\n1.推进园区建设。"
# Each measure's (units, leads) as written, in order
Want = list[tuple[list[str], list[str]]]
Case = tuple[str, Want]

_DUTIES = "(一)招商机制及环境之建立并办理宣导。\n(二)提供投资厂商咨询及资讯服务。\n"

FAMILIES: dict[str, list[Case]] = {
    "members_listed_by_their_bodies": [
        (
            H + "专案办公室成员由县环境保护局、税务局、本府财政处及企业界与学界等相关单位派员组成。\n",
            [(["县环境保护局", "税务局", "本府财政处"], [])],
        ),
        (
            H + "联席会议成员单位由市商务局、市财政局和市场监管局组成。\n",
            [(["市商务局", "市财政局", "市场监管局"], [])],
        ),
        # members who are people or kinds of actors, not bodies
        (H + "专家组成员由企业代表和高校学者组成。\n", [([], [])]),
    ],
    "place_defining_its_short_name_in_a_list": [
        (
            H + "领导小组成员由县(以下简称本县)发展改革局、商务局、工业园区管委会组成。\n",
            [(["发展改革局", "商务局", "工业园区管委会"], [])],
        ),
        # no remark: the place stays the body's own
        (H + "领导小组成员由县发展改革局、县商务局组成。\n", [(["县发展改革局", "县商务局"], [])]),
    ],
    "matters_a_defined_body_handles": [
        (
            "一、县政府成立「招商专案办公室」(以下简称专案办公室),协助克服各项投资障碍。\n二、专案办公室办理事项如下:\n"
            + _DUTIES,
            [(["专案办公室"], []), (["专案办公室"], [])],
        ),
        (
            "一、县政府成立投资服务中心(以下简称服务中心),加速作业流程。\n二、服务中心承办事项如下:\n"
            + _DUTIES,
            [(["服务中心"], []), (["服务中心"], [])],
        ),
        # the short name is never defined: no body
        (
            "一、县政府设立招商办公室,协助克服各项投资障碍。\n二、专案办公室办理事项如下:\n" + _DUTIES,
            [([], []), ([], [])],
        ),
        # a defined short name of what is no body (计划)
        (
            "一、县政府制定招商引资计划(以下简称计划)。\n二、计划办理事项如下:\n" + _DUTIES,
            [([], []), ([], [])],
        ),
    ],
    "bodies_after_when_they_act": [
        (
            H + "4月下旬市政府组织召开一次流动现场会;7月底前进行阶段验收。\n",
            [(["市政府"], [])],
        ),
        (H + "2024年3月底县发展改革局组织开展评估。\n", [(["县发展改革局"], [])]),
        (H + "三月中旬区科技局统筹开展申报。\n", [(["区科技局"], [])]),
        # a date with no body after it, and a kind of actor after it
        (H + "7月底前进行阶段验收,12月组织检查。\n", [([], [])]),
        (H + "今年起企业组织开展评估。\n", [([], [])]),
    ],
    "subject_after_an_ordinal_word": [
        (H + "一是县商务局要加强指导。\n", [(["县商务局"], [])]),
        (H + "二是,市财政局要做好资金保障。\n", [(["市财政局"], [])]),
        # the ordinal word with no body after it
        (H + "一是要加强指导。\n", [([], [])]),
    ],
    "member_units_of_a_named_body": [
        (H + "县森林防火指挥部各成员单位要认真履行部门职责。\n", [(["县森林防火指挥部各成员单位"], [])]),
        (H + "市防汛抗旱指挥部成员单位要加强值守。\n", [(["市防汛抗旱指挥部成员单位"], [])]),
        # the body named without its level
        (H + "指挥部各成员单位要认真履行部门职责。\n", [([], [])]),
    ],
    "own_department_after_its_body": [
        (H + "(责任单位:县政府及其水利部门)\n", [(["县政府", "水利部门"], [])]),
        (H + "(责任单位:市政府和其发展改革部门)\n", [(["市政府", "发展改革部门"], [])]),
        # 及其他: the other bodies, 其他 kept
        (H + "(责任单位:县商务局及其他有关部门)\n", [(["县商务局", "其他有关部门"], [])]),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_r24_w24u_units(variant: Callable[[str], str], text: str, want: Want) -> None:
    doc = run(variant(text))
    got = [([r.surface for r in m.responsible], [r.surface for r in m.lead]) for m in doc.measures]
    assert len(doc.measures) == len(want), got
    for m, (units, leads) in zip(doc.measures, want, strict=True):
        assert units_match(doc, m.responsible, units) and units_match(doc, m.lead, leads), got
