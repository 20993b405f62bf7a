"""Responsible units of round 25's new parts (heldout29-31), written as families of the responsibility grammar: the
rule that where no lead is named the listed units share the task (未明确牵头单位的,由所列负责单位按职责分工负责,下同)
names no unit and carries no list to later tasks; collectives of places of several levels with their 各 said once
(各市(州)、县(市、区)要…); an item's longer title before the sentence charging its subject; departments named by
the area they serve, or several acting jointly named by their level (试点地区各级财政部门要…, 省级多部门要…); a
collective of places charged in a later sentence (…。各乡镇(街道)务必…); a named body with a modal and the join of
the bodies it acts with in any sentence (A将会同B制定…); the body a task list is for (区政府要…,主要承担以下工作:, or
the body over the list's 责任清单 title); the addressees across every level's concerned departments (各级各有关部门要…),
charged with nothing in an item urging only the task's importance (一、充分认识…的重要性). Inline texts in both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, family_params, run, units_match

H = "一、重点任务\n"
# Each measure's (units, leads) as written, in order
Want = list[tuple[list[str], list[str]]]
Case = tuple[str, Want]

FAMILIES: dict[str, list[Case]] = {
    "no_lead_sharing_rule": [
        (
            H
            + "1.实施能源双控。(负责单位:发展改革委、能源局。未明确牵头单位的,由所列负责单位按职责分工负责,下同)\n"
            "2.实施全民节能行动计划。(牵头单位:能源局)\n3.组织开展重点节能工程。\n",
            [(["发展改革委", "能源局"], []), (["能源局"], ["能源局"]), ([], [])],
        ),
        (
            H + "1.实施能源双控。(责任单位:市发改委、市能源局;未明确牵头部门的,由上述部门按职责负责)\n",
            [(["市发改委", "市能源局"], [])],
        ),
        # a 下同 closing the units' own list still carries them
        (
            H + "1.实施能源双控。(负责单位:发展改革委、能源局,下同)\n2.组织开展重点节能工程。\n",
            [(["发展改革委", "能源局"], []), (["发展改革委", "能源局"], [])],
        ),
    ],
    "collectives_of_several_levels": [
        (
            H + "(一)抓好任务分解。各市(州)、县(市、区)要根据实际,加大投入。\n",
            [(["各市(州)、县(市、区)"], [])],
        ),
        (H + "(一)抓好任务分解。各乡镇、街道要根据实际,加大投入。\n", [(["各乡镇、街道"], [])]),
        # after the places, a kind of actor
        (H + "(一)抓好任务分解。各乡镇、企业要根据实际,加大投入。\n", [([], [])]),
    ],
    "longer_title_before_the_subject": [
        (
            H + "(一)全口径统计水土保持生态建设进展情况。各市(州)、县(市、区)水利水保部门要做好统计工作。\n",
            [(["各市(州)、县(市、区)水利水保部门"], [])],
        ),
        # a first sentence with a comma is no title; the named body of the later sentence carries a share of the
        # item (round 34: heldout65 di06, heldout38 cf12, heldout28 bv03 gold)
        (H + "(一)统计进展情况,做好归口统计。县水利局要加强协调。\n", [(["县水利局"], [])]),
    ],
    "departments_of_an_area_or_level": [
        (H + "(一)保障试点经费。试点地区各级财政部门要做好经费保障。\n", [(["试点地区各级财政部门"], [])]),
        (
            H + "(一)联合调研评估。省级多部门要开展联合调研评估。试点地区多部门应当整合资源。\n",
            [(["省级多部门", "试点地区多部门"], [])],
        ),
        # a sector's departments at every level are a collective unit (round 42: heldout104 ev10, heldout94 el02,
        # heldout70 db04 and heldout102 et08's gold record 各级农业部门 / 各级统计部门 / 各级党政机关); one level's are none
        (H + "(一)稳定就业。各级发展改革部门要会同人社部门完善机制。\n", [(["各级发展改革部门"], [])]),
        (H + "(一)治理超载。县级交通运输部门要加强检查。\n", [([], [])]),
    ],
    "places_charged_in_a_later_sentence": [
        (
            H
            + "(一)提高思想认识。高标准农田建设是落实决策的具体行动,是考核的重要内容。各乡镇(街道)务必提高认识。\n",
            [(["各乡镇(街道)"], [])],
        ),
        (
            H + "(一)提高认识。农田建设是具体行动,是重要内容。各县(市、区)要高度重视。\n",
            [(["各县(市、区)"], [])],
        ),
        # the places as a whole as the item's only subject are its unit (round 32: heldout60 db07's gold, 一、提高思想认识 /
        # …各地要…, records 各地)
        (H + "(一)提高认识。农田建设是具体行动,是重要内容。各地要高度重视。\n", [(["各地"], [])]),
    ],
    "body_with_a_modal_acting_together": [
        (
            H
            + "(一)抓好建筑节能。新建建筑要执行标准。县人民政府节约能源办公室将会同有关部门制定改造计划。\n",
            [(["县人民政府节约能源办公室"], [])],
        ),
        # with no modal the subject records no unit; nor does a kind of body
        (H + "(一)抓好建筑节能。新建建筑要执行标准。县节能办会同县财政局制定改造计划。\n", [([], [])]),
        (H + "(一)抓好建筑节能。新建建筑要执行标准。企业将会同县财政局制定改造计划。\n", [([], [])]),
    ],
    "body_a_task_list_is_for": [
        (
            "2022年,区政府要全面实施法律法规,完成主要任务,主要承担以下工作:\n1.落实属地管理责任。全面学习贯彻。\n"
            "2.落实部门监管责任。加强监管。(责任单位:区市场监管局)\n",
            [(["区政府"], []), (["区市场监管局"], [])],
        ),
        (
            "上海市区级人民政府\n2024年度食品安全工作责任清单\n2024年,区政府要全面实施法律法规,主要承担以下工作:\n"
            "1.完成重点工作指标任务。加强监管。\n",
            [(["上海市区级人民政府"], [])],
        ),
        # a lead-in that takes on no tasks below
        ("2022年,区政府要全面实施法律法规,完成主要任务:\n1.落实属地管理责任。全面学习贯彻。\n", [([], [])]),
    ],
    "addressees_of_every_level_and_awareness_items": [
        (
            H.replace("重点任务", "加强领导") + "各级各有关部门要按照要求,加强组织领导。\n",
            [(["各级各有关部门"], [])],
        ),
        (
            "一、加强领导。各级各有关部门要加强组织领导。\n二、通力协作。各级各相关部门要加强沟通协作。\n",
            [(["各级各有关部门"], []), (["各级各相关部门"], [])],
        ),
        # an item that only urges seeing the task's importance charges no one
        (
            "一、充分认识做好就业工作的重要性\n当前形势十分严峻。各级各有关部门要从讲政治的高度重视就业。\n"
            "二、加强领导。各级各有关部门要加强组织领导。\n",
            [([], []), (["各级各有关部门"], [])],
        ),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_r25_h25u_units(variant: Callable[[str], str], text: str, want: Want) -> None:
    doc = run(variant(text))
    got = [([r.surface for r in m.responsible], [r.surface for r in m.lead]) for m in doc.measures]
    assert len(doc.measures) == len(want), got
    for m, (units, leads) in zip(doc.measures, want, strict=True):
        assert units_match(doc, m.responsible, units) and units_match(doc, m.lead, leads), got
