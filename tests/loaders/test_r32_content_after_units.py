"""Round 32 (heldout61 de04, a 重点民生实事工作目标任务 table one cell a line: 序号 | 事项名称 | 责任单位 | 事项内容):
a content column named …内容 after the unit column is the row's text, as a …目标 column is; its figures are the
row's targets. A progress column after the units stays out. Both scripts, both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, run

ROWS = [
    ("1", "实施老旧小区居住品质提升工程", "住房城乡建设局", "完成50台老旧电梯更新改造。"),
    ("2", "开展消防安全应急防护能力建设", "消防救援大队", "高层建筑消防物联感知设备接入率达到100%。"),
    ("3", "实施中学扩容提质工程", "教育局", "新增学位1200个。"),
]


def _table(last: str) -> str:
    rows = [("序号", "事项名称", "责任单位", last), *ROWS]
    return "2026年重点民生实事工作目标任务\n\n" + "".join(c + "\n\n" for r in rows for c in r)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_content_column_after_the_units_gives_the_targets(variant: Callable[[str], str]) -> None:
    doc = run(variant(_table("事项内容")))
    got = [(m.number, [(str(t.value), t.unit) for t in m.targets]) for m in doc.measures]
    assert got == [("1", [("50", "台")]), ("2", [("100", "%")]), ("3", [("1200", "个")])]
    assert [len(m.responsible) for m in doc.measures] == [1, 1, 1]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_progress_column_after_the_units_gives_none(variant: Callable[[str], str]) -> None:
    doc = run(variant(_table("进展情况")))
    assert [m.number for m in doc.measures] == ["1", "2", "3"]
    assert all(not m.targets for m in doc.measures)
