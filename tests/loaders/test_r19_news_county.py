"""Document regions of round 19 (heldout14 pages): a headless news page naming one county in full right after its
province (福建省某某县建立…) and then speaking of it as 该县 or 全县 is the county's news, its region the county's.
Inline texts in both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, family_params, run

Case = tuple[str, str | None]

# Each family's cases: a text and the region its metadata gives (None: no region).
FAMILIES: dict[str, list[Case]] = {
    "a_county_named_after_its_province_in_news": [
        (
            "本报讯 近日,福建省清流县建立分片包干联系指导工作机制,推动村级集体经济发展。\n"
            "该县提出,力求3年培育10个以上集体经济强村。\n",
            "三明市清流县",
        ),
        # a page that never speaks of the county stays the province's
        (
            "本报讯 近日,福建省清流县建立分片包干联系指导工作机制,推动村级集体经济发展。\n"
            "福建省提出,力求3年培育10个以上集体经济强村。\n",
            "福建省",
        ),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_r19_news_county(variant: Callable[[str], str], text: str, want: str | None) -> None:
    assert run(variant(text)).meta.region == want
