"""Round 33 (heldout55 cw10): a page with no numbered items names its tasks and runs them on after a colon, one a
;-piece (…控烟履约工作的目标任务是:积极推进控烟立法;力争…;创建…): each piece is a measure, three or more of them.
Two pieces are a sentence's clauses; a colon after no task word hands over no tasks. Both scripts, both
punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, assert_measures, run

LEAD = "4月30日,记者从市卫健委了解到,我市将全面推进控烟工作。\n"


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_named_tasks_run_on_are_measures(variant: Callable[[str], str]) -> None:
    text = LEAD + (
        "据介绍,全市控烟履约工作的目标任务是:积极推进控烟立法;力争把市级党政机关全部建成无烟机关;"
        "深入开展烟草危害宣传;加强戒烟门诊建设,提高戒烟服务能力。\n"
    )
    want = [
        ("", "积极推进控烟立", [], []),
        ("", "力争把市级党政", [], []),
        ("", "深入开展烟草危", [], []),
        ("", "加强戒烟门诊建", [], []),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            LEAD + "据介绍,全市控烟工作的目标任务是:积极推进控烟立法;加强戒烟门诊建设。\n", id="two-pieces"
        ),
        pytest.param(
            LEAD + "据介绍,监测显示:成人吸烟率为24.8%;青少年吸烟率为3.9%;公共场所吸烟率下降。\n",
            id="no-task-word",
        ),
    ],
)
def test_no_named_tasks(text: str) -> None:
    assert [m.label for m in run(text).measures] == []


@pytest.mark.parametrize(
    "text",
    [
        # review of round 33: goals (document targets), work done, slogans
        pytest.param(
            LEAD
            + "据介绍,全市控烟工作的目标任务是:到2025年,成人吸烟率降至20%以下;到2025年,无烟机关覆盖率达到100%;"
            "到2030年,全面无烟法规保护人口比例达到80%。\n",
            id="goals",
        ),
        pytest.param(
            "全市控烟工作总结\n去年全市控烟主要工作有:建成无烟机关120家;建成无烟医院80家;设立戒烟门诊30家。\n",
            id="work-done",
        ),
        pytest.param(LEAD + "会议指出,今年的工作重点是:抓项目;促发展;保稳定;惠民生。\n", id="slogans"),
    ],
)
def test_no_named_tasks_of_the_review(text: str) -> None:
    assert [m.label for m in run(text).measures] == []
