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


@pytest.mark.parametrize("name", ["s2t", "crlf", "blank2", "boiler"])
def test_perturbed_part_stays_within_a_margin(name: str, tmp_path: Path) -> None:
    got, base = _perturbed(name, tmp_path), _original()
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
