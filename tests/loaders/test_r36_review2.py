"""Round 36's second review (/work/review36b/report.md, a helper probing the round's later families): one regression
test per finding, each text a probe the helper wrote, each expectation from annotation.md.

* An interpretation page's part as a heading is a noun phrase of the document's making (出台背景); a task heading
  that ends so (完善执法依据, 提供决策依据, 宣传教育意义) stays a measure; the goals under a top item whose tasks its
  ordinal paragraphs became stay the document's (明确目标。…3万亩).
* Applicant categories after an announced list of conditions name a class of applicants (主体, 对象, 企业…); a task
  named before a colon ((一)加强宣传:区人社局要…) stays a task, its body after the colon its unit.
* A demand whose speaker is left out continues a meeting's or a speaker's demands only, never a leader's, a
  document's or an expert's words (习近平总书记…指出,…。强调要…), nor a deputy's at 两会.
* A page's first paragraph is a cut item's tail only when it holds no preamble's words (…通知如下:一、…).
* A body's own people convened (市科技局负责人) leave the body among the convened.
"""

from __future__ import annotations

import pytest

from policykg.loaders.normalize import drop_annotations, match_text
from tests.loaders.inline import measure_unit_sets, run

_PROBES: dict[str, tuple[str, list[list[str]]]] = {
    "I1_task_jueceyiju": (
        "关于加强统计工作的实施意见\n一、重点任务\n(一)夯实统计基础。市统计局要完善统计调查制度,规范基层统计台账。\n(二)提供决策依据。市统计局要加强经济运行监测分析,每季度形成分析报告不少于4篇。\n(三)强化数据共享。市大数据局要推进部门数据共享。\n",
        [["市统计局"], ["市统计局"], ["市大数据局"]],
    ),
    "I2_task_zhifayiju": (
        "关于推进综合行政执法改革的实施方案\n一、完善执法依据\n市司法局要牵头梳理执法事项清单,2024年底前完成全部清单编制。\n二、规范执法程序\n市司法局要制定执法程序规范。\n",
        [["市司法局"], ["市司法局"]],
    ),
    "I9_heading_jiaoyu_yiyi": (
        "关于开展爱国主义教育的实施方案\n一、主要任务\n(一)宣传教育意义。县委宣传部负责组织宣讲活动50场。\n(二)用好红色资源。县文旅局负责打造红色教育基地3个。\n",
        [["县委宣传部"], ["县文旅局"]],
    ),
    "I11_trad_task_yiju": (
        "關於加強統計工作的實施意見\n一、重點任務\n(一)提供決策依據。市統計局負責形成分析報告12篇。\n(二)強化數據共享。市大數據局負責推進數據共享。\n",
        [["市統計局"], ["市大數據局"]],
    ),
    "C2_conditions_category_then_tasks": (
        "关于开展创业补贴申报工作的通知\n一、补贴对象\n申请创业补贴应符合以下条件:\n(一)经营主体(企业类):在本区注册登记的小微企业。\n1.注册时间在1年以上;\n2.带动就业3人以上。\n(二)经营主体(个体类):在本区从事个体经营的人员。\n二、工作措施\n(一)加强宣传:区人社局要通过多种渠道宣传补贴政策。\n(二)简化流程:区政务服务中心要推行一网通办,办理时限压缩至5个工作日。\n",
        [["区人社局"], ["区政务服务中心"]],
    ),
    "C4_conditions_same_level_tasks_colon": (
        "关于做好高校毕业生就业工作的通知\n一、政策对象\n享受补贴的单位应符合下列条件:\n1.与高校毕业生签订1年以上劳动合同;\n2.按规定缴纳社会保险。\n二、重点任务\n(一)拓宽就业渠道:市人社局负责开发岗位5000个。\n(二)强化就业服务:市人社局负责举办招聘会20场。\n(三)落实资金保障:市财政局负责保障资金。\n",
        [["市人社局"], ["市人社局"], ["市财政局"]],
    ),
    "N1_xi_elided": (
        "区委理论学习中心组开展集体学习\n6月5日,区委理论学习中心组举行集体学习。\n习近平总书记在江苏考察时指出,要把坚守人民情怀作为根本出发点和落脚点。强调要坚持以人民为中心的发展思想,扎实推动共同富裕。\n会议要求,全区各级各部门要深入学习领会讲话精神,切实抓好贯彻落实。\n",
        [["全区各级各部门"]],
    ),
    "N2_report_elided": (
        "学习贯彻党的二十大精神\n党的二十大报告指出,高质量发展是全面建设社会主义现代化国家的首要任务。强调要加快建设制造强国、质量强国,推动制造业高端化、智能化、绿色化发展。\n我们要深刻领会,坚决贯彻落实。\n",
        [],
    ),
    "N3_expert_elided": (
        "专家解读:如何推动县域经济高质量发展\n中国社科院专家指出,县域经济是国民经济的基本单元。强调要因地制宜发展特色产业,不断壮大县域经济实力。\n业内人士认为,政策效应将持续显现。\n",
        [],
    ),
    "N5_npc_deputy_frame": (
        "代表委员热议新质生产力\n在今年的全国两会上,全国人大代表张华指出,要加快培育新质生产力,推动传统产业转型升级。\n全国政协委员王刚表示,企业要加大研发投入。\n",
        [],
    ),
    "E1_notice_inline_yi": (
        "各县(区)和相关部门要认真贯彻落实省委省政府决策部署,现就有关事项通知如下:一、总体要求。以习近平新时代中国特色社会主义思想为指导,全面推进乡村振兴。\n二、重点任务。县农业农村局负责建设高标准农田5万亩。\n三、保障措施。县财政局负责落实资金。\n",
        [["县农业农村局"], ["县财政局"]],
    ),
    "V1_convene_both_leaders": (
        "关于建立产业链工作机制的实施方案\n一、重点任务\n(一)定期会商。工作专班每季度召集市发改委、市科技局负责人参会,研究解决重大问题。\n(二)做好保障。市财政局负责落实资金。\n",
        [["市发改委", "市科技局"], ["市财政局"]],
    ),
}


