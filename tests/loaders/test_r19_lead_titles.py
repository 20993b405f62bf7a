"""Document titles of round 19 (heldout14 pages): a news page whose lead opens with a year alone and its comma, then a
body handing on a book-marked plan (2025年,某某县印发《…行动方案(2025-2027)》,…), is a repost of that plan: its title.
Inline texts in both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from policykg.loaders.normalize import to_simplified
from tests.loaders.inline import IDS, VARIANTS, family_params, run

Case = tuple[str, str | None]

# Each family's cases: a text and the title its metadata gives (None: no title).
FAMILIES: dict[str, list[Case]] = {
    "a_year_led_repost_names_its_plan": [
        (
            "清河县招商目标明确\n2025年,清河县印发《推动招商引资提质增效行动方案(2025-2027)》,落实县委部署,"
            "构建产业链体系精准招商。\n方案明确,瞄准上市公司精准招商。\n",
            "推动招商引资提质增效行动方案(2025-2027)",
        ),
        # a year opening a sentence of the plan's own text hands nothing on
        (
            "清河县招商目标明确\n2025年,全县新引进项目30个以上。\n方案明确,瞄准上市公司精准招商。\n",
            None,
        ),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_r19_lead_titles(variant: Callable[[str], str], text: str, want: str | None) -> None:
    title = run(variant(text)).meta.title
    got = to_simplified(title).replace("（", "(").replace("）", ")") if title else None
    assert got == want
