"""Round 33 (heldout58 dc04): an item whose sentence opens with two or more bodies named by their kind alone, the
list closed by 等单位 / 等部门 (高新技术产业园区、陶瓷工业园、商务和粮食局、…、水利局等单位要引进…), charges each of
them, however long the list. A list of things that are no bodies charges none. Both scripts, both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, assert_measures

HEAD = "2024年招商引资考核方案\n三、考核要求\n1.落户项目要符合我县的产业规划和生态环保要求。\n"


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_bodies_listed_before_a_word_for_bodies_are_charged(variant: Callable[[str], str]) -> None:
    text = HEAD + (
        "2.高新技术产业园区、陶瓷工业园、商务和粮食局、交通运输和旅游局、城乡投资有限公司、农业局、水利局等单位"
        "要引进规模以上招商引资项目。\n"
    )
    units = [
        "高新技术产业园区",
        "陶瓷工业园",
        "商务和粮食局",
        "交通运输和旅游局",
        "城乡投资有限公司",
        "农业局",
        "水利局",
    ]
    want = [("1", "落户项目要符合", [], []), ("2", "高新技术产业园", units, [])]
    assert_measures(text, want, variant)


@pytest.mark.parametrize(
    "item",
    [
        pytest.param("2.加强协调、形成合力等工作要落到实处。\n", id="no-bodies"),
    ],
)
@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_no_listed_bodies(item: str, variant: Callable[[str], str]) -> None:
    want = [("1", "落户项目要符合", [], []), ("2", item[2:9], [], [])]
    assert_measures(HEAD + item, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_body_named_by_yingji_is_no_modal(variant: Callable[[str], str]) -> None:
    """Review of round 33: 应 as the first character of 应急局 is no duty modal, the list goes on to 要."""
    text = HEAD + "2.住建局、商务局、应急局等单位要加强安全检查。\n3.县住建局、县应急局要加强安全检查。\n"
    want = [
        ("1", "落户项目要符合", [], []),
        ("2", "住建局、商务局", ["住建局", "商务局", "应急局"], []),
        ("3", "县住建局、县应", ["县住建局", "县应急局"], []),
    ]
    assert_measures(text, want, variant)
