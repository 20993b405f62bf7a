"""Round 45 news: 表示 quotes no demand (与会同志一致表示,要… / 集团董事长李明表示,项目建设团队要… / 居民纷纷表示,希望…:
pledges and the words of firms and people, round 45's review; a meeting's demands follow 强调 / 要求). Both scripts,
both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, run

_MEETING = (
    "县委召开全县工业经济推进会议\n"
    "近日,县委召开全县工业经济推进会议,听取了各乡镇工作情况的汇报,并提出下一阶段的工作要求。{said}\n"
)


@pytest.mark.parametrize(
    "said",
    [
        "与会同志一致表示,要认真学习贯彻会议精神,切实把思想和行动统一到县委决策部署上来。",
        "集团董事长李明表示,项目建设团队要倒排工期,力争年底前投产,实现年产值30亿元。",
        "附近居民纷纷表示,希望政府要加快道路建设。",
    ],
)
@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_words_after_biaoshi_demand_nothing(variant: Callable[[str], str], said: str) -> None:
    doc = run(variant(_MEETING.format(said=said)))
    assert not doc.measures, [m.label for m in doc.measures]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_closing_byline_bracket_is_no_clause(variant: Callable[[str], str]) -> None:
    # …(通讯员:江江 来源:云霄县农业农村局): the report's byline, not a bracket of units (heldout129 fu11)
    text = (
        "近日,县农业农村局会同县自然资源局开展专项整治工作现场督查。\n"
        "下阶段,县农业农村局将牵头有关责任单位继续立足标本兼治,强化问题整改落实力度。(通讯员:江江 来源:云霄县农业农村局)\n"
    )
    doc = run(variant(text))
    surfaces = [r.surface for m in doc.measures for r in m.responsible]
    assert not any(variant("通讯员") in s for s in surfaces), surfaces
