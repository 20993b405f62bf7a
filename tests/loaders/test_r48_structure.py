"""Round 48 structure: the tasks under a phase of a 工作步骤 section (六、工作步骤 / (一)调查摸底阶段(…) / 1.对全市企业进行
摸底…) are measures, the bodies opening their text their units, while the steps themselves stay steps (heldout140 gf03,
heldout120 fl05's gold). Both scripts, both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, assert_measures


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_the_tasks_under_a_phase_are_measures(variant: Callable[[str], str]) -> None:
    text = (
        "五、工作步骤\n(一)调查摸底阶段(2024年12月底前)。\n1.对全市企业进行一次全面摸底。\n"
        "2.召开全市推进工作会议,进行动员和部署。各镇区相应召开会议进行部署。\n"
        "(二)组织实施阶段(2025年)。\n1.各镇区成立相应领导小组,建立工作机制。\n"
        "2.各区、开发区结合本区实际,制定整治方案。\n"
    )
    want = [
        ("1", "对全市企业进行一次全面摸底", [], []),
        ("2", "召开全市推进工作会议,进行动员和部署", ["各镇区"], []),
        ("1", "各镇区成立相应领导小组,建立工作机制", ["各镇区"], []),
        ("2", "各区、开发区结合本区实际,制定整治方案", ["各区", "开发区"], []),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_numbered_steps_stay_steps(variant: Callable[[str], str]) -> None:
    text = (
        "二、重点任务\n1.县商务局要组织开展项目推介。\n2.县财政局要落实活动经费。\n"
        "三、实施步骤\n1.动员部署(2024年3月)。全面启动创建工作。\n2.推进实施(2024年4月至12月)。组织全面落实。\n"
    )
    want = [
        ("1", "县商务局要组织开展项目推介", ["县商务局"], []),
        ("2", "县财政局要落实活动经费", ["县财政局"], []),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_phase_tasks_leave_the_plans_paragraph_items_measures(variant: Callable[[str], str]) -> None:
    text = (
        "三、职责分工\n(一)监察部门负责对公职人员的违规行为进行查处。\n(二)公安部门负责依法给予治安处罚。\n"
        "四、工作步骤\n(一)集中整治\n1、宣传发动阶段(7月-8月)\n各区结合本区实际,制定整治活动实施方案。\n"
    )
    want = [
        ("(一)", "监察部门负责对公职人员的违规行为进行查处", ["监察部门"], []),
        ("(二)", "公安部门负责依法给予治安处罚", ["公安部门"], []),
        ("1", "宣传发动阶段(7月-8月)", ["各区"], []),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_sentences_charging_bodies_with_a_modal_are_measures(variant: Callable[[str], str]) -> None:
    text = (
        "关于做好博览会筹备工作的通知\n"
        "市财政局要切实加强经费保障,按时拨付筹备资金。市商务局要认真做好招展工作,积极发动重点企业参展。\n"
    )
    want = [
        ("", "市财政局要切实加强经费保障", ["市财政局"], []),
        ("", "市商务局要认真做好招展工作", ["市商务局"], []),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_notices_charges_before_its_attached_table(variant: Callable[[str], str]) -> None:
    text = (
        "关于做好博览会筹备工作的通知\n"
        "市财政局要切实加强经费保障,按时拨付筹备资金。市商务局要认真做好招展工作,积极发动重点企业参展。\n"
        "附件:市内招展计划表\n市人民政府办公室\n2006年4月10日\n附件:\n市内招展计划表\n"
        "地区或单位 | 计划展位数(个)\n香洲区 | 10\n金湾区 | 10\n"
    )
    want = [
        ("", "市财政局要切实加强经费保障", ["市财政局"], []),
        ("", "市商务局要认真做好招展工作", ["市商务局"], []),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_demand_charges_no_task(variant: Callable[[str], str]) -> None:
    text = (
        "关于做好博览会筹备工作的通知\n"
        "市财政局要切实加强经费保障,按时拨付筹备资金。市商务局要认真做好招展工作。\n市政府还要求,各部门加强值守。\n"
    )
    want = [
        ("", "市财政局要切实加强经费保障", ["市财政局"], []),
        ("", "市商务局要认真做好招展工作", ["市商务局"], []),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_channel_labels_over_addresses_are_no_tasks(variant: Callable[[str], str]) -> None:
    text = (
        "关于公开征求意见的公告\n一、授权运营的主要内容\n市数据局要明确授权运营的范围。\n征集方式:\n"
        "1.信函:市数据局(城关区甘南路122号1601办公室)\n2.电子邮件:sjj@163.com\n3.传真:0931-4523866\n"
    )
    want = [("一", "授权运营的主要内容", ["市数据局"], [])]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_task_naming_a_channel_stays_a_task(variant: Callable[[str], str]) -> None:
    text = "一、重点任务\n1.开通热线电话,收集群众意见。\n2.县政务服务中心要公开办事指南。\n"
    want = [("1", "开通热线电话", [], []), ("2", "县政务服务中心要公开办事指南", ["县政务服务中心"], [])]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_pages_bulleted_contact_footer_is_no_task(variant: Callable[[str], str]) -> None:
    text = (
        "某区开展碳达峰工作专题研讨\n发布时间:2021-03-18  来源:某网\n\n"
        "  近日,区生态环境局和区发展改革委就本区节能减排和碳达峰工作进行了交流研讨。\n\n"
        "  下一步,区生态环境局和区发展改革委将根据全市工作部署,主动对接、加强联动、合力推进碳达峰工作。\n\n"
        "与我们联系\n  • 联系电话:+86-0512-53660867\n  • 传  真:+86-0512-53660867\n  • 邮  箱:info@example.com\n"
    )
    want = [("", "下一步,区生态环境局和区发展改革委将根据全市工作部署", ["区生态环境局", "区发展改革委"], [])]
    assert_measures(text, want, variant)
