"""Metadata, round 25 (heldout32-33): a news headline of several bodies issuing a book-marked plan, a repost's lead
naming the bodies by their level alone (市委、市政府印发了《…》), and a page heading that abridges the document's own
title line below it. Small inline texts in both scripts and punctuations."""

from __future__ import annotations

import pytest

from policykg.loaders.normalize import match_text, name_key
from tests.loaders.inline import IDS, VARIANTS, meta_field, run


def _same(got: str | None, want: str) -> bool:
    return got is not None and name_key(match_text(got)) == name_key(match_text(want))


# --------------------------------------------------------------------------- bodies issuing a plan, a headline


_BODIES_HEADLINE = (
    "{orgs}印发《农村人居环境整治提升五年行动方案(2021-2025年)》\n"
    "2021-12-26 来源:新华社\n二、扎实推进农村厕所革命\n(四)逐步普及农村卫生厕所。新改户用厕所基本入院。\n"
)


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    "orgs", ["中共中央办公厅 国务院办公厅 ", "中共中央办公厅、国务院办公厅", "国务院办公厅 "]
)
def test_bodies_issuing_a_plan_in_a_headline_give_title_and_issuer(convert, orgs) -> None:  # type: ignore[no-untyped-def]
    doc = run(convert(_BODIES_HEADLINE.format(orgs=orgs)))
    assert _same(meta_field(doc, "title"), "农村人居环境整治提升五年行动方案(2021-2025年)")
    assert _same(meta_field(doc, "issuer"), orgs.replace("、", " ").split()[0])
    assert meta_field(doc, "region") == "全国"


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_headline_that_is_not_bodies_gives_no_issuer(convert) -> None:  # type: ignore[no-untyped-def]
    doc = run(convert(_BODIES_HEADLINE.format(orgs="关注民生 聚焦热点 ")))
    assert meta_field(doc, "issuer") is None


# --------------------------------------------------------------------------- bodies named by their level


_LEVEL_LEAD = (
    "近日,{orgs}印发了《成都市法治政府建设实施方案(2021-2025年)》,并发出通知,要求各地结合实际认真贯彻落实。\n"
    "《成都市法治政府建设实施方案(2021-2025年)》主要内容如下。\n"
    "为持续深入推进依法行政,制定本实施方案。\n一、总体要求\n以习近平法治思想为指导。\n"
)


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("orgs", "issuer"), [("市委、市政府", "中共成都市委"), ("市政府", "成都市人民政府")])
def test_a_lead_naming_bodies_by_level_gives_the_jurisdictions_body(convert, orgs, issuer) -> None:  # type: ignore[no-untyped-def]
    doc = run(convert(_LEVEL_LEAD.format(orgs=orgs)))
    assert _same(meta_field(doc, "title"), "成都市法治政府建设实施方案(2021-2025年)")
    assert _same(meta_field(doc, "issuer"), issuer)
    assert meta_field(doc, "region") == "成都市"


# --------------------------------------------------------------------------- a heading abridging the title line


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
@pytest.mark.parametrize("number", ["", "1"])
def test_the_fuller_title_line_under_an_abridged_heading_is_the_title(convert, number) -> None:  # type: ignore[no-untyped-def]
    text = (
        f"公共停车场实施方案\n{number}三亚市公共停车场(点)收费管理实施方案\n"
        "为加强三亚市车辆停放管理,规范城市停车秩序,制定本方案。\n一、指导思想和工作目标\n以科学发展观为指导。\n"
    )
    assert _same(meta_field(run(convert(text)), "title"), "三亚市公共停车场(点)收费管理实施方案")


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_heading_above_another_document_stays_the_title(convert) -> None:  # type: ignore[no-untyped-def]
    text = (
        "公共停车场实施方案\n三亚市城市道路管理办法\n"
        "为加强三亚市车辆停放管理,规范城市停车秩序,制定本方案。\n一、指导思想和工作目标\n以科学发展观为指导。\n"
    )
    assert _same(meta_field(run(convert(text)), "title"), "公共停车场实施方案")


# --------------------------------------------------------------------------- a lead acting on a reported act


