"""Round 46 units: the bodies that take part after a lead's run, named with the work they join (由A牵头,B、C等单位派人员
参加督导工作组, heldout123 fo02) and 派(人)员参加 as a share of the work. Both scripts, both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, assert_measures, run


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_bodies_taking_part_named_with_the_work_they_join(variant: Callable[[str], str]) -> None:
    text = (
        "二、工作措施\n(一)加强督导。由省旅游厅牵头,省公安厅、省交通运输厅等单位派人员参加督导工作组,对各市县开展检查。\n"
        "(二)强化监管。由省市场监管局牵头,省商务厅参与联合执法,严查违法行为。\n"
    )
    want = [
        ("(一)", "加强督导", ["省旅游厅", "省公安厅", "省交通运输厅"], ["省旅游厅"]),
        ("(二)", "强化监管", ["省市场监管局", "省商务厅"], ["省市场监管局"]),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_sending_staff_to_take_part_is_a_share(variant: Callable[[str], str]) -> None:
    text = (
        "二、工作措施\n(一)加强督导。由市应急局牵头,市公安局、市交通运输局等部门派员参加联合检查,对各县区开展检查。\n"
        "(二)强化宣传。市委宣传部负责。\n"
    )
    want = [
        ("(一)", "加强督导", ["市应急局", "市公安局", "市交通运输局"], ["市应急局"]),
        ("(二)", "强化宣传", ["市委宣传部"], []),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_no_bodies_after_the_lead_adds_none(variant: Callable[[str], str]) -> None:
    text = (
        "二、工作措施\n(一)加强督导。由省旅游厅牵头,组织专家参加督导检查,对各市县开展检查。\n"
        "(二)强化监督。由省市场监管局牵头,广大群众参与监督,严查违法行为。\n"
    )
    want = [
        ("(一)", "加强督导", ["省旅游厅"], ["省旅游厅"]),
        ("(二)", "强化监督", ["省市场监管局"], ["省市场监管局"]),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_role_verb_and_the_work_it_names_close_a_bracket(variant: Callable[[str], str]) -> None:
    text = (
        "二、重点任务\n1.深化劳务协作机制,促进外出务工就业。(省人力资源社会保障厅牵头指导推进)\n"
        "2.加强技能培训。(省教育厅负责推动落实)\n"
        "3.加强宣传引导。(省委宣传部牵头统筹推进,省广电局负责指导推进)\n"
    )
    want = [
        ("1", "深化劳务协作机制", ["省人力资源社会保障厅"], ["省人力资源社会保障厅"]),
        ("2", "加强技能培训", ["省教育厅"], []),
        ("3", "加强宣传引导", ["省委宣传部", "省广电局"], ["省委宣传部"]),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_word_written_out_keeps_its_own_role(variant: Callable[[str], str]) -> None:
    text = (
        "二、重点任务\n1.推进政务公开。(市政府办公室负责统筹,市各部门配合)\n"
        "2.加强技能培训。(市人社局负责推进,市教育局配合)\n"
    )
    want = [
        ("1", "推进政务公开", ["市政府办公室", "市各部门"], ["市政府办公室"]),
        ("2", "加强技能培训", ["市人社局", "市教育局"], ["市人社局"]),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_an_item_opening_a_duty_line_with_a_body_named_without_level(variant: Callable[[str], str]) -> None:
    text = (
        "四、职责分工\n(一)市发改局:负责项目审批。\n(二)供电公司:负责光伏发电项目电网接入系统的设计、审查。\n"
        "(三)企业:负责项目建设。\n"
    )
    want = [
        ("(一)", "市发改局", ["市发改局"], []),
        ("(二)", "供电公司", ["供电公司"], []),
        ("(三)", "企业", [], []),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_sections_of_a_body_with_the_work_they_organise(variant: Callable[[str], str]) -> None:
    text = (
        "三、活动内容\n1、召开新闻发布会。此项工作由市委宣传部新闻处、市安监局综合处负责组织协调。\n"
        "2、开设专栏。由市委、市政府统一部署,各县区组织实施。\n"
    )
    want = [
        ("1", "召开新闻发布会", ["市委宣传部新闻处", "市安监局综合处"], []),
        ("2", "开设专栏", ["各县区"], []),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_whose_plan_a_body_acts_under_is_not_a_unit(variant: Callable[[str], str]) -> None:
    text = (
        "四、任务分工\n(一)宣传发动。各镇在本级党委统一部署下,开展入户宣传工作。\n"
        "(二)加强领导。深入贯彻落实省委、省政府统一部署,抓好落实。\n"
        "(三)强化宣传。按照市委统一部署,各县区要抓好落实。\n"
    )
    doc = run(variant(text))
    got = [[r.surface for r in m.responsible] for m in doc.measures]
    assert len(got) == 3 and got[1] == [] and got[2] == [variant("各县区")], got
    assert not any(variant("党委") in u for u in got[0]), got


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_lead_rule_as_a_you_clause_in_the_first_bracket(variant: Callable[[str], str]) -> None:
    text = (
        "一、主要预期目标\n1、全市GDP增长10%以上(由市发展改革委、经委、统计局负责。一项任务涉及多个部门的,"
        "原则上由排名首位的部门牵头负责。下同)。\n2、全社会固定资产投资增长20%以上(由市统计局、市发展改革委负责)。\n"
    )
    want = [
        ("1", "全市GDP增长10%以上", ["市发展改革委", "经委", "统计局"], ["市发展改革委"]),
        ("2", "全社会固定资产投资增长", ["市统计局", "市发展改革委"], ["市统计局"]),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_an_articles_bodies_before_a_duty_left_without_its_subject(variant: Callable[[str], str]) -> None:
    text = (
        "第三条水利、农业、林业、国土等涉灾部门建立防灾应急工作站,负责本行业自然灾害监测站网建设规划。\n"
        "第四条各镇街建立防灾应急工作站,负责辖区防灾应急准备管理。\n"
        "第五条乡镇、街道设立交通安全工作站,负责创建活动的协调工作。\n"
        "第六条企业建立安全制度,负责本单位安全。\n"
    )
    want = [
        ("第三条", "水利、农业、林业", ["水利", "农业", "林业", "国土"], []),
        ("第四条", "各镇街建立防灾应急", ["各镇街"], []),
        ("第五条", "乡镇、街道设立交通", [], []),
        ("第六条", "企业建立安全制度", [], []),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_word_between_etc_and_departments(variant: Callable[[str], str]) -> None:
    text = (
        "二、工作任务\n(一)加强防灾。水利、农业、林业等职能部门要建立防灾应急工作站。\n"
        "(二)加强研判。先后组织区发改局、区财政局等多个部门要分析研判。\n"
    )
    doc = run(variant(text))
    got = [[r.surface for r in m.responsible] for m in doc.measures]
    assert got[0] == [variant(w) for w in ("水利", "农业", "林业")], got
    assert not any(variant("先后") in u for u in got[1]), got


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_long_office_name_and_its_short_name_before_its_duty(variant: Callable[[str], str]) -> None:
    text = (
        "第二条重庆市巴南区人民政府应急管理办公室(简称区政府应急办)负责日常管理工作。\n"
        "第三条区应急管理办公室(以下简称区应急办)负责预警信息发布工作。\n"
    )
    want = [
        ("第二条", "重庆市巴南区人民政府", ["重庆市巴南区人民政府应急管理办公室"], []),
        ("第三条", "区应急管理办公室", ["区应急管理办公室"], []),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_firms_name_running_past_a_bodys_one_character_ending(variant: Callable[[str], str]) -> None:
    text = (
        "三、活动内容\n1、召开发布会。此项工作由市妇联组织实施。\n"
        "2、播发活动标语口号。此项工作由南昌移动公司、南昌联通公司和"
    )
    want = [
        ("1", "召开发布会", ["市妇联"], []),
        ("2", "播发活动标语口号", ["南昌移动公司", "南昌联通公司"], []),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_departments_by_kind_with_a_role_verb_and_its_work(variant: Callable[[str], str]) -> None:
    text = (
        "五、组织实施\n(十八)加强部门协调配合。劳动保障部门牵头负责制订政策;财政部门负责做好补助资金筹集工作;"
        "教育部门负责组织在校中小学生参加医疗保险;民政部门负责组织低保人员积极参保。\n"
    )
    doc = run(variant(text))
    got = [r.surface for r in doc.measures[0].responsible]
    assert {variant("教育部门"), variant("民政部门")} <= set(got), got


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_zone_by_its_bare_kind_among_collectives_and_a_person_after_you(
    variant: Callable[[str], str],
) -> None:
    text = (
        "各镇人民政府,县政府各部门,盘锦高升经济区管委会:\n现将有关事项通知如下:\n"
        "1、各镇、经济区、县直各部门要于每周三前将会见单报县招商局。\n"
        "2、会见安排汇总后报分管县长,由分管县长确定会见时间。\n"
    )
    doc = run(variant(text))
    got = [[r.surface for r in m.responsible] for m in doc.measures]
    assert got[0] == [variant(w) for w in ("各镇", "经济区", "县直各部门")], got
    assert not any(variant("县长") in u for units in got for u in units), got
