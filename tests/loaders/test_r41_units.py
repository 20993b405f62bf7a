"""Round 41 (heldout98 ep07, heldout91 ei06, heldout80): a body charged to take on the lead's role by name
(城管局要充分发挥牵头作用 / 要发挥牵头抓总作用 / 要履行好牵头职责) leads the item, as 要牵头… and 要切实承担牵头责任 do;
a role that is no lead (要充分发挥保障作用) leaves the body responsible only. Both scripts, both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, assert_measures

_PLAN = "关于开展专项整治的实施方案\n一、总体要求\n按照上级部署开展整治。\n二、重点任务\n(一)加强领导。\n"
_FIRST = ("(一)", "加强领导", [], [])


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("item", "units", "leads"),
    [
        ("城管局要充分发挥牵头作用,制定完善考核机制。", ["城管局"], ["城管局"]),
        ("县城管局要发挥牵头抓总作用,县财政局要做好资金保障。", ["县城管局", "县财政局"], ["县城管局"]),
        ("市发改委要履行好牵头职责,加强统筹协调。", ["市发改委"], ["市发改委"]),
        ("市发改委要切实承担牵头责任,加强统筹协调。", ["市发改委"], ["市发改委"]),
        # a role that is no lead's
        ("县财政局要充分发挥保障作用,加强统筹协调。", ["县财政局"], []),
    ],
)
def test_a_body_taking_on_the_leads_role_by_name_leads(
    variant: Callable[[str], str], item: str, units: list[str], leads: list[str]
) -> None:
    assert_measures(_PLAN + "(二)" + item + "\n", [_FIRST, ("(二)", item, units, leads)], variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("item", "units", "leads"),
    [
        # heldout98 ep14: a carrier and its supporters in comma pieces of their own, deep in a demand's sentence
        (
            "要明确工作任务,坚持目标导向,早谋划、早着手,县交通局负责,各乡镇配合,细化任务,建立台账。",
            ["县交通局", "各乡镇"],
            ["县交通局"],
        ),
        (
            "要明确工作任务,坚持目标导向,县交通局牵头,县财政局、各乡镇参与,细化任务。",
            ["县交通局", "县财政局", "各乡镇"],
            ["县交通局"],
        ),
        # 由 opening the run: the agent phrase's reading, unchanged
        (
            "由县发改局牵头,县委党校、县自然资源局配合,在9月底前完成供地工作。",
            ["县发改局", "县委党校", "县自然资源局"],
            ["县发改局"],
        ),
        # firms and a government named by kind: no bodies
        ("要明确工作任务,企业负责,政府配合,细化任务。", [], []),
    ],
)
def test_a_carrier_and_its_supporters_in_comma_pieces_of_their_own(
    variant: Callable[[str], str], item: str, units: list[str], leads: list[str]
) -> None:
    assert_measures(_PLAN + "(二)" + item + "\n", [_FIRST, ("(二)", item, units, leads)], variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("item", "units"),
    [
        # heldout98 ep06: a bureau's own stations and sections charged together, each named bare
        ("各站所、科室要认真领会文件精神,切实抓好落实。", ["各站所", "科室"]),
        ("各站所、各科室要认真领会文件精神。", ["各站所", "各科室"]),
        ("各处室要认真领会文件精神。", ["各处室"]),
        # with collectives beside them (round 41's review)
        ("各处室、各直属单位要认真领会文件精神。", ["各处室", "各直属单位"]),
        ("各乡镇、站所要认真领会文件精神。", ["各乡镇", "站所"]),
        # places and premises are no sections
        ("各场所、科室要认真做好消毒工作。", []),
    ],
)
def test_a_bureaus_own_stations_and_sections_named_bare(
    variant: Callable[[str], str], item: str, units: list[str]
) -> None:
    assert_measures(_PLAN + "(二)" + item + "\n", [_FIRST, ("(二)", item, units, [])], variant)


_DUTIES = (
    "市城乡规划局、市国土资源局职责:结合各自职能,依法依规对上报的私搭乱建进行认定。\n"
    "市数字化城市管理中心职责:负责私搭乱建信息采集工作,组织信息采集队伍巡查发现私搭乱建行为。\n"
    "市规划监察支队职责:成立核查大队,负责对各区制止私搭乱建情况巡视、暗访。\n"
    "市城管执法监察支队职责:负责对各区影响市容市貌的私搭乱建行为进行巡视、暗访和督查。"
)
_DUTIES_WANT = [
    ("", "市城乡规划局、市", ["市城乡规划局", "市国土资源局"], []),
    ("", "市数字化城市管理", ["市数字化城市管理中心"], []),
    ("", "市规划监察支队职", ["市规划监察支队"], []),
    ("", "市城管执法监察支", ["市城管执法监察支队"], []),
]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize("tail", ["\n", "\n四、建立\n"], ids=["alone", "next-heading-cut"])
def test_bodies_and_the_word_for_their_duties_a_paragraph_each(
    variant: Callable[[str], str], tail: str
) -> None:
    # heldout100 er04: an excerpt of a 工作方案's division of duties, cut right after the next section's heading
    assert_measures(_DUTIES + tail, _DUTIES_WANT, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_notices_preamble_before_a_cut_heading_holds_no_measures(variant: Callable[[str], str]) -> None:
    text = "各乡镇人民政府,县直有关部门:\n现将《县城乡环境整治工作方案》印发给你们,请认真贯彻执行。\n一、总体要求\n"
    assert_measures(text, [], variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("item", "units"),
    [
        # heldout100 er01: a later ;-piece charging a named body and districts and zones by their own names
        (
            "提升交通管理科技含量。坚持把信号灯建设与道路建设同规划、同建设;市公安局、盐都区、城南新区要加快路口信号灯智能化改造。",
            ["市公安局", "盐都区", "城南新区"],
        ),
        # a collective of zones is no named body
        ("提升交通管理科技含量。坚持把信号灯建设与道路建设同规划;市公安局、各开发区要加快改造。", []),
    ],
)
def test_a_later_piece_charging_a_body_with_districts_and_zones_by_name(
    variant: Callable[[str], str], item: str, units: list[str]
) -> None:
    assert_measures(_PLAN + "(二)" + item + "\n", [_FIRST, ("(二)", item, units, [])], variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_joint_bodies_named_bare_and_the_word_for_their_duties(variant: Callable[[str], str]) -> None:
    # round 41's review: 领导小组 / 领导小组办公室 / 各成员单位 are bodies, never a kind of actor
    text = (
        "领导小组职责:负责统筹协调全县创建工作,研究解决重大问题。\n领导小组办公室职责:负责日常工作,督促检查各项任务落实。\n"
        "各成员单位职责:按照职责分工,认真落实各项创建任务。\n五、工作要求\n"
    )
    want = [
        ("", "领导小组职责:负", ["领导小组"], []),
        ("", "领导小组办公室职", ["领导小组办公室"], []),
        ("", "各成员单位职责:", ["各成员单位"], []),
    ]
    assert_measures(text, want, variant)
