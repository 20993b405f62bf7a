"""Round 39's review (/work/review39/report_a.md, report_b.md): each false fire or miss of the round's families, a
regression test. Both scripts where the family reads them."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, assert_measures, run


@pytest.mark.parametrize(
    "text",
    [
        # a figure on a line of its own (a table one cell a line) is no decimal section
        "一、建设任务\n(一)灌溉设施\n新建灌溉渠道\n3.5千米\n县水务局负责。\n(二)田间道路\n新建机耕路\n2.5公里\n县交通局负责。\n",
        # a day named by its date (3.15, 5.12) is no decimal section
        "一、活动内容\n(一)集中宣传活动\n3.15国际消费者权益日宣传活动\n区市场监管局要设置咨询台。\n"
        "(二)专题宣传\n5.12防灾减灾日宣传活动\n区应急管理局要开展应急知识进社区活动。\n",
    ],
)
def test_figures_and_dates_on_lines_of_their_own_are_no_decimal_sections(text: str) -> None:
    assert [m.number for m in run(text).measures] == ["(一)", "(二)"]


def test_a_wrapped_version_number_is_no_decimal_section() -> None:
    text = (
        "关于做好数字政府建设的通知\n一、升级政务平台\n各部门要将办公系统升级至\n2.0版本\n县大数据中心负责技术支持。\n"
        "二、加强培训\n县委组织部要组织培训。\n"
    )
    assert [m.number for m in run(text).measures] == ["一", "二"]


def test_a_decimal_goal_naming_no_body_is_no_measure() -> None:
    text = (
        "某县2024年就业工作实施方案\n1 主要目标\n1.1 就业目标\n全年城镇新增就业3000人以上。\n2 重点任务\n2.1 稳岗扩岗\n"
        "县人社局负责落实稳岗返还政策。\n2.2 创业带动\n县人社局、县财政局负责发放创业担保贷款。\n"
    )
    assert [m.number for m in run(text).measures] == ["2.1", "2.2"]


def test_a_task_cell_ending_with_copyright_words_is_no_site_statement() -> None:
    text = (
        "网络版权保护工作任务分工\n序号\n工作任务\n责任单位\n1\n督促网站规范转载行为并完善版权声明\n市委网信办\n"
        "2\n开展网络转载版权专项整治\n市版权局\n"
    )
    assert [m.number for m in run(text).measures] == ["1", "2"]


def test_a_blank_line_ends_a_related_reports_list() -> None:
    text = (
        "相关阅读\n- 2023年03月28日某县召开农村工作会议\n\n"
        "2023年4月10日,县政府召开农村人居环境整治推进会。会议要求,各乡镇要落实属地责任,县住建局要加快危房改造。\n"
    )
    assert len(run(text).measures) == 1


@pytest.mark.parametrize(
    "text",
    [
        "今年以来,我县认真抓好春耕生产各项工作。三、四月份是春耕备耕的关键时期,县农业农村局要组织技术人员指导。\n",
        "今年一季度,全县地区生产总值同比增长6.5%。二、三产业增加值分别增长5.2%和7.1%,县统计局要做好数据核查。\n",
        "符合条件的企业按照本办法第三条规定申报。(二)项所列企业不再重复享受。县工信局要做好审核工作。\n",
    ],
)
def test_numerals_listed_on_or_cited_open_no_run_on_item(text: str) -> None:
    assert all(m.number == "" for m in run(text).measures)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_partners_piece_goes_with_the_charged_piece_before_it(variant: Callable[[str], str]) -> None:
    text = (
        "为推进老旧小区改造,市政府明确分工。市住建局牵头,负责组织开展老旧小区改造;市城管局、市交通局配合。"
        "市财政局牵头,负责筹集改造资金;市发改委配合。\n"
    )
    want = [
        ("", "市住建局牵头,负责组织开展", ["市住建局", "市城管局", "市交通局"], ["市住建局"]),
        ("", "市财政局牵头,负责筹集改造资金", ["市财政局", "市发改委"], ["市财政局"]),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize(
    "text",
    [
        "今年全县共安排重点项目86个。其中,县发改局负责调度的项目42个;县住建局负责调度的项目25个;"
        "县交通运输局负责调度的项目19个。\n",
        "今年我县计划改造农村公路120公里。其中,省级财政负责60%;市级财政负责20%;县级财政负责20%。\n",
        "补助资金由各级财政分担。其中,中央财政负责每户1.5万元;省级财政负责每户0.5万元;县级财政负责每户0.3万元。\n",
    ],
)
def test_counts_and_shares_in_a_bodys_charge_hand_out_no_duties(text: str) -> None:
    assert run(text).measures == []


@pytest.mark.parametrize(
    "text",
    [
        "4月8日,县政府召开重点项目调度会。会议指出,县农业农村局负责的高标准农田建设项目推进较慢。"
        "会议要求,各项目单位要倒排工期,确保按期完工。\n",
        "县召开一季度经济运行分析会。会议指出,县发改局负责全县重点项目统筹调度,一季度共调度项目46个。"
        "会议要求,各单位要抢抓时间节点。\n",
        "6月3日,县住建局召开建筑工程质量安全工作会。会议明确,项目负责人对工程质量终身负责。"
        "会议要求,各施工企业要加强现场管理。\n",
    ],
)
def test_a_view_or_a_persons_duty_is_no_demand_of_bodies_duties(text: str) -> None:
    assert len(run(text).measures) == 1


@pytest.mark.parametrize(
    ("text", "members"),
    [
        ("到2025年,全县三大产业集群:新能源汽车、生物医药、新材料营业收入突破300亿元。\n", []),
        ("全县三大产业(第一产业、第二产业、第三产业)增加值分别增长3.5%、7.2%、6.8%。\n", []),
        (
            "聚焦九大重点产业链——电子信息与软件服务、绿色食品、装备制造、新材料、生物医药、新能源汽车、文化旅游、"
            "现代金融、现代物流,实施链长制。\n",
            [
                "电子信息与软件服务",
                "绿色食品",
                "装备制造",
                "新材料",
                "生物医药",
                "新能源汽车",
                "文化旅游",
                "现代金融",
                "现代物流",
            ],
        ),
        (
            "做大做强三大支柱产业,即纺织服装、食品加工、机械制造,力争规上工业产值增长10%。\n",
            ["纺织服装", "食品加工", "机械制造"],
        ),
        ("打造以电子信息、高端装备、生物医药为代表的三大产业集群。\n", ["电子信息", "高端装备", "生物医药"]),
    ],
)
def test_a_counted_systems_members_are_its_listed_names_only(text: str, members: list[str]) -> None:
    doc = run(text)
    got = [k.removeprefix("industry:") for s in doc.systems.values() for k in s.members]
    assert got == members


# Round 39's third review (/work/review39/report_c.md)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_bracket_of_bodies_one_quoting_a_word_is_a_unit_list(variant: Callable[[str], str]) -> None:
    text = (
        "市深化改革重点任务分工方案\n一、重点任务\n"
        "1.深化“放管服”改革。(市“放管服”改革协调小组办公室、市政务服务管理局)\n"
        "2.全面推行河长制,加强河湖管护。(县“河长制”办公室)\n"
    )
    want = [
        ("1", "深化“放管服”改革", ["市“放管服”改革协调小组办公室", "市政务服务管理局"], []),
        ("2", "全面推行河长制", ["县“河长制”办公室"], []),
    ]
    assert_measures(text, want, variant)


_FLOOD = "关于做好防汛工作的通知\n一、工作要求\n各单位要高度重视,压实责任。\n"


@pytest.mark.parametrize(
    ("rows", "want"),
    [
        # partners a row's duties name are its units too
        (
            "二、职责分工\n市水务局  牵头负责河道防汛,市城管局配合。\n市气象局  负责天气监测预报预警。\n",
            [["市水务局", "市城管局"], ["市气象局"]],
        ),
        # a header row is no measure
        (
            "二、职责分工\n单位  职责。\n市水务局  负责河道防汛。\n市应急管理局  负责抢险救援队伍调度。\n",
            [["市水务局"], ["市应急管理局"]],
        ),
        # rows closed by no full stop
        (
            "三、工作分工\n办公室  组织、协调和管理日常工作\n法规处  负责案件的受理和审理\n",
            [["办公室"], ["法规处"]],
        ),
    ],
)
def test_duties_table_rows(rows: str, want: list[list[str]]) -> None:
    doc = run(_FLOOD + rows)
    assert [[u.surface for u in m.responsible] for m in doc.measures if m.number == ""] == want


def test_rows_of_attendees_or_ranks_are_no_duties_table() -> None:
    text = _FLOOD + "二、参会人员\n市应急管理局  分管负责同志1名。\n市住建局  分管负责同志1名。\n"
    assert all(not m.responsible for m in run(text).measures)


@pytest.mark.parametrize(
    "clause",
    [
        "(责任单位:各县市区党政主要负责人)",  # 党政 is no body's name
        "(责任单位:企业主要负责人)",  # 企业 is a kind of body
    ],
)
def test_heads_after_no_bodys_name_leave_no_fragment(clause: str) -> None:
    doc = run(
        "二、整治任务\n1.落实安全生产责任。" + clause + "\n2.开展企业自查自纠。(责任单位:县应急管理局)\n"
    )
    assert doc.measures[0].responsible == []


def test_a_kind_of_body_sending_its_people_names_no_unit() -> None:
    doc = run(
        "(一)企业自查。由企业1名主要负责人带队,组织开展自查。\n(二)部门检查。由县应急管理局1名领导带队。\n"
    )
    assert [[u.surface for u in m.responsible] for m in doc.measures] == [[], ["县应急管理局"]]
