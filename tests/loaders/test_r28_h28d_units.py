"""Responsible units of round 28's new parts (heldout47, 48, 50) written as families of the responsibility grammar:
a stated lead rule naming the separator the leads come before (逗号前为牵头单位,下同: every unit before the list's
first comma leads, in the clause stating it and in later ones) or the list the rank is in (列在任务分工首位的为牵头单位);
a collective of the divisions of an area (大湾区内地各市, 珠三角各市, 黄河流域各县(市、区)); a project card whose last
numbered fields are label lines (一、… / (一)治理目标 / (三)治理内容 / 1.… / (五)责任单位:A / (六)配合单位:B), their
units copied to the card's numbered items. Inline texts in both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, family_params, run, units_match

H = "一、重点任务\n"
# Each measure's (units, leads) as written, in order
Want = list[tuple[list[str], list[str]]]
Case = tuple[str, Want]

FAMILIES: dict[str, list[Case]] = {
    "units_before_the_comma_lead": [
        # the rule inside the bracket closing the last lead's name, carried to a later clause by 下同
        (
            H + "1.推动联动发展。建设配套产业基地。\n"
            "责任单位:区发展改革局、区同城化发展工作局、区工管委(逗号前为牵头单位,下同),区投资促进局、区生态环境局\n"
            "2.加快道路建设。新建道路。\n责任单位:区交通运输局、区住房城乡建设局,区财政局\n",
            [
                (
                    ["区发展改革局", "区同城化发展工作局", "区工管委", "区投资促进局", "区生态环境局"],
                    ["区发展改革局", "区同城化发展工作局", "区工管委"],
                ),
                (["区交通运输局", "区住房城乡建设局", "区财政局"], ["区交通运输局", "区住房城乡建设局"]),
            ],
        ),
        # a later clause with no comma: the unit listed first leads
        (
            H + "1.推动联动发展。建设基地。(区发展改革局、区工管委,区财政局。逗号前面的为牵头单位,下同)\n"
            "2.加快道路建设。新建道路。(区交通运输局)\n",
            [
                (["区发展改革局", "区工管委", "区财政局"], ["区发展改革局", "区工管委"]),
                (["区交通运输局"], ["区交通运输局"]),
            ],
        ),
    ],
    "rank_named_in_its_list": [
        (
            "为推进大湾区建设,制定本计划。列在任务分工首位的为牵头单位,其他为主要参加单位。\n"
            + H
            + "1.构建空间格局。加快通道建设。(省发展改革委,省工业和信息化厅、省交通运输厅)\n",
            [(["省发展改革委", "省工业和信息化厅", "省交通运输厅"], ["省发展改革委"])],
        ),
    ],
    "divisions_of_an_area": [
        (
            H + "1.构建空间格局。加快通道建设。(省发展改革委,省交通运输厅,大湾区内地各市)\n"
            "2.促进城乡融合。推进乡村振兴。(省农业农村厅、珠三角各市)\n"
            "3.保护黄河生态。加强治理。(省水利厅,黄河流域各县(市、区))\n",
            [
                (["省发展改革委", "省交通运输厅", "大湾区内地各市"], []),
                (["省农业农村厅", "珠三角各市"], []),
                (["省水利厅", "黄河流域各县(市、区)"], []),
            ],
        ),
        # no area before 各: a task's words, the bracket is no list of units
        (
            H + "1.促进城乡融合。推进乡村振兴。(省农业农村厅,支持各市)\n",
            [([], [])],
        ),
    ],
    "card_closing_label_lines": [
        (
            "一、开展零散墓治理\n(一)治理目标\n通过治理,使重要干线可视范围内看不见坟墓。\n(二)治理内容\n"
            "1.区域范围内禁止新增零散墓;\n2.对区域内的零散墓进行有效治理。\n(三)治理时限:2018年12月底\n"
            "(四)责任单位:各乡镇。\n(五)配合单位:县自然资源局、县林业局。\n"
            "二、推进公墓建设\n(一)建设内容\n1.新建公墓。\n(二)责任单位:县民政局。\n",
            [
                (["各乡镇", "县自然资源局", "县林业局"], ["各乡镇"]),
                (["各乡镇", "县自然资源局", "县林业局"], ["各乡镇"]),
                (["县民政局"], []),
            ],
        ),
        # label lines followed by another field of the card: not its closing fields (the older family over items)
        (
            "一、建立联席会议机制\n(一)牵头单位:市住建局、市发改局。\n(二)组成单位:市财政局、市公安局。\n"
            "(三)主要工作任务\n1.研究停车设施建设。\n2.协调解决重大问题。\n",
            [
                (["市住建局", "市发改局", "市财政局", "市公安局"], ["市住建局", "市发改局"]),
                (["市住建局", "市发改局", "市财政局", "市公安局"], ["市住建局", "市发改局"]),
            ],
        ),
    ],
    "zone_sharing_a_department_kind": [
        # a collective of divisions, then a zone's kind of department: one collective unit
        (
            H + "1.加大跟踪服务。各区(市)、功能区发展改革部门要认真做好培育工作。\n"
            "2.加强协调。(各区(市)、功能区发展改革部门)\n",
            [(["各区(市)、功能区发展改革部门"], []), (["各区(市)、功能区发展改革部门"], [])],
        ),
    ],
    "rule's_second_half_with_either_kind": [
        # 其他有关部门或单位按职责分工负责: the lead rule's general clause names no unit
        (
            H
            + "(一)推广先进技术。加快淘汰落后产能。(工业和信息化部、发展改革委、科技部。列第一位者为牵头单位,"
            "其他有关部门或单位按职责分工负责,下同)\n(二)加强协调。推进建设。(发展改革委、财政部)\n",
            [
                (["工业和信息化部", "发展改革委", "科技部"], ["工业和信息化部"]),
                (["发展改革委", "财政部"], ["发展改革委"]),
            ],
        ),
    ],
    "schedule_column_split_into_periods": [
        # 进度安排 over 一季度 | … | 四季度: the unit columns come after the four period cells
        (
            "重点任务 | 序号 | 任务内容 | 进度安排 | 牵头单位 | 配合单位 |\n一季度 | 二季度 | 三季度 | 四季度 |\n"
            "一、推进基础设施建设 | 1 | 加快建设市域铁路。 | 3月底前开展可研编制。 | 6月底前基本完成项目公司组建。 | "
            "9月底前力争纳入上位规划,并上报可研报告。 | 12月底前开工建设。 | 市交通运输局 | 市财政局 |\n"
            "2 | 建成快速路。 | 完成路基。 | 完成桥梁。 | 力争启动项目招商。 | 建成通车。 | 市住房城乡建设局 | |\n",
            [(["市交通运输局", "市财政局"], ["市交通运输局"]), (["市住房城乡建设局"], ["市住房城乡建设局"])],
        ),
    ],
    "parks_addressed_as_a_whole": [
        # a notice to the parks it names: 各园区要… charges them as one collective, as 各单位要… does
        (
            "一、加大招商引资\n各园区要围绕自身特色产业定位,制定招商方案。\n二、推进产业集聚\n各开发区要加强产业规划布局。\n"
            "三、优化服务\n园区要完善基础设施。\n",
            [(["各园区"], []), (["各开发区"], []), ([], [])],
        ),
    ],
    "bodies_concerned_joined_after_named_ones": [
        # A及有关部门要… / A和相关单位要…: charged with the named body; alone, or another kind after it, none
        (
            H + "(一)加强指导。国务院西部地区开发领导小组成员单位及有关部门要加强对经济区发展的指导。\n"
            "(二)做好协调。市发展改革委和相关单位要加强协调。\n(三)加强督查。有关部门要加强指导。\n"
            "(四)强化服务。市发展改革委和相关企业要加强协调。\n",
            [
                (["国务院西部地区开发领导小组成员单位", "有关部门"], []),
                (["市发展改革委", "相关单位"], []),
                ([], []),
                ([], []),
            ],
        ),
    ],
    "sector_list_at_its_levels": [
        # 各级A、B、C部门要…: each sector a unit, the first with the levels as written; one sector at every level too
        (
            H + "(一)压实部门管理责任。各级政法、教育、水利、民政部门要将预防工作纳入平安建设。\n"
            "(二)做好保障。各级发展改革部门要加强协调。\n",
            # one sector at every level a unit too since round 42 (heldout104 ev10's gold: 各级农业部门)
            [(["各级政法", "教育", "水利", "民政部门"], []), (["各级发展改革部门"], [])],
        ),
    ],
    "grain_a_task_is_organised_by": [
        # 以乡镇(街道)为单位统一组织: the divisions the work is counted by are no body charged
        (
            H
            + "(一)加强重点区域管理。各县(市、区)人民政府要按照属地管理权责,以乡镇(街道)为单位统一组织摸底。\n"
            "(二)建立台账。县应急管理局要牵头,以村为单元统一组织排查。\n",
            # 县应急管理局要牵头: an explicit 牵头, a lead (round 34: heldout67 dk01's gold)
            [(["各县(市、区)人民政府"], []), (["县应急管理局"], ["县应急管理局"])],
        ),
    ],
    "long_topic_handed_to_a_body": [
        # a topic of more than twelve characters before 由: the bodies after it, not the topic
        (
            "二、职责分工\n(一)我县境内的文物行政执法工作由县文物旅游局负责实施。\n"
            "(二)全县各级文物保护单位的日常安全巡查工作由县公安局负责。\n",
            [(["县文物旅游局"], []), (["县公安局"], [])],
        ),
    ],
    "headings_naming_who_acts_for_their_items": [
        # X应办事项 over a section: its bodies carry the section's items; under it, a heading that is a body's name
        # alone (所属教育局(处), no level) heads that body's items
        (
            "二、县教育局应办事项\n(一)师资培训\n1.提升所辖学校师生游泳与自救教学能力。\n"
            "(二)安全宣导\n1.利用学校网站进行宣导。\n三、各级学校应办事项\n(一)水域安全倡导\n1.利用班会进行宣导。\n",
            [(["县教育局"], []), (["县教育局"], []), (["各级学校"], [])],
        ),
        (
            "一、目的\n降低学生溺水意外发生。\n二、直辖市、县(市)政府应办事项\n(一)所属教育局(处)\n"
            "1.提升所辖学校师生游泳与自救教学能力。\n2.强化水域安全宣导效能。\n(二)所属消防局\n1.设置水域安全标志。\n",
            [(["所属教育局(处)"], []), (["所属教育局(处)"], []), (["所属消防局"], [])],
        ),
    ],
    "body_coordinating_in_practice": [
        # 由A具体统筹,B…: A carries the item, no lead; against a 配合 body it leads (A统筹,B配合)
        (
            H + "(一)落实部门管理责任。在区政府的领导下,由区安委办具体统筹,将工作纳入监管体系。\n"
            "(二)加强协作。由区安委办具体统筹,区教育局、区水利局配合。\n",
            [(["区安委办"], []), (["区安委办", "区教育局", "区水利局"], ["区安委办"])],
        ),
    ],
    "body_directing_the_work": [
        # a named body opening the item, then 统筹领导 (directing the whole work): the body carries the item
        (
            "一、构建责任体系\n(一)镇学生安全专业委员会统筹领导全镇防溺水工作,落实领导包片责任制。\n"
            "(二)统筹领导全镇安全工作。\n",
            [(["镇学生安全专业委员会"], []), ([], [])],
        ),
    ],
    "indicator_lines_with_their_body": [
        # indicator:target(basis),责任单位为A; next indicator:…: each copula label's list ends at the next field
        (
            H
            + "(一)考核指标。规模以上工业增加值:增长8%(依据区人代会目标设置,高于省、市7.5%平均水平),责任单位为区经信局; "
            "服务业增加值:增长8%(依据区人代会目标设置),责任单位为区发改委; 高新技术企业数:新增10家以上,责任单位为区科技局。\n",
            [(["区经信局", "区发改委", "区科技局"], [])],
        ),
    ],
    "span_of_years_is_no_unit": [
        # a task table one cell a line: the 时限要求 cell (2017—2021年) read in the units' place is a time, no body
        (
            "序号 |\n工作任务 |\n牵头责任单位 |\n配合责任单位 |\n时限要求 |\n1 |\n统筹安排特色小镇建设用地。 |\n"
            "省国土资源厅 |\n各市、县(市、区)人民政府 |\n2017—2021年 |\n2 |\n创新管理体制机制。 |\n省发展改革委 |\n"
            "省编办 |\n2017-2021年 |\n",
            [
                (["省国土资源厅", "各市、县(市、区)人民政府"], ["省国土资源厅"]),
                (["省发展改革委", "省编办"], ["省发展改革委"]),
            ],
        ),
        # the same span closing an item's bracket of units
        (
            H + "1.统筹安排用地。保障合理用地。(省国土资源厅,各市、县(市、区)人民政府,2017—2021年)\n",
            [(["省国土资源厅", "各市、县(市、区)人民政府"], [])],
        ),
    ],
    "bodies_a_unit_convenes": [
        # 召集A、B及C等相关单位共同参与,另邀请专家、D及E,进行…: the bodies convened or invited share the item; the people
        # invited, a meeting convened (协调推进会) and people alone are none
        (
            H
            + "1.对于容易发生溺水事件的水域,建议召集教育局(处)、消防局、观光旅游局及警察局等相关单位共同参与,"
            "另邀请学者专家、交通部观光局及民间救生单位,进行水域安全联合会勘。\n"
            "2.负责召集协调推进会,了解项目进展动态。\n3.邀请人大代表、政协委员参加视察。\n",
            [
                (["教育局(处)", "消防局", "观光旅游局", "警察局", "交通部观光局", "民间救生单位"], []),
                ([], []),
                ([], []),
            ],
        ),
        # regression (a kept-out page, round 28): a meeting's rules leaving the pick open name no body (全部或部分成员
        # 单位, 非成员单位或有关人士)
        (
            H + "1.联席会议研究审议具体工作事项时,可视情况召集全部或部分成员单位参加会议,"
            "也可邀请非成员单位或有关人士参会。\n",
            [([], [])],
        ),
    ],
    "one_character_remark_is_no_list": [
        # 所属教育局(处) run into an item's last line: the bracket is the name's remark, no body 处; a bracket of bodies
        # closing an item still is one
        (
            H + "1.办理水域安全倡导活动,加强宣导。所属教育局(处)\n2.加强宣传。(团县委)\n",
            [([], []), (["团县委"], [])],
        ),
    ],
    "villages_addressed_as_a_whole": [
        # 各村(居)要… / 各社区要… in any comma piece of an item: the villages or communities as one collective; a
        # village's people (村民小组长) are none
        (
            H + "1.强化家庭监护法定责任。外出务工人员要尽量携带子女,各村(居)要对被委托人监护能力进行评估。\n"
            "2.加强巡查。各社区要定期走访。\n3.做好劝导。各村民小组长要定期走访。\n",
            [(["各村(居)"], []), (["各社区"], []), ([], [])],
        ),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_r28_h28d_units(variant: Callable[[str], str], text: str, want: Want) -> None:
    doc = run(variant(text))
    got = [([r.surface for r in m.responsible], [r.surface for r in m.lead]) for m in doc.measures]
    assert len(doc.measures) == len(want), got
    for m, (units, leads) in zip(doc.measures, want, strict=True):
        assert units_match(doc, m.responsible, units) and units_match(doc, m.lead, leads), got
