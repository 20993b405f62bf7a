"""Round 32 (heldout62 df05): 完成A、B等18个项目建设 commits to finishing the listed works: the count after the list's
等 is a target, as after 建成 / 新建 (data/targets.toml build_verbs). A count of bodies after 等 with no build verb
(由A、B等3个部门负责) stays none. Both scripts, both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, run

HEAD = "关于推进国土空间提质增效的实施方案\n一、重点任务\n"


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_finishing_listed_works_is_a_target(variant: Callable[[str], str]) -> None:
    doc = run(
        variant(
            HEAD + "1.推进城市更新。到2025年完成元墩头村、沙头村等18个项目建设。(责任单位:区规划土地监察局)\n"
        )
    )
    assert [(str(t.value), t.unit) for m in doc.measures for t in m.targets] == [("18", "个")]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_count_of_bodies_is_none(variant: Callable[[str], str]) -> None:
    doc = run(variant(HEAD + "1.推进城市更新。由区规划土地监察局、区住建局等2个部门负责。\n"))
    assert [t for m in doc.measures for t in m.targets] == []
