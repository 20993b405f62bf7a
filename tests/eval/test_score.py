"""The corpus scorer's measure matching."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from policykg.eval.score import match_measures, score_document
from tests.loaders.inline import SCRIPT_IDS, SCRIPTS, run

_doc = run


def test_title_mentioned_in_a_preamble_still_matches_its_measure() -> None:
    # regression: the gold title's first occurrence (in the news lead above the plan) used to lose the match
    text = "地区生产总值增长5%左右\n近日印发方案。\n一、主要预期指标\n1.地区生产总值增长5%左右,争取更好。\n牵头单位:区发改委\n"
    doc = _doc(text)
    gold = [{"path": ["一", "1"], "number": "1", "title": "地区生产总值增长5%左右,争取更好"}]
    assert match_measures(doc, gold) == [doc.measures[0]]


def test_the_measure_holding_the_title_wins_over_one_the_title_stands_just_before() -> None:
    # regression (heldout81 dy03): measures listed out of text order (a page's fallback readings) let a measure
    # starting just after the gold title (the 40-character slack) take it from the measure whose span holds it
    from dataclasses import replace

    doc = _doc("一、任务\n1.做甲事项。\n2.做乙事项。\n")
    first, second = (replace(m, number="") for m in doc.measures)
    doc = replace(doc, measures=[second, first])
    gold = [{"number": None, "title": "做甲事项"}, {"number": None, "title": "做乙事项"}]
    assert match_measures(doc, gold) == [first, second]


def test_a_title_found_nowhere_falls_back_to_the_number() -> None:
    doc = _doc("一、任务\n1.做甲。\n")
    assert match_measures(doc, [{"number": "1", "title": "完全不同的标题"}]) == [doc.measures[0]]


def test_a_null_number_matches_an_unnumbered_measure() -> None:
    # regression: a gold number null was compared as the string "None" and matched nothing
    doc = _doc("近日印发若干措施。\n举办促销活动,发放消费券。(责任单位:县商务局)\n")
    gold = [{"number": None, "title": "举办促销活动"}]
    assert [m.number for m in doc.measures] == [""]
    assert match_measures(doc, gold) == [doc.measures[0]]


@pytest.mark.parametrize("gold_number", ["一是", "一"])
def test_an_ordinal_word_after_the_numeral_is_not_part_of_the_number(gold_number: str) -> None:
    # regression: gold written 一 for a 一是 paragraph matched nothing (both spellings are in the corpus gold)
    doc = _doc("三、主要任务\n一是加强组织领导,由区交通局负责。\n二是强化宣传引导,由区委宣传部负责。\n")
    assert [m.number for m in doc.measures] == ["一是", "二是"]
    assert match_measures(doc, [{"number": gold_number, "title": "加强组织领导"}]) == [doc.measures[0]]


def test_a_numeral_that_is_the_word_itself_keeps_its_last_character() -> None:
    doc = _doc("一、任务\n1.做甲。\n")
    assert match_measures(doc, [{"number": "是", "title": "做甲"}]) == [None]


def test_title_with_or_without_its_issuer_prefix_matches() -> None:
    from policykg.eval.score import _title_forms
    from policykg.loaders.normalize import name_key

    issuers = {name_key("长沙市人民政府")}
    got = _title_forms("长沙市人民政府 关于2021年主要目标任务实行责任管理的通知", issuers)
    assert name_key("关于2021年主要目标任务实行责任管理的通知") in got
    # words before 关于 that are not the issuer stay
    other = _title_forms("吉林省人民政府印发贯彻落实国务院关于推进振兴的通知", issuers)
    assert name_key("关于推进振兴的通知") not in other


def test_targets_compare_as_quantities_whatever_the_scale_word() -> None:
    from policykg.eval.score import _target_key

    assert _target_key(0.07, "万亩") == _target_key(700, "亩")
    assert _target_key(23, "万吨") == _target_key(230000, "吨")
    assert _target_key(5000, "万元") == _target_key(0.5, "亿元")
    assert _target_key(20, "万亩") != _target_key(20, "亩")
    assert _target_key(3, "万") == _target_key(3, "万")  # a bare 万 is a unit of its own, not a scale


def test_a_county_level_region_matches_with_or_without_its_prefecture() -> None:
    from policykg.eval.score import _region_forms

    assert _region_forms("枣庄市滕州市") & _region_forms("滕州市")
    assert _region_forms("朔州市应县") & _region_forms("应县")
    assert not _region_forms("枣庄市") & _region_forms("滕州市")
    assert not _region_forms("黄石市下陆区") & _region_forms("黄石市")


def test_title_with_or_without_its_joint_issuers_matches() -> None:
    from policykg.eval.score import _title_forms

    issuers = {"中共淄博市委", "淄博市人民政府"}
    gold = _title_forms("关于推动转型升级建设工业强市的若干政策意见", issuers)
    got = _title_forms("中共淄博市委淄博市人民政府关于推动转型升级建设工业强市的若干政策意见", issuers)
    assert gold & got
    other = _title_forms("中共淄博市委淄博市财政局关于推动转型升级建设工业强市的若干政策意见", issuers)
    assert not gold & other


def test_a_document_number_matches_whatever_brackets_round_its_year() -> None:
    # dev6: the page printed 许政 [2023] 2号 in its header and 许政〔2023〕2号 in its body
    from policykg.eval.score import _score_meta

    doc = _doc("许昌市人民政府\n许政 [2023] 2号\n关于印发重点工作任务分解的通知\n")
    gold = {"doc_number": "许政〔2023〕2号"}
    assert doc.meta.doc_number and "[" in doc.meta.doc_number
    t = _score_meta(doc, gold, "t")
    assert not [m for m in t.misses if "doc_number" in m]
    wrong = _score_meta(doc, {"doc_number": "许政〔2022〕2号"}, "t")
    assert [m for m in wrong.misses if "doc_number" in m]


def test_a_notice_with_its_issuer_before_the_verb_matches_the_plan_it_hands_on() -> None:
    # dev3 i09's gold is the plan, dev7 z07's the notice: 某某人民政府印发关于…的通知 wraps 关于…
    from policykg.eval.score import _title_forms
    from policykg.loaders.normalize import name_key

    notice = _title_forms("江西省人民政府印發(fā)關于切實穩(wěn)住經(jīng)濟發(fā)展若干措施的通知")
    assert name_key("关于切实稳住经济发展若干措施") in notice
    assert name_key("关于切实稳住经济发展若干措施的通知") not in notice


def test_a_missed_gold_measure_without_a_title_is_listed() -> None:
    # regression: a gold measure whose title is null (a row cut before its text) crashed the miss list
    from policykg.eval.score import score_document

    doc = _doc("一、任务\n1.做甲。\n")
    gold = {"doc": "t.txt", "measures": [{"path": ["一", "9"], "number": "9", "title": None}]}
    misses = score_document(doc, gold).fields["measures"].misses
    assert "t.txt: missed measure 一/9 " in misses


def test_unit_names_compare_without_a_mirror_pages_plain_pinyin_readings() -> None:
    # gold copies 省(sheng)(sheng)大(da)數據局(ju) as written; the loader gives 省大數據局: one name
    from policykg.loaders.normalize import name_key

    for glossed, clean in [
        ("省(sheng)(sheng)大(da)數據局(ju)", "省大數據局"),
        ("省(sheng)大(da)数据局(ju)", "省大数据局"),
        ("各(ge)市(shi)政(zheng)(zheng)府(fu)", "各市政府"),
    ]:
        assert name_key(glossed) == name_key(clean)
    assert name_key("措施(a)") != name_key("措施")  # a list mark is no reading


_MISS_LINE = (
    "import sys; from policykg.eval.score import score_document; from tests.loaders.inline import run; "
    "doc = run(sys.argv[1]); gold = {'doc': 't.txt', 'title': '完全不同的标题'}; "
    "print([m for m in score_document(doc, gold).fields['metadata'].misses if ' title ' in m])"
)


@pytest.mark.parametrize("script", SCRIPTS, ids=SCRIPT_IDS)
def test_a_title_miss_shows_the_extracted_title_whatever_the_hash_seed(script: Callable[[str], str]) -> None:
    # regression: a title miss printed the first of the title's forms (the notice, or the plan it hands on) in
    # set order, so the miss line changed with PYTHONHASHSEED; it shows the extracted title itself
    from policykg.loaders.normalize import name_key

    text = script(
        "关于印发2024年重点工作责任分解方案的通知\n各镇人民政府:\n现将方案印发给你们。\n一、任务\n1.做甲。\n"
    )
    lines = set()
    for seed in ("0", "1", "2", "3", "4", "5", "6", "7"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-c", _MISS_LINE, text],
            capture_output=True,
            text=True,
            timeout=120,
            env=env,
            cwd=Path(__file__).resolve().parents[2],
            check=True,
        )
        lines.add(done.stdout.strip())
    assert len(lines) == 1
    assert repr(name_key(script("关于印发2024年重点工作责任分解方案的通知"))) in lines.pop()


def test_a_title_starting_where_a_measure_ends_is_not_inside_it() -> None:
    # regression (round 42, heldout101 es03): a measure ending right before the next piece's first character
    # (…工作。市公安局要…) took the gold title of the piece after it
    doc = _doc(
        "近日召开会议。\n张三要求,各单位要抓好各项工作。市公安局要制订安保方案;市卫生健康委要落实医疗保障;团市委要抓好志愿者培训。\n"
    )
    gold = [{"number": None, "title": "市公安局要制订安保方案"}]
    got = match_measures(doc, gold)[0]
    assert got is not None and doc.source.text[got.span.start : got.span.end].startswith("市公安局")


def test_a_gold_title_with_readings_is_cut_after_they_are_dropped() -> None:
    # regression (round 42, heldout101 es03): the gold copies a mirror's pinyin readings; cut at 12 characters
    # before dropping them (市公安局要制订安(ān), the title was found nowhere and the match fell back to the first
    # unnumbered measure
    doc = _doc(
        "近日召开会议。\n张三要求,各单位要抓好各项工作。市公安局要制订安保方案;市卫生健康委要落实医疗保障;团市委要抓好志愿者培训。\n"
    )
    gold = [{"number": None, "title": "市公安局要制订安(ān)保方案"}]
    got = match_measures(doc, gold)[0]
    assert got is not None and doc.source.text[got.span.start : got.span.end].startswith("市公安局")


def test_a_gold_path_holding_a_lost_number_is_reported_not_a_crash() -> None:
    # heldout112's gold writes a number the page lost as null inside the path (["二", null])
    doc = run("一、总体要求\n二、主要任务\n加强监测预警。\n")
    gold = {"doc": "x.txt", "measures": [{"path": ["二", None], "number": None, "title": "不在文中的任务"}]}
    misses = score_document(doc, gold).fields["measures"].misses
    assert any("missed measure 二/? 不在文中的任务" in line for line in misses)
