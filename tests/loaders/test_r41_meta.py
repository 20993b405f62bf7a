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
