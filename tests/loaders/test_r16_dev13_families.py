"""Layouts of round 16's dev13 genre (a digest of numbered items run together, closing 由…组织落实 lines,
collective units), in Simplified and Traditional script."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.loaders.test_responsibility import IDS, VARIANTS, keys, names, run

DIGEST = (
    "二、重点任务(一)完善服务体系行动1.推进医院建设,参与一体化信息体系建设,(责任单位:区卫生局、区财政局等)"
    "2.加强科室建设,(责任单位:区卫生局、区发展局等)4.推进惠民行动,(责任单位:区卫生局、区委宣传部等)"
    "(二)提升服务能力行动5.打造示范品牌,(责任单位:区卫生局、区农业局等)6.建设重点专科,(责任单位:区卫生局)"
    "三、组织实施全面推进建设,区政府成立领导小组,领导小组负责统筹上述重点任务的组织实施和考核工作。"
)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_digest_items_glued_and_numbered_on(variant) -> None:  # type: ignore[no-untyped-def]
    """A digest run together on one line: the (一) glued to 二、's title and the 1. glued to (一)'s title each head
    their own part; an item left out (no 3.) after a closing clause of units, and a group's first item numbered
    on from the last group (5. under (二)), still head items."""
    doc = run(variant(DIGEST))
    assert [m.number for m in doc.measures] == ["1", "2", "4", "5", "6"]
    assert doc.measures[0].label.startswith(variant("推进医院建设"))
    assert names(doc.measures[2].responsible) == keys([variant(u) for u in ["区卫生局", "区委宣传部"]])
    assert names(doc.measures[3].responsible) == keys([variant(u) for u in ["区卫生局", "区农业局"]])


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_glued_number_past_the_next_is_no_item(variant) -> None:  # type: ignore[no-untyped-def]
    """A figure glued to a title that does not go on from the items seen (一、…建设9.…) heads nothing."""
    doc = run(
        variant("一、重点任务\n1.推进医院建设。(责任单位:区卫生局)\n(二)提升能力行动9.打造示范品牌。\n")
    )
    assert [m.number for m in doc.measures if m.number == "9"] == []


CLOSING_LINES = (
    "构建农业公益性服务体系。在良种繁育、农技推广等方面取得显著进展。\n"
    "发展壮大龙头企业。支持粮食加工企业上规模、上水平。\n"
    "——由省发展改革委、省农业厅会同有关部门和各市(州)组织落实。\n"
    "着力推进文明村镇建设。突出抓好示范村建设。\n"
    "——由省建设厅会同相关市(州)组织落实。\n"
)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_closing_line_covers_its_block_of_titled_paragraphs(variant) -> None:  # type: ignore[no-untyped-def]
    """Unnumbered paragraphs, each opening with its title sentence, closed in blocks by a dash line 由A、B会同C组织落实:
    every paragraph of a block is a measure the line covers; the bodies before 会同 lead, and a collective of
    divisions (各市(州), 相关市(州)) after it is a unit."""
    doc = run(variant(CLOSING_LINES))
    assert [m.label for m in doc.measures] == [
        variant(t) for t in ["构建农业公益性服务体系", "发展壮大龙头企业", "着力推进文明村镇建设"]
    ]
    one, two, three = doc.measures
    units = [variant(u) for u in ["省发展改革委", "省农业厅", "有关部门", "各市(州)"]]
    assert names(one.responsible) == keys(units)
    assert names(two.responsible) == keys(units)
    assert names(one.lead) == keys(units[:2])
    assert names(three.responsible) == keys([variant(u) for u in ["省建设厅", "相关市(州)"]])
    assert names(three.lead) == keys([variant("省建设厅")])


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_untitled_paragraph_before_a_closed_one_stays_lead(variant) -> None:  # type: ignore[no-untyped-def]
    """A page's opening paragraph with no title sentence of its own (为…,现提出如下措施。) is no task of the block."""
    doc = run(
        variant(
            "为加快农业发展,现提出如下措施。\n"
            "发展壮大龙头企业。支持粮食加工企业上规模。\n"
            "——由省农业厅会同各市(州)组织落实。\n"
        )
    )
    assert [m.label for m in doc.measures] == [variant("发展壮大龙头企业")]
    assert names(doc.measures[0].responsible) == keys([variant(u) for u in ["省农业厅", "各市(州)"]])


