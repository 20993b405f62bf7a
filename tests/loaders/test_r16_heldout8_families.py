"""Layouts of round 16's heldout8 genre (task tables flattened one cell a line, headers broken over lines and
printed again, collectives of counted divisions), in Simplified and Traditional script."""

from __future__ import annotations

import pytest

from tests.loaders.test_responsibility import IDS, VARIANTS, keys, names, run

# 序号 / 项目 / 类别 / 具 体 内 容 / 牵头 / 部门 / 相关责任部门 / 完成 / 时间: a header one cell a line, cells broken
# over lines (完成 / 时间 after a known 完成), an empty category cell, the header printed again between rows
BROKEN_HEADER_TABLE = (
    "某区规划工作分解\n\n序号\n\n项目\n\n类别\n\n具 体 内 容\n\n牵头\n\n部门\n\n相关责任部门\n\n完成\n\n时间\n\n"
    "7\n\n继续推进学前教育\n\n教育局\n\n各街道、镇\n\n2010年\n\n"
    "8\n\n健全社区学院网络,实现社区教育全覆盖\n\n教育局\n\n民政局等相关部门,13个街道、镇\n\n2009年\n\n"
    "序号\n\n项目\n\n类别\n\n具 体 内 容\n\n牵头\n\n部门\n\n相关责任部门\n\n完成\n\n时间\n\n"
    "9\n\n构建疾病预防控制网络\n\n卫生局\n\n财政局\n\n2010年\n"
)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_one_cell_a_line_header_broken_and_repeated(variant) -> None:  # type: ignore[no-untyped-def]
    """完成 / 时间 is one deadline column (完成 alone is a known name, 时间 none); the category cell left empty
    leaves the task under 具体内容; the header printed again is no part of row 8."""
    doc = run(variant(BROKEN_HEADER_TABLE))
    assert [m.number for m in doc.measures] == ["7", "8", "9"]
    seven, eight, nine = doc.measures
    assert seven.label.startswith(variant("继续推进学前教育"))
    assert names(seven.lead) == keys([variant("教育局")])
    assert names(seven.responsible) == keys([variant(u) for u in ["教育局", "各街道、镇"]])
    assert seven.deadline == "2010年"
    assert eight.label.startswith(variant("健全社区学院网络"))
    assert names(eight.responsible) == keys([variant(u) for u in ["教育局", "民政局", "13个街道、镇"]])
    assert eight.deadline == "2009年"
    assert variant("序号") not in eight.text
    assert names(nine.responsible) == keys([variant(u) for u in ["卫生局", "财政局"]])


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_counted_collective_of_divisions_is_one_unit(variant) -> None:  # type: ignore[no-untyped-def]
    """(13个街道、镇 / 各乡、镇 after a unit): the levels after 、 are more levels of the collective, one unit; a body
    after a collective stays its own (各街道、区财政局)."""
    doc = run(
        variant(
            "一、重点任务\n1.推进社区教育。(区教育局牵头,13个街道、镇配合)\n"
            "2.加强预防接种。(区卫生局、各街道、镇负责)\n3.完善救助。(区民政局、各街道、区财政局负责)\n"
        )
    )
    one, two, three = doc.measures
    assert names(one.responsible) == keys([variant(u) for u in ["区教育局", "13个街道、镇"]])
    assert names(two.responsible) == keys([variant(u) for u in ["区卫生局", "各街道、镇"]])
    assert names(three.responsible) == keys([variant(u) for u in ["区民政局", "各街道", "区财政局"]])


