"""Measures of round 26 (heldout36-38), written as families of the page's form: a covering notice alone on its
page (the plan it hands on not reached) whose numbered items charge its addressees (一、细化任务抓落实。各乡镇各部门
要… / 二、旗政府督查室要加强…): each item a task of the page. Inline texts in both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, family_params, run

_NOTICE = (
    "某县人民政府关于分解落实政府工作报告目标任务的通知\n各乡镇人民政府,县政府各部门:\n"
    "《政府工作报告》已经县人民代表大会审议通过,现将2023年工作任务予以分解印发。\n"
)
_SIGNED = "某县人民政府\n2023年1月30日\n"

# Each family's cases: a page and the labels of its measures.
NOTICE_FAMILIES: dict[str, list[tuple[str, list[str]]]] = {
    "a_notice_alone_whose_items_charge_its_addressees": [
        (
            _NOTICE + "一、细化任务抓落实。各乡镇各部门要围绕目标任务,明确量化目标,建立工作台账。\n"
            "二、明确责任抓落实。各牵头责任单位要切实履行牵头抓总职责;各协同责任单位要主动配合。\n",
            ["细化任务抓落实", "明确责任抓落实"],
        ),
        (
            _NOTICE
            + "一、务必高度重视。今年是关键一年,做好政府工作至关重要。各责任单位要逐项谋划所承办的事项。\n"
            "二、务必高效推进。各牵头单位要切实履行牵头抓总的责任。\n" + _SIGNED,
            ["务必高度重视", "务必高效推进"],
        ),
        # items without a title: the charged sentence is the item
        (
            _NOTICE + "一、各地区、各部门要高度重视重点任务落实工作,主要领导要亲自抓,确保各项任务落到实处。\n"
            "二、县政府督查室要加强对重点工作的日常调度,建立重点任务落实台账。\n" + _SIGNED,
            [
                "各地区、各部门要高度重视重点任务落实工作,主要领导要亲自抓,确保各项任务落到实处",
                "县政府督查室要加强对重点工作的日常调度,建立重点任务落实台账",
            ],
        ),
    ],
    # a motto title of comma-joined phrases: the notice's requirement, whoever its text names
    "a_motto_titled_requirement_stays_no_measure": [
        (
            _NOTICE + "一、高度重视,提高站位。今年是关键一年,做好政府工作意义重大。\n"
            "二、夯实责任,狠抓落实。各级各部门要进一步强化责任意识。\n",
            [],
        ),
    ],
    # an item that charges no one: an exhortation
    "an_item_charging_no_one_stays_no_measure": [
        (_NOTICE + "一、统一思想抓落实。今年是关键一年,做好政府工作至关重要,必须不折不扣抓好落实。\n", []),
    ],
    # the plan is on the page after the notice: its items are the tasks, the notice's own are requirements
    "the_plan_on_the_page_keeps_the_notice_items_requirements": [
        (
            _NOTICE + "一、各责任单位要高度重视,制订工作方案,明确时间节点。\n"
            "二、县绩效考评机构要将目标任务纳入绩效管理考核范围。\n"
            + _SIGNED
            + "2023年县政府工作报告目标任务分解方案\n一、主要预期目标\n(一)地区生产总值增长7%以上\n"
            "责任单位:县发展和改革局\n(二)固定资产投资增长10%以上\n责任单位:县发展和改革局\n",
            ["地区生产总值增长7%以上", "固定资产投资增长10%以上"],
        ),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(NOTICE_FAMILIES))
def test_covering_notice_families(variant: Callable[[str], str], text: str, want: list[str]) -> None:
    doc = run(variant(text))
    assert [m.label for m in doc.measures] == [variant(label) for label in want]
