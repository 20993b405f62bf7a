"""Words that name a trade only as an item of a list of trades ([listed_only]: 制造业, 商贸, 文旅, 家装 …) or before
the head 产业 that names them a trade (文旅产业); where they qualify something else (文旅资源, 文旅活动, 家装厨卫, 海洋
产业园区) they name none. Each on small inline texts in Simplified and Traditional script, ASCII and full-width
punctuation."""

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
        (
            "对符合条件的零售、餐饮、文旅、大件商品的消费者给予补贴。组织引导重点限上零售、餐饮商家开展促销让利活动。",
            ["文旅", "零售", "餐饮"],
        ),
        ("撬动家电、家装、汽车等大宗商品销量快速增长。", ["家电", "家装", "汽车"]),
        ("实施文旅产业高质量发展三年行动。", ["文旅"]),
        # qualifying something else: no trade
        ("统筹文旅资源,举办大型文旅活动3场次。", []),
        ("开展海洋产业园区认定。", []),
        ("省文旅厅负责。", []),
    ],
)
def test_word_named_as_a_list_item_or_by_its_head(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list opened after a joiner: its first item is an item, not the end of a longer name
        ("支持住宿业与文旅、康养、研学等业态融合发展。", ["住宿业", "文旅", "康养", "研学"]),
        ("支持企业与制造业、批发和零售业等行业对接。", ["制造业", "批发和零售业"]),
    ],
)
def test_listed_word_after_a_joiner(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the sector a quoted scheme is for
        ("面向全市先进制造业“倍增计划”培育企业开展评价。", ["先进制造业"]),
        ("面向全市先进制造业 “倍增计划” 培育企业开展评价。", ["先进制造业"]),
        # its projects and its investment are counted by sector
        ("每年招引亿元以上制造业项目100个,带动制造业投资1000亿元以上。", ["制造业"]),
        ("加快10个商贸项目建设。", ["商贸"]),
        # a qualifier of something else stays none
        ("培育省级先进制造业集群不少于2个。", []),
        ("对制造业关键核心技术产业化项目给予资助。", []),
        ("先进制造业占全部工业比重每年提高1个百分点。", []),
        ("引导重点商贸企业开展促销。", []),
    ],
)
def test_a_listed_only_sector_word_standing_whole_or_counting_projects(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    """Regression (dev e05, dev6 t01 r01, samples 001): 制造业项目, 制造业投资, 先进制造业“倍增计划” were no industry
    (named only in lists)."""
    assert labels(variant(text), lex) == expected
