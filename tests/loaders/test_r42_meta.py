"""Round 42 (heldout104 ev09, a county portal's page): a filing date run together before the headline (20230607
沂水县林长制办公室 关于…的通知) is no part of the title. Both scripts."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from policykg.loaders.normalize import match_text
from tests.loaders.inline import SCRIPT_IDS, SCRIPTS, meta_field, run


@pytest.mark.parametrize("script", SCRIPTS, ids=SCRIPT_IDS)
def test_a_filing_date_before_the_headline_is_no_part_of_the_title(script: Callable[[str], str]) -> None:
    text = (
        "20230607 沂水县林长制办公室 关于进一步落实林长制工作任务的通知\n"
        "一、全面完善林长制组织体系\n1、完善镇级林长制工作方案。各乡镇要参照县级林长制工作方案要求,结合自身实际制定方案。\n"
    )
    title = meta_field(run(script(text)), "title")
    assert title is not None and not title.startswith("2023")
    assert match_text(title).endswith(match_text(script("关于进一步落实林长制工作任务的通知")))
