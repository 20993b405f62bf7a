"""Industries of round 21 (h21t): an economy form's 经济 joined by 和/与/及 to a trade (实体经济和数字经济) is no
part of the trade's name; a distinctive local economy (特色经济) is a rank, no trade; coking (焦化) is a trade,
not the coking product 焦化苯.
Inline texts in both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from policykg.loaders.extract.industries import IndustryLexicon
from tests.loaders.inline import IDS, VARIANTS, family_params
from tests.loaders.test_industries import labels

Case = tuple[str, list[str]]

# Each family's cases: a text and the industries found in it.
FAMILIES: dict[str, list[Case]] = {
    "economy_form_joined_to_a_trade_is_cut": [
        ("出台实体经济和数字经济深度融合的若干措施。", ["数字经济"]),
        ("促进民营经济与平台经济规范发展。", ["平台经济"]),
        # two trades joined as one compound stay whole
        ("发展生物医药与大健康产业。", ["生物医药与大健康"]),
    ],
    "distinctive_economy_is_no_trade": [
        ("扶持乡镇发展多元微型特色经济。", []),
        ("扶持乡镇发展林下经济。", ["林下经济"]),
    ],
    "coking_is_a_trade": [
        ("聚焦原煤、焦化、冶金等重点领域,开展节能改造。", ["原煤", "焦化", "冶金"]),
        ("推进焦化企业退城入园。", ["焦化"]),
        # a product of coking named among projects is no trade
        ("谋划焦化苯、针状焦等一批精深加工项目。", []),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_joined_economy_families(
    variant: Callable[[str], str], text: str, want: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == want
