"""Round 46's review (/work/review46/a): regressions the round's first rules made, one test each. Both scripts, both
punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, assert_measures, measure_numbers, run


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_bodys_object_firm_after_you_is_no_part_of_its_name(variant: Callable[[str], str]) -> None:
    text = (
        "二、工作措施\n(一)加大信贷支持。由县财政局协调农商银行提供贴息贷款。\n"
        "(二)加快电网改造。由县发改委协调供电公司实施农网改造。\n"
        "(三)组建平台公司。由市国资委组建城投集团,负责城市基础设施投融资。\n"
    )
    want = [
        ("(一)", "加大信贷支持", ["县财政局"], []),
        ("(二)", "加快电网改造", ["县发改委"], []),
        ("(三)", "组建平台公司", ["市国资委"], []),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_notices_own_tasks_stay_beside_its_requirement_reminders(variant: Callable[[str], str]) -> None:
    text = (
        "关于做好2024年春节期间安全生产工作的通知\n各县区人民政府,市直有关单位:\n"
        "春节将至,为做好安全生产工作,现就有关事项通知如下:\n一、各县区要立即开展一次安全隐患大排查。\n"
        "二、市应急局要加强值班值守。\n三、工作要求\n(一)各单位要严格落实领导带班制度。\n"
        "(二)各县区要于2月20日前将排查情况报市安委办。\n"
    )
    doc = run(variant(text))
    assert measure_numbers(doc) == ["一", "二"], [m.label for m in doc.measures]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_kind_of_party_opening_a_duty_line_is_no_unit(variant: Callable[[str], str]) -> None:
    text = "四、职责分工\n(一)施工单位:负责现场安全。\n(二)保险公司:负责理赔。\n(三)区经信委:负责提供产量情况。\n"
    want = [
        ("(一)", "施工单位", [], []),
        ("(二)", "保险公司", [], []),
        ("(三)", "区经信委", ["区经信委"], []),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_bodies_attending_an_event_are_no_partners(variant: Callable[[str], str]) -> None:
    text = (
        "二、工作措施\n(一)开展培训。由市应急局牵头,各县区、市直各单位派员参加培训。\n"
        "(二)开展招聘。由市人社局牵头,县内规模以上企业派员参加招聘会。\n"
    )
    want = [
        ("(一)", "开展培训", ["市应急局"], ["市应急局"]),
        ("(二)", "开展招聘", ["市人社局"], ["市人社局"]),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_an_application_rule_is_no_lead_rule(variant: Callable[[str], str]) -> None:
    text = (
        "三、申报要求\n(一)申报主体。项目由多家单位联合申报的,由排名首位的单位牵头负责项目实施。\n"
        "(二)资金拨付。由市财政局、市科技局负责。\n"
    )
    doc = run(variant(text))
    assert [[r.surface for r in m.lead] for m in doc.measures] == [[], []], [m.label for m in doc.measures]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_government_setting_up_a_group_hands_its_duty_to_the_group(variant: Callable[[str], str]) -> None:
    text = (
        "五、组织保障\n(一)加强组织领导。县政府建立工作领导小组,负责统筹协调重大问题。\n"
        "(二)强化督查。县督查室要定期督查。\n"
    )
    doc = run(variant(text))
    assert not any(r.surface == variant("县政府") for m in doc.measures for r in m.responsible), [
        (m.label, [r.surface for r in m.responsible]) for m in doc.measures
    ]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_lead_rule_after_a_comma_in_the_units_bracket(variant: Callable[[str], str]) -> None:
    text = "一、主要目标\n1、全市GDP增长10%以上(市发改委、市财政局负责,涉及多个部门的,由排名第一位的部门牵头)。\n"
    want = [("1", "全市GDP增长10%以上", ["市发改委", "市财政局"], ["市发改委"])]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_task_line_with_an_address_and_its_postcode_stays(variant: Callable[[str], str]) -> None:
    text = (
        "二、工作要求\n(一)各县区人社局要于6月30日前将申报材料报送至市人社局,地址:常州市龙城大道1280号,邮编:213003。\n"
        "(二)强化宣传。市委宣传部负责。\n"
    )
    doc = run(variant(text))
    assert [r.surface for r in doc.measures[0].responsible] == [variant("各县区人社局")], [
        m.label for m in doc.measures
    ]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_residents_demands_at_a_place_are_no_measures(variant: Callable[[str], str]) -> None:
    text = (
        "3月5日,镇党委书记李明带队走访贫困户。\n在走访贫困户过程中,村民要求村委会要尽快修好村道。\n"
        "在道路施工过程中,设计要求路面要平整。\n"
    )
    doc = run(variant(text))
    assert [m.label for m in doc.measures] == [], [m.label for m in doc.measures]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_heading_closing_on_its_requirements_is_no_speaker(variant: Callable[[str], str]) -> None:
    text = "3月5日,县政府召开植树活动部署会。\n工作要求\n各乡镇要高度重视,精心组织。\n"
    doc = run(variant(text))
    assert [m.label for m in doc.measures] == [], [m.label for m in doc.measures]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_parties_and_institutions_opening_a_duty_line_are_no_units(variant: Callable[[str], str]) -> None:
    text = "四、职责分工\n(一)施工队:负责现场施工。\n(二)设计院:负责设计。\n(三)侨办:负责联络侨胞。\n(四)评委:负责打分。\n"
    doc = run(variant(text))
    assert [[r.surface for r in m.responsible] for m in doc.measures] == [[], [], [variant("侨办")], []]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_bodies_sending_people_to_a_meeting_are_no_partners(variant: Callable[[str], str]) -> None:
    text = (
        "二、工作措施\n(一)召开推进会。由市发改委牵头,各县区、市直各部门派员参加全市工作推进会。\n"
        "(二)召开组织生活会。由县委组织部牵头,各党支部派员参加。\n"
    )
    want = [
        ("(一)", "召开推进会", ["市发改委"], ["市发改委"]),
        ("(二)", "召开组织生活会", ["县委组织部"], ["县委组织部"]),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_project_clause_naming_its_lead_applicant_is_no_lead_rule(variant: Callable[[str], str]) -> None:
    text = (
        "三、资金管理\n(一)资金分配。项目涉及多个单位的,由排名首位的单位牵头申报资金。\n"
        "(二)资金监管。由市财政局、市审计局负责。\n"
    )
    doc = run(variant(text))
    assert [r.surface for r in doc.measures[-1].lead] == [], [m.label for m in doc.measures]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_body_bearing_a_duty_of_coordination_is_no_lead(variant: Callable[[str], str]) -> None:
    text = (
        "一、组织机构\n(1)乡镇应急消防管理站承担防汛防台统筹协调工作,明确专人负责。\n"
        "(2)村(社区)建立应急工作组。(责任单位:村(社区))\n"
    )
    doc = run(variant(text))
    assert not any(m.lead for m in doc.measures), [
        (m.label, [r.surface for r in m.lead]) for m in doc.measures
    ]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_plan_titled_with_a_list_word_keeps_its_items(variant: Callable[[str], str]) -> None:
    text = (
        "XX市守信联合激励和失信联合惩戒红黑名单管理办法实施方案\n一、重点任务\n1.建立红黑名单认定标准\n"
        "2.规范红黑名单发布程序\n3.健全信用修复机制\n"
    )
    doc = run(variant(text))
    assert measure_numbers(doc) == ["1", "2", "3"], [m.label for m in doc.measures]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_an_indicator_table_of_yearly_goals_makes_no_measures(variant: Callable[[str], str]) -> None:
    text = (
        "2024年主要经济指标目标任务表\n序号 | 目标任务 | 年度目标 |\n1 | 地区生产总值增速 | 6% |\n"
        "2 | 规上工业增加值增速 | 7% |\n"
    )
    doc = run(variant(text))
    assert [m.label for m in doc.measures] == [], [m.label for m in doc.measures]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_closing_charge_is_no_doer_of_progress_points(variant: Callable[[str], str]) -> None:
    text = (
        "今年以来,全县完成造林面积3万亩。同时,各乡镇要进一步加强新造林地管护。\n"
        "一是完成义务植树100万株,超额完成任务。\n二是完成森林抚育2万亩,成效明显。\n"
    )
    doc = run(variant(text))
    assert not any(m.responsible for m in doc.measures), [(m.label, m.responsible) for m in doc.measures]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_citizen_named_before_is_no_speaker(variant: Callable[[str], str]) -> None:
    text = (
        "近日,市民张某向本报反映小区电梯长期停运。\n"
        "在多次向物业反映无果后,张某要求,物业公司要尽快修复电梯。\n"
    )
    doc = run(variant(text))
    assert [m.label for m in doc.measures] == [], [m.label for m in doc.measures]
