"""Responsible units and leads of round 21, written as families of the responsibility grammar: village-level
collectives (各村、社区), a collective of divisions charged with 要 (各县(市)区要…), common nouns that end like a body
noun (区域布局), a name cut at 、 that never runs past a comma, role labels damaged by a blank, a ratio colon or a lost
colon after a separator, secondary role labels (次要责任单位), the body joined by 会同 before the task's verb, the
shares of a task handed out piece by piece (由A负责…,B负责…) and a name's alias remark (以下简称X). Inline texts in
both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, family_params, run

H = "一、主要任务\n"

# Each family's cases: a page, the surface forms of its one measure's units and of its leads.
FAMILIES: dict[str, list[tuple[str, list[str], list[str]]]] = {
    "village_level_collectives_stand_as_units": [
        (H + "1.河塘集中清理,做到每天清扫。(责任单位:城管办、各村、社区)\n", ["城管办", "各村", "社区"], []),
        (H + "1.河塘集中清理,做到每天清扫。(责任单位:城管办、各社区)\n", ["城管办", "各社区"], []),
        (
            H + "1.河塘集中清理,做到每天清扫。(牵头单位:城管办;责任单位:各村(社区))\n",
            ["城管办", "各村(社区)"],
            ["城管办"],
        ),
    ],
    "a_collective_of_divisions_charged_with_a_duty_modal": [
        (H + "(一)加快打包进度。各县(市)区要集中调配机械力量,加快清理进度。\n", ["各县(市)区"], []),
        (H + "(一)加快打包进度。各乡镇(街道)要集中调配机械力量。\n", ["各乡镇(街道)"], []),
        (H + "1.各县区要集中调配机械力量。\n", ["各县区"], []),
        # 企业 names no body; 各地 as the item's only subject is its unit (round 32, the corpus gold's reading: heldout46
        # cn14, heldout51 cs11/cs12, heldout60 db07)
        (H + "(一)加快打包进度。各地要集中调配机械力量。\n", ["各地"], []),
        (H + "(一)加快打包进度。企业要集中调配机械力量。\n", [], []),
    ],
    "common_nouns_ending_like_a_body_noun_are_no_bodies": [
        # the page stops mid-sentence: no list of units closes the item
        (H + "(一)加强收储队伍建设。 要根据当地区域布局、产业格局,积极引导扶持秸秆综合利用企业", [], []),
        (
            H + "(一)加强收储队伍建设。 各县(市)区要根据当地区域布局、产业格局,引导扶持企业",
            ["各县(市)区"],
            [],
        ),
    ],
    "a_name_cut_at_a_list_mark_never_runs_past_a_comma": [
        (H + "(一)加强收储队伍建设。 要根据种植结构、秸秆产量,积极引导扶持秸秆综合利用企业", [], []),
        # a place named alone before a comma is a unit of the list
        (
            H + "1.编制都市圈规划。(合肥市,省发展改革委牵头)\n",
            ["合肥市", "省发展改革委"],
            ["合肥市", "省发展改革委"],
        ),
    ],
    "a_role_label_with_a_blank_inside_its_words": [
        (
            H + "1.严厉查处交通违法行为。(牵 头单位:规建办;责任单位:派出所)\n",
            ["规建办", "派出所"],
            ["规建办"],
        ),
        (
            H + "1.严厉查处交通违法行为。(牵头单位:规建办;责任单 位:派出所)\n",
            ["规建办", "派出所"],
            ["规建办"],
        ),
    ],
    "a_ratio_sign_is_a_colon": [
        (
            H + "1.加快建设物流园区。(牵头单位∶市商务局;配合单位∶市交通局)\n",
            ["市商务局", "市交通局"],
            ["市商务局"],
        ),
        (H + "1.加快建设物流园区。(责任单位∶市商务局、市交通局)\n", ["市商务局", "市交通局"], []),
    ],
    "a_label_after_a_separator_with_a_blank_for_its_colon": [
        (
            H + "1.加快建设物流园区。(牵头单位 市商务局;配合单位 市交通局)\n",
            ["市商务局", "市交通局"],
            ["市商务局"],
        ),
    ],
    "secondary_role_labels_support": [
        (
            H + "1.加快建设物流园区。(主要责任单位:区商务局;次要责任单位:区交通局)\n",
            ["区商务局", "区交通局"],
            ["区商务局"],
        ),
        (
            H + "1.加快建设物流园区。(主要责任单位:区商务局;其他责任单位:区交通局、区财政局)\n",
            ["区商务局", "区交通局", "区财政局"],
            ["区商务局"],
        ),
    ],
    "the_body_joined_by_huitong_before_the_tasks_verb": [
        (H + "1.市商务局要会同市交通局完善配套设施。\n", ["市商务局", "市交通局"], []),
        (
            H + "1.加快建设物流园区。市商务局要会同市发展和改革委员会完善配套设施。\n",
            ["市商务局", "市发展和改革委员会"],
            [],
        ),
        # the verb's object is no part of the joined body
        (H + "1.加快建设物流园区。市商务局要会同市财政局对企业开展服务。\n", ["市商务局", "市财政局"], []),
        (
            H + "1.加快建设物流园区。市商务局要会同市政府办公室对企业开展服务。\n",
            ["市商务局", "市政府办公室"],
            [],
        ),
    ],
    "shares_of_a_task_handed_out_piece_by_piece": [
        (
            H
            + "1.设立专项资金。由镇政府负责审批,财政分局负责资金监督及拨付,镇经济发展局负责资金的使用管理。\n",
            ["镇政府", "财政分局", "镇经济发展局"],
            [],
        ),
        # after a long opening sentence, the item's first 由-agent
        (
            H
            + "1.镇政府设立推动经济高质量发展产业转型升级专项资金。由镇政府负责审批,财政分局负责资金拨付。\n",
            ["镇政府", "财政分局"],
            [],
        ),
    ],
    "an_alias_remark_is_no_part_of_the_unit": [
        (
            H + "1.设立专项资金。(责任单位:市人力资源和社会保障局(以下简称市人社局)、市财政局)\n",
            ["市人力资源和社会保障局", "市财政局"],
            [],
        ),
        (
            H + "1.设立专项资金。由区政府负责审批,区经济发展局(以下简称经发局)负责使用管理。\n",
            ["区政府", "区经济发展局"],
            [],
        ),
    ],
    "the_governments_of_a_collective_of_divisions_charged_with_a_duty_modal": [
        (H + "1.加快建设物流园区。各县(市、区)人民政府要完善配套设施。\n", ["各县(市、区)人民政府"], []),
        (H + "1.加快建设物流园区。各乡镇人民政府要完善配套设施。\n", ["各乡镇人民政府"], []),
        (H + "1.加快建设物流园区。各街道办事处要完善配套设施。\n", ["各街道办事处"], []),
    ],
    "the_subjects_of_an_opening_sentences_later_pieces_share_the_task": [
        (H + "1.加快建设物流园区。县商务局要加强指导,各乡镇要抓好落实。\n", ["县商务局", "各乡镇"], []),
        (H + "1.市商务局要完善配套设施,市交通局要做好运输保障。\n", ["市商务局", "市交通局"], []),
        # a later piece opening with no body adds none
        (H + "1.市商务局要完善配套设施,企业要加强自律。\n", ["市商务局"], []),
    ],
    "an_item_announcing_a_list_runs_over_its_bulleted_lines": [
        (
            "1.改善环境卫生及市容:\n- 消除环境卫生黑点。(市城管局)\n- 鼠患黑点数目减半。(市卫健委)\n"
            "- 开展联合清洁行动。(市住建局)\n",
            ["市城管局", "市卫健委", "市住建局"],
            [],
        ),
        (
            "1.改善环境卫生及市容:\n• 消除环境卫生黑点。(市城管局、市环保局)\n• 鼠患黑点数目减半。(市卫健委)\n",
            ["市城管局", "市环保局", "市卫健委"],
            [],
        ),
    ],
    "a_hosts_label_alone_designates_no_lead": [
        (
            H + "1.实施脱贫攻坚工程。\n主办单位:省扶贫办、省住房城乡建设厅、省委农办\n",
            ["省扶贫办", "省住房城乡建设厅", "省委农办"],
            [],
        ),
        # against the bodies that assist or undertake it, the host leads
        (
            H + "1.实施老旧小区改造。\n主办单位:县城投公司,协办单位:住建局、凤城镇。\n",
            ["县城投公司", "住建局", "凤城镇"],
            ["县城投公司"],
        ),
        (
            H + "1.举办消费节。(主办单位:市人民政府;承办单位:市商务局)\n",
            ["市人民政府", "市商务局"],
            ["市人民政府"],
        ),
    ],
    "a_main_label_leads_against_a_supporting_label_on_its_own_line": [
        (
            H + "1.加快建设物流园区。\n承办单位:市商务局\n协办单位:市交通局\n",
            ["市商务局", "市交通局"],
            ["市商务局"],
        ),
        (
            H + "1.加快建设物流园区。\n责任单位:市商务局、市财政局\n配合单位:市交通局\n",
            ["市商务局", "市财政局", "市交通局"],
            ["市商务局", "市财政局"],
        ),
        # alone, the main label designates no lead
        (H + "1.加快建设物流园区。\n承办单位:市商务局\n", ["市商务局"], []),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want", "leads"), family_params(FAMILIES))
def test_unit_grammar_families(
    variant: Callable[[str], str], text: str, want: list[str], leads: list[str]
) -> None:
    doc = run(variant(text))
    assert len(doc.measures) == 1
    measure = doc.measures[0]
    assert [u.surface for u in measure.responsible] == [variant(w) for w in want]
    assert [u.surface for u in measure.lead] == [variant(w) for w in leads]


# Each family's cases: a page and, for each of its measures, the surface forms of its units and of its leads.
PAGE_FAMILIES: dict[str, list[tuple[str, list[tuple[list[str], list[str]]]]]] = {
    "a_digest_opening_inside_an_item_with_its_label_lines": [
        (
            "系。培育20家跨区域的连锁示范企业。\n牵头单位:市商务委\n协办单位:市卫生局、各区县政府\n"
            "六、加强重点食用农产品生产基地建设。\n牵头单位:市农委\n协办单位:市工商局\n",
            [(["市商务委", "市卫生局", "各区县政府"], ["市商务委"]), (["市农委", "市工商局"], ["市农委"])],
        ),
        # a page opening with its preamble and no label lines has no such item
        (
            "为加快发展,制定本方案。\n六、加强重点食用农产品生产基地建设。\n牵头单位:市农委\n",
            [(["市农委"], ["市农委"])],
        ),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(PAGE_FAMILIES))
def test_unit_grammar_page_families(
    variant: Callable[[str], str], text: str, want: list[tuple[list[str], list[str]]]
) -> None:
    doc = run(variant(text))
    got = [([u.surface for u in m.responsible], [u.surface for u in m.lead]) for m in doc.measures]
    assert got == [([variant(w) for w in units], [variant(w) for w in leads]) for units, leads in want]
