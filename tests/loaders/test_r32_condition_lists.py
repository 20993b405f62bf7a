"""Round 32 (heldout50 cr12, heldout55 cw09): numbered items right after a sentence announcing the conditions or
cases they list (凡满足下列条件的…,可以申请为…。1、有明确的产业定位…; / 具下列情形者,视为…:) state those conditions,
no tasks: the paragraph above is the measure. Items after a sentence that announces tasks stay measures. Both
scripts, both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, run

CONDITIONS = (
    "县现代服务业集聚区认定办法\n一、认定范围\n本办法所称集聚区是指服务业企业集中的区域。\n"
    "二、认定条件\n凡满足下列条件的服务业发展载体,可以申请为县级现代服务业集聚区。"
    "1、有明确的产业定位和空间布局规划;2、有专门的管理机构和专职的工作人员;3、有较为完善的公共服务能力。\n"
)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_items_after_announced_conditions_are_no_measures(variant: Callable[[str], str]) -> None:
    doc = run(variant(CONDITIONS))
    assert not any(m.number in ("1", "2", "3") for m in doc.measures)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_cases_on_lines_of_their_own_are_no_measures(variant: Callable[[str], str]) -> None:
    text = (
        "关于登革热防治的公告\n二、公告事项:\n"
        "(一)本市各里病媒蚊监测结果,具下列情形者,视该里有疫情发生之虞。\n"
        "1、经病媒蚊密度调查,连续2周布氏指数级数超过3级。\n2、经诱卵桶监测,连续2周诱卵桶阳性率达60%。\n"
        "(二)本市有疫情发生之虞时,本府卫生局应查核本市公、私场所。\n"
    )
    doc = run(variant(text))
    assert [m.number for m in doc.measures] == ["(一)", "(二)"]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_items_after_announced_tasks_stay_measures(variant: Callable[[str], str]) -> None:
    text = (
        "关于推进服务业集聚区建设的意见\n二、主要任务\n各镇要做好以下工作。\n"
        "1、明确产业定位,编制空间布局规划;\n2、设立专门的管理机构,配齐专职工作人员;\n3、完善公共服务平台。\n"
    )
    doc = run(variant(text))
    assert [m.number for m in doc.measures] == ["1", "2", "3"]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_conditions_then_announced_tasks_or_rates_stay_measures(variant: Callable[[str], str]) -> None:
    """Review of round 32: a sentence naming conditions, then announcing tasks (具体任务如下:) or rates (按以下标准):
    the items are those tasks or rates."""
    head = "关于促进工业经济高质量发展的若干政策\n二、支持措施\n"
    tasks = (
        "(一)推进试点建设。重点支持符合以下条件的园区,具体任务如下:\n1.建设公共服务平台,县发改局负责;\n"
        "2.完善基础设施,县住建局负责;\n3.引进龙头企业,县商务局负责。\n"
    )
    rates = (
        "(一)支持企业做大做强。对符合下列条件的工业企业,按以下标准给予奖励:\n1.年营业收入首次突破1亿元的,奖励20万元;\n"
        "2.年营业收入首次突破5亿元的,奖励50万元;\n3.年营业收入首次突破10亿元的,奖励100万元。\n"
    )
    for text in (tasks, rates):
        doc = run(variant(head + text))
        assert [m.number for m in doc.measures] == ["1", "2", "3"]