CARD = (
    "整改任务\n\n巡查流于形式。督察组在该段河道1小时内发现2个排污口、1个雨水溢流口。督察发现河道垃圾乱倒等问题53个,"
    "其中甲区16个、乙县9个。\n\n责任单位\n\n县水利局、市生态环境局县分局、商城镇\n\n整改目标\n\n强化河长责任落实。\n\n"
    "整改措施\n\n(一)强化履职监督。加强河长履职能力培训。\n\n(二)加强排查整治。对反馈问题限期整改到位,建立台账。\n"
)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_card_units_field_covers_the_numbered_measures(variant) -> None:  # type: ignore[no-untyped-def]
    """An inspection card printed a field a line: 责任单位 alone on its line names the units on the line below, and
    they cover the numbered 整改措施 after it."""
    doc = run(variant(CARD))
    assert [m.number for m in doc.measures] == ["(一)", "(二)"]
    units = keys([variant(u) for u in ["县水利局", "市生态环境局县分局", "商城镇"]])
    assert all(names(m.responsible) == units for m in doc.measures)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_what_an_inspection_found_is_no_target(variant) -> None:  # type: ignore[no-untyped-def]
    """督察发现…问题53个,其中甲区16个 / 1小时内发现2个排污口: figures an inspection found (and the time it took)
    report, they commit to nothing."""
    doc = run(variant(CARD))
    assert not doc.doc_targets
    assert not [t for m in doc.measures for t in m.targets]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_bare_label_without_units_below_is_no_responsibility(variant) -> None:  # type: ignore[no-untyped-def]
    """责任单位 alone over a sentence (no list of units) assigns nothing."""
    doc = run(
        variant(
            "一、重点任务\n1.加强排查整治。对问题限期整改。\n责任单位\n各部门要切实抓好落实,确保取得实效。\n"
        )
    )
    assert [m.number for m in doc.measures] == ["1"]
    assert not doc.measures[0].responsible


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_time_limit_and_a_finding_mechanism_stay_targets(variant) -> None:  # type: ignore[no-untyped-def]
    """1小时内办结 is a commitment; 发现 in another clause (建立隐患及时发现机制,新建监测站10个) reports nothing."""
    from tests.loaders.test_targets import _values

    assert _values(variant("推行企业开办1小时内办结,新建监测站10个。")) == [
        (Decimal(1), "小时"),
        (Decimal(10), "个"),
    ]
    assert _values(variant("建立隐患及时发现机制,新建监测站10个。")) == [(Decimal(10), "个")]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_township_collective_shares_a_township_body(variant) -> None:  # type: ignore[no-untyped-def]
    """各乡、镇人民政府: a collective of townships before a township's body is one unit; before a 区 body
    (各镇(街道)、区财政局) it stays two."""
    doc = run(
        variant(
            "一、重点任务\n1.扩大投资。(牵头单位:市发改局;责任单位:市统计局,各乡、镇人民政府,监利经济开发区)\n"
            "2.稳定就业。(责任单位:各镇(街道)、区财政局)\n"
        )
    )
    one, two = doc.measures
    assert names(one.responsible) == keys(
        [variant(u) for u in ["市发改局", "市统计局", "各乡、镇人民政府", "监利经济开发区"]]
    )
    assert names(two.responsible) == keys([variant(u) for u in ["各镇(街道)", "区财政局"]])


