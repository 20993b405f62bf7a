"""Round 33 (heldout56 cx05): a page with no numbered items whose line closed by a colon hands over paragraphs that
each open with a short title sentence (在聚焦产业升级,实施工业技改焕新行动方面: / 迭新跃进,推动高端化升级。锚定… /
数智赋能,实施智能化改造。…): each such paragraph, two or more in a row, is a measure. One titled paragraph, or
paragraphs that open with a long sentence, are none. Both scripts, both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, assert_measures, run

HEAD = "区发改局起草制定了《设备更新和消费品以旧换新工作方案》,明确23项重点工作任务。\n在聚焦产业升级,实施工业技改焕新行动方面:\n"


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_titled_paragraphs_after_a_colon_are_measures(variant: Callable[[str], str]) -> None:
    text = HEAD + (
        "迭新跃进,推动高端化升级。围绕建材、轻工、机械等重点产业,实施传统产业技改升级行动。\n"
        "数智赋能,实施智能化改造。加快工业互联网建设和应用。\n"
        "废旧立新,加快绿色化转型。加快淘汰更新能耗排放不达标的老旧装置。\n"
    )
    want = [
        ("", "迭新跃进,推动", [], []),
        ("", "数智赋能,实施", [], []),
        ("", "废旧立新,加快", [], []),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize(
    "tail",
    [
        pytest.param(
            "迭新跃进,推动高端化升级。围绕建材、轻工、机械等重点产业,实施技改升级行动。\n", id="one-titled"
        ),
        pytest.param(
            "围绕建材、轻工、机械等重点产业实施传统产业技改升级行动,推动高端化升级。加快工业互联网建设。\n"
            "严格落实能耗、排放、安全等强制性标准和设备淘汰目录要求,加快绿色化转型。加快淘汰老旧装置。\n",
            id="long-openings",
        ),
    ],
)
def test_no_titled_run(tail: str) -> None:
    assert [m.label for m in run(HEAD + tail).measures] == []


REPORT = "2月4日,威海高新区总结表彰大会召开,提出要抓好10项攻坚行动,奋力开创发展新局面。\n"


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_three_titled_paragraphs_in_a_row_are_measures(variant: Callable[[str], str]) -> None:
    """heldout52 ct14: no colon before them; the first after a run-in (具体包括,)."""
    text = REPORT + (
        "具体包括,实施产业转型升级攻坚行动。电子信息产业积极拓展汽车电子、半导体赛道。\n"
        "实施招商引资突破攻坚行动。把招商引资作为经济工作一号工程来抓。\n"
        "实施企业梯次培育攻坚行动。高度关注企业、主动服务企业。\n"
    )
    titles = ["实施产业转型升级攻坚行动", "实施招商引资突破攻坚行动", "实施企业梯次培育攻坚行动"]
    doc = run(variant(text))
    assert len(doc.measures) == len(titles)
    assert all(variant(t) in m.text for m, t in zip(doc.measures, titles, strict=True))


def test_two_titled_paragraphs_with_no_colon_are_none() -> None:
    text = (
        REPORT
        + "实施招商引资突破攻坚行动。把招商引资作为一号工程来抓。\n实施企业梯次培育攻坚行动。高度关注企业。\n"
    )
    assert [m.label for m in run(text).measures] == []


@pytest.mark.parametrize(
    "text",
    [
        # review of round 33: a speech, a statistics report, meeting news, a plan cut before its measures, a report
        # of progress: short opening sentences that state no action, or a colon that hands over no tasks
        pytest.param(
            "同志们:\n今天,我们召开全县工作会议。会议的主要任务是总结工作。\n过去一年,成绩来之不易。全县上下团结奋斗。\n"
            "当前形势,机遇挑战并存。我们要保持清醒。\n",
            id="speech",
        ),
        pytest.param(
            "工业生产稳步回升。1-6月规上工业增加值增长6.1%。\n消费市场持续回暖。社会消费品零售总额增长5.2%。\n"
            "固定资产投资平稳。全市固定资产投资增长4.3%。\n",
            id="statistics",
        ),
        pytest.param(
            "3月31日,县政府召开招商推进会。副县长王明出席。\n会议听取了汇报。各单位汇报了进展。\n"
            "会议通报了情况。全县签约项目12个。\n",
            id="meeting-news",
        ),
        pytest.param(
            "某县乡村振兴实施方案\n基本原则:\n坚持党的领导。把党的领导贯穿始终。\n坚持农民主体。尊重农民意愿。\n"
            "坚持因地制宜。分类推进。\n",
            id="principles",
        ),
        pytest.param(
            "今年以来,全县工作取得阶段性成效:\n产业发展势头良好。新增规上企业12家。\n项目建设提速增效。开工项目30个。\n"
            "营商环境持续优化。办事时限压缩一半。\n",
            id="progress",
        ),
    ],
)
def test_no_titled_tasks_of_the_review(text: str) -> None:
    assert [m.label for m in run(text).measures] == []
