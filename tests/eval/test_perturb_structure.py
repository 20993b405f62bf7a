"""The structure perturbations (``policykg.eval.perturb_structure``) rewrite what they say and nothing else: the
text as another portal lays the assignment out, the gold strings holding a rewritten clause with it, and a page
where the rewrite could say something else left as it is."""

from __future__ import annotations

from typing import Any

import pytest

from policykg.eval.perturb import PERTURBATIONS


def _rewrite(name: str, text: str, gold: dict[str, Any] | None = None) -> tuple[str, dict[str, Any]]:
    whole = PERTURBATIONS[name].whole
    assert whole is not None
    return whole(text, gold or {"measures": []})


# (perturbation, text, the text rewritten); the same text back means the page is left untouched
CASES: list[tuple[str, str, str]] = [
    # a trailing duty clause after a sentence: a sentence of its own; after a phrase: joined by a comma
    ("由负责", "1.加强管理。(责任单位:市财政局、市发改委)\n", "1.加强管理。由市财政局、市发改委负责。\n"),
    ("由负责", "1.加强管理。完善制度(责任单位:市财政局)。\n", "1.加强管理。完善制度,由市财政局负责。\n"),
    ("由负责", "（一）加強管理。（責任單位：市財政局）\n", "（一）加強管理。由市財政局負責。\n"),
    # a heading's clause (no sentence before it), a clause inside the line, a deadline or a role verb: untouched
    ("由负责", "(一)加强管理(责任单位:市财政局)\n", "(一)加强管理(责任单位:市财政局)\n"),
    ("由负责", "1.加强管理。(责任单位:市财政局)完善制度。\n", "1.加强管理。(责任单位:市财政局)完善制度。\n"),
    ("由负责", "1.加强管理。(责任单位:市财政局,6月底完成)\n", "1.加强管理。(责任单位:市财政局,6月底完成)\n"),
    ("由负责", "1.加强管理。(责任单位:市财政局牵头)\n", "1.加强管理。(责任单位:市财政局牵头)\n"),
    # a lead clause: the lead and its helpers as a sentence; a lead alone with 由
    (
        "牵头配合",
        "1.加强管理。(牵头单位:市财政局;配合单位:市税务局、市审计局)\n",
        "1.加强管理。市财政局牵头,市税务局、市审计局配合。\n",
    ),
    (
        "牵头配合",
        "1.加强管理。(牵头单位:市财政局;责任单位:市税务局)\n",
        "1.加强管理。市财政局牵头,市税务局配合。\n",
    ),
    ("牵头配合", "1.增长5%。(牽頭單位:市財政局)\n", "1.增长5%。由市財政局牽頭。\n"),
    # a third label (数据提供单位) or a people's label: untouched
    (
        "牵头配合",
        "1.增长5%。(牵头单位:市发改委;数据提供单位:市统计局)\n",
        "1.增长5%。(牵头单位:市发改委;数据提供单位:市统计局)\n",
    ),
    # the clause of a one-line item at its head; a clause that says more stays
    ("head【】", "1.加强管理。(责任单位:市财政局、市发改委)\n", "1.【市财政局、市发改委】加强管理。\n"),
    ("head【】", "(二)加强管理(责任单位:市财政局);\n", "(二)【市财政局】加强管理;\n"),
    (
        "head【】",
        "1.加强管理。(责任单位:市财政局等按职责分工负责)\n",
        "1.加强管理。(责任单位:市财政局等按职责分工负责)\n",
    ),
    # a row's bars as tabs, its closing bar dropped (empty cells kept); a table a cell a line: untouched
    (
        "cells⇥",
        "序号 | 任务 | 责任单位 |\n1 | 加强管理。 | 市财政局 | |\n",
        "序号\t任务\t责任单位\n1\t加强管理。\t市财政局\t\n",
    ),
    ("cells⇥", "序号 |\n任务 |\n1 |\n加强管理。 |\n", "序号 |\n任务 |\n1 |\n加强管理。 |\n"),
    # each item's block above it, in one line, where the list is whole under its heading
    (
        "label↑",
        "一、目标\n1.增长5%。\n牵头单位:市发改委\n责任单位:市统计局\n2.增长6%。\n牵头单位:市财政局\n二、任务\n",
        "一、目标\n牵头单位:市发改委;责任单位:市统计局\n1.增长5%。\n牵头单位:市财政局\n2.增长6%。\n二、任务\n",
    ),
    # an item without its block (the page would mix both layouts), or one item alone: untouched
    (
        "label↑",
        "一、目标\n1.增长5%。\n牵头单位:市发改委\n2.增长6%。\n牵头单位:市财政局\n3.增长7%。\n二、任务\n",
        "一、目标\n1.增长5%。\n牵头单位:市发改委\n2.增长6%。\n牵头单位:市财政局\n3.增长7%。\n二、任务\n",
    ),
    (
        "label↑",
        "一、目标\n1.增长5%。\n牵头单位:市发改委\n二、任务\n",
        "一、目标\n1.增长5%。\n牵头单位:市发改委\n二、任务\n",
    ),
]


@pytest.mark.parametrize(("name", "text", "want"), CASES)
def test_structure_perturbation_rewrites_the_layout_only(name: str, text: str, want: str) -> None:
    assert _rewrite(name, text)[0] == want


def test_gold_strings_holding_a_clause_are_rewritten_with_it() -> None:
    gold = {
        "measures": [
            {
                "number": "1",
                "title": "加强管理",
                "text": "1.加强管理。(责任单位:市财政局)",
                "responsible_units": ["市财政局"],
                "lead_unit": None,
                "targets": [],
            }
        ],
        "doc_targets": [],
    }
    text, out = _rewrite("由负责", "1.加强管理。(责任单位:市财政局)\n", gold)
    m = out["measures"][0]
    assert text == "1.加强管理。由市财政局负责。\n"
    assert m["text"] == "1.加强管理。由市财政局负责。"
    assert (m["title"], m["responsible_units"], m["lead_unit"]) == ("加强管理", ["市财政局"], None)
    _text, head = _rewrite(
        "head【】",
        "1.加强管理(责任单位:市财政局)\n",
        gold | {"measures": [m | {"title": "加强管理(责任单位:市财政局)"}]},
    )
    assert head["measures"][0]["title"] == "加强管理"
