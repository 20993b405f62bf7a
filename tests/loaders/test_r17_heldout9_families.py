"""Layouts of round 17's heldout9 genre (民生工程 progress tables printed one cell a line with bars, their groups'
headings in the rows, second goal lines under merged cells), in Simplified and Traditional script."""

from __future__ import annotations

import pytest

from tests.loaders.test_responsibility import IDS, VARIANTS, keys, names, run

# 序号 | 类别 | 项目名称 | 目标任务 | 牵头单位 | 目标任务 | 累计完成 | 累计进度 | 备注 |, one cell a line: a group's
# 一、 heading printed in its first row's 类别 cell, an empty cell a bar alone, a row's second goal line under its
# merged name and unit, figure columns (the target's figure, the work done, the progress in %)
PROGRESS_TABLE = (
    "序号 |\n类别 |\n项目名称 |\n目标任务 |\n牵头单位 |\n目标任务 |\n累计完成 |\n累计进度 |\n备注 |\n"
    "1 |\n一、教育提升(2项) |\n新建城区幼儿园 |\n新增学前学位900个 |\n区教育局 |\n900 |\n850 |\n94.44% |\n|\n"
    "改造校舍6栋 |\n6 |\n6 |\n100% |\n|\n"
    "2 |\n开展校外托管服务 |\n服务学生3000人次 |\n区教育局 |\n3000 |\n3120 |\n104% |\n|\n"
    "3 |\n二、医疗卫生(1项) |\n建设村卫生室 |\n建成标准化村卫生室12个 |\n区卫健委 |\n12 |\n- |\n"
    "45 |\n持续推进 |\n"
)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_progress_table_one_cell_a_line(variant) -> None:  # type: ignore[no-untyped-def]
    """Each numbered row is a measure (the 类别 column holds its group's heading, left to the outline), led by its
    牵头单位; the goals' figures are targets (the second goal line's too), the figure columns are not (94.44%,
    100%: progress reported), nor is a figure after a dash or a figure (45 | 持续推进: no row 45)."""
    doc = run(variant(PROGRESS_TABLE))
    assert [m.number for m in doc.measures] == ["1", "2", "3"]
    one, two, three = doc.measures
    assert one.label.startswith(variant("新建城区幼儿园"))
    assert names(one.lead) == keys([variant("区教育局")])
    assert names(three.lead) == keys([variant("区卫健委")])
    assert sorted((str(t.value), t.unit) for t in one.targets) == [("6", "栋"), ("900", "个")]
    assert [(str(t.value), t.unit) for t in two.targets] == [("3000", "人次")]
    assert [(str(t.value), t.unit) for t in three.targets] == [("12", "个")]
    every = [t for m in doc.measures for t in m.targets] + list(doc.doc_targets)
    every += [t for s in doc.sections for t in s.targets]
    assert not any(t.unit == "%" for t in every)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_figure_after_row_number_is_no_row(variant) -> None:  # type: ignore[no-untyped-def]
    """A number alone in its cell followed by a figure cell (6 | 6 | 100%) is a figure of the row, never the next
    row's number; the next row opens at the number followed by its text."""
    doc = run(
        variant(
            "序号 |\n项目名称 |\n目标任务 |\n牵头单位 |\n累计完成 |\n"
            "1 |\n建设公厕 |\n新建公厕2座 |\n县城管局 |\n2 |\n"
            "2 |\n整治河道 |\n整治河道3条 |\n县水利局 |\n3 |\n"
        )
    )
    assert [m.number for m in doc.measures] == ["1", "2"]
    assert names(doc.measures[1].lead) == keys([variant("县水利局")])


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_marked_units_lead_where_the_page_says_so(variant) -> None:  # type: ignore[no-untyped-def]
    """标☆的为牵头单位,下同: the units marked ☆ lead, in that clause and in later ones; the mark is no part of the
    name; the 下同 carries the rule, not the units, to an item without a clause of its own."""
    doc = run(
        variant(
            "一、重点任务\n(一)推进智能制造。支持企业建设智能工厂。(责任单位:☆市经信局、市科技局。标☆的为牵头单位,下同。)\n"
            "(二)推进智慧农业。建设数字农场。\n"
            "(三)推进智慧文旅。打造智慧景区。(责任单位:市文旅局、☆市发改委)\n"
        )
    )
    one, two, three = doc.measures
    assert names(one.responsible) == keys([variant(u) for u in ["市经信局", "市科技局"]])
    assert names(one.lead) == keys([variant("市经信局")])
    assert names(two.responsible) == []
    assert names(three.lead) == keys([variant("市发改委")])


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_star_without_a_stated_rule_is_typography(variant) -> None:  # type: ignore[no-untyped-def]
    """Without the rule stated, a star beside a unit leads nothing: it is dropped from the name."""
    doc = run(
        variant("一、重点任务\n(一)推进智能制造。支持企业建设智能工厂。(责任单位:☆市经信局、市科技局)\n")
    )
    assert names(doc.measures[0].responsible) == keys([variant(u) for u in ["市经信局", "市科技局"]])
    assert names(doc.measures[0].lead) == []


