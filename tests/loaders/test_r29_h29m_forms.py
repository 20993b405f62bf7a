"""Measures of round 29's new parts (heldout51-53), written as families of the page's form.

- A task table whose 序号 cell is merged over several rows: the rows after the first print only their own cells
  (工作内容 | 牵头部门 | 协同部门 |, each closed by its bar after a line closed by one); each is a row of its own under
  the same number, the merged unit cells after them (实施主体) copied down; a row the excerpt cuts at the page's end
  (2025年底前,基<end>) is a row too, with no cells copied. A wrapped task cell (no bar before the break) stays one row,
  and a cut last line in a table that never showed such rows stays its row's text. ``(按职能分工)`` after the last
  body of a lead cell leaves every body of the cell a lead; 保障措施 names a task column
  (重点工作任务和保障措施).
- A notice whose line break before its first part was lost (…通知如下:一、由…): the 一、 after the announcing colon
  opens the part. 联合 after a lead joins its bodies as 会同 does (由A牵头,联合B、C,根据…): units.
- A plan's title run into its first part on a line that lost its breaks (…实施方案一、免疫病种及指标…。二、…): the
  part opens at the 一、; a title with no second part after a sentence end is left whole.
- A run of three or more numbered items, one a line, each naming one body alone ((一)中华电信股份有限公司。): the
  bodies the item above names, no measures; section headings naming who acts over their own items, or two names
  alone, are left as they were.
- A mark before an item's number (*2. / ▲4.: starred items, the mark never explained) leaves the item an item.
- A table whose rows give fewer cells than its header (cells merged over several columns slid left): a last cell of
  bodies' names alone, fallen under a task column, is the unit column's (市府办 县(市、区)政府 |); a task's sentence
  there stays the task.
- A news report's paragraphs under its lead: a caption or link set short above a paragraph's text is no part of it,
  落实 opens a plan's action (意见要求,严格落实…), and the page's last paragraph cut after a closing quote
  (…实施"乡村记忆"<end>) is still a measure.

Inline texts in both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, assert_measures, family_params

# Each measure's (number, the label's first characters, units, leads), in order
Want = list[tuple[str, str, list[str], list[str]]]

_COUNTIES = "各县(市、区)政府"
_COUNTIES_BARE = "县(市、区)政府"

FAMILIES: dict[str, list[tuple[str, Want]]] = {
    "rows_under_a_merged_number": [
        (
            (
                "序号 | 重点任务 | 工作内容 | 牵头部门 | 配合部门 | 实施主体 |\n"
                "1 | 完善专项规划 | 科学编制城镇污水专项规划,优化污水系统布局。 | 市建设局 | 市自然资源和规划局 | 各县(市、区)政府 |\n"
                "加快老旧城区污水管网规划建设。 | 市综合执法局、市生态环境局(按职能分工) | 市经信局 |\n"
                "2025年底前,完成城镇污水工程专项规划的修编工作。 | 市建设局 | 市水利局 |\n"
                "2 | 开展隐患排查 | 制定年度工作计划,组织实施污水管网隐患排查。 | 市水利局 | 市建设局 | 各县(市、区)政府 |\n"
                "2025年底前,基\n"
            ),
            [
                ("1", "完善专项规划", ["市建设局", "市自然资源和规划局", _COUNTIES], ["市建设局"]),
                (
                    "1",
                    "加快老旧城区",
                    [_COUNTIES, "市综合执法局", "市生态环境局", "市经信局"],
                    ["市综合执法局", "市生态环境局"],
                ),
                ("1", "2025年底前,完成", [_COUNTIES, "市建设局", "市水利局"], ["市建设局"]),
                ("2", "开展隐患排查", ["市水利局", "市建设局", _COUNTIES], ["市水利局"]),
                ("2", "2025年底前,基", [], []),
            ],
        ),
    ],
    "a_wrapped_task_cell_stays_one_row": [
        (
            (
                "序号 | 重点任务 | 牵头部门 | 配合部门 |\n"
                "1 | 加快城中村、老旧城区、城乡结合部等范围内的\n"
                "市政污水管网规划建设。 | 市建设局 | 市水利局 |\n"
                "2 | 制定年度工作计划,组织实施隐患排查。 | 市水利局 | 市建设局 |\n"
            ),
            [
                ("1", "加快城中村、老旧", ["市建设局", "市水利局"], ["市建设局"]),
                ("2", "制定年度工作计划", ["市水利局", "市建设局"], ["市水利局"]),
            ],
        ),
        (
            (
                "序号 | 工作任务 | 责任单位 | 进展情况 |\n"
                "1 | 新改扩建公办中小学校1所 | 区教体局 | 已完成主体施工。 |\n"
                "2 | 完成结对帮扶学校2所 | 区教体局 | 已互派人员到位,\n"
                "集体备课\n"
            ),
            [
                ("1", "新改扩建公办中小", ["区教体局"], []),
                ("2", "完成结对帮扶学校", ["区教体局"], []),
            ],
        ),
    ],
    "first_part_after_the_announcing_colon": [
        (
            (
                "各市、县人民政府:为贯彻落实省政府关于大力发展装配式建筑的部署,切实推进装配式建筑项目实施,经省政府同意,现就2019年推进装配式建筑有关工作事项通知如下:一、由各市县住房和城乡建设局牵头,联合市发展改革委、市自然资源和规划局,根据年度重点项目建设计划确定装配式建筑项目。二、由各市县财政局牵头,落实装配式建筑奖补资金。\n"
            ),
            [
                (
                    "一",
                    "由各市县住房和城",
                    ["各市县住房和城乡建设局", "市发展改革委", "市自然资源和规划局"],
                    ["各市县住房和城乡建设局"],
                ),
                ("二", "由各市县财政局牵", ["各市县财政局"], ["各市县财政局"]),
            ],
        ),
    ],
    "plan_title_run_into_its_first_part": [
        (
            (
                "XX镇2023年重大动物疫病强制免疫实施方案一、免疫病种及指标坚持预防为主的原则,对高致病性禽流感、口蹄疫实行强制免疫,群体免疫密度常年保持在90%以上。二、职责分工镇政府办公室负责统筹协调全镇免疫工作,镇农业综合执法中队负责监督检查。三、免疫时间春季集中免疫在3月至5月完成,秋季集中免疫在9月至11月完成。\n"
            ),
            [
                ("一", "免疫病种及指标", [], []),
                ("二", "职责分工镇政府", [], []),
                ("三", "免疫时间春季集", [], []),
            ],
        ),
        (
            (
                "根据市政府办公室关于印发实施方案一、二期工程建设安排的通知要求,现将有关事项说明如下,请各单位认真贯彻执行并及时报告进展情况,确保各项任务按期完成,取得实效,推动工作落到实处,不断提高工作水平。\n"
            ),
            [],
        ),
    ],
    "items_naming_one_body_each": [
        (
            (
                "一、本要点依本市挖掘道路管理自治条例规定订定之。\n"
                "二、本府为统一协调管线施工,特设挖掘道路协调中心(以下简称本中心)。本中心任务如下:\n"
                "(一)协调新建房屋分支管线之整合施工。\n"
                "(二)管线机构施工障碍之排除。\n"
                "三、本中心置主任一人,由本府工务处科长兼任,综理本中心业务。下列管线机构应指派专职代表进驻本中心:\n"
                "(一)中华电信股份有限公司。\n"
                "(二)台湾电力股份有限公司。\n"
                "(三)台湾自来水股份有限公司。\n"
                "四、本要点奉核定后实施。\n"
            ),
            [
                ("(一)", "协调新建房屋分支", [], []),
                ("(二)", "管线机构施工障碍", [], []),
            ],
        ),
        (
            (
                "一、各部门职责\n"
                "(一)市发展改革委\n"
                "1.推进重点项目建设,做好项目储备。\n"
                "(二)市财政局\n"
                "1.落实专项资金,保障项目实施。\n"
                "(三)市商务局\n"
                "1.开展招商引资活动,引进优质项目。\n"
            ),
            [
                ("1", "推进重点项目建设", ["市发展改革委"], []),
                ("1", "落实专项资金,保", ["市财政局"], []),
                ("1", "开展招商引资活动", ["市商务局"], []),
            ],
        ),
        (
            ("一、工作任务\n(一)市发展改革委。\n(二)市财政局。\n二、保障措施\n各部门要加强协调。\n"),
            [
                ("(一)", "市发展改革委", ["市发展改革委"], []),
                ("(二)", "市财政局", ["市财政局"], []),
            ],
        ),
    ],
    "report_paragraphs_under_a_caption": [
        (
            (
                '经济日报-中国经济网北京2月27日讯 日前,某省正式下发《关于实施乡村振兴战略的意见》(以下简称"意见")。意见提出,围绕农业现代化、三产融合、乡风文明建设等方面,提出一系列举措。\n'
                "乡村景色 图片来源于网络\n"
                "点击查看更多政策内容\n"
                "意见明确,将促进农村一二三产业融合发展,发展壮大农村新产业新业态,持续推进乡村旅游建设专项行动。\n"
                "意见要求,严格落实返乡下乡创业扶持政策,加强农民工返乡创业基地、创业孵化基地和返乡创业园建设。\n"
                '在乡风文明建设方面,将传承发展提升农村优秀传统文化,实施"乡村记忆"\n'
            ),
            [
                ("", "将促进农村一二三", [], []),
                ("", "严格落实返乡下乡", [], []),
                ("", "在乡风文明建设方", [], []),
            ],
        ),
    ],
    "a_mark_before_an_item_number": [
        (
            (
                "一、组织领导\n"
                "1.成立由主要领导牵头的农产品质量安全工作领导机构。(责任单位:市府办)\n"
                "*2.将农产品质量安全工作纳入政府绩效考核体系。(责任单位:市府办)\n"
                "3.制定领导小组成员单位职责分工文件。(责任单位:市农业农村局)\n"
                "▲4.将农产品质量安全监管纳入国民经济和社会发展规划。(责任单位:市发展改革委)\n"
            ),
            [
                ("1", "成立由主要领导牵", ["市府办"], []),
                ("2", "将农产品质量安全", ["市府办"], []),
                ("3", "制定领导小组成员", ["市农业农村局"], []),
                ("4", "将农产品质量安全", ["市发展改革委"], []),
            ],
        ),
    ],
    "unit_cell_slid_under_a_task_column": [
        (
            (
                "附件\n"
                "任务分解表\n"
                "一级 指标 |\n"
                "建设内容 |\n"
                "建设指标 |\n"
                "考评标准 |\n"
                "任务内容 |\n"
                "责任单位 |\n"
                "一、组织领导 |\n"
                "1. 成立由主要领导牵头的工作领导机构(2 分)。 |\n"
                "建立由主要领导牵头的工作领导机构。 |\n"
                "市府办 县(市、区)政府 |\n"
                "*2. 农产品质量安全监管工作纳入政府绩效考核(2 分)。 |\n"
                "将农产品质量安全工作纳入当地政府绩效考核体系。 |\n"
                "市府办 市农业农村局 |\n"
                "3. 制定领导小组成员单位职责分工文件(2 分)。 |\n"
                "制定成员单位职责分工文件。 |\n"
                "县(市、区)政府 |\n"
            ),
            [
                ("1", "成立由主要领导牵", ["市府办", _COUNTIES_BARE], []),
                ("2", "农产品质量安全监", ["市府办", "市农业农村局"], []),
                ("3", "制定领导小组成员", [_COUNTIES_BARE], []),
            ],
        ),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_r29_h29m_forms(variant: Callable[[str], str], text: str, want: Want) -> None:
    assert_measures(text, want, variant)
