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


# a document-sharing site's preview cut into numbered chunks, the first cut right after a short qualifier's bracket
_RUN = (
    "坚持政府搭台、市场主导,加快链条延伸、工艺攻关、品牌培育、市场开拓,推动创业就业、消费升级和乡村产业振兴,"
)
PREVIEW_AFTER_QUALIFIER = (
    "1、某市推进预制菜产业发展三年行动方案为适应消费升级新需求,推进预制菜产业高质量发展,特制定本行动方案。"
    "一、产业布局和发展目标依托农业资源禀赋和产业发展基础,"
    + _RUN
    * 3
    + "加快形成以中心城区为核心,瑞金、石城等县(市)\n"
    "2、为支撑的发展空间布局,全力打造南方预制菜产业名城。"
    + _RUN
    * 3
    + "共同发展。二、重点任务(一)大力培育市场主体1.壮大龙头企业。"
    "支持屠宰、食品加工\n3、和餐饮等企业延伸发展预制菜加工新业态。(责任单位:市农业农村局)2.培育中小企业。扶持一批中小企业。"
    "(责任单位:市工信局)"
)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_preview_chunk_after_a_qualifier_bracket(variant: Callable[[str], str]) -> None:
    """县(市) / 2、为支撑的…: a chunk cut after a short qualifier's bracket is cut mid-sentence; the chunk numbers
    are the site's, no measures."""
    doc = run(variant(PREVIEW_AFTER_QUALIFIER))
    assert [_ascii(m.number) for m in doc.measures] == ["1", "2"]
    assert [_ascii(doc.sections[m.section_path[0]].number) for m in doc.measures] == [variant("二")] * 2


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_long_items_ending_in_a_bracket_of_units_stay_items(variant: Callable[[str], str]) -> None:
    """Long item lines closed by a bracket naming a unit, (县农业局), end there: the 2、 3、 after them are items."""
    body = _RUN * 4
    doc = run(variant(f"一、重点任务\n1、{body}(县农业局)\n2、{body}(县财政局)\n3、{body}(县商务局)\n"))
    assert [m.number for m in doc.measures] == ["1", "2", "3"]


# 一、二、三、四季度: numerals listed on with 、 (quarters, grades) open a line or follow a full stop, no heading
QUARTERS = [
    "一、重点任务\n1.抓好发明专利。每季度完成发明专利30件。(责任单位:县科技局)\n"
    "一、二、三、四季度,占比分别达18%、19%、20%、21%\n"
    "2.推进技术创新。高新技术产业增加值占比达到20%以上。(责任单位:县工信局)\n",
    "一、重点任务\n1.抓好发明专利。每季度完成发明专利30件,全年完成120件,确保发明专利达到省定标准,"
    "将任务分解下达至各乡镇和工业园,按季度通报进度。一、二、三、四季度分别完成9%、12%、15%、18%。(责任单位:县科技局)\n"
    "2.推进技术创新。高新技术产业增加值占比达到20%以上。(责任单位:县工信局)\n",
]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize("text", QUARTERS, ids=["own-line", "run-on"])
def test_numerals_listed_on_are_no_heading(variant: Callable[[str], str], text: str) -> None:
    """一、二、三、四季度 lists quarters: no 一、 heading, the items around it stay under the one heading."""
    doc = run(variant(text))
    assert [_ascii(s.number) for s in doc.sections] == [variant("一")]
    assert [m.number for m in doc.measures] == ["1", "2"]
