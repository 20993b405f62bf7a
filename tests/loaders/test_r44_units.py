"""Round 44 units (heldout119 fk04, a city notice on electric bicycles): a numbered item whose text opens with
departments named by their sector's kind and a modal (质监部门要… / 公安、交通部门要…) charges them; a kind of no
sector (有关部门, 牵头部门) stays no subject. Both scripts, both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, assert_measures, run

_ITEMS = (
    "一、严格电动自行车的源头监管\n(一)质监部门要按照技术条件对生产厂商生产的电动自行车进行检测。\n"
    "(二)工商部门要严格电动自行车销售点的执照审批程序。\n(三)公安、交通部门要对申请上牌的电动自行车进行比对。\n"
)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_departments_by_their_sector_open_an_item(variant: Callable[[str], str]) -> None:
    want = [
        ("(一)", "质监部门要按照技术", ["质监部门"], []),
        ("(二)", "工商部门要严格电动", ["工商部门"], []),
        ("(三)", "公安、交通部门要对", ["公安", "交通部门"], []),
    ]
    assert_measures(_ITEMS, want, variant)


@pytest.mark.parametrize("subject", ["有关部门", "牵头部门", "相关部门", "配合部门"])
@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_kind_of_no_sector_is_no_subject(variant: Callable[[str], str], subject: str) -> None:
    text = f"一、加强监管\n(一){subject}要按照规定做好督办事项的报告工作。\n(二)工商部门要严格审批程序。\n"
    doc = run(variant(text))
    assert doc.measures[0].responsible == []


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_kind_after_a_short_title_stays_a_topic(variant: Callable[[str], str]) -> None:
    # after the item's title one such clause alone may be a topic, no unit (round 24's convention)
    text = "一、加强监管\n(一)强化源头管理。质监部门要加强检测。\n(二)规范销售。工商部门要严格审批程序。\n"
    doc = run(variant(text))
    assert all(not m.responsible for m in doc.measures)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_demands_later_pieces_each_with_their_subject(variant: Callable[[str], str]) -> None:
    # after the demand, a sentence whose ;-pieces each open with their subject and modal, one a named body:
    # a measure a piece (heldout117 fi01's gold)
    text = (
        "双江县召开分布式光伏项目工作推进会\n3月15日,我县召开分布式光伏项目工作推进会。\n"
        "会议要求,要正确认识屋顶光伏开发项目的重大意义,切实把试点工作抓好抓实抓出成效。"
        "相关职能部门与属地乡(镇)要成立工作专班,做好与项目公司的对接服务工作;"
        "县发改局要与相关部门和项目企业进行认真研究,摸排适宜应用场景。\n"
    )
    doc = run(variant(text))
    labels = [m.label[:6] for m in doc.measures]
    assert variant("相关职能部门")[:6] in labels
    last = doc.measures[-1]
    assert last.label.startswith(variant("县发改局要")) and [u.surface for u in last.responsible] == [
        variant("县发改局")
    ]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_pieces_without_a_named_body_stay_one(variant: Callable[[str], str]) -> None:
    text = (
        "县召开安全生产工作会议\n会议要求,要正确认识安全生产工作的重大意义。"
        "相关部门要成立工作专班,做好对接服务工作;企业要加强巡查,及时消除隐患。\n"
    )
    doc = run(variant(text))
    assert not any(m.label.startswith(variant("企业要加强")) for m in doc.measures)


_POINTS = (
    "县召开产业园项目指挥部工作会议\n何世斌要求,各成员单位要坚定信心,为产业园建设发展贡献力量;任务要不断细化,"
    "于4月16日前细化各项流程;责任要不断强化,各责任单位要按照任务清单事项明确专人专班实施完成;"
    "统筹要不断加强,项目指挥部要认真履行组织、协调、服务职责,定期召开会议。\n"
)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_demands_pieces_charging_their_own_bodies_split(variant: Callable[[str], str]) -> None:
    # the pieces charging no body go on the one before them (heldout117 fi09's gold)
    want = [
        ("", "各成员单位要坚定信", ["各成员单位"], []),
        ("", "责任要不断强化,各", ["各责任单位"], []),
        ("", "统筹要不断加强,项", ["项目指挥部"], []),
    ]
    assert_measures(_POINTS, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_one_collective_throughout_stays_one_demand(variant: Callable[[str], str]) -> None:
    text = (
        "县召开招商引资工作调度会\n会议要求,各单位要以招商引资目标任务为抓手,围绕大项目引进等完成情况进行汇报;"
        "各单位汇报材料要精练,切实提高开会效率;各单位要盯紧大项目、外资项目,切实做好策划包装。\n"
    )
    doc = run(variant(text))
    assert len(doc.measures) == 1


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_an_autonomous_regions_body_is_named_with_its_level(variant: Callable[[str], str]) -> None:
    # 自治区, the provincial autonomous level (heldout119 fk13: 自治区发展改革委要会同有关部门…)
    text = (
        "一、营造良好氛围。自治区发展改革委要会同有关部门,加强正面宣传与典型案例通报。\n"
        "二、强化统筹协调。各省、自治区、直辖市人民政府要加强组织领导。\n"
    )
    want = [
        ("一", "营造良好氛围", ["自治区发展改革委"], []),
        ("二", "强化统筹协调", ["各省、自治区、直辖市人民政府"], []),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_reports_lead_body_does_its_points(variant: Callable[[str], str]) -> None:
    # 今年以来,市自然资源局认真做好…。 / 一是… / 二是…: the lead paragraph's subject does each point (heldout121 fm04)
    text = (
        "市自然资源局积极做好土地供应工作\n今年以来,市自然资源局认真做好土地供应工作。\n"
        "一是组织编制年度国有建设用地供应计划。\n二是组织开展住宅用地供应分类调控工作。\n三是更新完善城镇国有土地基准地价。\n"
    )
    want = [
        ("一是", "组织编制年度国有", ["市自然资源局"], []),
        ("二是", "组织开展住宅用地", ["市自然资源局"], []),
        ("三是", "更新完善城镇国有", ["市自然资源局"], []),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_points_naming_their_own_bodies_keep_them(variant: Callable[[str], str]) -> None:
    text = (
        "县召开防汛工作会议\n县防汛办认真部署防汛工作。\n一是县水利局要加强水库巡查。\n二是各乡镇要落实转移预案。\n"
        "三是县气象局要做好预报预警。\n"
    )
    want = [
        ("一是", "县水利局要加强水", ["县水利局"], []),
        ("二是", "各乡镇要落实转移", ["各乡镇"], []),
        ("三是", "县气象局要做好预", ["县气象局"], []),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_body_then_what_its_duty_concerns(variant: Callable[[str], str]) -> None:
    # 市公安局对…要…: the body before the 对-phrase and the modal (heldout119 fk04); 对外 inside a name stays
    text = (
        "一、规范交通行为\n(一)市公安局对未领取牌证上路行驶的电动自行车要依法予以查处。\n"
        "(二)公安部门对违规停放的电动自行车要及时清理。\n(三)市对外贸易经济合作局要加强服务。\n"
    )
    want = [
        ("(一)", "市公安局对未领取", ["市公安局"], []),
        ("(二)", "公安部门对违规停", ["公安部门"], []),
        ("(三)", "市对外贸易经济合", ["市对外贸易经济合作局"], []),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_short_sector_names_sharing_the_noun(variant: Callable[[str], str]) -> None:
    # 人保、财政、审计等部门负责…: 人保 the short name of 人力资源和社会保障 (heldout120 fl05)
    text = (
        "(十二)监察部门负责对国家公职人员的违规办丧行为进行查处。\n(十三)人保、财政、审计等部门负责加强丧葬补助费发放管理。\n"
        "(十四)公安部门负责对妨碍执行公务的依法处理。\n"
    )
    want = [
        ("(十二)", "监察部门负责对国", ["监察部门"], []),
        ("(十三)", "人保、财政、审计", ["人保", "财政", "审计"], []),
        ("(十四)", "公安部门负责对妨", ["公安部门"], []),
    ]
    assert_measures(text, want, variant)
