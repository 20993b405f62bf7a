"""Exclusions name no industry (round 24, second pass): a bracket opening with 除/不含/不包括 (项目(除房地产开发类)),
a bracket or clause closed by 除外, a clause opened by 不含/不包括, and 除X外 followed by a word for all the rest
(除房地产外均可). The trades left out are not read; 除X外,还… (besides X, also) is an addition and keeps X; 拆除外墙
is a verb, no exclusion. Each on small inline texts in Simplified and Traditional script, ASCII and full-width
punctuation. Also: the entities of a market (市场主体, 经营主体) as a list's items name
no trade (an abstract word)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from policykg.loaders.extract.industries import IndustryLexicon
from tests.loaders.inline import IDS, VARIANTS
from tests.loaders.test_industries import labels


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bracket opening with an excluding word
        ("对符合产业政策的招商引资项目(除房地产开发类)用地,可采取长期租赁。", []),
        ("对新引进的制造业项目(不含房地产项目)给予奖励。", ["制造业"]),
        ("对新引进的制造业项目(不包括房地产开发项目)给予奖励。", ["制造业"]),
        # a bracket or a clause closed by 除外
        ("积极引建高水平产业项目(单纯房地产开发、光伏发电项目除外)。", []),
        ("对新落户企业给予奖励,房地产企业除外。", []),
        # a clause opened by 不含/不包括
        ("奖励对象为本市规模以上企业,不包括房地产企业。", []),
        # 除X外 followed by a word for all the rest
        ("除房地产外均可享受本政策。", []),
        ("除房地产业以外,一律按规定执行。", []),
    ],
)
def test_excluded_trades_name_no_industry(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # besides X, also: an addition, X kept
        ("除房地产业外,还要大力发展现代物流业。", ["房地产", "现代物流业"]),
        # 除 as a verb's second half, no exclusion
        ("拆除外墙后加快发展文化旅游业。", ["文化旅游业"]),
        ("房地产项目完成清除,加快发展文化旅游业。", ["房地产", "文化旅游业"]),
    ],
)
def test_additions_and_verbs_are_no_exclusion(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the entities of a market, a list's item after its verb: no trade, and a list holding it is one of aims
        ("作为调整农业结构、培育市场主体、壮大特色产业的主抓手。", []),
        ("推进培育经营主体、发展乡村旅游业。", ["乡村旅游业"]),
    ],
)
def test_market_entities_are_no_trades(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a designation conferred on a site, named for a broad sector: the site's title, no trade
        ("推动船舶与海工装备产业能级跃升,争创省级现代海洋特色产业集聚区。", ["船舶与海工装备"]),
        # the sector developed as a trade stays
        ("发展现代海洋产业,争创省级现代海洋特色产业集聚区。", ["现代海洋"]),
    ],
)
def test_designated_sites_name_no_trade(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected
