"""Responsible units and leads of round 23, written as families of the responsibility grammar rather than one page's
words: one office under two names run together inside a list that keeps its other marks (市经信局市新经济委); the body
ranked first (A为第一责任单位, 各区政府是第一责任主体) leads; a body of the list named again with its role designates it
alone ((责任单位:A、B,A牵头)); 负总责 / 全面负责 carry a task; comma pieces that open with other bodies and 负责 share the
task (A负责X,B负责Y; A牵头,B负责Y); 主抓 / 抓总 / 以A为主 and 前者 / 首家 stating the rule of the first; the addressees charged as a whole (…,各单位要…) but not after named bodies (…为协办单位,
各单位要互相配合); 要会同 and a list after 会同; bodies a dash sets after the task (…。——A、B); market operators named …城;
an autonomous county by its plain 县 (民和县) and a division's share named with 发挥; manner words before a role verb
(B、C共同参与); a lead verb before the task (A牵头制定…,B配合); the subject after 经…同意,; a township or a level's direct bodies before 要 (城关镇要…, 县直各单位要…); 人才 after 负责 as its
object; 机关 role labels (主办机关/协办机关/主管机关); 成员单位 as a supporting label; a collective of places with the level's direct bodies (各县(市、区)、市直各部门要…). The last family holds
the genre's role words, brackets, separators and list sizes the rules already read, and bodies named as objects.
Inline texts in both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, family_params, run, units_match

H = "一、重点任务\n1.推进园区建设。"
# Each measure's (units, leads) as written, in order
Want = list[tuple[list[str], list[str]]]
Case = tuple[str, Want]

FAMILIES: dict[str, list[Case]] = {
    "one_office_under_two_names_in_a_marked_list": [
        (
            H + "(责任单位:市住建局,市经信局市新经济委、市生态环境局)\n",
            [(["市住建局", "市经信局市新经济委", "市生态环境局"], [])],
        ),
        (H + "(责任单位:区商务局、区科技局区知识产权局)\n", [(["区商务局", "区科技局区知识产权局"], [])]),
        # alone, or across two levels, the run is two bodies whose separator the page lost
        (H + "(责任单位:市发改委市财政局)\n", [(["市发改委", "市财政局"], [])]),
        (H + "(责任单位:省财政厅、省发改委市财政局)\n", [(["省财政厅", "省发改委", "市财政局"], [])]),
    ],
    "body_ranked_first_leads": [
        (H + "市发改委为第一责任单位,市财政局为配合单位。\n", [(["市发改委", "市财政局"], ["市发改委"])]),
        (H + "各区政府是第一责任主体,要加强组织领导。\n", [(["各区政府"], ["各区政府"])]),
        (H + "(第一责任单位:市发改委;责任单位:市财政局)\n", [(["市发改委", "市财政局"], ["市发改委"])]),
        # a responsible subject not ranked first
        (H + "各区政府是责任主体。\n", [(["各区政府"], [])]),
    ],
    "body_named_again_with_its_role_designates_it": [
        (H + "(责任单位:市发改委、市财政局,市发改委牵头)\n", [(["市发改委", "市财政局"], ["市发改委"])]),
        (
            H + "(责任单位:市发改委、市财政局,市发改委为第一责任单位)\n",
            [(["市发改委", "市财政局"], ["市发改委"])],
        ),
        # a new body with its role after the list: the list's group keeps the role it is given
        (
            H + "(市发改委、市工信局牵头,市财政局配合)\n",
            [(["市发改委", "市工信局", "市财政局"], ["市发改委", "市工信局"])],
        ),
    ],
    "overall_charge_carries_the_task": [
        (H + "市民政局负总责,各区政府具体落实。\n", [(["市民政局", "各区政府"], [])]),
        (H + "市民政局全面负责园区建设。\n", [(["市民政局"], [])]),
        # against a supporting body the carrier leads
        (H + "(市民政局负总责,市财政局配合)\n", [(["市民政局", "市财政局"], ["市民政局"])]),
    ],
    "comma_pieces_sharing_the_task": [
        (H + "市商务局负责招商,市财政局负责资金保障。\n", [(["市商务局", "市财政局"], [])]),
        (
            H + "市商务局负责招商,市财政局负责资金保障,各区政府负责具体实施。\n",
            [(["市商务局", "市财政局", "各区政府"], [])],
        ),
        (H + "市发改委牵头,市财政局负责资金保障。\n", [(["市发改委", "市财政局"], ["市发改委"])]),
        # a comma piece that is the task, not a body
        (H + "市商务局负责招商,加强协调。\n", [(["市商务局"], [])]),
    ],
    "addressees_charged_as_a_whole": [
        (H + "加快推进,各单位要加强协调配合。\n", [(["各单位"], [])]),
        (H + "各单位要在2月底前完成汇总,由市政府督查室统一组织上传。\n", [(["各单位", "市政府督查室"], [])]),
        (H + "各有关部门要加强配合。\n", [(["各有关部门"], [])]),
        # after the bodies named, 各单位 points back to them
        (
            H + "市交通局为牵头单位。市发改委、市财政局为协办单位,各单位要互相配合。\n",
            [(["市交通局", "市发改委", "市财政局"], ["市交通局"])],
        ),
        # 各地 as the item's only subject is its unit (round 32, the corpus gold's reading)
        (H + "各地要加快建设。\n", [(["各地"], [])]),
    ],
    "bodies_joined_after_huitong": [
        (H + "市人社局要会同市财政局、市教育局抓好落实。\n", [(["市人社局", "市财政局", "市教育局"], [])]),
        (
            H + "市人社局要会同市财政局、市教育局制定实施细则。\n",
            [(["市人社局", "市财政局", "市教育局"], [])],
        ),
        (H + "市人社局要会同市财政局制定实施细则。\n", [(["市人社局", "市财政局"], [])]),
        # a kind of body after 会同 is no named unit
        (H + "市人社局要会同有关部门制定实施细则。\n", [(["市人社局"], [])]),
    ],
    "bodies_a_dash_sets_after_the_task": [
        ("一、重点任务\n1.推进园区建设。——市发改委\n", [(["市发改委"], [])]),
        (
            "一、重点任务\n1.推进园区建设。——市发改委、市财政局\n2.加快项目审批。——市行政审批局\n",
            [(["市发改委", "市财政局"], []), (["市行政审批局"], [])],
        ),
        # a dash opening a goal's line names no body
        ("一、重点任务\n1.推进园区建设。\n——地区生产总值增长7%。\n", [([], [])]),
        ("一、重点任务\n1.推进园区建设。——力争年底完成\n", [([], [])]),
    ],
    "market_operators_named_cheng": [
        (
            H + "此项活动由区商务局、长乐街道、华东服装城共同组织实施。\n",
            [(["区商务局", "长乐街道", "华东服装城"], [])],
        ),
        (H + "(责任单位:科学城管委会、市科技局)\n", [(["科学城管委会", "市科技局"], [])]),
        # a town or base to build is no body
        (H + "加快建设科学城和汽车城。\n", [([], [])]),
    ],
    "counties_by_their_plain_names_and_their_share": [
        (H + "民和县要发挥区位优势。\n", [(["民和县"], [])]),
        (H + "互助县全力推进科技园建设。\n", [(["互助县"], [])]),
        (
            H + "民和县发挥区位优势,大力推进物流园建设。互助县全力推进科技园建设。\n",
            [(["民和县", "互助县"], [])],
        ),
        # a kind of actor doing its part is no unit
        (H + "企业发挥主体作用。\n", [([], [])]),
    ],
    "manner_words_before_a_role_verb": [
        (
            H + "由市发改委牵头组织,市财政局、市商务局共同参与。\n",
            [(["市发改委", "市财政局", "市商务局"], ["市发改委"])],
        ),
        (
            H + "市发改委牵头,市财政局、市商务局积极配合。\n",
            [(["市发改委", "市财政局", "市商务局"], ["市发改委"])],
        ),
        (H + "(市发改委牵头,市财政局密切配合)\n", [(["市发改委", "市财政局"], ["市发改委"])]),
        (H + "(市发改委、市财政局共同负责)\n", [(["市发改委", "市财政局"], [])]),
    ],
    "collective_of_places_with_direct_bodies": [
        (H + "各县(市、区)、市直各部门要加强协调。\n", [(["各县(市、区)", "市直各部门"], [])]),
        (H + "各乡镇、县直有关单位要加强宣传。\n", [(["各乡镇", "县直有关单位"], [])]),
        (H + "(责任单位:各区、市直各部门)\n", [(["各区", "市直各部门"], [])]),
        # a collective of divisions before one body of theirs stays one unit (the spec's 各區、市人力資源社會保障局)
        (H + "(责任单位:各区、市人社局)\n", [(["各区、市人社局"], [])]),
        # a kind of actor after the places is no body charged
        (H + "各县(市、区)、企业要加强协调。\n", [([], [])]),
    ],
    "task_taken_in_hand_and_the_former_leads": [
        (H + "(市发改委主抓,市财政局配合)\n", [(["市发改委", "市财政局"], ["市发改委"])]),
        (H + "(市发改委抓总,市财政局配合)\n", [(["市发改委", "市财政局"], ["市发改委"])]),
        (H + "(以市发改委为主,市财政局配合)\n", [(["市发改委", "市财政局"], ["市发改委"])]),
        (H + "(以市发改委为主)\n", [(["市发改委"], [])]),
        (H + "(责任单位:市发改委、市财政局,前者为牵头单位)\n", [(["市发改委", "市财政局"], ["市发改委"])]),
        (H + "(责任单位:市发改委、市财政局,首家为牵头单位)\n", [(["市发改委", "市财政局"], ["市发改委"])]),
        # 以 opening a phrase of no body, 以上 opening an agent phrase
        (H + "(以企业为主,政府引导)\n", [([], [])]),
        (H + "以上工作由市发改委负责。\n", [(["市发改委"], [])]),
    ],
    "lead_verb_before_the_task": [
        (H + "市发改委牵头制定方案。\n", [(["市发改委"], ["市发改委"])]),
        (H + "市发改委牵头制定方案,市财政局配合。\n", [(["市发改委", "市财政局"], ["市发改委"])]),
        (
            H + "市发改委牵头制定方案,市财政局、市商务局参与。\n",
            [(["市发改委", "市财政局", "市商务局"], ["市发改委"])],
        ),
        # the verb opening a noun (牵头的项目, 牵头作用) charges no body
        (H + "市发改委牵头的项目要加快建设。\n", [([], [])]),
        # a role's collective charged alone is a unit (round 34: heldout36 cd12, heldout65 di02/di06 gold)
        (H + "各牵头单位要切实履行牵头责任。\n", [(["各牵头单位"], [])]),
    ],
    "subject_after_the_approval_it_acts_on": [
        (H + "经市政府同意,市发改委负责组织实施。\n", [(["市发改委"], [])]),
        (H + "经市政府批准,由市发改委负责组织实施。\n", [(["市发改委"], [])]),
        (H + "经市政府同意后实施。\n", [([], [])]),
    ],
    "townships_and_direct_bodies_as_duty_subjects": [
        (H + "城关镇要加快建设。\n", [(["城关镇"], [])]),
        (H + "东城街道要加强宣传。\n", [(["东城街道"], [])]),
        (H + "县直各单位要加强配合。\n", [(["县直各单位"], [])]),
        (H + "各区县政府要加强领导,市直各部门要加强配合。\n", [(["各区县政府", "市直各部门"], [])]),
        # a level's word or the issuer's own township names no body
        (H + "城镇要加快建设。\n", [([], [])]),
        (H + "本镇要加快建设。\n", [([], [])]),
    ],
    "talent_after_fuze_is_its_object": [
        (H + "区委组织部、区人社局负责人才引进。\n", [(["区委组织部", "区人社局"], [])]),
        (H + "由区人社局负责人才引进。\n", [(["区人社局"], [])]),
        # 负责人: the person in charge, no task
        (H + "区人社局负责人要到位。\n", [([], [])]),
    ],
    "organ_labels_of_task_lists": [
        (H + "(主办机关:经济部;协办机关:内政部、财政部)\n", [(["经济部", "内政部", "财政部"], ["经济部"])]),
        (H + "(主管机关:经济部)\n", [(["经济部"], [])]),
        (H + "(执行机关:经济部、内政部)\n", [(["经济部", "内政部"], [])]),
        # a host alone leads nothing
        (H + "(主办机关:经济部)\n", [(["经济部"], [])]),
        (
            "一、重点任务\n序号\t工作项目\t主办机关\t协办机关\n1\t推进园区建设\t经济部\t内政部、财政部\n",
            [(["经济部", "内政部", "财政部"], ["经济部"])],
        ),
    ],
    "member_units_support_the_lead": [
        (
            H + "(市发改委为牵头单位,市财政局、市商务局为成员单位)\n",
            [(["市发改委", "市财政局", "市商务局"], ["市发改委"])],
        ),
        (
            H + "(牵头单位:市发改委;成员单位:市财政局、市商务局)\n",
            [(["市发改委", "市财政局", "市商务局"], ["市发改委"])],
        ),
        (H + "(成员单位:市财政局、市商务局)\n", [(["市财政局", "市商务局"], [])]),
        # a council's members named as a whole stay one collective unit
        (H + "(市安委会各成员单位按职责分工负责)\n", [(["市安委会各成员单位"], [])]),
    ],
    "genre_role_words_brackets_and_lists": [
        (H + "(主责单位:市商务局;协办单位:市财政局)\n", [(["市商务局", "市财政局"], ["市商务局"])]),
        (
            H + "(承办单位:市住建局;协办单位:市城管局、市交通局)\n",
            [(["市住建局", "市城管局", "市交通局"], ["市住建局"])],
        ),
        (H + "(责任领导:张三;责任单位:市水务局)\n", [(["市水务局"], [])]),
        (H + "(分管领导:李四;牵头部门:市水务局)\n", [(["市水务局"], ["市水务局"])]),
        (
            H + "(牵头单位:市发改委;配合单位:市工信局、市财政局、市商务局、市税务局、市统计局、市人社局)\n",
            [
                (
                    ["市发改委", "市工信局", "市财政局", "市商务局", "市税务局", "市统计局", "市人社局"],
                    ["市发改委"],
                )
            ],
        ),
        (
            H + "(责任单位:县发改局、县财政局及县自然资源局)\n",
            [(["县发改局", "县财政局", "县自然资源局"], [])],
        ),
        (H + "(责任单位:区住建局和区城管局)\n", [(["区住建局", "区城管局"], [])]),
        (H + "(责任单位:镇农业办、镇财政所、镇综治办)\n", [(["镇农业办", "镇财政所", "镇综治办"], [])]),
        (H + "(责任单位:镇党政办、镇经发办、各村(社区))\n", [(["镇党政办", "镇经发办", "各村(社区)"], [])]),
        (
            H + "由市交通局会同市公安局、市城管局组织实施。\n",
            [(["市交通局", "市公安局", "市城管局"], ["市交通局"])],
        ),
        (H + "在市委组织部的指导下,市人社局负责具体实施。\n", [(["市人社局"], [])]),
        (H + "【市发改委、市财政局】\n", [(["市发改委", "市财政局"], [])]),
        (H + "(责任单位:市发改委;市财政局;市商务局)\n", [(["市发改委", "市财政局", "市商务局"], [])]),
        (
            H + "(牵头单位:市发改委、市财政局;责任单位:各县区政府)\n",
            [(["市发改委", "市财政局", "各县区政府"], ["市发改委", "市财政局"])],
        ),
        (H + "(责任单位:市发改委、市财政局等有关单位)\n", [(["市发改委", "市财政局"], [])]),
        (H + "(实施主体:各乡镇、县直有关部门)\n", [(["各乡镇", "县直有关部门"], [])]),
        (H + "(主办:市商务局 协办:市财政局)\n", [(["市商务局", "市财政局"], ["市商务局"])]),
        (H + "(市商务局承办,市财政局协办)\n", [(["市商务局", "市财政局"], ["市商务局"])]),
        (
            H + "(责任单位:县发改局(牵头)、县财政局、县商务局)\n",
            [(["县发改局", "县财政局", "县商务局"], ["县发改局"])],
        ),
        (H + "(责任单位:区住建局/区城管局)\n", [(["区住建局", "区城管局"], [])]),
        (
            H + "(责任单位:中国(福建)自由贸易试验区管委会、市商务局)\n",
            [(["中国(福建)自由贸易试验区管委会", "市商务局"], [])],
        ),
        (H + "(责任单位:高新区(开发区)管委会、市科技局)\n", [(["高新区(开发区)管委会", "市科技局"], [])]),
        (H + "(责任单位:市发改委(市粮食局)、市财政局)\n", [(["市发改委(市粮食局)", "市财政局"], [])]),
        (H + "【牵头单位:市发改委;配合单位:市财政局】\n", [(["市发改委", "市财政局"], ["市发改委"])]),
        (
            "一、重点任务\n序号 工作任务 牵头单位 配合单位 完成时限\n1 推进园区建设 市发改委 市财政局、市商务局 2024年底\n"
            "2 加快项目审批 市行政审批局 市住建局 2024年6月\n",
            [
                (["市发改委", "市财政局", "市商务局"], ["市发改委"]),
                (["市行政审批局", "市住建局"], ["市行政审批局"]),
            ],
        ),
        (
            H + "(省发展改革委、省财政厅按职责分工负责,各市、县政府落实)\n",
            [(["省发展改革委", "省财政厅", "各市、县政府"], [])],
        ),
        (
            H + "(市发改委负责,市财政局、市商务局按职责分工配合)\n",
            [(["市发改委", "市财政局", "市商务局"], ["市发改委"])],
        ),
        # bodies named as beneficiaries or objects are no units
        (H + "支持企业开展技术改造,对市科技局进行考核。\n", [([], [])]),
        (H + "对各区政府进行年度考核。\n", [([], [])]),
        (H + "鼓励金融机构支持市属国有企业发展。\n", [([], [])]),
        (H + "向市政府报告工作进展。\n", [([], [])]),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_r23_unit_grammar(variant: Callable[[str], str], text: str, want: Want) -> None:
    doc = run(variant(text))
    got = [([r.surface for r in m.responsible], [r.surface for r in m.lead]) for m in doc.measures]
    assert len(doc.measures) == len(want), got
    for m, (units, leads) in zip(doc.measures, want, strict=True):
        assert units_match(doc, m.responsible, units) and units_match(doc, m.lead, leads), got
