"""Round 30 (heldout59 dd05, after its end-of-round score): a barred header whose first cell names the task in words
of its own (no column word opens it) and whose last named cell is a unit column (专项整治行业名称 | 时间安排 | 责任单位 |):
each row a measure with its units; a barred line whose last cell names no units stays text. Both scripts, both
punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, assert_measures, run

TABLE = (
    "一、专项整治安排表\n"
    "整治行业名称 | 时间安排 | 责任单位 |\n"
    "烟花爆竹 | 1月份 | 安监站 |\n"
    "电力设施 | 3月份 | 电管所 |\n"
    "交通运输 | 12月份 | 超限站 公路站 |\n"
    "二、工作要求\n"
    "各有关单位要按照时间安排制定专项整治方案。\n"
)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_rows_under_a_barred_task_first_header_are_measures(variant: Callable[[str], str]) -> None:
    want = [
        ("", "烟花爆竹", ["安监站"], []),
        ("", "电力设施", ["电管所"], []),
        ("", "交通运输", ["超限站", "公路站"], []),
    ]
    assert_measures(TABLE, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_barred_line_naming_no_units_last_is_no_header(variant: Callable[[str], str]) -> None:
    text = (
        "一、专项整治安排表\n"
        "整治行业名称 | 时间安排 | 备注 |\n"
        "烟花爆竹 | 1月份 | 无 |\n"
        "电力设施 | 3月份 | 无 |\n"
        "二、工作要求\n"
        "各有关单位要按照时间安排制定专项整治方案。\n"
    )
    doc = run(variant(text))
    assert not any(m.label.startswith(variant("烟花爆竹")) for m in doc.measures), [
        m.label for m in doc.measures
    ]


# 事项分类 | 事项名称: the category of a 民生实事 list (X分类, as X类别) and the item's name, the task (X名称, as 项目名称)
CATEGORY_TABLE = (
    "2024年民生实事任务分解方案\n"
    "序号 | 事项分类 | 事项名称 | 项目内容 | 牵头单位 | 协同单位 |\n"
    "1 | 教育工程 | 新建一批中小学校 | 新建小学2所 | 区教育局 | 区财政局 |\n"
    "2 | 医疗工程 | 新建村卫生室 | 新建村卫生室10家 | 区卫健局 | 各乡镇 |\n"
)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_an_item_name_column_is_the_task_and_its_category_is_none(variant: Callable[[str], str]) -> None:
    want = [
        ("1", "新建一批中小学校", ["区教育局", "区财政局"], ["区教育局"]),
        ("2", "新建村卫生室", ["区卫健局", "各乡镇"], ["区卫健局"]),
    ]
    assert_measures(CATEGORY_TABLE, want, variant)
