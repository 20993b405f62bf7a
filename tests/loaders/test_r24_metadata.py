"""Metadata of round 24 (unlabeled audit of unseen portals): a wiki card's 颁布时间 (the date the body promulgated
the document); a 通报 as a title's kind; a title that is only its issuer and its kind (大连市人民政府通告, 某县人民政府
工作规则) naming the issuer; a page heading that is the notice's issuer run into the plan it hands on, the plan's
place left out, under which the notice itself is printed. Inline texts in both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from policykg.loaders.normalize import fold
from tests.loaders.inline import IDS, VARIANTS, family_params, meta_field, run

BODY = "一、总体要求\n1.到2025年,全市新增城镇就业3000人。\n"

Case = tuple[str, dict[str, str | None]]

FAMILIES: dict[str, list[Case]] = {
    "promulgation_date_label": [
        (
            f"长春市人民政府关于印发健康长春行动实施方案的通知\n基本介绍\n{label}:2021年4月6日\n"
            "发布单位:长春市人民政府\n发文字号:长府发〔2021〕7号\n" + BODY,
            {"issued": "2021-04-06"},
        )
        for label in ("颁布时间", "颁布日期")
    ],
    "bulletin_title": [
        (
            "关于2024年阳东区十件民生实事完成情况的通报\n根据有关要求,各责任单位积极采取有效措施。\n" + BODY,
            {"title": "关于2024年阳东区十件民生实事完成情况的通报"},
        ),
        (
            "某县教育局关于2023年秋季开学工作检查情况的通报\n" + BODY,
            {"title": "某县教育局关于2023年秋季开学工作检查情况的通报"},
        ),
    ],
    "title_names_its_issuer": [
        (
            "首页 > 人文\n大连市人民政府通告\n发布时间:2025-03-10 15:59:18\n" + BODY,
            {"issuer": "大连市人民政府"},
        ),
        ("镇巴县人民政府工作规则\n发文字号:镇政发〔2024〕7号\n" + BODY, {"issuer": "镇巴县人民政府"}),
        ("宁远县人民政府公告\n第3号\n" + BODY, {"issuer": "宁远县人民政府"}),
        (
            "吴江区人民政府令\n第3号\n《吴江区农村人居环境整治办法》已经区政府常务会议通过,现予公布。\n"
            "区长 张三\n2024年3月28日\n" + BODY,
            {"title": "吴江区人民政府令", "issuer": "吴江区人民政府"},
        ),
        # a kind word after a plan's name is no body's name
        ("关于做好2024年度就业工作的通告\n" + BODY, {"issuer": None}),
    ],
    "heading_of_issuer_and_plan": [
        (
            "罗庄区教育体育局2018年教育工作计划要点\n发布日期:2018年07月02日\n罗教体字〔2018〕1号\n"
            "罗庄区教育体育局关于印发《罗庄区2018年教育工作计划要点》的通知\n各中小学、幼儿园:\n"
            "现将《罗庄区2018年教育工作计划要点》印发给你们,请认真贯彻执行。\n罗庄区教育体育局\n2018年1月22日\n"
            "罗庄区2018年教育工作计划要点\n" + BODY,
            {"title": "罗庄区教育体育局关于印发《罗庄区2018年教育工作计划要点》的通知"},
        ),
    ],
    "roc_era_dates_and_word_numbers": [
        (
            "臺北市政府 函\n发文日期:中华民国114年3月5日\n发文字号:府教字第1140012345号\n"
            "主旨:修正「台北市国民中小学推动乐龄学习实施计画」,请查照。\n" + BODY,
            {"issued": "2025-03-05", "doc_number": "府教字第1140012345号", "issuer": "臺北市政府"},
        ),
        (
            "花莲县推动乡村振兴实施计画\n花莲县政府\n民国113年12月29日\n府农字第1130245678号\n" + BODY,
            {"issued": "2024-12-29", "doc_number": "府农字第1130245678号"},
        ),
        (
            "台中市推动长期照顾实施计画\n" + BODY + "台中市政府\n中华民国一百一十四年三月五日\n",
            {"issued": "2025-03-05"},
        ),
        # a year of the era with no 民国 before it is no date read from running text
        ("花莲县推动乡村振兴实施计画\n本计画自113年起实施。\n" + BODY, {"issued": None}),
    ],
    "place_inside_title": [
        (
            "关于面向社会公开征集利川市2025年民生实事项目建议的公告\n文化 2024-10-19 18:01 湖北\n" + BODY,
            {"region": "利川市"},
        ),
        # a place a higher body supports is not the page's own
        (
            "关于支持昌平区医药健康产业高质量发展的若干措施\n为加快推动全市医药健康产业发展,制定本措施。\n北京市\n"
            + BODY,
            {"region": "北京市"},
        ),
    ],
    "cover_maker_issuer": [
        ("2025卫生福利政策白皮书\n\n卫生福利部\n\n中华民国105年1月\n" + BODY, {"issuer": "卫生福利部"}),
        ("宁波市“十四五”教育发展规划\n宁波市教育局\n2021年9月 编印\n" + BODY, {"issuer": "宁波市教育局"}),
        # a sentence under the title is no body
        ("宁波市“十四五”教育发展规划\n为推进教育现代化,制定本规划。\n2021年9月\n" + BODY, {"issuer": None}),
    ],
    "reading_titles": [
        (
            "关于《瓦房店市人民政府印发关于推进健康瓦房店行动的实施意见的通知》的政策解读\n发布:2021-04-25 10:34:00\n"
            "一、审定背景\n为贯彻落实全国卫生与健康大会精神,编制本意见。\n",
            {"title": "关于《瓦房店市人民政府印发关于推进健康瓦房店行动的实施意见的通知》的政策解读"},
        ),
        (
            "关于《关于健康衡东行动实施方案》文件解读\n来源:县司法局 发布时间:2022-09-22\n一、出台的必要性\n",
            {"title": "关于《关于健康衡东行动实施方案》文件解读"},
        ),
    ],
    "white_paper_and_draft_titles": [
        (
            "2025卫生福利政策白皮书\n\n卫生福利部\n\n中华民国105年1月\n" + BODY,
            {"title": "2025卫生福利政策白皮书"},
        ),
        (
            "教育部中程施政计画草案\n(98至101年度)\n中华民国97年7月编印\n" + BODY,
            {"title": "教育部中程施政计画草案(98至101年度)"},
        ),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_r24_metadata(variant: Callable[[str], str], text: str, want: dict[str, str | None]) -> None:
    doc = run(variant(text))
    for field, value in want.items():
        got = doc.meta.doc_number if field == "doc_number" else meta_field(doc, field)
        assert (fold(got) if got else got) == (fold(fold(variant(value))) if value else value), field
