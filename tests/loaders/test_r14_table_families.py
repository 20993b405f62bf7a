"""Task-table layouts of round 14 (heldout6 genre: 政务公开 / 任务分工 / 河长制 lists), in Simplified and
Traditional script."""

from __future__ import annotations

import pytest

from tests.loaders.test_responsibility import IDS, VARIANTS, keys, names, run

TITLED_NUMBERS = "\n|\n".join(
    [
        "工作任务",
        "具体要求",
        "责任科室",
        "时限要求",
        "加强规范管理",
        "1",
        "全面清理规范性文件,公布有效文件目录。",
        "综合科",
        "6月底前",
        "深化信息公开",
        "2",
        "及时发布法定主动公开内容。",
        "各科室",
        "持续推进",
        "3",
        "按时编制发布年度报告。",
        "办公室",
        "年底前",
    ]
) + "\n|\n"


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_numbered_rows_under_group_titles_of_a_header_without_number(variant) -> None:  # type: ignore[no-untyped-def]
    """工作任务 | 具体要求 | 责任科室 with no 序号 column: each row gives a bare number cell after the merged group
    title; the number opens the row, the requirement is its task, the title is no measure."""
    doc = run(variant(TITLED_NUMBERS))
    assert [m.number for m in doc.measures] == ["1", "2", "3"]
    one, two, three = doc.measures
    assert names(one.responsible) == keys(["综合科"])
    assert names(two.responsible) == keys(["各科室"])
    assert names(three.responsible) == keys(["办公室"])
    assert not one.lead
    assert one.deadline is not None and "6" in one.deadline
