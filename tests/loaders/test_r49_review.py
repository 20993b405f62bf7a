"""Round 49 review regressions (/work/review49/a, b, c): each a probe the round's first rules got wrong. Both
scripts, both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, assert_measures, run, units_match


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_frame_decimal_sections_over_items_are_no_measures(variant: Callable[[str], str]) -> None:
    # 1 总则 / 1.5事件分级。 / (1)特别重大森林火灾。…: grades of the plan's frame, no measures, no targets (review c)
    text = (
        "某县森林火灾应急预案\n1 总则\n1.1编制目的。\n为有效预防和扑救森林火灾,制定本预案。\n1.5事件分级。\n"
        "(1)特别重大森林火灾。\n受害森林面积在1000公顷以上的,或者死亡30人以上的。\n(2)重大森林火灾。\n"
        "受害森林面积在100公顷以上的。\n"
    )
    assert run(variant(text)).measures == []


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_titled_body_stays_beside_the_bodies_its_paragraph_names(variant: Callable[[str], str]) -> None:
    text = (
        "森林防火应急预案\n二、成员单位职责\n(1)县气象局。\n负责提供火场气象信息,县水文站负责水文监测。\n"
        "(2)县林业局。\n会同县公安局负责火灾案件调查,县财政局负责经费保障。\n"
    )
    want = [
        ("(1)", "县气象局", ["县气象局", "县水文站"], []),
        ("(2)", "县林业局", ["县林业局", "县公安局", "县财政局"], []),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_decimal_group_title_is_no_measure(variant: Callable[[str], str]) -> None:
    text = (
        "某县森林火灾应急预案\n2 组织指挥体系\n2.2职责任务。\n(1)县林业局负责火灾扑救的组织工作。\n"
        "(2)县公安局负责火灾区域内的治安管理。\n"
    )
    want = [
        ("(1)", "县林业局负责火灾扑救的组织工作", ["县林业局"], []),
        ("(2)", "县公安局负责火灾区域内的治安管理", ["县公安局"], []),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize("line", ["3.15国际消费者权益日活动。", "11.9全国消防日。", "2.3版平台升级。"])
def test_a_day_or_a_version_is_no_section(variant: Callable[[str], str], line: str) -> None:
    text = (
        f"某县工作要点\n一、加强消费维权\n{line}\n今年开展系列活动。\n(一)畅通投诉渠道。县市场监管局负责。\n"
    )
    want = [("(一)", "畅通投诉渠道", ["县市场监管局"], [])]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_report_under_a_body_title_charges_nothing(variant: Callable[[str], str]) -> None:
    text = (
        "某县法院2023年工作报告\n一、审判工作\n(1)县人民法院。\n全年受理各类案件3500件,审结3200件,结案率91.4%。\n"
        "(2)县人民检察院。\n全年批准逮捕156人。\n"
    )
    doc = run(variant(text))
    assert all(not m.responsible and not m.targets for m in doc.measures)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_titled_body_takes_no_unnumbered_part_after_it(variant: Callable[[str], str]) -> None:
    text = (
        "某县防汛应急预案\n三、成员单位职责\n(1)县水利局。\n负责水情监测。\n(2)县气象局。\n负责天气预报。\n预警发布\n"
        "县应急管理局会同县水利局发布预警信息,预警信息覆盖率达到100%。\n"
    )
    doc = run(variant(text))
    assert len(doc.measures) == 2
    assert units_match(doc, doc.measures[0].responsible, ["县水利局"])
    assert units_match(doc, doc.measures[1].responsible, ["县气象局"])
    assert not doc.measures[1].targets


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_bodies_sending_people_after_the_lead_are_no_partners(variant: Callable[[str], str]) -> None:
    text = (
        "某县学习活动方案\n二、活动安排\n(一)集中学习\n县委组织部牵头,县直各部门、各乡镇等单位主要负责同志参加集中学习。\n"
        "(二)技能竞赛\n县应急局牵头,县住建局、县交通运输局等部门的干部职工参加竞赛。\n"
    )
    want = [
        ("(一)", "集中学习", ["县委组织部"], ["县委组织部"]),
        ("(二)", "技能竞赛", ["县应急局"], ["县应急局"]),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_an_inspection_results_page_has_no_tasks(variant: Callable[[str], str]) -> None:
    text = (
        "2023年第二批双随机抽查结果公示\n序号 | 检查主体 | 抽查事项 | 检查对象 | 检查时间 | 检查结果 |\n"
        "1 | 某县市场监督管理局 | 食品经营者监督检查 | 某某超市有限公司 | 2023年5月12日 | 未发现问题 |\n"
        "2 | 某县市场监督管理局 | 食品经营者监督检查 | 某某餐饮有限公司 | 2023年5月15日 | 责令整改 |\n"
    )
    assert run(variant(text)).measures == []


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_task_table_with_a_duties_column_keeps_its_units(variant: Callable[[str], str]) -> None:
    # 工作任务 | 责任单位 | 主要职责 | 完成时限 with no 序号: the duties more of the row's text (review b)
    text = (
        "河道整治工作任务分解表\n工作任务 | 责任单位 | 主要职责 | 完成时限 |\n"
        "1.开展河道清理 | 县水利局 | 制定清理方案,组织实施 | 2024年6月底 |\n"
        "2.加强水质监测 | 县生态环境分局 | 开展定期监测 | 长期坚持 |\n"
    )
    want = [("1", "1.开展河道清理", ["县水利局"], []), ("2", "2.加强水质监测", ["县生态环境分局"], [])]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_bodies_titled_as_a_kind_of_department(variant: Callable[[str], str]) -> None:
    # (二)县生态环境局为秸秆禁烧的监管部门。负责…: the body, no phrase (review a)
    text = "某县秸秆禁烧工作方案\n二、工作职责\n(一)县生态环境局为秸秆禁烧的监管部门。负责监督检查。\n(二)县公安局负责打击违法行为。\n"
    want = [
        ("(一)", "县生态环境局为秸秆禁烧的监管部门", ["县生态环境局"], []),
        ("(二)", "县公安局负责打击违法行为", ["县公安局"], []),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_scope_whose_bodies_all_are_what_it_says(variant: Callable[[str], str]) -> None:
    # 各乡镇均为责任主体,以下不再列出: 各乡镇, never 各乡镇均 (review a)
    text = (
        "某县秸秆禁烧工作方案\n三、重点任务\n"
        "1.强化宣传。研究制定方案。(牵头部门:县农业农村局。各乡镇均为责任主体,以下不再列出)\n"
        "2.加强巡查。开展巡查。(牵头部门:县公安局)\n"
    )
    want = [
        ("1", "强化宣传", ["县农业农村局", "各乡镇"], ["县农业农村局"]),
        ("2", "加强巡查", ["县公安局", "各乡镇"], ["县公安局"]),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_goal_decimal_sections_stay_text(variant: Callable[[str], str]) -> None:
    # 2 主要目标 / 2.1工作目标。 / (1)森林火灾受害率。 / 控制在0.9‰以内。: goals, no measures (review e)
    text = (
        "某县森林火灾应急预案\n1 总则\n1.1编制目的。\n为有效预防和扑救森林火灾,制定本预案。\n2 主要目标\n2.1工作目标。\n"
        "(1)森林火灾受害率。\n控制在0.9‰以内。\n(2)24小时扑灭率。\n达到95%以上。\n"
    )
    assert [m.number for m in run(variant(text)).measures if m.number.startswith("(")] == []


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_decimal_title_over_items_it_does_not_group_is_text(variant: Callable[[str], str]) -> None:
    # 4.1信息报告。 / (1)事发单位应…: the items only, no empty 4.1 measure (review e)
    text = (
        "某县安全生产事故应急预案\n4 应急响应\n4.1信息报告。\n(1)事发单位应在事故发生后1小时内向县应急局报告。\n"
        "(2)县应急局接报后及时向县政府报告。\n"
    )
    assert "4.1" not in [m.number for m in run(variant(text)).measures]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    "paragraph", ["组织开展森林防火检查36次,出动人员1200人次。", "负责人:王某某,联系电话:13800000000。"]
)
def test_a_report_or_a_card_under_a_body_title(variant: Callable[[str], str], paragraph: str) -> None:
    text = f"某县森林防火工作情况\n二、成员单位\n(1)县林业局。\n{paragraph}\n(2)县公安局。\n{paragraph}\n"
    doc = run(variant(text))
    assert all(not m.responsible and not m.targets for m in doc.measures)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_no_duty_in_will_have_the_person_in_charge(variant: Callable[[str], str]) -> None:
    # 将负责人约谈情况…: 将 as 把 before the person in charge (review d); 要害部位: no modal
    text = "某县开展作风建设专项整治\n近日,县纪委监委将负责人约谈情况在全县通报。县委组织部将负责人调整情况报市委组织部备案。\n"
    assert run(variant(text)).measures == []
    findings = "某县校园安全检查情况通报\n(一)各学校要害部位技防设施不完善。\n(二)各医院要害部位监控缺失。\n"
    assert all(not m.responsible for m in run(variant(findings)).measures)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_titles_copula_is_never_inside_a_name(variant: Callable[[str], str]) -> None:
    # (一)县生态环境局为秸秆禁烧的监管部门。/ 负责…: never the whole sentence as a unit (review d)
    text = (
        "某县秸秆禁烧工作方案\n二、职责分工\n(一)县生态环境局为秸秆禁烧的监管部门。\n负责秸秆焚烧的巡查监管。\n"
        "(二)县农业农村局作为秸秆综合利用的主管部门。\n负责秸秆综合利用。\n"
    )
    doc = run(variant(text))
    names = [u.surface for m in doc.measures for u in m.responsible]
    assert not any(variant("为") in n or variant("作为") in n or variant("的") in n for n in names)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_foreign_trade_is_no_industry(variant: Callable[[str], str]) -> None:
    # 稳外贸 / 外贸企业: trade across the border is an activity the corpus's golds never record as an industry (7 extras,
    # no gold over 2,994 pages); 家电 named beside it stays
    text = "某市稳外贸若干措施\n一、稳外贸。支持外贸企业开拓市场,扩大家电出口。(责任单位:市商务局)\n"
    doc = run(variant(text))
    names = {i.surface for m in doc.measures for i in m.industries}
    assert variant("外贸") not in names and variant("家电") in names
