"""Label and clause forms of responsibility written systematically (round 23): role word × body noun × how the label
meets its units × where it stands. The forms the rules did not read: a label composed of a role word, the work it
names and a body noun (牵头实施单位 / 协同实施单位 / 牵头主体 / 参与主体); a copula for the label's colon (责任单位为A、B /
牵头单位为A,配合单位为B / 该项工作牵头单位是A), not after another word (重点实施主体为重点); a blank between a body
and its role verb ((A 牵头,B 配合)); a comma closing the units of a lead or support label (牵头单位:A,B配合);
two role words sharing a noun (牵头及责任单位:); a task pointed back to before its bodies (这项工作A负责); a blank
for the label's colon after a comma (…,牵头单位 A;配合单位 B); a label alone in its 〔〕 or () bracket opening a sentence (〔牵头单位〕A). The last family holds the forms the grid found read already. Inline texts in
both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from policykg.loaders.normalize import name_key
from policykg.models import ParsedDocument, UnitRef
from tests.loaders.inline import IDS, VARIANTS, family_params, run

H = "一、重点任务\n1.推进园区建设。"
T = "序号 | 工作任务 | "
# Each measure's (units, leads) as written, in order
Want = list[tuple[list[str], list[str]]]
Case = tuple[str, Want]

FAMILIES: dict[str, list[Case]] = {
    "label_composed_of_role_work_and_body_noun": [
        (H + "(牵头实施单位:市发改委)\n", [(["市发改委"], ["市发改委"])]),
        (H + "(牵头协调单位:市发改委;协同实施单位:市财政局)\n", [(["市发改委", "市财政局"], ["市发改委"])]),
        (H + "(牵头主体:市发改委;参与主体:市财政局)\n", [(["市发改委", "市财政局"], ["市发改委"])]),
        (H + "(协作部门:市财政局)\n", [(["市财政局"], [])]),
        (H + "(承办处室:综合处;协同处室:规划处)\n", [(["综合处", "规划处"], ["综合处"])]),
        (H + "(落实主体:市发改委)\n", [(["市发改委"], [])]),
        # two role words sharing the noun: one responsible label, leading against a support label
        (H + "(牵头及责任单位:市发改委;协同单位:市财政局)\n", [(["市发改委", "市财政局"], ["市发改委"])]),
        # two role words of different roles: which unit leads the label does not say
        (H + "(牵头及配合单位:市发改委、市财政局)\n", [(["市发改委", "市财政局"], [])]),
        (T + "牵头及配合单位\n1 | 推进园区建设 | 市发改委、市财政局\n", [(["市发改委", "市财政局"], [])]),
        # the same composed words as a table's column headers
        (
            T + "牵头实施单位 | 协同实施单位\n1 | 推进园区建设 | 市发改委 | 市财政局\n",
            [(["市发改委", "市财政局"], ["市发改委"])],
        ),
        (
            T + "牵头主体 | 参与主体\n1 | 推进园区建设 | 市发改委 | 市财政局\n",
            [(["市发改委", "市财政局"], ["市发改委"])],
        ),
        # a role word and a body noun in the task's own words is no label
        (H + "支持牵头单位做好协调。\n", [([], [])]),
    ],
    "copula_for_the_label_colon": [
        (H + "责任单位为市发改委、市财政局。\n", [(["市发改委", "市财政局"], [])]),
        (H + "牵头单位为市发改委,配合单位为市财政局。\n", [(["市发改委", "市财政局"], ["市发改委"])]),
        (H + "牵头部门是市发改委,协同部门是市财政局。\n", [(["市发改委", "市财政局"], ["市发改委"])]),
        (H + "该项工作牵头单位为市发改委。\n", [(["市发改委"], ["市发改委"])]),
        (H + "责任主体为各区政府。\n", [(["各区政府"], [])]),
        # a label word after another word, or the copula of a phrase, names no units
        (H + "以重点实施主体为重点,加快推进。(责任单位:市科技局)\n", [(["市科技局"], [])]),
        (H + "明确牵头单位是否到位。\n", [([], [])]),
    ],
    "blank_between_a_body_and_its_role_verb": [
        (H + "(市发改委 牵头,市财政局 配合)\n", [(["市发改委", "市财政局"], ["市发改委"])]),
        (H + "(市发改委 牵头)\n", [(["市发改委"], ["市发改委"])]),
        (
            H + "(市发改委 牵头,市财政局、市商务局 参与)\n",
            [(["市发改委", "市财政局", "市商务局"], ["市发改委"])],
        ),
        (H + "(市发改委、市财政局 按职责分工负责)\n", [(["市发改委", "市财政局"], [])]),
    ],
    "a_comma_closes_a_lead_or_support_labels_units": [
        (H + "(牵头单位:市发改委,市财政局配合)\n", [(["市发改委", "市财政局"], ["市发改委"])]),
        (
            H + "牵头单位为市发改委、市财政局,其他相关单位配合。\n",
            [(["市发改委", "市财政局", "其他相关单位"], ["市发改委", "市财政局"])],
        ),
        (H + "(配合单位:市财政局,市发改委牵头)\n", [(["市财政局", "市发改委"], ["市发改委"])]),
        # without a role label the verb still takes the whole group
        (H + "(市发改委,市财政局牵头)\n", [(["市发改委", "市财政局"], ["市发改委", "市财政局"])]),
    ],
    "a_task_pointed_back_to_before_its_bodies": [
        ("一、重点任务\n1.推进园区建设,这项工作市发改委负责。\n", [(["市发改委"], [])]),
        (H + "此项任务市发改委牵头,市财政局配合。\n", [(["市发改委", "市财政局"], ["市发改委"])]),
        # with its 由, as before
        (H + "该项工作由市发改委负责。\n", [(["市发改委"], [])]),
    ],
    "a_blank_for_the_colon_after_a_comma": [
        (
            "一、重点任务\n1.推进园区建设,牵头单位 市发改委;配合单位 市财政局。\n",
            [(["市发改委", "市财政局"], ["市发改委"])],
        ),
    ],
    "label_alone_in_its_bracket": [
        (H + "〔牵头单位〕市发改委\n", [(["市发改委"], ["市发改委"])]),
        (H + "(责任单位)市发改委、市财政局\n", [(["市发改委", "市财政局"], [])]),
        (H + "〔牵头单位〕市发改委〔配合单位〕市财政局\n", [(["市发改委", "市财政局"], ["市发改委"])]),
        # a bracket after a name marks that name
        (H + "(责任单位:市发改委(牵头单位)、市财政局)\n", [(["市发改委", "市财政局"], ["市发改委"])]),
    ],
    "forms_read_already": [
        (H + "【牵头单位】市发改委【配合单位】市财政局\n", [(["市发改委", "市财政局"], ["市发改委"])]),
        (H + "［责任单位］市发改委、市财政局\n", [(["市发改委", "市财政局"], [])]),
        (H + "\n牵头单位:市发改委\n配合单位:市财政局\n", [(["市发改委", "市财政局"], ["市发改委"])]),
        ("一、重点任务\n1.(牵头单位:市发改委)推进园区建设。\n", [(["市发改委"], ["市发改委"])]),
        (H + "(主要责任单位:市发改委;其他责任单位:市财政局)\n", [(["市发改委", "市财政局"], ["市发改委"])]),
        (H + "(牵头单位:市发改委 配合单位:市财政局)\n", [(["市发改委", "市财政局"], ["市发改委"])]),
        (H + "牵头单位:市发改委。配合单位:市财政局。\n", [(["市发改委", "市财政局"], ["市发改委"])]),
        (H + "市发改委是牵头单位,市财政局是配合单位。\n", [(["市发改委", "市财政局"], ["市发改委"])]),
        (H + "(责任单位:市发改委(牵头)、市财政局)\n", [(["市发改委", "市财政局"], ["市发改委"])]),
        (H + "(督办单位:市政府督查室;责任单位:市发改委)\n", [(["市发改委"], [])]),
        (
            T + "责任单位\n1 | 推进园区建设 | 市发改委负责,市财政局、市商务局配合\n",
            [(["市发改委", "市财政局", "市商务局"], ["市发改委"])],
        ),
        (
            T + "牵头单位 | 协同单位\n1 | 推进园区建设 | 市发改委 | 市财政局\n",
            [(["市发改委", "市财政局"], ["市发改委"])],
        ),
        (T + "牵头领导 | 责任单位\n1 | 推进园区建设 | 张三 | 市发改委\n", [(["市发改委"], [])]),
    ],
}


def _labels(doc: ParsedDocument, ref: UnitRef) -> set[str]:
    """A unit's names as the scorer reads them: as written, and the labels of the unit it resolves to."""
    info = doc.units.get(ref.key)
    out = {name_key(ref.surface)}
    if info is not None:
        out |= {name_key(info.pref_label), *(name_key(a) for a in info.alt_labels)}
    return out


def _matches(doc: ParsedDocument, refs: list[UnitRef], want: list[str]) -> bool:
    return len(refs) == len(want) and all(
        name_key(w) in _labels(doc, r) for r, w in zip(refs, want, strict=True)
    )


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_r23_label_forms(variant: Callable[[str], str], text: str, want: Want) -> None:
    doc = run(variant(text))
    got = [([r.surface for r in m.responsible], [r.surface for r in m.lead]) for m in doc.measures]
    assert len(doc.measures) == len(want), got
    for m, (units, leads) in zip(doc.measures, want, strict=True):
        assert _matches(doc, m.responsible, units) and _matches(doc, m.lead, leads), got