# a table that reached the text as one line, every cell boundary lost: page marks, the title run into the
# header's first cell, the header's names run together, section headings and rows run into each other
GLUED_LINE_TABLE = (
    "—1—《某市国民经济和社会发展第十一个五年规划纲要》主要目标任务分解落实方案工作重点序号主要工作任务"
    "第一责任单位主要责任单位一、主要发展指标1地区生产总值年均增长12%左右。市发展改革委各县(市、区)政府、"
    "某某港区2地方财政收入年均增长13%。市财政局各县(市、区)政府、市国税局3单位生产总值综合能耗下降20%。"
    "市发展改革委市经贸委市统计局、某某电力局—2—二、产业优化升级4积极推进技术创新,推广应用先进生产技术"
    "市科技局市经贸委,各县(市、区)政府5大力推进高技术产业化进程,到2010年,高技术产业增加值比重达到10%左右,主要"
)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_table_on_one_line_with_every_boundary_lost(variant) -> None:  # type: ignore[no-untyped-def]
    """Rows cut at the next row's number (never a figure: 12%, 2010年), section headings kept, the task ending
    at its 。 or where only body names run to the row's end; 第一责任单位 leads against 主要责任单位; the last row
    the page cut before its units is all task; the title before the header's first cell is the title."""
    doc = run(variant(GLUED_LINE_TABLE))
    assert [m.number for m in doc.measures] == ["1", "2", "3", "4", "5"]
    assert [s.number for s in doc.sections] == ["一", "二"]
    one, two, three, four, five = doc.measures
    assert names(one.lead) == keys([variant("市发展改革委")])
    assert names(one.responsible) == keys(
        [variant(u) for u in ["市发展改革委", "各县(市、区)政府", "某某港区"]]
    )
    assert names(two.responsible) == keys([variant(u) for u in ["市财政局", "各县(市、区)政府", "市国税局"]])
    assert names(three.lead) == keys([variant(u) for u in ["市发展改革委", "市经贸委"]])
    assert four.label.startswith(variant("积极推进技术创新"))
    assert variant("市科技局") not in four.label
    assert names(four.lead) == keys([variant("市科技局")])
    assert not five.responsible
    assert [t.value for t in five.targets] == [10]
    assert doc.meta.title == variant("《某市国民经济和社会发展第十一个五年规划纲要》主要目标任务分解落实方案")


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_long_line_naming_序号_without_rows_is_no_table(variant) -> None:  # type: ignore[no-untyped-def]
    """A sentence mentioning the column names (序号、主要工作任务、第一责任单位) and figures is no table."""
    doc = run(
        variant(
            "一、工作要求\n1.各单位按序号主要工作任务第一责任单位主要责任单位填报,2023年完成12项任务,每季度报送1次"
            "进展情况,确保全年目标任务按期完成。(市发展改革委负责)\n"
        )
    )
    assert [m.number for m in doc.measures] == ["1"]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_bracketed_marker_decoded_one_byte_off(variant) -> None:  # type: ignore[no-untyped-def]
    """An indent and (一) in GBK read one byte off (。ㄒ唬┚ / 。ǘ┚: 。, a character of GBK's row A8, one of row A9):
    an (N) marker whose numeral is lost, repaired from its siblings; a line opening with 。 and anything else is
    text."""
    doc = run(
        variant(
            "某市数字政府改革建设2023年工作要点\n\n2023年是开局之年。\n\n一、持续提升数字政府基础能力\n\n"
            " ?。ㄒ唬┚o扣指标任务,统筹推进工作。根据统一部署,制定实施方案。(市数据局牵头)\n\n"
            " ?。ǘ┚劢沽笾骶€,全面提升服务能力。充分发挥牵引驱动作用。(市财政局负责)\n\n。这句话接上一段,不是条目。\n"
        )
    )
    assert [m.number for m in doc.measures] == ["(一)", "(二)"]
    assert names(doc.measures[0].lead) == keys([variant("市数据局")])
    assert names(doc.measures[1].responsible) == keys([variant("市财政局")])


# 主要工作任务 / 牵头领导 / 主要责任单位 / 工作落实情况 / 存在问题和建议 / 进度自评, one cell a line: category lines, then
# rows numbered on the task's line as the county's list numbers them; each report cell a list of 1、… items
PROGRESS_TABLE = (
    "2021年第二季度主要工作任务完成情况表\n\n主要工作任务\n\n牵头领导\n\n主要责任单位\n\n工作落实情况\n\n"
    "存在问题和建议\n\n进度自评\n\n融入长三角\n\n加快经济带建设\n\n18、瞄准特色产业,做优总量、盘活存量\n\n张三\n\n某某镇\n\n"
    "1、目前扩产项目实施中,现我镇正积极做好土地征收工作;\n\n2、加快企业项目的设备安装调试进程,争取在4季度建成投产;\n\n"
    "3、积极落实工业集中区配套设施建设。\n\n1、受土地指标影响,项目建设进度不快;\n\n2、企业自主创新能力不强。\n\n"
    "正常推进\n\n19、推进农村人居环境整治\n\n李四\n\n县农业农村局\n\n1、完成改厕200户。\n\n1、资金不足。\n\n正常推进\n"
)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_progress_table_rows_numbered_on_the_task_line(variant) -> None:  # type: ignore[no-untyped-def]
    """The first row keeps its list's number (18); the 牵头领导 cell is a person, the 主要责任单位 cell leads; the
    1、… items of a report cell are that cell (a second list starts the next cell), never rows."""
    doc = run(variant(PROGRESS_TABLE))
    assert [m.number for m in doc.measures] == ["18", "19"]
    one, two = doc.measures
    assert names(one.responsible) == keys([variant("某某镇")])
    assert names(one.lead) == keys([variant("某某镇")])
    assert names(two.lead) == keys([variant("县农业农村局")])
    assert not one.targets and not two.targets


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_reporting_body_of_a_progress_table_is_its_issuer(variant) -> None:  # type: ignore[no-untyped-def]
    """填报单位(盖章):某某镇 over a progress table: the town that fills it in issues it; 承办人 is no body."""
    doc = run(
        variant(
            PROGRESS_TABLE.replace(
                "\n\n主要工作任务",
                "\n\n填报单位(盖章):某某镇     承办人及联系方式:张三 0550-7791300\n\n主要工作任务",
                1,
            )
        )
    )
    assert doc.meta.issuer is not None and doc.meta.issuer.endswith("某某镇")  # the key, in Simplified
    assert [m.number for m in doc.measures] == ["18", "19"]


