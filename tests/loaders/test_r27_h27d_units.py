"""Responsible units of round 27's new parts (heldout41, 43, 45) written as families of the responsibility grammar:
a heading that hands its bodies the list of duties under it (第四条 市消防安全委员会应当履行下列消防工作职责: over
(一)…(四)); bodies named by their kind or level (no place) that any sentence of an item charges with a duty modal
(各级政府要…; 林业部门要…; 县级以上地方各级人民政府、军事机关,要…; 交通、通信部门要…; 一是要求各乡镇、各成员单位
要…; 市直各网站要…), with the kinds that are no units (有关部门要…, 县级人民政府要…, 各级发展改革部门要…,
主要领导要…); the rule that the units before a list's semicolon lead (分号前面为牵头单位,下同). Inline texts in both
scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, family_params, run, units_match

H = "一、重点任务\n"
# Each measure's (units, leads) as written, in order
Want = list[tuple[list[str], list[str]]]
Case = tuple[str, Want]

FAMILIES: dict[str, list[Case]] = {
    "heading_handing_its_list_of_duties": [
        (
            "第一章 总则\n第一条 为加强消防工作,制定本规定。\n第二章 消防工作职责\n"
            "第二条 市消防安全委员会应当履行下列消防工作职责:\n"
            "(一)组织制定消防工作规划和年度计划。\n(二)组织开展消防安全检查。\n",
            [(["市消防安全委员会"], []), (["市消防安全委员会"], [])],
        ),
        # the verb without a modal, the tasks' topic before their noun
        (
            "第一章 总则\n第一条 为加强安全生产工作,制定本办法。\n第二章 工作职责\n"
            "第二条 县应急管理局负责下列安全生产监管事项:\n"
            "(一)制定年度监督检查计划。\n(二)组织开展应急演练。\n",
            [(["县应急管理局"], []), (["县应急管理局"], [])],
        ),
    ],
    "kind_subjects_of_an_item's_sentences": [
        # a collective by level and a sector's departments, each after the item's title and another sentence
        (
            H + "(一)强化责任落实。各级政府要成立督促检查组,深入基层。\n"
            "(二)加强隐患排查。林业部门要切实加强行业管理,及时消除火灾隐患。各级森防指要成立督导组。\n",
            [(["各级政府"], []), (["林业部门", "各级森防指"], [])],
        ),
        # a later sentence, its subject bounded by level, a comma before the modal, a join of two kinds
        (
            H + "(一)实现防空防灾相结合。要按照平战结合方针,完善工作机制。县级以上地方各级人民政府、军事机关,"
            "要把人民防空部门作为重要力量。\n(二)开展演练。城市人民政府要适时组织防空防灾演练。\n",
            [(["县级以上地方各级人民政府", "军事机关"], []), (["城市人民政府"], [])],
        ),
        (
            H
            + "(一)加强疏散地域建设。各级政府和军事机关要组织有关部门加强建设。交通、通信部门要优先安排工程。\n",
            [(["各级政府", "军事机关", "交通", "通信部门"], [])],
        ),
    ],
    # regression (round 27, kept-out heldout42 cj02): whoever meets a condition (凡…的地区和部门) is sanctioned, not
    # charged: no unit; the body charged with the sanction still is
    "a_conditional_subject_is_no_kind_subject": [
        (
            H
            + "(一)严格责任追究。凡在本次专项工作中工作不力的地区和部门,要追究领导责任。各级政府要成立督查组。\n",
            [(["各级政府"], [])],
        ),
        (
            H + "(一)严格责任追究。对履职不到位的地区和部门,要通报批评。各级党委和政府要加强检查。\n",
            [(["各级党委", "政府"], [])],
        ),
    ],
    "party_and_government_and_named_bodies_in_later_sentences": [
        # a party committee and its government joined by 和 (two units, the second as written); a body named with
        # its level in a later sentence carries a share of the item (round 34: heldout65 di06 县生态环境分局要…,
        # heldout38 cf12, heldout28 bv03 gold)
        (
            H
            + "(一)加强组织领导。各级党委和政府要高度重视。\n(二)抓好督查。要建立台账,定期通报。县委要加强统筹。\n",
            [(["各级党委", "政府"], []), (["县委"], [])],
        ),
        # actors named with their level are no bodies
        (
            H + "(一)深化改革。要完善机制。省属高校要加强管理。市属国有企业要带头落实。\n",
            [([], [])],
        ),
    ],
    "occasion_between_subject_and_modal": [
        (
            H
            + "(一)加强信息化规划。国家有关部门要抓紧制订总体规划。各级人民政府、各级军事机关在制定信息化建设规划时,"
            "要考虑人民防空的需要。\n(二)做好演练。各级人民政府在组织演练过程中要加强保障。\n",
            [(["国家有关部门", "各级人民政府", "各级军事机关"], []), (["各级人民政府"], [])],
        ),
    ],
    "kind_subjects_of_ordinal_sentences": [
        # a paragraph run on by ordinal words: a verb of requiring before the subject, places and a council's members
        (
            "为做好平安创建工作,县里从几个方面开展工作:一是要求各乡镇、各成员单位要加大宣传力度,召开群众会。"
            "二是政法机关要坚决打击刑事犯罪活动。三是加强治安防控体系建设。\n",
            [(["各乡镇", "各成员单位"], []), (["政法机关"], []), ([], [])],
        ),
    ],
    "websites_charged_by_a_notice": [
        (
            H + "(一)各有关部门、各市(县)区互联网宣传管理部门、市直各网站要认真组织开展宣传周活动。\n"
            "(二)各网站要在首页开设专题。\n(三)活动要严格贯彻执行有关要求。\n",
            [(["各有关部门", "各市(县)区互联网宣传管理部门", "市直各网站"], []), (["各网站"], []), ([], [])],
        ),
    ],
    "kinds_that_are_no_units": [
        # a vague kind, a level's government, a sector's departments by their level, people, an exhortation
        (
            H + "(一)加强管理。有关部门要加强指导。县级人民政府要组织实施。\n"
            "(二)做好保障。各级发展改革部门要加强协调。主要领导要亲自部署。\n",
            # 各级发展改革部门: a sector's departments at every level, a unit since round 42 (the corpus gold's reading)
            [([], []), (["各级发展改革部门"], [])],
        ),
        (
            H + "(一)充分认识做好就业工作的重要性。各级各有关部门要从讲政治的高度做好工作。\n",
            [([], [])],
        ),
        # a role word before the kind (a label that lost its colon), a township level's government
        (
            H + "(一)完善机制。牵头部门要加强统筹。乡(镇、街道)政府要设置统计工作岗位。\n",
            [([], [])],
        ),
    ],
    "units_before_the_semicolon_lead": [
        # a table flattened one cell a line, the rule closing the first row's unit cell after a full stop
        (
            "序号 |\n工作任务 |\n具体举措 |\n责任单位 |\n1 |\n提升竹林质效 |\n改造低效竹林。 |\n"
            "市林业局;各镇(街道)人民政府。(分号前面为牵头单位,下同) |\n2 |\n推进道路建设 |\n新建道路。 |\n"
            "市交通运输局;市财政局 |\n",
            [
                (["市林业局", "各镇(街道)人民政府"], ["市林业局"]),
                (["市交通运输局", "市财政局"], ["市交通运输局"]),
            ],
        ),
        # the same rule in an item's bracket, with 之前 and 的
        (
            H
            + "(一)提升竹林质效。改造低效竹林。(市林业局;市财政局、各镇人民政府。分号之前的为牵头单位,下同)\n"
            "(二)推进道路建设。新建道路。(市交通运输局;市财政局)\n",
            [
                (["市林业局", "市财政局", "各镇人民政府"], ["市林业局"]),
                (["市交通运输局", "市财政局"], ["市交通运输局"]),
            ],
        ),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_r27_h27d_units(variant: Callable[[str], str], text: str, want: Want) -> None:
    doc = run(variant(text))
    got = [([r.surface for r in m.responsible], [r.surface for r in m.lead]) for m in doc.measures]
    assert len(doc.measures) == len(want), got
    for m, (units, leads) in zip(doc.measures, want, strict=True):
        assert units_match(doc, m.responsible, units) and units_match(doc, m.lead, leads), got
