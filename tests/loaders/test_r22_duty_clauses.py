"""Responsibility wording of round 22 read from the misses of heldout20-22 (new real pages): a body that does the
whole of a work for every party (由市政府督查室统一组织上传), the word setting the other bodies beside a lead's label
(牵头责任单位:A;相关责任单位:B), and a 保障措施 part whose one paragraph charges a body by name (市商务局负责具体活动组织
实施). Inline texts in both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, family_params, run

# (measure number, responsible units, leads) of each measure found on a page, units as written
Found = tuple[str, list[str], list[str]]

_TASKS = "一、工作任务\n1.抓好任务分解。对点位进行梳理,"
_SUMMIT = "一、工作任务\n1.打造数字峰会。办好峰会活动。"
_FUND = "一、资金规模\n本次专项资金总额为800万元,用于消费券发放。\n"

FAMILIES: dict[str, list[tuple[str, list[Found]]]] = {
    "a_body_doing_the_whole_work_for_every_party": [
        (
            _TASKS + "由市政府督查室统一组织上传。\n2.明确工作责任。健全推进机制。\n",
            [("1", ["市政府督查室"], []), ("2", [], [])],
        ),
        (
            "一、工作任务\n1.开展经济普查。对普查对象进行登记,由市统计局统一组织实施。\n",
            [("1", ["市统计局"], [])],
        ),
        # 统一 before another verb charges nobody
        (_TASKS + "全市统一标准推进。\n", [("1", [], [])]),
    ],
    "the_other_bodies_beside_a_leads_label": [
        (
            _SUMMIT + "(牵头责任单位:市数据管理局;相关责任单位:市工信局、市商务局)\n",
            [("1", ["市数据管理局", "市工信局", "市商务局"], ["市数据管理局"])],
        ),
        (
            _SUMMIT + "(牵头单位:市数据管理局;有关责任单位:市工信局)\n",
            [("1", ["市数据管理局", "市工信局"], ["市数据管理局"])],
        ),
    ],
    "a_safeguards_part_whose_paragraph_charges_a_body": [
        (
            # the body opening a sentence with its act (积极做好) is charged beside the one 负责 charges (h22x)
            _FUND + "二、保障措施\n市财政局积极做好资金保障工作。市商务局负责具体活动组织实施。\n",
            [("一", [], []), ("二", ["市财政局", "市商务局"], [])],
        ),
        # a sentence with its own duty modal charges no body by a clause: the part frames the plan
        (_FUND + "二、保障措施\n各县区要建立推动落实机制、政府主责,形成工作合力。\n", [("一", [], [])]),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_r22_duty_clauses(variant: Callable[[str], str], text: str, want: list[Found]) -> None:
    doc = run(variant(text))
    got = [(m.number, [u.surface for u in m.responsible], [u.surface for u in m.lead]) for m in doc.measures]
    assert got == [(n, [variant(u) for u in units], [variant(u) for u in leads]) for n, units, leads in want]
