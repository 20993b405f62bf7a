"""Metadata of round 23 (unseen pages): a document's own place named bare (结合泰安实际, a news lead's 徐州印发《…》),
a text whose first line is a city body's (市商务局2024年工作要点) naming its province only around the city, a news lead's
joint bodies and its dates (2023年3月8日,浙江省委、省政府出台《…》; 2024年5月,A、B印发《…》), and a catalogue's
生成日期 before its 公开日期. Inline texts in both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from policykg.loaders.normalize import fold
from tests.loaders.inline import IDS, VARIANTS, family_params, meta_field, run

BODY = "一、工作任务\n1.全年新增城镇就业1万人。\n2.培育专精特新企业20家。\n"

Case = tuple[str, dict[str, str | None]]

# Each family's cases: a page and the fields it gives (region, issuer by label, title, issued).
FAMILIES: dict[str, list[Case]] = {
    "own_place_named_bare": [
        (
            "为贯彻落实省政府部署,推动全市设备更新,结合泰安实际,制定分解任务如下。\n" + BODY,
            {"region": "泰安市"},
        ),
        ("近日,徐州印发《数字徐州2025年行动方案》,明确今年重点工程。\n" + BODY, {"region": "徐州市"}),
        # a bare name of no division says nothing of the place
        ("结合工作实际,制定本方案。\n" + BODY, {"region": None}),
    ],
    "a_city_body_heading_the_page_speaks_for_its_city": [
        (
            "市商务局2024年工作要点\n深入学习贯彻总书记考察四川重要讲话精神,奋力谱写绵阳新篇章,做好四川"
            "开放工作。\n" + BODY,
            {"region": "绵阳市"},
        ),
    ],
    "news_lead_joint_bodies_and_dates": [
        (
            "2023年3月8日,浙江省委、省政府出台《关于做好2023年乡村振兴重点工作的实施意见》,全文如下。\n"
            + BODY,
            {"issuer": "浙江省委", "issued": "2023-03-08"},
        ),
        (
            "发布信息\n2024年5月,中共湖南省委办公厅、湖南省人民政府办公厅印发《湖南省乡村振兴责任制实施细则》,自印发之日起"
            "施行。\n" + BODY,
            {"issuer": "中共湖南省委办公厅", "title": "湖南省乡村振兴责任制实施细则", "issued": None},
        ),
    ],
    "a_place_tag_before_a_notice_title": [
        (
            "黑龙江:关于印发《黑龙江省乡村产业发展规划》的通知\n" + BODY,
            {"title": "关于印发《黑龙江省乡村产业发展规划》的通知"},
        ),
        # a colon after words that are no place is a label, not a tag
        ("工作安排:关于做好春耕生产的通知\n" + BODY, {"title": None}),
    ],
    "a_plan_handed_on_once_adopted": [
        (
            "各有关单位:\n《泰州市优化营商环境实施方案》已经市委常委会会议审议通过,现印发给你们,请认真贯彻落实。\n"
            + BODY,
            {"title": "泰州市优化营商环境实施方案"},
        ),
    ],
    "the_body_that_drafted_a_plan_for_comment": [
        (
            "日前,为加快全市低空经济发展,泰州市发展和改革委员会起草了《关于促进低空经济发展的若干政策(征求意见稿)》。\n"
            + BODY,
            {"issuer": "泰州市发展和改革委员会"},
        ),
    ],
    "a_headline_over_the_document_its_lead_names": [
        (
            "贵州省出台促进民营经济发展壮大18条措施\n2024-03-01 来源:某某网\n记者从新闻发布会上获悉,"
            "《贵州省人民政府关于促进民营经济发展壮大18条措施的意见》已于近日下发。\n" + BODY,
            {
                "title": "贵州省人民政府关于促进民营经济发展壮大18条措施的意见",
                "issuer": "贵州省人民政府",
            },
        ),
    ],
    "a_notice_date_line_before_the_day_a_catalogue_dates_and_posts": [
        (
            "发文字号:泰政办〔2023〕26号\n成文日期:2023年05月09日 发布日期:2023年05月09日\n关于印发就业工作要点的通知\n"
            "各县区人民政府:\n现将《就业工作要点》印发给你们,请认真贯彻落实。\n2023年4月14日\n" + BODY,
            {"issued": "2023-04-14"},
        ),
        # a 成文日期 of its own (not the posting day) stands
        (
            "发文字号:泰政办〔2023〕26号\n成文日期:2023年05月08日 发布日期:2023年05月09日\n关于印发就业工作要点的通知\n"
            "各县区人民政府:\n现将《就业工作要点》印发给你们,请认真贯彻落实。\n2023年4月14日\n" + BODY,
            {"issued": "2023-05-08"},
        ),
    ],
    "taiwan_cities_and_central_bodies": [
        ("高雄市經發局施政目標\n" + BODY, {"region": "高雄市", "issuer": "高雄市經發局"}),
        ("行政院施政報告\n關於本院施政情形,擇要報告如下:\n" + BODY, {"region": "台湾", "issuer": "行政院"}),
        (
            "計畫名稱:社區再生計畫\n核定:行政院108年05月03日院臺農字第1080011958號函\n" + BODY,
            {"region": "台湾"},
        ),
        # a committee's programme named without its place stays unplaced
        ("安全生产委员会工作要点\n" + BODY, {"issuer": None}),
    ],
    "generated_date_before_its_publication": [
        (
            "标题:关于推进银发经济发展的实施意见\n生成日期:2025-02-27 公开日期:2025-03-07\n" + BODY,
            {"issued": "2025-02-27"},
        ),
        # the same day as its publication: the catalogue entry's date only
        (
            "标题:关于推进银发经济发展的实施意见\n生成日期:2025-03-07 公开日期:2025-03-07\n" + BODY,
            {"issued": None},
        ),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_r23_region_and_leads(variant: Callable[[str], str], text: str, want: dict[str, str | None]) -> None:
    doc = run(variant(text))
    for field, value in want.items():
        got = meta_field(doc, field)
        assert (fold(got) if got else got) == (fold(value) if value else value), field
