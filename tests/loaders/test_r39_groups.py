"""Round 39 (heldout91 ei01/ei02, heldout92 ej05, read after their ingest): a body sending its people to lead the work
(由市安监局1名县级领导带队), a group's quoted other name in brackets (综合协调组("放管服"改革组)) no body, an item's
point before a year (1.2009年底前,完成…), a body and its head under a label of units and people (责任单位及责任人:
盘龙区政府主要领导). Both scripts, both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, assert_measures, run


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_body_sending_its_people_to_lead_is_the_unit(variant: Callable[[str], str]) -> None:
    text = (
        "五、督查分组\n"
        "(一)煤矿安全督查组。由市煤炭工业局1名县级领导带队,2名专业人员参加。\n"
        "(二)电力安全督查组。由市经贸委、市发改委各1名领导带队。\n"
    )
    want = [
        ("(一)", "煤矿安全督查组", ["市煤炭工业局"], []),
        ("(二)", "电力安全督查组", ["市经贸委", "市发改委"], []),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_groups_quoted_other_name_is_no_body_and_its_label_lines_are(variant: Callable[[str], str]) -> None:
    text = (
        "二、机构设置\n"
        "(一)综合协调组(“放管服”改革组)\n牵头单位:区政府办公室\n责任单位:区委办、区发改局、区财政局\n"
        "(二)督导落实组\n牵头单位:区委督查室\n责任单位:区纪委监委机关\n"
    )
    want = [
        ("(一)", "综合协调组", ["区政府办公室", "区委办", "区发改局", "区财政局"], ["区政府办公室"]),
        ("(二)", "督导落实组", ["区委督查室", "区纪委监委机关"], ["区委督查室"]),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_items_pointed_before_a_year_and_bodies_with_their_heads(variant: Callable[[str], str]) -> None:
    text = (
        "一、消防站点建设\n"
        "1.2009年底前,完成盘龙消防三中队建设。\n责任单位及责任人:盘龙区政府主要领导。\n"
        "2.2010年底前,完成东川消防二中队建设。\n责任单位及责任人:东川区政府主要领导。\n"
    )
    want = [
        ("1", "2009年底前,完成盘龙消防三中队建设", ["盘龙区政府"], []),
        ("2", "2010年底前,完成东川消防二中队建设", ["东川区政府"], []),
    ]
    assert_measures(text, want, variant)


def test_a_decimal_figure_is_no_item_point() -> None:
    text = "一、主要指标\n全县粮食产量达到1.2亿斤。\n二、重点任务\n1.抓好春耕生产。县农业农村局负责。\n"
    assert [m.number for m in run(text).measures] == ["1"]


def test_a_leader_leading_the_work_names_no_body() -> None:
    """由政府分管领导牵头: a person leads; 政府 is no unit of the item."""
    text = "(十)建立联席会议制度。联席会议由政府分管领导牵头,每季度召开1次会议。\n"
    assert all(not m.responsible for m in run(text).measures)


def test_a_heading_joining_goals_and_principles_is_a_frame() -> None:
    """一、整治目标及原则 over 坚持…。 paragraphs: the plan's goals and principles, no measures (heldout91 ei12)."""
    text = (
        "周口市消防安全专项整治三年行动实施方案\n一、整治目标及原则\n紧紧围绕目标,注重问题导向、目标导向。\n"
        "坚持责任引领、齐抓共管。压实政府属地管理责任、职能部门依法监管责任。\n"
        "坚持问题导向、精准治理。全面打通消防生命通道,集中整治突出风险。\n"
    )
    assert run(text).measures == []


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_kinds_listed_with_blanks_after_their_commas_are_each_a_unit(variant: Callable[[str], str]) -> None:
    text = "二、主要任务\n1. 督促落实企业主责。 交通运输、 公安交警、 应急管理部门要强化道路运输企业安全生产主体责任。\n"
    want = [("1", "督促落实企业主责", ["交通运输", "公安交警", "应急管理部门"], [])]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_flattened_duties_table_under_a_heading_is_a_measure_a_row(variant: Callable[[str], str]) -> None:
    text = (
        "上海市财政局政务公开工作规定\n一、组织保障\n设立政务公开工作领导小组。\n三、工作分工\n"
        "办公室  组织、协调和管理市局主动公开政府信息的事宜。\n法规处  负责规范性文件的法律审核。\n"
        "人教处  负责将政务公开工作列入绩效考核内容。\n"
    )
    want = [
        ("", "办公室  组织、协调和管理", ["办公室"], []),
        ("", "法规处  负责规范性文件的法律审核", ["法规处"], []),
        ("", "人教处  负责将政务公开工作", ["人教处"], []),
    ]
    assert_measures(text, want, variant)


def test_lines_of_a_title_and_blanks_are_no_duties_table() -> None:
    """工作目标  到2025年… / 主要任务  推进…: a topic, blanks and its text name no body."""
    text = "关于推进政务公开的通知\n一、工作安排\n工作目标  到2025年全面建成政务公开体系。\n主要任务  推进政务公开标准化。\n"
    assert all(not m.responsible for m in run(text).measures)


