"""Round 28's industry families from heldout47/48/50 (issue 12): 现代服务业 / 服务业 before 集聚区, after a rank, is the
title a province or city confers on a service zone (认定为市级现代服务业集聚区), no trade of the measure, where the zone
without a rank or a named trade before a zone word (装备制造业集聚区) still names its trade; 大数据库 is a database, not the big-data trade. Small
inline texts in Simplified and Traditional script, ASCII and full-width punctuation, with the mentions each family
must leave alone."""

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
        ("支持市级现代服务业集聚区申报省级现代服务业集聚区。", []),
        ("认定为县级现代服务业集聚区。", []),
        ("培育形成一批省级服务业集聚区。", []),
        # no rank before it, a trade named before a zone word, and the service trades in a list: as before
        ("推进现代服务业集聚区建设。", ["现代服务业"]),
        ("打造装备制造业集聚区。", ["装备制造业"]),
        ("大力发展现代服务业。", ["现代服务业"]),
    ],
)
def test_a_service_zones_conferred_title_names_no_trade(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("做好全国革命文物大数据库信息录入工作。", []),
        # the trade itself: as before
        ("大力发展大数据产业。", ["大数据"]),
        ("发展大数据、云计算等产业。", ["大数据", "云计算"]),
    ],
)
def test_a_database_is_no_big_data_trade(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("做大做强国家先进计算产业集群。", ["先进计算"]),
        ("推进边缘计算产业发展。", ["边缘计算"]),
        # computing as a method: no trade
        ("完善统计计算方法。", []),
    ],
)
def test_computing_names_a_trade_before_a_head(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "大力引导家具制造、食品饮料、精细化工、生物医药等四大特色产业做优做强。",
            ["家具制造", "食品饮料", "精细化工", "生物医药"],
        ),
        ("积极引导餐饮、住宿企业开展促销。", ["餐饮", "住宿"]),
        # the verb alone, as before
        ("引导餐饮、住宿企业开展促销。", ["餐饮", "住宿"]),
    ],
)
def test_a_steering_verb_after_an_adverb_is_no_part_of_the_first_item(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected
