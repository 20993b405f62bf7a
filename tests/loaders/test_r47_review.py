"""Round 47's reviews: one regression test per problem the two review helpers found in this round's families
(/work/review47/a and b). Both scripts, both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, assert_measures, measure_unit_sets, run

_TAIL = "(二)市财政局负责资金保障。\n"


def _duty(item: str) -> str:
    return f"二、职责分工\n(一){item}\n{_TAIL}"


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("item", "units"),
    [
        # a partner's whole official name, never cut where a shorter one ends (review 47a, 1)
        ("市发改委负责项目统筹;会同市政府办公室开展督查。", ["市发改委", "市政府办公室"]),
        (
            "市发改委负责项目统筹;会同市卫生健康委员会、市人力资源和社会保障局开展督查。",
            ["市发改委", "市卫生健康委员会", "市人力资源和社会保障局"],
        ),
        ("市发改委负责项目统筹;会同县机关事务服务中心开展督查。", ["市发改委", "县机关事务服务中心"]),
        # 联合 before a verb, a lab, the UN: no partner (review 47a, 2)
        ("市发展改革委负责信用体系建设,联合惩戒失信企业。", ["市发展改革委"]),
        ("市发改委负责项目统筹,联合开展专项整治行动。", ["市发改委"]),
        ("市教育局负责项目统筹,联合国儿童基金会开展培训。", ["市教育局"]),
        # kinds and vague partners are no units (review 47a, 3)
        ("市发改委负责项目统筹;会同市有关部门开展督查。", ["市发改委"]),
        ("市发改委负责项目统筹;会同金融机构开展督查。", ["市发改委"]),
        # the other party of an agreement, the object of the duty (review 47a, 4)
        ("市发改委负责项目统筹;会同市安委办与各县区政府签订目标责任书。", ["市发改委", "市安委办"]),
        ("市发改委负责项目统筹;会同市财政局对企业开展督查。", ["市发改委", "市财政局"]),
        # a department by its kind, and the duty's verb after an office's name (heldout137 gd03; heldout119 fj07)
        ("市发改委负责项目统筹;牵头会同物价部门建立监测制度。", ["市发改委", "物价部门"]),
        (
            "市发改委负责项目统筹;会同自治区住房和城乡建设厅组织指导盟市。",
            ["市发改委", "自治区住房和城乡建设厅"],
        ),
    ],
)
def test_partners_of_a_charged_duty(variant: Callable[[str], str], item: str, units: list[str]) -> None:
    got = measure_unit_sets(run(variant(_duty(item))))
    assert got[0] == sorted(units), got


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_body_ending_in_suo_before_the_preposition_zai(variant: Callable[[str], str]) -> None:
    text = (
        "(一)加强巡逻。具体工作由县公安局会同城关派出所在校园周边开展。\n"
        "(二)做好调解。具体工作由县司法局会同各乡镇司法所在农村集市开展。\n"
    )
    want = [
        (
            "(一)",
            "加强巡逻",
            ["县公安局"],
            [],
        ),  # 城关派出所: no level, no handed partner; never 城关派出所在校
        ("(二)", "做好调解", ["县司法局"], []),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_lead_rule_naming_every_other_department(variant: Callable[[str], str]) -> None:
    text = (
        "1.健全低保制度衔接。(责任单位:县民政局、县财政局(列第一位的为牵头单位,各有关部门按职责分工负责))\n"
        "2.统筹救助体系建设。(责任单位:县民政局、县编委办)\n"
    )
    want = [
        ("1", "健全低保制度衔接", ["县民政局", "县财政局"], ["县民政局"]),
        ("2", "统筹救助体系建设", ["县民政局", "县编委办"], ["县民政局"]),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_park_is_no_body_and_a_handed_list_across_a_break(variant: Callable[[str], str]) -> None:
    text = (
        "(一)研究厂房建设。会议原则同意园区关于标准厂房建设的意见。\n"
        "(二)建立购买岗位制度。具体办法由市劳动保障局会同市财政局\n制订。\n"
    )
    want = [
        ("(一)", "研究厂房建设", [], []),
        ("(二)", "建立购买岗位制度", ["市劳动保障局", "市财政局"], []),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_scope_openers_and_a_phase_opening_with_its_body(variant: Callable[[str], str]) -> None:
    text = (
        "四、实施步骤\n(一)县政务服务中心负责制定实施方案。\n(二)2012年12月底前,县政务服务中心要组织验收。\n"
    )
    want = [
        ("(一)", "县政务服务中心负责制定实施方案", ["县政务服务中心"], []),
        ("(二)", "2012年12月底前", ["县政务服务中心"], []),
    ]
    assert_measures(text, want, variant)
    cut = "1.加快补栏。〔责任单位:县农业农村局,以下均须各乡(镇)人民政府、各街道办事处、"
    assert_measures(
        cut, [("1", "加快补栏", ["县农业农村局", "各乡(镇)人民政府", "各街道办事处"], [])], variant
    )


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_review_c_handed_partners_and_names(variant: Callable[[str], str]) -> None:
    text = (
        "(一)制定补贴标准。补贴标准由市财政局会同市医保局确定。\n"  # 会同 partners settling a standard: a task (47c, 1)
        "(二)制定办法。具体办法由市人社局会同市财政局、市民政局另行制定。\n"  # 市人社局 whole (47c, 2)
        "(三)加强应急。(责任单位:县应急管理局(挂县地震局牌子)、县住建局)\n"  # a second name inside a list (47c, 3)
        "(四)加快审批。发改、规划和自然资源、住建等部门要加快审批。\n"  # a merged department kept whole (47c, 4)
        "(五)审批备案。具体事项由省政府批准。\n"  # an upper level approving: no task handed
    )
    want = [
        ("(一)", "制定补贴标准", ["市财政局", "市医保局"], []),
        ("(二)", "制定办法", ["市人社局", "市财政局", "市民政局"], []),
        ("(三)", "加强应急", ["县应急管理局", "县住建局"], []),
        ("(四)", "加快审批", ["发改", "规划和自然资源", "住建"], []),
        ("(五)", "审批备案", [], []),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_review_d_tasks_with_a_deadline_line_stay_tasks(variant: Callable[[str], str]) -> None:
    text = (
        "一、重点任务\n1.推进老旧小区改造\n完成时间:2024年12月底前\n2.实施城市道路提升工程\n完成时间:2024年底\n"
        "3.建设城市口袋公园10个\n完成时间:2024年底\n"
    )
    want = [
        ("1", "推进老旧小区改造", [], []),
        ("2", "实施城市道路提升工程", [], []),
        ("3", "建设城市口袋公园10个", [], []),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_review_d_a_wrapped_decimal_is_no_item(variant: Callable[[str], str]) -> None:
    text = (
        "二、主要任务\n1.提升经济发展质量。增速高于全省平均\n2.5个百分点左右。\n2.扩大有效投资。确保投资增长8%。\n"
        "3.促进消费。\n"
    )
    want = [("1", "提升经济发展质量", [], []), ("2", "扩大有效投资", [], []), ("3", "促进消费", [], [])]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize("body", ["省教育招生考试院", "市人事考试院", "各级考试院"])
def test_review_d_exam_authorities_are_no_taiwan_sign(variant: Callable[[str], str], body: str) -> None:
    text = f"关于做好招生工作的通知\n各县区:\n一、请在{body}公布的时间内完成招生。\n"
    assert run(variant(text)).meta.region != "台湾"
