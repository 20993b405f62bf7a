"""Round 32 (heldout49 cq07, a 政务公开 工作要点): an item whose sentences each close with their own bracket, the last
bracket on a line of its own (…公开典型案例。(牵头单位:县发改局)推进民生实事预算信息公开。<newline>(牵头单位:县财政
局)): the line is the item's second sentence's clause, both bodies its units and leads. A unit line after an item
that ends on its clause is still no clause of that item. Both scripts, both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, assert_measures

HEAD = "2022年政务公开工作要点\n一、深化主动公开\n"


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_unit_line_after_the_items_next_sentence_is_its_clause(variant: Callable[[str], str]) -> None:
    text = (
        HEAD
        + "(一)提升共同富裕建设公开水平。做好共同富裕领域信息公开工作。(牵头单位:县发改局)推进民生实事项目"
        "预算信息公开。\n(牵头单位:县财政局)\n(二)提升营商环境公开水平。完善办理机制。(牵头单位:县建设局)\n"
    )
    want = [
        ("(一)", "提升共同富裕建设", ["县发改局", "县财政局"], ["县发改局", "县财政局"]),
        ("(二)", "提升营商环境公开", ["县建设局"], ["县建设局"]),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_unit_line_after_a_closing_clause_is_not_the_items(variant: Callable[[str], str]) -> None:
    text = (
        HEAD + "(一)提升共同富裕建设公开水平。做好共同富裕领域信息公开工作。(牵头单位:县发改局)\n"
        "(牵头单位:县财政局)\n(二)提升营商环境公开水平。完善办理机制。(牵头单位:县建设局)\n"
    )
    want = [
        ("(一)", "提升共同富裕建设", ["县发改局"], ["县发改局"]),
        ("(二)", "提升营商环境公开", ["县建设局"], ["县建设局"]),
    ]
    assert_measures(text, want, variant)
