"""Round 26 (w26m) families: an industry word inside a construction project named for the park it builds
(完成高湖智能装备制造创业园工程1.5亿元投资) is no trade, while a park named for its trade alone (建设稀土永磁电机产业园)
and a programme named for it (优质粮食产业工程) keep theirs. Inline texts in both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from policykg.loaders.extract.industries import IndustryLexicon
from tests.loaders.inline import IDS, VARIANTS, run
from tests.loaders.test_industries import labels


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("完成高湖智能装备制造创业园工程1.5亿元投资。", []),
        ("推进新材料科技园建设项目,确保年内开工。", []),
        ("实施新能源汽车工业园工程。", []),
        # a 产业园 named for its trade names the trade, a project to build it too (round 16's convention:
        # test_industry_r16_precision, (四)现代农业产业园区建设工程 → 现代农业)
        ("推进新材料产业园建设项目,确保年内开工。", ["新材料"]),
        # a park named for its trade, no project: the trade
        ("加快建设智能装备制造产业园。", ["智能装备制造"]),
        # a programme named for the trade, no park: the trade
        ("实施优质粮食产业工程。", ["粮食"]),
    ],
)
def test_industry_words_inside_a_park_project_name(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


# A page that lost its line breaks: a (一) heading run into its one sentence of text, its next sibling right after it,
# is an item of its own even when its title names a schedule (时间安排); a schedule section over items stays steps.
_RUN_ON_PAGE = (
    "某县秸秆禁烧工作方案为推进秸秆禁烧工作,切实改善环境空气质量,特制定本方案。一、工作重点"
    "(一)时间安排按照省、市要求,我县禁烧时间为全年、全域禁烧,其中重点巡查时段为:夏收季节4月20日-6月20日。"
    "(二)禁烧范围我县行政区域内不得出现秸秆露天焚烧行为。禁烧重点监管乡镇:甲镇、乙镇、丙乡。"
)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (_RUN_ON_PAGE, ["(一)", "(二)"]),
        # a schedule heading with its steps under it: the steps are phases, no measures
        (
            "一、主要任务\n(一)推进秸秆还田。加快推广秸秆还田技术,提高综合利用率。\n二、时间安排\n"
            "1.动员部署阶段(2023年3月底前),制定实施方案。\n2.组织实施阶段(2023年4月至10月),全面推进。\n",
            ["(一)"],
        ),
    ],
)
def test_a_run_on_schedule_heading_with_its_text_is_an_item(
    variant: Callable[[str], str], text: str, want: list[str]
) -> None:
    doc = run(variant(text))
    assert [m.number for m in doc.measures] == want


# The text stops on a bare item number right under a title-only heading, in a page with no other item: the excerpt
# cut the section's first item right after its number, recorded as far as the text goes (no label); a bare number
# after a sentence, or a last marker after other items, is none.
@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("三、主要任务\n(一)优化同权事项,拓展改革覆盖面\n1\n", [("1", "")]),
        ("三、主要任务\n(一)优化同权事项,拓展改革覆盖面\n1.\n", [("1", "")]),
        ("三、主要任务\n(一)优化同权事项。\n1\n", []),
        (
            "三、主要任务\n(一)优化同权事项\n1.精简审批事项。全面清理审批事项。(市政务服务局负责)\n2.\n",
            [("1", "精简审批事项")],
        ),
    ],
)
def test_a_bare_first_number_ending_the_text(
    variant: Callable[[str], str], text: str, want: list[tuple[str, str]]
) -> None:
    doc = run(variant(text))
    assert [(m.number, m.label) for m in doc.measures] == [(n, variant(t)) for n, t in want]


# A covering notice alone on its page whose items fix its bodies dated deadlines (各牵头单位于2023年2月10日前将…报送):
# its motto-titled items (一、高度重视,精心组织,科学制订办理方案。) charging bodies are tasks of the page; with no
# dated deadline, motto titles stay the notice's requirements.
_DATED_NOTICE = (
    "某市人民政府办公厅关于印发2023年政府工作报告目标任务责任分解方案的通知\n"
    "《2023年政府工作报告目标任务责任分解方案》已经市人民政府同意,现印发给你们,并就有关事项通知如下。\n"
    "一、高度重视,精心组织,科学制订办理方案。各责任单位要逐项谋划所承办的责任事项,实行清单管理。"
    "各牵头单位于2023年2月10日前将办理方案报市人民政府督查室。\n"
    "二、强化担当,压实责任,高效推进办理工作。各责任单位要加强责任事项调度落实,推动各项目标任务落地见效。\n"
)
_UNDATED_NOTICE = _DATED_NOTICE.replace("各牵头单位于2023年2月10日前将办理方案报市人民政府督查室。", "")


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (_DATED_NOTICE, ["高度重视,精心组织,科学制订办理方案", "强化担当,压实责任,高效推进办理工作"]),
        (_UNDATED_NOTICE, []),
    ],
)
def test_motto_items_of_a_notice_fixing_due_dates(
    variant: Callable[[str], str], text: str, want: list[str]
) -> None:
    doc = run(variant(text))
    assert [m.label for m in doc.measures] == [variant(label) for label in want]


# 无牵头单位的,责任单位即为牵头单位: under the rule the bodies a list names lead, never the role's own name
# (各责任单位要…: the addressees charged by their role, no designated body).
_RULED_NOTICE = _DATED_NOTICE.replace(
    "实行清单管理。",
    "特别是牵头单位(无牵头单位的,责任单位即为牵头单位,下同)要统筹制订办理方案,实行清单管理。",
)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_the_all_lead_rule_makes_no_role_name_lead(variant: Callable[[str], str]) -> None:
    doc = run(variant(_RULED_NOTICE))
    # the role collective charged with a due date is a unit (heldout34 cb10's gold: 各責任單位, 各牽頭單位), no lead
    assert [[r.surface for r in m.responsible] for m in doc.measures] == [
        [variant("各责任单位"), variant("各牵头单位")],
        [variant("各责任单位")],
    ]
    assert [m.lead for m in doc.measures] == [[], []]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_the_all_lead_rule_makes_listed_bodies_lead(variant: Callable[[str], str]) -> None:
    text = (
        "无牵头单位的,责任单位即为牵头单位。\n一、重点任务\n1.推进重点项目建设。(责任单位:市发改委、市财政局)\n"
        "2.加快产业转型升级。(责任单位:市工信局)\n"
    )
    doc = run(variant(text))
    assert [[r.surface for r in m.lead] for m in doc.measures] == [
        [variant("市发改委"), variant("市财政局")],
        [variant("市工信局")],
    ]


# 负责…的牵头抓总、统筹协调: the duty 负责 takes is to lead even with further duties joined to the lead verb by 、;
# a body that only coordinates (负责…的统筹协调) is responsible, no lead.
@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("sentence", "lead"),
    [
        (
            "在省委领导下,省委农村工作领导小组负责全面推进乡村振兴的牵头抓总、统筹协调,推动建立健全工作机制。",
            True,
        ),
        ("省委农村工作领导小组负责全面推进乡村振兴的牵头抓总,推动建立健全工作机制。", True),
        ("省委农村工作领导小组负责全面推进乡村振兴的统筹协调、督促检查,推动建立健全工作机制。", False),
    ],
)
def test_a_lead_duty_with_duties_joined_by_enumeration_comma(
    variant: Callable[[str], str], sentence: str, lead: bool
) -> None:
    doc = run(variant("第一章 总则\n第一条 为落实乡村振兴责任制,制定本细则。\n第二条 " + sentence + "\n"))
    (m,) = [m for m in doc.measures if m.responsible]
    assert [r.surface for r in m.responsible] == [variant("省委农村工作领导小组")]
    assert [r.surface for r in m.lead] == ([variant("省委农村工作领导小组")] if lead else [])