WRAPPED_UNIT_TABLE = "\n\n".join(
    [
        "序号", "重点工作", "牵头责任单位", "上半年落实情况",
        "1", "新开工亿元以上项目170个以上。", "市发改委", "截至6月底,已开工项目145个。",
        "2", "生活污水治理率达30%。", "市生态", "环境局", "截至6月底,已完成50个。",
        "3", "新增治理面积91平方公里。", "市水利局", "市财政局", "截至6月底,已完成78平方公里。",
    ]
)  # fmt: skip


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_unit_name_wrapped_over_two_lines_of_its_cell(variant) -> None:  # type: ignore[no-untyped-def]
    """A table one cell a line: 市生态 / 环境局, a short line opening with a level that is no unit and the line
    after it, is one unit whose name wrapped; 市水利局 / 市财政局 (whole names) are two."""
    doc = run(variant(WRAPPED_UNIT_TABLE))
    assert [m.number for m in doc.measures] == ["1", "2", "3"]
    assert names(doc.measures[1].responsible) == keys([variant("市生态环境局")])
    assert names(doc.measures[2].responsible) == keys([variant(u) for u in ["市水利局", "市财政局"]])


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_same_below_closing_a_last_group_carries_that_group(variant) -> None:  # type: ignore[no-untyped-def]
    """(A、B按职责分工负责;各地级以上市人民政府结合实际落实,下同): the 下同 closes the last group alone; its bodies
    go with every later task beside the task's own units."""
    doc = run(
        variant(
            "一、重点任务\n1.实施技术攻关。建设中试平台。(省发展改革委、科技厅按职责分工负责;各地级以上市人民政府结合实际落实,下同)\n"
            "2.推进协同创新。建设创新中心。(省工业和信息化厅牵头)\n"
            "3.深化数据改革。建设数据市场。\n"
        )
    )
    one, two, three = doc.measures
    cities = variant("各地级以上市人民政府")
    assert names(one.responsible) == keys([variant(u) for u in ["省发展改革委", "科技厅"]] + [cities])
    assert names(two.responsible) == keys([variant("省工业和信息化厅"), cities])
    assert names(two.lead) == keys([variant("省工业和信息化厅")])
    assert names(three.responsible) == keys([cities])


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_same_below_of_a_labelled_clause_carries_it_whole(variant) -> None:  # type: ignore[no-untyped-def]
    """(牵头单位:A;责任单位:B,下同): the labelled clause goes whole to later tasks without units of their own."""
    doc = run(
        variant(
            "一、重点任务\n1.实施技术攻关。(牵头单位:市科技局;责任单位:市财政局,下同)\n2.推进协同创新。建设中心。\n"
        )
    )
    assert names(doc.measures[1].responsible) == keys([variant(u) for u in ["市科技局", "市财政局"]])
    assert names(doc.measures[1].lead) == keys([variant("市科技局")])


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_first_as_lead_with_the_ordinal_alone(variant) -> None:  # type: ignore[no-untyped-def]
    """(责任单位:A、B,第一为牵头单位,下同): 第一 alone states the first-listed rule; the words are no unit, and the
    rule carries below."""
    doc = run(
        variant(
            "一、强化科技创新\n(一)加强平台建设。建优建强科创平台。(责任单位:市科技局、市经信局,第一为牵头单位,下同)\n"
            "(二)加强技术攻关。鼓励企业攻关。(责任单位:市经信局、市财政局)\n"
        )
    )
    one, two = doc.measures
    assert names(one.responsible) == keys([variant(u) for u in ["市科技局", "市经信局"]])
    assert names(one.lead) == keys([variant("市科技局")])
    assert names(two.lead) == keys([variant("市经信局")])


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_page_widget_with_a_bare_verb_label_counts_nothing(variant) -> None:  # type: ignore[no-untyped-def]
    """来源:… 时间:2025-05-09 阅读:0次: the page's read counter, no target; 开展阅读活动10场 stays one."""
    from tests.loaders.test_targets import _values

    assert _values(variant("来源:孵化集群 时间:2025-05-09 阅读:0次 关于推动经济发展若干政策")) == []
    assert _values(variant("开展全民阅读活动10场。")) == [(Decimal(10), "场")]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_who_earns_an_honour_is_no_target(variant) -> None:  # type: ignore[no-untyped-def]
    """对集聚4家以上企业的产业园区授予…称号: the count defines the parks that earn the honour; 培育4家 stays a goal."""
    from tests.loaders.test_targets import _values

    assert _values(variant("对集聚4家以上专精特新企业的产业园区授予特色园区荣誉称号。")) == []
    assert _values(variant("培育专精特新企业4家以上。")) == [(Decimal(4), "家")]


