"""Metadata of round 20's report and preview pages (dev17): a place named bare as the actor of a news lead's act
on a book-marked plan (7月16日,某某市出台《…》) issues it; a document-sharing preview's first chunk number
(1、某镇…工作方案根据…) is no part of the title run into the preamble; a lead that draws its news from a
published plan (记者从…发布的《X》中获悉) names it as the title, and a zone of one province opening it (成都平原经济区)
names the province; a joint notice whose issuers, each set apart by a space, are too many for one name has the
first listed as its issuer; a news page reporting no document has the headline standing above its dated lead as
its title, a site's column tag (【…】) dropped. Inline texts in both scripts and both
punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from policykg.loaders.normalize import fold
from tests.loaders.inline import IDS, VARIANTS, family_params, meta_field, run

_LEAD = "{day},{actor}出台《{actor}制造业产业链链长制三年行动方案》,聚焦电子信息、生物医药等重点产业链。\n"
_PREVIEW = (
    "《某镇环境整治行动方案.docx》由会员分享,可在线阅读。\n"
    "1、某镇环境整治行动方案根据县城乡环境整治工作要求,决定在全镇开展环境整治行动,进一步提升镇区环境品质。\n"
)

# Each family's cases: a text, the field read and its value (simplified script; None: no value).
FAMILIES: dict[str, list[tuple[str, str, str | None]]] = {
    "a_place_acting_in_a_news_lead_issues_the_plan": [
        (_LEAD.format(day="7月16日", actor="咸宁市"), "issuer", "咸宁市"),
        (_LEAD.format(day="2月24日", actor="江苏省"), "issuer", "江苏省"),
        # a place that only hosts a meeting issues no plan
        ("7月16日,咸宁市召开产业链链长制工作推进会,部署重点产业链工作。\n", "issuer", None),
    ],
    "a_lead_drawing_on_a_published_plan_names_it": [
        (
            "6月11日,记者从省人民政府网站发布的《成都平原经济区一体化发展规划》中获悉,将培育先进制造业产业集群。\n",
            "title",
            "成都平原经济区一体化发展规划",
        ),
        # a zone of one province opening the title names the province, not the city its name opens with
        (
            "6月11日,记者从省人民政府网站发布的《成都平原经济区一体化发展规划》中获悉,将培育先进制造业产业集群。\n",
            "region",
            "四川省",
        ),
        # a plan cited in a body sentence is no title
        (
            "一、主要任务\n(一)根据省政府发布的《成都平原经济区一体化发展规划》中提出的要求,培育产业集群。\n",
            "title",
            None,
        ),
    ],
    "a_joint_notices_first_issuer_leads": [
        (
            "某市发展和改革委员会 中共某市委社会工作部 某市规划和自然资源局 某市住房和城乡建设局 "
            "关于印发某市社区嵌入式服务设施建设工程实施方案的通知\n各区(市)县政府,市级有关部门:\n",
            "issuer",
            "某市发展和改革委员会",
        ),
    ],
    "a_news_headline_above_its_lead_is_the_title": [
        (
            "当前位置:\n【产业项目建设年】某县装备制造产业领导小组召开第一次会议\n来源:某县手机报 2018-03-16 08:50\n—分享—\n"
            "2月28日下午,某县装备制造产业领导小组召开第一次会议,讨论三年行动工作思路。\n",
            "title",
            "某县装备制造产业领导小组召开第一次会议",
        ),
        # a page opening with its lead has no headline
        ("2月28日下午,某县装备制造产业领导小组召开第一次会议,讨论三年行动工作思路。\n", "title", None),
    ],
    "a_previews_chunk_number_is_no_part_of_the_title": [
        (_PREVIEW, "title", "某镇环境整治行动方案"),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "field", "want"), family_params(FAMILIES))
def test_report_metadata(variant: Callable[[str], str], text: str, field: str, want: str | None) -> None:
    got = meta_field(run(variant(text)), field)
    assert (fold(got) if got else None) == want
