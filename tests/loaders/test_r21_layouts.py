"""Page layouts of round 21 (measures on unseen layouts): a page that opens inside an item whose tail stands over its
own label lines (牵头单位:… / 协办单位:…) has that tail as an unnumbered measure with them, not a header over the page's
last item; a regulation's articles run on after a full stop, or with the marker alone on its line, are read as
articles; a 施政目标 table's indicators (策略绩效目标 | 衡量指标 | … one cell a line) are measures under their goals; a
table cell's schedule of progress steps (1.…25% / 2.…50% / 3.…100%) is one row's text, no tasks; articles
over 1. items, or titled alone (第一条 主要预期目标), are a plan's parts written as 一、; (1) items that head a tracking
report's fields (工作任务:… / 完成情况:…) are its tasks; short items run on after semicolons (1.…;2.…) are cut apart; a barred table numbers its rows (2) or 2) as others write 2..
Inline texts in both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, family_params, run

# (section numbers, measure number, lead units, responsible units) of each measure found on a page
Found = tuple[list[str], str, list[str], list[str]]

_TABLE_HEAD = "| 工作目标 | 工作内容 | 工作措施 | 责任单位 | 完成时限 |\n|\n一、加大突出问题治理力度 |\n(一)强化源头治理 |\n"

FAMILIES: dict[str, list[tuple[str, list[Found]]]] = {
    "a_cut_items_tail_over_its_label_lines": [
        (
            "完善配送体系。培育10家连锁示范企业。\n牵头单位:市商务局\n协办单位:市卫生局\n"
            "六、加强农产品生产基地建设。完善质量安全监控体系。\n牵头单位:市农业局\n协办单位:市工商局\n"
            "七、完善基层组织网络。在街道、乡镇明确专门机构。\n",
            [
                ([], "", ["市商务局"], ["市商务局", "市卫生局"]),
                ([], "六", ["市农业局"], ["市农业局", "市工商局"]),
                ([], "七", [], []),
            ],
        ),
        # a preamble over label lines, its items with none of their own: the lines head every item
        (
            "为做好食品安全工作,制定本方案。\n牵头单位:市商务局\n六、加强农产品生产基地建设。完善质量安全监控体系。\n"
            "七、严格市场准入。进入市场的农产品应当附产地证明。\n",
            [([], "六", ["市商务局"], ["市商务局"]), ([], "七", ["市商务局"], ["市商务局"])],
        ),
    ],
    "a_cells_progress_steps_are_no_measures": [
        (
            "序号 | 重点工作 | 衡量标准 | 目标值\n|\n一\n|\n推进农贸市场迁建(7%)\n|\n完成工作项目\n|\n"
            "1.完成规划设计25%\n2.完成工程招标50%\n3.工程完工(100%)\n|\n100%\n|\n",
            [],
        ),
        # the same steps under a heading, out of any cell: the page's items
        (
            "一、重点任务\n1.完成规划设计25%\n2.完成工程招标50%\n3.工程完工100%\n",
            [(["一"], "1", [], []), (["一"], "2", [], []), (["一"], "3", [], [])],
        ),
        # rates in a cell that do not rise to 100%: targets of tasks, no schedule
        (
            "序号 | 重点工作 | 衡量标准 | 目标值\n|\n1.农村自来水普及率达到95%\n2.垃圾处理率达到90%\n|\n",
            [([], "1", [], []), ([], "2", [], [])],
        ),
    ],
    "titled_articles_are_a_plans_parts": [
        (
            "第一条 主要预期目标\n1.地区生产总值增长6%。(责任单位:区发改委)\n2.固定资产投资增长10%。(责任单位:区发改委)\n"
            "第二条 重点工作\n(一)推动科技创新\n3.实施创新平台建设行动。(责任单位:区科技局)\n",
            [
                (["第一条"], "1", [], ["区发改委"]),
                (["第一条"], "2", [], ["区发改委"]),
                (["第二条", "(一)"], "3", [], ["区科技局"]),
            ],
        ),
        # one article on the page, a title alone
        (
            "第一条 主要预期目标\n1.地区生产总值增长6%。(责任单位:区发改委)\n2.固定资产投资增长10%。(责任单位:区统计局)\n",
            [(["第一条"], "1", [], ["区发改委"]), (["第一条"], "2", [], ["区统计局"])],
        ),
    ],
    "articles_run_on_after_a_sentence_end": [
        # a regulation whose line breaks were lost: each 第N条 after a full stop opens an article; the framing ones
        # (purpose, scope) are no measures
        (
            "第一章 总则\n第一条 为规范人才引进工作,充分发挥各类人才在经济社会发展中的作用,结合我市实际,制定本办法。"
            "第二条 本办法适用于本市各类企事业单位和民办非企业单位。第三条 引进人才坚持市场化配置,充分尊重用人单位的用人"
            "自主权,实行双向选择。第四条 对引进人才可实行年薪制,由用人单位与本人商定。\n",
            [(["第一章"], "第三条", [], []), (["第一章"], "第四条", [], [])],
        ),
    ],
    "an_article_marker_alone_frames_by_the_line_below": [
        # 第一条 alone on its line (a page whose spaces became line breaks): its text is the next line
        (
            "第一章\n总则\n第一条\n为规范人才引进工作,结合我市实际,制定本办法。\n第二条\n本办法适用于本市各类企事业单位。\n"
            "第二章\n人才引进\n第三条\n引进人才坚持市场化配置,实行双向选择。\n第四条\n对引进人才可实行年薪制,由用人单位与本人商定。\n",
            [(["第二章"], "第三条", [], []), (["第二章"], "第四条", [], [])],
        ),
    ],
    "a_goal_tables_indicators_are_measures_under_their_goals": [
        # 策略绩效目标 | 衡量指标 | … one cell a line: a goal's numeral and name before its first indicator's
        (
            "文化局施政目标\n策略绩效目标\n|\n衡量指标\n|\n评估体制\n|\n评估方式\n|\n衡量标准\n|\n年度目标值\n|\n||||\n"
            "一\n|\n推动文化产业发展(20%) |\n一\n|\n办理文化节庆活动(6%)\n|\n1\n|\n统计数据\n|\n年度办理场次\n|\n12场\n|\n|\n"
            "二\n|\n辅导文创业者(4%)\n|\n1\n|\n统计数据\n|\n年度辅导家数\n|\n30家\n|\n|||\n"
            "二\n|\n提升图书馆服务(10%)\n|\n一\n|\n增设阅读据点(5%)\n|\n1\n|\n统计数据\n|\n年度新增据点数\n|\n8处\n|\n|\n",
            [(["一"], "(一)", [], []), (["一"], "(二)", [], []), (["二"], "(一)", [], [])],
        ),
        # the same numerals in a task table without a goal column: no goal table
        ("序号\n|\n工作任务\n|\n责任单位\n|\n一\n|\n推动文化产业发展\n|\n市文化局\n|\n", []),
    ],
    "short_items_run_on_after_semicolons": [
        # 1.…;2.…;3.…: a short line of items (no full stop) whose second follows the first's semicolon
        (
            "一、市级部门职责\n(一)市民政局\n1.负责灾情统计核查;2.负责受灾群众应急救助;3.负责过渡性安置工作\n",
            [
                (["一", "(一)"], "1", [], ["市民政局"]),
                (["一", "(一)"], "2", [], ["市民政局"]),
                (["一", "(一)"], "3", [], ["市民政局"]),
            ],
        ),
        # a year after the semicolon is no second item
        ("一、重点任务\n1.开展技能培训;2021年完成1000人次\n", [(["一"], "1", [], [])]),
    ],
    "bracketed_items_over_report_fields_are_tasks": [
        (
            "(1)持续推进补短板投资。\n工作任务:出台奖励政策,组织实施试点项目。\n完成情况:出台管理办法。\n"
            "(2)建设宜居宜业和美乡村。\n工作任务:出台治理资金奖励政策。\n完成情况:制定示范区奖励办法。\n",
            [([], "(1)", [], []), ([], "(2)", [], [])],
        ),
        # facts numbered (1) (2), no fields and no units: no tasks
        ("(1)全县共有企业120家。\n(2)全县共有学校30所。\n", []),
    ],
    "barred_rows_numbered_in_brackets": [
        (
            _TABLE_HEAD + "(1)加强土壤污染源头防控。 | 市生态环境局 | 2025年底 |\n"
            "| (2)持续开展农药减量行动。 | 市农业农村局 | 2025年底 |\n|\n",
            [
                (["一", "(一)"], "(1)", [], ["市生态环境局"]),
                (["一", "(一)"], "(2)", [], ["市农业农村局"]),
            ],
        ),
        (
            _TABLE_HEAD + "1)加强土壤污染源头防控。 | 市生态环境局 | 2025年底 |\n"
            "| 2)持续开展农药减量行动。 | 市农业农村局 | 2025年底 |\n|\n",
            [(["一", "(一)"], "1", [], ["市生态环境局"]), (["一", "(一)"], "2", [], ["市农业农村局"])],
        ),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_r21_layouts(variant: Callable[[str], str], text: str, want: list[Found]) -> None:
    doc = run(variant(text))
    got = [
        (
            [doc.sections[i].number for i in m.section_path],
            m.number,
            [u.surface for u in m.lead],
            [u.surface for u in m.responsible],
        )
        for m in doc.measures
    ]
    assert got == [
        (p, n, [variant(u) for u in lead], [variant(u) for u in units]) for p, n, lead, units in want
    ]
