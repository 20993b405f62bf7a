"""Round 41's review (/work/review41/report_a.md): a leading role named other than 牵头 (发挥主导作用, 发挥统筹作用)
designates no lead; a run-together table row's unit cell runs to the next row only with a remark column at most
after it (a 督办单位 column's names would run into it); a connective opening the piece after a carrier's is no part
of a supporter's name; a kind of zone beside a named body (化工园区) is no unit. Both scripts, both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, assert_measures

_PLAN = "关于开展专项整治的实施方案\n一、总体要求\n按照上级部署开展整治。\n二、重点任务\n(一)加强领导。\n"
_FIRST = ("(一)", "加强领导", [], [])


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("item", "units", "leads"),
    [
        ("县城投公司要发挥主导作用,县住建局要加强业务指导。", ["县城投公司", "县住建局"], []),
        ("县发改局要充分发挥统筹作用,县财政局要积极配合。", ["县发改局", "县财政局"], []),
        ("要做好资金保障工作,县财政局负责,同时县审计局参与全程审计监督。", ["县财政局"], []),
        (
            "推进挥发性有机物治理。坚持源头替代、过程控制;市生态环境局、化工园区要加强监测监控。",
            [],
            [],
        ),
    ],
)
def test_review_items(variant: Callable[[str], str], item: str, units: list[str], leads: list[str]) -> None:
    assert_measures(_PLAN + "(二)" + item + "\n", [_FIRST, ("(二)", item, units, leads)], variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_supervisors_column_after_the_unit_column_keeps_the_cell_short(
    variant: Callable[[str], str],
) -> None:
    text = (
        "重点任务分解表\n序号工作内容目标任务责任单位督办单位"
        "1推进农村生活污水治理。治理率达到45%。县生态环境局、县水利局,各乡镇县委督查室"
        "2加快农村公路提档升级。完成提档升级80公里。县交通运输局,县财政局县政府督查室\n"
    )
    want = [
        ("1", "推进农村生活污水", ["县生态环境局", "县水利局"], []),
        ("2", "加快农村公路提档", ["县交通运输局"], []),
    ]
    assert_measures(text, want, variant)
