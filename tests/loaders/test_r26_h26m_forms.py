"""Measures of round 26 (heldout36-38), written as families of the page's form: a covering notice alone on its
page (the plan it hands on not reached) whose numbered items charge its addressees (一、细化任务抓落实。各乡镇各部门
要… / 二、旗政府督查室要加强…): each item a task of the page. Inline texts in both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, family_params, run

_NOTICE = (
    "某县人民政府关于分解落实政府工作报告目标任务的通知\n各乡镇人民政府,县政府各部门:\n"
    "《政府工作报告》已经县人民代表大会审议通过,现将2023年工作任务予以分解印发。\n"
)
_SIGNED = "某县人民政府\n2023年1月30日\n"

# Each family's cases: a page and the labels of its measures.
NOTICE_FAMILIES: dict[str, list[tuple[str, list[str]]]] = {
    "a_notice_alone_whose_items_charge_its_addressees": [
        (
            _NOTICE + "一、细化任务抓落实。各乡镇各部门要围绕目标任务,明确量化目标,建立工作台账。\n"
            "二、明确责任抓落实。各牵头责任单位要切实履行牵头抓总职责;各协同责任单位要主动配合。\n",
            ["细化任务抓落实", "明确责任抓落实"],
        ),
        (
            _NOTICE
            + "一、务必高度重视。今年是关键一年,做好政府工作至关重要。各责任单位要逐项谋划所承办的事项。\n"
            "二、务必高效推进。各牵头单位要切实履行牵头抓总的责任。\n" + _SIGNED,
            ["务必高度重视", "务必高效推进"],
        ),
        # items without a title: the charged sentence is the item
        (
            _NOTICE + "一、各地区、各部门要高度重视重点任务落实工作,主要领导要亲自抓,确保各项任务落到实处。\n"
            "二、县政府督查室要加强对重点工作的日常调度,建立重点任务落实台账。\n" + _SIGNED,
            [
                "各地区、各部门要高度重视重点任务落实工作,主要领导要亲自抓,确保各项任务落到实处",
                "县政府督查室要加强对重点工作的日常调度,建立重点任务落实台账",
            ],
        ),
    ],
    # a motto title of comma-joined phrases: the notice's requirement, whoever its text names
    "a_motto_titled_requirement_stays_no_measure": [
        (
            _NOTICE + "一、高度重视,提高站位。今年是关键一年,做好政府工作意义重大。\n"
            "二、夯实责任,狠抓落实。各级各部门要进一步强化责任意识。\n",
            [],
        ),
    ],
    # an item that charges no one: an exhortation
    "an_item_charging_no_one_stays_no_measure": [
        (_NOTICE + "一、统一思想抓落实。今年是关键一年,做好政府工作至关重要,必须不折不扣抓好落实。\n", []),
    ],
    # the plan is on the page after the notice: its items are the tasks, the notice's own are requirements
    "the_plan_on_the_page_keeps_the_notice_items_requirements": [
        (
            _NOTICE + "一、各责任单位要高度重视,制订工作方案,明确时间节点。\n"
            "二、县绩效考评机构要将目标任务纳入绩效管理考核范围。\n"
            + _SIGNED
            + "2023年县政府工作报告目标任务分解方案\n一、主要预期目标\n(一)地区生产总值增长7%以上\n"
            "责任单位:县发展和改革局\n(二)固定资产投资增长10%以上\n责任单位:县发展和改革局\n",
            ["地区生产总值增长7%以上", "固定资产投资增长10%以上"],
        ),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(NOTICE_FAMILIES))
def test_covering_notice_families(variant: Callable[[str], str], text: str, want: list[str]) -> None:
    doc = run(variant(text))
    assert [m.label for m in doc.measures] == [variant(label) for label in want]


# A sentence pointing to the work it lists after its colon (以下工作 / 下列任务 / 如下几项措施), the items run on in its
# line (1、…;2、…): each item a measure; a field's list (建设内容:1、…;2、…) points to no work and stays text.
RUN_ON_FAMILIES: dict[str, list[tuple[str, list[str]]]] = {
    "items_run_on_after_a_sentence_pointing_to_its_list": [
        (
            "今年一季度全市社会消费品零售总额增长11.4%,增速高于全年目标。"
            "下一步,市商务局将重点抓好以下工作,努力促进消费市场稳定发展:1、摸清县区龙头企业底数。联合县区商务主管部门开展调研;"
            "2、建立激励机制,制定县区商贸工作考核方案;3、加强形势分析,定期召开经济运行分析会。\n",
            [
                "摸清县区龙头企业底数",
                "建立激励机制,制定县区商贸工作考核方案",
                "加强形势分析,定期召开经济运行分析会",
            ],
        ),
        (
            "为推动项目落地见效,县发展改革局将重点做好如下几项任务,确保年度目标完成:1.加快项目前期工作,完善审批手续;"
            "2.强化要素保障,协调解决用地用能问题;3.加强调度督导,每月通报项目进展情况。\n",
            [
                "加快项目前期工作,完善审批手续",
                "强化要素保障,协调解决用地用能问题",
                "加强调度督导,每月通报项目进展情况",
            ],
        ),
    ],
    "a_fields_list_points_to_no_work": [
        (
            "某村小型农田水利设施建设项目位于某镇某村,由村委会组织实施,工期三个月,资金来源为上级补助资金和村集体自筹资金。"
            "建设内容:1、新建灌溉渠道1200米,配套建设分水闸;2、改造提灌站1座,更换水泵及配套设备。\n",
            [],
        ),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(RUN_ON_FAMILIES))
def test_run_on_list_families(variant: Callable[[str], str], text: str, want: list[str]) -> None:
    doc = run(variant(text))
    assert [m.label for m in doc.measures] == [variant(label) for label in want]


# A requirement under 工作要求 / 保障措施 whose own text charges bodies (各责任部门要… / 区政府督查室要…) assigns: a
# measure; one that charges no one stays none. An item naming a topic of the plan a page describes
# (1.在"聚焦…"方面(分解任务15项)。) is no measure.
REQUIREMENT_FAMILIES: dict[str, list[tuple[str, list[str]]]] = {
    "a_requirement_charging_bodies_is_a_measure": [
        (
            "一、主要任务\n(一)推进项目建设。加快重大项目落地。\n(二)优化营商环境。深化审批制度改革。\n"
            "二、保障措施\n(一)加强组织领导。各责任部门要切实加强对项目建设的领导,精心组织。\n"
            "(二)强化宣传引导。充分利用各类媒体宣传典型经验,营造良好氛围。\n",
            ["推进项目建设", "优化营商环境", "加强组织领导"],
        ),
        (
            "一、主要内容\n《分工方案》将报告分解为五个方面79项重点工作任务。\n二、工作要求\n"
            "1.提高政治站位,强化责任落实。各责任单位要切实加强组织领导,谋划具体的方案措施。\n"
            "2.明确责任分工,加强统筹协调。各责任单位要明确所承担工作的具体措施,牵头单位要发挥组织协调作用。\n"
            "3.营造良好氛围。广泛宣传报告确定的目标任务。\n",
            ["提高政治站位,强化责任落实", "明确责任分工,加强统筹协调"],
        ),
    ],
    # no duty modal: the places' duty stated in general terms assigns nothing
    "a_requirement_stating_duties_in_general_stays_none": [
        (
            "一、主要任务\n(一)推进项目建设。加快重大项目落地。\n二、保障措施\n"
            "(一)加强组织领导。各州(市)、县(市、区)切实履行主体责任,形成工作合力。\n",
            ["推进项目建设"],
        ),
    ],
    "a_topic_of_the_plan_described_is_no_measure": [
        (
            "(一)主要内容。《分工方案》将《政府工作报告》分解为五个方面79项重点工作任务。五个方面分别是:\n"
            "1.在“聚焦深化对外开放,着力打造向北开放桥头堡”方面(分解任务15项)。\n"
            "2.在“聚焦增强发展优势,着力做实项目投资”方面(分解任务9项)。\n"
            "(二)工作要求。\n1.提高政治站位,强化责任落实。各责任单位要切实加强组织领导。\n",
            ["提高政治站位,强化责任落实"],
        ),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(REQUIREMENT_FAMILIES))
def test_requirement_families(variant: Callable[[str], str], text: str, want: list[str]) -> None:
    doc = run(variant(text))
    assert [m.label for m in doc.measures] == [variant(label) for label in want]


# A page with no numbered items (a 通报 of progress) whose paragraph opens with the next step and charges bodies
# with it: an unnumbered measure; a next step that charges no one is none.
_REPORT = (
    "关于10月份民生实事项目进展情况的通报\n"
    "今年以来,各乡镇、各有关部门认真贯彻落实县政府工作部署,扎实推进民生实事办理,取得了较好成效。\n"
    "截至10月31日,65件民生实事已完成26件,已开工事项65件。\n"
)
NEXT_STEP_FAMILIES: dict[str, list[tuple[str, list[str]]]] = {
    "a_next_step_charging_bodies_is_a_measure": [
        (
            _REPORT
            + "下一步,各牵头单位要切实负起牵头抓总的主体责任,抢抓工作进度。县发改委要会同县督查室进行督导。\n附件:\n",
            ["下一步,各牵头单位要切实负起牵头抓总的主体责任,抢抓工作进度"],
        ),
        (
            _REPORT + "下步,县住建局要加快推进老旧小区改造,确保年底前全部完工。\n",
            ["下步,县住建局要加快推进老旧小区改造,确保年底前全部完工"],
        ),
    ],
    "a_next_step_charging_no_one_is_none": [
        (_REPORT + "下一步,我们将继续加大工作力度,确保各项民生实事按期完成。\n", []),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(NEXT_STEP_FAMILIES))
def test_next_step_families(variant: Callable[[str], str], text: str, want: list[str]) -> None:
    doc = run(variant(text))
    assert [m.label for m in doc.measures] == [variant(label) for label in want]


# A page listing projects one a line, a place and the project's name with its field lines under it: each project
# an unnumbered measure named by its line; a lone such line is a caption.
PROJECT_FAMILIES: dict[str, list[tuple[str, list[str]]]] = {
    "projects_listed_one_a_line_with_their_fields": [
        (
            "7000万元投资覆盖3市14县\n具体项目\n阜平县:阜平县乡村道路2017年以工代赈示范工程\n"
            "目标:新建乡村公路19.6公里,解决928人行路难\n易县:易县小流域综合治理2017年以工代赈示范工程\n"
            "目标:修建小塘坝2座,新建乡村公路10公里\n以上项目定于2017年开工,2018年建成。\n",
            ["阜平县:阜平县乡村道路2017年以工代赈示范工程", "易县:易县小流域综合治理2017年以工代赈示范工程"],
        ),
        (
            "城关镇:城关镇高标准农田建设项目\n建设内容:新建高标准农田3000亩\n资金规模:500万元\n"
            "河口乡:河口乡饮水安全巩固提升项目\n建设内容:新建蓄水池2座\n",
            ["城关镇:城关镇高标准农田建设项目", "河口乡:河口乡饮水安全巩固提升项目"],
        ),
    ],
    "a_lone_project_line_is_a_caption": [
        ("本期介绍\n阜平县:阜平县乡村道路2017年以工代赈示范工程\n目标:新建乡村公路19.6公里。\n", []),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(PROJECT_FAMILIES))
def test_project_line_families(variant: Callable[[str], str], text: str, want: list[str]) -> None:
    doc = run(variant(text))
    assert [m.label for m in doc.measures] == [variant(label) for label in want]


# A notice with no numbered items that hands a plan or list on, then charges bodies in a closed paragraph of its
# own: an unnumbered measure (a paragraph the excerpt cut is none); an attachment titled as a list of names (名单)
# holds names, no measures.
_ANNOUNCED = (
    "关于公布2022年度某市特色产业集群名单的通知\n各县(市、区)工信局:\n"
    "经各单位自愿申报、专家论证和网上公示等程序,确定某县纺织特色产业集群等3家集群为2022年度某市特色产业集群,"
    "现予公布(名单见附件)。\n"
)
_LIST = "附件\n2022年度某市特色产业集群名单\n1、某县纺织特色产业集群\n2、某县木材加工特色产业集群\n3、某县轴承特色产业集群\n"
NOTICE_DUTY_FAMILIES: dict[str, list[tuple[str, list[str]]]] = {
    "a_notice_paragraph_charging_bodies_after_its_list": [
        (
            _ANNOUNCED
            + "各县(市、区)局要加强规划引导,完善协调机制,优化产业布局。\n附件:2022年度某市特色产业集群名单\n"
            "某市工业和信息化局\n2022年5月9日\n" + _LIST,
            ["各县(市、区)局要加强规划引导,完善协调机制,优化产业布局"],
        ),
        (
            "各市、县人民政府,省政府各部门:\n《2023年重点项目清单》已经省政府同意,现印发给你们,请认真贯彻执行。\n"
            "实施联系推进重点项目工作,是扩大有效投资的重要举措。各地、各有关部门要成立工作专班,推动要素向大项目集聚。"
            "省重点建设项目领导小组办公室要加强跟踪服务。\n2023年重点项目清单\n",
            ["实施联系推进重点项目工作,是扩大有效投资的重要举措"],
        ),
    ],
    "a_paragraph_the_excerpt_cut_is_none": [
        (_ANNOUNCED + "各县(市、区)局要高度重视,加强领\n", []),
    ],
    "a_list_of_names_holds_no_measures": [
        (_ANNOUNCED + "某市工业和信息化局\n2022年5月9日\n" + _LIST, []),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(NOTICE_DUTY_FAMILIES))
def test_notice_duty_families(variant: Callable[[str], str], text: str, want: list[str]) -> None:
    doc = run(variant(text))
    assert [m.label for m in doc.measures] == [variant(label) for label in want]


# Regression (round 26 merge of a26m and h26m): a requirement heading whose text opens with bodies told only to carry
# their responsibility in general terms (heldout4 m04's gold) is no measure, while one that charges them with a task
# is (a26m's family, heldout35 cc02).
@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("各州(市)、县(市、区)切实履行主体责任,形成工作合力。", ["推进项目建设"]),
        ("各县(市、区)承担属地责任,形成工作合力。", ["推进项目建设"]),
        ("各责任部门要切实做好项目调度,每月报送进展。", ["推进项目建设", "加强组织领导"]),
    ],
)
def test_requirement_heading_general_duty(
    variant: Callable[[str], str], sentence: str, want: list[str]
) -> None:
    text = (
        "一、主要任务\n(一)推进项目建设。加快重大项目落地。\n二、保障措施\n(一)加强组织领导。"
        + sentence
        + "\n"
    )
    doc = run(variant(text))
    assert [m.label for m in doc.measures] == [variant(label) for label in want]


# A document-sharing site's preview whose chunk numbers after the first are run into the words of its sentences
# (…通2、過… / (一期3、)): the 1、 opening the text is the site's, no item; the document's own (一) items are.
CHUNK_FAMILIES: dict[str, list[tuple[str, list[str]]]] = {
    "chunk_numbers_run_into_the_words": [
        (
            "县区重大项目百日攻坚行动方案.doc\n下载文档\n1、县区重大工程百日攻坚行动方案\n县区重大工程百日攻坚行动方案\n"
            "为加快推进我县重大工程建设,县委、县政府决定开展重大工程百日攻坚行动。\n一、攻坚目标\n"
            "以重大工程为攻坚重点,通2、过百日攻坚行动,推进162个攻坚工程全面完成。\n二、攻坚任务\n"
            "(一)省市县长工程攻坚任务。确保起步科创园(一期3、)开工建设。\n"
            "(二)重大前期工程攻坚任务。对照任务清单,逐个工程进行梳理。\n",
            ["省市县长工程攻坚任务", "重大前期工程攻坚任务"],
        ),
    ],
    # a 1、 item with no later numbers run into words stays the page's item
    "an_item_with_no_chunks_run_in_stays": [
        (
            "1、加快推进重大工程建设,确保全年开工项目达到30个。\n2、强化要素保障,协调解决用地用能问题。\n",
            ["加快推进重大工程建设,确保全年开工项目达到30个", "强化要素保障,协调解决用地用能问题"],
        ),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(CHUNK_FAMILIES))
def test_preview_chunk_families(variant: Callable[[str], str], text: str, want: list[str]) -> None:
    doc = run(variant(text))
    assert [m.label for m in doc.measures] == [variant(label) for label in want]
