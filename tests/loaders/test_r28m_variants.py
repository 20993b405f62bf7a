"""Round 28's measure and lead families as other cities write them (issue 11; r28m's probes).

- A division heading by another name (部门分工; 分工安排 over paragraphs only: over (一)综合协调组 headings it divides
  the work among a task force's groups, no bodies) over paragraphs each opened by the bodies that act, a colon after
  them or not (县教育局、县民政局:负责…: each body of the list).
- Ordinal paragraphs under a title-only (一) item counted by a prefix word with 是 (第一是 / 第二是), by a prefix and a
  comma (第一, / 第二,: the comma no part of the task) or by the words of a sequence (首先, / 其次, / 再次,).
- A news report restating a plan: a lead dated 本月 / 本周, paragraphs quoting the plan with 要求, and the reporter's
  names closing the last one in 【】 or [] or with their roles (通讯员 A 记者 B).
- A task table's schedule column split into the plan's years on a second header line (进度安排 over 2021年 | 2022年).
- A card's closing label lines with a short field and its value between them ((四)完成时限:2018年12月底).
- Lead rules naming the 顿号 (顿号前为牵头单位: the one unit before the first 、) or the first unit without 位
  (第一单位为牵头单位).
- A heading naming who acts by its bodies and their tasks (二、县教育局工作任务 / 三、各级学校任务), as X应办事项 does.

Inline texts in both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, assert_measures, family_params

# Each measure's (number, the label's first characters, units, leads), in order
Want = list[tuple[str, str, list[str], list[str]]]

_ITEMS = "一、宣传对象及内容\n1.宣传对象。全县广大人民群众。\n2.宣传内容。防范电信诈骗知识。\n"
_BODIES = (
    "县公安局负责提供宣传素材,每周通报案件情况。\n县委宣传部负责全县公共媒体的宣传工作。\n"
    "县教育局、县民政局负责对学校和养老机构的宣传。\n"
)
# round 32: 1.宣传对象。/ 2.宣传内容。 are the particulars of 一、宣传对象及内容, no measures (heldout47 co06's gold has
# neither); the section heading is the measure then
_DIVIDED: Want = [
    ("一", "宣传对象及内容", [], []),
    ("", "县公安局负责", ["县公安局"], []),
    ("", "县委宣传部负责", ["县委宣传部"], []),
    ("", "县教育局、县民", ["县教育局", "县民政局"], []),
]
_ITEM = "二、工作任务\n(一)加强家庭保护。\n"
_TASKS = (
    "强化家庭教育指导。编制实施家庭教育规划。\n",
    "加大就业创业帮扶力度。为困境儿童家庭免费提供公共就业服务。\n",
)
_NEWS = (
    "陕西推进黄河文化保护传承弘扬工作\n来源:中国旅游报\n"
    "陕西省文化和旅游厅{day}印发《2020年陕西省黄河文化保护传承弘扬工作方案》(以下简称《方案》),作出部署。\n"
    "《方案》{verb},挖掘黄河文化内涵,高质量编制黄河文化保护传承弘扬规划和黄河流域非物质文化遗产保护规划。\n"
    "《方案》要求,推进沿黄4市13县全域旅游发展,开展国家全域旅游示范区创建验收工作,鼓励黄河沿线创建国家高A级景区。\n"
    "《方案》强调,加快补齐基层公共文化设施建设短板,加快完成基层综合性文化服务中心建设任务,推动非遗与旅游融合发展。{close}\n"
)
_REPORTED: Want = [
    ("", "挖掘黄河文化内涵", [], []),
    ("", "推进沿黄4市13县", [], []),
    ("", "加快补齐基层公共", [], []),
]
_RANKED = (
    "一、重点任务\n1.构建网络化空间格局。加快通道建设。(责任单位:省发展改革委、省交通运输厅)\n"
    "2.促进城乡融合发展。实施乡村振兴战略。(责任单位:省农业农村厅、省财政厅)\n"
)


def _ordinals(first: str, second: str, number: tuple[str, str]) -> tuple[str, Want]:
    return (
        _ITEM + first + _TASKS[0] + second + _TASKS[1],
        [(number[0], "强化家庭教育指导", [], []), (number[1], "加大就业创业帮扶", [], [])],
    )


def _headed(first: str, second: str) -> tuple[str, Want]:
    return (
        f"二、{first}\n(一)师资培训\n1.提升所辖学校师生游泳与自救教学能力。\n(二)安全宣导\n1.利用学校网站进行宣导。\n"
        f"三、{second}\n(一)水域安全倡导\n1.利用班会进行宣导。\n",
        [
            ("1", "提升所辖学校", ["县教育局"], []),
            ("1", "利用学校网站", ["县教育局"], []),
            ("1", "利用班会进行", ["各级学校"], []),
        ],
    )


FAMILIES: dict[str, list[tuple[str, Want]]] = {
    "division_heading_by_other_names": [
        (_ITEMS + "二、部门分工\n" + _BODIES + "三、工作要求\n各单位要高度重视。\n", _DIVIDED),
        (_ITEMS + "二、分工安排\n" + _BODIES, _DIVIDED),
    ],
    # 县公安局:负责… / 县教育局、县民政局:负责…: the bodies before a colon, one or a list
    "division_paragraphs_opened_by_bodies_and_a_colon": [
        (
            _ITEMS + "二、职责分工\n" + _BODIES.replace("负责", ":负责"),
            [
                ("一", "宣传对象及内容", [], []),
                ("", "县公安局:负责", ["县公安局"], []),
                ("", "县委宣传部:负责", ["县委宣传部"], []),
                ("", "县教育局、县民", ["县教育局", "县民政局"], []),
            ],
        ),
    ],
    # 分工安排 over a task force's groups: the group headings are no bodies (the items' own units stand)
    "work_divided_among_groups_names_no_body": [
        (
            "一、工作目标\n推动低空经济发展。\n二、分工安排\n工作专班下设综合协调、产业发展两个专项小组。\n"
            "(一)综合协调组。\n落实工作专班部署要求,起草低空经济发展综合性文件。\n"
            "(二)产业发展组。\n研究制定产业发展政策,推动产业集聚发展。\n",
            [("(一)", "综合协调组", [], []), ("(二)", "产业发展组", [], [])],
        ),
    ],
    "ordinals_by_prefix_and_copula": [_ordinals("第一是", "第二是", ("第一是", "第二是"))],
    "ordinals_by_prefix_and_comma": [_ordinals("第一,", "第二,", ("第一", "第二"))],
    "ordinals_by_a_sequence_of_words": [
        _ordinals("首先,", "其次,", ("首先", "其次")),
        (
            _ITEM + "首先," + _TASKS[0] + "其次," + _TASKS[1] + "再次,完善关爱服务体系。建立帮扶台账。\n",
            [
                ("首先", "强化家庭教育指导", [], []),
                ("其次", "加大就业创业帮扶", [], []),
                ("再次", "完善关爱服务体系", [], []),
            ],
        ),
    ],
    # out of the sequence's order (其次 first): the item stays whole
    "sequence_words_out_of_order_are_none": [
        (_ITEM + "其次," + _TASKS[0] + "首先," + _TASKS[1], [("(一)", "加强家庭保护", [], [])]),
    ],
    "news_restating_a_plan_as_other_papers_write_it": [
        (_NEWS.format(day="本月", verb="提出", close="(潘显福)"), _REPORTED),
        (_NEWS.format(day="日前", verb="要求", close="【记者 潘显福】"), _REPORTED),
        (_NEWS.format(day="近日", verb="部署", close="[潘显福]"), _REPORTED),
        (_NEWS.format(day="日前", verb="明确", close="(通讯员 潘显福 记者 李明)"), _REPORTED),
    ],
    "lead_before_the_first_enumeration_comma": [
        (
            "一、重点任务\n1.推动区域联动发展,建设配套产业基地。\n"
            "责任单位:区发展改革局、区投资促进局、区住建局(顿号前为牵头单位,下同)\n2.推进交通互联互通。\n"
            "责任单位:区交通运输局、区财政局\n",
            [
                ("1", "推动区域联动", ["区发展改革局", "区投资促进局", "区住建局"], ["区发展改革局"]),
                ("2", "推进交通互联", ["区交通运输局", "区财政局"], ["区交通运输局"]),
            ],
        ),
    ],
    "first_unit_named_without_its_place": [
        (
            "为推进建设,制定本计划(第一单位为牵头单位,其他为配合单位)。\n" + _RANKED,
            [
                ("1", "构建网络化空间", ["省发展改革委", "省交通运输厅"], ["省发展改革委"]),
                ("2", "促进城乡融合", ["省农业农村厅", "省财政厅"], ["省农业农村厅"]),
            ],
        ),
    ],
    # (三)责任单位:A / (四)完成时限:… / (五)配合单位:B: a short field with its value between a card's label lines
    "card_label_lines_around_a_value_field": [
        (
            "一、开展零散墓治理\n(一)治理目标\n通过治理,使干线可视范围内看不见坟墓。\n(二)治理内容\n"
            "1.区域范围内禁止新增零散墓;\n2.对区域内的零散墓进行有效治理。\n(三)责任单位:各乡镇。\n"
            "(四)完成时限:2018年12月底\n(五)配合单位:县林业局。\n二、加快推进公墓建设\n(一)建设目标\n各乡镇至少新建1个公墓。\n",
            [
                ("1", "区域范围内禁止", ["各乡镇", "县林业局"], ["各乡镇"]),
                ("2", "对区域内的零散", ["各乡镇", "县林业局"], ["各乡镇"]),
            ],
        ),
    ],
    # 进度安排 over the plan's years (2021年 | 2022年 | 2023年), as over 一季度…四季度: the unit columns line up
    "schedule_split_into_years": [
        (
            "重点任务 | 序号 | 任务内容 | 进度安排 | 牵头单位 | 配合单位 |\n2021年 | 2022年 | 2023年 |\n"
            "一、推进基础设施建设 | 1 | 加快建设市域铁路。 | 开展前期工程。 | 完成项目公司组建。 | 开工建设。 "
            "| 市交通运输局 | 市发展改革委 |\n2 | 建成快速路二期工程。 | 完成路基施工。 | 完成桥梁施工。 | 建成通车。 "
            "| 市住建局 | 市财政局 |\n",
            [
                ("1", "加快建设市域铁路", ["市交通运输局", "市发展改革委"], ["市交通运输局"]),
                ("2", "建成快速路二期", ["市住建局", "市财政局"], ["市住建局"]),
            ],
        ),
    ],
    "headings_naming_bodies_and_their_tasks": [
        _headed("县教育局工作任务", "各级学校工作任务"),
        _headed("县教育局任务", "各级学校任务"),
    ],
    # a heading whose words before 任务 are no bodies (重点任务) names none
    "task_headings_without_bodies_are_none": [
        (
            "二、重点任务\n(一)师资培训\n1.提升所辖学校师生游泳与自救教学能力。\n",
            [("1", "提升所辖学校", [], [])],
        ),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_r28m_variants(variant: Callable[[str], str], text: str, want: Want) -> None:
    assert_measures(text, want, variant)
