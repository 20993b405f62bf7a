"""Round 42 (heldout101 es03, a meeting report): after a speaker's demand, a sentence that divides the duties in
;-pieces each opened by its own body and modal (市公安局要…;市卫生健康委要…;团市委要…。) is a division: a measure
each piece (in a paragraph of 一是…二是… points it stays its point's text: heldout80
dx09's gold, its floor the check). Both scripts, both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, assert_measures, run

_MEETING = (
    "我市召开马拉松赛事工作会议\n发布时间:2024-03-05 来源:市融媒体中心\n"
    "3月5日,我市召开马拉松赛事工作会议,副市长张三出席会议并讲话。\n"
)
_DEMAND = (
    "张三要求,赛事组委会成员单位要抓住关键,高效有序做好各项重点工作。"
    "市公安局要提前制订好赛事安保方案;市卫生健康委要落实好赛事医疗保障各项举措;"
    "团市委要切实抓好志愿者招募培训工作;市交通运输局要安排好参赛运动员的交通保障工作。\n"
)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_division_after_a_demand_is_a_measure_a_piece(variant: Callable[[str], str]) -> None:
    want = [
        ("", "赛事组委会成员单", ["赛事组委会成员单位"], []),
        ("", "市公安局要提前制", ["市公安局"], []),
        ("", "市卫生健康委要落", ["市卫生健康委"], []),
        ("", "团市委要切实抓好", ["团市委"], []),
        ("", "市交通运输局要安", ["市交通运输局"], []),
    ]
    assert_measures(_MEETING + _DEMAND, want, variant)


_EVENT = (
    "多个成员单位科学分工保赛事\n来源:市新闻网\n"
    "本报讯 马拉松赛一天天临近,我市详细制定成员单位工作任务分解表,逐层分解,责任到人。\n"
    "市公安局现已制定防爆和反恐应急方案、安保方案等,并将全面做好赛事安检工作。\n"
    "市卫计委现落实人民医院开放绿色通道,随时待命。\n"
    "团市委积极协调500名青年志愿者为赛事提供志愿服务;市交投公司现已落实大客车用于运动员保障用车;"
    "市新闻传媒集团组织全媒体对赛事进行宣传。\n"
)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_named_bodies_shares_of_an_events_preparations(variant: Callable[[str], str]) -> None:
    # heldout101 es04: each body's share, done (现已) or to come, a measure on a page numbering nothing
    want = [
        ("", "市公安局现已制定", ["市公安局"], []),
        ("", "市卫计委现落实人", ["市卫计委"], []),
        ("", "团市委积极协调5", ["团市委"], []),
        ("", "市交投公司现已落", ["市交投公司"], []),
        ("", "市新闻传媒集团组", ["市新闻传媒集团"], []),
    ]
    assert_measures(_EVENT, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_body_leading_its_group_leads_its_share(variant: Callable[[str], str]) -> None:
    # heldout101 es06: 市公安局牵头安全保障组,… / 市交通委牵头交通保障组,…
    text = (
        "城市保障工作全面启动\n来源:新闻网\n记者日前获悉,各成员单位各司其职、主动跨前。\n"
        "市公安局牵头安全保障组,成立安全保卫工作领导小组;市交通委牵头交通保障组,已构建四大保障系统;"
        "市住建委牵头城建配套保障组,梳理了周边配套道路。\n"
    )
    want = [
        ("", "市公安局牵头安全", ["市公安局"], ["市公安局"]),
        ("", "市交通委牵头交通", ["市交通委"], ["市交通委"]),
        ("", "市住建委牵头城建", ["市住建委"], ["市住建委"]),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_two_bodies_shares_or_reported_figures_are_no_division(variant: Callable[[str], str]) -> None:
    two = _EVENT.split("团市委")[0]
    figures = _EVENT.replace("团市委积极协调", "团市委累计协调").replace("现已制定", "统计显示制定")
    assert run(variant(two)).measures == []
    assert len(run(variant(figures)).measures) < 5


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_sites_numbered_statement_with_no_heading_is_no_measure(variant: Callable[[str], str]) -> None:
    # heldout101 es08: the site's copyright clauses after the report, numbered 1、2、 with no 声明 heading above
    text = (
        "我县召开A级旅游景区创建工作推进会\n来源:县融媒体中心\n"
        "3月5日,我县召开A级旅游景区创建工作推进会。会议要求,各乡镇要严格按照目标任务,定人、定岗、定责。"
        "县文旅局将派出专业人员全程指导创建工作。\n"
        "1、凡注有“新天水讯”的稿件,均为天水日报社版权稿件,未经许可不得转载或镜像。\n"
        "2、凡注明为其它来源的信息,均转载自其它媒体,并不代表本网赞同其观点。\n"
    )
    labels = [m.label for m in run(variant(text)).measures]
    assert labels and not any("稿件" in lb or "稿件" in variant(lb) or "轉載" in lb for lb in labels)
    assert not any(m.number for m in run(variant(text)).measures)
