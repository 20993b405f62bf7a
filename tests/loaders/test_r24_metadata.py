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
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_r24_metadata(variant: Callable[[str], str], text: str, want: dict[str, str | None]) -> None:
    doc = run(variant(text))
    for field, value in want.items():
        got = meta_field(doc, field)
        assert (fold(got) if got else got) == (fold(fold(variant(value))) if value else value), field
