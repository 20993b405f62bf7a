"""Round 37 (heldout78 dv01/dv03/dv05/dv04, news of county meetings, scored at the round's start): a demand after
the purpose or topic it is made on (为完成…任务,县长要求, / 关于…工作,县长要求,) that hands its tasks over in ;-pieces
opened by 由A牵头,B配合 (no modal); a demand whose first sentence states a view (…工作是…的有效途径。) before the
demanding ones; a demand made in a comma piece of the speaker's sentence (…汇报,要求A、B等相关部门要…); a demanding
sentence whose comma pieces each open with a named body and its modal (县财政局要…,县自然资源局要…), a measure a
piece; a body's own people charged (县自然资源局全体班子成员要…). Both scripts, both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, assert_measures, run

_HANDED = (
    "6月14日下午,某县召开闲置土地处置工作推进会。县长主持会议并讲话。\n"
    "为顺利完成市政府下达的闲置土地处置目标任务,县长要求,由县发展和改革局牵头,县自然资源局、县财政局配合,"
    "在9月底前完成产业园30亩供地工作;由县工业园区管委会牵头,县自然资源局配合,在12月底前完成园区50亩土地处置任务。"
    "其他涉及部门要积极配合,统筹推进闲置土地处置工作。\n"
    "县直相关部门负责人参加会议。\n"
)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_demand_after_its_purpose_hands_tasks_over_a_piece_a_measure(variant: Callable[[str], str]) -> None:
    want = [
        ("", "由县发展和改革局牵头", ["县发展和改革局", "县自然资源局", "县财政局"], ["县发展和改革局"]),
        ("", "由县工业园区管委会牵头", ["县工业园区管委会", "县自然资源局"], ["县工业园区管委会"]),
        ("", "其他涉及部门要积极配合", ["其他涉及部门"], []),
    ]
    assert_measures(_HANDED, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_purpose_sentence_without_a_speaker_demands_nothing(variant: Callable[[str], str]) -> None:
    """为完成目标任务,由县发展和改革局牵头…: a plan's own sentence, no speaker's demand: no news measure from it."""
    text = (
        "5月10日,某县召开推进会。\n为顺利完成目标任务,全县上下由县发展和改革局牵头推进各项工作,成效明显。\n"
    )
    doc = run(variant(text))
    assert not [m for m in doc.measures if variant("由县发展和改革局牵头") in m.label], [
        m.label for m in doc.measures
    ]


_VIEW = (
    "4月22日,县政府召开专题会议,就土地增减挂钩工作进行督办。\n"
    "副县长指出,土地增减挂钩工作是增加财政收入的有效途径。各乡镇及相关单位要抢抓耕种时节,做好复垦地块耕种管护工作。"
    "县财政局要做好项目投资评审工作,及时拨付项目资金,县自然资源和规划局要及时跟进已上报的项目,尽快争取立项批复。\n"
)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_demand_stating_a_view_first_starts_at_its_demanding_sentence(
    variant: Callable[[str], str],
) -> None:
    want = [
        ("", "各乡镇及相关单位要抢", ["各乡镇", "相关单位"], []),
        ("", "县财政局要做好项目投", ["县财政局"], []),
        ("", "县自然资源和规划局要", ["县自然资源和规划局"], []),
    ]
    assert_measures(_VIEW, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_comma_pieces_after_a_collective_stay_one_measure(variant: Callable[[str], str]) -> None:
    """各单位要加大宣传力度,市融媒体中心要充分运用…: a collective's task and a body's share in it: one measure."""
    text = (
        "3月5日,市政府召开燃气安全工作会议。\n"
        "会议要求,各单位要加大燃气安全宣传力度,市融媒体中心要充分运用电视、广播等多种渠道开展宣传。\n"
    )
    doc = run(variant(text))
    assert len(doc.measures) == 1, [m.label for m in doc.measures]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_demand_in_a_comma_piece_charges_the_bodies_named(variant: Callable[[str], str]) -> None:
    text = (
        "3月28日上午,县委书记率有关部门负责人前往某村调研保障性住房建设工作。\n"
        "调研组一行实地查看了规划选址,听取了相关部门工作情况汇报,要求县住房保障局、县自然资源局等相关部门要加强协调,"
        "及早启动200套保障性住房建设。\n"
    )
    want = [("", "县住房保障局、县自然", ["县住房保障局", "县自然资源局"], [])]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_bodys_own_people_charged_charge_the_body(variant: Callable[[str], str]) -> None:
    text = (
        "会议要求,一是措施要更硬。保持整改定力。二是指导要更细。县自然资源局全体班子成员要带领股室吃住在镇村,加强技术指导。"
        "三是县政府督查室要加强督查。\n"
    )
    doc = run(variant(text))
    units = [[r.surface for r in m.responsible] for m in doc.measures]
    assert [variant("县自然资源局")] in units, units
    assert not any(variant("班子成员") in u for us in units for u in us), units


_NEXT = (
    "近日,市发改委会同市投促局召开产业功能区宣讲推介专题会。各区投促局负责同志参会。\n"
    "会上,市发改委介绍了重点产业在全市产业功能区的总体布局。市投促局对招商引资工作进行了再动员再部署。\n"
    "会议推动全市投促招商系统进一步深入了解产业功能区建设的战略部署,进一步增强加强项目招引的工作主动性。\n"
    "下一步,市发改委将按照市委、市政府的工作部署,履行好领导小组办公室职责,力促每一项具体工作任务落地见效。\n"
)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_next_step_the_named_body_commits_to_is_the_measure(variant: Callable[[str], str]) -> None:
    """下一步,市发改委将按照…: the body's commitment is the page's measure; 会议推动…, what the meeting brought
    about, is reported, no measure."""
    want = [("", "下一步,市发改委将按", ["市发改委"], [])]
    assert_measures(_NEXT, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_next_step_of_the_place_itself_charges_no_body(variant: Callable[[str], str]) -> None:
    """下一步,我市将…: the place as a whole, no body named: the paragraph charges nobody (no measure from it)."""
    text = _NEXT.replace("下一步,市发改委将按照", "下一步,我市将按照")
    doc = run(variant(text))
    assert not [r for m in doc.measures for r in m.responsible], [m.label for m in doc.measures]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_next_step_closing_a_paragraph_is_a_measure(variant: Callable[[str], str]) -> None:
    text = (
        "日前,市招商引资工作领导小组办公室对全市招商引资项目信息流转情况进行通报。\n"
        "今年以来,市农业农村局组织招商专班赴各县市区开展调研,新签约过亿元项目10个。"
        "下一步,市农业农村局将坚持问题导向,不断提升全市农业招商工作水平。\n"
    )
    want = [("", "下一步,市农业农村局", ["市农业农村局"], [])]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_next_step_of_nobody_inside_a_paragraph_is_no_measure(variant: Callable[[str], str]) -> None:
    text = (
        "日前,某市召开招商引资工作推进会。\n"
        "今年以来,全市新签约过亿元项目10个。下一步,我市将继续加大招商引资力度。\n"
    )
    assert run(variant(text)).measures == []


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_wires_dated_byline_leads_a_report(variant: Callable[[str], str]) -> None:
    """8月12日消息,《…方案》开始实施。: a wire's byline (日消息,) leads the report; its paragraphs stating what the plan
    does are measures."""
    text = (
        "8月12日消息,《某省重点产业链工作机制实施方案》开始实施。\n"
        "省工信厅、省商务厅等部门将共同实施产业链企业培育壮大、精准招商引资等七大行动。\n"
        "其中,产业链企业培育壮大行动将开展骨干龙头企业领航计划,力争到2025年培育链主企业30户。\n"
    )
    labels = [m.label for m in run(variant(text)).measures]
    assert labels and labels[-1].startswith(variant("产业链企业培育壮大行动")), labels
    assert not any(variant("开始实施") in label for label in labels), labels


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_semicolon_pieces_each_charging_bodies_after_a_title(variant: Callable[[str], str]) -> None:
    """要加快…;做好要素保障,自然资源、林业等部门要…;加快资金支付,财政部门要…: each ;-piece a task of its own, two of
    them charging bodies that are no collective (read after round 37's kept-out score, heldout80 dx06)."""
    text = (
        "5月6日,县政府召开重大项目工作会议。\n"
        "县长强调,各乡镇各部门要加强项目策划,提升项目策划的质量。要加快项目进度,抢抓项目建设;做好要素保障,"
        "自然资源、林业等部门要积极向上争取,做好用地、用林保障;加快资金支付,财政部门要统筹资金调度,提供资金保障。\n"
    )
    got = [[r.surface for r in m.responsible] for m in run(variant(text)).measures]
    assert len(got) == 4 and got[-1] == [variant("财政部门")], got


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_modal_piece_then_a_collectives_piece_stays_one(variant: Callable[[str], str]) -> None:
    """李微强调,要以…为突破口,…;各部门要根据各自职责,…: one demand (heldout64 dh07's gold)."""
    text = (
        "5月6日,县长调研乡村旅游工作。\n"
        "县长强调,要以推进全域乡村旅游发展作为突破口,带动全县文旅事业发展;各部门要根据各自职责,全力解决发展中的困难。\n"
    )
    assert len(run(variant(text)).measures) == 1
