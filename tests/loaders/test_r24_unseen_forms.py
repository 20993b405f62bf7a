"""Forms of pages nobody tuned for (round 24's unlabeled audit of 工作要点, 若干措施, 民生实事, 稳就业, 促进消费, 教育
and 卫生健康 pages, issues 11 and 12).

Measures:
- ``第一项 …`` items number a 若干措施 page as articles do (第一条): each is a measure, its marker as written.
- ``1 实施…`` (a number and a blank, no point) is a 1. item where the page numbers its items so (the number before or
  after it opens another line the same way); a lone one, or a table row with blanks between its cells, is none.
- ``附:1、….docx / 2、….docx`` lists a notice's attachment files, no items.
- Two numerals of a list before a group, phase or tier word (六、七组产业道路, 一、二期工程) open no 一、 heading.
- A heading joining two parts of the plan's frame (指导思想和基本原则) heads no measures, as each part alone does.
- A figure a measure's title announces and its text states again (培育夜间经济集聚区10个。在全市打造夜间经济集聚区
  10个) is one target, the text's.

Targets:
- A bare ``(含)`` or ``(不含)`` after a figure marks a class's bound (购车价格在30万元(含)以上的补贴10000元; 在20万元
  (含)—30万元的补贴6000元): the price or size bands of a subsidy scale, not figures to reach.
- A clause opened by 包括 / 其中 divides the sum of the clause before it: its parts are budget (or policy amounts)
  when the sum is (编列232.81亿元,包括A11.25亿元、B214.56亿元); 编列 budgets a sum.
- A unit in brackets after a bare number (总投资1,500,000(千元)) is the figure's unit, the number kept as written.
- The level a change starts from (上限由现在的40%增至50%) is no target; the new level is.
- A barred 完成情况 table's share-of-plan column (序号 | 项目 | 完成情况 | 占全年计划 |) reports progress.
- A count after a class of the plan's items (民生实事项目共20项。其中,安居保障类3项) tallies the plan's own items; a
  count of the plans a notice hands on (…等8个专项实施方案) counts documents.
- A coupon's use limits (每人每天限2次, 活动期内共4次) are the rule's, no goals.
- A field's figure (资金额度:100万元) takes its kind from the field's label.
- A sum written in 亿 and 万 at once (56億6,184萬元) is one figure in 万元.

Inline texts in both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, family_params, run
from tests.loaders.test_targets import targets

# a measure as (its path with its number, the label's first 8 characters, its units)
Want = tuple[str, str, list[str]]
MeasureCase = tuple[str, list[Want]]
TargetCase = tuple[str, list[tuple[str, str, str, str]]]

MEASURES: dict[str, list[MeasureCase]] = {
    "items_numbered_as_xiang": [
        (
            "某市促进消费若干措施\n"
            "第一项 开展消费季活动。全年举办促消费活动100场以上。(责任单位:市商务局)\n"
            "第二项 发放消费券。(责任单位:市财政局、市商务局)\n"
            "第三项 培育夜间经济。(责任单位:市商务局)\n",
            [
                ("第一项", "开展消费季活动", ["市商务局"]),
                ("第二项", "发放消费券", ["市财政局", "市商务局"]),
                ("第三项", "培育夜间经济", ["市商务局"]),
            ],
        ),
    ],
    "a_number_and_a_blank_for_the_point": [
        (
            "某县卫生健康工作要点\n"
            "一、提升医疗服务能力\n"
            "1 实施县域医共体建设。建成紧密型医共体3个。(责任单位:县卫健局)\n"
            "2 推进基层能力提升。新建村卫生室20个。(责任单位:县卫健局)\n"
            "3 加强公共卫生服务。老年人健康管理率达到70%以上。\n"
            "二、深化医改\n"
            "1 推进公立医院改革。(责任单位:县卫健局、县医保局)\n"
            "2 推进医保支付方式改革。(责任单位:县医保局)\n",
            [
                ("一/1", "实施县域医共体建", ["县卫健局"]),
                ("一/2", "推进基层能力提升", ["县卫健局"]),
                ("一/3", "加强公共卫生服务", []),
                ("二/1", "推进公立医院改革", ["县卫健局", "县医保局"]),
                ("二/2", "推进医保支付方式", ["县医保局"]),
            ],
        ),
        # a lone number and a blank (a header's page number): no item, the 一、 heading's own text stands
        (
            "1 省政府文件青海省人民政府关于印发若干政策措施的通知\n"
            "一、全力扩大有效信贷投放。各银行机构加大信贷投放力度。(责任单位:省财政厅)\n",
            [("一", "全力扩大有效信贷", ["省财政厅"])],
        ),
    ],
    "two_numerals_of_a_list_are_no_heading": [
        (
            "马白镇木都底\n六、七组产业道路项目\n八寨镇浪建线修复工程\n",
            [],
        ),
        (
            "一、二期工程同步推进\n二、加快项目建设。(责任单位:县发改局)\n",
            [("二", "加快项目建设", ["县发改局"])],
        ),
    ],
    "two_frame_parts_under_one_heading": [
        (
            "一、指导思想和基本原则\n"
            "1.坚持立德树人。全面贯彻党的教育方针。\n"
            "2.坚持改革创新。深化教育领域综合改革。\n"
            "二、重点任务\n"
            "(一)扩充学位供给。新建幼儿园5所。(责任单位:县教育局)\n",
            [("二/(一)", "扩充学位供给", ["县教育局"])],
        ),
    ],
    "a_notices_attachment_files_after_fu": [
        (
            "各镇人民政府,县政府各有关部门:\n"
            "为做好我县创建国家卫生城市工作,现对创卫工作任务再次进行细化分解。\n"
            "附:1、创建国家卫生城市目标任务分解和分值责任细则.docx\n"
            "2、县各单位创城主要工作任务.docx\n"
            "某县人民政府办公室\n"
            "2016年9月8日\n",
            [],
        ),
    ],
}

TARGETS: dict[str, list[TargetCase]] = {
    "an_inclusive_mark_bounds_a_class": [
        (
            "购车价格在30万元(含)以上的补贴10000元,在20万元(含)—30万元的补贴6000元,在20万元以下的补贴2000元。",
            [
                ("10000", "元", "=", "policy_amount"),
                ("6000", "元", "=", "policy_amount"),
                ("2000", "元", "=", "policy_amount"),
            ],
        ),
        ("年营业收入5000万元(不含)以上的企业,给予20万元奖励。", [("20", "万元", "=", "policy_amount")]),
        # no (含): the figure is the goal
        ("全年新增就业30万人以上。", [("300000", "人", ">=", "goal")]),
    ],
    "a_breakdown_takes_the_kind_of_its_sum": [
        (
            "市财政编列232.81亿元,包括数字建设11.25亿元、城乡建设214.56亿元及绿能建设7亿元。",
            [
                ("232.81", "亿元", "=", "budget"),
                ("11.25", "亿元", "=", "budget"),
                ("214.56", "亿元", "=", "budget"),
                ("7", "亿元", "=", "budget"),
            ],
        ),
        (
            "安排专项资金5000万元,其中省级资金3000万元。",
            [("5000", "万元", "=", "budget"), ("3000", "万元", "=", "budget")],
        ),
        # a goal's parts stay goals
        (
            "实现工业总产值800亿元,其中规模以上工业产值600亿元。",
            [("800", "亿元", "=", "goal"), ("600", "亿元", "=", "goal")],
        ),
    ],
    "a_unit_in_brackets_after_a_bare_number": [
        (
            "新建中小学10所,总投资1,500,000(千元)。",
            [("10", "所", "=", "goal"), ("1500000", "千元", "=", "goal")],
        ),
        ("改造老旧小区,安排资金1360(万元)。", [("1360", "万元", "=", "budget")]),
        # a table's number is no figure
        ("详见表1(万元)。", []),
    ],
    "the_level_a_change_starts_from": [
        ("非本地生人数上限由现在的40%增至50%。", [("50", "%", "=", "goal")]),
        ("补助标准由每人每月600元升至800元。", [("800", "元", "=", "policy_amount")]),
    ],
    "the_plans_items_tallied_by_class": [
        (
            "最终确定了今年的民生实事项目共20项,计划总投资2.4亿元。其中,安居保障类3项,城市安全类3项,绿化美化类2项。",
            [("2.4", "亿元", "=", "goal")],
        ),
        # no own-items word before: a class's count is a goal
        ("新建一类充电站10个,改造二类充电站5个。", [("10", "个", "=", "goal"), ("5", "个", "=", "goal")]),
    ],
    "a_count_of_the_plans_handed_on": [
        ("研究制定了冷链物流、5G网络建设和城镇老旧小区改造等8个专项实施方案。", []),
        ("全年新建5G基站800个。", [("800", "个", "=", "goal")]),
    ],
    "a_coupons_use_limits": [
        (
            "一次性消费满50元补贴10元,每人每天限2次,活动期内共4次。",
            [("10", "元", "=", "policy_amount")],
        ),
    ],
    "a_fields_label_names_its_kind": [
        ("资金额度:100万元。", [("100", "万元", "=", "budget")]),
        ("补贴标准:每人500元。", [("500", "元", "=", "policy_amount")]),
    ],
    "a_sum_in_yi_and_wan": [
        ("整体计划总预算为56亿6,184万元。", [("566184", "万元", "=", "budget")]),
        ("安排资金1亿2000万元。", [("12000", "万元", "=", "budget")]),
    ],
    "a_share_of_plan_column_reports": [
        (
            "2024年为民办实事项目完成情况\n"
            "序号 | 实事项目名称 | 完成情况 | 占全年计划 |\n"
            "1 | 新增4000张养老床位 | 4385 | 110% |\n"
            "2 | 新增30个社区长者食堂 | 39 | 130% |\n",
            [("4000", "张", "=", "goal"), ("30", "个", "=", "goal")],
        ),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(MEASURES))
def test_r24_measure_forms(variant: Callable[[str], str], text: str, want: list[Want]) -> None:
    doc = run(variant(text))
    got = [
        (
            _ascii("/".join([*(doc.sections[k].number for k in m.section_path), m.number])),
            m.label[:8],
            [u.surface for u in m.responsible],
        )
        for m in doc.measures
    ]
    assert got == [
        (_ascii(variant(path)), variant(label), [variant(u) for u in units]) for path, label, units in want
    ]


TitleCase = tuple[str, list[list[tuple[str, str, str]]]]

TITLE_REPEATS: dict[str, list[TitleCase]] = {
    "a_title_figure_restated_by_its_text": [
        (
            "二、重点任务\n"
            "(一)培育夜间经济集聚区10个。在全市打造夜间经济集聚区10个,其中省级2个。(责任单位:市商务局)\n"
            "(二)开展促消费活动100场。全年举办各类促消费活动100场以上。(责任单位:市商务局)\n",
            [[("10", "个", "="), ("2", "个", "=")], [("100", "场", ">=")]],
        ),
        # the same figure of another thing: two targets
        (
            "一、重点任务\n(一)建设公园10个。改造绿地10个。(责任单位:市住建局)\n",
            [[("10", "个", "="), ("10", "个", "=")]],
        ),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(TITLE_REPEATS))
def test_r24_title_figures_restated(
    variant: Callable[[str], str], text: str, want: list[list[tuple[str, str, str]]]
) -> None:
    doc = run(variant(text))
    assert [[(str(t.value), t.unit, t.comparator) for t in m.targets] for m in doc.measures] == want


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(TARGETS))
def test_r24_target_forms(
    variant: Callable[[str], str], text: str, want: list[tuple[str, str, str, str]]
) -> None:
    got = [(str(t.value), t.unit, t.comparator, t.kind) for t in targets(variant(text))]
    assert got == want


def _ascii(number: str) -> str:
    """A path with its brackets in ASCII and 项 Simplified (the extraction writes (一) for （一）)."""
    return number.replace("（", "(").replace("）", ")").replace("項", "项")
