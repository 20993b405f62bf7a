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


ITEM_PART = Path(__file__).parent / "corpus" / "dev7"  # task tables and lists numbered 1. (round 20)


@pytest.mark.parametrize("name", ["item()", "item⑴"])
def test_items_marked_a_rung_down_score_as_the_original(name: str, tmp_path: Path) -> None:
    base = score_corpus(ITEM_PART)[0]
    got = score_corpus(write_perturbed(ITEM_PART, tmp_path, PERTURBATIONS[name]))[0]
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
