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


CARD = (
    "巩固完善新型农村合作医疗制度。新增筹资主要用于提高基本医疗保障水平。参合率稳定在96%以上,"
    "人均财政补助标准提高到380元/人·年。\n"
    "承办部门:市人社局 咨询电话:2126811\n"
    "市卫计委 2835085\n"
)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_project_card_with_contact_pairs(variant) -> None:  # type: ignore[no-untyped-def]
    """A 民生工程 card: a task paragraph, then 承办部门:A 咨询电话:… and a line B <number> (the next pair of the
    same two fields): one measure, A and B its units, the numbers no unit and no target."""
    doc = run(variant(CARD))
    assert len(doc.measures) == 1
    m = doc.measures[0]
    assert m.label == variant("巩固完善新型农村合作医疗制度")
    assert names(m.responsible) == keys([variant(u) for u in ["市人社局", "市卫计委"]])
    assert m.lead == []
    assert sorted((str(t.value), t.unit) for t in m.targets) == [("380", "元/人·年"), ("96", "%")]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_line_after_contact_field_that_is_no_unit_stays_out(variant) -> None:  # type: ignore[no-untyped-def]
    """A line after the contact field that names no unit (a sentence with a figure) is no pair of the fields."""
    text = (
        "巩固完善新型农村合作医疗制度。新增筹资主要用于提高基本医疗保障水平。\n"
        "承办部门:市人社局 咨询电话:2126811\n"
        "加快推进全民参保计划 2019\n"
    )
    doc = run(variant(text))
    assert names(doc.measures[0].responsible) == keys([variant("市人社局")])


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 大 closing 加大 / 扩大 begins no name (大健康, 大数据)
        ("各类媒体要加大健康科学知识宣传力度。", []),
        ("扩大数据中心建设规模。", []),
        # a name whose 大 no word before it holds stays
        ("培育大健康、大数据等产业。", ["大健康", "大数据"]),
        # a verb putting a scheme in force before a list (试行|餐饮、零售企业名单制管理) is no part of its first item
        ("加强餐饮、零售企业金融支持力度,试行餐饮、零售企业名单制管理。", ["餐饮", "零售"]),
        # the means that enables a trade (人工智能|赋能…) is no trade of the measure
        ("争创人工智能赋能服装产业试点。", ["服装"]),
        # 时尚 names a style: its industry is written 时尚产业, as 文化产业; an item of a list of trades keeps its word
        ("重点支持汽车零部件、绿色石化、时尚产业龙头企业。", ["汽车零部件", "绿色石化", "时尚产业"]),
        ("发展时尚、纺织等产业。", ["时尚", "纺织"]),
        # "A+X" a programme applying a means to a field: neither side a trade; a list of three joined by + still is
        ("推进“人工智能+现代农业”。", []),
        ("深入推进“互联网+农业”。", []),
        ("推动家居向“家电+家具+家装”融合发展。", ["家电", "家具", "家装"]),
    ],
)
def test_words_a_name_is_cut_from(variant, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    """An industry word found inside a longer word, or glued to a verb before a list, names nothing there."""
    from policykg.loaders.extract.industries import IndustryLexicon
    from tests.loaders.test_industries import labels

    assert labels(variant(text), IndustryLexicon.load_default()) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_number_printed_in_pieces_one_a_line(variant) -> None:  # type: ignore[no-untyped-def]
    """大政办发 / 〔2022〕 / 29号 under the title, one piece a line: the document number, its pieces joined."""
    from tests.loaders.test_meta import meta_of

    text = (
        "大理白族自治州人民政府办公室关于印发大理州促进消费恢复发展若干政策措施的通知\n大政办发\n〔2022〕\n29号\n"
        "2022-08-12\n各县、市人民政府:\n现印发给你们,请认真贯彻执行。\n一、加快发展\n"
    )
    assert meta_of(variant(text)).doc_number == variant("大政办发 〔2022〕 29号")


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_news_byline_one_field_a_line(variant) -> None:  # type: ignore[no-untyped-def]
    """6月24日 / 咸宁市人民政府办公室 / 发布 / <title>: the body over the line of its act is the issuer."""
    from tests.loaders.test_meta import meta_of

    text = (
        "6月24日\n咸宁市人民政府办公室\n发布\n咸宁市提振消费专项行动若干措施\n全文内容如下\n"
        "为贯彻落实工作要求,制定本措施。\n一、落实城乡居民增收行动\n"
    )
    m = meta_of(variant(text))
    assert m.issuer == variant("咸宁市人民政府办公室")
    assert m.title == variant("咸宁市提振消费专项行动若干措施")