# 项目 / 名称 / 内容 / 牵头单位 / 进展情况 / (7月) / …: unnumbered rows one cell a line, the first header cell broken
UNNUMBERED_ROWS_TABLE = (
    "项目\n\n名称\n\n内容\n\n牵头单位\n\n进展情况\n\n(7月)\n\n进展情况\n\n(12月)\n\n"
    "养老服务项目\n\n新增15家示范型居家养老服务照料中心,实施适老化改造260户。\n\n区民政局\n\n"
    "已完成8家示范型居家养老服务照料中心,267户适老化改造。\n\n已完成改造346户。\n\n新增照料中心25家。\n\n"
    "助学项目\n\n资助困难学生300名。\n\n区教育局\n\n已资助120名。\n\n已资助310名。\n"
)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_unnumbered_rows_anchored_on_their_unit_cell(variant) -> None:  # type: ignore[no-untyped-def]
    """Each row runs from its task cell to the next row's; its 内容 cell (a sentence opening on a body's name) is
    text, its figures the targets; the progress cells are reports, no units and no targets."""
    doc = run(variant(UNNUMBERED_ROWS_TABLE))
    assert len(doc.measures) == 2
    one, two = doc.measures
    assert names(one.lead) == keys([variant("区民政局")])
    assert names(one.responsible) == keys([variant("区民政局")])
    assert sorted(int(t.value) for t in one.targets) == [15, 260]
    assert names(two.lead) == keys([variant("区教育局")])
    assert [int(t.value) for t in two.targets] == [300]


# a document-sharing site's preview: the text run together and cut into numbered chunks mid-sentence
PREVIEW_CHUNKS = (
    "某市食品安全重点工作安排的通知.docx\n《某市食品安全重点工作安排的通知.docx》由会员分享,可在线阅读。\n"
    "1、某市食品安全重点工作安排的通知各区政府,市委宣传部、市委网信办,市发展改革委、教育局、科技局、公安局、司法局、"
    "财政局、生态环境局、农业农村局、商务局、卫生健康委、市场监管局:某市食品安全重点工作安排已经市政府同意,现印发给你们,"
    "请认真贯彻执行。执行中遇到问题,请径向市食安办反映。某市食品安全委员会2022年3月1日全市食品安全工作要以新时代思想为"
    "指导,坚持以人民为中心的发展思想,落实最严谨的标准、最严格的监管,"
    "指导,全面贯彻党的十九大和十九届\n"
    "2、二中、三中全会精神,认真落实关于深化改革加强食品安全工作的意见以及省关于食品安全工作的决策部署,围绕市委、市政府"
    "中心工作,坚持最严谨的标准、最严格的监管、最严厉的处罚、最严肃的问责,加快建立科学完善的食品安全治理体系,"
    "中心工作,全面推动实施食品安全战略,不断提高人民群众的获得感、幸福感、安全感。现就我市食品安全重点工作安排如下:"
    "一、切实加强食品安全工作制定出台市委、市政府关于深化改革加强食品安全工作的若干措施。(市食安办负责)二、深化开展国家"
    "食品安全示\n3、范城市创建活动"
)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_preview_chunk_numbers_are_no_items(variant) -> None:  # type: ignore[no-untyped-def]
    """1、 2、 3、 opening the chunks of a preview, each after a long run cut mid-sentence, are the site's: no
    measures; the heading the last chunk cuts is an item like its measured sibling."""
    doc = run(variant(PREVIEW_CHUNKS))
    assert [m.number for m in doc.measures] == ["一", "二"]
    assert names(doc.measures[0].responsible) == keys([variant("市食安办")])


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_long_items_ending_in_a_unit_stay_items(variant) -> None:  # type: ignore[no-untyped-def]
    """Items whose lines end with a unit name and no stop are items, however long (a single break, or short
    lines, is no preview's chunking)."""
    body = "加快推进重点项目建设,强化要素保障,优化审批流程,落实帮扶机制," * 4
    doc = run(variant(f"一、重点任务\n1、{body}责任单位:市发改委\n2、{body}责任单位:市财政局\n3、{body}\n"))
    assert [m.number for m in doc.measures] == ["1", "2", "3"]


