"""Round 14 (dev11) rule families on small inline texts, in both scripts and both punctuation widths."""

from __future__ import annotations

import pytest

from policykg.loaders.normalize import name_key
from tests.loaders.inline import IDS, VARIANTS, run


def names(refs) -> list[str]:  # type: ignore[no-untyped-def]
    return [name_key(r.surface) for r in refs]


def keys(items: list[str]) -> list[str]:
    return [name_key(s) for s in items]


HEAD = "一、重点任务\n"


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    "tail",
    ["等及各市、县(市、区)人", "等及各市、县(市、区)人民", "等及各市、县", "、省卫健"],
)
def test_a_bracket_cut_by_the_excerpt_inside_a_collective(variant, tail: str) -> None:  # type: ignore[no-untyped-def]
    # the excerpt ends inside the closing bracket: the pieces before the cut one are the units, also when the cut
    # collective holds 、 of its own (各市、县(市、区)人…) after 等及
    text = HEAD + "(一)恢复经营。推进恢复营业。(省商务厅、省公安厅、省财政厅" + tail
    m = run(variant(text)).measures[0]
    assert names(m.responsible) == keys(["省商务厅", "省公安厅", "省财政厅"])
    assert m.lead == []


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_sub_items_run_on_in_an_item_line_each_with_its_bracket(variant) -> None:  # type: ignore[no-untyped-def]
    # 1.深化改革。(1)…(A牵头负责)(2)…(B牵头负责)(3)…: sub-items numbered on inside one line, each closed by its own
    # bracket of units, are measures of their own under item 1
    text = (
        HEAD + "1.深化商事制度改革。(1)全面落实多证合一改革。实行一照一码。(市市场监管局牵头负责)"
        "(2)完善企业登记全程电子化。推行网上申请。(市数据局牵头负责)(3)推进企业名称登记改革。全面开放名称库\n"
    )
    ms = run(variant(text)).measures
    assert [m.number for m in ms] == ["(1)", "(2)", "(3)"]
    assert [names(m.lead) for m in ms] == [keys(["市市场监管局"]), keys(["市数据局"]), []]
    assert names(ms[0].responsible) == keys(["市市场监管局"])


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_an_inline_enumeration_that_assigns_nothing_stays_one_measure(variant) -> None:  # type: ignore[no-untyped-def]
    text = HEAD + "1.完善服务体系。主要包括:(1)建设服务平台;(2)培育服务机构;(3)完善服务标准。(市商务局牵头)\n"
    ms = run(variant(text)).measures
    assert [m.number for m in ms] == ["1"]
    assert names(ms[0].lead) == keys(["市商务局"])


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_progress_paragraphs_per_unit_name_no_units(variant) -> None:  # type: ignore[no-untyped-def]
    # a table one cell per line whose 进展情况 cell is one paragraph per unit (A:what it did), before and after the
    # unit cell broken after each 、: the reports name no units, the unit cell alone does
    text = (
        "重点工作推进情况\n序号\n主要任务\n进展情况\n责任单位\n"
        "1\n建设科创大厦。\n区科技局:就加快大厦建设与市城投集团、区国资公司进行多次对接,落实任务分工。\n"
        "区科技局、\n区商务局\n区商务局:已联合区财政局、某某公司成立招商小组,制定招商计划。\n"
        "2\n打造金融街区。\n区金融局:已完成规划编制。\n区金融局、\n街道办事处\n"
    )
    ms = run(variant(text)).measures
    assert [names(m.responsible) for m in ms] == [
        keys(["区科技局", "区商务局"]),
        keys(["区金融局", "街道办事处"]),
    ]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_bundle_list_one_department_per_sub_row(variant) -> None:  # type: ignore[no-untyped-def]
    # 序号 | 一件事名称 | 关联事项 | 涉及部门, one cell a line: each bundle's related services sit in sub-rows, each with
    # its own department; the bundle's name is the measure, the departments its units (each once)
    text = (
        "一件事事项清单\n序号\n一件事名称\n关联事项\n涉及部门\n"
        "1\n开办企业\n企业设立登记\n区市监局\n刻制印章备案\n区公安局\n税务登记\n区税务局\n"
        "2\n开办餐馆\n企业设立登记\n区市监局\n食品经营许可\n区市监局\n消防检查\n区消防救援大队\n"
    )
    ms = run(variant(text)).measures
    assert [names(m.responsible) for m in ms] == [
        keys(["区市监局", "区公安局", "区税务局"]),
        keys(["区市监局", "区消防救援大队"]),
    ]
    assert all(m.lead == [] for m in ms)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_goals_heading_assigned_by_its_own_role_sentence(variant) -> None:  # type: ignore[no-untyped-def]
    # 一、…主要目标 / its goals paragraph / 由A,B负责落实。: the goals a sentence of its own assigns are a measure
    text = (
        "关于分解重点工作的通知\n各单位:\n现予分解。\n一、今年经济社会发展的主要目标\n"
        "生产总值增长8%;财政收入增长6%。\n由市人民政府各相关部门,各县(市)、区人民政府负责落实。\n"
        "二、办好民生实事\n(一)继续实施补贴。由市财政局、市农业局负责落实。\n"
    )
    ms = run(variant(text)).measures
    assert [m.number for m in ms] == ["一", "(一)"]
    assert names(ms[0].responsible) == keys(["市人民政府各相关部门", "各县(市)、区人民政府"])
    assert ms[0].lead == []


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_project_funding_table_with_sub_columns(variant) -> None:  # type: ignore[no-untyped-def]
    # a 衔接资金 project table on one line a row: 单位:万元 above it, a header cell over sub-columns (资金来源 over
    # 中央 | 省级 | 其他) named on the next line, a 合计 row; the 部门 and 责任单位 cells name units, 责任人 people
    text = (
        "项目计划安排表\n单位:万元 | | | |\n"
        "序号 | 部门 | 乡镇 | 项目名称 | 建设内容 | 计划投入资金 | 资金来源 | 实施期限 | 预期绩效目标 | "
        "利益联结机制 | 责任单位 | 责任人 | 备注 |\n"
        "中央衔接资金 | 省级衔接资金 | 其他 资金 | | |\n"
        "合 计 | 800 | 300 | 200 | 300 | | |\n"
        "1 | 市财政局、市农业农村局 | 城关镇 | 果蔬产业示范项目 | 冷链设备采购。 | 800 | 300 | 200 | 300 | "
        "2024年6月到12月 | 建设180亩果蔬生产基地。 | 土地流转、就业务工 | 城关镇政府 | 张三 |\n"
    )
    ms = run(variant(text)).measures
    assert len(ms) == 1
    assert names(ms[0].responsible) == keys(["市财政局", "市农业农村局", "城关镇政府"])
    assert ms[0].lead == []
    budgets = [t for t in ms[0].targets if t.unit in ("万元", "元")]
    assert budgets and budgets[0].value in (800, 8000000)
    # the 预期绩效目标 cell after the funds and the years is the row's goal: its figures are targets
    assert any(t.unit == "亩" and t.value == 180 for t in ms[0].targets)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_progress_table_grouped_by_lead_units(variant) -> None:  # type: ignore[no-untyped-def]
    # one cell a line closed by bars: a group row 一 | gives its 牵头单位 once for its projects; each project row gives
    # its name and its 业主单位 (two units split by a space); a (一) project over 1. rows only heads them
    text = (
        "民生实事项目进度表\n序号 |\n牵头单位 |\n项目数量 |\n项目名称 |\n业主单位 |\n本月进展情况 |\n||\n"
        "一 |\n区住建局 |\n项目(2个) |\n(一)道路畅通工程 |\n1.文化路 |\n区城投公司 |\n已完工 |\n|\n"
        "2.乐业路 |\n区城管局 |\n已完工 |\n|||\n"
        "二 |\n区城管局 |\n项目(2个) |\n(一)燃气安全改造项目 |\n区城管局 |\n已完工 |\n||\n"
        "(二)井盖整治项目 |\n区城管局 区水务集团 |\n已完工 |\n|||\n"
    )
    ms = run(variant(text)).measures
    assert [m.number for m in ms] == ["1", "2", "(一)", "(二)"]
    assert [names(m.lead) for m in ms] == [keys(["区住建局"])] * 2 + [keys(["区城管局"])] * 2
    assert names(ms[0].responsible) == keys(["区住建局", "区城投公司"])
    assert names(ms[2].responsible) == keys(["区城管局"])
    assert names(ms[3].responsible) == keys(["区城管局", "区水务集团"])


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("cell", "units"),
    [
        ("某某房地产有限公司(开发商配建学校项目)", ["某某房地产有限公司"]),
        ("区教育局(区国资公司代建)", ["区教育局", "区国资公司"]),
        ("区城投公司(代建)、区财政局", ["区城投公司", "区财政局"]),
        ("未来科技城(海创园)", ["未来科技城(海创园)"]),
        ("市发改委(牵头)、市财政局", ["市发改委", "市财政局"]),
    ],
)
def test_a_remark_bracket_after_a_unit_name(variant, cell: str, units: list[str]) -> None:  # type: ignore[no-untyped-def]
    # a bracket closing a unit's name with a remark is no part of it; a body in it with the verb of what it does for
    # the unit (代建) is one more unit; a short second name stays
    for text in (f"1.推进建设。\n责任单位:{cell}\n", f"1.推进建设。(责任单位:{cell})\n"):
        m = run(variant(text)).measures[0]
        assert names(m.responsible) == keys(units)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_an_attachment_entry_numbered_1_again_is_an_attachment(variant) -> None:  # type: ignore[no-untyped-def]
    # 附件:1.某区事项清单 / 1. 某区服务指南样本: a page's list restarting its count names one more attachment, no measure
    text = (
        "关于公布事项清单的通知\n现予以公布。\n附件:1.某区一件事事项清单\n\n  1. 某区一件事服务指南样本\n\n"
        "某区行政审批局\n2020年10月20日\n"
    )
    assert run(variant(text)).measures == []


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_goals_heading_assigned_by_its_paragraph_bracket(variant) -> None:  # type: ignore[no-untyped-def]
    # 一、…主要目标 / goals paragraph closed by (责任单位:…): a goal assigned; without the bracket no measure
    text = (
        "一、今年主要目标\n生产总值增长8%;财政收入增长6%。(责任单位:市发改委、市统计局)\n"
        "二、办好民生实事\n(一)继续实施补贴。(责任单位:市财政局)\n"
    )
    ms = run(variant(text)).measures
    assert [m.number for m in ms] == ["一", "(一)"]
    assert names(ms[0].responsible) == keys(["市发改委", "市统计局"])
    text = "一、今年主要目标\n生产总值增长8%;财政收入增长6%。\n二、办好民生实事\n(一)继续实施补贴。(责任单位:市财政局)\n"
    assert [m.number for m in run(variant(text)).measures] == ["(一)"]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_units_with_their_roles_after_a_colon_stay_units(variant) -> None:  # type: ignore[no-untyped-def]
    # 市发改委:牵头,市财政局:配合 in a unit cell: a unit and its role, no progress report
    text = (
        "序号\n重点任务\n进展情况\n责任单位\n1\n建设科创大厦。\n已完成规划。\n市发改委:牵头,市财政局:配合\n"
    )
    m = run(variant(text)).measures[0]
    assert names(m.responsible) == keys(["市发改委", "市财政局"])


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_sub_items_run_on_from_a_line_opening_with_1(variant) -> None:  # type: ignore[no-untyped-def]
    # 1.深化改革 / (1)…(A牵头负责)(2)…(B牵头,C配合): the line opens with (1), the later ones run on after brackets
    text = (
        HEAD + "1.深化商事制度改革\n(1)全面落实多证合一改革。(市市场监管局牵头负责)"
        "(2)完善企业登记全程电子化。(市数据局牵头,市财政局配合)\n"
    )
    ms = run(variant(text)).measures
    assert [m.number for m in ms] == ["(1)", "(2)"]
    assert names(ms[1].responsible) == keys(["市数据局", "市财政局"])
    assert names(ms[1].lead) == keys(["市数据局"])


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_unit_report_after_the_unit_cell_is_no_task_text(variant) -> None:  # type: ignore[no-untyped-def]
    # the progress paragraph of a unit written after the unit cell (街道办事处:目前楼内有4家公司…) reports: its
    # figures are no targets of the row
    text = (
        "重点工作推进情况\n序号\n主要任务\n进展情况\n责任单位\n"
        "1\n打造总部大厦特色楼宇。\n区投促局:已开始重点推介。\n区投促局、\n街道办事处\n"
        "街道办事处:目前楼内有4家公司正在进行装修,已具备开业条件。\n"
        "2\n打造金融街区。\n区金融局:已完成规划编制。\n区金融局\n"
    )
    ms = run(variant(text)).measures
    assert names(ms[0].responsible) == keys(["区投促局", "街道办事处"])
    assert ms[0].targets == []
