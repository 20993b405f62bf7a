"""Round 37 (heldout77 du07/du08 and heldout78 dv02/dv06/dv07/dv08, read after the round's start score): bodies a
unit organises to act, listed and closed by 等…部门; a later sentence of an item opened by 由 and its bodies; a
county-level division by its full name opening a comma piece with 负责; the places as a whole (各地要…) opening an
item's text beside the bodies named after them; a body's kind alone taking part in a title (协会参与) and a comma
piece opened by an action verb (引导企业落实…) name no body; a 步骤和任务 title opens no steps section; a (二) leaf
with text ending the excerpt is a measure. Both scripts, both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, assert_measures, measure_numbers, run


def _units(doc_text: str, variant: Callable[[str], str]) -> list[list[str]]:
    doc = run(variant(doc_text))
    return [[r.surface for r in m.responsible] for m in doc.measures]


_ORGANISED = (
    "二、整改措施\n"
    "1.强化思想认识。深刻反思督察通报指出的问题。先后组织区发改局、区财政局、区应急局等多个部门分析研判,依据各自职责梳理企业情况。\n"
    "2.巩固成效。严格落实负面清单,做好源头把控。\n"
)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_bodies_organised_to_act_in_a_closed_list_are_units(variant: Callable[[str], str]) -> None:
    want = [("1", "强化思想认识", ["区发改局", "区财政局", "区应急局"], []), ("2", "巩固成效", [], [])]
    assert_measures(_ORGANISED, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_work_or_people_organised_are_no_units(variant: Callable[[str], str]) -> None:
    """组织开展… / 组织专家…: no list closed by 等…部门: nothing organised is a body."""
    text = (
        "二、工作措施\n"
        "1.开展排查。组织开展安全隐患大排查,组织专家、技术人员等进行现场评估。\n"
        "2.加强宣传。广泛宣传安全知识。\n"
    )
    assert _units(text, variant) == [[], []]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_later_sentence_opened_by_you_hands_a_share(variant: Callable[[str], str]) -> None:
    text = (
        "一、重点任务\n"
        "1.建立秸秆利用产业链。由区农业局牵头引进加工企业。由区国土局、区建设局等部门负责落实加工点的选址。\n"
        "2.推进秸秆还田。由区农机中心牵头推广还田机械。\n"
    )
    want = [
        ("1", "建立秸秆利用产业链", ["区农业局", "区国土局", "区建设局"], ["区农业局"]),
        ("2", "推进秸秆还田", ["区农机中心"], ["区农机中心"]),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_county_level_division_opens_a_comma_piece(variant: Callable[[str], str]) -> None:
    text = (
        "二、职责分工\n"
        "(一)赋权范围。向示范县赋予156项管理权限。\n"
        "(二)职责分工。市政府各有关部门负责本部门赋权事项的下放工作,灵宝市负责下放权限的承接工作。\n"
    )
    units = _units(text, variant)
    assert units[-1] == [variant("市政府各有关部门"), variant("灵宝市")], units


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_the_places_opening_an_item_share_it_with_named_bodies(variant: Callable[[str], str]) -> None:
    text = (
        "三、主要内容\n"
        "(一)打造夜间经济功能区。各地要结合实际编制夜间经济功能区发展规划。市四区、市经济技术开发区要分别选定1-2个区域培育。\n"
        "(二)丰富夜间消费业态。市商务局要引导商圈延长营业时间。\n"
    )
    units = _units(text, variant)
    assert units[0] == [variant("各地"), variant("市四区"), variant("市经济技术开发区")], units
    assert units[1] == [variant("市商务局")], units


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_kind_taking_part_in_a_title_and_an_action_piece_name_no_body(
    variant: Callable[[str], str],
) -> None:
    text = (
        "五、保障措施\n"
        "(四)加强政策扶持。市财政局要安排专项资金。\n"
        "(五)协会参与,发挥作用。市冶金行业协会要积极参与本计划的组织实施,引导企业落实国家产业政策,加强行业自律。\n"
    )
    units = _units(text, variant)
    assert units[-1] == [variant("市冶金行业协会")], units


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_steps_and_tasks_title_keeps_its_items_and_its_last_leaf(variant: Callable[[str], str]) -> None:
    text = (
        "关于推进电动自行车治理工作的通知\n"
        "二、步骤和任务\n"
        "(一)第一阶段(5月10日前)\n"
        "1.县公安局要牵头制定工作方案,于5月10日前完成上牌点的选址工作。\n"
        "2.县教育局要组织各学校开展交通安全教育活动。\n"
        "(二)第二阶段(5月10日起)县公安局开展未悬挂号牌教育劝导工作。在5月25日前完成注册登记。\n"
    )
    numbers = measure_numbers(run(variant(text)))
    assert numbers == ["1", "2", "(二)"], numbers


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_steps_title_alone_still_opens_a_steps_section(variant: Callable[[str], str]) -> None:
    """四、实施步骤 / 1.动员部署阶段…: dated steps, no measures (the steps rule stays for titles naming no tasks)."""
    text = (
        "三、主要任务\n"
        "1.加强源头管控。县市场监管局要开展生产销售企业检查。\n"
        "四、实施步骤\n"
        "1.动员部署阶段(5月10日前)。制定工作方案,召开动员会议。\n"
        "2.集中整治阶段(5月10日至9月30日)。全面开展整治工作。\n"
    )
    doc = run(variant(text))
    assert [m.number for m in doc.measures] == ["1"], [m.label for m in doc.measures]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_collective_of_places_handed_the_task_after_you(variant: Callable[[str], str]) -> None:
    """由各县(市)、区政府(管委会)组织…: the places' governments as one collective, cut before the verb (组织)."""
    text = (
        "五、工作安排\n"
        "(一)排查阶段(8月底前完成)。由市经信委组织各园区开展排查。\n"
        "(二)整治阶段(9月10日前完成)。由各县(市)、区政府(管委会)组织辖区内各园区、化工生产企业制定整治方案。\n"
        "(三)验收阶段。由各县(市、区)政府组织验收。\n"
    )
    units = _units(text, variant)
    assert units[1:] == [[variant("各县(市)、区政府(管委会)")], [variant("各县(市、区)政府")]], units


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_orientations_under_the_general_requirements_are_no_measures(variant: Callable[[str], str]) -> None:
    """一、总体要求 / (二)发展导向 / 1.建集群。…: the plan's orientations, a frame like 基本原则."""
    text = (
        "一、总体要求\n"
        "(一)指导思想\n以新发展理念为指导,推进新型工业化。\n"
        "(二)发展导向\n"
        "1.建集群。发挥重点园区带动效应,建设高端产业集群。\n"
        "2.强创新。坚持创新在制造业发展中的核心地位。\n"
        "二、重点任务\n"
        "(一)培育先进制造业集群。市工信局要制定集群培育方案。\n"
    )
    doc = run(variant(text))
    assert measure_numbers(doc) == ["(一)"], [m.label for m in doc.measures]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_countys_departments_named_bare_are_the_subjects_charged(variant: Callable[[str], str]) -> None:
    text = (
        "X县人民政府办公室关于推进电动自行车治理工作的通知\n一、工作任务\n"
        "1.公安局交警大队要牵头制定我县工作方案,于5月10日前完成选址工作。\n"
        "2.财政局要保障工作经费。\n"
        "3.我委将会同有关部门加强跟踪分析。\n"
        "4.根据管委会统一部署,各村要开展排查。\n"
    )
    units = _units(text, variant)
    assert units[0] == [variant("公安局交警大队")] and units[1] == [variant("财政局")], units
    assert not any(u.startswith((variant("我委"), variant("根据"))) for us in units for u in us), units
