"""Copula role sentences of round 18: A为该项工作的牵头责任单位 / B、C为协办单位 name the bodies before 为 as units of
the measure with the role the label gives (牵头 leads; 协办/配合 support, never lead; 责任 is responsible), and a
牵头 body leads against the 协办 ones of the same measure. Only role labels of responsibility.toml, only bodies the
unit grammar accepts, never a person, never in a 指导思想/工作目标 frame.
Inline texts in both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, family_params
from tests.loaders.test_responsibility import keys, names, run

HEAD = "一、重点任务\n"
# Each measure's (units, leads) as written, in order
Want = list[tuple[list[str], list[str]]]
Case = tuple[str, Want]

# Each family's cases: a text and what each of its measures holds.
FAMILIES: dict[str, list[Case]] = {
    "copula_label_names_the_role": [
        # a lead named through the work it leads, then the bodies that assist it
        (
            HEAD + "1.明确责任。市交通运输局为该项工作的牵头责任单位,负责拟定实施方案。"
            "市发改委、市财政局为协办单位,各单位要互相配合。\n",
            [(["市交通运输局", "市发改委", "市财政局"], ["市交通运输局"])],
        ),
        (
            HEAD + "1.开展活动。市教育局为该项活动的主办单位,市文旅局、团市委为协办单位。\n",
            [(["市教育局", "市文旅局", "团市委"], ["市教育局"])],
        ),
        # supporting bodies alone: units, no lead
        (
            HEAD + "1.推进项目建设。市发改委、市财政局为本项工作的配合单位。\n",
            [(["市发改委", "市财政局"], [])],
        ),
        # 责任单位: responsible, no lead
        (
            HEAD + "1.加强监督检查。市市场监管局为该项工作的责任单位,要定期开展检查。\n",
            [(["市市场监管局"], [])],
        ),
    ],
    "copula_guards": [
        # a word after 为 that is no role label, a person, a body the unit grammar rejects: no unit
        (
            HEAD + "1.深化改革。市发改委为该项改革的主要对象,加快推进。\n"
            "2.加强协调。张三同志为该项工作的牵头单位,统筹推进。\n"
            "3.开展活动。全体师生为该项活动的参与单位,积极参与。\n"
            "4.建设园区。(责任单位:市商务局)\n",
            [([], []), ([], []), ([], []), (["市商务局"], [])],
        ),
        (
            HEAD + "1.加强协调。李四同志兼任办公室主任,王五同志为本次活动的责任单位。(责任单位:市商务局)\n",
            [(["市商务局"], [])],
        ),
        # the frame sections of a plan are no measures
        (
            "一、指导思想\n坚持政府主导,市政府为该项工作的责任单位,统筹推进全市园区建设。\n"
            "二、工作目标\n到2025年,市发改委为本行业改革的牵头单位,建成园区5个。\n"
            "三、重点任务\n1.建设园区。(责任单位:市商务局)\n",
            [(["市商务局"], [])],
        ),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_r18_copula_role_families(variant: Callable[[str], str], text: str, want: Want) -> None:
    doc = run(variant(text))
    got = [(names(m.responsible), names(m.lead)) for m in doc.measures]
    assert got == [(keys(units), keys(leads)) for units, leads in want]
