"""Page-furniture family of round 19 (an unlabeled audit of unseen pages): a portal's credits after the text
(主办单位:…承办单位:…技术支撑:…; 主办单位:…承办单位:<a news site>) are the site's, never the responsible units of the last
task; a task's own 主办/承办 units and a technical support a measure promises stay.
Inline texts in both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, family_params
from tests.loaders.test_responsibility import keys, names, run

HEAD = "一、重点任务\n"
Want = list[tuple[list[str], list[str]]]
Case = tuple[str, Want]

FAMILIES: dict[str, list[Case]] = {
    "a_portals_credits_are_no_responsible_units": [
        # the credits line of a provincial portal after the last task: no unit of that task
        (
            HEAD + "1.培育特色产业集群。\n"
            "主办单位:中共某省委政策研究室 承办单位:中共某省委政策研究室办公室 技术支撑:某网\n",
            [([], [])],
        ),
        (
            HEAD + "1.发展夜间经济。\n主办单位:某市人民政府办公室 承办单位:某城新闻网\n",
            [([], [])],
        ),
        # a task's own organisers stay its units, and a promised technical support is no credit
        (
            HEAD + "1.举办消费节。主办单位:市人民政府;承办单位:市商务局\n",
            [(["市人民政府", "市商务局"], ["市人民政府"])],
        ),
        (
            HEAD + "1.为企业提供有力的技术支撑。(市科技局负责)\n",
            [(["市科技局"], [])],
        ),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_r19_portal_credit_families(variant: Callable[[str], str], text: str, want: Want) -> None:
    doc = run(variant(text))
    got = [(names(m.responsible), names(m.lead)) for m in doc.measures]
    assert got == [(keys(units), keys(leads)) for units, leads in want]
