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
