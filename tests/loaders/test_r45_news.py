"""Round 45 news: a speaker's words after 表示 at a meeting (王玉印副局长表示,各战略性产业集群牵头部门要…: heldout122
fn06) demand when a modal follows, as after 强调 / 要求; a view with no modal (他表示,这是…) charges nothing. Both
scripts, both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, run

_MEETING = (
    "广州市工信局组织召开链主企业遴选工作会议\n"
    "近日,广州市工业和信息化局副局长王玉印主持召开市战略性产业集群链主企业遴选工作会议,听取了申报情况的汇报,"
    "并提出下一阶段的工作要求。王玉印副局长表示,{said}\n"
)


@pytest.mark.parametrize("subject", ["各战略性产业集群牵头部门", "市工信局"])
@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_speakers_demand_after_biaoshi(variant: Callable[[str], str], subject: str) -> None:
    said = f"{subject}要深刻认识链主企业的重要作用,深入广泛发动企业积极申报。"
    doc = run(variant(_MEETING.format(said=said)))
    assert [[r.surface for r in m.responsible] for m in doc.measures] == [[variant(subject)]]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_view_after_biaoshi_demands_nothing(variant: Callable[[str], str]) -> None:
    said = "链主企业是产业链的核心,对带动上下游企业协同发展具有重要作用。"
    doc = run(variant(_MEETING.format(said=said)))
    assert not any(m.responsible for m in doc.measures)
