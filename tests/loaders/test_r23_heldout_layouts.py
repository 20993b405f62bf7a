"""Round 23, the misses on heldout23-25: a word ranking the bodies opens a role label (主要协作单位:, 共同责任单位:)
and keeps its role; a scope closed by a verb of marking (以下各项工作均需A落实,不再注明) carries A to the later tasks, not
to its own clause where that clause already names A's organs (A党委); a name's remark in ASCII angle brackets
(各县级市<区>人民政府) is a remark; a name whose remark closed before the page's cut is whole. A short title closed
by 。 naming the kind of items under it (2.重点工作举措。) heads its (1) items; ordinal words (一是) open a run right
after a report's bracketed tag (【本报讯】 一是…), and a run the excerpt cuts before its 一是 numbers on from the
ordinal the text opens with (四是…). Inline texts in both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from policykg.loaders.normalize import fold, name_key
from tests.loaders.inline import IDS, VARIANTS, family_params, run
from tests.loaders.test_responsibility import keys, names

# Each measure's (units, leads) as written, in order
Want = list[tuple[list[str], list[str]]]

UNIT_FAMILIES: dict[str, list[tuple[str, Want]]] = {
    "ranking_word_opens_a_role_label": [
        (
            "1.创建国家卫生县城。\n牵头责任单位:县卫健委\n主要协作单位:各乡镇人民政府、县政府有关部门\n"
            "2.推广家庭医生签约服务。\n牵头责任单位:县卫健委、县民政局\n主要配合单位:县财政局\n",
            [
                (["县卫健委", "各乡镇人民政府", "县政府有关部门"], ["县卫健委"]),
                (["县卫健委", "县民政局", "县财政局"], ["县卫健委", "县民政局"]),
            ],
        ),
        (
            "1.开展关爱行动。(牵头单位:区教育局、团区委;共同责任单位:区民政局)\n"
            "2.建设心理服务站。(牵头单位:区卫健委;具体责任单位:各街道办事处)\n",
            [
                (["区教育局", "团区委", "区民政局"], ["区教育局", "团区委"]),
                (["区卫健委", "各街道办事处"], ["区卫健委"]),
            ],
        ),
        # a qualified word that is a label itself keeps that label's role: 主要责任单位 leads
        (
            "1.开展关爱行动。(主要责任单位:区教育局;配合单位:区民政局)\n",
            [(["区教育局", "区民政局"], ["区教育局"])],
        ),
    ],
    "scope_closed_by_a_marking_verb": [
        (
            "一、重点任务\n(一)统筹发展和安全。加强干部培训。(市委组织部负责;以下各项工作均需各县区、高新区具体落实,"
            "不再注明)\n(二)压实领导责任。完善责任清单。\n(三)开展隐患排查。(市应急局负责)\n",
            [
                (["市委组织部", "各县区", "高新区"], []),
                (["各县区", "高新区"], []),
                (["市应急局", "各县区", "高新区"], []),
            ],
        ),
        (
            "一、重点任务\n(一)加强监管。开展检查。(责任单位:市市场监管局,以下均需各区政府落实,不再一一标注)\n"
            "(二)完善机制。健全制度。\n",
            [(["市市场监管局", "各区政府"], []), (["各区政府"], [])],
        ),
    ],
    "scope_place_whose_organs_its_clause_names": [
        # the clause names the places' organs (党委, 党工委): its own task takes them as written, the later ones the places
        (
            "一、重点任务\n(一)统筹发展和安全。加强干部培训。(市委组织部,各县区党委、政府,经开区党工委、管委会分工负责;"
            "以下各项工作均需各县区、经开区具体落实,不再注明)\n(二)压实领导责任。完善责任清单。\n",
            [
                (["市委组织部", "各县区党委", "政府", "经开区党工委", "管委会"], []),
                (["各县区", "经开区"], []),
            ],
        ),
    ],
    "remark_in_ascii_angle_brackets": [
        (
            "一、支持重大项目集聚。予以综合支持。(责任单位:各县级市<区>人民政府<管委会>、市工信局按职责分工落实)\n"
            "二、支持企业增资扩产。(责任单位:市工信局)\n",
            [(["各县级市<区>人民政府<管委会>", "市工信局"], []), (["市工信局"], [])],
        ),
        # a comparison sign between figures is no bracket
        ("一、支持重大项目集聚。对投资额<5亿元的项目予以支持。(责任单位:市工信局)\n", [(["市工信局"], [])]),
    ],
    "name_whose_remark_closed_before_the_cut": [
        (
            "二、重点任务\n1.建设产业园区。集中安排项目用地。(责任单位:市发改委、市城建局,各区人民政府〈含开发区、"
            "风景区管委会,下同〉",
            [(["市发改委", "市城建局", "各区人民政府〈含开发区、风景区管委会,下同〉"], [])],
        ),
        # a name the cut stops inside is dropped, as before
        (
            "二、重点任务\n1.建设产业园区。集中安排项目用地。(责任单位:市发改委、市城建局,市人力资源社会保",
            [(["市发改委", "市城建局"], [])],
        ),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(UNIT_FAMILIES))
def test_r23_unit_families(variant: Callable[[str], str], text: str, want: Want) -> None:
    doc = run(variant(text))
    got = [(names(m.responsible), names(m.lead)) for m in doc.measures]
    assert got == [(keys(units), keys(leads)) for units, leads in want]


# Each case: a text and its measures' (number, label) in order
MEASURE_FAMILIES: dict[str, list[tuple[str, list[tuple[str, str]]]]] = {
    "title_naming_its_items_heads_them": [
        (
            "二、主要任务\n(一)实施全民健康促进行动。\n1.主要目标指标。\n人均预期寿命达82.4岁。\n2.重点工作举措。\n"
            "(1)构建监测评价指标体系,重点指标纳入考核。\n(2)实施健康素养提升工程,开展健康知识普及。\n",
            [
                ("(1)", "构建监测评价指标体系,重点指标纳入考核"),
                ("(2)", "实施健康素养提升工程,开展健康知识普及"),
            ],
        ),
        # the last item cut by the excerpt is still an item
        (
            "二、主要任务\n(一)实施全民健康促进行动。\n1.具体措施。\n(1)构建监测评价指标体系,重点指标纳入考核重要\n",
            [("(1)", "构建监测评价指标体系,重点指标纳入考核重要")],
        ),
        # a frame title of the same noun assigns nothing
        (
            "二、主要任务\n(一)实施全民健康促进行动。\n1.保障措施。\n(1)加强组织领导。\n(2)强化督查考核。\n",
            [],
        ),
    ],
    "ordinal_run_after_a_report_tag": [
        (
            "【本报讯】 一是巩固发展30万亩金银花基地。二是新建10个县级示范基地。三是培育龙头企业4家。\n"
            "声明:本文为本网原创。\n",
            [
                ("一是", "巩固发展30万亩金银花基地"),
                ("二是", "新建10个县级示范基地"),
                ("三是", "培育龙头企业4家"),
            ],
        ),
    ],
    "ordinal_run_cut_before_its_first": [
        (
            "上一主题:茶叶机械化\n下一主题:茶园管理\n四是建设1000亩标准化观光茶园。高标准搞好规划。\n"
            "五是完成6个茶叶示范村建设。今年开展培育。\n六是继续做好茶叶机械补贴工作。对门店给予奖励。\n",
            [
                ("四是", "建设1000亩标准化观光茶园"),
                ("五是", "完成6个茶叶示范村建设"),
                ("六是", "继续做好茶叶机械补贴工作"),
            ],
        ),
        # a text that is nothing but later ordinals shows no page it was cut from (round 20): no run
        ("四是建设1000亩标准化观光茶园。高标准搞好规划。\n五是完成6个茶叶示范村建设。今年开展培育。\n", []),
        # a page whose text opens with a sentence has not lost its 一是: no run
        (
            "今年全县茶叶工作安排如下。\n四是建设1000亩标准化观光茶园。高标准搞好规划。\n"
            "五是完成6个茶叶示范村建设。今年开展培育。\n",
            [],
        ),
    ],
    "bullets_of_one_mark_beside_menu_bullets": [
        # the page's menu bullets (short, one mark) are no tasks; the tasks' own mark still lists them, and two
        # bullets are enough where the excerpt cuts the last one
        (
            "• 首页\n• 经济农业\n冷资源变热经济\n省级财政每年安排冰雪产业发展支持资金\n"
            "●支持省会城市建设集各类冰雪项目于一体的冰上训练比赛综合体。\n\n●支持省会城市",
            [("", "支持省会城市建设集各类冰雪项目于一体的冰上训练比赛综合体"), ("", "支持省会城市")],
        ),
        (
            "• 首页\n• 经济农业\n■推进冰雪装备制造业发展,培育一批龙头企业。\n■建设一批冰雪旅游度假区和滑雪场。\n"
            "■举办国际冰雪节和系列冰雪赛事活动。\n",
            [
                ("", "推进冰雪装备制造业发展,培育一批龙头企业"),
                ("", "建设一批冰雪旅游度假区和滑雪场"),
                ("", "举办国际冰雪节和系列冰雪赛事活动"),
            ],
        ),
        # two whole bullets are a list, not the page's tasks
        (
            "●支持省会城市建设冰上训练比赛综合体和雪上训练比赛综合体。\n●支持省会城市举办国际冰雪赛事活动。\n",
            [],
        ),
    ],
    "paragraphs_handing_over_a_list_of_items": [
        (
            "各区民政局:\n为推进养老服务发展,纳入今年民心工程的项目有:新建20家社区长者食堂、新增100个养老服务站。\n"
            "今年确定的为民办实事包括:新增2000张养老床位;改建500张认知障碍照护床位。\n请各区抓紧推进。\n",
            [
                ("", "为推进养老服务发展,纳入今年民心工程的项目有:新建20家社区长者食堂、新增100个养老服务站"),
                ("", "今年确定的为民办实事包括:新增2000张养老床位;改建500张认知障碍照护床位"),
            ],
        ),
        # one such paragraph alone is a summary, no list of tasks
        (
            "各区民政局:\n纳入今年民心工程的项目有:新建20家社区长者食堂、新增100个养老服务站。\n请各区抓紧推进。\n",
            [],
        ),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(MEASURE_FAMILIES))
def test_r23_measure_families(variant: Callable[[str], str], text: str, want: list[tuple[str, str]]) -> None:
    doc = run(variant(text))
    assert [(fold(m.number), fold(m.label)) for m in doc.measures] == [(fold(n), fold(t)) for n, t in want]


# Each case: an item's text and its targets as (value, unit)
TARGET_FAMILIES: dict[str, list[tuple[str, list[tuple[int, str]]]]] = {
    "equal_figures_of_one_list_are_two_targets": [
        (
            "一、重点任务\n1.养老服务。新建30家社区综合为老服务中心、新建30家社区长者食堂。\n",
            [(30, "家"), (30, "家")],
        ),
        # the same count restated in a later clause is one
        ("一、重点任务\n1.硬化道路。在17个乡镇硬化道路,惠及17个乡镇。\n", [(17, "个")]),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(TARGET_FAMILIES))
def test_r23_target_families(variant: Callable[[str], str], text: str, want: list[tuple[int, str]]) -> None:
    doc = run(variant(text))
    assert [(int(t.value), t.unit) for m in doc.measures for t in m.targets] == want


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize("remark", ["〈含开发区、风景区管委会,下同〉", "(含开发区管委会)", "(包括功能区)"])
def test_r23_unit_known_without_its_scope_remark(variant: Callable[[str], str], remark: str) -> None:
    """各区人民政府〈含开发区…〉 is also labelled 各区人民政府: the remark states its scope, not another body."""
    doc = run(
        variant(f"一、重点任务\n1.建设产业园区。安排项目用地。(责任单位:市发改委,各区人民政府{remark})\n")
    )
    refs = doc.measures[0].responsible
    labels = {name_key(a) for a in doc.units[refs[-1].key].alt_labels} | {
        name_key(doc.units[refs[-1].key].pref_label)
    }
    assert name_key(variant("各区人民政府")) in labels
