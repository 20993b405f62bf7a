"""Round 47 metadata: a mainland body of exams (省教育考试院) is no sign of a Taiwan page, whose Yuans
(考试院, 行政院 …) stand alone (heldout145 gk05); a page issued by 行政院 stays Taiwan's."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, run


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_provincial_exam_authority_is_no_taiwan_sign(variant: Callable[[str], str]) -> None:
    text = (
        "关于做好2021年中等职业学校招生工作的通知\n各县区教育局:\n"
        "一、加大对非法招生行为的查处力度,原则上在省教育考试院公布的时间内完成招生。\n"
    )
    assert run(variant(text)).meta.region != "台湾"


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_yuan_issuing_a_page_makes_it_taiwans(variant: Callable[[str], str]) -> None:
    text = "行政院函\n主旨:核定「推動學生水域安全計畫」。\n一、請各直轄市政府辦理。\n"
    assert run(variant(text)).meta.region == "台湾"
