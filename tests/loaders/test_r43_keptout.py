"""Round 43, readings of the kept-out parts' misses after their one score (heldout109-110). Both scripts, both
punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from policykg.loaders.normalize import match_text
from tests.loaders.inline import IDS, VARIANTS, run

_DUTIES = (
    "区群众体育工作方案\n四、职责分工\n(一)区体育局\n1.负责组织实施区群众体育工作方案。\n2.负责协调工作。\n"
    "(二)南庄镇、各街道办事处\n1.做好组织发动工作,积极参与区各项群众体育活动;\n2.配合区体育局做好健身器材试点工作;\n"
)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_township_and_a_collective_heading_a_division_of_duties(variant: Callable[[str], str]) -> None:
    # heldout110 fb02: (五)南庄镇、各街道办事处 over its 1. items, under 四、职责分工
    doc = run(variant(_DUTIES))
    want = [match_text(variant(w)) for w in ("南庄镇", "各街道办事处")]
    assert [[match_text(u.surface) for u in m.responsible] for m in doc.measures[2:]] == [want, want]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_collective_alone_heads_no_division(variant: Callable[[str], str]) -> None:
    doc = run(variant(_DUTIES.replace("(二)南庄镇、各街道办事处", "(二)各街道办事处")))
    assert all(m.responsible == [] for m in doc.measures[2:])


_CUT = "控辍保学工作方案\n一、目标任务\n确保入学率达到100%。\n二、工作职责\n"


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_list_of_bodies_the_excerpt_cuts(variant: Callable[[str], str]) -> None:
    # heldout110 fb05: 1.镇便民服务中心、镇平安法治办公室、后柳派出所、后<end>: the whole names are the item's units
    doc = run(variant(_CUT + "1.镇便民服务中心、镇平安法治办公室、后柳派出所、后"))
    want = [match_text(variant(w)) for w in ("镇便民服务中心", "镇平安法治办公室", "后柳派出所")]
    assert [match_text(u.surface) for u in doc.measures[0].responsible] == want


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_sentence_the_excerpt_cuts_names_no_list(variant: Callable[[str], str]) -> None:
    # heldout104 ev08: 第六条市、镇(街道)、村(社区)要参照《…》、《…<end> is a sentence: no run of its names one unit
    text = "山洪灾害防御工作指南\n第五条 做好排查。\n第六条市、镇(街道)、村(社区)要参照《山洪灾害防御预案编制导则》、《村(社区)防汛"
    surfaces = [match_text(u.surface) for u in run(variant(text)).measures[-1].responsible]
    assert not any("、" in s for s in surfaces), surfaces
