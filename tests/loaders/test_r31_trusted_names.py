"""Round 31 (heldout46 cn12, a transfer page): a role clause trusts its frame over the unit grammar. The last body of
(A、B、C负责) may be a name the grammar does not know (人民银行齐中支) when two known bodies come before it and the role
verb is glued to it; a piece holding a role verb of its own (加强统筹协调) stays work, and a bracket without a role
verb trusts nothing. 中支, the short form of 中心支行, ends a body. Both scripts, both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, assert_measures

HEAD = "关于做好就业创业工作的实施意见\n一、主要任务\n"


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_an_unknown_last_body_glued_to_the_role_verb_is_trusted(variant: Callable[[str], str]) -> None:
    text = HEAD + (
        "(一)把扩大就业摆上突出位置。建立评价机制。(市发改委、人社局、国网鹤岗供电负责,列第一位者为牵头单位,下同)\n"
        "(二)加强职业培训。开展培训。(市人社局、财政局、齐齐哈尔军分区负责)\n"
    )
    want = [
        ("(一)", "把扩大就业摆上", ["市发改委", "人社局", "国网鹤岗供电"], ["市发改委"]),
        ("(二)", "加强职业培训", ["市人社局", "财政局", "齐齐哈尔军分区"], ["市人社局"]),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_short_form_of_a_central_sub_branch_ends_a_body(variant: Callable[[str], str]) -> None:
    text = (
        HEAD
        + "(一)加大信贷支持。扩大贷款。(市发改委、人民银行齐中支负责)\n(二)加强培训。开展培训。(市人社局负责)\n"
    )
    want = [
        ("(一)", "加大信贷支持", ["市发改委", "人民银行齐中支"], []),
        ("(二)", "加强培训", ["市人社局"], []),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_work_in_the_last_piece_or_no_role_verb_trusts_nothing(variant: Callable[[str], str]) -> None:
    text = HEAD + (
        "(一)把扩大就业摆上突出位置。建立评价机制(市发改委、财政局、加强服务保障)。\n"
        "(二)加强职业培训。开展培训。(市发改委、财政局、统筹协调推进负责)\n"
        "(三)做好兜底帮扶。加强帮扶。(市民政局、财政局、兜底帮扶对象)\n"
    )
    want = [
        ("(一)", "把扩大就业摆上", [], []),
        ("(二)", "加强职业培训", [], []),
        ("(三)", "做好兜底帮扶", [], []),
    ]
    assert_measures(text, want, variant)
