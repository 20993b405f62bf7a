"""Round 37's review of its news and unit families (/work/review37b: ~115 probes): regressions against round 36 and
misses, each a regression test. Both scripts, both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, run


def _got(text: str, variant: Callable[[str], str]) -> list[tuple[str, list[str], list[str]]]:
    doc = run(variant(text))
    return [(m.label, [r.surface for r in m.responsible], [r.surface for r in m.lead]) for m in doc.measures]


_MEETING = "5月6日,县政府召开工作推进会。县长主持会议并讲话。\n"


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_partners_role_piece_stays_with_the_task_it_shares(variant: Callable[[str], str]) -> None:
    got = _got(
        _MEETING + "会议要求,县发改局要牵头做好创建工作,县财政局要积极配合,共同落实创建资金保障。\n", variant
    )
    assert len(got) == 1 and got[0][1] == [variant("县发改局"), variant("县财政局")], got


@pytest.mark.parametrize(
    "demand",
    [
        "会议要求,县商务局要加大招商力度,对县工业园区管委会要给予全力支持。",  # a body as the object
        "会议要求,县发改局要抓紧项目申报,项目单位要加快前期工作进度。",  # a kind, no named body
    ],
)
@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_no_piece_is_cut_off_without_a_named_body_charged(variant: Callable[[str], str], demand: str) -> None:
    got = _got(_MEETING + demand + "\n", variant)
    assert len(got) == 1 and len(got[0][1]) == 1, got


@pytest.mark.parametrize(
    "paragraph",
    [
        # a superior document quoted, progress reported
        "今年2月,市政府印发通知,要求各县区要在6月底前完成农村公路危桥改造任务,目前我县已完成改造8座。",
        # an enforcement reported
        "该局先后检查企业120家,下达整改通知书35份,要求企业要落实主体责任,全年未发生较大以上安全事故。",
        # a recruitment notice's condition
        "根据招聘计划,符合条件的人员可报名,要求报名人员需在5月20日前提交材料。",
        # officers ordering the shops they inspect
        "针对检查中发现的问题,执法人员要求,相关店铺要在3日内完成整改,逾期将依法处理。",
        # the speaker's aside after a view
        "副县长指出,增减挂钩工作是增加财政收入的有效途径。需要说明的是,部分项目已于去年完成立项。",
        # a firm's own plan, a body pointed at
        "下一步,公司将加快推进项目前期工作,力争年内开工建设。",
        "下一步,该局将持续加强特种设备监管,确保全县特种设备安全运行。",
    ],
)
@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_reports_quotes_and_asides_demand_nothing(variant: Callable[[str], str], paragraph: str) -> None:
    got = _got(
        "6月3日,县市场监管局对城区餐饮店开展突击检查。\n" + paragraph + "\n此次共检查餐饮店45家。\n", variant
    )
    assert got == [], got


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_an_inline_demand_on_one_named_body(variant: Callable[[str], str]) -> None:
    got = _got(_MEETING + "会议强调,各乡镇要高度重视防汛工作,要求县应急管理局要加强督导检查。\n", variant)
    units = [u for _, us, _ in got for u in us]
    assert variant("县应急管理局") in units and not any(u.startswith(variant("要求")) for u in units), got


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_next_step_of_a_collective_or_an_office_keeps_its_bodies(variant: Callable[[str], str]) -> None:
    text = "近日,全市乡村振兴工作推进会召开。\n会议通报了上半年工作进展。\n下一步,各县区将对标对表,加快推进各项任务落实。\n"
    got = _got(text, variant)
    assert len(got) == 1 and got[0][1] == [variant("各县区")], got


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_people_named_with_zhuyao_stay_people(variant: Callable[[str], str]) -> None:
    """县政府主要领导要… / 县住建局主要负责人要…: the 要 of 主要 is no modal (no 县住建局主), and a body's leaders stay
    people, no unit (r29's and the responsibility tests' convention; only 全体班子成员 / 班子成员 charge the body)."""
    text = (
        "三、工作措施\n"
        "(一)压实责任。县政府主要领导要亲自研究部署,县住建局主要负责人要靠前指挥。\n"
        "(二)强化督查。县政府督查室要定期督查。\n"
    )
    got = _got(text, variant)
    assert got[0][1] == [] and got[1][1] == [variant("县政府督查室")], got


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_view_then_a_long_subject_demands(variant: Callable[[str], str]) -> None:
    text = (
        "4月8日,县政府召开专题会议。\n"
        "副县长指出,增减挂钩工作是增加财政收入的有效途径。县自然资源和规划局、县农业农村局要加快复垦项目验收。\n"
    )
    got = _got(text, variant)
    assert len(got) == 1 and got[0][1] == [variant("县自然资源和规划局"), variant("县农业农村局")], got


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_division_handing_a_duty_with_its_object_demands(variant: Callable[[str], str]) -> None:
    """会议明确,由县财政局负责资金保障,…: the verb's object before the comma; a report of work done (由…负责的…工作成效
    明显) demands nothing."""
    got = _got(
        _MEETING + "会议明确,由县财政局负责资金保障,县审计局负责跟踪审计,确保资金使用安全。\n", variant
    )
    assert len(got) == 1 and variant("县财政局") in got[0][1], got
    report = _MEETING + "会议指出,今年以来由县财政局负责的资金保障工作成效明显,资金使用安全。\n"
    assert _got(report, variant) == []


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_division_with_a_collective_piece_and_comma_pieces(variant: Callable[[str], str]) -> None:
    """…要求,各乡镇要…;县水利局要…,县应急管理局要…: the places' piece, then each named body's piece."""
    text = (
        _MEETING
        + "为确保安全度汛,县长要求,各乡镇要立即开展隐患排查;县水利局要加强水库巡查,县应急管理局要备足防汛物资。\n"
    )
    got = _got(text, variant)
    assert [u for _, u, _ in got] == [
        [variant("各乡镇")],
        [variant("县水利局")],
        [variant("县应急管理局")],
    ], got


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_handed_piece_then_a_collective_piece(variant: Callable[[str], str]) -> None:
    text = (
        _MEETING
        + "会议要求,由县农业农村局牵头,县生态环境局配合,制定秸秆综合利用方案;各乡镇要落实网格化监管,严防焚烧。\n"
    )
    got = _got(text, variant)
    assert [u for _, u, _ in got] == [
        [variant("县农业农村局"), variant("县生态环境局")],
        [variant("各乡镇")],
    ], got


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_collective_pieces_alone_stay_one_demand(variant: Callable[[str], str]) -> None:
    text = _MEETING + "会议要求,各乡镇要立即开展隐患排查;各村要落实巡查责任。\n"
    assert len(_got(text, variant)) == 1
