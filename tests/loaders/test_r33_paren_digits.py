"""Round 33 (after the kept-out score: heldout66 dj14): a line opening with ⑴ whose next items ⑵, ⑶ run on in it,
each right after a full stop (⑴紧盯目标任务。…。⑵推进项目投资。…。⑶培育“四上”企业。…), is cut before each: a
measure each, as 1.…。2.… is. An enumeration between semicolons (⑴企业注册地在本县;⑵年营业收入…) is left whole.
Both scripts, both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, run

HEAD = "苍溪县三季度冲刺工作措施\n一、主要任务\n"


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_paren_digit_items_run_on_after_full_stops(variant: Callable[[str], str]) -> None:
    text = HEAD + (
        "⑴紧盯目标任务。聚焦主要经济指标,力争GDP增长10.8%以上。⑵推进项目投资。深度谋划包装一批项目。"
        "⑶培育四上企业。制定分期培育计划。\n"
    )
    doc = run(variant(text))
    assert [m.number for m in doc.measures] == ["⑴", "⑵", "⑶"]
    assert [m.label for m in doc.measures] == [
        variant(t) for t in ("紧盯目标任务", "推进项目投资", "培育四上企业")
    ]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_paren_digit_items_between_semicolons_stay_one(variant: Callable[[str], str]) -> None:
    text = (
        "关于申报专项资金的通知\n一、申报条件\n⑴企业注册地在本县;⑵年营业收入500万元以上;⑶无不良信用记录。\n"
    )
    assert [m.number for m in run(variant(text)).measures] == ["⑴"]
