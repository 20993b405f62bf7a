"""Round 38's review (/work/review38/report.md, /work/review38b/report.md): each family's false fires, fixed with a
regression test each."""

from __future__ import annotations

import pytest

from tests.loaders.inline import run


def _units(text: str) -> list[list[str]]:
    return [[u.surface for u in m.responsible] for m in run(text).measures]


@pytest.mark.parametrize(
    ("cell", "want"),
    [
        ("市财政局会计核算中心、财务处", ["市财政局会计核算中心", "财务处"]),
        ("办公室会务科", ["办公室会务科"]),
        ("市商务局会展中心", ["市商务局会展中心"]),
        ("市卫健委办公室会议科", ["市卫健委办公室会议科"]),
    ],
)
def test_a_name_opening_with_hui_after_a_body_is_not_split(cell: str, want: list[str]) -> None:
    text = f"一、加强财务管理。(责任单位:{cell})\n二、做好会务保障。(责任单位:市政府办)\n"
    assert _units(text)[0] == want


def test_tasks_after_the_bodies_and_a_comma_are_still_a_division() -> None:
    """A、B、C等部门分工负责,X;Y;Z。: the tasks after the comma, each a measure of the three bodies (round 37 read it)."""
    text = (
        "近日,县政府召开专题会议。\n"
        "县发改局、县财政局、县农业农村局等部门分工负责,加快项目申报;加快资金拨付;强化项目监管。\n"
    )
    doc = run(text)
    assert len(doc.measures) == 3, [m.label for m in doc.measures]
    assert all(
        [u.surface for u in m.responsible] == ["县发改局", "县财政局", "县农业农村局"] for m in doc.measures
    )


def test_a_handed_piece_keeps_its_partner() -> None:
    text = (
        "近日,县政府召开对口协作推进会。\n"
        "会议明确了分工。推进两地文旅合作由县文化旅游局牵头负责,县交通局配合;茶叶品牌推广由县农业农村局牵头负责;"
        "劳务协作由县人社局牵头负责。\n"
    )
    assert _units(text) == [["县文化旅游局", "县交通局"], ["县农业农村局"], ["县人社局"]]


def test_the_next_item_glued_on_gives_its_cells_to_no_earlier_item() -> None:
    text = (
        "1.及时做好规章动态更新。办公室、法规科常态化开展2.加强政策解读。同步开展解读。宣传科持续推进\n"
        "3.做好依申请公开。办公室2024年底前\n"
    )
    assert "宣传科" not in _units(text)[0]


@pytest.mark.parametrize("tail", ["园区企业常态化推进", "各地持续推进", "项目业主单位2024年底前完成"])
def test_firms_places_and_owners_glued_after_a_task_are_no_cells(tail: str) -> None:
    text = f"1.加快推进园区基础设施建设,完善配套。{tail}\n2.加强要素保障。(责任单位:县发改局)\n"
    assert _units(text)[0] == []


@pytest.mark.parametrize("firms", ["各企业", "各客运企业"])
def test_firms_after_a_named_body_are_no_collective(firms: str) -> None:
    text = f"一、强化安全生产。县应急管理局、{firms}要落实安全生产主体责任。\n二、做好应急演练。县消防救援大队要组织演练。\n"
    assert _units(text)[0] == []


_MERGED_HEAD = "某市2024年政务公开工作要点任务分工\n\n工作要点\n具体要求\n任务分工\n"


@pytest.mark.parametrize(
    "rows",
    [
        # short task cells (招生政策 / 市教育局): no sentence, no rows under merged titles
        "教育民生\n招生政策\n市教育局\n养老补贴\n市民政局\n生态环境\n空气质量\n市生态环境局\n排污名录\n市生态环境局\n",
        # a row with its unit cell left empty: the rows no longer anchor on their units alone
        "围绕教育民生加强信息公开\n及时公开义务教育招生入学政策和划片范围。\n市教育局\n"
        "做好养老服务补贴发放情况公开,每季度更新一次。\n\n加大就业创业政策宣传解读力度。\n市人社局\n",
    ],
)
def test_unnamed_header_cells_open_no_table_unless_its_rows_read_under_merged_titles(rows: str) -> None:
    doc = run(_MERGED_HEAD + rows)
    units = [u.surface for m in doc.measures for u in m.responsible]
    assert all("\n" not in u for u in units), units
    assert not any(m.label.strip() in ("市教育局", "市民政局", "市人社局") for m in doc.measures)


def test_a_notice_with_organiser_lines_is_no_merged_title_table() -> None:
    text = (
        "关于举办2024年春季大型招聘会的通知\n\n各有关单位:\n为促进高校毕业生就业,现将有关事项通知如下。\n"
        "招聘时间\n招聘地点\n主办单位\n市人力资源和社会保障局\n承办单位\n市人才服务中心\n"
        "请各用人单位于3月10日前报名。\n市人才服务中心\n2024年3月1日\n"
    )
    doc = run(text)
    assert not any(u.surface == "承办单位" for m in doc.measures for u in m.responsible)


def test_two_cells_spaced_out_side_by_side_are_two_columns() -> None:
    text = (
        "某市2024年安全生产重点工作分工\n\n序号 工 作 任 务 牵 头 单 位 配 合 单 位\n"
        "1  开展安全生产治本攻坚三年行动  市应急管理局  市消防救援支队\n"
        "2  深化城镇燃气安全专项整治  市住房城乡建设局  市市场监管局\n"
    )
    doc = run(text)
    assert [m.number for m in doc.measures] == ["1", "2"]
    assert [[u.surface for u in m.lead] for m in doc.measures] == [["市应急管理局"], ["市住房城乡建设局"]]


@pytest.mark.parametrize(
    "text",
    [
        # the row's last cell a list of its own, left open
        "序号 | 工作任务 | 责任单位 | 具体措施 |\n1 | 推进智慧校园建设。 | 电教馆 | 1.完成30所学校网络改造;\n"
        "2.建设10间智慧教室。\n2 | 开展教师信息素养提升培训。 | 教师发展中心 | 1.培训教师2000人次;\n2.评选优秀案例20个。\n",
        # a remark's own list after a colon
        "序号 | 工作任务 | 责任单位 | 完成时限 | 工作要求 |\n1 | 推进智慧校园建设。 | 电教馆 | 10月底前 | 具体要求如下:\n"
        "1.每月报送建设进度;\n2.年底前组织验收。\n2 | 开展教师信息素养提升培训。 | 教师发展中心 | 全年 | 按季度报送。 |\n",
        # the table's notes after its last row
        "序号 | 工作任务 | 责任单位 | 完成时限 | 备注 |\n1 | 推进智慧校园建设。 | 电教馆 | 10月底前 | |\n"
        "2 | 开展教师信息素养提升培训。 | 教师发展中心 | 全年 | |\n注:\n1.各责任单位于每季度末报送工作进展。\n"
        "2.本表由市教育局办公室负责解释。\n",
    ],
)
def test_numbered_lines_inside_or_after_a_barred_row_are_no_cut_rows(text: str) -> None:
    doc = run("某市教育局2024年教育信息化工作任务分工\n\n" + text)
    assert [(m.number, [u.surface for u in m.responsible]) for m in doc.measures] == [
        ("1", ["电教馆"]),
        ("2", ["教师发展中心"]),
    ], [(m.number, m.label) for m in doc.measures]
