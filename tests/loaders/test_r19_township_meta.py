"""Document metadata of round 19 (heldout14 pages): a portal's 发布机构 or 发布单位 giving a township by its bare name
(马屿镇, 章镇镇) is the township's government, the issuer, as a 填报单位 giving one is; a county's township issuing
(高青县木李镇人民政府) gives the township's region, named after its county (淄博市高青县木李镇).
Inline texts in both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from policykg.loaders.normalize import to_simplified
from tests.loaders.inline import IDS, VARIANTS, family_params, run

Case = tuple[str, tuple[str | None, str | None]]

# Each family's cases: a text and the issuer and region its metadata gives (None: none).
FAMILIES: dict[str, list[Case]] = {
    "a_township_publisher_by_its_bare_name_issues": [
        (
            "索引号: | 001/2024-1 | 公开方式: | 主动公开 |\n发布机构: | 石桥镇 |\n石桥镇2024年度重点工作任务分解 |\n"
            "一、全力拼抢重大项目,开工建设产业园。(责任部门:经济发展办公室)\n",
            ("石桥镇", None),
        ),
        (
            "发布单位: 清河乡\n2024年清河乡政府主要工作安排\n一、推进农田水利建设。(责任部门:农业办)\n",
            ("清河乡", None),
        ),
        # a publisher that is no body's name stays out
        (
            "发布单位: 主动公开\n2024年清河乡政府主要工作安排\n一、推进农田水利建设。(责任部门:农业办)\n",
            (None, None),
        ),
    ],
    "a_county_townships_issuer_gives_the_townships_region": [
        (
            "高青县木李镇人民政府\n标题: 高青县木李镇2024年重点任务进展情况\n发布机构: 高青县木李镇人民政府\n"
            "一、强化招商引资工作机制。(责任部门:经济发展办)\n",
            ("高青县木李镇人民政府", "淄博市高青县木李镇"),
        ),
        # the county's own government keeps the county's region
        (
            "高青县人民政府\n标题: 高青县2024年重点任务进展情况\n发布机构: 高青县人民政府\n"
            "一、强化招商引资工作机制。(责任部门:县发改局)\n",
            ("高青县人民政府", "淄博市高青县"),
        ),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_r19_township_meta(
    variant: Callable[[str], str], text: str, want: tuple[str | None, str | None]
) -> None:
    doc = run(variant(text))
    issuer = doc.meta.issuer
    label = doc.units[issuer].pref_label if issuer in doc.units else issuer
    got = to_simplified(label) if label else None
    assert (got, doc.meta.region) == want
