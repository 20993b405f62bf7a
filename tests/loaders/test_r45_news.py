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
