"""Round 40 (heldout96 en07, heldout91 ei03, round 40's probes of the genre's plain forms): 将 as the modal of what
named bodies or departments' kinds will do (下一步,公安、交通等部门将联合开展整治), while a government announcing
with 将 what it will do (县政府将召开专题会议) or bodies only deliberating (将统筹考虑…) are no units; a county's
departments named bare before a colon and their duties (2、发改委:负责…); 由A组织开展 hands the task to A as
组织实施 does; bodies and 负责 opening the comma pieces after the task's words (加强技能培训,县人社局负责…) share
it; a body then 进行, or a verb of punishing ending in 处 (县市场监管局对违法行为依法查处), is no name. Both scripts, both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, assert_measures, run

_PLAN = "关于开展专项整治的实施方案\n一、总体要求\n按照上级部署开展整治。\n二、重点任务\n(一)加强领导。\n"


def _second(item: str) -> str:
    return _PLAN + "(二)" + item + "\n"


_FIRST = ("(一)", "加强领导", [], [])


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("item", "units"),
    [
        ("下一步,公安、交通等部门将联合开展整治。", ["公安", "交通"]),
        ("市场监管、公安、交通等部门将联合开展整治。", ["市场监管", "公安", "交通"]),
        ("今年起,市公安局、市交通局将联合开展整治。", ["市公安局", "市交通局"]),
        ("市财政局将安排专项资金。", ["市财政局"]),
        # an adverb between the subject and its modal (heldout96 en13)
        ("县财政局还要做好资金保障。", ["县财政局"]),
        ("各乡镇都要成立领导小组。", ["各乡镇"]),
        # a government announcing what it will do, or bodies only deliberating: no duty handed to a body
        ("河南省人民政府将对成绩突出的予以表彰。", []),
        ("财政部、教育部将统筹考虑学龄人口变化等因素。", []),
        # round 40's review: a party committee or 国务院 announcing, a body adjusting when it sees fit; a collective of
        # governments handed a task keeps it
        ("县委将召开农村工作会议。", []),
        ("国务院将组织开展第十次大督查。", []),
        ("县人社局将根据物价变动情况适时调整补贴标准。", []),
        ("各乡镇人民政府将于6月底前完成农村户厕改造500户。", ["各乡镇人民政府"]),
    ],
)
def test_will_is_the_modal_of_named_bodies_but_a_government_announces(
    variant: Callable[[str], str], item: str, units: list[str]
) -> None:
    assert_measures(_second(item), [_FIRST, ("(二)", item, units, [])], variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_government_announcing_a_meeting_after_the_bodies_charged_is_no_unit(
    variant: Callable[[str], str],
) -> None:
    item = "发改局、教体局、公安局等部门根据项目计划,务必推荐2个以上的备选项目。县政府将召开专题会议进行研究筛选。"
    want = [_FIRST, ("(二)", item, ["发改局", "教体局", "公安局"], [])]
    assert_measures(_second(item), want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_departments_named_bare_before_a_colon_own_the_duties_after_it(variant: Callable[[str], str]) -> None:
    text = (
        "森林防火应急预案\n一、部门职责\n"
        "2、发改委:负责森林火灾控制保障体系建设的计划安排。\n"
        "3、财政局:负责安排森林火灾控制所需资金。\n"
        "4、公安局:实施森林火灾区封锁、隔离工作。\n"
    )
    want = [
        ("2", "发改委:负责", ["发改委"], []),
        ("3", "财政局:负责", ["财政局"], []),
        ("4", "公安局:实施", ["公安局"], []),
    ]
    assert_measures(text, want, variant)


def test_a_role_or_people_before_a_colon_is_no_bare_department() -> None:
    """评委: / 组委:: two characters ending like a body, the judges and the committee (round 40's review)."""
    text = (
        "关于举办技能大赛的通知\n一、组织机构\n1、评委:负责现场打分和成绩评定。\n2、组委:负责大赛组织协调。\n"
    )
    assert [m.responsible for m in run(text).measures] == [[], []]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("item", "units"),
    [
        ("由县农业农村局组织开展整治。", ["县农业农村局"]),
        ("县教育局负责,各学校具体实施。", ["县教育局", "各学校"]),
        # departments' kinds closed by 等部门 opening a sentence with their act, each a unit
        ("市场监管、公安、交通等部门联合开展整治。", ["市场监管", "公安", "交通"]),
        # after 由, departments' kinds sharing the closing noun (heldout74 dr02's gold)
        ("道路交通安全专项整治,由公安、交通部门负责。", ["公安", "交通部门"]),
        # a body, then the light verb of its act, or a verb of punishing ending in 处 (查处): no division
        ("县市场监管局对违法行为进行查处。", []),
        ("县市场监管局对违法行为依法查处。", []),
        # names holding 对 or 依法 after a body's ending stay whole (round 40's review)
        ("市商务局对外投资科负责。", ["市商务局对外投资科"]),
        ("县委依法治县办要开展法治督察。", ["县委依法治县办"]),
        ("省商务厅对韩经贸合作处要组织企业参展。", ["省商务厅对韩经贸合作处"]),
    ],
)
def test_organising_hands_the_task_over_and_a_preposition_ends_a_name(
    variant: Callable[[str], str], item: str, units: list[str]
) -> None:
    assert_measures(_second(item), [_FIRST, ("(二)", item, units, [])], variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("item", "units"),
    [
        ("加强技能培训,县人社局负责制定培训计划。", ["县人社局"]),
        ("开展技能培训,县人社局负责组织实施,县财政局负责资金保障。", ["县人社局", "县财政局"]),
    ],
)
def test_bodies_opening_the_comma_pieces_after_the_tasks_words_share_it(
    variant: Callable[[str], str], item: str, units: list[str]
) -> None:
    """heldout62 df04, heldout90 eh05's gold read such pieces so (the item's label is its words before the comma)."""
    assert_measures(_second(item), [_FIRST, ("(二)", item.split(",")[0], units, [])], variant)
