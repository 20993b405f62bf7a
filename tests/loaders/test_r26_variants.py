"""Round 26's variants of the unit families (issue 11): each family of rounds 23-25 was written from one or two
pages' wording; these are the forms a planner's document from another city writes for the same grammar, each a
probe that failed before its family was widened. A label broken by a PDF's line wrap (责任单 / 位:); the role words
支持 / 指导 / 协调 composing a label (支持单位:); the guiding body of a clause (生态环境部指导,试点城市政府负责落实);
a duty subject charged by any modal (各街道办事处需…, 市财政局应当…), the addressees named by their area or level
(各地各部门要…); a lead mark in its unit's own bracket after a list (责任单位:B、A(牵头)); the units of a role
sentence followed by the task they carry (由A负责建立项目库,B配合). Inline texts in both scripts and both
punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, family_params, run, units_match

H = "一、重点任务\n"
T = "(一)推进数字政府建设。完善政务服务平台,提升办事效率。"
A, B, C = "市政务服务数据管理局", "市发展改革委", "市财政局"
# Each measure's (units, leads) as written, in order
Want = list[tuple[list[str], list[str]]]
Case = tuple[str, Want]
NEXT = "(二)推进创业。(省人社厅负责)\n"
U = ["省发展改革委", "工业和信息化委", "财政厅", "科技厅"]

FAMILIES: dict[str, list[Case]] = {
    "label_broken_by_a_line_wrap": [
        (
            H + T + "(责任单\n位:省发展改革委、工业和信息化委、财政厅、科技厅)\n" + NEXT,
            [(U, []), (["省人社厅"], [])],
        ),
        (
            H + T + "(责任单\n\n位:省发展改革委、工业和信息化委、财政厅、科技厅)\n\n" + NEXT,
            [(U, []), (["省人社厅"], [])],
        ),
        (H + T + f"(牵头单\n位:{A};配合单位:{B})\n", [([A, B], [A])]),
        # a line ending in a role word, the next opening with a body noun, no colon: no label
        (H + T + f"完善管理体制,落实责任\n单位内部考核。({A}负责)\n", [([A], [])]),
    ],
    "supporting_guiding_and_coordinating_labels": [
        (H + T + f"(牵头单位:{A};支持单位:{B})\n", [([A, B], [A])]),
        (H + T + f"(牵头单位:{A};协调单位:{B})\n", [([A, B], [A])]),
        (H + T + f"(指导单位:{A};责任单位:{B})\n", [([A, B], [])]),
    ],
    "guiding_body_in_a_role_clause": [
        (H + T + f"({A}牵头,{B}指导)\n", [([A, B], [A])]),
        (H + T + f"({B}指导,各县区人民政府负责落实)\n", [([B, "各县区人民政府"], [])]),
        (H + T + f"(各县区人民政府负责,{A}指导)\n", [(["各县区人民政府", A], [])]),
        # 指导 as a noun of the task, no body before it: nothing named
        (H + T + "加强业务指导。\n", [([], [])]),
    ],
    "duty_subject_charged_by_any_modal": [
        (
            H.replace("一", "二") + f"(一)推进招商引资。{C}{modal}建立重点项目库,滚动推进项目招引。\n",
            [([C], [])],
        )
        for modal in ("应", "应当", "须", "必须", "务必", "需")
    ]
    + [
        (H + "(一)推进招商引资。各街道办事处需掌握属地内重大项目进展情况。\n", [(["各街道办事处"], [])]),
        # a modal after no body: nothing charged
        (H + "(一)推进招商引资。企业应当建立重点项目库。\n", [([], [])]),
    ],
    "addressees_by_area_or_level": [
        (H + f"(一)推进招商引资。{who}要建立重点项目库,滚动推进项目招引。\n", [([who], [])])
        for who in ("市级各部门", "县级各有关部门", "省级各部门")
    ],
    "lead_mark_in_its_units_own_bracket": [
        (H + T + f"(责任单位:{B}、{A}(牵头))\n", [([B, A], [A])]),
        (H + T + f"(责任单位:{B}、{C}、{A}(牵头单位))\n", [([B, C, A], [A])]),
        # the verb glued to the list's last name covers the whole group
        (H + T + f"({B}、{A}牵头)\n", [([B, A], [B, A])]),
    ],
    "role_sentence_then_the_task_carried": [
        (H + T + f"由{A}负责建立项目库,{B}配合。\n", [([A, B], [A])]),
        (H + T + f"由{A}负责资金保障,{B}、{C}配合。\n", [([A, B, C], [A])]),
        (H + T + f"由{A}牵头制定实施细则,{B}配合。\n", [([A, B], [A])]),
        (H + T + f"由{A}负责具体组织实施,{B}配合。\n", [([A, B], [A])]),
        (H + T + f"由{A}牵头具体组织实施,{B}配合。\n", [([A, B], [A])]),
        # the verb's object a body: the units before the verb are the clause's
        (H + T + f"由{A}负责,{B}配合。\n", [([A, B], [A])]),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_r26_variants(variant: Callable[[str], str], text: str, want: Want) -> None:
    doc = run(variant(text))
    got = [([r.surface for r in m.responsible], [r.surface for r in m.lead]) for m in doc.measures]
    assert len(doc.measures) == len(want), got
    for m, (units, leads) in zip(doc.measures, want, strict=True):
        assert units_match(doc, m.responsible, units) and units_match(doc, m.lead, leads), got
