"""Units of round 20's pages: a people label that lost its colon inside a clause (dev17: (责任单位:A、B;责任人;张三)):
the label and the names after it are people, no units; the units before it stay. A kind of department named with no
place, level or collective (dev18: 发挥农业农村部门牵头作用) names a sector's role, no body to lead the task; a named
body's leading role still leads it. Inline texts in both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, family_params, run

# Each family's cases: a page and the surface forms of its one measure's units.
FAMILIES: dict[str, list[tuple[str, list[str]]]] = {
    "a_people_label_without_its_colon_ends_the_units": [
        (
            "一、主要任务\n1.生活垃圾定点投放,做到每天清扫。(责任单位:城管办、环卫所;责任人;张三)\n",
            ["城管办", "环卫所"],
        ),
        ("一、主要任务\n1.河塘集中清理。(责任单位:水务站;负责人;李四、王五)\n", ["水务站"]),
        # with its colon the label was always read
        ("一、主要任务\n1.河塘集中清理。(责任单位:水务站;负责人:李四)\n", ["水务站"]),
    ],
    "a_kind_of_department_in_a_leading_role_is_no_body": [
        ("(一)取得人居环境整治新成绩。聚焦乡村振兴战略,发挥农业农村部门牵头作用,推进农村厕所改造。\n", []),
        (
            "(一)取得人居环境整治新成绩。聚焦乡村振兴战略,发挥市农业农村局牵头作用,推进农村厕所改造。\n",
            ["市农业农村局"],
        ),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_people_label_ends_units(variant: Callable[[str], str], text: str, want: list[str]) -> None:
    doc = run(variant(text))
    assert len(doc.measures) == 1
    assert [u.surface for u in doc.measures[0].responsible] == [variant(w) for w in want]
