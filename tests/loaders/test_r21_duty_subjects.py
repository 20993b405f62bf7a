"""Responsible units of round 21 (heldout17-19), written as families of the responsibility grammar: a heading
that opens the list of its bodies' duties (各级党委和政府…责任主要包括:) over the items under it, and a subject
sentence opened by the adverbial of who directs its subject (在市委领导下,A负责…), and a body opening a piece of an
item with the year of its act (…,内政部于106年5月16日公告实施…), and the treasury of a level that bears a cost
(经费由省、市、县三级财政按比例分担 / 由省财政解决). Inline texts in both scripts and
both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, family_params, run

# Each family's cases: a page and, for each of its measures, the surface forms of its units and of its leads.
PAGE_FAMILIES: dict[str, list[tuple[str, list[tuple[list[str], list[str]]]]]] = {
    "a_heading_announcing_its_bodies_duties_heads_its_items": [
        (
            "一、各级责任\n(一)各级党委和政府乡村振兴责任主要包括:\n"
            "1.制定推动乡村振兴的政策措施和年度任务。\n2.把确保粮食供给作为首要任务。\n",
            [(["各级党委", "政府"], []), (["各级党委", "政府"], [])],
        ),
        (
            "第一章 总则\n第一条 为了落实乡村振兴责任制,根据有关规定,制定本细则。\n"
            "第二条 落实乡村振兴责任制,坚持以新思想为指导。\n第二章 各级责任\n"
            "第三条 各级党委和政府乡村振兴责任主要包括:\n"
            "(一)制定推动乡村振兴的政策措施和年度任务。\n(二)把确保粮食供给作为首要任务。\n",
            [([], []), (["各级党委", "政府"], []), (["各级党委", "政府"], [])],
        ),
        (
            "一、职责分工\n(一)县农业农村局的主要职责包括:\n1.编制全县农业发展规划。\n2.指导农产品质量安全监管。\n",
            [(["县农业农村局"], []), (["县农业农村局"], [])],
        ),
        # a heading on duties that names no body heads nothing
        (
            "一、各级责任\n(一)乡村振兴责任主要包括:\n1.制定推动乡村振兴的政策措施。\n2.把确保粮食供给作为首要任务。\n",
            [([], []), ([], [])],
        ),
    ],
    "a_subject_after_the_adverbial_of_who_directs_it": [
        (
            "一、主要任务\n(一)健全工作机制。在市委领导下,市农业农村局负责组织开展全市乡村振兴工作。\n",
            [(["市农业农村局"], [])],
        ),
        (
            "一、主要任务\n(一)在县政府统一领导下,县应急管理局负责组织开展安全生产检查。\n",
            [(["县应急管理局"], [])],
        ),
        # the directing body named in the adverbial is no unit of the item
        ("一、主要任务\n(一)加强考核。在市委统一领导下,市考核办负责组织考核。\n", [(["市考核办"], [])]),
    ],
    "a_body_opening_a_piece_with_the_year_of_its_act": [
        (
            "一、主要任务\n(一)建立国土新秩序:为完善国土计划,内政部于106年5月16日公告实施区域计划,并将检讨法规。\n"
            "(二)推动地方创生:为协助地方政府,国发会于106年补助地方政府推动地方创生。\n",
            [(["内政部"], []), (["国发会"], [])],
        ),
        (
            "一、主要任务\n(一)推进数字政府建设。市大数据局于2023年6月上线政务服务平台。\n"
            "(二)优化营商环境。县市场监管局于2023年完成登记改革。\n",
            [(["市大数据局"], []), (["县市场监管局"], [])],
        ),
        # a pointer back (该局) or a common noun (社会) before 于 names no body
        (
            "一、主要任务\n(一)推进数字政府建设。该局于2023年6月上线政务服务平台。\n"
            "(二)扩大开放。全社会于2023年形成共识。\n",
            [([], []), ([], [])],
        ),
    ],
    "the_treasury_of_a_level_that_bears_a_cost": [
        (
            "一、主要任务\n(一)做好经费保障。所需补助经费由省、市、县三级财政按照4:3:3的比例分担,保险经费由省财政解决。\n"
            "(二)做好培训。培训经费由县财政承担。\n",
            [(["省、市、县三级财政", "省财政"], []), (["县财政"], [])],
        ),
        # a department named after the noun is read as a topic handed to it (round 35: heldout46 cn01's gold records
        # 市、县两级人力资源社会保障部门 as a unit); an item with its own clause keeps that clause's units
        (
            "一、主要任务\n(一)做好经费保障。应急经费由市、区两级财政部门按规定安排。\n"
            "(二)做好培训。培训经费由县财政承担。(责任单位:县人社局)\n",
            [(["市、区两级财政部门"], []), (["县人社局"], [])],
        ),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(PAGE_FAMILIES))
def test_duty_subject_families(
    variant: Callable[[str], str], text: str, want: list[tuple[list[str], list[str]]]
) -> None:
    doc = run(variant(text))
    got = [([u.surface for u in m.responsible], [u.surface for u in m.lead]) for m in doc.measures]
    assert got == [([variant(w) for w in units], [variant(w) for w in leads]) for units, leads in want]
