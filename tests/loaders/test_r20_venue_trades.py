"""Industries of round 20: a venue a statute licenses as a trade of its own (《娱乐场所管理条例》: 娱乐场所) keeps 场所 in
its name where a plain 场所 head is dropped (娱乐休闲场所 → 娱乐休闲). Inline texts in both scripts and both
punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from policykg.loaders.extract.industries import IndustryLexicon
from tests.loaders.inline import IDS, VARIANTS, family_params
from tests.loaders.test_industries import labels

Case = tuple[str, list[str]]

# Each family's cases: a text and the industries it names, in order.
FAMILIES: dict[str, list[Case]] = {
    "a_licensed_venue_keeps_its_head": [
        ("支持娱乐场所发展。", ["娱乐场所"]),
        ("涉及酒店、娱乐场所等范围的行政准照,推行跨部门服务。", ["娱乐场所"]),
        # a plain 场所 head is dropped from the trades it follows
        ("规范住宿餐饮场所、娱乐休闲场所等经营场所。", ["住宿餐饮", "娱乐休闲"]),
    ],
}


@pytest.fixture(scope="module")
def lex() -> IndustryLexicon:
    return IndustryLexicon.load_default()


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_r20_venue_trades(
    variant: Callable[[str], str], text: str, want: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == want
