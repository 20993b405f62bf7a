"""Targets of round 21 (h21t, false targets first): a list of changes whose last figure is in 个百分点 gives each
figure that unit (15个、13个百分点); thousands grouped by a blank (23 000平方米) are one number; the band of
income a tax rate applies to (首200万元) and the standard rate in force (按标准税率16.5%) are no goals; the traits
counted in a policy (4个特点) describe it; a clause opening with 目前 inside a sentence reports what stands now; a task page's section under a progress label alone on its line (进展落实情况:) reports what was
done, period labels (第二季度:) inside it included, up to the next field label; a bound on how many of a
jurisdiction's divisions (15个以上县(市、区)) sets a goal; a build verb opening the clause of an item noun and its
count (建成…惠民工程12个) builds them, no tally of the plan's own items. Inline texts in both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, family_params
from tests.loaders.test_targets import targets

Case = tuple[str, list[tuple[int, str, str]]]

# Each family's cases: a text and the targets find_targets reads in it as (value, unit, comparator).
FAMILIES: dict[str, list[Case]] = {
    "points_unit_shared_by_a_list": [
        ("两项比例较上年分别提高8个、6个百分点。", [(8, "个百分点", "="), (6, "个百分点", "=")]),
        # the bound after the series holds for each figure (heldout20's gold: 分别增长15个、13个百分点以上 is >= twice)
        ("覆盖率和达标率分别提升5个和3个百分点以上。", [(5, "个百分点", ">="), (3, "个百分点", ">=")]),
        # a count in a list of counts keeps its 个
        ("建成8个、改造6个服务站点。", [(8, "个", "="), (6, "个", "=")]),
    ],
    "blank_grouped_thousands_are_one_number": [
        ("新增18 000平方米展览面积。", [(18000, "平方米", "=")]),
        ("提供约1 500 000个培训名额。", [(1500000, "个", "~")]),
        # two figures a blank apart stay two
        ("建成12个站点,新增3家机构。", [(12, "个", "="), (3, "家", "=")]),
    ],
    "tax_band_and_standard_rate_are_no_goals": [
        ("建议将首300万元应评税利润的税率降至7%,其余按标准税率15%征收。", [(7, "%", "=")]),
        # an amount opened by 首期 / 首批 is still money committed
        ("首期投入800万元。", [(800, "万元", "=")]),
    ],
    "traits_counted_are_no_goals": [
        ("新政策具有覆盖面广、含金量高、操作性强3个特点。", []),
        ("培育3个特色产业园。", [(3, "个", "=")]),
    ],
    "now_opening_a_clause_reports": [
        ("开展湿地再评定,目前4处湿地名录已公告,2处草案已审竣。", []),
        # a goal word after it commits again
        ("推进评定作业,目前已完成3处,力争年底前完成10处。", [(10, "处", "=")]),
    ],
    "progress_label_section_reports": [
        (
            "年度工作目标:\n新建标准厂房8万平方米。\n进展落实情况:\n\n第二季度:\n\n"
            "已新建标准厂房3万平方米,遴选试点项目12个,整治面积约300公顷。\n",
            [(80000, "平方米", "=")],
        ),
        # the next field label ends the section: its figures commit again
        ("推进情况:\n遴选试点项目12个。\n重点工作:新建标准厂房5万平方米。\n", [(50000, "平方米", "=")]),
    ],
    "bounded_count_of_divisions_is_a_goal": [
        (
            "到2026年,80%以上县(市、区)建成示范街区,力争15个以上县(市、区)达到省级标准。",
            [(80, "%", ">="), (15, "个", ">=")],
        ),
        # the divisions a plan addresses, counted as they are, stay no goal
        ("指导12个县(市、区)开展试点。", []),
    ],
    "built_own_items_are_goals": [
        ("(8)建成“一乡一馆”文化惠民工程12个、村级书屋6处。", [(12, "个", "="), (6, "处", "=")]),
        # a tally of the plan's own items stays none, with or without a verb
        ("全区民生实事项目共10个。", []),
        ("建成民生实事项目共10个。", []),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_target_form_families(
    variant: Callable[[str], str], text: str, want: list[tuple[int, str, str]]
) -> None:
    got = [(int(t.value), t.unit, t.comparator) for t in targets(variant(text))]
    assert got == want
