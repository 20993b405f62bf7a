"""Round 38 (heldout80 dx07, heldout81 dy03, heldout82 dz01/dz11): a named body then collectives charged together
(县教育局、各乡镇要…); a flattened row's unit cell glued after the task's last 。 and closed by its time limit
(…动态更新。办公室、政策法规科,市局各有关科室常态化开展); two bodies glued by 会同 or 会 in a unit cell (宣传处会办公室);
a news page's ;-pieces each a task handed to its own bodies (X由A牵头负责;Y由B牵头负责); a demand made on a topic
after 就 (就做好此次活动,赵琦要求,…). Both scripts, both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, assert_measures, run


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_named_body_then_collectives_are_all_charged(variant: Callable[[str], str]) -> None:
    text = (
        "一、加强校园安全。县教育局、各乡镇要加强校园周边安全管理。\n"
        "二、做好疫情防控。县卫健委、各学校等相关单位要落实晨午检制度。\n"
    )
    want = [
        ("一", "加强校园安全", ["县教育局", "各乡镇"], []),
        ("二", "做好疫情防控", ["县卫健委", "各学校"], []),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_collectives_alone_still_name_no_body(variant: Callable[[str], str]) -> None:
    doc = run(
        variant(
            "一、加强校园安全。各地、各学校要加强校园周边安全管理。\n二、做好防控。县卫健委要做好防控。\n"
        )
    )
    assert [[u.surface for u in m.responsible] for m in doc.measures] == [[], [variant("县卫健委")]]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_unit_cells_glued_after_the_task_and_closed_by_a_time_limit(variant: Callable[[str], str]) -> None:
    text = (
        "一、优化政务公开工作基础\n"
        "1. 依托政府信息公开平台完善规章库建设,及时做好规章动态更新。办公室、政策法规科,市局各有关科室常态化开展\n"
        "2. 加快推进行政规范性文件库建设,提高公开质量。政策法规科,办公室2024年底前\n"
    )
    want = [
        ("1", "依托政府信息公开平台", ["办公室", "政策法规科", "市局各有关科室"], []),
        ("2", "加快推进行政规范性文件库", ["政策法规科", "办公室"], []),
    ]
    assert_measures(text, want, variant)


def test_a_sentence_after_the_last_full_stop_is_no_glued_cell() -> None:
    """…。市财政局要加强资金保障: a sentence with its modal, read as such, not as cells glued with a time limit."""
    doc = run("1. 加快项目建设。市发改委负责长期坚持\n2. 加强保障。2024年底前完成验收\n")
    assert [[u.surface for u in m.responsible] for m in doc.measures][1] == []


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_two_bodies_glued_by_a_join_in_a_unit_cell_are_two_units(variant: Callable[[str], str]) -> None:
    text = (
        "序号 | 工作任务 | 责任处室 | 完成时限 |\n"
        "1 | 提高疫情信息发布规范化水平 | 宣传处会办公室 | 2021年8月前 |\n"
        "2 | 做好爱国卫生运动的信息发布工作 | 规划信息处会同财务处 | 长期推进 |\n"
    )
    want = [
        ("1", "提高疫情信息发布规范化水平", ["宣传处", "办公室"], []),
        ("2", "做好爱国卫生运动", ["规划信息处", "财务处"], []),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize(
    "cell", ["市人力资源社会保障局", "社区居委会", "市个体劳动者协会", "市工商联会员服务中心"]
)
def test_hui_inside_a_name_splits_nothing(cell: str) -> None:
    text = (
        "序号 | 工作任务 | 责任单位 | 完成时限 |\n"
        f"1 | 提高信息发布规范化水平 | {cell} | 2021年8月前 |\n"
        "2 | 做好信息发布工作 | 市财政局 | 长期推进 |\n"
    )
    doc = run(text)
    assert [u.surface for u in doc.measures[0].responsible] == [cell]


_HANDED = (
    "连日来,通江县抢抓机遇,积极开展对接工作,取得初步成效。\n"
    "细化任务强目标。组建专班,落实专人,制定方案。推进旅游合作由县旅游局牵头负责;食用菌打假、品牌保护由县质监局"
    "牵头负责;食用菌全面进入市场由县经商委牵头负责。目前,各牵头部门已制定好方案。\n"
)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_pieces_each_handed_to_their_own_bodies_are_measures(variant: Callable[[str], str]) -> None:
    want = [
        ("", "推进旅游合作", ["县旅游局"], ["县旅游局"]),
        ("", "食用菌打假、品牌保护", ["县质监局"], ["县质监局"]),
        ("", "食用菌全面进入市场", ["县经商委"], ["县经商委"]),
    ]
    assert_measures(_HANDED, want, variant)


def test_one_handed_sentence_is_no_division() -> None:
    doc = run("连日来,我县积极开展对接工作。推进旅游合作由县旅游局牵头负责。目前已制定好方案。\n")
    assert doc.measures == [], [m.label for m in doc.measures]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_demand_made_on_a_topic_after_jiu(variant: Callable[[str], str]) -> None:
    text = (
        "1月11日,我县召开了春节期间民俗文化展演活动安排会议。\n"
        "就做好此次民俗文化展演活动,赵琦要求,各部门、各乡镇要高度重视,各司其职,确保各项工作顺利开展。"
        "县文旅局要制定具体方案,县公安局要做好安保工作。\n"
    )
    doc = run(variant(text))
    units = [u.surface for m in doc.measures for u in m.responsible]
    assert variant("县文旅局") in units and variant("县公安局") in units, [
        (m.label, units) for m in doc.measures
    ]


def test_requirements_counted_before_their_list_are_no_speakers_demand() -> None:
    """就如何做好…工作,会议提出了三点要求:要…;要…;要…。: heldout62 df10's gold keeps the counted list one measure;
    the 就 lead-in reads no speaker in 会议提出了三点."""
    text = (
        "近日,市工信局召开全市工业和信息化工作会议。\n"
        "就如何做好今年工信工作,会议提出了三点要求:要抓住机遇,加强运行监测;要勇担重任,谋划新兴产业;"
        "要党建引领,锻炼服务队伍。\n"
    )
    assert len(run(text).measures) <= 1


def test_a_verb_with_its_complement_opens_a_list_of_trades() -> None:
    """落实好餐饮、零售、旅游等特困行业纾困扶持政策: 好 is the verb's complement, no part of the first trade."""
    doc = run("一、帮扶困难行业。落实好餐饮、零售、旅游、民航等特困行业纾困扶持政策。\n")
    assert [i.surface for i in doc.measures[0].industries][:2] == ["餐饮", "零售"]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_list_of_crops_each_with_its_quality_names_each_crop(variant: Callable[[str], str]) -> None:
    text = "一、发展特色农业。加快推进优质小麦、优质中药材、优质花生、优质果蔬、优质草畜基地建设。\n"
    doc = run(variant(text))
    assert [i.surface for i in doc.measures[0].industries][-5:] == [
        variant(w) for w in ("小麦", "中药材", "花生", "果蔬", "草畜")
    ]