# a policy digest stitched from a search page's snippets: items run together on one line, each closed by its units
# in 〔〕 brackets, some snippets cut before the bracket's opening, numbers skipped where items were left out
DIGEST = (
    "一、支持企业加大研发投入,〔省科技厅〕三、鼓励组建创新联合体,对承担国家科技项目的联合体给予支持,"
    "各市(地)、县(市、区)政府(行署)〕四、实施科技特派员制度,〔省科技厅、省财政厅〕六、支持高新区发展,"
    "各市(地)政府(行署)〕七、推进县域创新发展,对创新型县给予倾斜支持,各市(地)、县(市、区)政府(行署)〕以往规定与本措施不一致的。"
)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_digest_items_closed_by_unit_brackets(variant) -> None:  # type: ignore[no-untyped-def]
    """A number glued after a bracket of units alone (〔省科技厅〕三、) opens the next item; a heading whose line is
    its title and its own units (六、支持高新区发展,各市(地)政府(行署)〕) is an item, not a section; a clause whose
    opening bracket the snippet lost gives the units even with the next fragment stitched on after it."""
    doc = run(variant(DIGEST))
    assert [m.number for m in doc.measures] == [variant(n) for n in ["一", "三", "四", "六", "七"]]
    one, three, four, six, seven = doc.measures
    assert names(one.responsible) == keys([variant("省科技厅")])
    assert names(four.responsible) == keys([variant(u) for u in ["省科技厅", "省财政厅"]])
    assert names(six.responsible) == keys([variant("各市(地)政府(行署)")])
    assert names(seven.responsible) == keys([variant("各市(地)、县(市、区)政府(行署)")])


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_once_as_a_quota_floor(variant) -> None:  # type: ignore[no-untyped-def]
    """不少于一次 is a quota's floor, a target; 至少…一次 stays how often a thing is done, none."""
    from policykg.loaders.extract.targets import find_targets
    from policykg.models import Span
    from tests.loaders.inline import make

    for text, want in [
        ("各河长每月开展不少于一次巡河检查。", [("1", "次")]),
        ("各单位每两年至少调整一次工作方案。", []),
    ]:
        src = make(variant(text))
        found = find_targets(src, Span(0, len(src.match)), plan_year=None)
        assert [(str(t.value), t.unit) for t in found] == want


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_computing_power_unit(variant) -> None:  # type: ignore[no-untyped-def]
    """PFlops / EFLOPS after a figure is a unit of computing power, however cased or spaced."""
    from policykg.loaders.extract.targets import find_targets
    from policykg.models import Span
    from tests.loaders.inline import make

    for text, want in [
        ("力争到2030年,全省智算服务规模达到5000PFlops。", ("5000", "PFlops")),
        ("到2027年,全市算力总规模达到10 EFLOPS。", ("10", "EFLOPS")),
    ]:
        src = make(variant(text))
        found = find_targets(src, Span(0, len(src.match)), plan_year=None)
        assert [(str(t.value), t.unit) for t in found] == [want]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_clause_words_of_the_genre(variant) -> None:  # type: ignore[no-untyped-def]
    """各乡镇场 is a collective of the townships and state farms; 协同配合责任单位 labels supporting units beside a
    牵头责任单位; 总河长 / 河长 are officials, no units, while the 河长制办公室 is one."""
    doc = run(
        variant(
            "一、重点任务\n1.推进信用建设。完善制度。(县直有关部门、各乡镇场负责)\n"
            "2.实施技能培训。开展培训。(牵头责任单位:省人社厅,协同配合责任单位:省民政厅、省农委)\n"
            "3.召开河长会议。加强沟通协作。(责任单位:各级总河长、河长、各级河长制办公室)\n"
        )
    )
    one, two, three = doc.measures
    assert names(one.responsible) == keys([variant(u) for u in ["县直有关部门", "各乡镇场"]])
    assert names(two.responsible) == keys([variant(u) for u in ["省人社厅", "省民政厅", "省农委"]])
    assert names(two.lead) == keys([variant("省人社厅")])
    assert names(three.responsible) == keys([variant("各级河长制办公室")])


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_cut_bracket_of_kinds_is_no_clause(variant) -> None:  # type: ignore[no-untyped-def]
    """A bracket after a noun mid-sentence that the excerpt cuts (研发机构(实验室、工程中) lists kinds, no units; a
    bracket of units after a sentence, cut the same way, is still the item's clause."""
    doc = run(variant("一、重点任务\n1.支持研发。对新认定的研发机构(实验室、工程中"))
    assert names(doc.measures[0].responsible) == []
    doc = run(variant("一、重点任务\n1.支持研发。加强研发机构建设。(市科技局、市财政局、市"))
    assert names(doc.measures[0].responsible) == keys([variant(u) for u in ["市科技局", "市财政局"]])


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_digest_opening_inside_an_item(variant) -> None:  # type: ignore[no-untyped-def]
    """A digest whose first line is the end of an item (its number cut away), closed by the item's units in
    brackets, with a numbered item after it: an unnumbered measure; a page's head with its date before the first
    item's clause is none."""
    doc = run(
        variant("推动重点实验室围绕产业发展需求开展研究,〔省科技厅〕\n三、鼓励组建创新联合体,〔省工信厅〕\n")
    )
    assert [m.number for m in doc.measures] == ["", variant("三")]
    assert names(doc.measures[0].responsible) == keys([variant("省科技厅")])
    doc = run(
        variant(
            "某市发展和改革委员会某市经济和信息化局某市商务局2025年4月23日某市支持新能源汽车产业发展十条政策意见"
            "为贯彻落实国家重大战略部署和支持产业加快发展的有关精神,按照新发布的每个车型给予开发生产企业奖励,"
            "(责任单位:市商务局)二、支持企业扩大销量,对首次达到规模的生产企业给予奖励,(责任单位:市经信局)"
            "三、支持企业创新平台建设,(责任单位:市科技局)\n"
        )
    )
    assert "" not in [m.number for m in doc.measures]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_consortium_qualifies_for_a_reward(variant) -> None:  # type: ignore[no-untyped-def]
    """对…承担1000万元以上国家科技项目的创新联合体, 给予…: the figure says which consortium qualifies; the reward is
    the target."""
    from policykg.loaders.extract.targets import find_targets
    from policykg.models import Span
    from tests.loaders.inline import make

    text = "对牵头承担1000万元以上国家科技项目的创新联合体,给予最高100万元奖励。"
    src = make(variant(text))
    found = find_targets(src, Span(0, len(src.match)), plan_year=None)
    assert [(str(t.value), t.unit) for t in found] == [("100", "万元")]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_year_cell_after_row_number_keeps_the_row(variant) -> None:  # type: ignore[no-untyped-def]
    """A year after a row's number (2 | 2025 | 改造…) is the row's own cell, not a figure: the row opens there."""
    doc = run(
        variant(
            "序号 |\n年度 |\n项目名称 |\n牵头单位 |\n1 |\n2024 |\n新建城市公园 |\n县住建局 |\n"
            "2 |\n2025 |\n改造老旧小区 |\n县城管局 |\n"
        )
    )
    assert [m.number for m in doc.measures] == ["1", "2"]
    assert names(doc.measures[1].lead) == keys([variant("县城管局")])


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_person_name_before_a_ren_body_is_no_count(variant) -> None:  # type: ignore[no-untyped-def]
    """张三人社局: a leader's name ending in a numeral run into 人社局 (a table's cells run together) is no count of
    people; 新增就业三人 still is."""
    from policykg.loaders.extract.targets import find_targets
    from policykg.models import Span
    from tests.loaders.inline import make

    for text, want in [
        ("失业人员再就业5800人。张三人社局高新园", [("5800", "人")]),
        ("全年新增就业三人。", [("3", "人")]),
    ]:
        src = make(variant(text))
        found = find_targets(src, Span(0, len(src.match)), plan_year=None)
        assert [(str(t.value), t.unit) for t in found] == want
