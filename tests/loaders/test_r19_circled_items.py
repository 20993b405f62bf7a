"""Circled items of round 19 (unseen pages): under a title-only (1) line (1)增加居民收入 / ①…(牵头单位:…) / ②…,
the circled items are the measures, also when they run on in one line (①…;②…;③…). A (1) item with text of
its own keeps its circled points as its details. A heading naming an office with the bodies merged into it
(综合办公室(党群工作部、监察室)) heads that office's tasks. Inline texts in both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, family_params
from tests.loaders.test_responsibility import keys, names, run

HEAD = "一、工作任务\n(一)实施民生工程\n1.居民增收工程\n"
# Each measure's (number, units, leads) in order
Want = list[tuple[str, list[str], list[str]]]
Case = tuple[str, Want]

FAMILIES: dict[str, list[Case]] = {
    "circled_items_under_a_title_only_sub_item": [
        (
            HEAD + "(1)增加城镇居民收入\n"
            "①以就业促增收,落实就业优先政策。(牵头单位:市人社局;责任单位:各县人民政府)\n"
            "②以创业促发展,加大创业贷款力度。(牵头单位:市财政局)\n",
            [("①", ["市人社局", "各县人民政府"], ["市人社局"]), ("②", ["市财政局"], ["市财政局"])],
        ),
        # a colon closing the title, the items run on in one line after each other's semicolon
        (
            "(一)综合办公室\n(1)年度主要任务与要求:\n"
            "①完成上稿8篇;②理顺园区体制机制,配合出台相关制度;③完成领导交办的其他工作。\n"
            "(二)招商合作局\n(1)年度主要任务与要求:\n①制作园区招商手册;②积极主动服务企业。\n",
            [("①", [], []), ("②", [], []), ("③", [], []), ("①", [], []), ("②", [], [])],
        ),
    ],
    "circled_points_of_an_item_with_text_stay_its_details": [
        # a (1) item with a sentence of its own: its circled points are its text, one measure
        (
            HEAD + "(1)增加城镇居民收入。全面落实就业政策,重点做好以下工作:\n"
            "①稳定就业岗位;\n②加大就业帮扶。(牵头单位:市人社局)\n",
            [("(1)", ["市人社局"], ["市人社局"])],
        ),
        # circled markers out of order inside a line are no run-on items
        (
            HEAD + "(1)增加城镇居民收入\n①落实就业政策;③加大帮扶。(牵头单位:市人社局)\n"
            "②以创业促发展。(牵头单位:市财政局)\n",
            [("①", ["市人社局"], ["市人社局"]), ("②", ["市财政局"], ["市财政局"])],
        ),
    ],
    "an_office_with_its_merged_bodies_heads_its_tasks": [
        # a department page: the heading names an office with the bodies merged into it, the unit of its items
        (
            "(一)综合办公室(党群工作部、监察室、财务室)\n1.负责党建和内部管理工作。\n2.完成领导交办的其他工作。\n"
            "(二)招商合作局(行政审批局)\n1.制作园区招商手册。\n",
            [
                ("1", ["综合办公室(党群工作部、监察室、财务室)"], []),
                ("2", ["综合办公室(党群工作部、监察室、财务室)"], []),
                ("1", ["招商合作局(行政审批局)"], []),
            ],
        ),
        # an office without a level or merged bodies, a title with a bracketed remark: no unit
        (
            "(一)综合办公室\n1.负责党建和内部管理工作。\n2.完成领导交办的其他工作。\n"
            "(二)推进园区建设(重点工作)\n1.建设标准厂房。\n",
            [("1", [], []), ("2", [], []), ("1", [], [])],
        ),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_r19_circled_item_families(variant: Callable[[str], str], text: str, want: Want) -> None:
    doc = run(variant(text))
    got = [(m.number, names(m.responsible), names(m.lead)) for m in doc.measures]
    assert got == [(number, keys(units), keys(leads)) for number, units, leads in want]
