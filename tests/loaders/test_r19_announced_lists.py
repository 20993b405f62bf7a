"""Measures of round 19 (dev16, a county's 民生实事 news item): a lead closed by a colon that counts the tasks it
announces (重点抓好10件民生实事: / 办好以下三项重点工作,具体如下:) followed by exactly that many (1)…(N) items: the
items are the page's measures, each a single sentence. A count that disagrees with the run, or a lead that counts
nothing, leaves them text.
Inline texts in both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, family_params, run

ITEMS = (
    "(1)建成城乡供水工程,让5万群众喝上放心水。\n(2)落实高校毕业生就业政策,新增城镇就业5500人以上。\n"
    "(3)改造农村危桥4座,硬化自然村组道路86公里。\n"
)
NEWS = "11月28日,县人民代表大会开幕,县长作政府工作报告。报告指出,明年县政府将{lead}\n"

# Each family's cases: a text and the numbers of the measures read from it.
FAMILIES: dict[str, list[tuple[str, list[str]]]] = {
    "a_counted_lead_announces_its_items": [
        (NEWS.format(lead="重点抓好3件民生实事:") + ITEMS, ["(1)", "(2)", "(3)"]),
        (NEWS.format(lead="办好以下三项重点工作,具体如下:") + ITEMS, ["(1)", "(2)", "(3)"]),
        # the count disagrees with the run: no list of its own
        (NEWS.format(lead="重点抓好4件民生实事:") + ITEMS, []),
        # a lead that counts nothing
        (NEWS.format(lead="做好以下工作:") + ITEMS, []),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_r19_announced_lists(variant: Callable[[str], str], text: str, want: list[str]) -> None:
    doc = run(variant(text))
    assert [m.number.translate(str.maketrans("（）", "()")) for m in doc.measures] == want
