"""The corpus scores the same when its pages are shown the way other portals show them (``policykg.eval.perturb``):
in Traditional script, with CRLF or doubled line breaks, or with portal furniture above the text. A rule that
only works on the corpus's own layout shows up here as a drop."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from policykg.eval.perturb import PERTURBATIONS, perturb_gold, write_perturbed
from policykg.eval.score import FIELDS, Tally, score_corpus

PART = Path(__file__).parent / "corpus" / "dev2"
MARGIN = 0.01  # an F1 may move by this much (a phrase converted differently at a gold string's edge)


@cache
def _original() -> dict[str, Tally]:
    return score_corpus(PART)[0]


def _perturbed(name: str, tmp: Path) -> dict[str, Tally]:
    return score_corpus(write_perturbed(PART, tmp, PERTURBATIONS[name]))[0]


def test_identity_copy_scores_exactly_as_the_original(tmp_path: Path) -> None:
    got = _perturbed("identity", tmp_path)
    assert {k: (t.tp, t.fp, t.fn) for k, t in got.items()} == {
        k: (t.tp, t.fp, t.fn) for k, t in _original().items()
    }


@pytest.mark.parametrize("name", ["s2t", "crlf", "blank2", "boiler", "gap　"])
def test_perturbed_part_stays_within_a_margin(name: str, tmp_path: Path) -> None:
    got, base = _perturbed(name, tmp_path), _original()
    drops = {
        k: (round(base[k].f1, 3), round(got[k].f1, 3)) for k in FIELDS if got[k].f1 < base[k].f1 - MARGIN
    }
    assert not drops, f"{name}: F1 dropped (original, perturbed): {drops}"


# dev7: task tables and lists numbered 1. with labelled clauses. Item markings one rung down (round 20), other
# portals' wording of the responsibilities (round 21) and their layout of them (round 22: the clause as a sentence or
# at the item's head, label lines above the item, a table's cells tab-separated) must score as the original.
MARGIN_PART = Path(__file__).parent / "corpus" / "dev7"


@pytest.mark.parametrize(
    "name",
    [
        *("item()", "item⑴", "role部门", "role承办", "【】", "〔〕", "label␣", "unit，"),
        *("由负责", "牵头配合", "head【】", "cells⇥", "label↑"),
    ],
)
def test_layout_and_wording_perturbations_score_as_the_original(name: str, tmp_path: Path) -> None:
    base = score_corpus(MARGIN_PART)[0]
    got = score_corpus(write_perturbed(MARGIN_PART, tmp_path, PERTURBATIONS[name]))[0]
    drops = {
        k: (round(base[k].f1, 3), round(got[k].f1, 3)) for k in FIELDS if got[k].f1 < base[k].f1 - MARGIN
    }
    assert not drops, f"{name}: F1 dropped (original, perturbed): {drops}"


def test_traditional_gold_keeps_regions_and_industries_simplified() -> None:
    gold = {
        "title": "关于促进发展的若干措施",
        "region": "广东省",
        "doc_number": "粤府〔2021〕22号",
        "measures": [
            {
                "title": "发展集成电路",
                "responsible_units": ["省发展改革委"],
                "industries": ["集成电路"],
                "targets": [{"value": 5, "unit": "亿元"}],
            }
        ],
    }
    out = perturb_gold(gold, PERTURBATIONS["s2t"].gold or str)
    assert out["title"] == "關於促進發展的若干措施" and out["region"] == "广东省"
    m = out["measures"][0]
    assert m["responsible_units"] == ["省發展改革委"] and m["industries"] == ["集成电路"]
    assert m["targets"][0] == {"value": 5, "unit": "億元"}


def test_item_markings_rewrite_the_gold_numbers_they_change() -> None:
    text = "一、重点任务\n1.加快项目建设。\n2.推进城市更新。\n"
    gold = {
        "measures": [
            {"path": ["一", "1"], "number": "1", "title": "加快项目建设"},
            {"path": ["一", "2"], "number": "2", "title": "推进城市更新"},
        ]
    }
    whole = PERTURBATIONS["item⑴"].whole
    assert whole is not None
    new_text, new_gold = whole(text, gold)
    assert new_text == "一、重点任务\n⑴加快项目建设。\n⑵推进城市更新。\n"
    assert [(m["path"], m["number"]) for m in new_gold["measures"]] == [
        (["一", "⑴"], "⑴"),
        (["一", "⑵"], "⑵"),
    ]
    # a page that already numbers sub-items (1) is left as it is: two levels would become one
    kept = "1.加快项目建设。\n(1)新开工项目。\n"
    assert whole(kept, gold) == (kept, gold)


def test_a_cut_list_drops_the_gold_of_its_lost_items() -> None:
    text = "一、重点任务\n1.加快项目建设。\n2.推进城市更新。\n3.促进消费。\n"
    gold = {
        "measures": [
            {"number": "1", "title": "加快项目建设"},
            {"number": "2", "title": "推进城市更新"},
            {"number": "3", "title": "促进消费"},
        ]
    }
    whole = PERTURBATIONS["cut3"].whole
    assert whole is not None
    new_text, new_gold = whole(text, gold)
    assert new_text == "一、重点任务\n3.促进消费。\n"
    assert [m["number"] for m in new_gold["measures"]] == ["3"]


# ------------------------------------------------------------------ round 21: responsibility wording and figures
def _whole(name: str, text: str, gold: dict) -> tuple[str, dict]:  # type: ignore[type-arg]
    whole = PERTURBATIONS[name].whole
    assert whole is not None
    return whole(text, gold)


def _gold(units: list[str], lead: str | None = None, title: str = "推进项目建设") -> dict:  # type: ignore[type-arg]
    return {"measures": [{"title": title, "responsible_units": units, "lead_unit": lead, "targets": []}]}


def test_role_synonyms_rewrite_labels_and_keep_longer_ones() -> None:
    text = (
        "1.推进项目建设。(牵头单位:市发改委;责任单位:市财政局;协同配合单位:市商务局;主要责任单位:市统计局)\n"
    )
    new, gold = _whole("role承办", text, _gold(["市发改委", "市财政局"], "市发改委"))
    # 责任单位 -> 承办单位; the lead label and the longer labels holding a role word stay
    assert (
        new
        == "1.推进项目建设。(牵头单位:市发改委;承办单位:市财政局;协同配合单位:市商务局;主要责任单位:市统计局)\n"
    )
    assert gold["measures"][0]["responsible_units"] == ["市发改委", "市财政局"]
    assert _whole("role部门", "(責任單位:市財政局)", {})[0] == "(責任部門:市財政局)"
    # a page that already uses the synonym is left as it is: two roles would read as one
    kept = "(责任单位:市财政局;承办单位:市商务局)"
    assert _whole("role承办", kept, {}) == (kept, {})


def test_clause_brackets_change_clauses_only() -> None:
    text = (
        "1.推进。(市发改委牵头,市财政局、各县(市、区)配合)\n2.建设。(责任单位:市商务局)\n"
        "序号 | 责任(牵头)部门 | 备注(加黑为牵头单位)\n重点工作任务(杭州市2项配合工作)\n"
    )
    new, _ = _whole("【】", text, {})
    assert new == (
        "1.推进。【市发改委牵头,市财政局、各县(市、区)配合】\n2.建设。【责任单位:市商务局】\n"
        "序号 | 责任(牵头)部门 | 备注(加黑为牵头单位)\n重点工作任务(杭州市2项配合工作)\n"
    )


def test_label_colons_change_every_label_of_the_page() -> None:
    text = "(责任领导:张三;牵头单位:区发改局;责任单位：区财政局)"
    assert _whole("label␣", text, {})[0] == "(责任领导 张三;牵头单位 区发改局;责任单位 区财政局)"
    assert _whole("label：", text, {})[0] == "(责任领导：张三;牵头单位：区发改局;责任单位:区财政局)"


def test_unit_commas_split_lists_only_between_units() -> None:
    text = "1.推进。(牵头单位:市发改委、市财政局;责任单位:各县(市、区)人民政府、市商务局)。创建1个、2个\n"
    new, _ = _whole("unit，", text, _gold(["市发改委"]))
    # (the page's own comma: full-width where it writes no ASCII one)
    assert (
        new == "1.推进。(牵头单位:市发改委，市财政局;责任单位:各县(市、区)人民政府，市商务局)。创建1个、2个\n"
    )
    # a unit whose own name holds a 、: the page is left as it is
    gold = _gold(["各區、市人力資源社會保障局"])
    assert _whole("unit，", "(责任单位:各區、市人力資源社會保障局)", gold)[1] is gold


def test_numerals_keep_the_value_and_leave_other_numbers() -> None:
    text = "1.到2025年,培育10家企业、2个园区,投资1000万元,第3批,8—10个,2.5万亩。\n"
    gold = {
        "measures": [
            {
                "title": "到2025年,培育10家企业",
                "targets": [{"text": "培育10家企业", "value": 10, "unit": "家"}],
            }
        ]
    }
    new, out = _whole("num汉", text, gold)
    assert new == "1.到2025年,培育十家企业、两个园区,投资1000万元,第三批,8—10个,2.5万亩。\n"
    m = out["measures"][0]
    assert m["title"] == "到2025年,培育十家企业"
    assert m["targets"] == [{"text": "培育十家企业", "value": 10, "unit": "家"}]
    back, _ = _whole("num阿", "建成三十个社区,占比达到百分之三十,实施十大工程,十四五期间,千家万户。", {})
    assert back == "建成30个社区,占比达到30%,实施十大工程,十四五期间,千家万户。"
