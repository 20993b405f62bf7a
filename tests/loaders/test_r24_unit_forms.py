"""Responsible units and leads of round 24 (issue 11), written as families of forms the blind parts missed: a
section heading's bracket that is a scope sentence alone (一、重点任务(以下各项工作均需A配合,不再注明)) carries A,
last and not as lead, to the measures after it; the lead rule written with the lead named first (责任单位(牵头单位列
第一位):A、B; 牵头单位排在首位); 主导 / 执行 as role verbs and a 由-clause whose second role group is joined by 、
(由A主导、B执行; 由A牵头、B配合); bodies opening a sentence with the date their duty is due by (各乡(镇)在6月15日前
完成…; 县水利局要于年底前…); and ranked labels (牵头责任单位 / 主要协作单位) the rules already read. Inline texts in
both scripts and both punctuations; the last family holds sentences that must assign nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, family_params, run, units_match

H = "一、重点任务\n1.推进园区建设。"
T = "1.推进园区建设。完成改造小区120个。\n2.加强养老服务。新建养老服务中心10个。\n"
# Each measure's (units, leads) as written, in order
Want = list[tuple[list[str], list[str]]]
Case = tuple[str, Want]

FAMILIES: dict[str, list[Case]] = {
    "heading_bracket_scope_sentence": [
        (
            "一、重点任务(以下各项工作均需市财政局配合,不再注明)\n"
            "1.推进园区建设。(市发改委负责)\n2.加强养老服务。(市民政局负责)\n",
            [(["市发改委", "市财政局"], []), (["市民政局", "市财政局"], [])],
        ),
        (
            "一、重点任务(以下各项工作均需各区政府具体落实,不再注明)\n"
            "1.推进园区建设。(市发改委牵头,市财政局配合)\n",
            [(["市发改委", "市财政局", "各区政府"], ["市发改委"])],
        ),
        (
            "一、重点任务(以下各项任务均需各县(市、区)政府落实,不再一一列出)\n1.推进园区建设。(市发改委负责)\n",
            [(["市发改委", "各县(市、区)政府"], [])],
        ),
        (
            "一、重点任务(以下工作均需市财政局、市审计局参与,不再列明)\n1.推进园区建设。(市发改委负责)\n",
            [(["市发改委", "市财政局", "市审计局"], [])],
        ),
        (
            "一、重点任务(本部分各项工作均需各乡镇落实,不再注明)\n1.推进园区建设。(县发改局负责)\n",
            [(["县发改局", "各乡镇"], [])],
        ),
        # the scope sentence on a line of its own, before the headings or under one
        (
            "以下各项工作均需各街道落实,不再注明。\n一、重点任务\n1.推进园区建设。(区发改局负责)\n2.加强养老服务。(区民政局负责)\n",
            [(["区发改局", "各街道"], []), (["区民政局", "各街道"], [])],
        ),
        (
            "一、重点任务\n以下各项工作均需各街道落实,不再注明。\n1.推进园区建设。(区发改局负责)\n2.加强养老服务。\n",
            [(["区发改局", "各街道"], []), (["各街道"], [])],
        ),
        # a heading's bracket of units and their role is the section's clause, as before
        (
            "一、重点任务(市发改委牵头)\n1.推进园区建设。(市财政局配合)\n",
            [(["市发改委", "市财政局"], ["市发改委"])],
        ),
    ],
    "lead_rule_with_the_lead_named_first": [
        (
            H + "\n责任单位(牵头单位列第一位):市住建局、市财政局\n",
            [(["市住建局", "市财政局"], ["市住建局"])],
        ),
        (
            H
            + "(责任单位:市住建局、市财政局,牵头单位列第一位)\n2.加强养老服务。(责任单位:市民政局、市卫健委)\n",
            [(["市住建局", "市财政局"], ["市住建局"]), (["市民政局", "市卫健委"], ["市民政局"])],
        ),
        (
            "(牵头单位排在第一位,下同)\n" + H + "(市住建局、市财政局)\n",
            [(["市住建局", "市财政局"], ["市住建局"])],
        ),
        (
            H + "(责任单位:市住建局、市财政局。牵头单位列首位)\n",
            [(["市住建局", "市财政局"], ["市住建局"])],
        ),
        (
            H + "(责任单位:市住建局、市财政局;牵头部门排在首位)\n",
            [(["市住建局", "市财政局"], ["市住建局"])],
        ),
        # the rule's usual order, as before
        (
            H + "(市住建局、市财政局负责,列第一位的为牵头单位)\n",
            [(["市住建局", "市财政局"], ["市住建局"])],
        ),
        # no rule: no lead
        (H + "(责任单位:市住建局、市财政局)\n", [(["市住建局", "市财政局"], [])]),
    ],
    "steering_and_executing_verbs": [
        (
            H + "完成改造小区120个,由市住建局主导、市财政局执行。\n",
            [(["市住建局", "市财政局"], ["市住建局"])],
        ),
        (
            H + "完成改造小区120个,由市住建局牵头、市财政局配合。\n",
            [(["市住建局", "市财政局"], ["市住建局"])],
        ),
        (
            H + "由市发改委主导,市市场监管局、市政务服务中心参与。\n",
            [(["市发改委", "市市场监管局", "市政务服务中心"], ["市发改委"])],
        ),
        (H + "(市发改委主导,各区政府执行)\n", [(["市发改委", "各区政府"], ["市发改委"])]),
        (H + "(市发改委主导,各区政府具体执行)\n", [(["市发改委", "各区政府"], ["市发改委"])]),
        (H + "(市发改委负责执行)\n", [(["市发改委"], [])]),
        (
            H + "新建养老服务中心10个,由市民政局主导,各区政府执行,确保年底前完成。\n",
            [(["市民政局", "各区政府"], ["市民政局"])],
        ),
    ],
    "bodies_with_the_date_their_duty_is_due": [
        (
            "一、工作任务\n(一)开展隐患排查。各乡(镇)在6月15日前完成隐患排查。\n"
            "(二)做好物资储备。县水利局于6月20日前完成物资储备。\n",
            [(["各乡(镇)"], []), (["县水利局"], [])],
        ),
        (
            "一、工作任务\n(一)开展隐患排查。县应急局、县水利局要在5月底前完成排查。\n",
            [(["县应急局", "县水利局"], [])],
        ),
        (
            "一、工作任务\n(一)开展隐患排查。各镇(街道)须于2025年10月31日前报送排查情况。\n",
            [(["各镇(街道)"], [])],
        ),
        (
            "一、工作任务\n(一)编制工作方案。市教育局应于年底前出台实施细则。\n",
            [(["市教育局"], [])],
        ),
        (
            "一、工作任务\n(一)开展隐患排查。对河道开展排查。\n二、工作要求\n(一)压实责任。县水利局于6月20日前完成物资储备。\n",
            [([], []), (["县水利局"], [])],
        ),
    ],
    "notice_paragraphs_that_assign": [
        (
            "关于做好森林防火工作的通知\n各乡(镇)人民政府,县直有关单位:\n现将有关事项通知如下:\n"
            "一、压实防火责任。各乡(镇)要在3月10日前完成责任书签订,县林业局负责督导检查。\n"
            "二、强化应急准备。县应急管理局要于3月底前完成扑火物资储备。\n",
            [(["各乡(镇)", "县林业局"], []), (["县应急管理局"], [])],
        ),
    ],
    "ranked_labels": [
        (
            H + "\n牵头责任单位:市住建局\n主要协作单位:市财政局、市自然资源局\n",
            [(["市住建局", "市财政局", "市自然资源局"], ["市住建局"])],
        ),
        (
            H + "(牵头责任单位:市住建局;主要协作单位:市财政局、市自然资源局)\n",
            [(["市住建局", "市财政局", "市自然资源局"], ["市住建局"])],
        ),
        (
            H + "(市住建局牵头,市财政局及其他相关单位配合)\n",
            [(["市住建局", "市财政局", "其他相关单位"], ["市住建局"])],
        ),
    ],
    "each_carries_its_share": [
        (
            H + "推进公共服务合作信息公开。(市发改委、市教委、市环保局分别负责落实)\n",
            [(["市发改委", "市教委", "市环保局"], [])],
        ),
        (
            H + "制定发布规划信息。(市规划委负责落实)推进信息公开。(市发改委、市教委分别负责落实)\n",
            [(["市规划委", "市发改委", "市教委"], [])],
        ),
        (
            H + "加强金融政策信息公开。(市金融办、人民银行中心支行分别牵头落实)\n",
            [(["市金融办", "人民银行中心支行"], ["市金融办", "人民银行中心支行"])],
        ),
    ],
    "subject_after_the_first_comma_piece": [
        (
            H + "落实《县安全生产职责规定》,各乡(镇)要制定职责清单。\n",
            [(["各乡(镇)"], [])],
        ),
        (
            H + "对照年度任务,县应急局要会同县消防救援大队开展检查。\n",
            [(["县应急局", "县消防救援大队"], [])],
        ),
        # no named body after the comma: nothing
        (H + "落实《县安全生产职责规定》,企业要制定职责清单。\n", [([], [])]),
        (H + "落实《县安全生产职责规定》,各地要制定职责清单。\n", [([], [])]),
    ],
    "one_cell_a_line_rows_under_an_item": [
        (
            "一、以政务公开助力稳增长\n(一)加强预期引导\n围绕经济形势开展宣传解读。\n市发改委牵头落实\n"
            "围绕就业创业政策加强信息公开。\n市人社局牵头落实\n加强财政政策信息公开。\n市财政局牵头落实\n",
            [(["市发改委", "市人社局", "市财政局"], ["市发改委", "市人社局", "市财政局"])],
        ),
        (
            "一、重点任务\n(一)加强预期引导\n围绕经济形势开展宣传解读。\n责任单位:市发改委\n"
            "围绕就业创业政策加强信息公开。\n责任单位:市人社局\n",
            [(["市发改委", "市人社局"], [])],
        ),
    ],
    "assigns_nothing": [
        (H + "确保在6月15日前完成隐患排查。\n", [([], [])]),
        (H + "企业应于每年3月底前报送年度报告。\n", [([], [])]),
        (H + "力争在2025年6月底前完成全部改造。\n", [([], [])]),
        (H + "坚持政府主导、市场运作、社会参与。\n", [([], [])]),
        (H + "严格执行项目管理制度,由企业主导实施。\n", [([], [])]),
        (H + "以下各项工作要加强统筹。\n", [([], [])]),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_r24_unit_forms(variant: Callable[[str], str], text: str, want: Want) -> None:
    doc = run(variant(text))
    got = [([r.surface for r in m.responsible], [r.surface for r in m.lead]) for m in doc.measures]
    assert len(doc.measures) == len(want), got
    for m, (units, leads) in zip(doc.measures, want, strict=True):
        assert units_match(doc, m.responsible, units) and units_match(doc, m.lead, leads), got


# 11.提前做好…<end>: the next row's numbered text, its cells cut away, read in a unit column
CUT_ROW = (
    "工作任务 | 具体要求 | 责任部门 |\n一、做好信息公开。 | 1.推进预算公开。 | 财务科 |\n"
    "二、做好回应。 | 2.密切关注舆情并及时作出回应。 | 各科室 |\n"
    "3.提前做好解读回应工作,注意收集相关舆情,主动回应共性问题,助力政策\n"
)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_r24_numbered_text_in_a_unit_column_is_no_unit(variant: Callable[[str], str]) -> None:
    doc = run(variant(CUT_ROW))
    surfaces = [r.surface for m in doc.measures for r in m.responsible]
    assert doc.measures and units_match(doc, doc.measures[0].responsible, ["财务科"]), surfaces
    assert not any(len(s) > 8 for s in surfaces), surfaces
