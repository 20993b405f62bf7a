"""Round 16's responsible-unit families (issue 11), in Simplified and Traditional script."""

from __future__ import annotations

import pytest

from tests.loaders.test_responsibility import IDS, VARIANTS, keys, names, run


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_item_opening_with_its_unit_whose_task_names_another_body(variant) -> None:  # type: ignore[no-untyped-def]
    """3.区城管执法局负责联系市城管执法局,…: the item opens with its unit and 负责; the body after the verb is the
    task's object (no unit), and the opening is no list of units waiting for a verb."""
    doc = run(
        variant(
            "一、重点任务\n1.区城管执法局负责联系市城管执法局,支持活动的开展。\n"
            "2.区市场监管局负责对接市场监管总局,做好商品质量抽检。\n"
        )
    )
    one, two = doc.measures
    assert names(one.responsible) == keys([variant("区城管执法局")])
    assert names(two.responsible) == keys([variant("区市场监管局")])
    assert not one.lead and not two.lead


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_sentence_whose_subject_is_a_unit_with_its_share(variant) -> None:  # type: ignore[no-untyped-def]
    """…。各县区政府负责逐步开展辖区煤改电工作。(A、B牵头): a later sentence of the item opens with a named unit
    and 负责: that unit is one of the item's units (no lead), beside the bracket's."""
    doc = run(
        variant(
            "一、重点任务\n1.推进清洁供暖。禁止新建燃煤供热站。各县区政府负责逐步开展辖区煤改电工作。"
            "(市城管局、市发改委牵头)\n"
            "2.加强宣传。开展政策解读;区人社局负责组织招聘活动,区财政局负责资金保障。\n"
        )
    )
    one, two = doc.measures
    assert sorted(names(one.responsible)) == sorted(
        keys([variant(u) for u in ["市城管局", "市发改委", "各县区政府"]])
    )
    assert names(one.lead) == keys([variant(u) for u in ["市城管局", "市发改委"]])
    assert set(names(two.responsible)) >= set(keys([variant("区人社局")]))
    assert not two.lead


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_sentence_about_who_answers_names_no_unit(variant) -> None:  # type: ignore[no-untyped-def]
    """…。市政府负责同志要亲自部署。 / …。由县财政局负责监督。: a 负责 that opens a noun, or a 由-phrase, is no
    subject sentence."""
    doc = run(variant("一、重点任务\n1.推进清洁供暖。市政府负责同志要亲自部署。(市城管局牵头)\n"))
    assert names(doc.measures[0].responsible) == keys([variant("市城管局")])


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_label_named_with_the_scope_words_carries_its_units_below(variant) -> None:  # type: ignore[no-untyped-def]
    """(责任单位:A。实施主体:B。因各项工作均需地方政府协同落实,实施主体以下不再重复。): the units listed under the
    label the scope names go to every later measure; the reason and the scope sentence name no unit."""
    doc = run(
        variant(
            "一、重点任务\n1.加强生态保护。实施红线管理。(责任单位:省自然资源厅。实施主体:沿江各市人民政府。"
            "因各项工作均需地方政府协同落实,实施主体以下不再重复。)\n"
            "2.建设沿江绿化带。完善林网。(责任单位:省林业局)\n"
        )
    )
    one, two = doc.measures
    assert names(one.responsible) == keys([variant(u) for u in ["省自然资源厅", "沿江各市人民政府"]])
    assert names(two.responsible) == keys([variant(u) for u in ["省林业局", "沿江各市人民政府"]])
    assert not one.lead and not two.lead


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_responsible_label_scope_in_a_later_sentence(variant) -> None:  # type: ignore[no-untyped-def]
    """(牵头单位:A;责任单位:各区政府。责任单位以下不再列出): the 责任单位 list, not the lead, goes below."""
    doc = run(
        variant(
            "一、重点任务\n1.扩大有效投资。(牵头单位:市发展改革委;责任单位:各区政府。责任单位以下不再列出)\n"
            "2.稳定工业增长。(牵头单位:市工信局)\n"
        )
    )
    one, two = doc.measures
    assert names(one.responsible) == keys([variant(u) for u in ["市发展改革委", "各区政府"]])
    assert names(two.responsible) == keys([variant(u) for u in ["市工信局", "各区政府"]])
    assert names(two.lead) == keys([variant("市工信局")])


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_excerpt_stopping_inside_a_bracket_after_the_list(variant) -> None:  # type: ignore[no-untyped-def]
    """(A、B等按职责分工负责;各区人民政府,高新区管委会〔以下均需各区人民政府,镇<end>: the excerpt stops inside a
    bracket opened after the list; the bodies before it are whole units, the cut words name none."""
    doc = run(
        variant(
            "一、重点任务\n(一)加大减免力度。落实减免政策。(市财政局、市人社局等按职责分工负责;各区人民政府,"
            "高新区管委会〔以下均需各区人民政府,镇"
        )
    )
    (one,) = doc.measures
    assert names(one.responsible) == keys(
        [variant(u) for u in ["市财政局", "市人社局", "各区人民政府", "高新区管委会"]]
    )


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_excerpt_stopping_after_a_names_own_bracket(variant) -> None:  # type: ignore[no-untyped-def]
    """…。[区发展改革委(粮食和储备局)<end>: the excerpt stops after the name's own bracket: the whole name is the
    unit, not the name in its bracket."""
    doc = run(
        variant(
            "一、年度重点任务\n1.实施标准宣贯行动。加强培训。(区卫生健康委负责)加强粮油标准的落实。"
            "[区发展改革委(粮食和储备局)"
        )
    )
    (one,) = doc.measures
    assert names(one.responsible) == keys(
        [variant(u) for u in ["区卫生健康委", "区发展改革委(粮食和储备局)"]]
    )


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_row_flattened_with_spaces_without_its_header(variant) -> None:  # type: ignore[no-untyped-def]
    """1.推进产业园建设。 区发改局 区财政局、区自然资源局 2024年底: blank-separated cells after the task's full stop,
    each units or a time limit, are the row's units (no named column: no lead)."""
    doc = run(
        variant(
            "一、重点任务\n1.推进产业园建设。 区发改局 区财政局、区自然资源局 2024年底\n"
            "2.实施道路改造工程。 区住建局 区交通局 2024年6月\n"
        )
    )
    one, two = doc.measures
    assert names(one.responsible) == keys([variant(u) for u in ["区发改局", "区财政局", "区自然资源局"]])
    assert names(two.responsible) == keys([variant(u) for u in ["区住建局", "区交通局"]])
    assert not one.lead and not two.lead


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_signature_run_on_after_the_last_item_is_no_cell(variant) -> None:  # type: ignore[no-untyped-def]
    """…。 某市人民政府办公室 2024年3月1日: a signature and its date after the last item's full stop name no unit."""
    doc = run(variant("一、重点任务\n1.推进产业园建设。加快招商。 安康市人民政府办公室 2024年3月1日\n"))
    assert not doc.measures[0].responsible


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_quarter_columns_of_a_task_table(variant) -> None:  # type: ignore[no-untyped-def]
    """序号 | 重点任务 | 牵头单位 | 一季度 | 二季度 | 三季度 | 四季度: period columns (what a task plans in each quarter)
    are no unknown header cells that outnumber the named ones; the table is read, its 牵头单位 the lead."""
    doc = run(
        variant(
            "序号 | 重点任务 | 牵头单位 | 一季度 | 二季度 | 三季度 | 四季度\n"
            "1 | 推进产业园建设。 | 区发改局 | 完成规划 | 开工建设 | 主体完工 | 投入使用\n"
            "2 | 实施道路改造工程。 | 区住建局 | 完成设计 | 招标 | 施工 | 验收\n"
        )
    )
    one, two = doc.measures
    assert names(one.lead) == names(one.responsible) == keys([variant("区发改局")])
    assert names(two.lead) == keys([variant("区住建局")])


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_half_year_and_month_columns_one_cell_a_line(variant) -> None:  # type: ignore[no-untyped-def]
    """序号 / 重点工作 / 牵头部门 / 相关责任部门 / 上半年 / 下半年, one cell a line: the lead column leads."""
    doc = run(
        variant(
            "序号\n重点工作\n牵头部门\n相关责任部门\n上半年\n下半年\n"
            "1\n推进产业园建设。\n区发改局\n区财政局、区自然资源局\n完成规划\n竣工\n"
            "2\n实施道路改造工程。\n区住建局\n区交通局\n完成设计\n验收\n"
        )
    )
    one, two = doc.measures
    assert names(one.responsible) == keys([variant(u) for u in ["区发改局", "区财政局", "区自然资源局"]])
    assert names(one.lead) == keys([variant("区发改局")])
    assert names(two.lead) == keys([variant("区住建局")])


