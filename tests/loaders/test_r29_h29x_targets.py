"""Round 29's target families from heldout51/52/53 (issue 12): quota figures in running text (watercourses regulated
in 条, a 、 list of counts sharing the first item's line noun, works run at scale, what is built in listed places, a
time limit in months, the same work's second measure in brackets) are targets; staffing posts (置主任一人), a
demonstrative's back-reference (这200个), a band of lengths before 范围, a meeting's attendees, divisions before
another figure and a plan's own actions counted (实施5项…行动) are not. Inline texts in both scripts and both
punctuations, with the figures each family must leave as they were."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, family_params, run
from tests.loaders.test_targets import targets

Case = tuple[str, list[tuple[float, str, str]]]

FAMILIES: dict[str, list[Case]] = {
    "watercourses_a_measure_regulates_are_counted_like_lines": [
        ("计划整治河道及沟渠142条、228.2公里。", [(142, "条", "="), (228.2, "公里", "=")]),
        ("治理河道10条。", [(10, "条", "=")]),
        ("疏浚河段6条。", [(6, "条", "=")]),
        # a river's tributaries named as they are: no count of work
        ("全县有支流8条。", []),
    ],
    "a_list_of_counts_shares_its_first_items_line_noun": [
        (
            "今年将完成市区道路大中修改造130条、小修维护400条,桥梁维护14座。",
            [(130, "条", "="), (400, "条", "="), (14, "座", "=")],
        ),
        ("打通断头路20条、背街小巷15条。", [(20, "条", "="), (15, "条", "=")]),
        # no line noun before the list: the names of a system and the landscape, as before
        ("全省有产业链13条、支流8条。", []),
    ],
    "works_run_at_scale_are_counted": [
        ("到2020年底,新建或改造50个以上规模化大中型沼气工程。", [(50, "个", ">=")]),
        ("新建50个规模化养殖场。", [(50, "个", "=")]),
        # a size class glued to the count's noun: as before
        ("培育2家以上规模以上企业。", [(2, "家", ">=")]),
    ],
    "what_is_built_in_listed_places_is_counted": [
        ("在宾县、方正、通河等县建设3个中型灌区节水改造项目。", [(3, "个", "=")]),
        ("在城东、城西等区新建2座污水处理厂。", [(2, "座", "=")]),
        # the count of the list itself, with no building after the places: as before
        ("以兰考、鄢陵、新安3个示范县为引领。", []),
    ],
    "a_time_limit_in_months_is_a_target": [
        ("入库企业要在三个月内制订校企合作三年规划。", [(3, "个月", "<=")]),
        ("要在6个月内完成规划编制。", [(6, "个月", "<=")]),
        # a duration and a count before the month's words: as before
        ("学制1个月。", []),
        ("新建公园3个,月底前完成。", [(3, "个", "=")]),
    ],
    "a_bodys_staffing_posts_are_no_targets": [
        ("本中心置主任一人,由工务处科长兼任;另置干事一至二人。", []),
        ("设主任一人,副主任二人。", []),
        # people a measure trains or brings in: as before
        ("培训乡村干部500人。", [(500, "人", "=")]),
        ("培训网格员、联络员200人。", [(200, "人", "=")]),
        ("引进高层次人才20名。", [(20, "名", "=")]),
    ],
    "a_demonstrative_refers_back_to_things_counted_before": [
        ("对于这200个老旧小区的整治顺序,将按优先原则确定。", []),
        ("上述5个项目要按期完工。", []),
        # a count with no demonstrative before it: as before
        ("建成200个以上停车场。", [(200, "个", ">=")]),
    ],
    "a_band_of_lengths_before_its_scope_is_no_target": [
        ("查清边境线内3公里、5公里、50公里范围生猪养殖量。", []),
        ("半径500米范围内禁止养殖。", []),
        # lengths built, listed: as before
        ("新建绿道3公里、步道5公里。", [(3, "公里", "="), (5, "公里", "=")]),
    ],
    "a_meetings_attendees_are_no_targets": [
        ("9月10日,全市24个乡镇(街道)及相关部门负责人齐聚一堂,共商发展。", []),
        ("近日,30家企业代表参加会议。", []),
        # firms a measure brings to an event, no heads or representatives: as before
        ("组织30家企业参加展会。", [(30, "家", "=")]),
    ],
    "divisions_before_another_figure_locate_it": [
        ("对4个乡镇34.76万亩灌区进行综合整治。", [(347600, "亩", "=")]),
        # divisions a measure covers, no figure after them: as before
        ("覆盖12个乡镇。", [(12, "个", "=")]),
        ("新建4个社区服务中心。", [(4, "个", "=")]),
    ],
    "a_plans_own_actions_counted_are_no_targets": [
        ("在“十四五”时期实施5项科学素质提升行动。", []),
        ("提出要抓好10项攻坚行动。", []),
        # how often an action is run: as before
        ("开展专项整治行动4次以上。", [(4, "次", ">=")]),
        # the plans drafted for actions are counted: as before
        ("编制10个专项行动方案。", [(10, "个", "=")]),
    ],
    "a_count_bracketed_after_a_figure_is_the_works_second_measure": [
        (
            "其中大东区51.1公里(413处)、和平区172.4公里(1526处)。",
            [(51.1, "公里", "="), (413, "处", "="), (172.4, "公里", "="), (1526, "处", "=")],
        ),
        # a heading's tally of its items, and a share of the figure before: as before
        ("牵头工作(8项)", []),
        ("完成筛查人数1480人(20%)。", [(1480, "人", "=")]),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_round29_h29x_target_families(
    variant: Callable[[str], str], text: str, want: list[tuple[float, str, str]]
) -> None:
    got = [(float(t.value), t.unit, t.comparator) for t in targets(variant(text))]
    assert got == [(float(v), u, c) for v, u, c in want]


NEWS_PAGE = (
    "哈尔滨市紧急下拨先期抗旱资金580万元\n"
    "2008-03-22 09:50:52 来源:哈尔滨日报\n"
    "为确保农田春灌,哈尔滨市紧急下拨先期抗旱资金580万元,重点实施水源工程。"
    "市农开办将在宾县、方正等县建设3个灌区节水改造项目,改善水田3.3万亩。\n"
)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_headline_copied_into_the_lead_states_its_figure_once(variant: Callable[[str], str]) -> None:
    """The lead copies the headline's 紧急下拨先期抗旱资金580万元 word for word: one figure; the lead's other figures
    stay."""
    doc = run(variant(NEWS_PAGE))
    got = [t for m in doc.measures for t in m.targets] + doc.doc_targets
    got += [t for s in doc.sections for t in s.targets]
    assert sorted((float(t.value), t.unit) for t in got) == [(3.0, "个"), (580.0, "万元"), (33000.0, "亩")]
