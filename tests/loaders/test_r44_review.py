"""Round 44's review (two helpers probing the round's rules on texts they were not written for): one regression test
per problem found. Both scripts, both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, assert_measures, run


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_tasks_own_approach_is_no_guiding_thought(variant: Callable[[str], str]) -> None:
    # 以党建为引领 / 以市场需求为指导 open tasks; only the party's doctrine as guide makes a frame
    text = (
        "一、强化党建引领\n以党建为引领,健全城乡基层治理体系。(责任单位:县委组织部、县民政局)\n"
        "二、优化种植结构\n以市场需求为指导,调减籽粒玉米面积5万亩。(责任单位:县农业农村局)\n"
    )
    want = [
        ("一", "强化党建引领", ["县委组织部", "县民政局"], []),
        ("二", "优化种植结构", ["县农业农村局"], []),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_guiding_part_with_its_own_unit_is_a_task(variant: Callable[[str], str]) -> None:
    text = (
        "一、加强理论武装\n坚持以习近平新时代中国特色社会主义思想为指导,全年组织理论学习中心组学习12次以上。\n"
        "责任部门:机关党委\n二、推进网格化管理\n优化网格设置。(责任单位:县委政法委)\n"
    )
    want = [("一", "加强理论武装", ["机关党委"], []), ("二", "推进网格化管理", ["县委政法委"], [])]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_opinions_not_suited_to_the_place_stay_requirements(variant: Callable[[str], str]) -> None:
    text = (
        "各镇人民政府,县直各部门:\n现将《2024年全县重点工作任务分解方案》印发给你们,并提出以下贯彻意见,请认真贯彻落实。\n"
        "一、提高思想认识,强化责任担当\n各责任单位要高度重视。\n二、加强督查考核\n县政府督查室要加强督查。\n"
    )
    assert run(variant(text)).measures == []


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_own_opinions_wrapped_over_two_lines(variant: Callable[[str], str]) -> None:
    text = (
        "各乡镇人民政府、县级各部门:\n现将《关于支持灵活就业的实施意见》转发给你们,并结合我县实际\n"
        "提出以下贯彻意见,请一并抓好贯彻落实。\n一、强化督促落实\n县就业工作领导小组办公室要强化督促检查。\n"
        "二、加强资金保障\n县财政局要加强资金保障。\n"
    )
    want = [
        ("一", "强化督促落实", ["县就业工作领导小组办公室"], []),
        ("二", "加强资金保障", ["县财政局"], []),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_pieces_charging_people_go_on_the_demand(variant: Callable[[str], str]) -> None:
    text = (
        "县召开招商工作会议\n会议强调,要充分认识招商引资的重要意义。"
        "县长要亲自抓招商;分管副县长要靠前指挥;县商务局要做好服务保障。\n"
    )
    want = [("", "要充分认识招商引", [], []), ("", "县商务局要做好服", ["县商务局"], [])]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_task_run_after_activity_fields_stays_tasks(variant: Callable[[str], str]) -> None:
    text = (
        "(一)开展安全检查活动\n1.活动时间:6月1日至6月7日。\n2.活动内容:开展检查。\n3.组织单位:县安监局。\n"
        "五、重点任务\n(一)开展隐患排查\n1.排查范围:全县所有危化品企业。\n2.县应急管理局要组织专家开展排查。\n"
        "3.各乡镇要督促企业自查。\n"
    )
    doc = run(variant(text))
    got = {m.label[:4]: [u.surface for u in m.responsible] for m in doc.measures}
    assert got.get(variant("县应急管理局")[:4]) == [variant("县应急管理局")]
    assert got.get(variant("各乡镇要")[:4]) == [variant("各乡镇")]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_notices_stating_parts_are_no_tasks(variant: Callable[[str], str]) -> None:
    text = (
        "关于做好水利工程管护工作的通知\n各乡镇:\n现就有关事宜通知如下:\n一、基本情况\n全县共有小型水库12座。\n"
        "二、存在问题\n部分工程老化失修,管护机制不健全。\n三、工作要求\n(一)加强组织领导。各乡镇要高度重视。\n"
    )
    want = [("(一)", "加强组织领导", ["各乡镇"], [])]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("subject", ["同级部门"])
@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_level_of_departments_is_no_sector(variant: Callable[[str], str], subject: str) -> None:
    text = f"一、加强监管\n(一){subject}要按照规定做好报告工作。\n(二)工商部门要严格审批程序。\n"
    assert run(variant(text)).measures[0].responsible == []


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_policy_payers_label(variant: Callable[[str], str]) -> None:
    text = "1.【优惠内容】对企业给予一次性奖励。\n【政策兑现单位】市财政局\n2.【优惠内容】支持企业上市。\n【政策兑现单位】市金融办\n"
    want = [("1", "【优惠内容】对企业", ["市财政局"], []), ("2", "【优惠内容】支持企", ["市金融办"], [])]
    assert_measures(text, want, variant)


_POINTS = "一是改善办学条件,新建校舍2栋。\n二是加强师资队伍建设。\n三是推进教育信息化。\n"


@pytest.mark.parametrize(
    "lead",
    [
        "今年以来,在县委县政府的坚强领导下,县教育局扎实推进义务教育均衡发展。",
        "今年以来,市统计局监测数据显示,全市经济运行总体平稳。",
        "县自然资源局在耕地保护方面仍存在不足。",
        "今年以来,某某建设集团有限公司认真开展安全生产工作。",
        "县政府决定开展安全生产大检查,现将有关要求通知如下。",
    ],
)
@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_no_lead_body_for_points_it_does_not_do(variant: Callable[[str], str], lead: str) -> None:
    # a body led by an adverbial, a statistic shown, a shortcoming, a firm, a decision announced (second review)
    doc = run(variant(f"县教育工作情况\n{lead}\n{_POINTS}"))
    assert all(not m.responsible for m in doc.measures)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_request_to_suit_the_plan_is_no_own_opinion(variant: Callable[[str], str]) -> None:
    # …请结合工作实际认真贯彻落实,并提出以下贯彻意见: the addressees are asked to suit it; the items are requirements
    text = (
        "各镇人民政府,县直各部门:\n现将《2024年全县重点工作任务分解方案》印发给你们,请结合工作实际认真贯彻落实,"
        "并提出以下贯彻意见。\n一、提高思想认识\n各责任单位要高度重视。\n二、加强督查考核\n县政府督查室要加强督查。\n"
    )
    assert run(variant(text)).measures == []


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_guiding_part_charging_a_body_is_a_task(variant: Callable[[str], str]) -> None:
    text = (
        "一、加强理论武装\n坚持以习近平新时代中国特色社会主义思想为指导,县委宣传部要组织开展专题宣讲。\n"
        "二、推进网格化管理\n优化网格设置。(责任单位:县委政法委)\n"
    )
    want = [("一", "加强理论武装", ["县委宣传部"], []), ("二", "推进网格化管理", ["县委政法委"], [])]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_duijie_inside_a_name(variant: Callable[[str], str]) -> None:
    text = "一、优化服务\n(一)县招商局对接服务中心要做好企业服务。\n(二)县商务局要加强指导。\n"
    assert_measures(
        text,
        [
            ("(一)", "县招商局对接服务", ["县招商局对接服务中心"], []),
            ("(二)", "县商务局要加强指", ["县商务局"], []),
        ],
        variant,
    )


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_counted_points_keep_their_words_and_the_leads_body(variant: Callable[[str], str]) -> None:
    # 重点做好以下三项工作: / 一是… : the counted points numbered as written, the lead's body their doer (second review)
    text = (
        "佛坪县国土局三举措强化地质灾害防治\n佛坪县国土局紧紧围绕总体工作思路,重点做好以下三项工作:\n"
        "一是加强隐患点的群测群防工作。\n二是将受威胁群众纳入搬迁计划。\n三是严把评估监管。\n"
    )
    want = [
        ("一是", "加强隐患点的群测", ["佛坪县国土局"], []),
        ("二是", "将受威胁群众纳入", ["佛坪县国土局"], []),
        ("三是", "严把评估监管", ["佛坪县国土局"], []),
    ]
    assert_measures(text, want, variant)
