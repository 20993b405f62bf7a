"""Responsible units of round 18 (unseen progress tables): a one-line row whose unit cell opens with a progress
status (已完成。…) lost its unit cell to a cell merged over the rows of one lead; the unit is the row above's, and
the status is no unit. Inline texts in both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, family_params
from tests.loaders.test_responsibility import keys, names, run

HEADER = "序号 | 项目内容 | 月度工作计划 | 牵头单位 | 落实情况 |\n"
# Each measure's (units, leads) as written, in order
Want = list[tuple[list[str], list[str]]]
Case = tuple[str, Want]

FAMILIES: dict[str, list[Case]] = {
    "a_status_in_the_unit_cell_takes_the_unit_above": [
        (
            HEADER
            + "1 | 免费接种流感疫苗2万人。 | 4月:制定接种方案。 | 县卫生健康局 | 已完成。已制定方案。 |\n"
            "2 | 免费开展癌症筛查7400人。 | 4月:完成筛查1480人。 | 已完成。完成筛查3495人。 | |\n",
            [(["县卫生健康局"], ["县卫生健康局"]), (["县卫生健康局"], ["县卫生健康局"])],
        ),
        (
            HEADER + "1 | 新增配置除颤仪47台。 | 4月:公布采购意向。 | 县红十字会 | 正在推进。 |\n"
            "2 | 培训救护人员235人。 | 4月:明确培训对象。 | 正在推进。已确定点位。 | |\n"
            "3 | 实现医保一地签约。 | 4月:对接系统。 | 县医疗保障局 | 已完成。 |\n",
            [
                (["县红十字会"], ["县红十字会"]),
                (["县红十字会"], ["县红十字会"]),
                (["县医疗保障局"], ["县医疗保障局"]),
            ],
        ),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_r18_merged_unit_cells(variant: Callable[[str], str], text: str, want: Want) -> None:
    doc = run(variant(text))
    got = [(names(m.responsible), names(m.lead)) for m in doc.measures]
    assert got == [(keys(units), keys(leads)) for units, leads in want]