def test_a_groups_make_up_counts_no_targets() -> None:
    """由市煤炭工业局1名县级领导带队,2名专业人员参加: who leads and joins the group, no quantity promised."""
    doc = run("五、督查分组\n(一)煤矿安全督查组。由市煤炭工业局1名县级领导带队,2名专业人员参加。\n")
    assert [t for m in doc.measures for t in m.targets] == []


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_group_led_after_its_name_and_joined_by_other_bodies_people(variant: Callable[[str], str]) -> None:
    text = (
        "(一)第一检查组。第一检查组由市水务局1名副局长带队,组织开展检查。\n"
        "(二)第二检查组。由市应急管理局1名副局长带队,市消防救援支队、市住建局各1名业务骨干参加。\n"
    )
    want = [
        ("(一)", "第一检查组", ["市水务局"], []),
        ("(二)", "第二检查组", ["市应急管理局", "市消防救援支队", "市住建局"], []),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_an_articles_body_before_the_word_for_its_duties_owns_the_items(
    variant: Callable[[str], str],
) -> None:
    """第二条 市发展和改革委员会贯彻落实…。主要职责是: / (一)… : a 职能配置 规定's article (heldout90 eh07)."""
    text = (
        "第一条 为明确职能,制定本规定。\n"
        "第二条 市发展和改革委员会贯彻落实中央决策部署。主要职责是:\n(一)拟订发展规划。\n(二)统筹协调经济社会发展。\n"
    )
    want = [
        ("(一)", "拟订发展规划", ["市发展和改革委员会"], []),
        ("(二)", "统筹协调经济社会发展", ["市发展和改革委员会"], []),
    ]
    assert_measures(text, want, variant)


def test_an_article_opening_with_no_body_owns_no_items() -> None:
    text = "第一条 为明确职能,制定本规定。\n第二条 本办法所称企业是指在本区登记的企业。主要职责是:\n(一)组织调查。\n(二)发布数据。\n"
    assert all(not m.responsible for m in run(text).measures)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_page_titled_with_a_body_and_its_functions_charges_that_body(variant: Callable[[str], str]) -> None:
    """增城经济技术开发区园区发展局机构职能 / (一)… : the page's items are the body's duties (heldout90 eh10)."""
    text = (
        "当前位置:\n增城经济技术开发区园区发展局机构职能\n"
        "(一)会同有关部门编制发展规划,推动各园区协同发展。\n(二)负责开发区有关数据资料的统计整理工作。\n"
    )
    want = [
        ("(一)", "会同有关部门编制发展规划", ["增城经济技术开发区园区发展局"], []),
        ("(二)", "负责开发区有关数据资料", ["增城经济技术开发区园区发展局"], []),
    ]
    assert_measures(text, want, variant)


def test_a_title_naming_duties_of_no_body_charges_none() -> None:
    text = "当前位置:\n网格员主要职责\n(一)负责网格内信息采集。\n(二)负责矛盾纠纷排查。\n"
    doc = run(text)
    assert len(doc.measures) == 2 and all(not m.responsible for m in doc.measures)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_lines_of_bodies_and_their_roles_under_a_duties_heading(variant: Callable[[str], str]) -> None:
    """(二)市级招商牵头部门职责。 / 市经济和信息化委负责牵头推出…; / 市农牧业局负责牵头推出…: a line a measure
    (heldout90 eh05); colon-labelled lines (市发展改革委:负责…) stay one measure (heldout28 bv03's gold)."""
    text = (
        "一、项目包装\n(一)项目分类。项目共分为五大类。\n"
        "(二)市级招商牵头部门职责。\n"
        "市经济和信息化委负责牵头推出机械、化工、装备制造等工业类项目;\n"
        "市农牧业局负责牵头推出现代农业、畜牧业等项目;\n"
        "市商务局负责牵头推出现代服务业项目。\n"
    )
    doc = run(variant(text))
    got = [[u.surface for u in m.responsible] for m in doc.measures if m.number == ""]
    assert got == [[variant(b)] for b in ("市经济和信息化委", "市农牧业局", "市商务局")]


def test_colon_labelled_duty_lines_stay_one_measure() -> None:
    text = (
        "一、总体要求\n各单位要高度重视。\n二、明确部门责任分工\n"
        "市发展改革委:负责拟订促进产业集聚区发展的政策。\n市住房城乡建设局:负责指导协调推进基础设施建设。\n"
    )
    assert [m.number for m in run(text).measures if m.responsible] == ["二"]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_bodies_and_their_main_share_of_the_work(variant: Callable[[str], str]) -> None:
    """(六)市农办、市建设局…主要做好…工作: the bodies' main share (heldout90 eh04)."""
    text = (
        "四、职责分工\n(五)市委外宣办负责洽谈会的宣传报道工作。\n"
        "(六)市农办、市建设局、市规划局主要做好市内招商合作项目的产业政策前期审查等工作。\n"
    )
    want = [
        ("(五)", "市委外宣办负责洽谈会的宣传报道工作", ["市委外宣办"], []),
        ("(六)", "市农办、市建设局、市规划局主要做好", ["市农办", "市建设局", "市规划局"], []),
    ]
    assert_measures(text, want, variant)
