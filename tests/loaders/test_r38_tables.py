"""Round 38 (heldout82 dz01/dz03/dz04, heldout81 dy06, scored at the round's start): a 政务公开 分工 table one cell a
line whose first column (工作要点) is merged over its rows, no 序号, each row anchored on its unit cell; a barred row
with fewer cells than its header whose bodies stand under a text column (细化分工) before a time limit; a one-space
header with a cell spaced out letter by letter (序号 工 作 任 务 牵头负责部门); a barred row holding all its cells
followed by the next row cut inside its first cell. Both scripts, both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, assert_measures, run

_MERGED = (
    "2023年政务公开工作要点任务分工\n\n"
    "工作要点\n\n具体要求\n\n任务分工\n\n"
    "教育高质量发展\n\n聚焦省委、省政府重点工作任务,强化重大改革政策的公开和解读。\n\n厅机关各处室\n\n"
    "教育民生\n\n做好高校毕业生就业创业补贴等信息公开。\n\n学生处,各高等学校\n\n"
    "推进义务教育学校加大入学政策宣传、解读力度。\n\n基教处,各市教育局\n\n"
    "加强校外培训机构监管,推进办学资质等信息集中公开。\n\n民继处,校外监管处,各市教育局\n"
)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_rows_under_a_merged_first_column_are_anchored_on_their_unit_cells(
    variant: Callable[[str], str],
) -> None:
    want = [
        ("", "聚焦省委、省政府重点工作任务", ["厅机关各处室"], []),
        ("", "做好高校毕业生就业创业补贴", ["学生处", "各高等学校"], []),
        ("", "推进义务教育学校加大入学", ["基教处", "各市教育局"], []),
        ("", "加强校外培训机构监管", ["民继处", "校外监管处", "各市教育局"], []),
    ]
    assert_measures(_MERGED, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_the_merged_titles_are_no_measures(variant: Callable[[str], str]) -> None:
    doc = run(variant(_MERGED))
    labels = " ".join(m.label for m in doc.measures)
    assert variant("教育民生") not in labels and variant("教育高质量发展") not in labels, labels


def test_short_lines_before_a_unit_label_open_no_table() -> None:
    """Short title lines then a 责任单位 line that is no header (its rows never come): the items stay the plan's."""
    text = (
        "工作安排\n\n重点任务\n\n责任单位\n\n"
        "一、加强组织领导。县政府办要牵头做好统筹。\n二、强化督查考核。县督查室要加强督查。\n"
    )
    doc = run(text)
    assert [m.number for m in doc.measures] == ["一", "二"], [m.label for m in doc.measures]
    assert [[u.surface for u in m.responsible] for m in doc.measures] == [["县政府办"], ["县督查室"]]


_SHORT_ROWS = (
    "2021 年政务公开工作重点任务台账 |\n"
    "序号 | 工作任务 | 细化分工 | 责任处室 | 完成时限 | 备注 |\n"
    "1 | 做好常态化疫情防控信息发布 | 重点围绕隔离管控、流调溯源等发布权威信息 | 应急处、疾控处 | 长期推进 |\n|\n"
    "2 | 扎实做好疫苗接种信息公开和舆论引导工作 | 疾控处 | 长期推进 |\n|\n"
    "3 | 积极推进部门所属单位预算、决算公开 | 财务处 | 2021年8月前 |\n|\n"
    "4 | 修订完善本部门主动公开目录 | 办公室 |\n|\n"
)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_bodies_under_a_text_column_of_a_short_row_are_its_units(variant: Callable[[str], str]) -> None:
    want = [
        ("1", "做好常态化疫情防控信息发布", ["应急处", "疾控处"], []),
        ("2", "扎实做好疫苗接种信息公开", ["疾控处"], []),
        ("3", "积极推进部门所属单位预算", ["财务处"], []),
        ("4", "修订完善本部门主动公开目录", ["办公室"], []),
    ]
    assert_measures(_SHORT_ROWS, want, variant)


def test_a_short_row_whose_text_cell_is_a_sentence_keeps_it_as_text() -> None:
    """A row that left its unit cell empty: the sentence under 细化分工 is no body, no unit is invented."""
    text = (
        "序号 | 工作任务 | 细化分工 | 责任处室 | 完成时限 |\n"
        "1 | 做好疫情信息发布 | 围绕隔离管控发布权威信息 | 应急处 | 长期推进 |\n"
        "2 | 做好疫苗接种信息公开 | 及时发布接种点信息 |\n"
    )
    doc = run(text)
    assert [[u.surface for u in m.responsible] for m in doc.measures] == [["应急处"], []]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_header_cell_spaced_out_letter_by_letter_is_one_column(variant: Callable[[str], str]) -> None:
    text = (
        "序号 工 作 任 务 牵头负责部门\n"
        "1 居民消费价格涨幅3%左右 发展改革委\n"
        "2 城镇新增就业1000万人以上 人力资源社会保障部\n"
        "3 安排地方专项债券4000亿元 财政部\n"
    )
    want = [
        ("1", "居民消费价格涨幅3%左右", ["发展改革委"], ["发展改革委"]),
        ("2", "城镇新增就业1000万人以上", ["人力资源社会保障部"], ["人力资源社会保障部"]),
        ("3", "安排地方专项债券4000亿元", ["财政部"], ["财政部"]),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_numbered_line_after_a_full_barred_row_is_the_next_row_cut(variant: Callable[[str], str]) -> None:
    text = (
        "工作任务 | 具体要求 | 责任单位 | 时限要求 |\n"
        "一、围绕中心工作抓好主动公开。 | 1.重点加强学前教育、义务教育等信息公开。 | 人事处、发规处 | 持续推进 |\n"
        "2.持续加大民生实事信息公开力度。 | 办公室、基教处 | 持续推进 | |\n"
        "3.完善教育入学一件事,提升业务标准化水平。 | 基教处、电教馆 | 6月底前 | |\n"
        "4.完善政策文件库建设,\n"
    )
    doc = run(variant(text))
    assert [m.number for m in doc.measures][-2:] == ["3", "4"], [(m.number, m.label) for m in doc.measures]
    assert [u.surface for u in doc.measures[-2].responsible] == [variant("基教处"), variant("电教馆")]


def test_a_header_cell_remark_and_a_year_cell_on_lines_of_their_own_stay_the_headers() -> None:
    """序号 / 项目 / 责任单位 / 建设内容 / 总投资 / (万元) / 2023年 / 目标进度 one cell a line (heldout85 ec01): the
    remark read as a signature's bracket and the year as a date no longer end the header, so the rows read."""
    text = (
        "2023年区政府民生实事候选项目目标任务与责任分解表\n\n"
        "序号\n\n项目\n\n责任单位\n\n建设内容\n\n总投资\n\n(万元)\n\n2023年\n\n目标进度\n\n"
        "1\n\n完善交通基础设施\n\n区住建局\n\n实施宏图路提升改造工程。\n\n48414\n\n一季度开工,年内完成。\n\n"
        "2\n\n提升区域防洪能力\n\n区农业农村局\n\n实施洋市中心河道整治工程。\n\n19311\n\n6月开工\n\n"
    )
    doc = run(text)
    assert [(m.number, [u.surface for u in m.responsible]) for m in doc.measures] == [
        ("1", ["区住建局"]),
        ("2", ["区农业农村局"]),
    ]
