"""Round 35 (heldout67 dk01/dk07): collectives a duty modal charges written as one (各有关部门和单位, 区政府有关部门和单位:
单位 after the join shares the first piece's 各/有关/level; 各部门各单位: two addressees with no mark between) and the
governments of a collective of places with the other level's body in brackets (各镇(街道)人民政府(办事处)) are units;
a page's last article cut inside its list intro (…应当履行下列消) is no measure.
单位 after 、 lists a kind of its own (省级各相关部门、单位要…: dev d04's gold records none), and a bare 有关部门和单位
names no body. Both scripts, both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, assert_measures


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_collectives_joined_or_glued_are_units(variant: Callable[[str], str]) -> None:
    text = (
        "一、重点任务\n"
        "1.加强协作。各有关部门和单位要根据职责分工,密切配合。\n"
        "2.落实责任。区政府有关部门和单位要加强协作。\n"
        "3.及时报送。各部门各单位要在每季度末报送进展情况。\n"
        "4.强化领导。各镇(街道)人民政府(办事处)要切实加强组织领导。\n"
        "5.压实责任。各乡镇人民政府(街道办事处)要落实主体责任。\n"
        "6.按时报送。各部门单位要按时报送材料。\n"
    )
    want = [
        ("1", "加强协作", ["各有关部门和单位"], []),
        ("2", "落实责任", ["区政府有关部门和单位"], []),
        ("3", "及时报送", ["各部门各单位"], []),
        ("4", "强化领导", ["各镇(街道)人民政府(办事处)"], []),
        ("5", "压实责任", ["各乡镇人民政府(街道办事处)"], []),
        ("6", "按时报送", ["各部门单位"], []),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_kind_after_a_comma_or_a_vague_join_is_no_unit(variant: Callable[[str], str]) -> None:
    """dev d04: 省级各相关部门、单位要… lists 单位 as a kind of its own (the gold records none); 有关部门和单位 with no
    各 nor level is as vague as 有关部门; 各地和单位 joins places, no body."""
    text = (
        "一、重点任务\n"
        "1.全面梳理。省级各相关部门、单位要进一步梳理政策文件。\n"
        "2.加强协作。有关部门和单位要加强协作。\n"
        "3.抓好落实。各地和单位要抓好落实。\n"
    )
    want = [
        ("1", "全面梳理", [], []),
        ("2", "加强协作", [], []),
        ("3", "抓好落实", [], []),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_an_article_cut_inside_its_list_intro_is_no_measure(variant: Callable[[str], str]) -> None:
    """heldout41 ci11: the page's last article stops inside 应当履行下列…, its duties beyond the excerpt: no measure."""
    text = (
        "第四条 市消防安全委员会应当履行下列消防工作职责:\n(一)组织制定消防工作规划。\n(二)综合研判消防工作形势。\n"
        "第五条 各镇人民政府(街道办事处)应当履行下列消\n"
    )
    want = [
        ("(一)", "组织制定消防工作规划", ["市消防安全委员会"], []),
        ("(二)", "综合研判消防工作形势", ["市消防安全委员会"], []),
    ]
    assert_measures(text, want, variant)
