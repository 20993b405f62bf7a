"""Round 26 (heldout34-35's misses): a requirement heading (组织领导, 督促落实) whose own text charges bodies; duty
modals of need or obligation (需, 须, 必须) and a body stepping up its own work (A加强对…的督促检查) charging the
sentence's subject. Inline texts in both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, family_params, run

# Each family's cases: a page and, for each of its measures, its label, the surface forms of its units and leads.
PAGE_FAMILIES: dict[str, list[tuple[str, list[tuple[str, list[str], list[str]]]]]] = {
    "a_requirement_heading_whose_text_charges_bodies": [
        (
            "某区重点项目建设实施方案\n一、主要目标\n保证项目顺利落地。\n二、保障措施\n"
            "(一)加强组织领导。各责任部门要切实加强对项目建设的领导,精心组织,力求实效。\n"
            "(二)强化督促检查。区政府督查室要加强对项目推进情况的督促检查。\n",
            [
                ("加强组织领导", ["各责任部门"], []),
                ("强化督促检查", ["区政府督查室"], []),
            ],
        ),
        # the requirement's text exhorts no body: no measure
        (
            "某区重点项目建设实施方案\n一、主要目标\n保证项目顺利落地。\n二、保障措施\n"
            "(一)加强组织领导。要切实加强对项目建设的领导,精心组织,力求实效。\n",
            [],
        ),
    ],
    "duty_modals_of_need_and_a_body_stepping_up_its_work": [
        (
            "某区重点项目建设实施方案\n一、工作措施\n"
            "(一)明确责任落实。项目管理试行属地管理原则,各街道办事处需掌握属地内项目的建设进度,"
            "城区各责任部门负责城区项目的协调推进工作。\n"
            "(二)加强督促落实。区政府督查室加强对重大项目推进情况的督促检查,将月报执行情况列入年度绩效考核。\n"
            "(三)严格时限要求。各乡镇必须于6月底前完成项目清单报送。\n",
            [
                ("明确责任落实", ["各街道办事处", "城区各责任部门"], []),
                ("加强督促落实", ["区政府督查室"], []),
                ("严格时限要求", ["各乡镇"], []),
            ],
        ),
        # a need that is no body's (项目建设需求): no unit
        (
            "某区重点项目建设实施方案\n一、工作措施\n(一)摸清项目底数。全面梳理项目建设需求,建立项目库。\n",
            [("摸清项目底数", [], [])],
        ),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(PAGE_FAMILIES))
def test_a26m_measure_families(
    variant: Callable[[str], str], text: str, want: list[tuple[str, list[str], list[str]]]
) -> None:
    doc = run(variant(text))
    got = [(m.label, [u.surface for u in m.responsible], [u.surface for u in m.lead]) for m in doc.measures]
    assert got == [
        (variant(label), [variant(u) for u in units], [variant(u) for u in leads])
        for label, units, leads in want
    ]