def test_a_crop_list_whose_quality_starts_after_its_first_item_names_none() -> None:
    """建设强筋小麦、优质谷子、旱碱麦示范区: demonstration zones of crop varieties (heldout19 bm07's gold: none)."""
    doc = run("一、抓好粮食生产。实施优质粮食工程,建设强筋小麦、优质谷子、旱碱麦示范区。\n")
    assert not {"小麦", "谷子"} & {i.surface for i in doc.measures[0].industries}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_minutes_approving_a_bodys_proposal_charge_that_body(variant: Callable[[str], str]) -> None:
    text = (
        "xx年xx月xx日,县长主持召开了县政府第xx次常务会议,现将会议确定事项纪要如下:\n"
        "一、关于统筹城乡发展有关问题\n"
        "(一)会议原则同意县经发局关于调整统筹城乡发展领导小组组成人员的意见,会后提交县委常委会议研究。\n"
        "(二)会议原则同意县住建局、县经发局提交的《小城镇规划建设管理办法(试行)》,修改完善后报县委常委会议研究。\n"
        "(三)会议原则同意企业关于延期缴纳土地出让金的申请。\n"
    )
    doc = run(variant(text))
    assert [[u.surface for u in m.responsible] for m in doc.measures] == [
        [variant("县经发局")],
        [variant("县住建局"), variant("县经发局")],
        [],
    ]
    assert doc.measures[0].label.startswith(variant("会议原则同意县经发局关于调整"))


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_bodies_closed_by_etc_departments_opening_a_sentence_are_its_units(
    variant: Callable[[str], str],
) -> None:
    text = (
        "(一)县融媒体中心要加大宣传力度。\n"
        "(二)发改局、教体局、公安局等部门根据明年项目计划,务必推荐2个以上的备选项目。\n"
    )
    doc = run(variant(text))
    assert [[u.surface for u in m.responsible] for m in doc.measures] == [
        [variant("县融媒体中心")],
        [variant("发改局"), variant("教体局"), variant("公安局")],
    ]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_comma_pieces_each_handing_a_share_after_a_you_clause(variant: Callable[[str], str]) -> None:
    """由A负责X,B负责Y,C负责Z (round 37's notes: only A was kept): each body with its share is a unit of the item."""
    text = (
        "5月20日,县政府召开安全生产工作会议。\n"
        "会议要求,由县应急管理局负责统筹协调,县公安局负责道路交通安全,县市场监管局负责特种设备安全检查。\n"
    )
    doc = run(variant(text))
    assert [u.surface for u in doc.measures[0].responsible] == [
        variant("县应急管理局"),
        variant("县公安局"),
        variant("县市场监管局"),
    ]


def test_a_piece_opening_otherwise_ends_the_shares() -> None:
    text = "一、加强安全管理。由县应急管理局负责统筹协调,确保安全,县公安局负责加强检查。\n二、做好保障。县财政局负责资金保障。\n"
    assert [u.surface for u in run(text).measures[0].responsible] == ["县应急管理局"]
