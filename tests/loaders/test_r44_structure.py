"""Round 44 (heldout114 ff09, a 安全生产月 活动方案): each activity (一)… gives its particulars as numbered fields
(1.活动时间 / 2.活动内容 / 3.组织单位:…), 组织单位 naming who runs it; once one activity's items are read as
fields, a later activity whose 1. opens with a field word is read the same way, even when the excerpt cuts it after
its first field. Both scripts, both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, assert_measures, run

_ACTIVITIES = (
    "四、活动安排\n(一)开展安全生产警示教育周活动\n1.活动时间:6月1日至6月7日。\n"
    "2.活动内容:各乡镇组织企业开展警示教育活动。\n3.组织单位:各乡镇人民政府,县直有关部门和单位。\n"
    "(二)开展安全文化周系列活动\n1.活动时间:6月8日至6月14日。\n2.活动内容:组织安全电影巡回放映活动。\n"
    "3.组织单位:各乡镇人民政府、总工会。\n"
)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_an_organising_unit_field_charges_the_activity(variant: Callable[[str], str]) -> None:
    want = [
        ("(一)", "开展安全生产警示教育周活动", ["各乡镇人民政府", "县直有关部门和单位"], []),
        ("(二)", "开展安全文化周系列活动", ["各乡镇人民政府", "总工会"], []),
    ]
    assert_measures(_ACTIVITIES, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_cut_activity_follows_the_form_of_the_ones_before(variant: Callable[[str], str]) -> None:
    cut = _ACTIVITIES + "(三)开展应急预案演练周活动\n1.活动时间:6月17日至6月23日。\n2."
    want = [
        ("(一)", "开展安全生产警示教育周活动", ["各乡镇人民政府", "县直有关部门和单位"], []),
        ("(二)", "开展安全文化周系列活动", ["各乡镇人民政府", "总工会"], []),
        ("(三)", "开展应急预案演练周活动", [], []),
    ]
    assert_measures(cut, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_task_about_time_alone_stays_a_task(variant: Callable[[str], str]) -> None:
    # no activity of the page read as fields before: a 1. on a time is a task of its own
    text = "(一)优化审批服务\n1.审批时间:压缩至5个工作日。\n2.推行网上办理。\n3.精简申报材料。\n"
    want = [
        ("1", "审批时间:压缩至5", [], []),
        ("2", "推行网上办理", [], []),
        ("3", "精简申报材料", [], []),
    ]
    assert_measures(text, want, variant)


_NOTICE = (
    "关于建立社会救助管理信息系统的通知\n各县(区)民政局:\n为加强社会救助信息管理,现就有关事宜通知如下:\n"
    "一、畅通专线网络\n各县(区)要协调相关部门,4月30日前将专线接通到镇(街)社会救助受理处。\n"
    "二、配齐相关设备\n各县(区)民政局要配备专门电脑、高拍仪。\n三、录入救助管理信息\n5月31日前,将所有低保对象信息录入完毕。\n"
    "四、工作要求\n(一)加强组织领导。各县(区)要高度重视。\n(二)加强监督检查。市民政局将对推进情况进行督查。\n"
)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_task_parts_beside_a_requirements_part(variant: Callable[[str], str]) -> None:
    want = [
        ("一", "畅通专线网络", ["各县(区)"], []),
        ("二", "配齐相关设备", ["各县(区)民政局"], []),
        ("三", "录入救助管理信息", [], []),
        ("(一)", "加强组织领导", ["各县(区)"], []),
        ("(二)", "加强监督检查", ["市民政局"], []),
    ]
    assert_measures(_NOTICE, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_parts_naming_what_a_notice_states_are_no_tasks(variant: Callable[[str], str]) -> None:
    text = (
        "关于开展监测工作的通知\n各乡镇:\n现就有关事宜通知如下:\n一、目的意义\n做好监测工作,对于保障安全具有重要意义。\n"
        "二、进度时限\n5月31日前完成全部监测。\n三、工作要求\n(一)加强组织领导。各乡镇要高度重视。\n"
    )
    want = [("(一)", "加强组织领导", ["各乡镇"], [])]
    assert_measures(text, want, variant)


_FORWARDED = (
    "各乡镇人民政府、县级各部门:\n现将《关于支持多渠道灵活就业的实施意见》转发给你们,并结合我县实际提出以下贯彻意见,"
    "请一并抓好贯彻落实。\n一、统一思想认识\n以习近平新时代中国特色社会主义思想为指导,全力做好稳就业工作。\n"
    "二、强化督促落实\n就业是最大的民生。县就业工作领导小组办公室要强化对此项工作的绩效管理和督促检查。\n"
    "三、注重舆论引导\n充分利用各种宣传渠道和媒介,大力宣传支持灵活就业的政策措施。\n"
)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_forwarding_notices_own_opinions_are_tasks(variant: Callable[[str], str]) -> None:
    want = [
        ("二", "强化督促落实", ["县就业工作领导小组办公室"], []),
        ("三", "注重舆论引导", [], []),
    ]
    assert_measures(_FORWARDED, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_covering_notices_requirements_stay_none(variant: Callable[[str], str]) -> None:
    # …印发给你们,并提出以下意见: the items are requirements for carrying the plan out (dev5 p12's gold)
    text = (
        "各镇人民政府,区政府各部门:\n2021年重点工作责任分工已经区政府同意,现印发给你们,并提出以下意见,请一并抓好贯彻落实。\n"
        "一、高度重视,提高站位\n各级各部门要充分认识做好重点工作的重要意义。\n二、夯实责任,狠抓落实\n各牵头单位要细化措施。\n"
    )
    doc = run(variant(text))
    assert doc.measures == []


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_guiding_thought_is_no_measure_whatever_its_title(variant: Callable[[str], str]) -> None:
    text = (
        "一、统一思想认识\n坚持以习近平新时代中国特色社会主义思想为指导,全力做好稳就业工作。\n"
        "二、加强就业服务\n县人社局要做好就业服务。\n三、注重舆论引导\n县融媒体中心要大力宣传政策措施。\n"
    )
    want = [
        ("二", "加强就业服务", ["县人社局"], []),
        ("三", "注重舆论引导", ["县融媒体中心"], []),
    ]
    assert_measures(text, want, variant)
