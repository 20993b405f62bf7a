"""Round 40's third review (/work/review40/report_c.md) and the kept-out part read after its score (heldout98 ep13): a
sentence's first comma piece charging its own bodies with a modal is no task title before the next piece's subject
(县住建局要…,县财政局负责… keeps both); a level's share of a cost after 负责 (市级财政负责60%) is no duty; departments'
kinds closed by 等部门 as a data source, a modifier or the doers of a past act are no units; departments named by
kind, each a line with a bare 负责, three at least, hand duties out (heldout98 ep13). Both scripts, both
punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, run

_PLAN = "关于做好2024年重点工作的实施方案\n一、重点任务\n"
_NEWS = "我县部署春耕生产\n发布时间:2024-04-12 来源:县融媒体中心\n3月11日,县政府召开春耕生产推进会。"


def _units(text: str) -> list[list[str]]:
    return [[u.surface for u in m.responsible] for m in run(text).measures]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            _PLAN + "(一)推进老旧小区改造。县住建局要加快推进改造进度,县财政局负责资金保障。\n",
            [["县住建局", "县财政局"]],
        ),
        (
            _PLAN + "(一)推进老旧小区改造。县住建局将加快推进改造进度,县财政局负责资金保障。\n",
            [["县住建局", "县财政局"]],
        ),
        (
            _NEWS + "会议要求,县农业农村局要加强技术指导,县财政局负责资金保障,县供销社负责农资供应。\n",
            [["县农业农村局", "县财政局", "县供销社"]],
        ),
        (
            _NEWS + "王县长要求,各乡镇要抓好春耕备耕,县农业农村局负责技术指导。\n",
            [["各乡镇", "县农业农村局"]],
        ),
        (_PLAN + "(一)落实配套资金。其中,市级财政负责60%,县级财政负责40%。\n", [[]]),
        (_PLAN + "(一)加强监测预警。公安、交通等部门数据显示,全县道路交通事故同比下降12%。\n", [[]]),
        (_PLAN + "(一)抓好政策落实。教育、卫健等部门出台的政策措施全部落实到位。\n", [[]]),
    ],
)
def test_round40_review_regressions(variant: Callable[[str], str], text: str, want: list[list[str]]) -> None:
    assert _units(variant(text)) == [[variant(u) for u in units] for units in want]


def test_kinds_reporting_a_past_act_are_no_units() -> None:
    text = "2023年度工作总结\n一、主要工作成效\n(一)专项整治成效明显。市场监管、公安等部门联合开展了专项整治,查处违法案件120起。\n"
    assert all(m.responsible == [] for m in run(text).measures)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_departments_named_by_kind_handing_duties_out_line_by_line(variant: Callable[[str], str]) -> None:
    """heldout98 ep13 (read after the kept-out score): a 管理办法's division of duties quoted on a Q&A page, each line a
    department's kind and a bare 负责, three at least: a measure a line, the kind its unit."""
    text = (
        "生活垃圾分类由谁负责?\n其他相关部门和单位履行以下职责:\n"
        "发展和改革部门负责将生活垃圾分类工作纳入循环经济发展等规划;\n"
        "自然资源和规划部门负责将生活垃圾分类设施建设内容纳入相关规划;\n"
        "生态环境部门负责生活垃圾污染环境防治的监督管理等工作;\n"
    )
    assert _units(variant(text)) == [
        [variant("发展和改革部门")],
        [variant("自然资源和规划部门")],
        [variant("生态环境部门")],
    ]


def test_two_kinds_and_their_bare_duty_are_no_division() -> None:
    text = "生活垃圾分类由谁负责?\n发展和改革部门负责纳入规划;\n生态环境部门负责监督管理。\n"
    assert run(text).measures == []
