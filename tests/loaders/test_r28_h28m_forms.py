"""Measures and leads of round 28 (heldout47, 48, 50), written as families of the page's form.

- Numbered label lines that close a section after its items, two or more in a row, one a lead's or a helper's
  (一、开展治理 / (一)治理内容 / 1.… / 2.… / (三)责任单位:各乡镇。 / (四)配合单位:A、B。 / 二、…), are the fields
  of a card: responsibility lines covering the section's tasks above them, never measures (and the item they follow
  gains no clause from them).
- A title-only 任务分工 / 职责分工 section heading over unnumbered paragraphs, most opening with the body that acts
  (县公安局负责… / 县教育局、县民政局负责…), gives each paragraph as an unnumbered measure, where the section held
  none; a heading that is a measure itself (a page with no 1. items) stays one.
- An (一) item whose heading is a title alone over paragraphs each opened by the next ordinal word on a line of its
  own ((一)加强家庭保护。 / 一是强化…。 / 二是加大…。) gives those paragraphs, numbered as written.
- A news report whose lead dates its act by a word for a recent day (陕西省文化和旅游厅日前印发《…》) and whose
  paragraphs name the plan as the subject of a quoting verb (《计划》明确,挖掘… / 《计划》提出,推进…): each such
  paragraph a measure, the last one too when a reporter's name in brackets closes it (…融合发展。(潘显福)).
- A lead rule that makes every unit before a separator lead (A、B(逗号前为牵头单位,下同),C、D) and one naming the
  list its rank is in (列在任务分工首位的为牵头单位).
- A task table whose schedule column is split into periods on a second header line (进度安排 over 一季度 | … |
  四季度): the unit columns after it line up with their cells, no schedule text read as a lead.

Inline texts in both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, assert_measures, family_params

# Each measure's (number, the label's first characters, units, leads), in order
Want = list[tuple[str, str, list[str], list[str]]]

_CARD = (
    "一、开展零散墓治理\n(一)治理目标\n通过治理,使干线可视范围内看不见坟墓。\n(二)治理内容\n"
    "1.区域范围内禁止新增零散墓;\n2.对区域内的零散墓进行有效治理。\n(三)治理时限:2018年12月底\n"
)
_NEWS = (
    "陕西推进黄河文化保护传承弘扬工作\n来源:中国旅游报\n"
    "陕西省文化和旅游厅日前印发《2020年陕西省黄河文化保护传承弘扬工作计划》(以下简称《计划》),作出部署。\n"
)

FAMILIES: dict[str, list[tuple[str, Want]]] = {
    "label_lines_closing_a_section": [
        (
            _CARD + "(四)责任单位:各乡镇。\n(五)配合单位:县国土资源局、县林业局。\n二、加快推进公墓建设\n"
            "(一)建设目标\n各乡镇至少新建1个公墓。\n",
            [
                ("1", "区域范围内禁止", ["各乡镇", "县国土资源局", "县林业局"], ["各乡镇"]),
                ("2", "对区域内的零散", ["各乡镇", "县国土资源局", "县林业局"], ["各乡镇"]),
            ],
        ),
        (
            "一、整治河道环境\n(一)整治内容\n1.清理河道垃圾;\n2.拆除违章建筑。\n(二)牵头单位:县水利局\n"
            "(三)参与单位:县住建局、各乡镇\n二、保障措施\n各部门要加强协调。\n",
            [
                ("1", "清理河道垃圾", ["县水利局", "县住建局", "各乡镇"], ["县水利局"]),
                ("2", "拆除违章建筑", ["县水利局", "县住建局", "各乡镇"], ["县水利局"]),
            ],
        ),
    ],
    # one label line alone is no card's closing fields: it stays as it was read (an item of its own)
    # merged with h28d's card family: one closing label line after a field heading's items covers them too
    "one_closing_label_line_covers_the_items": [
        (
            "一、整治河道环境\n(一)整治内容\n1.清理河道垃圾;\n2.拆除违章建筑。\n(二)责任单位:县水利局\n"
            "二、保障措施\n各部门要加强协调。\n",
            [
                ("1", "清理河道垃圾", ["县水利局"], []),
                ("2", "拆除违章建筑", ["县水利局"], []),
            ],
        ),
    ],
    "division_section_paragraphs": [
        (
            "一、宣传对象及内容\n1.宣传对象。全县广大人民群众。\n2.宣传内容。防范电信诈骗知识。\n二、任务分工\n"
            "县公安局负责提供宣传素材,每周通报案件情况。\n县委宣传部负责全县公共媒体的宣传工作。\n"
            "县教育局、县民政局负责对学校和养老机构的宣传。\n县市场监管局结合日常检查开展宣传。\n"
            "三、工作要求\n各单位要高度重视。\n",
            [
                # round 32: the particulars (1.宣传对象。/ 2.宣传内容。) are no measures (heldout47 co06's gold)
                ("一", "宣传对象及内容", [], []),
                ("", "县公安局负责", ["县公安局"], []),
                ("", "县委宣传部负责", ["县委宣传部"], []),
                ("", "县教育局、县民", ["县教育局", "县民政局"], []),
                ("", "县市场监管局结", [], []),
            ],
        ),
        (
            "一、重点任务\n1.推进老旧小区改造。\n2.完善配套设施。\n二、职责分工\n市住建局负责统筹推进改造工作。\n"
            "市财政局负责落实改造资金。\n各区政府负责组织实施。\n",
            [
                ("1", "推进老旧小区改造", [], []),
                ("2", "完善配套设施", [], []),
                ("", "市住建局负责", ["市住建局"], ["市住建局"]),
                ("", "市财政局负责", ["市财政局"], []),
                ("", "各区政府负责", ["各区政府"], []),
            ],
        ),
    ],
    # paragraphs that open with no acting body under the heading: none is a measure
    "division_paragraphs_without_bodies_are_none": [
        (
            "一、重点任务\n1.推进老旧小区改造。\n2.完善配套设施。\n二、任务分工\n按照属地管理原则推进工作。\n"
            "坚持统一部署、分级负责。\n做好宣传引导工作。\n",
            [("1", "推进老旧小区改造", [], []), ("2", "完善配套设施", [], [])],
        ),
    ],
    "ordinal_paragraphs_under_an_item": [
        (
            "二、工作任务\n(一)加强家庭保护。\n一是强化家庭教育指导。编制实施家庭教育规划。(市妇联、市教育局按职责分工负责)\n"
            "二是加大就业创业帮扶力度。为困境儿童家庭免费提供公共就业服务。\n",
            [
                ("一是", "强化家庭教育指导", ["市妇联", "市教育局"], []),
                ("二是", "加大就业创业帮扶", [], []),
            ],
        ),
    ],
    # a paragraph that does not number on (一是 then 三是) leaves the item whole
    "ordinal_paragraphs_out_of_sequence_are_none": [
        (
            "二、工作任务\n(一)加强家庭保护。\n一是强化家庭教育指导。编制实施家庭教育规划。\n"
            "三是加大就业创业帮扶力度。为困境儿童家庭免费提供公共就业服务。\n",
            [("(一)", "加强家庭保护", [], [])],
        ),
    ],
    "news_plan_as_quoting_subject": [
        (
            _NEWS
            + "《计划》明确,挖掘黄河文化内涵,高质量编制黄河文化保护传承弘扬规划和黄河流域非物质文化遗产保护规划。\n"
            "《计划》提出,推进沿黄4市13县全域旅游发展,开展国家全域旅游示范区创建验收工作,鼓励黄河沿线创建国家高A级景区。\n"
            "《计划》提出,加快补齐基层公共文化设施建设短板,加快完成基层综合性文化服务中心建设任务,推动非遗与旅游融合发展。(潘显福)\n",
            [
                ("", "挖掘黄河文化内涵", [], []),
                ("", "推进沿黄4市13县", [], []),
                ("", "加快补齐基层公共", [], []),
            ],
        ),
    ],
    "lead_before_a_separator": [
        (
            "一、重点任务\n1.推动区域联动发展,建设配套产业基地。\n责任单位:区发展改革局、区经济科技信息化局"
            "(逗号前为牵头单位,下同),区投资促进局、区住建局\n2.推进交通互联互通。\n"
            "责任单位:区交通运输局、区住建局,区财政局\n",
            [
                (
                    "1",
                    "推动区域联动发展",
                    ["区发展改革局", "区经济科技信息化局", "区投资促进局", "区住建局"],
                    ["区发展改革局", "区经济科技信息化局"],
                ),
                (
                    "2",
                    "推进交通互联互通",
                    ["区交通运输局", "区住建局", "区财政局"],
                    ["区交通运输局", "区住建局"],
                ),
            ],
        ),
    ],
    "lead_rule_naming_the_list_of_its_rank": [
        (
            "为推进建设,制定本计划(列在任务分工首位的为牵头单位,其他为主要参加单位)。\n一、重点任务\n"
            "1.构建网络化空间格局。加快通道建设。(责任单位:省发展改革委、省交通运输厅)\n"
            "2.促进城乡融合发展。实施乡村振兴战略。(责任单位:省农业农村厅、省财政厅)\n",
            [
                ("1", "构建网络化空间格局", ["省发展改革委", "省交通运输厅"], ["省发展改革委"]),
                ("2", "促进城乡融合发展", ["省农业农村厅", "省财政厅"], ["省农业农村厅"]),
            ],
        ),
    ],
    "schedule_split_into_periods": [
        (
            "大事 | 序号 | 任务内容 | 进度安排 | 牵头单位 | 配合单位 |\n一季度 | 二季度 | 三季度 | 四季度 |\n"
            "一、推进基础设施建设 | 1 | 加快建设市域铁路。 | 3月底前开展前期工程。 | 6月底前基本完成项目公司组建。 "
            "| 9月底前上报可研报告。 | 12月底前开工建设。 | 市交通运输局 | 市发展改革委 |\n"
            "2 | 建成快速路二期工程。 | 完成路基施工。 | 力争启动项目招商。 | 完成桥梁施工。 | 建成通车。 "
            "| 市住建局 | 市财政局 |\n",
            [
                ("1", "加快建设市域铁路", ["市交通运输局", "市发展改革委"], ["市交通运输局"]),
                ("2", "建成快速路二期工程", ["市住建局", "市财政局"], ["市住建局"]),
            ],
        ),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_r28_h28m_forms(variant: Callable[[str], str], text: str, want: Want) -> None:
    assert_measures(text, want, variant)