_ACTING_LEAD = (
    "2024年9月,民政部会同中央社会工作部、农业农村部联合出台《关于加强社会组织规范化建设的意见》。{sep}"
    "为贯彻落实好民政部要求,近日,上海市民政局发布关于落实《社会组织规范化建设专项行动工作方案》的通知,"
    "提出到2025年年底,努力实现全市社会组织结构更加合理。\n一、工作任务\n(一)开展登记事项专项清理(登记处牵头)。\n"
)


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
@pytest.mark.parametrize("sep", ["", "\n"])
def test_a_lead_acting_on_a_reported_act_names_the_issuer(convert, sep) -> None:  # type: ignore[no-untyped-def]
    assert _same(meta_field(run(convert(_ACTING_LEAD.format(sep=sep))), "issuer"), "上海市民政局")


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_the_body_acting_with_others_is_the_one_named(convert) -> None:  # type: ignore[no-untyped-def]
    text = (
        "2024年9月,民政部会同中央社会工作部、农业农村部联合出台《关于加强社会组织规范化建设的意见》。\n"
        "一、工作任务\n(一)开展登记事项专项清理。\n"
    )
    assert _same(meta_field(run(convert(text)), "issuer"), "民政部")


# --------------------------------------------------------------------------- a content site's collection headline


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    "headline", ["城市垃圾分类方案(通用3篇)", "《城市垃圾分类方案精选3篇》", "城市垃圾分类方案 篇1"]
)
def test_a_collection_headline_is_no_title(convert, headline) -> None:  # type: ignore[no-untyped-def]
    text = f"{headline}\n为深入推进我市生活垃圾分类工作,特制定本实施方案。\n一、工作目标\n全面建立分类收集体系。\n"
    assert meta_field(run(convert(text)), "title") is None


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_plan_counting_its_articles_keeps_its_title(convert) -> None:  # type: ignore[no-untyped-def]
    text = "城市垃圾分类实施方案\n为深入推进我市生活垃圾分类工作,特制定本实施方案。\n一、工作目标\n全年发布稿件3篇。\n"
    assert _same(meta_field(run(convert(text)), "title"), "城市垃圾分类实施方案")


# --------------------------------------------------------------------------- a final version's note


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
@pytest.mark.parametrize("note", ["(定稿)", "(送审稿)"])
def test_a_line_closed_by_a_final_versions_note_is_a_title(convert, note) -> None:  # type: ignore[no-untyped-def]
    text = (
        f"智慧城市重点建设内容{note}\n\n发布时间:2020-11-14 20:41:31\n\n、主要任务\n\n"
        "为满足城市的发展需求,包括以下主要任务:\n\n(一)建设基础性、共享性设施\n"
    )
    assert _same(meta_field(run(convert(text)), "title"), f"智慧城市重点建设内容{note}")


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_line_without_a_kind_word_or_a_note_is_still_no_title(convert) -> None:  # type: ignore[no-untyped-def]
    text = "智慧城市重点建设内容\n\n发布时间:2020-11-14 20:41:31\n\n、主要任务\n\n为满足城市的发展需求,包括以下主要任务:\n"
    assert meta_field(run(convert(text)), "title") is None


# --------------------------------------------------------------------------- a place after 结合 the text calls 我市


_VOICED = (
    "为贯彻落实《成都市生活垃圾分类实施方案》相关要求,并结合彭州市环保突出问题百日攻坚行动等工作要求,深入推进{voice}"
    "生活垃圾分类工作,特制定本实施方案。\n一、工作目标\n全面建立收运体系。\n"
)


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_place_after_jiehe_that_the_text_calls_its_own_is_the_region(convert) -> None:  # type: ignore[no-untyped-def]
    assert meta_field(run(convert(_VOICED.format(voice="我市"))), "region") == "彭州市"


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_place_after_jiehe_of_another_level_is_not_the_region(convert) -> None:  # type: ignore[no-untyped-def]
    assert meta_field(run(convert(_VOICED.format(voice="全县"))), "region") != "彭州市"


# --------------------------------------------------------------------------- a city's survey team, named by the city


_SURVEY_TEAM = (
    "(八){scope}规模以上工业企业要明确分管统计工作的领导。\n"
    "(十)建立统计联席会议制度。由政府分管领导牵头,统计、国家和省统计局辽阳调查队、发改、农业等部门参加。\n"
)


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_city_text_naming_its_survey_team_is_that_citys(convert) -> None:  # type: ignore[no-untyped-def]
    assert meta_field(run(convert(_SURVEY_TEAM.format(scope="全市"))), "region") == "辽阳市"


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_county_text_naming_a_citys_survey_team_is_not_that_citys(convert) -> None:  # type: ignore[no-untyped-def]
    assert meta_field(run(convert(_SURVEY_TEAM.format(scope="全县"))), "region") is None
