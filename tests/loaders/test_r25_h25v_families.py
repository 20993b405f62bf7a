"""Measures, units and leads of round 25's heldout32-33, written as families of the layout and the responsibility
grammar: a run of (一) headings each closed by a bare bracket of bodies, nothing under them (a 普法责任清单's
(一)《宪法》(全系统各单位) / (二)《监狱法》(监狱管理局)), is a run of leaf items; numbered label lines of a joint
meeting (一、建立联席会议机制 / (一)牵头单位:A、B / (二)组成单位:C、D / (三)主要工作任务…) are the section's
responsibility lines over the items after them, never measures; a heading that is a body and the word for its duties
((一)市发改委主要职责 / 1.… / 2.…) and a section's opening sentence whose subject takes the items below as its tasks
(…,乡镇统计机构主要承担以下工作任务。 / 1.… / 2.…) and a body heading with its duty verb ((一)市综合行政执法局主要
负责: / 1.…) name the units of those items; an item opening with a body's name and a colon is that body's (1、县住建局:
向县委…报告…); a line of a colon and units alone under a page's one task sentence (:市市容局) is the task's
responsibility cell, its label lost; a sentence's or comma piece's subject bearing a duty it names (安委办担负综合
协调责任 / …的各行业主管部门要认真履行行业安全监管职能) is the item's unit; a news report's sentence listing
three or more actions, each with its own bracket of the body leading it (制定了A行动(登记处牵头)、B行动(社团处牵头)
和C行动(…牵头)等三大行动方案), gives one measure per action. Inline texts in both scripts and
both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, family_params, run, units_match

_REPORT = "9月10日,某市民政局印发《社会组织规范化建设专项行动方案》。\n"
# Each measure's (label's first characters, units, leads), in order
Want = list[tuple[str, list[str], list[str]]]
Case = tuple[str, Want]

FAMILIES: dict[str, list[Case]] = {
    "headings_closed_by_their_bodies": [
        (
            "一、重点普法内容及责任部门\n(一)《中华人民共和国宪法》(全系统各单位、各部门)\n"
            "(二)《中华人民共和国监狱法》(监狱管理局)\n(三)《中华人民共和国禁毒法》《戒毒条例》(戒毒管理局)\n",
            [
                ("《中华人民共和国宪法》", ["全系统各单位", "各部门"], []),
                ("《中华人民共和国监狱法》", ["监狱管理局"], []),
                ("《中华人民共和国禁毒法》", ["戒毒管理局"], []),
            ],
        ),
        (
            "一、重点任务\n(一)加强宪法宣传(市司法局)\n(二)加强监狱法宣传(市公安局)\n",
            [("加强宪法宣传", ["市司法局"], []), ("加强监狱法宣传", ["市公安局"], [])],
        ),
        # a heading over 1. items stays a section: its items are the measures
        (
            "一、重点任务\n(一)加强宪法宣传(市司法局)\n1.开展宪法进机关活动。\n2.开展宪法进学校活动。\n",
            [("开展宪法进机关活动", [], []), ("开展宪法进学校活动", [], [])],
        ),
    ],
    "numbered_label_lines_over_items": [
        (
            "一、建立工作机制\n(一)牵头单位:市住建局、市发改局。\n(二)成员单位:市公安局、市财政局。\n"
            "(三)主要工作任务。到2022年底,全市新建停车场53个。\n",
            [("主要工作任务", ["市住建局", "市发改局", "市公安局", "市财政局"], ["市住建局", "市发改局"])],
        ),
        (
            "一、建立联席会议机制\n(一)牵头单位:市住建局。\n(二)组成单位:市公安局、市财政局、市国资委。\n"
            "(三)推进停车场建设。全市新建停车场53个。\n(四)盘活停车资源。推进共享利用。\n",
            [
                ("推进停车场建设", ["市住建局", "市公安局", "市财政局", "市国资委"], ["市住建局"]),
                ("盘活停车资源", ["市住建局", "市公安局", "市财政局", "市国资委"], ["市住建局"]),
            ],
        ),
    ],
    "duties_title_over_items": [
        (
            "一、部门职责\n(一)市发改委主要职责\n1.负责拟订全市停车设施发展规划。\n2.负责停车项目立项审批。\n",
            [("负责拟订全市停车设施", ["市发改委"], []), ("负责停车项目立项审批", ["市发改委"], [])],
        ),
        # a topic between the bodies and the word for their duties: no unit from the title
        (
            "一、部门职责\n(一)市发改委停车设施职责\n1.拟订全市停车设施发展规划。\n2.推进停车项目立项。\n",
            [("拟订全市停车设施发展", [], []), ("推进停车项目立项", [], [])],
        ),
    ],
    "opening_sentence_takes_the_items": [
        (
            "二、工作任务\n根据有关规定,乡镇统计机构主要承担以下工作任务。\n1.纳入政府统计报表制度的任务\n"
            "包括农业生产条件。\n2.周期性普查任务\n人口普查。\n",
            [("纳入政府统计报表制度", ["乡镇统计机构"], []), ("周期性普查任务", ["乡镇统计机构"], [])],
        ),
        # no body before the words: no unit
        (
            "二、工作任务\n根据有关规定,全面完成以下工作任务。\n1.纳入政府统计报表制度的任务\n包括农业生产条件。\n",
            [("纳入政府统计报表制度", [], [])],
        ),
    ],
    "item_opening_with_its_body_and_a_colon": [
        (
            "三、责任分工\n1、县住建局:向县委、县政府及时报告集中供热重大问题;督促供热企业加强管理。\n"
            "2、县财政局:保障供热补贴资金。\n",
            [("县住建局:向县委、县政府", ["县住建局"], []), ("县财政局:保障供热补贴资金", ["县财政局"], [])],
        ),
        # a topic or a kind of actor before the colon names no body
        (
            "三、主要任务\n1、主要任务:加强集中供热管理。\n2、供热企业:加强设备检修。\n",
            [("主要任务:加强集中供热", [], []), ("供热企业:加强设备检修", [], [])],
        ),
    ],
    "body_heading_with_its_duty_verb": [
        (
            "三、责任分工\n(一)市综合行政执法局主要负责:\n1、临时占用人行道的停车管理。\n2、道路停车泊位的设置。\n"
            "(二)市交警支队主要负责:\n1、违法停车的查处。\n",
            [
                ("临时占用人行道的停车", ["市综合行政执法局"], []),
                ("道路停车泊位的设置", ["市综合行政执法局"], []),
                ("违法停车的查处", ["市交警支队"], []),
            ],
        ),
    ],
    "responsibility_cell_whose_label_was_lost": [
        (
            "从2010-2014年,每年配套建设4-5个乡镇的生活垃圾收集、转运设施,开展乡镇环境卫生综合整治,实现农村环境卫生"
            "明显改善。\n:市市容局、市财政局\n",
            [("从2010-2014年", ["市市容局", "市财政局"], [])],
        ),
        # a colon before words that name no body: nothing
        ("加强农村环境卫生整治,实现农村环境卫生明显改善。\n:农村垃圾\n", []),
    ],
    "duty_borne_by_name": [
        (
            "一、重点任务\n1.加强安全生产监管。安委办担负综合协调责任。\n",
            [("加强安全生产监管", ["安委办"], [])],
        ),
        (
            "一、重点任务\n1.加强安全生产监管。全面落实监管责任,负有安全生产监管职责的各行业主管部门要认真履行"
            "行业安全监管职能。\n",
            [("加强安全生产监管", ["负有安全生产监管职责的各行业主管部门"], [])],
        ),
        # a phrase of duties (…的责任), or a kind of actor bearing its own: no unit
        ("一、重点任务\n1.加强督导。市政府办公室担负起督查调度的责任。\n", [("加强督导", [], [])]),
        ("一、重点任务\n1.拓宽就业渠道。带动更多企业主动履行社会责任。\n", [("拓宽就业渠道", [], [])]),
    ],
    "actions_listed_with_their_leads": [
        (
            _REPORT
            + "根据方案要求,市民政局分类制定了社会组织登记规范化建设行动(登记处牵头)、社会组织治理规范化"
            "建设行动(社团处牵头)和社会组织文化建设提升行动(社会组织服务中心牵头)等三大行动方案。\n",
            [
                ("社会组织登记规范化建设行动", ["登记处"], ["登记处"]),
                ("社会组织治理规范化建设行动", ["社团处"], ["社团处"]),
                ("社会组织文化建设提升行动", ["社会组织服务中心"], ["社会组织服务中心"]),
            ],
        ),
        # two actions could be one action and its partner's: the paragraph stays one measure
        (
            _REPORT
            + "根据方案要求,市民政局将开展社会组织登记规范化建设行动(登记处牵头)和社会组织治理规范化建设"
            "行动(社团处牵头),推动社会组织高质量发展。\n",
            # (round 28: 根据方案要求, opens the reported plan's own sentence, no longer the title)
            [("市民政局将开展社会组织", ["登记处", "社团处"], ["登记处", "社团处"])],
        ),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_r25_h25v_families(variant: Callable[[str], str], text: str, want: Want) -> None:
    doc = run(variant(text))
    got = [(m.label, [r.surface for r in m.responsible], [r.surface for r in m.lead]) for m in doc.measures]
    assert len(doc.measures) == len(want), got
    for m, (label, units, leads) in zip(doc.measures, want, strict=True):
        assert m.label.startswith(variant(label)[:8]), got
        assert units_match(doc, m.responsible, units) and units_match(doc, m.lead, leads), got


def test_roles_alone_stay_apart_from_the_next_section() -> None:
    """四、组织机构 / (一)牵头单位:A / (二)配合单位:B / 五、…: label lines with no item after them at their level
    cover nothing of the next section."""
    for variant in VARIANTS:
        doc = run(
            variant(
                "四、组织机构\n(一)牵头单位:区商务委\n(二)配合单位:区财政局、区市场监管局\n五、具体安排\n"
                "(一)服务平台\n区商务委通过公开征集确定金融服务平台。\n"
            )
        )
        last = doc.measures[-1]
        assert [r.surface for r in last.lead] == [], [r.surface for r in last.responsible]
        assert not any("财政" in r.surface for r in last.responsible)
