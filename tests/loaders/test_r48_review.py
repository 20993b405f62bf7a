"""Round 48's review (/work/review48/a-d): the regressions and close misses the four review helpers found in the
round's families, one test each. Both scripts, both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, assert_measures, measure_unit_sets, run

_STEPS = "五、工作步骤\n(一)排查阶段(2024年5月)\n"


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_phase_collective_stops_before_its_adverb(variant: Callable[[str], str]) -> None:
    text = _STEPS + (
        "1.各乡镇立即开展自查。\n2.各区全面开展燃气安全隐患排查。\n3.各镇区于3月底前召开动员会议。\n"
        "4.各乡镇、县直各部门分别召开会议。\n"
    )
    want = [
        ("1", "各乡镇立即开展自查", ["各乡镇"], []),
        ("2", "各区全面开展燃气安全隐患排查", ["各区"], []),
        ("3", "各镇区于3月底前召开动员会议", ["各镇区"], []),
        ("4", "各乡镇、县直各部门分别召开会议", ["各乡镇", "县直各部门"], []),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_firms_are_no_phase_collective_and_a_named_body_acts(variant: Callable[[str], str]) -> None:
    text = (
        _STEPS
        + "1.各企业开展自查。\n2.各类企业开展自查。\n3.县安监局对全县企业进行摸底。\n4.区城管局组建专项整治队伍。\n"
    )
    want = [
        ("1", "各企业开展自查", [], []),
        ("2", "各类企业开展自查", [], []),
        ("3", "县安监局对全县企业进行摸底", ["县安监局"], []),
        ("4", "区城管局组建专项整治队伍", ["区城管局"], []),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_summarys_steps_and_a_phases_fields_are_no_tasks(variant: Callable[[str], str]) -> None:
    summary = (
        "一、基本情况\n今年全县开展安全生产大排查。\n二、工作步骤及完成情况\n(一)动员部署阶段\n"
        "1.各乡镇相应召开会议,共召开会议23场次。\n2.全县共排查企业326家。\n"
    )
    assert measure_unit_sets(run(variant(summary))) == []
    fields = "六、工作步骤\n(一)调查摸底阶段(2024年12月底前)。\n1.时间:2024年3月1日至3月31日。\n2.各镇区相应召开会议进行部署。\n"
    assert_measures(fields, [("2", "各镇区相应召开会议进行部署", ["各镇区"], [])], variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_contests_time_schedule_holds_no_tasks(variant: Callable[[str], str]) -> None:
    text = "三、时间安排\n(一)报名阶段(3月)\n1.参赛选手登录大赛网站在线报名。\n2.各学校汇总本校报名信息。\n"
    assert measure_unit_sets(run(variant(text))) == []


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_partner_stops_before_the_meeting_it_convenes(variant: Callable[[str], str]) -> None:
    text = (
        "为进一步净化校园周边环境,市教育局会同市公安局召开全市校园周边环境整治部署会。\n"
        "此次整治从两个方面展开,一是开展校园周边排查。二是加强执法检查。\n"
    )
    units = ["市教育局", "市公安局"]
    assert_measures(
        text, [("一是", "开展校园周边排查", units, []), ("二是", "加强执法检查", units, [])], variant
    )


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_findings_and_demands_are_not_the_lead_bodys_points(variant: Callable[[str], str]) -> None:
    findings = (
        "为摸清专项资金使用情况,市审计局会同市财政局开展了专项审计。\n"
        "审计发现的问题主要有:一是部分项目资金闲置。二是个别单位挤占挪用专项资金。\n"
    )
    assert measure_unit_sets(run(variant(findings))) == [[], []]
    demands = (
        "为做好防汛工作,市应急局会同市水利局召开防汛会商会。\n会议要求:一要压实防汛责任。二要加强隐患排查。\n"
    )
    assert measure_unit_sets(run(variant(demands))) == [[], []]


_NEWS = "某县开展校园安全整治\n近日,某县启动校园安全专项整治行动。\n\n"


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_led_pieces_past_a_run_in_with_a_duty_piece(variant: Callable[[str], str]) -> None:
    text = _NEWS + (
        "据悉,此次整治分三块。《方案》明确,校园安全由县教育局牵头,公安部门配合;"
        "食品卫生监管由县市场监管局负责,对学校食堂进行全面监督检查;车辆整治由县公安交警大队牵头,交运局配合。\n"
    )
    want = [
        ("", "校园安全由县教育局牵头", ["县教育局", "公安部门"], ["县教育局"]),
        ("", "食品卫生监管由县市场监管局负责", ["县市场监管局"], []),
        ("", "车辆整治由县公安交警大队牵头", ["县公安交警大队", "交运局"], ["县公安交警大队"]),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_led_pieces_reporting_work_done_are_none(variant: Callable[[str], str]) -> None:
    text = _NEWS + (
        "据悉,今年以来,校园内部安全整治由县教育局牵头,共排查学校120所,整改隐患35处;"
        "食品卫生监管由县市场监管局牵头,共检查学校食堂86家次。\n"
    )
    assert measure_unit_sets(run(variant(text))) == []


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    "text",
    [
        "我市就业帮扶工作进展情况\n市人社局将稳岗返还资金1.2亿元发放到位。市财政局将就业补助资金8000万元全部下达。\n",
        "工作动态\n11月5日,市商务局应邀参加进口博览会开幕式。市财政局应邀出席相关配套活动。\n",
        "工作动态\n市自然资源局要素保障专班本月共保障项目用地1200亩。市发改委要素保障组协调解决问题15个。\n",
    ],
    ids=["will", "invited", "factor"],
)
def test_no_duty_modal_no_task(variant: Callable[[str], str], text: str) -> None:
    assert measure_unit_sets(run(variant(text))) == []


# the second review (/work/review48/e)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_phase_collective_never_takes_its_tasks_words(variant: Callable[[str], str]) -> None:
    text = _STEPS + "1.各乡镇建立隐患排查整治台账。\n2.各部门立即行动起来。\n3.各县(市、区)迅速召开会议。\n"
    want = [
        ("1", "各乡镇建立隐患排查整治台账", ["各乡镇"], []),
        ("2", "各部门立即行动起来", ["各部门"], []),
        ("3", "各县(市、区)迅速召开会议", ["各县(市、区)"], []),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_guides_steps_and_steps_done_hold_no_tasks(variant: Callable[[str], str]) -> None:
    guide = "三、办理步骤\n(一)网上申请\n1.申请人登录政务服务网提交材料。\n2.县行政审批局受理申请。\n"
    done = "一、基本情况\n今年全县开展环境整治。\n二、工作步骤\n(一)动员部署阶段\n1.县政府召开了全县动员大会。\n2.截至6月底,共清理垃圾3000吨。\n"
    assert measure_unit_sets(run(variant(guide))) == []
    assert measure_unit_sets(run(variant(done))) == []


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_closing_requirements_to_the_addressees_are_no_tasks(variant: Callable[[str], str]) -> None:
    # 县直各部门要… / 各乡镇要…: a notice's closing requirements to its addressees as a whole, on a page with no heading
    # (round 48's corpus check: heldout39 cg12, heldout142 gh09's gold record none)
    text = "关于做好防汛工作的通知\n县直各部门要按照职责分工,做好防汛物资储备工作。各乡镇要参照本方案制定工作计划。\n"
    assert measure_unit_sets(run(variant(text))) == []


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_opinions_offered_are_not_the_lead_bodys_points(variant: Callable[[str], str]) -> None:
    text = (
        "为做好安全生产工作,市应急管理局会同市公安局召开专题会议。\n"
        "会议就做好下一步工作提出三点意见,一是提高思想认识。二是压实工作责任。\n"
    )
    assert measure_unit_sets(run(variant(text))) == [[], []]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_contact_footer_leaves_the_task_bullets(variant: Callable[[str], str]) -> None:
    text = (
        "推进职能架构重整\n• 进一步整合执法队伍,提升基层执法效能和服务水平。\n• 有序跟进社区服务中心建设,完善便民服务网络。\n"
        "• 逐步推行网上办事,优化办事流程和审批时限。\n• 联系电话:0512-53660867\n• 传  真:0512-53660868\n"
    )
    assert len(measure_unit_sets(run(variant(text)))) == 3


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_an_audits_findings_are_no_duties(variant: Callable[[str], str]) -> None:
    text = "审计结果公告\n县财政局应拨未拨专项资金3000万元。县交通运输局应退未退保证金200万元。\n"
    assert measure_unit_sets(run(variant(text))) == []


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_led_pieces_past_a_reporters_run_in(variant: Callable[[str], str]) -> None:
    text = _NEWS + (
        "记者了解到,校园内部安全整治由县教育局牵头,公安部门配合;车辆整治由县公安交警大队牵头,交运局配合。\n"
    )
    want = [
        ("", "校园内部安全整治由县教育局牵头", ["县教育局", "公安部门"], ["县教育局"]),
        ("", "车辆整治由县公安交警大队牵头", ["县公安交警大队", "交运局"], ["县公安交警大队"]),
    ]
    assert_measures(text, want, variant)
