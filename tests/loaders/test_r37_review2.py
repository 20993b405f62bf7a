"""Round 37's review of its table and structure families (/work/review37: ~180 probes): regressions against round
36 and false fires, each a regression test. Both scripts, both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, measure_numbers, run


def _got(text: str, variant: Callable[[str], str]) -> list[tuple[str, list[str]]]:
    doc = run(variant(text))
    return [(m.label, [r.surface for r in m.responsible]) for m in doc.measures]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_sections_titled_daoxiang_keep_their_tasks(variant: Callable[[str], str]) -> None:
    """三、政策导向 / (一)加大财政支持。市财政局要…: only 发展导向 (under 总体要求) is a frame; other …导向 titles head tasks."""
    text = (
        "三、政策导向\n(一)加大财政支持。市财政局要每年安排专项资金5000万元。\n(二)落实税收优惠。市税务局要落实加计扣除政策。\n"
        "四、重点工作\n(一)市场导向。建立以市场需求为导向的科技项目立项机制。(责任单位:市科技局)\n"
        "(二)人才导向。完善科技人才评价机制。(责任单位:市人社局)\n"
    )
    got = _got(text, variant)
    assert [u for _, u in got] == [[variant(x)] for x in ("市财政局", "市税务局", "市科技局", "市人社局")], (
        got
    )


@pytest.mark.parametrize(
    "title",
    ["四、工作步骤及任务分工", "五、保障措施和实施步骤"],
)
@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_steps_titles_naming_a_division_or_safeguards_stay_steps(
    variant: Callable[[str], str], title: str
) -> None:
    text = (
        "三、主要任务\n1.加强源头管控。县市场监管局要开展生产销售企业检查。\n"
        + title
        + "\n1.宣传发动阶段(5月1日至5月15日)。召开动员大会,印发工作方案。\n2.组织实施阶段(5月16日至10月31日)。全面开展专项整治。\n"
    )
    assert measure_numbers(run(variant(text))) == ["1"]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_body_named_after_an_action_word_keeps_its_role(variant: Callable[[str], str]) -> None:
    """建设单位负责…: 建设 opens the body's name, not a task (引导企业落实… stays no body)."""
    text = (
        "二、重点任务\n(一)落实质量责任。各乡镇要加强巡查,建设单位负责落实首要责任,监理单位负责旁站监理。\n"
    )
    assert _got(text, variant)[0][1] == [variant(x) for x in ("各乡镇", "建设单位", "监理单位")]


_HEAD = "2023年重点工作进展情况\n\n项目名称\n\n项目内容\n\n责任单位\n\n进展情况\n\n(一)\n\n"


@pytest.mark.parametrize(
    ("rows", "want"),
    [
        # a task ending like a body (…中心 / …3所) is no unit cell
        (
            "养老服务\n\n新增社区食堂10个\n\n区民政局\n\n已建成4个\n\n新建街道综合养老服务中心\n\n区民政局\n\n主体已封顶\n",
            [["区民政局"], ["区民政局"]],
        ),
        (
            "教育\n\n新建公办幼儿园3所\n\n区教育局\n\n2所已开工\n\n新建社区卫生服务站5个\n\n区卫健委\n\n已建成2个\n",
            [["区教育局"], ["区卫健委"]],
        ),
        # a person in brackets after the unit, a zone's administration
        (
            "社会保障\n\n新增养老床位200张\n\n区民政局(李卫东)\n\n已新增80张\n\n建成智能制造产业园一期\n\n区经信局、高新区管委会\n\n已开工\n",
            [["区民政局"], ["区经信局", "高新区管委会"]],
        ),
    ],
)
@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_grouped_rows_anchor_only_on_cells_of_bodies(
    variant: Callable[[str], str], rows: str, want: list[list[str]]
) -> None:
    got = _got(_HEAD + rows, variant)
    assert [u for _, u in got] == [[variant(x) for x in us] for us in want], got
