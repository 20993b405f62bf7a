"""A zone named for its sector without 产业 (装备制造业聚集区, 现代服务业集聚区) names the sector, as a base does; a zone of
activities or people (创新创意集聚区, 人才集聚区) names none. A city followed by one of its own districts without the
district's suffix (沈阳铁西, 广州南沙) is a place before the trade, not part of its name. Each on small inline texts
in Simplified and Traditional script, ASCII and full-width punctuation."""

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
        ("加快装备制造业聚集区建设。", ["装备制造业"]),
        ("推进现代服务业集聚区建设。", ["现代服务业"]),
        # a zone of activities, of people or of consumption: no trade
        ("打造中环两翼创新创意集聚区。", []),
        ("推进人才集聚区建设。", []),
        ("建设夜间文化和旅游消费集聚区。", []),
    ],
)
def test_zone_named_for_its_sector(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全面组织实施沈阳铁西装备制造业聚集区产业发展规划。", ["装备制造业"]),
        ("加快沈阳铁西装备制造业基地建设。", ["装备制造业"]),
        ("发展广州南沙汽车、沈阳浑南电子信息等产业。", ["汽车", "电子信息"]),
    ],
)
def test_city_and_its_district_before_the_trade(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected
