"""Round 30: the bodies a measure's 由-clauses charge, anywhere in its text, whatever verb follows them
(responsibility.acting_bodies), in both scripts; the forms of 由 that charge no body stay without units."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from policykg.loaders.normalize import name_key
from tests.loaders.inline import SCRIPT_IDS, SCRIPTS, run, unit_labels

CHARGED = [
    ("洞头县、泰顺县由当地献血办做好预约工作,由市献血办协调实施时间。", ["当地献血办", "市献血办"]),
    ("全区各非公企业使用工会会费参加活动,由运河街道做好组织发动。", ["运河街道"]),
    ("活动经费由区财政局统筹安排,确保资金及时到位。", ["区财政局"]),
    ("培训工作由县人社局具体组织实施。", ["县人社局"]),
    ("建立联席会议制度。日常工作由市商务局承担,定期通报进展。", ["市商务局"]),
    ("加强宣传引导。宣传工作由区委宣传部、区融媒体中心共同承担。", ["区委宣传部", "区融媒体中心"]),
    ("加强督查考核。考核结果由市考核办汇总后通报。", ["市考核办"]),
    ("开展专项整治。对发现的问题,由属地乡镇政府及时处置。", ["属地乡镇政府"]),
    ("资金拨付由市财政局按进度办理。", ["市财政局"]),
    ("设立服务专窗,由区政务服务中心统一受理申请。", ["区政务服务中心"]),
    ("强化技术支撑。技术指导由省农科院和市农技站提供。", ["省农科院", "市农技站"]),
    ("所需经费由县财政局于每年3月底前拨付到位。", ["县财政局"]),
    ("补贴申请由城关镇初审后,由县人社局复核发放。", ["城关镇", "县人社局"]),
    ("由县应急管理局、县消防救援大队联合开展检查。", ["县应急管理局", "县消防救援大队"]),
    ("由镇政府负责审批,财政所负责资金拨付。", ["镇政府", "财政所"]),
    ("由市公安局交通管理局及属地分局设置警戒标志。", ["市公安局交通管理局", "属地分局"]),
]

# a body opening a clause, then any verb (a modal, a time, an adverb between)
SUBJECTS = [
    ("做好血源保障,市中心血站承担采血工作,市献血办负责协调。", ["市中心血站", "市献血办"]),
    ("强化部门协作。市公安局加强巡查,市交通运输局做好运输保障。", ["市公安局", "市交通运输局"]),
    ("加强保障。区卫健局、区疾控中心组织开展流行病学调查。", ["区卫健局", "区疾控中心"]),
    ("抓好落实。县财政局于6月底前拨付补助资金。", ["县财政局"]),
    ("做好防控。县疾控中心每月开展一次监测。", ["县疾控中心"]),
    ("严格执法。城关镇人民政府依法拆除违章建筑。", ["城关镇人民政府"]),
    ("加强指导。市农业农村局将组织专家开展技术服务。", ["市农业农村局"]),
    ("市自然资源和规划局做好用地保障。", ["市自然资源和规划局"]),
    ("区住房和城乡建设局组织开展安全检查。", ["区住房和城乡建设局"]),
]

UNCHARGED = [
    "坚持由政府主导、社会参与的工作格局。",
    "推动由要素驱动转变为创新驱动。",
    "检查组由市纪委、市委组织部抽调人员组成。",
    "由于资金不足,项目进展缓慢。",
    "自由贸易试验区建设稳步推进。",
    "工作经费由财政保障。",
    "文件由办公室负责解释。",
    "由此带来的损失由企业自行承担。",
    "全县由38个行政村组成。",
    "产业结构由二三一转变为三二一。",
    "经审核后报市发改委备案。",
    "县政府将实行问责。",
    "区委区政府高度重视此项工作。",
    "县教育局的工作人员深入学校。",
    "县卫健局局长带队检查。",
    "市财政局负责人介绍了情况。",
    "市中心城区建成区面积扩大。",
    "除确需由省级机关统一管理的事项外,原则上下放。",
    "探索统计人员由县统计局归口管理的模式。",
    "省人民政府关于加快发展的意见。",
]


def _first_units(text: str) -> tuple[object, list[object]]:
    doc = run("一、加强有关工作\n" + text + "\n二、其他事项\n做好其他工作。\n")
    assert doc.measures
    return doc, list(doc.measures[0].responsible)


@pytest.mark.parametrize("variant", SCRIPTS, ids=SCRIPT_IDS)
@pytest.mark.parametrize(("text", "want"), CHARGED + SUBJECTS)
def test_agent_bodies_charged(text: str, want: list[str], variant: Callable[[str], str]) -> None:
    doc, refs = _first_units(variant(text))
    keys = [name_key(variant(w)) for w in want]
    assert len(refs) == len(want), [r.surface for r in refs]  # type: ignore[attr-defined]
    assert all(any(k in unit_labels(doc, r) for r in refs) for k in keys), refs  # type: ignore[arg-type]


@pytest.mark.parametrize("variant", SCRIPTS, ids=SCRIPT_IDS)
@pytest.mark.parametrize("text", UNCHARGED)
def test_no_body_charged(text: str, variant: Callable[[str], str]) -> None:
    _doc, refs = _first_units(variant(text))
    assert refs == [], [r.surface for r in refs]  # type: ignore[attr-defined]
