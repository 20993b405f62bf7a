"""Metadata of round 18 (unseen reposts): two bodies of one place run together in a title before 关于, the second
named by the place's level alone (内蒙古自治区党委自治区人民政府, 某省委省人民政府): the issuer is the first body;
issuers before a verb carrying out a cited document (X贯彻《…关于…的意见》的实施意见) issue it.
Inline texts in both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from policykg.loaders.normalize import name_key
from tests.loaders.inline import IDS, VARIANTS, family_params, run

BODY = "\n一、总体要求\n(一)稳定粮食生产。确保粮食播种面积稳定在300万亩以上。\n"

# Each family's cases: a text and its issuer (None: no issuer).
FAMILIES: dict[str, list[tuple[str, str | None]]] = {
    "a_second_body_named_by_the_place_level_is_cut": [
        ("内蒙古自治区党委自治区人民政府关于做好乡村振兴重点工作的实施意见" + BODY, "内蒙古自治区党委"),
        ("浙江省委省人民政府关于推进乡村振兴的实施意见" + BODY, "浙江省委"),
        # the place named again in full is cut as before
        ("中共淄博市委淄博市人民政府关于推进乡村振兴的实施意见" + BODY, "中共淄博市委"),
        # one body whose name goes on with the level's character is no pair
        ("深圳市市场监督管理局关于推进质量提升的实施意见" + BODY, "深圳市市场监督管理局"),
    ],
    "issuers_before_carrying_out_a_cited_document": [
        (
            "自治区党委 自治区人民政府贯彻《中共中央、国务院关于做好乡村振兴重点工作的意见》的实施意见"
            + BODY,
            "自治区党委",
        ),
        ("某市人民政府贯彻落实《国务院关于促进乡村产业振兴的指导意见》的实施方案" + BODY, "某市人民政府"),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_r18_glued_issuers(variant: Callable[[str], str], text: str, want: str | None) -> None:
    doc = run(variant(text))
    issuer = doc.meta.issuer
    got = name_key(doc.units[issuer].pref_label) if issuer in doc.units else issuer
    assert got == (name_key(want) if want else None)
