"""Layouts of round 17's dev14 genre (a tender site's repost of a county task list as a barred table with its
names masked, a clause's scope sentence after its own units, 民生工程 cards), in Simplified and Traditional
script."""

from __future__ import annotations

import pytest

from tests.loaders.test_responsibility import IDS, VARIANTS, keys, names, run

MERGED_ROWS = (
    "2025年**县食品安全重点工作任务清单\n"
    "| 工作目标 | 工作内容 | 工作措施 | 责任单位 | 完成时限 |\n"
    "| 一、加大食品安全突出问题治理力度 | (一)强化源头治理 | 1.加强农用地土壤重金属污染源头防控,加强涉重金属废渣堆存点"
    "企业监管力度,建立土壤污染重点监管单位企业名单。 | 县生态环境局牵头,各有关部门按照职责分工负责 | 2025年11月底前 |\n"
    "| 2.持续开展农药施用增效行动。 | 县农业农村局 | 2025年11月底前 | ||\n"
    "| (二)严控农兽药残留超标 | 3.深入开展药物残留治理。 | 县市场监管局 | 2025年10月底前 | |\n"
)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_barred_row_padded_after_its_merged_cells(variant) -> None:  # type: ignore[no-untyped-def]
    """A row whose group cells are merged over it prints its own cells first and the missing ones as empty
    cells after its last (| 2.… | 县农业农村局 | 2025年… | ||): its item is the task, the units cell the units, the
    time cell the deadline, as on the group's first row."""
    doc = run(variant(MERGED_ROWS))
    assert [m.number for m in doc.measures] == ["1", "2", "3"]
    two, three = doc.measures[1], doc.measures[2]
    assert two.label == variant("持续开展农药施用增效行动")
    assert names(two.responsible) == keys([variant("县农业农村局")])
    assert two.deadline == variant("2025年11月底前")
    assert names(three.responsible) == keys([variant("县市场监管局")])
    assert three.deadline == variant("2025年10月底前")


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_barred_row_with_empty_last_cell_keeps_its_places(variant) -> None:  # type: ignore[no-untyped-def]
    """A full row whose last cells are empty (| 2.… | 具体… | 县局 | | |) is no merged row: its cells stay where
    the bars put them."""
    text = (
        "| 工作任务 | 工作措施 | 责任单位 | 完成时限 | 备注 |\n"
        "| 1.推进改革。 | 制定方案。 | 县发改局 | 2025年底 | 无 |\n"
        "| 2.加快建设。 | 开工项目。 | 县住建局 | | |\n"
    )
    doc = run(variant(text))
    assert names(doc.measures[1].responsible) == keys([variant("县住建局")])


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_masked_names_in_a_unit_cell(variant) -> None:  # type: ignore[no-untyped-def]
    """A repost site masks part of a name with asterisks (****体育局, 县**局): the name is recorded as printed, the
    mask no lead mark that would cut it (a single * after a name still is: 县财政局*)."""
    text = (
        "| 工作内容 | 工作措施 | 责任单位 | 完成时限 |\n"
        "| (一)加大校园整治力度 | 1.落实校园食品安全责任。 | ****体育局、县**局、县财政局* | 2025年底 |\n"
        "| 2.加强监督检查。 | ****分局牵头,各有关部门按照职责分工负责 | 2025年底 | |\n"
    )
    doc = run(variant(text))
    one, two = doc.measures
    assert names(one.responsible) == keys([variant(u) for u in ["****体育局", "县**局", "县财政局"]])
    assert names(two.responsible) == keys([variant(u) for u in ["****分局", "各有关部门"]])
    assert names(two.lead) == keys(["****分局"])


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_scope_sentence_after_the_clause_units(variant) -> None:  # type: ignore[no-untyped-def]
    """〔A,此项及以下任务均需B落实,不再列出。各责任单位按职责分工落实〕: A is the item's unit, B every item's from
    here on (this one included), and 各责任单位 after the units a reference to them, no unit."""
    text = (
        "一、实施增收行动\n"
        "1.促进就业。落实政策。〔市人社局,此项及以下任务均需各县(市、区)落实,不再列出。各责任单位按职责分工落实〕\n"
        "2.支持创业。落实补贴。(市人社局、市财政局)\n"
    )
    doc = run(variant(text))
    one, two = doc.measures
    assert names(one.responsible) == keys([variant(u) for u in ["市人社局", "各县(市、区)"]])
    assert names(two.responsible) == keys([variant(u) for u in ["市人社局", "市财政局", "各县(市、区)"]])
    assert one.lead == [] and two.lead == []


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_role_label_collective_alone_or_with_a_body_stays(variant) -> None:  # type: ignore[no-untyped-def]
    """各责任科室 alone in a clause is the collective responsible; 各牵头单位会同B负责 names B after it."""
    text = "一、重点任务\n1.做甲。(各责任科室)\n2.做乙。(市人社局;各牵头单位会同市财政局负责)\n"
    doc = run(variant(text))
    one, two = doc.measures
    assert names(one.responsible) == keys([variant("各责任科室")])
    assert keys([variant("市财政局")])[0] in names(two.responsible)
