"""Round 32 (heldout54 cv02, heldout47 co06): numbered items two of which open with an activity's field word
(1.时 间:… / 2.参与活动企业:… / 3.活动内容:… ; 1、宣传对象。… 2、宣传内容。…) state the particulars of the item above:
that item is the measure, they are none. A project card's field items (5.项目实施单位及责任人:…) stay the card's
fields, and items that merely mention a time stay measures. Both scripts, both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, run

HEAD = "关于开展汽车促消费活动的通知\n三、活动安排\n"


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_an_activitys_particulars_are_no_measures(variant: Callable[[str], str]) -> None:
    text = HEAD + (
        "(一)扩大汽车消费。\n1.时 间:2022年6月9日至2023年1月31日。\n2.参与活动企业:省内重点汽车零售企业。\n"
        "3.活动内容:对当季促销活动投入金额不低于50万元的汽车零售主体给予奖励。\n(二)促进家电消费。市商务局要组织开展家电促销活动。\n"
    )
    doc = run(variant(text))
    assert [m.number for m in doc.measures] == ["(一)", "(二)"]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_project_cards_fields_stay_its_fields(variant: Callable[[str], str]) -> None:
    text = (
        "2022年度衔接资金项目公示\n一、小堡村小型农田水利设施补短板建设项目\n1.项目实施地点:沁城乡小堡村\n"
        "2.项目建设内容:新建渠首一座\n3.项目建设期限:2022年\n4.项目实施单位及责任人:伊州区水利局,刘文玲\n"
    )
    doc = run(variant(text))
    assert [m.number for m in doc.measures] == ["一"]
    assert [u.surface for u in doc.measures[0].responsible] == [variant("伊州区水利局")]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_tasks_that_name_a_time_stay_measures(variant: Callable[[str], str]) -> None:
    text = HEAD + (
        "(一)扩大汽车消费。\n1.延长促销时间,鼓励企业开展夜间促销活动。\n2.丰富活动内容,举办汽车展销会。\n"
        "3.加大宣传力度。\n"
    )
    doc = run(variant(text))
    assert [m.number for m in doc.measures] == ["1", "2", "3"]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_tasks_on_a_time_or_a_content_stay_measures(variant: Callable[[str], str]) -> None:
    """Review of round 32: a verb before the field word makes a task (缩短审批时间。 / 丰富宣传内容。)."""
    text = (
        "关于优化营商环境的实施方案\n三、主要任务\n(一)提升政务服务效率\n"
        "1.缩短审批时间。将审批时限压缩至5个工作日,县政务服务中心负责。\n"
        "2.拓展服务内容。推行帮办代办服务,县数据资源局负责。\n3.加强队伍建设。\n"
    )
    doc = run(variant(text))
    assert [m.number for m in doc.measures] == ["1", "2", "3"]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_later_list_of_particulars_leaves_the_tasks_before_it(variant: Callable[[str], str]) -> None:
    """Review of round 32: the particulars' run restarts at 1; the task list above it is another run."""
    text = (
        "关于开展消费季活动的通知\n一、工作任务\n(一)做好活动保障\n1.落实活动经费,县财政局负责。\n"
        "2.做好安全保卫,县公安局负责。\n3.加强市场监管,县市场监管局负责。\n活动安排如下:\n"
        "1.活动时间:2023年5月1日至5月31日。\n2.活动地点:县城商业街。\n"
    )
    doc = run(variant(text))
    assert [m.number for m in doc.measures][:3] == ["1", "2", "3"]
    assert [len(m.responsible) for m in doc.measures][:3] == [1, 1, 1]
