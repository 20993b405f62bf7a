"""Round 44 targets and labels (heldout117 fi07, a city's 惠企政策 list): a class of firms set by a figure after 过
(产值过100亿元的龙头骨干企业) and a class of projects whose threshold a bracketed remark follows (投资1亿元以上(战略性
新兴产业项目可适当放宽)的技改项目) are no targets; a label qualified by what is assigned (【政策落实单位】) names
each item's units. Both scripts, both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, assert_measures, run


def _figures(text: str, variant: Callable[[str], str]) -> list[tuple[str, str]]:
    doc = run(variant(text))
    return [(f"{t.value:f}", t.unit) for t in doc.measures[0].targets]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_class_after_guo_is_no_target(variant: Callable[[str], str]) -> None:
    text = "1.支持龙头企业。围绕加快培育产值过100亿元的龙头骨干企业,推动企业生产换线。\n2.加强保障。\n"
    assert _figures(text, variant) == []


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_goal_after_guo_stays(variant: Callable[[str], str]) -> None:
    text = "1.做大经济总量。力争全市生产总值过100亿元。\n2.加强保障。\n"
    assert _figures(text, variant) == [("100", "亿元")]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_class_with_a_remark_before_its_noun(variant: Callable[[str], str]) -> None:
    text = (
        "1.评选标杆项目。每年从年度完成投资1亿元以上(战略性新兴产业项目可适当放宽)的技改项目中,"
        "评选20个标杆项目。\n2.加强保障。\n"
    )
    assert _figures(text, variant) == [("20", "个")]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_qualified_label_names_the_units(variant: Callable[[str], str]) -> None:
    text = (
        "1.【优惠内容】对企业给予一次性贴息补助。\n【政策依据】《关于加大技术改造投入的实施方案》\n"
        "【政策落实单位】市工信局、市财政局\n2.【优惠内容】重点支持标杆项目。\n【政策落实单位】市商务局\n"
    )
    want = [
        ("1", "【优惠内容】对企业", ["市工信局", "市财政局"], []),
        ("2", "【优惠内容】重点支", ["市商务局"], []),
    ]
    assert_measures(text, want, variant)
