"""Round 41 (heldout94 el06, heldout98 ep14's kind): a news lead whose subject is a place by its full name, its
government at most, convening, issuing or deploying (近日,大冶市政府召开… / 7月9日,临颍县召开…) names the page's own
place; 全市召开 or 市政府召开 names none. Both scripts."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import SCRIPT_IDS, SCRIPTS, meta_field, run


@pytest.mark.parametrize("script", SCRIPTS, ids=SCRIPT_IDS)
@pytest.mark.parametrize(
    ("lead", "region"),
    [
        (
            "荆楚网讯(通讯员 陈雅清)近日,大冶市政府召开全市审计整改专题工作会议,对审计发现的问题进行全面整改。",
            "大冶市",
        ),
        ("7月9日,临颍县召开全县农村公路建设推进会。", "漯河市临颍县"),
        ("近日,全市召开审计整改专题工作会议。", None),
        ("近日,市政府召开审计整改专题工作会议。", None),
    ],
)
def test_a_news_leads_place_by_its_full_name_is_the_pages_own(
    script: Callable[[str], str], lead: str, region: str | None
) -> None:
    doc = run(script(lead + "\n会议要求,各责任单位要高度重视,切实抓好整改落实。\n"))
    assert meta_field(doc, "region") == region


_BODY = "\n\n为准确掌握市属企业上半年经济运行情况,市国资委召集市属企业召开了经济运行分析会议。会议要求,各企业要加强管理。\n"


@pytest.mark.parametrize("script", SCRIPTS, ids=SCRIPT_IDS)
@pytest.mark.parametrize(
    ("head", "title"),
    [
        # heldout94 el10, heldout91 ei04: a headline over the page's byline, the lead dated nowhere
        (
            "工作动态\n\n市国资委召开市属企业半年度经济运行分析会议\n\n发布时间:2021-07-13 17:05 点击率:\n来源:市国资委",
            "市国资委召开市属企业半年度经济运行分析会议",
        ),
        (
            "市政府召开会议贯彻落实全省安全生产电视电话会议精神\n\n作者:安政轩 时间:2018-03-07 14:33 来源:本站原创",
            "市政府召开会议贯彻落实全省安全生产电视电话会议精神",
        ),
        # a site's menu, a collection of samples: no headline
        ("首页 热点资讯 义务教育 高等教育 出国留学\n\n2024-07-18 来源:华拓网", None),
        ("开发区改革实施方案6篇\n\n更新时间:2024-01-10 来源:工作方案 点击:", None),
    ],
)
def test_a_headline_over_the_pages_byline_is_its_title(
    script: Callable[[str], str], head: str, title: str | None
) -> None:
    got = meta_field(run(script(head + _BODY)), "title")
    assert got == (script(title) if title else None)


@pytest.mark.parametrize("script", SCRIPTS, ids=SCRIPT_IDS)
def test_an_old_levels_year_does_not_date_the_target(script: Callable[[str], str]) -> None:
    # heldout97 eo13: 由2017年的不低于250元提高到不低于262元 in a 2018 report: 262 元 is the year's commitment
    text = (
        "2018年省重点民生实事工作进展顺利\n\n时间:2018-06-22 来源:办公室\n\n"
        "省民政厅牵头负责的城乡低保提标两项民生实事进展顺利。一是圆满完成提标任务。各地从2018年1月1日起,将城市最低生活"
        "保障月人均补助标准由2017年的不低于250元提高到不低于262元。二是残疾人两项补贴得到较好落实。\n"
    )
    doc = run(script(text))
    first = doc.measures[0]
    assert [(str(t.value), t.unit) for t in first.targets] == [("262", "元")]


_LAW_DB = (
    "某某盟行政公署办公室关于印发《全盟招商引资工作机制》的通知\n\n文章属性\n\n"
    "• 【制定机关】某某盟行政公署办公室\n\n• 【公布日期】2021.09.30\n\n• 【字 号】某署办发〔2021〕75号\n\n"
    "• 【施行日期】2021.09.30\n\n• 【效力等级】地方规范性文件\n\n• 【时效性】现行有效\n\n• 【主题分类】商务综合规定\n\n"
    "正文\n\n各旗县市(区)人民政府,盟直各相关部门:\n《全盟招商引资工作机制》已经行署常务会议研究,现印发给你们,请认真抓好贯彻落实。\n"
)


@pytest.mark.parametrize("script", SCRIPTS, ids=SCRIPT_IDS)
def test_a_law_databases_bracketed_fields_are_no_title(script: Callable[[str], str]) -> None:
    # heldout90 eh02: 【效力等级】/【时效性】 fields under the title, 【字 号】 its number
    doc = run(script(_LAW_DB))
    assert meta_field(doc, "title") == script("某某盟行政公署办公室关于印发《全盟招商引资工作机制》的通知")
    assert doc.meta.doc_number == script("某署办发〔2021〕75号")


@pytest.mark.parametrize("script", SCRIPTS, ids=SCRIPT_IDS)
def test_a_disclosure_blocks_file_kind_is_no_title(script: Callable[[str], str]) -> None:
    # heldout98 ep02: 文件類別 通知 one field a line under the notice's title
    text = (
        "2021年第04期\n市政府办公室关于印发《某市深化农村公路管理养护体制改革实施方案》的通知\n"
        "来源:市司法局       时间:2022-03-04 09:46:14\n文号 某政办发〔2021〕37号\n制发机关 某市人民政府\n"
        "成文日期 2022-03-04\n文件类别 通知\n文件状态 正在执行\n\n各镇人民政府,各街道办事处:\n"
        "《某市深化农村公路管理养护体制改革实施方案》已经市政府常务会议审议通过,现印发给你们,请认真贯彻执行。\n"
    )
    got = meta_field(run(script(text)), "title")
    assert got == script("市政府办公室关于印发《某市深化农村公路管理养护体制改革实施方案》的通知")


@pytest.mark.parametrize("script", SCRIPTS, ids=SCRIPT_IDS)
def test_a_label_ending_a_word_is_no_field(script: Callable[[str], str]) -> None:
    # heldout30 bx12: 老字号 in the title is no 字号 field
    text = (
        "某市人民政府办公厅关于支持老字号加快发展的实施意见\n某政办〔2023〕4号\n\n"
        "为进一步优化老字号发展环境,促进老字号保护传承和创新发展,提出如下意见。\n"
    )
    doc = run(script(text))
    assert meta_field(doc, "title") == script("某市人民政府办公厅关于支持老字号加快发展的实施意见")
