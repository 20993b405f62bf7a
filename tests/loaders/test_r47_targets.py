"""Round 47 targets: an item whose text opens with a count right after its marker (3.10家以上全国知名新闻客户端实时推送
after 1.… / 2.…): the item is 3, its target 10 家, never the decimal 3.10 (heldout154 gt08). Both scripts, both
punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, run


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_count_right_after_the_items_marker(variant: Callable[[str], str]) -> None:
    text = (
        "(三)宣传规模\n1.至少一家省级电视台专题报道;\n2.至少5名网红参与活动并现场直播;\n"
        "3.10家以上全国知名新闻客户端实时推送;\n4.20家以上官方纸媒宣传报道;\n"
    )
    doc = run(variant(text))
    got = [[(str(t.value), t.comparator) for t in m.targets] for m in doc.measures]
    assert [m.number for m in doc.measures] == ["1", "2", "3", "4"], got
    assert got[2] == [("10", ">=")] and got[3] == [("20", ">=")], got
