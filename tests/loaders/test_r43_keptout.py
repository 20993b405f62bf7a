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