HEADERLESS_ROWS = [
    "专项行动任务分工\n5 | 推进产业园建设。 | 区发改局 | 区财政局、区自然资源局 | 2024年底\n"
    "6 | 实施道路改造工程。 | 区住建局 | 区交通局 | 2024年6月\n7 | 加快老旧小区改造。 | 区住建局 | 各街道 | 长期\n",
    "专项行动任务分工\n5 推进产业园建设。 区发改局 区财政局、区自然资源局 2024年底\n"
    "6 实施道路改造工程。 区住建局 区交通局 2024年6月\n7 加快老旧小区改造。 区住建局 各街道 长期\n",
]


@pytest.mark.parametrize("layout", [0, 1], ids=["barred", "spaced"])
@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_rows_of_a_table_whose_header_is_not_on_the_page(variant, layout) -> None:  # type: ignore[no-untyped-def]
    """5 | 推进产业园建设。 | 区发改局 | 区财政局、区自然资源局 | 2024年底 and the next row numbered 6 (a page
    opening mid-table): number, task, unit cells and a time limit; the units have no named role (no lead)."""
    doc = run(variant(HEADERLESS_ROWS[layout]))
    assert [m.number for m in doc.measures] == ["5", "6", "7"]
    one, two, three = doc.measures
    assert names(one.responsible) == keys([variant(u) for u in ["区发改局", "区财政局", "区自然资源局"]])
    assert names(three.responsible) == keys([variant(u) for u in ["区住建局", "各街道"]])
    assert not one.lead and not two.lead


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_numbered_lines_that_are_no_rows(variant) -> None:  # type: ignore[no-untyped-def]
    """1 推进产业园建设 then 2 加快项目建设 with no unit cells: no table."""
    doc = run(variant("一、重点任务\n1 推进产业园建设 加快招商引资\n2 实施道路改造工程 完善路网\n"))
    assert all(not m.responsible for m in doc.measures)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_item_with_unit_cells_before_its_time_limit(variant) -> None:  # type: ignore[no-untyped-def]
    """5.推进产业园建设 | 区发改局 | 区财政局、区自然资源局 | 2024年底: the unit cells before the time limit."""
    doc = run(
        variant(
            "一、重点任务\n5.推进产业园建设 | 区发改局 | 区财政局、区自然资源局 | 2024年底\n"
            "6.实施道路改造工程 | 区住建局 | 区交通局 | 2024年6月\n"
        )
    )
    one, two = doc.measures
    assert names(one.responsible) == keys([variant(u) for u in ["区发改局", "区财政局", "区自然资源局"]])
    assert names(two.responsible) == keys([variant(u) for u in ["区住建局", "区交通局"]])


