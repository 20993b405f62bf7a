"""Round 31: a named body opening a later sentence of an item before a duty modal, where the item's opening
sentences charged none (…早达产。省重点建设项目领导小组办公室要加强跟踪服务…), in both scripts; what only looks like
a modal there (应届, 要有), a list of kinds of place, and the sentence right after the item's title stay without units."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from policykg.loaders.normalize import name_key
from tests.loaders.inline import SCRIPT_IDS, SCRIPTS, run, unit_labels

CHARGED = [
    (
        "通过实地走访、专题调度等形式协调解决问题。推动项目早开工、早建成。省重点项目办公室要加强跟踪服务和督促指导。",
        ["省重点项目办公室"],
    ),
    (
        "三是评估风险,制定预案。对拟整治区域逐一评估。市整治工作领导小组办公室要对整治区域进行风险评估。",
        ["市整治工作领导小组办公室"],
    ),
    (
        "进一步完善联席会议制度。定期通报工作进展。联席会议成员单位要按照各自职责,认真落实议定事项。",
        ["联席会议成员单位"],
    ),
    (
        "做好统计上报工作。建立月报制度。县统计局要把统计工作纳入考核内容。县财政局要保障工作经费。",
        ["县统计局", "县财政局"],
    ),
]

UNCHARGED = [
    # 应届 is no modal: the graduates of a year
    "落实就业政策,提前转正定级。对其中招聘为正式工作人员的,可提前转正。省属高校应届毕业生到基层服务满三年的,给予补助。",
    # 要有: what a body must have, no task
    "加强统计岗位(机构),完善统计网络。统计岗位可以一岗多人。有条件的可以单独设置统计站。乡(镇、街道)政府要有主管统计工作的领导。",
    # a list of kinds of place (a bare 园区 beside the collective), not of bodies
    "优化产业布局,明确主攻方向。加快构建产业格局。各县(市、区)、园区要积极对接全市规划。",
    # the sentence right after a title with a comma is read by the opening-sentence rules alone
    "加强统计岗位(机构),完善统计网络。乡(镇、街道)政府要设置统计工作岗位,统计岗位可以一岗多人。有条件的可以单独设置统计站。",
]


def _first_units(text: str) -> tuple[object, list[object]]:
    doc = run("一、加强有关工作\n" + text + "\n二、其他事项\n做好其他工作。\n")
    assert doc.measures
    return doc, list(doc.measures[0].responsible)


@pytest.mark.parametrize("variant", SCRIPTS, ids=SCRIPT_IDS)
@pytest.mark.parametrize(("text", "want"), CHARGED)
def test_later_subject_charged(text: str, want: list[str], variant: Callable[[str], str]) -> None:
    doc, refs = _first_units(variant(text))
    keys = [name_key(variant(w)) for w in want]
    assert len(refs) == len(want), [r.surface for r in refs]  # type: ignore[attr-defined]
    assert all(any(k in unit_labels(doc, r) for r in refs) for k in keys), refs  # type: ignore[arg-type]


@pytest.mark.parametrize("variant", SCRIPTS, ids=SCRIPT_IDS)
@pytest.mark.parametrize("text", UNCHARGED)
def test_later_subject_not_charged(text: str, variant: Callable[[str], str]) -> None:
    _doc, refs = _first_units(variant(text))
    assert refs == [], [r.surface for r in refs]  # type: ignore[attr-defined]