SINGLE_SPACED_TWO_UNIT_COLUMNS = (
    "序号 重点工作任务 主要责任单位 协同配合单位\n"
    "1 地区生产总值增长6.5%左右。 区发改委 区政府各部门,各乡镇人民政府。\n"
    "2 一般公共预算收入增长5%左右。 区财政局\n区税务局\n区政府有关部门,各乡镇人民政府。\n"
    "3 社会消费品零售总额增长8.2%左右。 区商务局 区发改委、区市场监管局。\n"
)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_main_unit_cell_one_name_a_line(variant) -> None:  # type: ignore[no-untyped-def]
    """序号 重点工作任务 主要责任单位 协同配合单位, single-spaced: a main unit cell of one name a line (区财政局 /
    区税务局) before the supporting cell keeps both names; they lead against the supporting units."""
    doc = run(variant(SINGLE_SPACED_TWO_UNIT_COLUMNS))
    assert [m.number for m in doc.measures] == ["1", "2", "3"]
    one, two, three = doc.measures
    assert names(two.lead) == keys([variant(u) for u in ["区财政局", "区税务局"]])
    assert names(two.responsible)[:3] == keys(
        [variant(u) for u in ["区财政局", "区税务局", "区政府有关部门"]]
    )
    assert names(three.lead) == keys([variant("区商务局")])
    assert names(one.lead) == keys([variant("区发改委")])


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_count_of_the_names_just_listed_is_no_target(variant) -> None:  # type: ignore[no-untyped-def]
    """以兰考、鄢陵、新安3个示范县为引领: the count says how many names were listed; 建成投用甲村、乙村2家卫生院 builds them,
    and 在甲区、乙区建设10个站点 counts something else."""
    from tests.loaders.test_targets import _values

    assert _values(variant("以兰考、鄢陵、新安3个示范县为引领,强化县城承载能力。")) == []
    assert _values(variant("建成投用甲村、乙村2家卫生院。")) == [(Decimal(2), "家")]
    assert _values(variant("在甲区、乙区建设10个站点。")) == [(Decimal(10), "个")]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_title_names_the_publishers_own_office(variant) -> None:  # type: ignore[no-untyped-def]
    """发布机构:新密市人民政府 over a title 新密市人民政府办公室 关于…的通知: the title's fuller body issues."""
    doc = run(
        variant(
            "新密市人民政府办公室 关于认真做好重点工作任务落实的通知\n"
            "索引号:005253533/2021-00070\n发布机构:新密市人民政府\n文号:新密政办〔2021〕6号\n"
            "各乡镇人民政府:\n一、重点任务\n1.扩大投资。(责任单位:市发改委)\n"
        )
    )
    assert doc.meta.issuer is not None
    assert doc.units[doc.meta.issuer].pref_label == "新密市人民政府办公室"  # labels are Simplified


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_county_named_again_and_again_over_a_province_in_passing(variant) -> None:  # type: ignore[no-untyped-def]
    """A page with no issuer or title naming its place: 成安县水利局, 成安县商城镇… again and again, 《河北省…办法》
    once: the county's page."""
    doc = run(
        variant(
            "关于整改任务销号的公示\n根据《河北省生态环境保护督察整改工作办法》有关要求,现将整改情况予以公示。\n"
            "成安县商城镇河长巡查流于形式。\n责任单位\n成安县水利局、市生态环境局成安县分局、商城镇\n"
        )
    )
    assert doc.meta.region is not None and "成安县" in doc.meta.region
