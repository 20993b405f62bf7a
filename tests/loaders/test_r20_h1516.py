"""Measures and units of round 20 (heldout15/heldout16 as tuning material): a task table whose unit column is
named with the units' heads (牵头单位及主要负责人, 责任单位和责任人) is a unit column, its cells the units without
the heads' names after them; a council's member units (区食药安委相关成员单位, 市安委会各成员单位) are one collective
unit, even where the measure names 相关成员单位 alone before; in a news report, the paragraphs after one that
announces the plan's tasks with a colon (报告明确2025年重点工作:) are one measure each. Inline texts in both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, family_params
from tests.loaders.test_responsibility import keys, names, run

# Each case: a text and, per measure, its title's opening and its lead units (its responsible units in MEMBERS).
Case = tuple[str, list[tuple[str, list[str]]]]

FAMILIES: dict[str, list[Case]] = {
    "unit_column_named_with_its_heads": [
        (
            "大类 | 序号 | 工作任务 | 分管市领导 | 牵头单位及主要负责人 | 落实进展情况 |\n"
            "一、提高民生保障水平 | 1 | 将低保标准提高到每人每月600元。 | 张明 | 市民政局 王立新 | 已完成。 |\n"
            "2 | 提高孤儿养育标准。 | 张明 | 市民政局 王立新 | 已完成。 |\n",
            [("将低保标准", ["市民政局"]), ("提高孤儿", ["市民政局"])],
        ),
        (
            "序号 | 重点任务 | 牵头单位和责任人 | 完成时限 |\n"
            "1 | 推进产业园建设。 | 区发改局 李强 | 2024年底 |\n"
            "2 | 实施道路改造工程。 | 区住建局 | 2024年6月 |\n",
            [("推进产业园", ["区发改局"]), ("实施道路", ["区住建局"])],
        ),
        # a cell without a head keeps every unit it names
        (
            "序号 | 工作任务 | 牵头单位及主要负责人 |\n1 | 开展安全检查。 | 区应急局 区消防救援大队 |\n",
            [("开展安全", ["区应急局", "区消防救援大队"])],
        ),
    ],
}


# Each case: a text and its one measure's responsible units.
MEMBERS: dict[str, list[tuple[str, list[str]]]] = {
    "member_units_of_a_council_are_one_collective": [
        (
            "一、重点任务\n(一)夯实管理责任。细化监管机制。(区食药安办牵头,相关成员单位按职责落实)落实行业管理责任。"
            "(区食药安委相关成员单位按职责分工负责)\n",
            ["区食药安办", "相关成员单位", "区食药安委相关成员单位"],
        ),
        (
            "一、重点任务\n(一)强化安全监管。开展隐患排查。(各成员单位按职责负责)严格执法检查。"
            "(市安委会各成员单位按职责分工负责)\n",
            ["各成员单位", "市安委会各成员单位"],
        ),
        # a body's own departments stay one unit as before
        (
            "一、重点任务\n(一)完善监管制度。制定工作方案。(相关部门负责)加强督查。(区食药安委相关部门负责)\n",
            ["相关部门", "区食药安委相关部门"],
        ),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "expected"), family_params(MEMBERS))
def test_r20_h1516_members(variant: Callable[[str], str], text: str, expected: list[str]) -> None:
    (m,) = run(variant(text)).measures
    assert names(m.responsible) == keys([variant(u) for u in expected])


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "expected"), family_params(FAMILIES))
def test_r20_h1516_family(
    variant: Callable[[str], str], text: str, expected: list[tuple[str, list[str]]]
) -> None:
    doc = run(variant(text))
    assert len(doc.measures) == len(expected)
    for m, (opening, leads) in zip(doc.measures, expected, strict=True):
        assert m.label.startswith(variant(opening))
        assert names(m.lead) == keys([variant(u) for u in leads])


# Each case: a news page and the openings of the measures it holds.
ANNOUNCED: dict[str, list[tuple[str, list[str]]]] = {
    "tasks_after_a_news_reports_announcement": [
        (
            "3月2日,某市政府工作报告全文发布。\n报告明确2025年重点工作:\n"
            "用足更加积极的财政政策,谋划储备一批重大项目。\n全力争取再融资债券,统筹化解存量债务。\n"
            "产业方面,重点实施智能装备产业园等项目。\n启动两个省实验室建设。\n",
            ["用足更加", "全力争取", "产业方面", "启动两个"],
        ),
        # a progress paragraph after the announcement is no task
        (
            "5月8日,某县政府工作报告发布。\n会议部署了今年主要任务:\n用好专项债券,盘活存量土地。\n"
            "目前,已完成土地收储120亩。\n",
            ["用好专项"],
        ),
        # without the announcement, paragraphs with no action verb stay out (the news report's own rule)
        (
            "3月2日,某市政府工作报告全文发布。\n用足更加积极的财政政策,谋划储备一批重大项目。\n"
            "全力争取再融资债券,统筹化解存量债务。\n",
            [],
        ),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "expected"), family_params(ANNOUNCED))
def test_r20_h1516_announced(variant: Callable[[str], str], text: str, expected: list[str]) -> None:
    doc = run(variant(text))
    assert [m.label[:4] for m in doc.measures] == [variant(o) for o in expected]
