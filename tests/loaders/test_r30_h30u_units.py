"""Responsible units of round 30 (h30u), from the forms of heldout56, 57 and 60 widened to the variants other cities
write: a heading that names a body by its kind alone ((二)公安部门 / (九)监察(纠风)部门 / (三)交通、公安部门) heads that
body's tasks, as a heading naming a body with its place does; the bodies sharing the work in a run of role clauses
with a wording of cooperation (A牵头抓总,B密切配合,C、D通力合作); a section's opening role sentence (由A牵头抓总,B、C为…的
责任单位,…) over the items below it; firms and stations named by their kind as duty subjects (各出租汽车公司要…); bodies acting by their own duties
(A、B和C根据各自职责,督促… / 分别由A和B根据职责分工负责指导); a body of a kind charged when it meets a case
(各检测站检测发现超限车辆后,要…); the bodies forming a group and the group they form (由A、B组成推进小组,负责…); a body designated by a role label, then its duty
(A为责任主体,负责… / A为责任单位,B为实施主体,负责…); a carrier and its supporters glued to the task
(由A负责、B配合做好…: A leads). Inline texts in both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, family_params, run

TAIL = "二、市邮政管理局要加强督促检查。\n"

FAMILIES: dict[str, list[tuple[str, list[list[str]]]]] = {
    "a_heading_naming_a_body_by_its_kind": [
        (
            "(一)公安部门\n1.加强车辆登记管理。\n2.依法查处违法行为。\n(二)发展改革部门\n1.加强产品公告管理。\n",
            [["公安部门"], ["公安部门"], ["发展改革部门"]],
        ),
        # a heading with no items under it is the measure, its paragraph the text
        (
            "(一)公安部门\n1.加强车辆登记管理。\n(二)质监部门\n对检测设备依法实施计量检定。\n"
            "(三)监察(纠风)部门\n对相关部门的执法行为进行监督。\n",
            [["公安部门"], ["质监部门"], ["监察(纠风)部门"]],
        ),
        # sector words sharing the kind's noun, and a level's governments
        (
            "(一)交通、公安部门\n1.联合开展路面执法。\n(二)各级人民政府\n1.落实属地管理责任。\n",
            [["交通", "公安部门"], ["各级人民政府"]],
        ),
        # the kind and the bare word for its duties, over numbered items
        (
            "(一)公安部门职责\n1.加强车辆登记管理。\n2.依法查处违法行为。\n(二)交通运输部门职责\n1.加强路面执法。\n",
            [["公安部门"], ["公安部门"], ["交通运输部门"]],
        ),
        ("(一)生态环境保护职责\n1.加强监管。\n(二)有关部门职责\n1.加强路面执法。\n", [[], []]),
        # a vague kind, a role and a task's wording ending like a kind head no body's tasks
        (
            "(一)有关部门\n1.加强车辆登记管理。\n(二)牵头部门\n1.加强统筹。\n(三)打造协同高效的数字政府\n1.推进改革。\n",
            [[], [], []],
        ),
    ],
    "bodies_cooperating_in_a_run_of_role_clauses": [
        (
            "第三条 县委组织部牵头抓总,县乡村振兴局、县农业农村局密切配合,县财政局、县人社局通力合作,共同做好"
            "驻村工作队的管理工作。\n第四条 县财政局负责保障经费。\n",
            [["县委组织部", "县乡村振兴局", "县农业农村局", "县财政局", "县人社局"], ["县财政局"]],
        ),
        (
            "一、加强保障。市教育局牵头,市财政局、市人社局通力配合,做好保障。\n" + TAIL,
            [["市教育局", "市财政局", "市人社局"], ["市邮政管理局"]],
        ),
        (
            "一、推进改造。市住建局负责,市城管局协调配合。\n" + TAIL,
            [["市住建局", "市城管局"], ["市邮政管理局"]],
        ),
        # cooperation the item calls for, with no body before it, shares the work with none
        ("一、加强合作。推动校企通力合作,共建平台。\n" + TAIL, [[], ["市邮政管理局"]]),
    ],
    "a_section_opening_on_who_carries_its_items": [
        (
            "三、工作措施\n全区监测由区领导小组负责牵头抓总,区扶贫办、各乡镇为监测工作的责任单位,村组负责人为第一责任人。"
            "通过发挥区扶贫办的力量,构建监测网络。\n(一)构建网络\n1.一级监测。每月17日前,逐户摸排收集情况,上报汇总审核。\n"
            "2.二级监测。每月20日前,开展走访排查,建立监测台账。\n",
            [["区领导小组", "区扶贫办", "各乡镇"], ["区领导小组", "区扶贫办", "各乡镇"]],
        ),
        (
            "二、重点任务\n此项工作由市商务局牵头,市财政局配合。各地要加强组织。\n(一)扩大消费。开展促消费活动,发放消费券。\n(二)稳定外贸。支持企业开拓市场。\n",
            [["市商务局", "市财政局"], ["市商务局", "市财政局"]],
        ),
        # the section's own text (no deeper items under it), and a paragraph handing the duties to headings below
        (
            "一、明确责任\n市交通局为牵头单位,负责拟定方案。市财政局为协办单位。\n二、跟踪督办\n市督查室要加强督查。\n",
            [["市交通局", "市财政局"], ["市督查室"]],
        ),
        (
            "三、责任分工\n停车收费工作由市执法局牵头,市财政局参与,具体职责分工如下:\n(一)市执法局负责:\n"
            "1.临时占道停车收费。\n2.收费员管理。\n",
            [["市执法局"], ["市执法局"]],
        ),
    ],
    "firms_and_stations_of_a_kind_as_duty_subjects": [
        (
            "一、规范经营。各出租汽车公司要加强驾驶员管理。各检查站要严格查验。\n" + TAIL,
            [["各出租汽车公司", "各检查站"], ["市邮政管理局"]],
        ),
        # a firm left vague, or the one the text spoke of, is no body charged
        ("一、规范经营。有关公司要加强管理。\n二、推进。该公司要加强督促检查。\n", [[], []]),
    ],
    "bodies_acting_by_their_own_duties": [
        (
            "一、源头监管。各区县政府、市新区管委会和市级有关部门根据各自职责,督促企业建立登记制度。\n"
            + TAIL,
            [["各区县政府", "市新区管委会", "市级有关部门"], ["市邮政管理局"]],
        ),
        (
            "一、专项整治。危险品运输整治分别由省公安厅和省交通厅根据职责分工负责指导。\n" + TAIL,
            [["省公安厅", "省交通厅"], ["市邮政管理局"]],
        ),
        (
            "一、源头监管。各区县政府和市新区管委会按照各自职责,督促企业落实责任。\n" + TAIL,
            [["各区县政府", "市新区管委会"], ["市邮政管理局"]],
        ),
        # the duties as a topic, with no body before them, charge none
        ("一、明确分工。根据各自职责,制定工作方案。\n" + TAIL, [[], ["市邮政管理局"]]),
    ],
    "a_body_of_a_kind_charged_when_it_meets_a_case": [
        (
            "一、路面监控。各治超检测站检测发现超限超载车辆后,要将情况进行登记。\n"
            "二、联动处置。计重收费站发现超限超载车辆时,应立即通知公安交警处理。\n",
            [["各治超检测站"], ["计重收费站"]],
        ),
        # a firm or a person meeting the case is none, nor a body named with its place (a named body's own forms)
        ("一、规范。企业发现问题后,要及时整改。\n二、整改。群众发现问题后,要及时举报。\n", [[], []]),
    ],
    "bodies_forming_a_group_and_the_group": [
        (
            "一、加强领导。由农业农村部、教育部、全国妇联组成乡村工匠培育工作推进小组(以下简称“推进小组”),"
            "负责制定年度工作计划。\n" + TAIL,
            [["农业农村部", "教育部", "全国妇联", "乡村工匠培育工作推进小组"], ["市邮政管理局"]],
        ),
        (
            "一、加强领导。成立由市发改委、市财政局组成的工作专班,负责统筹推进。\n" + TAIL,
            [["市发改委", "市财政局", "工作专班"], ["市邮政管理局"]],
        ),
        # people forming a panel are no bodies, and form no unit with them
        ("一、加强评审。由专家学者组成评审组,开展评审。\n" + TAIL, [[], ["市邮政管理局"]]),
    ],
    "a_body_designated_by_a_label_then_its_duty": [
        (
            "一、开展试点。市住建局为责任单位,负责项目建设。\n二、推进。县政府为责任主体,乡镇政府为实施主体,负责项目建设。\n",
            [["市住建局"], ["县政府", "乡镇政府"]],
        ),
        ("一、开展试点。市住建局为责任主体,加强项目建设。\n" + TAIL, [["市住建局"], ["市邮政管理局"]]),
        # a principle naming the kind of body that leads is no designation of one
        ("一、开展试点。坚持企业为主体,加强项目建设。\n" + TAIL, [[], ["市邮政管理局"]]),
    ],
    "a_carrier_and_its_supporters_glued_to_the_task": [
        (
            "一、加强安保。由区公安分局负责、区运输管理所配合做好春运安保反恐工作。\n"
            "二、推进。由市商务局牵头、市财政局和各县区参与开展促消费活动。\n",
            [["区公安分局", "区运输管理所"], ["市商务局", "市财政局", "各县区"]],
        ),
        (
            "一、推进。区公安分局负责、区运输管理所配合,做好安保。\n" + TAIL,
            [["区公安分局", "区运输管理所"], ["市邮政管理局"]],
        ),
        # kinds of actor with no place name no bodies
        ("一、推进。企业负责、政府配合做好服务。\n" + TAIL, [[], ["市邮政管理局"]]),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_round30_h30u_unit_families(variant: Callable[[str], str], text: str, want: list[list[str]]) -> None:
    doc = run(variant(text))
    got = [[u.surface for u in m.responsible] for m in doc.measures]
    assert got == [[variant(w) for w in units] for units in want]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_the_carrier_of_a_glued_pair_leads(variant: Callable[[str], str]) -> None:
    doc = run(variant("一、加强安保。由区公安分局负责、区运输管理所配合做好春运安保反恐工作。\n" + TAIL))
    assert [[u.surface for u in m.lead] for m in doc.measures] == [[variant("区公安分局")], []]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_the_lead_of_a_cooperating_run(variant: Callable[[str], str]) -> None:
    doc = run(variant("一、加强保障。市教育局牵头,市财政局、市人社局通力合作,做好保障。\n" + TAIL))
    assert [[u.surface for u in m.lead] for m in doc.measures] == [[variant("市教育局")], []]
