"""Layouts of round 16's dev13 genre (a digest of numbered items run together, closing 由…组织落实 lines,
collective units), in Simplified and Traditional script."""

from __future__ import annotations

import pytest

from tests.loaders.test_responsibility import IDS, VARIANTS, keys, names, run

DIGEST = (
    "二、重点任务(一)完善服务体系行动1.推进医院建设,参与一体化信息体系建设,(责任单位:区卫生局、区财政局等)"
    "2.加强科室建设,(责任单位:区卫生局、区发展局等)4.推进惠民行动,(责任单位:区卫生局、区委宣传部等)"
    "(二)提升服务能力行动5.打造示范品牌,(责任单位:区卫生局、区农业局等)6.建设重点专科,(责任单位:区卫生局)"
    "三、组织实施全面推进建设,区政府成立领导小组,领导小组负责统筹上述重点任务的组织实施和考核工作。"
)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_digest_items_glued_and_numbered_on(variant) -> None:  # type: ignore[no-untyped-def]
    """A digest run together on one line: the (一) glued to 二、's title and the 1. glued to (一)'s title each head
    their own part; an item left out (no 3.) after a closing clause of units, and a group's first item numbered
    on from the last group (5. under (二)), still head items."""
    doc = run(variant(DIGEST))
    assert [m.number for m in doc.measures] == ["1", "2", "4", "5", "6"]
    assert doc.measures[0].label.startswith(variant("推进医院建设"))
    assert names(doc.measures[2].responsible) == keys([variant(u) for u in ["区卫生局", "区委宣传部"]])
    assert names(doc.measures[3].responsible) == keys([variant(u) for u in ["区卫生局", "区农业局"]])


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_glued_number_past_the_next_is_no_item(variant) -> None:  # type: ignore[no-untyped-def]
    """A figure glued to a title that does not go on from the items seen (一、…建设9.…) heads nothing."""
    doc = run(
        variant("一、重点任务\n1.推进医院建设。(责任单位:区卫生局)\n(二)提升能力行动9.打造示范品牌。\n")
    )
    assert [m.number for m in doc.measures if m.number == "9"] == []
