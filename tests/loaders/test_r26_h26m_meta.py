"""Metadata, round 26 (heldout36-38): a variant form of a province's character that the script conversion leaves
(陜 for 陕), and a site's bracketed region tag before the title on its line ((湖北省)2023年…方案). Small inline
texts in both scripts and punctuations."""

from __future__ import annotations

import pytest

from policykg.loaders.normalize import match_text, name_key
from tests.loaders.inline import IDS, VARIANTS, meta_field, run


def _same(got: str | None, want: str) -> bool:
    return got is not None and name_key(match_text(got)) == name_key(match_text(want))


_ISSUERS = "{name}省委 {name}省人民政府\n关于做好2022年全面推进乡村振兴重点工作的实施意见\n2022年是全面推进乡村振兴的关键一年。\n"


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
@pytest.mark.parametrize("name", ["中共陜西", "中共陕西"])
def test_a_variant_form_of_the_provinces_character_names_it(convert, name) -> None:  # type: ignore[no-untyped-def]
    doc = run(convert(_ISSUERS.format(name=name)).replace("陝", "陜" if "陜" in name else "陝"))
    assert meta_field(doc, "region") == "陕西省"


_TAGGED = (
    "导航菜单\n{tag}2023年某市《政府工作报告》确定的主要目标任务责任分解方案\n"
    "1.完善公共文体服务圈。推进数字三馆建设。(牵头单位:市文旅局;责任单位:各县市区人民政府)\n"
)


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
@pytest.mark.parametrize("tag", ["(湖北省)", "【湖北省】", "(广西壮族自治区)"])
def test_a_sites_bracketed_region_tag_is_no_part_of_the_title(convert, tag) -> None:  # type: ignore[no-untyped-def]
    doc = run(convert(_TAGGED.format(tag=tag)))
    assert _same(meta_field(doc, "title"), "2023年某市《政府工作报告》确定的主要目标任务责任分解方案")


_JOINED = (
    "关于10月份民生实事项目进展情况的通报\n今年以来,全县各乡镇、县直各部门扎实推进民生实事办理。\n"
    "下一步,各牵头单位要抢抓工作进度。县发改委{join}县督查落实办进行督导,县政府将适时通报。\n"
)


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
@pytest.mark.parametrize("join", ["要会同", "将会同", "由会同"])
def test_a_body_acting_together_with_a_county_body_names_no_county(convert, join) -> None:  # type: ignore[no-untyped-def]
    doc = run(convert(_JOINED.format(join=join)))
    assert meta_field(doc, "region") != "怀化市会同县"


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_the_county_named_as_itself_stays(convert) -> None:  # type: ignore[no-untyped-def]
    doc = run(convert(_JOINED.format(join="和会同县人民政府及")).replace("全县", "全县(会同县)"))
    assert meta_field(doc, "region") == "怀化市会同县"


_SIGNED = (
    "湖南省商务厅 湖南省财政厅关于印发《进一步恢复和扩大消费若干政策措施》的通知\n各市州商务局、财政局:\n"
    "现印发给你们,请抓好落实。\n湖南省商务厅                  湖南省财政厅\n{date}\n一、促进汽车消费\n"
)


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("date", "iso"), [("2023年428日", "2023-04-28"), ("2023年1231日", "2023-12-31")])
def test_a_signed_date_that_lost_its_month_mark_is_read(convert, date, iso) -> None:  # type: ignore[no-untyped-def]
    assert meta_field(run(convert(_SIGNED.format(date=date))), "issued") == iso


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_an_ambiguous_lost_month_mark_gives_no_date(convert) -> None:  # type: ignore[no-untyped-def]
    assert meta_field(run(convert(_SIGNED.format(date="2023年111日"))), "issued") is None


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
@pytest.mark.parametrize("tag", ["{转载}", "【转载】", "[转发]"])
def test_a_sites_tag_before_the_document_number_is_no_part_of_it(convert, tag) -> None:  # type: ignore[no-untyped-def]
    text = convert(
        f"健康中国行动推进委员会办公室关于印发2020年工作计划的通知\n{tag}国健推委办发〔2020〕1号\n"
        "各成员单位:\n现将计划印发给你们,请认真贯彻落实。\n"
    )
    assert _same(run(text).meta.doc_number, "国健推委办发〔2020〕1号")


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
@pytest.mark.parametrize("year", ["(2016)", "(2016年)", "[2016]"])
def test_a_collections_bracketed_year_before_a_title_is_no_part_of_it(convert, year) -> None:  # type: ignore[no-untyped-def]
    text = convert(
        f"政策纵览\n返回列表\n【地方】{year}河北省人民政府关于某市开发区优化整合方案的批复\n时间:2017-04-09\n"
        "某市人民政府:\n你市请示收悉。经研究,现批复如下:\n一、保留某经济开发区,规划面积不变。\n"
    )
    assert _same(meta_field(run(text), "title"), convert("河北省人民政府关于某市开发区优化整合方案的批复"))


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
@pytest.mark.parametrize("verb", ["发布", "印发"])
def test_a_release_note_in_brackets_names_the_issuer(convert, verb) -> None:  # type: ignore[no-untyped-def]
    text = convert(
        f"(重庆市人民政府 2018年5月17日{verb})\n为贯彻落实国务院指导意见,结合我市实际,制定本实施方案。\n"
        "一、总体要求\n深入贯彻党的十九大精神。\n"
    )
    doc = run(text)
    assert _same(meta_field(doc, "issuer"), "重庆市人民政府")
    assert meta_field(doc, "issued") is None  # the release's day, no 成文日期


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_bracketed_note_of_no_body_names_no_issuer(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert(
        "(本文 2018年5月17日发布)\n为贯彻落实国务院指导意见,制定本实施方案。\n一、总体要求\n深入贯彻精神。\n"
    )
    assert meta_field(run(text), "issuer") is None
