"""Round 45 industries: a class of trade with its members in brackets opened by 包括 (第三产业(包括交通、旅游、商贸等
行业), heldout115 fg09): the opener is no part of the first member. Both scripts, both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, run


def _industries(text: str, variant: Callable[[str], str]) -> list[str]:
    doc = run(variant(text))
    return sorted({doc.industries[r.key].pref_label for m in doc.measures for r in m.industries})


@pytest.mark.parametrize("opener", ["包括", "如", "主要包括"])
@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_an_opener_inside_the_bracket_is_no_part_of_a_member(
    variant: Callable[[str], str], opener: str
) -> None:
    text = (
        "四、保障措施\n(一)加强领导。各级政府要加强领导。\n(二)推进重点领域节能。各县区要加强节能管理,"
        f"第三产业({opener}交通、旅游、商贸等行业)要严格节能考核。\n"
    )
    got = _industries(text, variant)
    assert {"旅游", "商贸"} <= set(got) and not any(g.startswith(opener) for g in got), got


@pytest.mark.parametrize("verb", ["按照", "全面落实", "根据"])
@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_verb_of_conformity_is_no_part_of_a_trade(variant: Callable[[str], str], verb: str) -> None:
    # 按照服务业布局规划,建设…: the plan is named for the trade; the verb opens no trade's name (heldout123 fo07)
    text = f"一、完善设施\n(一)建设设施。{verb}服务业布局规划,建设和完善休闲旅游产业带。\n(二)加强服务。优化服务。\n"
    assert not any(g.startswith(verb) for g in _industries(text, variant))


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_places_firms_a_standard_and_a_platform_are_no_trades(variant: Callable[[str], str]) -> None:
    # 支持有条件的镇街(园区)、行业龙头企业…; 智能制造能力成熟度评估; 智能制造数据资源公共服务平台 (heldout127 fs01, fs10)
    text = (
        "一、推进数字化转型\n(一)建设促进中心。支持有条件的镇街(园区)、行业龙头企业、第三方行业协会等建设数字化转型促进中心。\n"
        "(二)组织申报。申报主体应在智能制造数据资源公共服务平台完成线上申报,智能制造能力成熟度评估水平达到三级。\n"
    )
    got = _industries(text, variant)
    assert not {"园区", "镇街", "行业龙头", "智能制造"} & set(got), got
