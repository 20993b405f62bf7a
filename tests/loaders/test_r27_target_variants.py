"""Round 27's target families widened to the variants other cities write (r27i, issue 12): h27x's families
(tests/loaders/test_r27_h27x_targets.py) probed with other units, closers and punctuation.

* The kinds of firm, school or site other plans bracket after a count (5个(家), 10所(个)) make one unit, as 个(类) does.
* Counts listed before their total with a comma before it (国家级2家、省级5家,共7家; 省级3个、市级7个,共计10个) are its
  parts, the total alone the figure, as without the comma.
* A count of goes written with 个 before their word after 分 (分5个批次组织验收, 分三个阶段推进) is a manner.
* The existing divisions of a province counted by their kind (全省11个设区市, 13个地级市) are the places a measure
  covers, no target (tests/corpus/README, round 27: coverage counts are no targets).

Inline texts in both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, family_params
from tests.loaders.test_targets import targets

Case = tuple[str, list[tuple[float, str, str]]]

FAMILIES: dict[str, list[Case]] = {
    "other_kinds_in_brackets_are_one_unit": [
        ("建成5个(家)示范企业。", [(5, "个(家)", "=")]),
        ("新建10所(个)学校。", [(10, "所(个)", "=")]),
        ("打造20个(类)特色产品。", [(20, "个(类)", "=")]),
        # no bracket: the count unit alone
        ("建成5个示范企业。", [(5, "个", "=")]),
    ],
    "parts_before_a_total_after_a_comma": [
        ("国家级2家、省级5家,共7家企业纳入名单。", [(7, "家", "=")]),
        ("示范村6个、示范镇2个,合计8个。", [(8, "个", "=")]),
        ("其中省级3个、市级7个,共计10个。", [(10, "个", "=")]),
        # a total in another unit, or a verb after 共: every figure stays
        ("新建学校3所、医院2家,共投资5亿元。", [(3, "所", "="), (2, "家", "="), (5, "亿元", "=")]),
        ("新增就业岗位1000个,共建成10个园区。", [(1000, "个", "="), (10, "个", "=")]),
    ],
    "goes_counted_with_ge_after_fen_are_a_manner": [
        ("分5个批次组织验收,验收项目30个。", [(30, "个", "=")]),
        ("分三个阶段推进。", []),
        # 个 before another noun after 分: a count, as before
        ("建成3个批次检测中心。", [(3, "个", "=")]),
    ],
    "a_provinces_existing_divisions_are_no_target": [
        ("在全省11个设区市全面推开。", []),
        ("覆盖13个地级市。", []),
        # a goal on how many of them: still a target
        ("力争11个设区市全部达标。", [(11, "个", "=")]),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_round27_target_variants(
    variant: Callable[[str], str], text: str, want: list[tuple[float, str, str]]
) -> None:
    got = [(float(t.value), t.unit, t.comparator) for t in targets(variant(text))]
    assert got == [(float(v), u, c) for v, u, c in want]