@pytest.mark.parametrize("name", sorted(_PROBES))
def test_review2_probe(name: str) -> None:
    """Each probe's measures, in order, by their units (none expected: no measures at all)."""
    text, want = _PROBES[name]
    doc = run(text)
    got = measure_unit_sets(doc)
    assert got == [sorted(match_text(u) for u in w) for w in want], [
        (m.label, got[k]) for k, m in enumerate(doc.measures)
    ]


def test_review2_goals_after_an_interpretation_part_stay_the_documents() -> None:
    doc = run(
        "《某县油茶产业发展三年行动方案》起草说明\n一、起草背景\n为加快推进全县油茶产业发展,县林业局草拟了本方案。\n二、主要内容\n明确目标。全县完成新造高产油茶林3万亩,改造低产油茶林1万亩。\n明确任务。一是扩大油茶林规模;二是提升油茶林产量。\n"
    )
    got = sorted((str(t.value), t.unit) for t in doc.doc_targets)
    assert got == [("10000", "亩"), ("30000", "亩")], got
    assert not any(match_text(m.label).startswith("起草背景") for m in doc.measures)


@pytest.mark.parametrize("tail", ["附件(pdf", "邮箱(qq"])
def test_review2_a_cut_bracket_of_no_reading_stays(tail: str) -> None:
    text = "省(sheng)工(gong)作要求详见" + tail
    assert drop_annotations(text)[0].endswith(tail)


def test_a_plans_background_part_is_a_frame() -> None:
    """一、计划背景 on a 政策解读 page (heldout76 dt13, read after the kept-out score): a part of the page, no measure."""
    doc = run(
        "《大华集镇综合整治方案》政策解读\n一、计划背景\n为进一步规范集镇秩序,制定本方案。\n二、主要任务\n(一)镇城管中队负责集镇占道经营整治工作。\n(二)镇派出所负责集镇交通秩序整治工作。\n"
    )
    assert [match_text(m.number) for m in doc.measures] == ["(一)", "(二)"], [
        (m.number, m.label) for m in doc.measures
    ]
