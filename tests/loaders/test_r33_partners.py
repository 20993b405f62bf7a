"""Round 33 (heldout47 co07): a body that 发挥(行业)牵头作用 leads its item as one that 牵头 does (教育行政部门发挥行业
牵头作用,协同…), and 协同 brings the lead's partners in as 联合 and 会同 do (县发改局牵头,协同县财政局、县自然资源局
等部门,做好…). 发挥A部门牵头作用 with A a kind of department and no place names a sector's role, no lead; 协同 as a
word of the task (区域协同发展) names no partner. Both scripts, both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, assert_measures

HEAD = "关于加强防溺水工作的实施方案\n一、工作措施\n"


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_lead_role_and_its_partners(variant: Callable[[str], str]) -> None:
    text = HEAD + (
        "(一)强化部门联动。县教育局发挥牵头作用,协同县公安局、县水利局,加强重点水域巡查。\n"
        "(二)保障要素供给。县发改局牵头,协同县财政局、县自然资源局等部门,做好用地保障。\n"
        "(三)推进区域协同发展。各乡镇要协同开展巡查。\n"
    )
    want = [
        ("(一)", "强化部门联动", ["县教育局", "县公安局", "县水利局"], ["县教育局"]),
        ("(二)", "保障要素供给", ["县发改局", "县财政局", "县自然资源局"], ["县发改局"]),
        ("(三)", "推进区域协同发", ["各乡镇"], []),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_partners_named_right_after_the_leads_verb(variant: Callable[[str], str]) -> None:
    """由A牵头B、C等单位,…: 牵头 with the bodies it brings in as its object, closed by 等 and a word for bodies."""
    text = HEAD + (
        "(一)做好统计监测。由县统计局牵头县发改局、县工信局等单位,做好季度监测。\n"
        "(二)做好宣传引导。由县委宣传部牵头组织开展宣传活动。\n"
    )
    want = [
        ("(一)", "做好统计监测", ["县统计局", "县发改局", "县工信局"], ["县统计局"]),
        ("(二)", "做好宣传引导", ["县委宣传部"], ["县委宣传部"]),
    ]
    assert_measures(text, want, variant)
