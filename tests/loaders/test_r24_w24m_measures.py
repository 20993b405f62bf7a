"""Measures of a policy digest run together on one line (round 24, second pass on heldout26-28): a digest that
keeps a few of a policy's items numbers on far past the last one it kept, so a bracketed (N) right after a
labelled clause of units heads an item whatever it skips ((责任单位:市市场监管局)(十二)支持…); a (N) glued to a
一、 heading's title is its group's first item when it goes on with the numbering across groups
(五、大力支持医疗机构发展(十四)支持…), never when it skips far or starts a quotation's own count. Inline texts in
both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, family_params, run

# a measure as (its path with its number, the label's first 8 characters)
Want = tuple[str, str]
Case = tuple[str, list[Want]]

_OPENING = (
    "各有关单位:《某市支持生物医药产业高质量发展若干政策措施》已经市政府同意,现印发给你们,请认真贯彻执行。"
)
_FIRST = (
    "一、支持创新研发(一)支持新药研发。对完成临床试验的新药给予最高500万元补助。(责任单位:市科技局、市财政局)"
)

FAMILIES: dict[str, list[Case]] = {
    "item_numbered_far_on_after_a_clause": [
        (
            _OPENING
            + _FIRST
            + "(十二)支持公共服务平台发展。对新建的公共服务平台给予补助。(责任单位:市科技局、市市场监管局)",
            [("一/(一)", "支持新药研发"), ("一/(十二)", "支持公共服务平台")],
        ),
        (  # a bracket that names no units closes no item: the (十二) after it stays in the text
            _OPENING + _FIRST + "(十二)支持公共服务平台发展。对平台给予补助(按规定执行)(十五)另行规定。",
            [("一/(一)", "支持新药研发"), ("一/(十二)", "支持公共服务平台")],
        ),
    ],
    "item_glued_to_a_heading_numbered_on": [
        (
            _OPENING + _FIRST + "(二)支持医疗器械研发。对取得注册证的产品给予补助。(责任单位:市市场监管局)"
            "二、大力支持医疗机构发展(三)支持临床试验机构备案。每个医疗机构每年最高补助100万元。(责任单位:市卫生健康局)",
            [("一/(一)", "支持新药研发"), ("一/(二)", "支持医疗器械研发"), ("二/(三)", "支持临床试验机构")],
        ),
        (  # a (N) far past the last one is no item glued to the heading
            _OPENING + _FIRST + "(二)支持医疗器械研发。对取得注册证的产品给予补助。(责任单位:市市场监管局)"
            "二、大力支持医疗机构发展(九)相关规定另行制定,由市卫生健康局负责解释。",
            [("一/(一)", "支持新药研发"), ("一/(二)", "支持医疗器械研发"), ("二", "大力支持医疗机构")],
        ),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_r24_w24m_measures(variant: Callable[[str], str], text: str, want: list[Want]) -> None:
    doc = run(variant(text))
    got = [
        (_ascii("/".join([*(doc.sections[k].number for k in m.section_path), m.number])), m.label[:8])
        for m in doc.measures
    ]
    assert got == [(_ascii(variant(path)), variant(label)[:8]) for path, label in want]


def _ascii(number: str) -> str:
    """A path with its brackets in ASCII (the extraction writes (一) for （一）)."""
    return number.replace("（", "(").replace("）", ")")
