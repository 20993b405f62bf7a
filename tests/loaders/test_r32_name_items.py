"""Round 32 (heldout61 de05, heldout58 dc13: 通报 pages): a numbered run whose every item is one place's or one body's
name, run together on one line (1、金寨县;2、金安区;3、裕安区) or each with a bracket reporting its figures
(1.棣花镇(累计到位资金9050万元,占年度目标任务的36.2%);), is a ranking or a roll of names: no measures. Items that do
something with a name (1.建成县残疾人综合服务中心) stay measures. Both scripts, both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, assert_measures, run

TASKS = "二、部分项目进展情况\n1、学前教育促进,牵头单位:市教体局。\n2、教师培训,牵头单位:市教体局。\n"


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_ranking_of_places_on_one_line_is_no_measures(variant: Callable[[str], str]) -> None:
    text = (
        "全市民生工程实施进度通报\n一、各县区实施进度综合排名\n"
        "1、金寨县;2、舒城县;3、霍山县;4、霍邱县。\n" + TASKS
    )
    want = [("1", "学前教育促进", ["市教体局"], ["市教体局"]), ("2", "教师培训", ["市教体局"], ["市教体局"])]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_bodies_with_their_figures_in_brackets_are_no_measures(variant: Callable[[str], str]) -> None:
    text = (
        "关于招商引资目标任务完成情况的通报\n一、基本情况\n完成较好的部门有:\n"
        "1.县招商服务中心(累计到位资金19825万元,占年度目标任务的32.14%);\n"
        "2.县发改局(累计到位资金18000万元,占年度目标任务的30%);\n"
        "3.县农业农村局(累计到位资金11100万元,占年度目标任务的22.2%)。\n" + TASKS
    )
    doc = run(variant(text))
    assert [m.number for m in doc.measures] == ["1", "2"]
    assert all("招商" not in m.label for m in doc.measures)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_places_with_their_tasks_stay_measures(variant: Callable[[str], str]) -> None:
    text = (
        "农村改厕任务分解\n1、金寨县完成改厕2000户(县农业农村局负责);\n2、舒城县完成改厕1500户(县农业农村局负责);\n"
        "3、霍山县完成改厕1000户(县农业农村局负责)。\n"
    )
    doc = run(variant(text))
    assert [m.number for m in doc.measures] == ["1", "2", "3"]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_places_with_their_tasks_in_brackets_stay_measures(variant: Callable[[str], str]) -> None:
    """Review of round 32: a bracket that assigns (完成造林1.2万亩) is no report on the name."""
    text = (
        "关于下达2023年植树造林任务的通知\n各县(区)人民政府:\n现将2023年植树造林任务下达如下:\n"
        "1.金寨县(完成造林1.2万亩)\n2.霍邱县(完成造林0.8万亩)\n3.舒城县(完成造林1万亩)\n请各地抓紧组织实施。\n"
    )
    doc = run(variant(text))
    assert [m.number for m in doc.measures] == ["1", "2", "3"]
    assert [str(t.value) for m in doc.measures for t in m.targets] == ["12000", "8000", "10000"]
