"""Round 44 units (heldout119 fk04, a city notice on electric bicycles): a numbered item whose text opens with
departments named by their sector's kind and a modal (质监部门要… / 公安、交通部门要…) charges them; a kind of no
sector (有关部门, 牵头部门) stays no subject. Both scripts, both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, assert_measures, run

_ITEMS = (
    "一、严格电动自行车的源头监管\n(一)质监部门要按照技术条件对生产厂商生产的电动自行车进行检测。\n"
    "(二)工商部门要严格电动自行车销售点的执照审批程序。\n(三)公安、交通部门要对申请上牌的电动自行车进行比对。\n"
)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_departments_by_their_sector_open_an_item(variant: Callable[[str], str]) -> None:
    want = [
        ("(一)", "质监部门要按照技术", ["质监部门"], []),
        ("(二)", "工商部门要严格电动", ["工商部门"], []),
        ("(三)", "公安、交通部门要对", ["公安", "交通部门"], []),
    ]
    assert_measures(_ITEMS, want, variant)


@pytest.mark.parametrize("subject", ["有关部门", "牵头部门", "相关部门", "配合部门"])
@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_kind_of_no_sector_is_no_subject(variant: Callable[[str], str], subject: str) -> None:
    text = f"一、加强监管\n(一){subject}要按照规定做好督办事项的报告工作。\n(二)工商部门要严格审批程序。\n"
    doc = run(variant(text))
    assert doc.measures[0].responsible == []


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_kind_after_a_short_title(variant: Callable[[str], str]) -> None:
    text = "一、加强监管\n(一)强化源头管理。质监部门要加强检测。\n(二)规范销售。工商部门要严格审批程序。\n"
    want = [
        ("(一)", "强化源头管理", ["质监部门"], []),
        ("(二)", "规范销售", ["工商部门"], []),
    ]
    assert_measures(text, want, variant)
