"""Round 35 (heldout69 dm02/dm04/dm06, scored blind then read): a subject acting in a role put in apposition after it
(市经委作为全市域外招商牵头责任部门,要… -> 市经委, its lead when the role is a 牵头 one); sector words joined after 联合 /
会同 (镇应急办牵头,联合公安、消防、市场监管等部门联合执法: each sector a unit); a joined body's name stops where the task's
own 联合 opens (镇市场监管所联合执法, not 镇市场监管所联: 联 ends 妇联); 务于 before a date as the modal 务必 (各乡镇、
各部门务于3月10日前…). Both scripts, both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, assert_measures


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_subject_in_apposition_to_its_role(variant: Callable[[str], str]) -> None:
    text = (
        "一、重点任务\n"
        "1.做好协调。市经委作为全市域外招商牵头责任部门,要组织协调好域外招商引资各项工作。\n"
        "2.抓好落实。县财政局作为责任单位要做好资金保障。\n"
        "3.抓好监管。市市场监管局作为行业主管部门,要加强监管。\n"
        "4.突出重点。作为全市重点工作,要加强统筹。\n"
    )
    want = [
        ("1", "做好协调", ["市经委"], ["市经委"]),
        ("2", "抓好落实", ["县财政局"], []),
        ("3", "抓好监管", ["市市场监管局"], []),
        ("4", "突出重点", [], []),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_sectors_and_bodies_joined_after_lianhe(variant: Callable[[str], str]) -> None:
    text = (
        "一、重点任务\n"
        "1.开展排查。镇应急办牵头,联合公安、消防、市场监管等部门联合执法。\n"
        "2.开展整治。由镇应急办牵头,会同公安、消防等部门开展执法。\n"
        "3.开展检查。镇应急办牵头,联合镇派出所、镇市场监管所联合执法。\n"
        "4.开展宣传。镇应急办牵头,联合开展宣传活动。\n"
    )
    want = [
        ("1", "开展排查", ["镇应急办", "公安", "消防", "市场监管"], ["镇应急办"]),
        ("2", "开展整治", ["镇应急办", "公安", "消防"], ["镇应急办"]),
        ("3", "开展检查", ["镇应急办", "镇派出所", "镇市场监管所"], ["镇应急办"]),
        ("4", "开展宣传", ["镇应急办"], ["镇应急办"]),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_wu_before_a_date_is_a_modal(variant: Callable[[str], str]) -> None:
    """务于 charges its subject as 务必于 does; 税务 / 政务服务 in a body's name stay its name."""
    text = (
        "一、工作安排\n"
        "1.按时报送。各乡镇、各部门、各事业单位务于3月10日前上报台账。\n"
        "2.做好服务。县政务服务中心要于3月10日前完成事项梳理。\n"
        "3.做好征管。县税务局务于年底前完成清理。\n"
    )
    want = [
        ("1", "按时报送", ["各乡镇", "各部门", "各事业单位"], []),
        ("2", "做好服务", ["县政务服务中心"], []),
        ("3", "做好征管", ["县税务局"], []),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_topic_handed_to_a_named_body_inside_a_sentence(variant: Callable[[str], str]) -> None:
    """heldout69 dm09: 6米以上道路侧沟由市水利局维护,6米以下道路侧沟由区公所维护: each body the topic is handed to,
    its verb right after it (组织 opens no 组 of the name), or 由 opening the sentence (由镇农业服务中心根据…下达:
    heldout68 dl02); an upper level approving (由省政府批准), 自由 / 理由 / 由此, a level (由乡镇与…) and a kind of body
    (由各村管理) charge none."""
    text = (
        "一、职责\n"
        "1.道路侧沟维护。6米以上道路侧沟由市水利局维护,6米以下道路侧沟由区公所维护。\n"
        "2.检查验收。项目由县农业农村局组织验收。\n"
        "3.方案审批。方案由省政府批准后实施。\n"
        "4.扩大开放。实行自由贸易,说明理由。\n"
        "5.日常管理。设施由各村管理。\n"
        "6.下达任务。由镇农业服务中心根据机具保有量下达任务书。\n"
        "7.共同管理。巡防队伍由乡镇与公安机关共同管理。\n"
        "8.加强认识。由此可见,任务十分繁重。\n"
    )
    want = [
        ("1", "道路侧沟维护", ["市水利局", "区公所"], []),
        ("2", "检查验收", ["县农业农村局"], []),
        ("3", "方案审批", [], []),
        ("4", "扩大开放", [], []),
        ("5", "日常管理", [], []),
        ("6", "下达任务", ["镇农业服务中心"], []),
        ("7", "共同管理", [], []),
        ("8", "加强认识", [], []),
    ]
    assert_measures(text, want, variant)
