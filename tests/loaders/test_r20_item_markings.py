"""Item markings of round 20 (the corpus rewritten, bench/perturb_corpus.py item() item1) item⑴ item①): a page
that writes no 1. items and numbers its items (1), 1), ⑴ or ① has them play the part of 1. items (the order
一、 > (一) > 1. > (1) > ① with a rung left out), also with no heading above them, or when its first screen ends
inside a list; a page with 1. items keeps its (1) points as their details. A barred task table's group cell glued
to its first row ((一)推进… | (1)…) heads its rows as it does | 1.…; a grouped progress table (序号 | 牵头单位 | …
one cell a line) numbers its project rows (1) or ⑴ as others number them 1. Inline texts in both scripts and both
punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, family_params
from tests.loaders.test_responsibility import keys, names, run

# Each measure's (number, units) in order
Want = list[tuple[str, list[str]]]
Case = tuple[str, Want]

_TABLE = (
    "序号 |\n牵头单位 |\n项目数量 |\n项目名称 |\n业主单位 |\n进展情况 |\n"
    "一 |\n区住建局 |\n民生实事项目(2个) |\n(一)城区道路畅通工程 |\n"
    "{a}城东北路 |\n区城投公司 |\n已完工 |\n{b}城西南路 |\n城关街道 |\n已完工 |\n"
)

FAMILIES: dict[str, list[Case]] = {
    "items_one_rung_down_play_the_part_of_1_items": [
        # (1) items with no heading above them: a list of tasks, each with its own paragraph
        (
            "(1)建设综合配套改革试验区\n由市发改委牵头,尽快完成试验区实施方案的编制工作。\n"
            "(2)开展大气污染防治研究\n由市环保局牵头,尽快完成项目报批的前期准备工作。\n",
            [("(1)", ["市发改委"]), ("(2)", ["市环保局"])],
        ),
        # ⑴ items under (一) headings: the measures, their clauses theirs
        (
            "一、重点任务\n(一)扩大有效投资\n⑴加快重大项目建设,完成投资100亿元。(责任单位:市发改委)\n"
            "⑵推进城市更新行动。(责任单位:市住建局)\n(二)促进消费\n⑴开展促消费活动。(责任单位:市商务局)\n",
            [("⑴", ["市发改委"]), ("⑵", ["市住建局"]), ("⑴", ["市商务局"])],
        ),
        # 1) items
        (
            "一、重点任务\n1)加快重大项目建设,完成投资100亿元。(责任单位:市发改委)\n"
            "2)推进城市更新行动。(责任单位:市住建局)\n",
            [("(1)", ["市发改委"]), ("(2)", ["市住建局"])],
        ),
        # a page whose first screen ended inside a list: its last item, then a heading and a new list
        (
            "(3)加强食品药品全链条监管。\n责任单位:市市场监管局\n"
            "四、分管副市长牵头重点工作\n(1)优化企业发展环境,落实减负政策。\n责任单位:市财政局\n"
            "(2)加快推进重大产业项目建设。\n责任单位:市发改委\n",
            [("(3)", ["市市场监管局"]), ("(1)", ["市财政局"]), ("(2)", ["市发改委"])],
        ),
    ],
    "a_page_with_1_items_keeps_its_sub_items_as_details": [
        (
            "一、重点任务\n1.加快重大项目建设。重点做好以下工作:\n(1)完成投资100亿元;\n"
            "(2)新开工项目20个。(责任单位:市发改委)\n2.推进城市更新行动。(责任单位:市住建局)\n",
            [("1", ["市发改委"]), ("2", ["市住建局"])],
        ),
    ],
    "a_group_cell_glued_to_its_first_row_numbered_one_rung_down": [
        # a barred task table: the group's heading cell, merged over its rows, glued to the first of them
        (
            "(一)推进政务公开 | (1)及时公开政府常务会议讨论决定的事项。 | 市政府办公室 |\n"
            "(2)做好政策文件解读工作。 | 市司法局 |\n"
            "(二)加强平台建设 | (3)优化政府网站集约化平台。 | 市大数据局 |\n",
            [("(1)", ["市政府办公室"]), ("(2)", ["市司法局"]), ("(3)", ["市大数据局"])],
        ),
        (
            "(一)推进政务公开 | ⑴及时公开政府常务会议讨论决定的事项。 | 市政府办公室 |\n"
            "⑵做好政策文件解读工作。 | 市司法局 |\n",
            [("⑴", ["市政府办公室"]), ("⑵", ["市司法局"])],
        ),
    ],
    "project_rows_of_a_grouped_table_numbered_one_rung_down": [
        (
            _TABLE.format(a="(1)", b="(2)"),
            [("1", ["区住建局", "区城投公司"]), ("2", ["区住建局", "城关街道"])],
        ),
        (_TABLE.format(a="⑴", b="⑵"), [("⑴", ["区住建局", "区城投公司"]), ("⑵", ["区住建局", "城关街道"])]),
        (_TABLE.format(a="1.", b="2."), [("1", ["区住建局", "区城投公司"]), ("2", ["区住建局", "城关街道"])]),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_r20_item_marking_families(variant: Callable[[str], str], text: str, want: Want) -> None:
    doc = run(variant(text))
    got = [(m.number, names(m.responsible)) for m in doc.measures]
    assert got == [(number, keys(units)) for number, units in want]
