"""Measures of round 25's second wave (heldout29-33): a digest's items glued after their unit brackets, numbered
out of turn (…按职责分工负责)6.强化…(…负责)2.广泛宣传引导); a news paragraph whose action follows the reporter's frames
(根据意见内容,按照…要求,将…); a report on a division of work (部门分工) that hands each body
its tasks in run-on sentences, the bodies and their role before the tasks run together as ;-pieces (有3项由A牵头,
分别是X;Y;Z。 / A、B等分工负责X;Y。) or a task closed by the bodies charged with it (例如,X,由A、B等分工负责。).
Inline texts in both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, family_params, run

# Each family's cases: a page and, for each of its measures, its label, the surface forms of its units and leads.
PAGE_FAMILIES: dict[str, list[tuple[str, list[tuple[str, list[str], list[str]]]]]] = {
    "tasks_a_division_of_work_hands_its_bodies_run_on": [
        (
            "省政府明确重点工作分工\n(记者王明)近日,省政府印发重点工作部门分工方案。需要省教育厅参加的工作共计9项,"
            "有3项由省教育厅牵头,分别是推进学前教育普及;改善乡村学校办学条件;加强教师队伍建设。\n"
            "省教育厅还参与多项工作。例如,完善学生资助体系,由省财政厅、省教育厅等分工负责。\n",
            [
                ("推进学前教育普及", ["省教育厅"], ["省教育厅"]),
                ("改善乡村学校办学条件", ["省教育厅"], ["省教育厅"]),
                ("加强教师队伍建设", ["省教育厅"], ["省教育厅"]),
                ("完善学生资助体系", ["省财政厅", "省教育厅"], []),
            ],
        ),
        (
            "近日,市政府印发重点工作分工意见。\n《意见》明确,市民政局、市财政局等分工负责完善养老服务体系;"
            "扩大社区食堂覆盖面;提高困难群众救助标准。\n",
            [
                ("完善养老服务体系", ["市民政局", "市财政局"], []),
                ("扩大社区食堂覆盖面", ["市民政局", "市财政局"], []),
                ("提高困难群众救助标准", ["市民政局", "市财政局"], []),
            ],
        ),
        # one task after the bodies' role: a sentence, no list
        (
            "近日,市政府印发重点工作分工意见。\n有1项由市教育局牵头,分别是推进学前教育普及。\n",
            [],
        ),
    ],
    "news_paragraphs_whose_action_follows_the_reporters_frames": [
        (
            "本报讯 日前,某省政府印发《关于加快乡村旅游发展的意见》。\n"
            "根据意见内容,按照建设旅游强省的总体要求,将重点实施乡村旅游十大工程,丰富乡村旅游产品。\n"
            "在人才培训工程板块,将每年培训乡村旅游从业人员1万人次,提升乡村旅游经营管理和接待服务水平。\n",
            [
                (
                    "根据意见内容,按照建设旅游强省的总体要求,将重点实施乡村旅游十大工程,丰富乡村旅游产品",
                    [],
                    [],
                ),
                (
                    "在人才培训工程板块,将每年培训乡村旅游从业人员1万人次,提升乡村旅游经营管理和接待服务水平",
                    [],
                    [],
                ),
            ],
        ),
        # the page cut inside the last paragraph, after a paragraph that was a measure: it is one too
        (
            "本报讯 日前,某省政府印发《关于加快乡村旅游发展的意见》。\n"
            "根据意见内容,将重点实施乡村旅游十大工程,丰富城市周边和公路沿线的乡村旅游产品。\n"
            "在精准扶贫工程板块,将指导贫困县制定旅游扶贫实施方案,整合旅游扶贫专项资金集中扶持贫困村发展\n",
            [
                ("根据意见内容,将重点实施乡村旅游十大工程,丰富城市周边和公路沿线的乡村旅游产品", [], []),
                (
                    "在精准扶贫工程板块,将指导贫困县制定旅游扶贫实施方案,整合旅游扶贫专项资金集中扶持贫困村发展",
                    [],
                    [],
                ),
            ],
        ),
        # a frame before no action: the reporter describing the plan
        (
            "本报讯 日前,某省政府印发《关于加快乡村旅游发展的意见》。\n"
            "根据意见内容,乡村旅游已成为全省农民增收的新渠道,带动了大批农村劳动力就地就业。\n",
            [],
        ),
    ],
    "a_digests_items_glued_after_their_unit_brackets_out_of_turn": [
        (
            "二、重点任务\n3.完善废旧物资回收网络,推进回收站点进社区、进园区,合理布局分拣中心,建设一批绿色分拣中心"
            "(市商务委、市供销合作社按职责分工负责)6.强化废旧物资回收行业信息化建设,推广互联网加回收模式,"
            "建设全市统一的再生资源信息平台(市发展改革委、市经济信息委按职责分工负责)2.广泛宣传引导\n",
            [
                (
                    "完善废旧物资回收网络,推进回收站点进社区、进园区,合理布局分拣中心,建设一批绿色分拣中心",
                    ["市商务委", "市供销合作社"],
                    [],
                ),
                (
                    "强化废旧物资回收行业信息化建设,推广互联网加回收模式,建设全市统一的再生资源信息平台",
                    ["市发展改革委", "市经济信息委"],
                    [],
                ),
                ("广泛宣传引导", [], []),
            ],
        ),
        # a figure after the bracket (6.5亿元) heads no item
        (
            "二、重点任务\n3.完善废旧物资回收网络,推进回收站点进社区、进园区,合理布局分拣中心,建设一批绿色分拣中心"
            "(市商务委、市供销合作社按职责分工负责)6.5亿元专项资金用于强化废旧物资回收行业信息化建设,推广互联网加回收"
            "模式,建设全市统一的再生资源信息平台\n",
            [
                (
                    "完善废旧物资回收网络,推进回收站点进社区、进园区,合理布局分拣中心,建设一批绿色分拣中心",
                    ["市商务委", "市供销合作社"],
                    [],
                )
            ],
        ),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(PAGE_FAMILIES))
def test_measure_layout_families(
    variant: Callable[[str], str], text: str, want: list[tuple[str, list[str], list[str]]]
) -> None:
    doc = run(variant(text))
    got = [(m.label, [u.surface for u in m.responsible], [u.surface for u in m.lead]) for m in doc.measures]
    assert got == [
        (variant(label), [variant(u) for u in units], [variant(u) for u in leads])
        for label, units, leads in want
    ]
