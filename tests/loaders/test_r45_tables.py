"""Round 45 tables (heldout127 fs03, a ministry's key-performance table): a 牵头负责司局 column gives each row's lead
bureau; a count for each thing (各80个) in the expected-result column is no collective of bodies. Both scripts, both
punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, assert_measures

_HEAD = "序号 |\n指标名称 |\n预期效果 |\n完成时限 |\n指标 属性 |\n{label} |\n备注 |\n"
_ROWS = (
    "1 |\n创建国家级示范区 |\n确定首批示范区创建名单 |\n6月 |\n预期性 |\n规划司 |\n|\n"
    "2 |\n遴选公告中小企业公共服务示范平台数量 |\n各80个 |\n12月 |\n约束性 |\n中小企业局 |\n|\n"
    "3 |\n钢铁去产能规模 |\n3000万吨左右 |\n12月 |\n约束性 |\n原材料工业司 |\n|\n"
)


@pytest.mark.parametrize("label", ["牵头负责司局", "牵头司局"])
@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_lead_bureau_column(variant: Callable[[str], str], label: str) -> None:
    text = "2018年,我们继续制定和公开相关指标。\n" + _HEAD.format(label=label) + _ROWS
    want = [
        ("1", "创建国家级示范区", ["规划司"], ["规划司"]),
        ("2", "遴选公告中小企业公共服务示范平台数量", ["中小企业局"], ["中小企业局"]),
        ("3", "钢铁去产能规模", ["原材料工业司"], ["原材料工业司"]),
    ]
    assert_measures(text, want, variant)
