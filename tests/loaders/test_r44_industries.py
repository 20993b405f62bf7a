"""Round 44 industries (heldout117 fi08, fi09): a verb of surveying or applying before a list of trades (摸清机械制造、
新材料等产业发达地区…; 围绕申报、建设…) is no part of the first trade's name. Both scripts, both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, run


def _industries(text: str, variant: Callable[[str], str]) -> list[str]:
    doc = run(variant(text))
    return sorted({doc.industries[r.key].pref_label for m in doc.measures for r in m.industries})


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_survey_verb_opens_no_trade(variant: Callable[[str], str]) -> None:
    text = (
        "一、精准招商\n摸清机械制造、新材料等产业发达地区企业情况,开展上门招商。\n二、加强服务\n优化服务。\n"
    )
    got = _industries(text, variant)
    assert "机械制造" in got and not any(g.startswith("摸清") for g in got)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_applying_is_no_trade(variant: Callable[[str], str]) -> None:
    text = "一、加快园区建设\n围绕申报、建设化工产业园区和盐化异地搬迁转型升级两项重点工作,细化各项流程。\n二、加强服务\n优化服务。\n"
    assert "申报" not in _industries(text, variant)
