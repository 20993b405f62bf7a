"""Round 30's target families from heldout56/57/60 (issue 12): 百 or 千 alone before a measure word as the count a
goal verb commits to (认定百名乡村工匠大师、设立千个名师工作室), or the next item of a list whose first round count
has one (认定百名…、千名…); not a programme's name (百人计划) nor a round count no goal verb commits to (百名专家进企业).
A body noun after a count of works qualifies the works counted (4项部门专项规划编制: bodies are counted in 个 or 家). The things a 除X外, clause excepts are no count
(3号线除5处铺轨基地外,全面恢复交通). A headcount over which a workplace is checked (作业人员超过9人以上的情况) is a
class, as the other threshold nouns. A count of things a list announced (我市3个村庄上榜,分别是…) is a result
reported, unless the sentence resolves to it (力争…5个村入选). A decimal point a page printed as a full stop inside a
figure in 万 or 亿 (1。5万家) is read as the point.
Inline texts in both scripts and both punctuations, with the figures each family must leave as they were."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, family_params
from tests.loaders.test_targets import targets

Case = tuple[str, list[tuple[float, str, str]]]

FAMILIES: dict[str, list[Case]] = {
    "a_round_count_a_goal_verb_commits_to": [
        (
            "力争到2025年底认定百名乡村工匠大师、设立百个大师传习所。",
            [(100, "名", "="), (100, "个", "=")],
        ),
        ("力争到2025年培育千家专精特新企业。", [(1000, "家", "=")]),
        ("力争到2025年认定百名乡村工匠名师、千名县级乡村工匠。", [(100, "名", "="), (1000, "名", "=")]),
        # no goal verb before the round count, or a programme's name: as before
        ("开展百名专家进企业活动。", []),
        ("实施千人计划。", []),
        ("全县百名干部参加培训、千名群众观看。", []),
    ],
    "a_body_noun_after_a_count_of_works_qualifies_the_works": [
        ("开展涉及交通的4项部门专项规划编制。", [(4, "项", "=")]),
        ("完成3项部门联合执法检查。", [(3, "项", "=")]),
        # bodies counted in 个 or 家: as before, no target
        ("组织8个部门开展联合检查。", []),
        ("协调4个成员单位。", []),
    ],
    "the_things_an_excepting_clause_leaves_out_are_no_count": [
        ("3号线除5处铺轨基地和青龙寺站外,全面恢复主干道交通。", []),
        ("除3个试点县外,其他县要新建污水处理厂10座。", [(10, "座", "=")]),
        # 除 as the second half of a verb (排除, 消除): the count removed is the work
        ("排除5处安全隐患。", [(5, "处", "=")]),
    ],
    "a_headcount_over_which_a_workplace_is_checked_is_a_class": [
        ("重点摸排生产区域内作业人员超过9人以上的情况。", []),
        ("排查从业人员30人以上的作业场所。", []),
        # a headcount trained is a goal, as before
        ("今年培训作业人员300人以上。", [(300, "人", ">=")]),
    ],
    "a_count_of_things_a_list_announced_is_a_result": [
        ("我市3个村庄上榜,分别是周尹村、大徐村、前杨村。", []),
        ("全区5家企业入选。", []),
        # resolved to, the same count is a goal
        ("力争到2025年,5个村入选。", [(5, "个", "=")]),
    ],
    "a_decimal_point_printed_as_a_full_stop_in_a_figure": [
        ("到2025年,全市家庭农场稳定在1。5万家以上。", [(15000, "家", ">=")]),
        ("到2025年,粮食产量达到2。35亿斤。", [(2.35, "亿斤", "=")]),
        # a sentence ending after a unit, the next figure its own: as before
        ("今年新建道路3公里。5万元以下项目不予支持。", [(3, "公里", "=")]),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_round30_h30x_target_families(
    variant: Callable[[str], str], text: str, want: list[tuple[float, str, str]]
) -> None:
    got = [(float(t.value), t.unit, t.comparator) for t in targets(variant(text))]
    assert got == [(float(v), u, c) for v, u, c in want]
