"""Targets of round 26 (heldout34-35): a length a standard sets for field work, in 厘米 (落实割茬限高(不高于10厘米),
深翻深度达到25厘米以上), is a target, bounded by 不长于/不短于 as by 不高于; a sum joined by 的 to a grant named for
large-scale farming (每亩215元的规模种粮补贴) is that grant's amount, not a size class; a threshold before new
projects (投资额不少于30万元的新项目) defines their class; a goal word before a count of divisions (力争3个县(区)
成功创建…) makes the count the goal. Inline texts in both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, family_params
from tests.loaders.test_targets import targets

Case = tuple[str, list[tuple[float, str, str]]]

# Each family's cases: a text and the targets it holds as (value, unit, comparator).
FAMILIES: dict[str, list[Case]] = {
    "a_length_a_standard_sets_in_centimetres": [
        (
            "机械作业时落实割茬限高(不高于10厘米)和切茬限长(不长于10厘米),提升耕地质量。",
            [(10, "厘米", "<="), (10, "厘米", "<=")],
        ),
        ("深翻深度达到25厘米以上。", [(25, "厘米", ">=")]),
        ("留茬高度不短于5厘米。", [(5, "厘米", ">=")]),
        # a length built in 米 stays as before
        ("新建木栈道750米。", [(750, "米", "=")]),
    ],
    "a_sum_joined_by_de_to_a_named_grant_is_no_size_class": [
        (
            "对种植面积达到50亩以上的经营主体,给予每亩215元的规模种粮补贴。",
            [(215, "元", "=")],
        ),
        # a size class glued to its class, no 的: the count only
        ("打造1个百亿规模产业集群。", [(1, "个", "=")]),
    ],
    "a_threshold_before_new_projects_is_a_class": [
        (
            "为农服务中心投资额不少于30万元的新项目,给予项目实际投资额40%、最高30万元的补助。",
            # 最高 is a ceiling, as the gold reads it (给予最高5000万元支持: <= 80 times)
            [(40, "%", "="), (30, "万元", "<=")],
        ),
        ("新增投资1000万元以上的新建项目5个。", [(5, "个", "=")]),
        # new projects counted are the goal
        ("今年新建项目10个。", [(10, "个", "=")]),
    ],
    "a_goal_word_before_a_count_of_divisions_makes_it_the_goal": [
        ("力争3个县(区)成功创建国家全域旅游示范区。", [(3, "个", "=")]),
        ("确保16个县(市、区)全部达标。", [(16, "个", "=")]),
        # the divisions a plan addresses stay no target
        ("全市16个县(市、区)要加强领导。", []),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_r26_target_families(
    variant: Callable[[str], str], text: str, want: list[tuple[float, str, str]]
) -> None:
    got = [(float(t.value), t.unit, t.comparator) for t in targets(variant(text))]
    assert got == [(float(v), u, c) for v, u, c in want]
