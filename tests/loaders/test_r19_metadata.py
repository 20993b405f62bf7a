"""Metadata of round 19 (dev16, northern provinces): a province and a prefecture under it sharing its name (吉林省,
吉林市) are told apart by the text's own region, a number's character naming the province (吉政发); a portal page
with no heading is named by the last crumb of its breadcrumb when that crumb names a page (2018年展望), never a
column (正文); a plan heading that drops words of the name its notice hands it on by is titled as the notice;
a notice's headline that lost its 关于印发 (X的通知) over the plan X printed below is the plan's title.
Inline texts in both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from policykg.loaders.normalize import fold
from tests.loaders.inline import IDS, VARIANTS, family_params, meta_field, run

PROVINCE_NOTICE = (
    "关于印发吉林省推进城市群建设实施方案的通知\n吉政发〔2016〕38号\n各市(州)人民政府,省政府各厅委办:\n"
    "现将《吉林省推进城市群建设实施方案》印发给你们,请认真贯彻执行。\n2016年9月30日\n"
    "吉林省推进城市群建设实施方案\n一、主要任务\n(一)发挥长春市、吉林市的带动作用。建设长吉一体化示范区。\n"
)
CITY_NOTICE = (
    "关于印发推进城市群建设实施方案的通知\n锡政发〔2016〕38号\n各市(县)、区人民政府:\n"
    "现将《推进城市群建设实施方案》印发给你们,请认真贯彻执行。\n2016年9月30日\n推进城市群建设实施方案\n"
    "一、主要任务\n(一)发挥江苏省无锡市的带动作用。建设示范区。\n"
)
ITEMS = "1.深入落实协同发展战略,发挥承接和辐射带动作用\n全年引进协同项目360个以上。\n"
BARE_NOTICE = (
    "沈阳市稳增长若干政策举措的通知\n沈政发〔2025〕3号\n各区、县(市)人民政府:\n"
    "现将《{handed}》印发给你们,请认真贯彻执行。\n沈阳市人民政府\n2025年2月28日\n{plan}"
    "一、加快产业转型升级\n(一)支持工业企业加快释放产能。\n"
)

# Each family's cases: a text, the field read and its value (simplified script; None: no value).
FAMILIES: dict[str, list[tuple[str, str, str | None]]] = {
    "a_province_and_its_namesake_prefecture": [
        (PROVINCE_NOTICE, "region", "吉林省"),
        (PROVINCE_NOTICE, "issuer", "吉林省人民政府"),
        # a number's character naming a prefecture of another name still refines the province's text
        (CITY_NOTICE, "region", "无锡市"),
        (CITY_NOTICE, "issuer", "无锡市人民政府"),
    ],
    "an_abridged_plan_heading_under_its_notice": [
        (
            PROVINCE_NOTICE.replace("推进城市群", "落实推进城市群", 2),
            "title",
            "关于印发吉林省落实推进城市群建设实施方案的通知",
        ),
        # a heading naming the plan as handed on, or adding words of its own, stays the title
        (PROVINCE_NOTICE, "title", "吉林省推进城市群建设实施方案"),
        (
            PROVINCE_NOTICE.replace("吉林省推进城市群建设实施方案\n一", "吉林省推进城市群的建设实施方案\n一"),
            "title",
            "吉林省推进城市群的建设实施方案",
        ),
    ],
    "a_breadcrumb_names_a_page_without_heading": [
        ("首页 > 区情 > 发展篇 > 2018年展望\n" + ITEMS, "title", "2018年展望"),
        ("首页 > 政策文件 > 某区2021年重点工作实施方案\n" + ITEMS, "title", "某区2021年重点工作实施方案"),
        ("当前位置:首页 > 信息公开 > 2021年工作要点\n" + ITEMS, "title", "2021年工作要点"),
        # under the portal's own crumbs ending at a column
        ("首页 > 政务公开 > 规范性文件\n首页 > 区情 > 发展篇 > 2018年展望\n" + ITEMS, "title", "2018年展望"),
        # a column is no page's name
        ("首页 > 政务公开 > 通知公告 > 正文\n" + ITEMS, "title", None),
        ("当前位置:首页 > 信息公开 > 通知公告\n" + ITEMS, "title", None),
        ("首页 > 信息公开 > 规划计划\n" + ITEMS, "title", None),
    ],
    "a_bare_notice_headline_over_its_plan": [
        (
            BARE_NOTICE.format(handed="沈阳市稳增长若干政策举措", plan="沈阳市稳增长若干政策举措\n"),
            "title",
            "沈阳市稳增长若干政策举措",
        ),
        # without the plan's own heading below, the headline stays as printed
        (BARE_NOTICE.format(handed="稳增长若干政策举措", plan=""), "title", "沈阳市稳增长若干政策举措的通知"),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "field", "want"), family_params(FAMILIES))
def test_r19_metadata(variant: Callable[[str], str], text: str, field: str, want: str | None) -> None:
    got = meta_field(run(variant(text)), field)
    assert (fold(got) if got else None) == want
