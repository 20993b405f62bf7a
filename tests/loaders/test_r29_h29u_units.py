"""Responsible units of round 29 (h29u), from the forms of heldout51-53 widened to the variants other cities write:
a principle the item holds to (坚持政府主导) names no body; designated pilot places (试点城市) and bodies of another
kind after a join (…和企业) are bodies of their own; a heading of bodies and their key tasks (二、县教育局重点工作) names
the units of the items under it; a collective of levels with an autonomous one (各市、县、自治县人民政府) is one unit; the
tally after 等 (等九个单位) is no body; 共同承办 charges the bodies before it; bodies of a kind after the case of their
duty (对构成犯罪的,公安机关要…) or after who requires it (该市要求,水务部门要…); a party committee and its government
run together (县委县政府) are two; a body and its tasks opening a list (本中心任务如下:) names the unit of its items; a task table's unit cell (a collective with
bracketed levels first) where a task column is due, the row's merged cells dropped; the bodies a lead brings in right
after its run (由A牵头,联合B、C,…); departments sharing the duties after a colon (压实各部门职责:住建局统筹…;应急局严管…). Inline texts in both scripts and both
punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, family_params, run

TAIL = "二、市邮政管理局要加强督促检查。\n"

FAMILIES: dict[str, list[tuple[str, list[list[str]]]]] = {
    "a_principle_held_names_no_body": [
        (
            "一、重点工作\n1.坚持政府主导,明确部门职责分工,建立工作机制。\n2.强化企业主导,推动合作。\n",
            [[], []],
        ),
        ("一、坚持政府负责,明确部门职责分工。\n" + TAIL, [[], ["市邮政管理局"]]),
    ],
    "pilot_places_and_bodies_of_another_kind_after_a_join": [
        (
            "一、试点城市和企业要认真落实实施方案,深化改革。\n" + TAIL,
            [["试点城市", "企业"], ["市邮政管理局"]],
        ),
        ("一、示范县和高校要加强合作,共建平台。\n" + TAIL, [["示范县", "高校"], ["市邮政管理局"]]),
    ],
    "a_government_and_its_organs_after_a_join_stay_one": [
        ("一、各县市区政府和管委会要加强管理。\n" + TAIL, [["各县市区政府和管委会"], ["市邮政管理局"]]),
    ],
    "a_heading_of_bodies_and_their_key_tasks": [
        (
            "一、县教育局重点工作\n1.加强学校建设,扩大资源。\n2.推进改革。\n"
            "二、县卫生健康局和县医保局重点任务\n1.推进医保改革。\n",
            [["县教育局"], ["县教育局"], ["县卫生健康局", "县医保局"]],
        ),
        ("一、2024年重点工作\n1.推进乡村振兴。\n2.推进改革。\n", [[], []]),
    ],
    "a_collective_of_levels_with_an_autonomous_one": [
        (
            "一、统筹规划。加强规划。(责任单位:省教育厅,各市、县、自治县人民政府)\n"
            "二、统筹资源。推动布局。(责任单位:省教育厅,各州、市、县人民政府)\n",
            [["省教育厅", "各市、县、自治县人民政府"], ["省教育厅", "各州、市、县人民政府"]],
        ),
    ],
    "the_tally_after_etc_is_no_body": [
        (
            "一是举办主场活动。活动由县政府主办,县委组织部、县委宣传部等九个单位承办。二是开展系列联合行动。\n",
            [["县政府", "县委组织部", "县委宣传部"], []],
        ),
        (
            "一、组织实施。由市商务局负责,市财政局、市税务局等5个部门配合。\n" + TAIL,
            [["市商务局", "市财政局", "市税务局"], ["市邮政管理局"]],
        ),
    ],
    "bodies_of_a_kind_after_the_case_or_the_requirer": [
        (
            "一、严厉打击。水利部门要及时移交线索。对构成犯罪的,公安机关要依法严厉打击。\n" + TAIL,
            [["水利部门", "公安机关"], ["市邮政管理局"]],
        ),
        (
            "一、专项整治。该市要求,水务部门要加大清查;交通部门要清理车辆;供电部门要全力配合。\n" + TAIL,
            [["水务部门", "交通部门", "供电部门"], ["市邮政管理局"]],
        ),
        # a sector's department alone, after the case, may still be the item's topic
        ("一、严厉打击。对构成犯罪的,公安部门要依法严厉打击。\n" + TAIL, [[], ["市邮政管理局"]]),
    ],
    "a_party_committee_and_its_government_run_together": [
        (
            "一、举办主场活动。由县委县政府牵头,县教育局配合。\n" + TAIL,
            [["县委", "县政府", "县教育局"], ["市邮政管理局"]],
        ),
        ("一、加强督查。市委市政府督查局要加强跟踪督办。\n" + TAIL, [["市委市政府督查局"], ["市邮政管理局"]]),
    ],
    "a_body_and_its_tasks_opening_the_list": [
        (
            "一、县应急管理局任务如下:\n(一)负责全县应急管理工作。\n(二)组织编制应急预案。\n",
            [["县应急管理局"], ["县应急管理局"]],
        ),
        (
            "一、本要点依条例规定订定之。\n二、市政府为达成联合施工之目标,特设统一协调中心(以下简称本中心)。\n"
            "本中心任务如下:\n(一)协调整合施工。\n(二)施工障碍之排除。\n",
            [["本中心"], ["本中心"]],
        ),
        # tasks with no body before them: a plan's own list
        ("一、制定重点工作任务如下:\n(一)加快创新平台建设。\n(二)推进改革。\n", [[], []]),
    ],
    "a_unit_cell_where_a_task_column_is_due": [
        (
            "任务分解表\n一级指标 |\n建设内容 |\n建设指标 |\n考评标准 |\n任务内容 |\n责任单位 |\n工作考核 |\n"
            "一、地方政府属地管理责任 |\n(一)组织领导 |\n"
            "1. 市、县政府成立农产品质量安全工作领导机构( 2 分)。 |\n建立农产品质量安全工作领导机构。 |\n"
            "市府办 县(市、区)政府 |\n"
            "2. 领导机构内各部门的职责清晰,落实到位(2 分) 。 |\n制定领导小组成员单位职责分工文件。 |\n"
            "县(市、区)政府 市发展改革委 |\n",
            [["市府办", "县(市、区)政府"], ["县(市、区)政府", "市发展改革委"]],
        ),
    ],
    "the_bodies_a_lead_brings_in": [
        (
            "一、由各市县住房和城乡建设局牵头,联合发改、自然资源和规划部门,确定装配式建筑项目。\n" + TAIL,
            [["各市县住房和城乡建设局", "发改", "自然资源和规划部门"], ["市邮政管理局"]],
        ),
        (
            "一、由市住建局牵头,会同市发展改革委、市自然资源局,开展专项检查。\n" + TAIL,
            [["市住建局", "市发展改革委", "市自然资源局"], ["市邮政管理局"]],
        ),
        # the concerned bodies left vague, and a verb of joint work with no body after it, bring in none
        ("一、由市住建局牵头,会同有关部门,开展专项检查。\n" + TAIL, [["市住建局"], ["市邮政管理局"]]),
        ("一、由市住建局牵头,联合开展专项检查,加强监管。\n" + TAIL, [["市住建局"], ["市邮政管理局"]]),
    ],
    "departments_sharing_the_duties_after_a_colon": [
        (
            "一、压实职责。会议进一步压实各部门职责:住建局统筹协调全局,督促燃气企业落实主体责任;应急局严管工业燃料违规"
            "民用行为;市场监管局从生产销售端严控燃气产品质量。\n" + TAIL,
            [["住建局", "应急局", "市场监管局"], ["市邮政管理局"]],
        ),
        (
            "一、明确分工。职责分工如下:市教育局负责校园安全;市公安局加强周边巡查。\n" + TAIL,
            [["市教育局", "市公安局"], ["市邮政管理局"]],
        ),
        # duties that name no body, and one department alone, divide nothing
        ("一、明确职责。主要职责:加强组织领导;完善工作机制。\n" + TAIL, [[], ["市邮政管理局"]]),
        ("一、明确职责。部门职责:应急局严管工业燃料违规民用行为。\n" + TAIL, [[], ["市邮政管理局"]]),
    ],
    "bodies_undertaking_together": [
        (
            "一是举办主场活动。活动由县政府主办,县委组织部、县委宣传部共同承办。二是开展系列联合行动。\n",
            [["县政府", "县委组织部", "县委宣传部"], []],
        ),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_round29_h29u_unit_families(variant: Callable[[str], str], text: str, want: list[list[str]]) -> None:
    doc = run(variant(text))
    got = [[u.surface for u in m.responsible] for m in doc.measures]
    assert got == [[variant(w) for w in units] for units in want]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_principle_held_gives_no_lead(variant: Callable[[str], str]) -> None:
    doc = run(variant("一、重点工作\n1.坚持政府主导,明确部门职责分工。\n2.推进改革。\n"))
    assert all(not m.lead for m in doc.measures)
