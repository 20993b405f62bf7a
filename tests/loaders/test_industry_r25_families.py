"""Round 25's industry families (heldout32-33): industries named as what statistics cover, a report
item closed by what it measures (水果生产情况; 农林牧渔业总产值) or the trade of a reporting size class in a sentence on
statistics work (限额以上贸易企业…统计工作), and vehicles in a sentence on the facilities that charge or park them
(电动汽车…配建充电设施), name no trade developed. Small inline texts in Simplified and Traditional
script, ASCII and full-width punctuation, with the mentions the family must leave alone."""

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
        # the items of a statistical report, each closed by what it measures
        ("包括水果生产情况;畜牧业生产情况;农林牧渔业总产值;限额以上批发零售贸易餐饮企业(单位)统计等。", []),
        # the firms that report, by their size class, in a sentence on statistics work
        ("全市规模以上工业企业、限额以上贸易企业要明确分管统计工作的领导。", []),
        # a size class in a reward rule is no statistics work: its trades stay
        ("对限额以上零售、餐饮企业给予一次性奖励。", ["零售", "餐饮"]),
        # a trade developed, its output figure a goal, not a report item
        ("大力发展现代物流业,提升水果产业发展水平。", ["现代物流业", "水果"]),
    ],
)
def test_what_statistics_cover_is_no_trade(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the vehicles a charging or parking facility serves
        ("对于公交、环卫等公共服务领域电动汽车,优先结合停车场站配建充电设施。", []),
        ("规划建设电动汽车专用停车位和充电设施。", []),
        # the trade named as such in the sentence
        ("大力发展新能源汽车产业,同步建设充电桩。", ["新能源汽车"]),
        # no facility in the sentence: the trade stays
        ("支持新能源汽车整车企业扩大产能。", ["新能源汽车"]),
    ],
)
def test_vehicles_a_facility_serves_are_no_trade(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected
