"""Round 34 (heldout28 bv03, heldout38 cf12, heldout65 di06/di08): an item whose opening sentence charges no body,
a later sentence opening with a body named with its place or level and a duty modal (…。市工业和信息化局要加强指导。)
charges that body with the item, beside the collective of places a later sentence charges (round 25's rule); a
level's kind there (乡(镇、街道)政府要…: heldout33 ca05's gold records none) or an actor (市属国有企业要…) is none; a paragraph whose sentence right
before its first ordinal word charges a body (王明强调:各相关部门要全力以赴…。一是要…;二是要…) gives that body to each
task of the run naming none of its own. 应届 (graduates of the year) is no modal, a kind of actor (企业要…) no body,
a speaker's bare demand (要切实做好…。一是…) and a body demanding (市政府要求:一是…) no subject. Both scripts, both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, assert_measures, run

NEWS = "会议指出,今年以来全县整改工作取得积极成效。\n"


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_later_sentence_charges_the_body_it_opens_with(variant: Callable[[str], str]) -> None:
    text = (
        "一、重点任务\n"
        "(一)完善产业布局。编制全市产业规划,明确主攻方向。各县(市、区)人民政府要积极对接全市规划,加快编制产业图谱。"
        "市工业和信息化局要加强指导。\n"
        "(二)加强人才保障。落实人才政策,省属高校应届毕业生到基层服务满三年的予以奖补。企业要加强人才培养。\n"
        "(三)深化改革。完善工作机制。市属国有企业要带头落实。各县(市、区)要抓好落实。乡(镇、街道)政府要设置岗位。\n"
        "(四)推进整改。加快整改进度。省委、省政府要求,今年底前全面完成整改任务。市场监管部门要加强执法。\n"
    )
    want = [
        ("(一)", "完善产业布局", ["各县(市、区)人民政府", "市工业和信息化局"], []),
        ("(二)", "加强人才保障", [], []),
        ("(三)", "深化改革", ["各县(市、区)"], []),
        # 要求 of the body demanding is no modal; 市场 is no city (round 34's review)
        ("(四)", "推进整改", [], []),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_the_sentence_before_an_ordinal_run_charges_its_tasks(variant: Callable[[str], str]) -> None:
    text = NEWS + (
        "王明强调:各相关部门要全力以赴做好督察整改工作。一是要加强研判,主动认领整改任务;二是要整改到位、不谈条件;"
        "三是县水务局要举一反三,全面核查。\n"
    )
    want = [
        ("一是", "要加强研判", ["各相关部门"], []),
        ("二是", "要整改到位", ["各相关部门"], []),
        ("三是", "县水务局要举", ["县水务局"], []),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_bare_demand_before_a_run_charges_no_body(variant: Callable[[str], str]) -> None:
    text = NEWS + (
        "王明强调,要切实做好督察整改工作。一是要加强研判,主动认领整改任务;二是县水务局要整改到位;三是要举一反三,"
        "全面核查。\n"
    )
    want = [
        ("一是", "要加强研判", [], []),
        ("二是", "县水务局要整", ["县水务局"], []),
        ("三是", "要举一反三", [], []),
    ]
    assert_measures(text, want, variant)
    demanded = NEWS + "市政府要求:一是加强研判,主动认领整改任务;二是整改到位;三是举一反三,全面核查。\n"
    assert_measures(
        demanded,
        [("一是", "加强研判", [], []), ("二是", "整改到位", [], []), ("三是", "举一反三", [], [])],
        variant,
    )


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_connective_before_the_subject(variant: Callable[[str], str]) -> None:
    """Round 34's review: 同时,县财政局要… charges the body after the connective; 同时,要… charges none."""
    text = (
        "一、重点任务\n(一)加强保障。落实资金保障。同时,县财政局要加强资金监管。\n"
        "(二)推进建设。县住建局要加快进度。此外,县自然资源局要做好用地保障。\n"
        "(三)优化服务。加快进度。同时,要做好用地保障。\n"
    )
    want = [
        ("(一)", "加强保障", ["县财政局"], []),
        ("(二)", "推进建设", ["县住建局", "县自然资源局"], []),
        ("(三)", "优化服务", [], []),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_charged_subject_stays_in_the_label(variant: Callable[[str], str]) -> None:
    """A sentence's subject is part of the lead phrase up to the first 。 (annotation.md), unlike a bracket after it."""
    text = "一、重点任务\n(一)加强管理,市教育局要加强对学校的指导。\n(二)推进建设,加快进度(市住建局牵头)。\n"
    doc = run(variant(text))
    assert [m.label for m in doc.measures] == [
        variant("加强管理,市教育局要加强对学校的指导"),
        variant("推进建设,加快进度"),
    ]
