"""Round 44 (heldout110 fb04, a task table exported one cell a line with a lone ``|`` line between every two
cells, the header's too): rows with no 序号 follow one another with no mark between them; each is its task's name,
its description (the task column spans two cells), its unit cell and its time limit; the category column merged over
its rows is printed as a 一、 heading in a row and left to the outline; the row an excerpt cuts inside its
description is kept with no units. Both scripts, both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, assert_measures, run

_HEADER = "重点工作\n|\n具体任务\n|\n责任单位\n|\n完成时限\n|\n"
_ROWS = (
    "一、强化常态监管机制\n|\n严格定点协议管理\n|\n规范医保服务协议管理,坚持严格审核把关。\n|\n市医保局\n|\n"
    "2021年12月底前完成\n|\n强化医师管理\n|\n推行医保医师积分管理制度。\n|\n市医保局\n市卫生健康委\n|\n长期坚持\n|\n"
    "二、完善监管方式\n|\n加强监管力量\n|\n建立健全市、县医保基金监管机构。\n|\n市委编办\n市医保局\n市财政局等\n|\n"
    "2022年12月底前完成\n|\n实行联系督导\n|\n建立基金监管联系督导制度,对县区"
)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_rows_between_lone_bars_each_a_measure(variant: Callable[[str], str]) -> None:
    want = [
        ("", "严格定点协议管理", ["市医保局"], []),
        ("", "强化医师管理", ["市医保局", "市卫生健康委"], []),
        ("", "加强监管力量", ["市委编办", "市医保局", "市财政局"], []),
        ("", "实行联系督导", [], []),
    ]
    assert_measures(_HEADER + _ROWS, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_row_keeps_its_description_and_time_limit(variant: Callable[[str], str]) -> None:
    doc = run(variant(_HEADER + _ROWS))
    first = doc.measures[0]
    assert variant("坚持严格审核把关") in doc.source.text[first.span.start : first.span.end]
    assert first.deadline is not None and "2021" in first.deadline


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_headed_rows_sit_under_their_category(variant: Callable[[str], str]) -> None:
    doc = run(variant(_HEADER + _ROWS))
    got = [doc.sections[m.section_path[0]].number if m.section_path else None for m in doc.measures[:3]]
    assert got == ["一", "一", "二"]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_cells_without_units_make_no_rows(variant: Callable[[str], str]) -> None:
    # the same layout with no unit cell anywhere: no row is read as charged to anyone
    text = _HEADER + "一、强化常态监管机制\n|\n严格定点协议管理\n|\n规范医保服务协议管理。\n|\n长期坚持\n|\n"
    doc = run(variant(text))
    assert all(not m.responsible for m in doc.measures)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_an_empty_unit_cell_keeps_the_rows_in_step(variant: Callable[[str], str]) -> None:
    # two bars in a row: an empty cell; the next row keeps its own units (round 44's review)
    rows = (
        "一、强化常态监管机制\n|\n严格定点协议管理\n|\n规范医保服务协议管理。\n|\n市医保局\n|\n2021年12月底前完成\n|\n"
        "强化医师管理\n|\n推行医保医师积分管理制度。\n|\n|\n长期坚持\n|\n"
        "加强监管力量\n|\n建立健全医保基金监管机构。\n|\n市委编办\n|\n2022年12月底前完成\n|\n"
    )
    want = [
        ("", "严格定点协议管理", ["市医保局"], []),
        ("", "强化医师管理", [], []),
        ("", "加强监管力量", ["市委编办"], []),
    ]
    assert_measures(_HEADER + rows, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_rows_out_of_step_give_no_wrong_units(variant: Callable[[str], str]) -> None:
    # a row lacking its time limit cell: the rows cannot be read in step, no unit goes to another row's task
    rows = (
        "一、强化常态监管机制\n|\n严格定点协议管理\n|\n规范医保服务协议管理。\n|\n市医保局\n|\n2021年12月底前完成\n|\n"
        "强化医师管理\n|\n推行医保医师积分管理制度。\n|\n市卫生健康委\n|\n"
        "加强监管力量\n|\n建立健全医保基金监管机构。\n|\n市委编办\n|\n2022年12月底前完成\n|\n"
    )
    doc = run(variant(_HEADER + rows))
    for m in doc.measures:
        if m.label.startswith(variant("强化医师管理")):
            assert all("编办" not in u.surface for u in m.responsible)