# the same run-together table over preview chunks: rows go on after the chunk mark, the header printed again
GLUED_CHUNKS_TABLE = (
    "1、2021年重大民生实事项目目标任务责任分解表序号项目名称主要内容区政府分管领导牵头单位配合单位1增加教育资源供给"
    "实施新建、改扩建学校重点建设项目12个,计划竣工3个;增加学位5000个,其中幼儿园420个,中小学4580个,新建幼儿园"
    "和小学的配套设施同步投用。张三教育局经开区各街道2促进就业稳定增长落实就业"
    "优先战略。全区城镇新增就业15000人,失业人员再就业5800人。张三人社局高新园(邹区镇\n"
    "2、)各街道3老城厢复兴发展完成纪念馆整体提升工程对外开放,完成故居修缮展陈,推进核心区改造、纪念馆周边立面整治及"
    "老城厢道路整治。李四文体旅局晋陵公司4优化养老服务为全区23000名老年人提供居家上门服务,提升改造8家城乡社区居家养老"
    "服务中心,对300户困难老人家庭进行居家适老化改造,提升康复辅具社区租赁服务点建设水平。王五民政局各街道序号项目名称主要内容区政府分管领导牵头单位配合单位5文体惠民行动新建2家“秋白\n"
    "3、书苑”,开展文旅惠民活动"
)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_run_together_table_across_preview_chunks(variant) -> None:  # type: ignore[no-untyped-def]
    """项目名称 | 主要内容 | 区政府分管领导 | …: the name runs into its content up to the row's last 。 (its figures the
    row's targets); after 2、 the rows go on (3, 4), the header printed again is no row's."""
    doc = run(variant(GLUED_CHUNKS_TABLE))
    assert [m.number for m in doc.measures][:4] == ["1", "2", "3", "4"]
    two = doc.measures[1]
    assert sorted(int(t.value) for t in two.targets) == [5800, 15000]
    assert variant("序号") not in doc.measures[3].label


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_cooperating_verb_names_supporting_units(variant) -> None:  # type: ignore[no-untyped-def]
    """(A牵头,B协作): 协作 names supporting units as 配合 does."""
    doc = run(
        variant(
            "一、重点任务\n1.调整职责和工作机制。(市食安办牵头,市食安委各有关成员单位协作)\n2.加强监管。(市市场监管局牵头,市公安局协作)\n"
        )
    )
    one, two = doc.measures
    assert names(one.responsible) == keys([variant(u) for u in ["市食安办", "市食安委各有关成员单位"]])
    assert names(one.lead) == keys([variant("市食安办")])
    assert names(two.responsible) == keys([variant(u) for u in ["市市场监管局", "市公安局"]])


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_starting_levels_issues_and_category_counts_are_no_targets(variant) -> None:  # type: ignore[no-untyped-def]
    """由每人每月1800元、1500元统一提高到2200元: only the new level; 2023年1期 is a periodical's issue; 7大类139项 counts a
    plan's own items."""
    doc = run(
        variant(
            "7大类139项!《某市2023年工作计划》印发\n某刊2023年1期\n一、重点任务\n"
            "1.提高补助标准。基本生活养育标准由每人每月1800元、1500元统一提高到2200元。(市民政局负责)\n"
            "2.新建养老服务中心15家。(市民政局负责)\n"
        )
    )
    got = sorted((int(t.value), t.unit) for m in doc.measures for t in m.targets)
    got += sorted((int(t.value), t.unit) for t in doc.doc_targets)
    got += sorted((int(t.value), t.unit) for s in doc.sections for t in s.targets)
    assert sorted(got) == [(15, "家"), (2200, "元")]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_reprint_running_head_gives_title_and_issuer(variant) -> None:  # type: ignore[no-untyped-def]
    """2023 年 3 月 第 1 期   某某行动推进委员会办公室:某某行动2023年工作要点   3: a magazine reprint's running head names
    the body and the title it reprints."""
    doc = run(
        variant(
            "Page 7 - 某某杂志2023年1期\nP. 7\n\n2023 年 3 月 第 1 期      某某行动推进委员会办公室:某某行动2023年工作要点      3\n\n"
            "  (四) 持续推进宣讲员队伍建设。(某某行动推进办负责)\n\n  (五)开展科普作品征集大赛。(国家卫生健康委负责)\n"
        )
    )
    assert doc.meta.title == variant("某某行动2023年工作要点")
    assert doc.meta.issuer is not None and doc.meta.issuer.endswith("某某行动推进委员会办公室")


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_masthead_broken_by_a_space_and_a_national_leading_group(variant) -> None:  # type: ignore[no-untyped-def]
    """全国打击侵犯知识产权和制售 假冒伪劣商品工作领导小组 文件: the whole name is the issuer, a national body (全国)."""
    doc = run(
        variant(
            "全国打击侵犯知识产权和制售 假冒伪劣商品工作领导小组 文件\n\n2022年全国打击侵犯知识产权和制售假冒伪劣商品工作要点\n\n"
            "一、重点任务\n1.加强执法。(公安部负责)\n"
        )
    )
    assert doc.meta.issuer is not None
    assert doc.meta.issuer.endswith("全国打击侵犯知识产权和制售假冒伪劣商品工作领导小组")
    assert doc.meta.region == "全国"


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_clause_wrapped_at_a_fixed_width(variant) -> None:  # type: ignore[no-untyped-def]
    """A long clause wrapped inside names over several lines is read whole; a role verb broken by the wrap
    (按<newline>职责分工负责) is still the verb, no part of the unit before it; 等部门单位 closes the list."""
    doc = run(
        variant(
            "一、重点任务\n(二)组织开展活动。(甲办牵头,中央宣传部、教育\n部、交通运输部、中国民航\n局、中国科协等部门单位参与)\n"
            "(五)开展科普活动。(科技部、共青团中央、中国科协按\n\n职责分工负责)\n(六)加强宣传。(国家烟草局按职\n责分工负责)\n"
        )
    )
    two, five, six = doc.measures
    assert [r.surface.replace("\n", "") for r in two.responsible] == [
        variant(u) for u in ["甲办", "中央宣传部", "教育部", "交通运输部", "中国民航局", "中国科协"]
    ]
    assert names(five.responsible) == keys([variant(u) for u in ["科技部", "共青团中央", "中国科协"]])
    assert names(six.responsible) == keys([variant("国家烟草局")])


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_news_headline_over_the_reprinted_title(variant) -> None:  # type: ignore[no-untyped-def]
    """上海印发T (a headline reporting the act) over the title line T: T is the title; X领导小组于2022年7月7日印发《T》
    names the issuer and the date, not the site's 来源."""
    doc = run(
        variant(
            "上海印发2022年上海市打击侵权假冒工作要点\n\n时间:2022-09-06 来源:上海市双打办 阅读:1112\n\n"
            "上海市打击侵权假冒工作领导小组于2022年7月7日印发《2022年上海市打击侵权假冒工作要点》,全文如下:\n\n"
            "2022年上海市打击侵权假冒工作要点\n\n一、重点任务\n1.加强执法。(市公安局负责)\n"
        )
    )
    assert doc.meta.title == variant("2022年上海市打击侵权假冒工作要点")
    assert doc.meta.issuer is not None and doc.meta.issuer.endswith("上海市打击侵权假冒工作领导小组")
    assert doc.meta.issued == "2022-07-07"


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_province_then_city_in_an_issuer_gives_the_city(variant) -> None:  # type: ignore[no-untyped-def]
    """湖北省荆州市人民政府办公室: the city named right after its province is the document's region."""
    doc = run(
        variant(
            "湖北省荆州市人民政府办公室关于分解落实《政府工作报告》的通知\n各县、市、区人民政府:\n"
            "一、主要工作目标\n1、地区生产总值增长11%(市发改委)。\n"
        )
    )
    assert doc.meta.region == "荆州市"  # the region table's own name
