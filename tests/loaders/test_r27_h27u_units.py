"""Responsible units of the forms heldout39-40 read worst, written as families of the responsibility grammar and
the table reader: a subject listing a leading group's members before its bodies (县政府党组成员、各镇、各部门要…);
the addressees fitting the task to their own circumstances with no modal (各单位结合自身实际开展…); a title standing
on its own line with its commas, the charged bodies on the next; the tasks of a paragraph's ordinal run (一是…二是…)
reading the bodies their sentences charge; the later sentences of an item naming further bodies before a modal or
an act (…。县委督查办要建立台账… / …;县广播电台根据…播出); a role collective qualified by what it is held for
(各责任事项牵头单位(责任单位)对照…); the addressees charged through their heads or with the 将 of a handed-down step
(各责任单位主要负责人切实履行…, 各成员单位将…报送…); a bracket of what a name covers cut by the excerpt
(各区人民政府(含开发区、<end>); a short time phrase before a duty's subject (资金发放前各乡(镇)政府要…); an assessment table's scoring-rule column (赋分办法) and a header joining its column's
name to the weight its rows score (项目名称及分值). Inline texts in both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, family_params, run, units_match

H = "某县工作方案\n一、工作措施\n"
# Each measure's (units, leads) as written, in order
Want = list[tuple[list[str], list[str]]]
Case = tuple[str, Want]

FAMILIES: dict[str, list[Case]] = {
    "people_listed_before_the_bodies": [
        (
            H + "(一)提高站位。县政府党组成员、各镇、各部门要从全局的高度看待问题。\n",
            [(["各镇", "各部门"], [])],
        ),
        (
            H + "(一)提高站位。区政府领导班子成员、区发改委、区财政局要抓好统筹。\n",
            [(["区发改委", "区财政局"], [])],
        ),
        (H + "(一)提高站位。市政府分管领导、市直各部门要抓好统筹。\n", [(["市直各部门"], [])]),
        # the members alone are people, no body
        (H + "(一)提高站位。领导小组成员要从全局的高度看待问题。\n", [([], [])]),
    ],
    "addressees_fitting_the_task_to_themselves": [
        (H + "(一)开展活动。各单位结合自身实际多形式开展拥军活动。\n", [(["各单位"], [])]),
        (H + "(一)开展活动。加大宣传力度,各有关部门立足职能开展宣传。\n", [(["各有关部门"], [])]),
        (H + "(一)开展活动。各责任单位对照任务清单逐项抓好落实。\n", [(["各责任单位"], [])]),
        (H + "(一)开展活动。各单位按照职责分工抓好落实。\n", [(["各单位"], [])]),
        (H + "(一)开展活动。各地各部门结合实际开展宣传活动。\n", [(["各地", "各部门"], [])]),
        (H + "(一)开展活动。各乡镇(街道)结合实际制定工作方案。\n", [(["各乡镇(街道)"], [])]),
        # through their heads, or with the 将 of a handed-down step
        (H + "(一)落实责任。各责任单位主要负责人切实履行第一责任人职责。\n", [(["各责任单位"], [])]),
        (H + "(一)落实责任。各成员单位将工作进展情况于每月5日前报送县办公室。\n", [(["各成员单位"], [])]),
        # named bodies fitting it so, with the collectives of places before them
        (
            H + "(一)制定方案。各县(市、区)人民政府、市直有关部门结合实际制定具体方案。\n",
            [(["各县(市、区)人民政府", "市直有关部门"], [])],
        ),
        (H + "(一)制定方案。市发改委结合实际制定具体方案。\n", [(["市发改委"], [])]),
        # a kind of body that is no addressee of the page: no unit
        (H + "(一)开展活动。企业结合自身实际开展活动。\n", [([], [])]),
    ],
    "title_line_then_its_charged_bodies": [
        (
            H + "(一)提高政治站位,强化思想认识,切实增强做好工作的责任感和紧迫感。\n"
            "县政府党组成员、各镇、各部门要从政治和全局的高度看待问题。\n",
            [(["各镇", "各部门"], [])],
        ),
        (
            H + "(一)强化要素保障,优化服务环境,全力推进项目建设。\n县发改局、县财政局要建立项目库。\n",
            [(["县发改局", "县财政局"], [])],
        ),
        # the line under the title charges no body
        (
            H + "(一)提高政治站位,强化思想认识,切实增强做好工作的责任感。\n要从政治和全局的高度看待问题。\n",
            [([], [])],
        ),
    ],
    "time_phrase_before_the_subject": [
        (
            H + "(一)严格公示。严格落实公示制度,资金发放前各乡(镇)政府要再次张榜公示。\n",
            [(["各乡(镇)政府"], [])],
        ),
        (H + "(一)做好保障。活动期间县商务局要做好市场保供。\n", [(["县商务局"], [])]),
        # a kind of actor after the time, or a name the time words only seem to open, is read as before
        (H + "(一)做好保障。活动期间企业要做好市场保供。\n", [([], [])]),
        (H + "(一)做好保障。县前进街道要做好市场保供。\n", [(["县前进街道"], [])]),
    ],
    "ordinal_run_charging_bodies": [
        (
            "元坝区切实抓好双拥工作\n\n为做好节日期间双拥工作,具体安排如下:一是大力加强国防教育,营造双拥氛围。广泛开展宣传。"
            "二是认真开展拥军优属活动,构建军民关系。各单位结合自身实际多形式开展活动。"
            "三是全面落实优抚政策,维护优抚对象利益。组织开展检查。\n",
            [([], []), (["各单位"], []), ([], [])],
        ),
        (
            "某区做好春节期间工作\n\n春节将至,具体安排如下:一是加强市场供应。区商务局要做好节日市场供应。"
            "二是加强安全检查。区应急局要组织开展安全检查。\n",
            [(["区商务局"], []), (["区应急局"], [])],
        ),
    ],
    "later_sentences_naming_further_bodies": [
        (
            H + "(一)加强督查。各责任单位要对照清单认领任务。县委督查办要建立督查台账。"
            "县考核办要把完成情况列入年度考核。\n(二)加强宣传。做好宣传。\n",
            [(["各责任单位", "县委督查办", "县考核办"], []), ([], [])],
        ),
        (
            H + "(一)加强督查。县商务局要加强指导。县财政局要保障工作经费。\n",
            [(["县商务局", "县财政局"], [])],
        ),
        (
            H + "(一)提高防灾能力。强化防御机制,各镇区要加强防御工作。县气象局要及时发布预警信息;"
            "县广播电台根据县气象局提供的信息及时播出。\n",
            [(["各镇区", "县气象局", "县广播电台"], [])],
        ),
        (
            H + "(一)按时报告。各责任单位要按时报送进展。其它责任单位将落实情况提前报送牵头单位。\n",
            [(["各责任单位", "其它责任单位"], [])],
        ),
        # the addressees before a named body's comma piece are kept beside it
        (H + "(一)加强工作。各单位要认真落实评估工作,县应急局要加强检查。\n", [(["各单位", "县应急局"], [])]),
        # a later sentence opened by a kind of actor, or by a body with no modal nor act, adds nothing
        (
            H + "(一)加强督查。各责任单位要对照清单认领任务。企业要积极配合。县考核办完成情况良好。\n",
            [(["各责任单位"], [])],
        ),
    ],
    "role_collective_qualified_by_its_tasks": [
        (
            H + "(一)按时报告情况。各责任事项牵头单位(责任单位)对照目标任务要求,制定全年工作方案。\n",
            [(["各责任事项牵头单位(责任单位)"], [])],
        ),
        (H + "(一)按时报告情况。各任务牵头单位要于1月20日前报送工作方案。\n", [(["各任务牵头单位"], [])]),
        (
            H + "(一)加强督查。各牵头部门(单位)要加强统筹。各协办单位结合自身职能抓好落实。\n",
            [(["各牵头部门(单位)", "各协办单位"], ["各牵头部门(单位)"])],
        ),
        # the bare role restating its own duty names no body
        # the role's collective alone too (round 34: heldout36 cd12, heldout65 di02/di06 gold)
        (H + "(一)按时报告情况。各牵头单位要切实履行牵头责任。\n", [(["各牵头单位"], [])]),
    ],
    "remark_of_what_a_name_covers_cut_by_the_excerpt": [
        (
            "一、重点任务\n(一)地区生产总值增长7.5%。(牵头单位:市发改委;责任单位:各区人民政府(含开发区、",
            [(["市发改委", "各区人民政府"], ["市发改委"])],
        ),
        (
            "一、重点任务\n(一)地区生产总值增长7.5%。(牵头单位:市发改委;责任单位:各区人民政府(包括功能区、高新区",
            [(["市发改委", "各区人民政府"], ["市发改委"])],
        ),
        # closed, the remark stays with the name
        (
            "一、重点任务\n(一)地区生产总值增长7.5%。(牵头单位:市发改委;责任单位:市财政局、各区(含开发区)、市税务局",
            [(["市发改委", "市财政局", "各区(含开发区)", "市税务局"], ["市发改委"])],
        ),
    ],
    "assessment_table_scoring_rules": [
        (
            "年度工作绩效考核项目表\n| 项目名称及分值 | 赋分办法 | 牵头单位 | 考核责任单位 |\n"
            "| 1.机关效能建设(30分) | 按排名赋分 | 县委办、县府办 | 县考核办 |\n"
            "| 2.学习型机关创建(20分) | 按实绩赋分 | 县委宣传部 | —— |\n",
            [(["县委办", "县府办", "县考核办"], ["县委办", "县府办"]), (["县委宣传部"], ["县委宣传部"])],
        ),
        (
            "考核项目表\n| 序号 | 考核项目及分值 | 评分标准 | 牵头单位 | 考核单位 |\n"
            "| 1 | 机关效能建设(30分) | 每发现一次扣1分 | 县委办 | 县考核办 |\n"
            "| 2 | 民意调查(20分) | 按排名赋分 | 县统计局 | 县考核办 |\n",
            [(["县委办"], ["县委办"]), (["县统计局"], ["县统计局"])],
        ),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_r27_h27u_units(variant: Callable[[str], str], text: str, want: Want) -> None:
    doc = run(variant(text))
    got = [([r.surface for r in m.responsible], [r.surface for r in m.lead]) for m in doc.measures]
    assert len(doc.measures) == len(want), got
    for m, (units, leads) in zip(doc.measures, want, strict=True):
        assert units_match(doc, m.responsible, units) and units_match(doc, m.lead, leads), got


_SCORING = "年度考核项目表\n| 项目名称及分值 | 赋分办法 | 牵头单位 |\n| 1.机关效能建设(30分) | 按排名赋分 | 县委办 |\n"


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_scoring_rule_is_no_part_of_the_task_name(variant: Callable[[str], str]) -> None:
    """项目名称及分值 names the task column: the measure's label is the item, not the scoring rule beside it."""
    doc = run(variant(_SCORING))
    assert [m.label.startswith(variant("1.机关效能建设")) for m in doc.measures] == [True]