def _slipped(marker: str) -> str:
    """A full-width (N) marker as a mirror page prints it when its bytes slipped by one: a lost byte (?), then the
    GBK bytes read one off (（二）推進 -> 。ǘ┩七M)."""
    raw = ("\u3000" + marker).encode("gb18030")[1:]
    return "?" + raw.decode("gb18030", errors="replace").replace("\ufffd", "?")


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_bracket_markers_whose_bytes_slipped(variant) -> None:  # type: ignore[no-untyped-def]
    """?。ǘ┩七M東部石化基地…: a (二) marker garbled by a one-byte slip (。 and a pinyin, bopomofo or box-drawing
    character) is the next (N) marker in sequence; its clause assigns as any item's."""
    text = (
        variant("一、构建现代产业体系\n(一)加快建设汽车产业基地。(牵头单位:市经贸委;配合单位:市发改委)\n")
        + _slipped("（二）推进")
        + variant("东部石化基地建设。(牵头单位:市发改委;配合单位:市经贸委)\n")
        + _slipped("（三）组建")
        + variant("生物医药产业基地。(牵头单位:市科技局)\n")
    )
    doc = run(text)
    assert [m.number for m in doc.measures] == ["(一)", "(二)", "(三)"]
    assert names(doc.measures[1].lead) == keys([variant("市發改委")])
    assert names(doc.measures[2].responsible) == keys([variant("市科技局")])


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_line_opening_with_a_full_stop_is_no_marker(variant) -> None:  # type: ignore[no-untyped-def]
    """…加快建设\\n。(市发改委负责): a full stop broken onto its own line before a bracket is the text's own."""
    doc = run(variant("一、重点任务\n(一)加快项目建设\n。(市发改委负责)\n(二)推进招商引资。(市商务局负责)\n"))
    assert [m.number for m in doc.measures] == ["(一)", "(二)"]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_month_range_columns_of_a_task_table(variant) -> None:  # type: ignore[no-untyped-def]
    """序号 | 重点工作 | 牵头领导 | 牵头单位 | 1-3月 | 4-6月 | 7-9月 | 10-12月: month ranges are period columns; the
    leader is a person, 牵头单位 the lead."""
    doc = run(
        variant(
            "序号 | 重点工作 | 牵头领导 | 牵头单位 | 1-3月 | 4-6月 | 7-9月 | 10-12月 |\n"
            "1 | 推进产业园建设。 | 张三 | 区发改局 | 完成规划 | 开工 | 建设 | 竣工 |\n"
        )
    )
    (one,) = doc.measures
    assert names(one.lead) == names(one.responsible) == keys([variant("区发改局")])


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_adverb_before_you_and_a_body_named_as_the_responsible_subject(variant) -> None:  # type: ignore[no-untyped-def]
    """…。具体由区住建局负责。 (an adverb before 由: no part of the name) / …。各镇街为责任主体。 (the body named as the
    task's 责任主体, as the label 责任主体: names it)."""
    doc = run(
        variant(
            "一、重点任务\n1.推进道路改造。具体由区住建局负责。\n2.优化营商环境。各镇街为责任主体。\n"
            "3.加快项目建设。均由区发改局负责落实。\n"
        )
    )
    one, two, three = doc.measures
    assert names(one.responsible) == keys([variant("区住建局")])
    assert names(two.responsible) == keys([variant("各镇街")])
    assert names(three.responsible) == keys([variant("区发改局")])
    assert not one.lead and not two.lead


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_street_office_short_form_names_its_township(variant) -> None:  # type: ignore[no-untyped-def]
    """…;长延堡街办负责协调…: 街办 (街道办事处) after a place's name is a township's own name, the subject of its
    sentence like 米山镇."""
    doc = run(
        variant(
            "一、重点任务\n2.由区商务局牵头,全面负责活动的组织实施;长延堡街办负责协调外围工作。\n"
            "3.区城管局负责联系市城管局,支持活动开展。\n"
        )
    )
    two, three = doc.measures
    assert names(two.responsible) == keys([variant(u) for u in ["区商务局", "长延堡街办"]])
    assert names(two.lead) == keys([variant("区商务局")])
    assert names(three.responsible) == keys([variant("区城管局")])
