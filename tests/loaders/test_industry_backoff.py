"""The learned industry back-off (issue 12, round 25): candidates, features, the shipped model and the training
script, on small inline texts in Simplified and Traditional script (Traditional is folded to Simplified for
industries, as the spec says)."""

from __future__ import annotations

import importlib.util
import json
import math
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

from policykg.errors import ExtractError
from policykg.loaders.extract import industry_backoff as ib
from policykg.loaders.extract.industries import IndustryLexicon
from policykg.loaders.normalize import match_text
from tests.loaders.inline import IDS, SCRIPT_IDS, VARIANTS, run, traditional

SCRIPTS: list[Callable[[str], str]] = [lambda s: s, traditional]
HEAD = "关于印发某市产业发展若干措施的通知\n"


def _candidates(text: str, lex: IndustryLexicon) -> list[str]:
    match = match_text(text)
    return [match[c.start : c.end] for c in ib.candidates(match, 0, len(match), lex.form_keys())]


def _industries(text: str, setting: str, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    monkeypatch.setenv(ib.ENV_FLAG, setting)
    doc = run(HEAD + text + "\n")
    return [doc.industries[r.key].pref_label for r in doc.measures[0].industries]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_list_items_are_candidates_cut_after_the_trigger_and_before_deng(
    variant: Callable[[str], str], lex: IndustryLexicon
) -> None:
    got = _candidates(variant("一、重点发展化工、建材、有色金属、机械和轻工等传统产业。"), lex)
    assert {"化工", "建材", "有色金属", "机械", "轻工"} <= set(got)
    # the numbering and the trigger are no part of an item, 等 closes the last one
    assert not [c for c in got if c.startswith(("一", "重点")) or "等" in c]


@pytest.mark.parametrize("variant", SCRIPTS, ids=SCRIPT_IDS)
def test_a_clause_without_a_list_gives_spans_ending_in_a_head(
    variant: Callable[[str], str], lex: IndustryLexicon
) -> None:
    got = _candidates(variant("加快培育纺织服装产业集群。"), lex)
    assert "纺织服装产业集群" in got and "纺织服装" in got
    assert _candidates(variant("加快培育人才队伍。"), lex) == []


@pytest.mark.parametrize("variant", SCRIPTS, ids=SCRIPT_IDS)
def test_features_mark_blocks_generic_words_and_the_list(
    variant: Callable[[str], str], lex: IndustryLexicon
) -> None:
    match = match_text(variant("支持市建材局、化工园区、全县、重点产业等开展工作。"))
    found = ib.candidates(match, 0, len(match), lex.form_keys())
    feats = {match[c.start : c.end]: ib.features(match, c, lex.form_keys(), lex.generic) for c in found}
    assert "bu" in feats["市建材局"] and "bu" in feats["化工园区"] and "bp" in feats["全县"]
    assert "gen" in feats["重点产业"] and "list" in feats["重点产业"] and "pos:last" in feats["重点产业"]
    assert "cl:开展" in feats["市建材局"]  # what the list's 等 closes on, for every item
    assert "g:建材" in feats["市建材局"] and "h:-" in feats["市建材局"] and "h:产业" in feats["重点产业"]


@pytest.mark.parametrize("variant", SCRIPTS, ids=SCRIPT_IDS)
def test_an_unseen_list_of_sectors_is_found_beside_the_rules(
    variant: Callable[[str], str], monkeypatch: pytest.MonkeyPatch
) -> None:
    text = variant("一、壮大锂电、光伏、储能产业链。")
    rules = _industries(text, "0", monkeypatch)
    assert rules == ["储能"]
    # at a lower probability than the shipped one, the items the rules do not know join theirs (a union)
    assert _industries(text, "0.25", monkeypatch) == ["储能", "锂电", "光伏"]


@pytest.mark.parametrize("variant", SCRIPTS, ids=SCRIPT_IDS)
@pytest.mark.parametrize(
    "text",
    [
        "一、支持市建材局、县化工园区开展工作。",  # unit names and a place
        "一、发展重点产业、主导产业和特色产业。",  # generic words (annotation.md)
        "一、开展技能培训。(责任单位:市建材局、市化工局)",  # the measure's units
    ],
)
def test_a_unit_a_place_or_a_generic_word_is_not_taken(
    variant: Callable[[str], str], text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _industries(variant(text), "0.05", monkeypatch) == []


def test_the_flag_turns_the_back_off_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ib.ENV_FLAG, raising=False)
    assert not ib.enabled()  # the folds' choice: off
    for off in ("0", "off", "false", "2", "x"):
        monkeypatch.setenv(ib.ENV_FLAG, off)
        assert not ib.enabled()
    monkeypatch.setenv(ib.ENV_FLAG, "1")
    assert ib.enabled() and ib.threshold(ib.load_model()) == ib.load_model().threshold
    monkeypatch.setenv(ib.ENV_FLAG, "0.5")
    assert ib.enabled() and ib.threshold(ib.load_model()) == 0.0


def test_score_candidate_is_the_score_of_the_features(lex: IndustryLexicon) -> None:
    model = ib.load_model()
    match = match_text("一、重点发展化工、建材、有色金属、机械和轻工等传统产业。加快培育纺织服装产业集群。")
    for c in ib.candidates(match, 0, len(match), lex.form_keys()):
        full = model.score(ib.features(match, c, lex.form_keys(), lex.generic))
        fast = model.score_candidate(match, c, lex.form_keys(), lex.generic, -1e9)
        assert fast == pytest.approx(full)
        # below a cut, a bound that stays below it
        assert model.score_candidate(match, c, lex.form_keys(), lex.generic, 1e9) < 1e9


def test_the_shipped_model_loads_and_says_where_it_comes_from() -> None:
    model = ib.load_model()
    assert model.feature_version == ib.FEATURE_VERSION and len(model.weights) > 1000
    assert math.isfinite(model.bias) and math.isfinite(model.threshold)
    assert {"heldout26", "heldout23", "dev"} <= set(model.meta["parts"])
    assert model.meta["date"] and model.meta["source"].startswith("bench/train_industry_backoff.py")
    assert [f["fold"] for f in model.meta["validation"]][:2] == [
        ["heldout26", "heldout27", "heldout28"],
        ["heldout23", "heldout24", "heldout25"],
    ]
    assert model.meta["remove_below"] is None  # the folds chose adding only
    assert model.threshold == pytest.approx(
        math.log(model.meta["threshold_probability"] / (1 - model.meta["threshold_probability"])), abs=1e-3
    )


@pytest.mark.parametrize(
    "broken",
    [
        {"feature_version": ib.FEATURE_VERSION + 1, "weights": {}, "bias": 0, "threshold": 0},
        {"feature_version": ib.FEATURE_VERSION, "weights": {"a": "x"}, "bias": 0, "threshold": 0},
        {"feature_version": ib.FEATURE_VERSION, "weights": {"a": float("nan")}, "bias": 0, "threshold": 0},
        {"feature_version": ib.FEATURE_VERSION, "weights": {}, "bias": 0},
    ],
)
def test_a_broken_model_is_refused(broken: dict[str, object]) -> None:
    with pytest.raises(ExtractError):
        ib.read_model(broken, "broken.json")


def _trainer(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    path = Path(__file__).resolve().parents[2] / "bench" / "train_industry_backoff.py"
    spec = importlib.util.spec_from_file_location("train_industry_backoff", path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, mod)  # its dataclasses look their module up
    spec.loader.exec_module(mod)
    return mod


_TINY = [
    ("一、重点发展化工、建材、机械和轻工等传统产业。", ["化工", "建材", "机械", "轻工"]),
    ("一、支持市建材局、县化工园区、重点产业等开展工作。", []),
    ("一、壮大锂电、光伏、储能产业链。", ["锂电", "光伏", "储能"]),
    ("一、支持保险经纪、消费金融、金融租赁等业务。", ["保险经纪", "消费金融", "金融租赁"]),
]


def test_the_training_script_runs_on_a_tiny_corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("sklearn")
    for part in ("p1", "p2"):
        (tmp_path / part).mkdir()
        for i, (text, industries) in enumerate(_TINY):
            name = f"{part}_{i}"
            (tmp_path / part / f"{name}.txt").write_text(HEAD + text + "\n", encoding="utf-8")
            gold = {
                "doc": f"{name}.txt",
                "measures": [{"path": ["一"], "number": "一", "title": text[2:10], "industries": industries}],
            }
            (tmp_path / part / f"{name}.json").write_text(
                json.dumps(gold, ensure_ascii=False), encoding="utf-8"
            )
    out = tmp_path / "model.json"
    monkeypatch.setenv(ib.ENV_FLAG, "0")  # the script sets it in its process: restored after the test
    trainer = _trainer(monkeypatch)
    assert trainer.main([str(tmp_path / "p1"), str(tmp_path / "p2"), "--fold", "p2", "--out", str(out)]) == 0
    model = ib.read_model(json.loads(out.read_text(encoding="utf-8")), str(out))
    assert model.meta["parts"] == ["p1", "p2"] and model.meta["validation"][0]["fold"] == ["p2"]
    assert model.weights
