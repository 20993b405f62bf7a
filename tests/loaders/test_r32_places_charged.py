"""Round 32 (heldout46 cn14, heldout51 cs11/cs12, heldout60 db07): an item whose only subject is the document's places
as a whole (各地要… / 各地区要…) charges them: 各地 is its unit, no lead. Beside a named body the item charges
(省水利厅要…。各地要…) the places are the addressees' duty and no unit (the gold's majority); an exhortation
(充分认识…重要性。各地要…) charges nobody. Both scripts, both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, assert_measures

HEAD = "关于规范零工市场建设的实施意见\n一、规范零工市场基础建设\n"


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_the_places_as_the_only_subject_are_the_unit(variant: Callable[[str], str]) -> None:
    text = (
        HEAD + "(一)开展零工市场摸排。各地要深入摸排本地区现有零工市场数量。\n"
        "(二)加强场地保障。各地区要统筹利用现有场地,建设零工市场。\n"
    )
    want = [("(一)", "开展零工市场摸排", ["各地"], []), ("(二)", "加强场地保障", ["各地区"], [])]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_beside_a_named_body_the_places_are_no_unit(variant: Callable[[str], str]) -> None:
    text = HEAD + "(一)加强监管。省人力资源社会保障厅要加强指导,各地要抓好落实。\n"
    want = [("(一)", "加强监管", ["省人力资源社会保障厅"], [])]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_an_exhortation_charges_nobody(variant: Callable[[str], str]) -> None:
    text = (
        HEAD
        + "(一)充分认识零工市场建设的重要性。各地要提高思想认识。\n(二)加强宣传引导。市人力资源社会保障局要加大零工市场宣传力度。\n"
    )
    want = [("(一)", "充分认识零工市场", [], []), ("(二)", "加强宣传引导", ["市人力资源社会保障局"], [])]
    assert_measures(text, want, variant)
