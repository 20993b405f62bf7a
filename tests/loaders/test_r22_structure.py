"""Round 22: responsibilities laid out as other portals lay them out (the structure perturbations of
``policykg.eval.perturb_structure``). A trailing clause written as a sentence (…。由A、B负责。 / …,由A牵头。), the
clause moved to the item's head (1.【A、B】…), the label lines above their item, a task table's cells separated by
tabs, read as their usual forms do.
Inline texts in both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from policykg.loaders.extract.meta import _own_bodies
from tests.loaders.inline import IDS, VARIANTS, family_params, run
from tests.loaders.test_responsibility import keys, names

HEAD = "一、重点任务\n"
# Each measure's (units, leads) as written, in order
Want = list[tuple[list[str], list[str]]]

FAMILIES: dict[str, list[tuple[str, Want]]] = {
    "divisions_by_full_name_in_a_role_sentence": [
        # a county or district named alone is its government, in a 由…负责 sentence as in a labelled clause
        (
            HEAD + "1.实施易地扶贫搬迁。搬迁贫困人口1万人。由市移民局,西秀区、普定县、镇宁自治县负责。\n",
            [(["市移民局", "西秀区", "普定县", "镇宁自治县"], [])],
        ),
        (HEAD + "1.推进道路建设。力争年内开工。由西秀区、普定县负责。\n", [(["西秀区", "普定县"], [])]),
        # a bare short form is no division by its full name: no unit
        (HEAD + "1.推进道路建设。力争年内开工。由西秀、普定负责。\n", [([], [])]),
    ],
    "a_you_clause_closing_the_item": [
        # the trailing bracket as a sentence after a comma of the item's last sentence: every lead named
        (
            HEAD + "1.推动创新平台建设。支持企业申报省级平台。力争年内新增市级以上创新平台10家左右,"
            "由市发改局、市科技局、市工信局牵头。\n",
            [(["市发改局", "市科技局", "市工信局"], ["市发改局", "市科技局", "市工信局"])],
        ),
        (HEAD + "1.完善补贴制度。明确补贴标准。加大资金投入,由市财政局负责。\n", [(["市财政局"], [])]),
        # a 由-agent in a later sentence that goes on after it charges its body too (round 35: heldout68 dl02's
        # gold records 鎮農業服務中心 for 由鎮農業服務中心根據…下達《…》,進行登記備案; heldout69 dm09's 由市府水利局維護)
        (
            HEAD + "1.完善补贴制度。明确补贴标准。加大资金投入,由市财政局负责审核,确保按时发放。\n",
            [(["市财政局"], [])],
        ),
    ],
    "zones_named_as_bodies": [
        # a logistics park, a science park and a heritage zone stand for their administrations in a list
        (
            HEAD + "1.修编园区规划。提升各园区发展规划。县园区服务中心牵头,新材料产业园、商贸物流园、"
            "大学科技园等配合。\n",
            [(["县园区服务中心", "新材料产业园", "商贸物流园", "大学科技园"], ["县园区服务中心"])],
        ),
        (
            HEAD + "1.推进遗址保护。完成保护规划编制。由市文物局、荆州大遗址保护区负责。\n",
            [(["市文物局", "荆州大遗址保护区"], [])],
        ),
    ],
    "a_lenticular_bracket_heading_the_item": [
        # the item's bodies in 【】 right after its number, before its first word
        (
            HEAD + "1.【市金融工作局】开展专项整治,强化薄弱环节监管。\n"
            "2.【市商务局、各镇街】统筹夜经济规划布局。坚持规划引领。\n",
            [(["市金融工作局"], []), (["市商务局", "各镇街"], [])],
        ),
        # a name ending in a label word inside such a bracket is a body, not a label opening a clause
        (
            HEAD + "1.【各级河湖长制办公室、河湖长制责任单位】完善河湖长制组织体系。调整河湖长名录。\n",
            [(["各级河湖长制办公室", "河湖长制责任单位"], [])],
        ),
        # a bracket of a topic, not bodies: nothing; a 【】 later in the item: no head
        (HEAD + "1.【重点工程】建设城南污水处理厂。完成主体工程。\n", [([], [])]),
        (HEAD + "1.建设城南污水处理厂【市水务局】。完成主体工程。\n", [([], [])]),
    ],
    "label_lines_above_their_items": [
        # a section whose items each follow their block, none after the last item: each block the item below
        (
            "一、主要目标\n牵头单位:省发展改革委;责任单位:省工信厅、省商务厅\n1.地区生产总值增长5.5%左右。\n"
            "牵头单位:省财政厅;责任单位:省税务局\n2.一般公共预算收入增长5%。\n二、重点任务\n",
            [
                (["省发展改革委", "省工信厅", "省商务厅"], ["省发展改革委"]),
                (["省财政厅", "省税务局"], ["省财政厅"]),
            ],
        ),
        # the usual layout, blocks after their items, reads as before
        (
            "一、主要目标\n1.地区生产总值增长5.5%左右。\n牵头单位:省发展改革委\n责任单位:省工信厅\n"
            "2.一般公共预算收入增长5%。\n牵头单位:省财政厅\n责任单位:省税务局\n二、重点任务\n",
            [(["省发展改革委", "省工信厅"], ["省发展改革委"]), (["省财政厅", "省税务局"], ["省财政厅"])],
        ),
        # a section header line over items without blocks of their own: the header covers them all
        (
            "一、任务\n(一)人才引进\n责任单位:省人社厅\n1.建设人才公寓。\n2.开展招聘活动。\n(二)人才培养\n",
            [(["省人社厅"], []), (["省人社厅"], [])],
        ),
        # a section header line over items that carry their own lines after them: the header covers them all
        (
            "一、主要目标\n责任单位:省统计局\n1.地区生产总值增长5.5%左右。\n牵头单位:省发展改革委\n"
            "2.一般公共预算收入增长5%。\n牵头单位:省财政厅\n二、重点任务\n",
            [(["省统计局", "省发展改革委"], ["省发展改革委"]), (["省统计局", "省财政厅"], ["省财政厅"])],
        ),
    ],
    "a_task_table_with_tab_separated_cells": [
        (
            "序号\t重点任务\t牵头单位\t配合单位\n1\t推进政务公开标准化建设。\t市政务服务局\t市司法局\n"
            "2\t加强政策解读。\t市政府办公室\t市有关单位\n",
            [
                (["市政务服务局", "市司法局"], ["市政务服务局"]),
                (["市政府办公室", "市有关单位"], ["市政府办公室"]),
            ],
        ),
        # group headings in the row's first cells, bars that no blank separates from them (as tabs fold to)
        (
            "工作目标\t工作内容\t工作措施\t责任单位\t完成时限\n"
            "一、加大治理力度\t(一)强化源头治理\t1.加强防控,建立名单。\t县生态分局\t2025年底前\n"
            "2.持续开展减量行动。\t县农业农村局\t2025年11月底前\n"
            "(二)严控残留超标\t3.深入开展攻坚治理。\t县市场监管局\t2025年底前\n",
            [(["县生态分局"], []), (["县农业农村局"], []), (["县市场监管局"], [])],
        ),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_r22_structure_families(variant: Callable[[str], str], text: str, want: Want) -> None:
    doc = run(variant(text))
    got = [(names(m.responsible), names(m.lead)) for m in doc.measures]
    assert got == [(keys(units), keys(leads)) for units, leads in want]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # a body of the city's own level opening the sentence after a full stop speaks as the city
        ("…做出积极贡献。市人力资源社会保障局牵头,各县政府配合。", 1),
        ("…做出积极贡献。(牵头单位:市人力资源社会保障局)", 1),
        # 市场 opens no body
        ("…做出积极贡献。市场监管部门加强检查。", 0),
    ],
)
def test_sentence_opening_bodies_speak_as_their_level(text: str, count: int) -> None:
    assert _own_bodies(text, "市") == count
