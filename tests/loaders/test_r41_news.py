"""Round 41 (heldout100 er08, a city's 物业管理 职责分工 reported in the news): once three ;-pieces of a sentence hand
bare duties out (A负责…;B负责…;C负责…), its other ;-pieces that open with a named body and a word of its share (是…
主管部门, 依托…, 要…) are the same division's, a measure each; in a news report's paragraph too, which otherwise is
one measure. A piece opening with no body stays with the piece before. Both scripts, both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from policykg.loaders.normalize import match_text
from tests.loaders.inline import IDS, VARIANTS, assert_measures, run

_NEWS = (
    "我市多部门齐抓共管小区物业管理\n发布时间:2024-03-05 来源:市融媒体中心\n"
    "近日,市政府办公室印发《物业管理工作职责分工》,对各部门承担的物业管理职责分工进行了明确。\n"
)
_DIVISION = (
    "根据职责分工,市住房和城乡建设局是全市物业管理活动的行政主管部门,负责全市物业管理活动的监督管理工作;"
    "市城市管理局负责查处小区内违法搭建行为;市公安局依托辖区派出所加强小区治安巡逻;"
    "市消防救援大队要深入小区开展消防安全知识宣传;市市场监督管理局负责电梯使用安全综合监管;"
    "市发展和改革局负责查处物业乱收费行为。\n"
)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_divisions_pieces_opening_with_a_body_and_its_share_are_measures(
    variant: Callable[[str], str],
) -> None:
    want = [
        ("", "市住房和城乡建设", ["市住房和城乡建设局"], []),
        ("", "市城市管理局负责", ["市城市管理局"], []),
        ("", "市公安局依托辖区", ["市公安局"], []),
        ("", "市消防救援大队要", ["市消防救援大队"], []),
        ("", "市市场监督管理局", ["市市场监督管理局"], []),
        ("", "市发展和改革局负", ["市发展和改革局"], []),
    ]
    assert_measures(_NEWS + _DIVISION, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_piece_opening_with_no_body_is_no_measure_of_its_own(variant: Callable[[str], str]) -> None:
    text = _DIVISION.replace("市公安局依托辖区派出所加强小区治安巡逻", "加强小区治安巡逻")
    want = [
        ("", "市住房和城乡建设", ["市住房和城乡建设局"], []),
        ("", "市城市管理局负责", ["市城市管理局"], []),
        ("", "市消防救援大队要", ["市消防救援大队"], []),
        ("", "市市场监督管理局", ["市市场监督管理局"], []),
        ("", "市发展和改革局负", ["市发展和改革局"], []),
    ]
    assert_measures(_NEWS + text, want, variant)


_MEETING = (
    "我市召开出租车行业管理工作会议\n发布时间:2024-03-05 来源:市融媒体中心\n"
    "3月5日,市政府召开出租车行业管理工作会议,副市长张三出席会议并讲话。\n"
)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize("level", ["市", "县", ""])
def test_departments_kinds_closed_by_etc_with_their_level_said_once(
    variant: Callable[[str], str], level: str
) -> None:
    # heldout100 er14: 市公安、交通、执法等部门要… (the level before the first kind only)
    text = (
        _MEETING + f"张三要求,一是{level}公安、交通、执法等部门要形成合力,强化黑车管理整治;"
        "二是结合口岸实际规范出租车运营管理;三是商务、发改等部门要积极协调争取天然气气源。\n"
    )
    want = [
        ("一是", f"{level}公安、交通", [f"{level}公安", "交通", "执法"], []),
        ("二是", "结合口岸实际规范", [], []),
        ("三是", "商务、发改等部门", ["商务", "发改"], []),
    ]
    assert_measures(text, want, variant)


_EXAM = (
    "某某新闻网讯 考点周边,停止施工;重点路口,交通疏导。3日,某县交通、公安、住建、卫生等部门多方联动,全力为高考保驾护航。\n"
    "该县公安部门派出值勤队,加强对考点周围的治安管理;卫生部门对考点周边的食宿场所进行卫生检查;"
    "交警部门对重要路口交通进行疏导管理;住建、规划、环保部门将停止考点周边一切施工活动;电力部门确保考试期间电路畅通。\n"
)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    "tail",
    [
        "",
        "编辑:张三\n上一篇:\n某市部门联动 政府主导部门配合\n",
        "编辑:张三\n【上一篇】\n某市部门联动 政府主导部门配合\n",
    ],
    ids=["alone", "neighbour-link", "bracketed-link"],
)
def test_departments_by_kind_acting_in_semicolon_pieces(variant: Callable[[str], str], tail: str) -> None:
    # heldout88 ef07: a report's ;-pieces each opened by a department's kind and its act, a measure each; the
    # neighbouring report's headline under 上一篇: is no paragraph of the page's
    want = [
        ("", "公安部门派出值勤", ["公安部门"], []),
        ("", "卫生部门对考点周", ["卫生部门"], []),
        ("", "交警部门对重要路", ["交警部门"], []),
        ("", "住建、规划、环保", ["住建", "规划", "环保部门"], []),
        ("", "电力部门确保考试", ["电力部门"], []),
    ]
    assert_measures(_EXAM + tail, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_numbered_items_kinds_pieces_stay_the_items(variant: Callable[[str], str]) -> None:
    text = (
        "关于加强住宅小区管理的意见\n一、重点任务\n(一)加强小区设施整治。市政部门负责修补破损道路;规划部门要将退化绿地"
        "变更为停车位;供电部门要及时修复小区内损坏的设施。\n(二)加强物业服务监管。物业主管部门要加强日常检查。\n"
    )
    got = [m.number for m in run(variant(text)).measures]
    assert [match_text(n) for n in got] == ["(一)", "(二)"]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize("verb", ["指出", "强调"])
def test_a_speakers_view_then_a_moment_before_the_demand(variant: Callable[[str], str], verb: str) -> None:
    # heldout94 el05: 王敢峰指出,…具有重要意义。当前,我县正处于…机遇期,相关部门要提高认识,…。要抓住…。各单位要…
    text = (
        _MEETING + f"张三{verb},专项债券项目的谋划和储备,是稳经济、促发展的重要举措,具有重要意义。"
        "当前,我县正处于专项债券项目推进难得机遇期,相关部门要提高认识,明确专人推动工作。"
        "要抓住时间节点筛选上报,尽快完善手续。各单位要结合本部门实际去谋划。\n"
    )
    got = [m.label[:8] for m in run(variant(text)).measures]
    want = [variant(w) for w in ("当前,我县正处于", "要抓住时间节点筛", "各单位要结合本部")]
    assert [match_text(g) for g in got] == [match_text(w) for w in want]
