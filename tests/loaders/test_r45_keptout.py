"""Round 45, after the kept-out score (heldout124, heldout126 read once): the entries of a list of names under a
heading titled as one (一、示范县名单 / (一)茶叶产业:勐海县、思茅区、双江县。) are no measures; an adverb between the
bodies and their modal (各镇(街道)、区级相关部门不仅要… / 县财政局还要…) keeps them the subject. Both scripts, both
punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, run


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_entries_of_a_list_of_names_are_no_measures(variant: Callable[[str], str]) -> None:
    text = (
        "各州、市人民政府,省领导小组成员单位:\n经省人民政府常务会议审议通过,将20个县列为2021年度示范县,现予公布\n"
        "一、示范县名单\n(一)茶叶产业:勐海县、思茅区、双江县。\n(二)花卉产业:开远市、晋宁区。\n(三)蔬菜产业:元谋县、通海县。\n"
        "二、工作要求\n(一)省财政抓紧下达2021年示范县创建资金。\n(二)各示范县抓紧优化细化年度创建方案。\n"
    )
    doc = run(variant(text))
    labels = [m.label for m in doc.measures]
    assert not any(variant("产业:") in label or variant("产业：") in label for label in labels), labels


@pytest.mark.parametrize("adverb", ["不仅要", "也要", "还要", "都要"])
@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_an_adverb_before_the_modal(variant: Callable[[str], str], adverb: str) -> None:
    text = (
        f"标题\n会议强调,一是强化思想认识。各镇(街道)、区级相关部门{adverb}树牢命案可防可控意识。"
        "二是主动靠前站位。各镇(街道)、各行业主管部门要推动基层调解组织充分履职。\n"
    )
    doc = run(variant(text))
    assert [r.surface for r in doc.measures[0].responsible] == [
        variant("各镇(街道)"),
        variant("区级相关部门"),
    ]
