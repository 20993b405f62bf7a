"""Document-sharing previews and text extracts (round 20, dev17): an item number set apart from its point by a
line-wrap space (1 .开展…) is an item marker, also run on inside a line after a closing clause ((责任单位:A)2 .严厉…);
the site's chunk number opening a physical line under a long run cut mid-word (2、项行动,…) numbers no item, so the
items run on in its line go on from the page's own numbering. Inline texts in both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, family_params, run

_PAD = "全面动员、全民动手,集中时间、集中攻坚," * 10
_PREVIEW = (
    "《某镇环境整治行动方案.docx》由会员分享,可在线阅读。\n"
    f"1、某镇环境整治行动方案为改善镇区环境,制定本方案。一、工作目标{_PAD}提升镇区环境品质。二、整治范围镇区主干道两侧。"
    "三、工作任务1 .开展镇区违停违章整治专\n"
    f"2、项行动,加大对车辆违停处罚力度,{_PAD}在学校、医院等区域安装违停监控。(责任单位:派出所)"
    "2 .严厉查处车辆超载、带泥上路等交通违法行为。(牵头单位:规建办;责任单位:交通执法大队)"
    "3 .坚持开展全域环境卫生大扫除,及时清运陈年垃圾,保持沟巷池塘水面清\n"
    "3、洁。(责任单位:环卫所)\n"
)

# Each family's cases: a page and the numbers of the measures found on it.
FAMILIES: dict[str, list[tuple[str, list[str]]]] = {
    "points_set_apart_by_a_wrap_space_mark_items": [
        (
            "一、工作任务\n1 .开展违停整治专项行动。(责任单位:派出所)\n2 .查处车辆超载行为。(责任单位:交警中队)\n",
            ["1", "2"],
        ),
        # a decimal figure with a wrap space is no item
        ("一、工作任务\n1.开展违停整治专项行动,罚款增长2 .5倍。(责任单位:派出所)\n", ["1"]),
    ],
    "a_previews_chunk_number_restarts_no_items": [
        (_PREVIEW, ["1", "2", "3"]),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_preview_item_markers(variant: Callable[[str], str], text: str, want: list[str]) -> None:
    doc = run(variant(text))
    assert [m.number for m in doc.measures] == want
