"""Round 36's review (/work/review36/report.md, a helper probing the round's families for false fires and misses):
one regression test per finding, each text a probe the helper wrote, each expectation from annotation.md.

* R2: a site's statement (版权声明 / 免责声明) marks only itself and the lines under it that speak of the site: a nav line, a statement above the article, a policy's own numbered 免责声明 section, a stray line between items, a bracketed 【免责声明】 and one with its text after the colon.
* R3: sentences opened by a body's clause are tasks only when a duty word follows (负责, 要, 将), never a report of work done or said (牵头开展了…, 累计改造…, 牵头汇报了…); a title line with no full stop ends a sentence.
* R4: a body's line heads duties only on a page with a duty list's heading (职责分工, 责任清单) above it, and never a contact, a title, a reply, a leader's line or a sentence charging a collective; a real name holding 应/需/要 (市天然气供应保障中心) stays a body.
* R5: an allocation table's rows are measures only on a page handing quotas down (下达, 分解), never on a progress 通报, a donation 公示, a statistics table or a 决算; a total row (全市, 合计) names no body; a barred row's label starts at its place; a 序号 column and a unit closing the title line are read.
"""

from __future__ import annotations

import pytest

from policykg.loaders.extract.responsibility import names_bodies
from tests.loaders.inline import measure_unit_sets, run

_PROBES: dict[str, tuple[str, list[list[str]]]] = {
    "R2a_numbered_section_disclaimer": (
        "某某市公共数据开放平台管理办法\n一、总则\n1.市大数据局负责平台的建设和运行管理。\n二、免责声明\n1.市大数据局负责对开放数据进行审核。\n三、保障措施\n1.各部门要按照职责分工，做好数据开放工作。\n2.市财政局负责保障平台运行经费。\n",
        [["市大数据局"], ["市大数据局"], ["各部门"], ["市财政局"]],
    ),
    "R2b_top_nav_statement": (
        "首页\n政务公开\n版权声明\n关于印发某某县优化营商环境若干措施的通知\n一、深化审批制度改革\n1.推进“一网通办”。（责任单位：县政务服务中心）\n2.压缩企业开办时间至1个工作日。（责任单位：县市场监管局）\n",
        [["县政务服务中心"], ["县市场监管局"]],
    ),
    "R2c_statement_with_colon_then_article": (
        "免责声明：\n本网转载内容仅供参考。\n关于做好2024年春耕生产工作的通知\n1.县农业农村局负责种子化肥供应调度。\n2.县供销社负责农资储备，储备化肥5000吨。\n",
        [["县农业农村局"], ["县供销社"]],
    ),
    "R2e_copyright_policy_heading": (
        "关于加强版权保护工作的实施意见\n（一）版权声明\n1.市版权局负责指导各类作品版权登记，全年登记作品3000件以上。\n2.市文旅局负责加强网络版权监管。\n",
        [["市版权局"], ["市文旅局"]],
    ),
    "R2f_statement_in_middle": (
        "关于印发某某区稳经济若干措施的通知\n1.区发改局负责重大项目谋划。\n版权声明\n2.区财政局负责资金保障。\n3.区商务局负责促消费活动，全年举办活动20场次。\n",
        [["区发改局"], ["区财政局"], ["区商务局"]],
    ),
    "R2g_bracket_statement_miss": (
        "一、加强领导。\n1.县发改局负责统筹协调。\n2.县财政局负责资金保障。\n【免责声明】\n1、本网转载稿件仅供参考，不代表本网观点。\n2、如涉及版权问题，请与本网联系。\n",
        [["县发改局"], ["县财政局"]],
    ),
    "R2h_statement_inline_miss": (
        "一、加强领导。\n1.县发改局负责统筹协调。\n2.县财政局负责资金保障。\n免责声明：本网转载稿件仅供参考。\n1、未经本网许可，不得转载。\n2、如涉及版权问题，请与本网联系。\n",
        [["县发改局"], ["县财政局"]],
    ),
    "R2i_related_news_after": (
        "豫都网版权与免责声明\n1、未经本网许可，任何人不得非法使用本网自有版权作品。\n开封市人民政府关于开展安全生产专项整治的通知\n1.市公安局负责道路交通领域整治。\n2.市住建局负责建筑施工领域整治。\n",
        [["市公安局"], ["市住建局"]],
    ),
    "R3a_news_past_lead": (
        "我市扎实推进安全生产专项整治\n今年以来，我市集中开展安全生产专项整治行动。市公安局牵头开展了道路交通安全整治，共查处交通违法行为1.2万起。市应急管理局牵头组织了危险化学品企业专项检查，检查企业356家。市住建局牵头对建筑施工领域开展了拉网式排查。\n下一步，我市将持续巩固整治成果。\n",
        [],
    ),
    "R3d_summary_year": (
        "2023年工作总结\n2023年，县住建局牵头，完成老旧小区改造56个，惠及居民3200户。县水利局牵头，建成高标准农田2.5万亩。县交通局牵头，新改建农村公路120公里。\n",
        [],
    ),
    "R3h_meeting_attendance": (
        "全县防汛工作会议召开\n6月1日，全县防汛工作会议召开。县水利局牵头汇报了今年防汛准备工作情况。县应急管理局牵头介绍了应急物资储备情况。县气象局负责同志作了天气形势分析。\n",
        [],
    ),
    "R3m_results_nouns": (
        "我县创建国家卫生县城工作取得阶段性成效\n创建工作开展以来，各部门通力协作。县住建局牵头，累计改造背街小巷36条。县城管局牵头，整治占道经营1200余处。县市场监管局牵头，规范农贸市场8个。\n",
        [],
    ),
    "R3l_title_no_period_miss": (
        "我市集中开展十大重点行业领域安全生产专项整治行动\n市安全监管局牵头，负责组织开展对危险化学品领域的专项整治工作。市公安局牵头，负责组织开展对道路交通领域的专项整治工作。市住建局牵头，负责组织开展对建筑施工领域的专项整治工作。\n",
        [["市安全监管局"], ["市公安局"], ["市住建局"]],
    ),
    "R4a_contact_list": (
        "关于报送2023年统计年报的通知\n各有关单位：请于3月10日前报送年报数据。\n联系方式：\n区统计局\n联系人：张三，联系电话：0371-12345678。\n区发改委\n联系人：李四，联系电话：0371-23456789。\n区财政局\n联系人：王五，联系电话：0371-34567890。\n",
        [],
    ),
    "R4c_dept_news_feed": (
        "部门动态\n区教育局\n区教育局召开2023年校园安全工作会议，部署暑期安全工作。\n区卫健委\n区卫健委组织开展“健康进社区”义诊活动，服务群众300余人次。\n区公安分局\n区公安分局开展反诈宣传进社区活动，发放宣传资料2000余份。\n",
        [],
    ),
    "R4e_issuer_then_title": (
        "区教育局\n关于做好2023年高考服务保障工作的通知。\n区卫健委\n关于做好2023年高考医疗保障工作的通知。\n区公安分局\n关于做好2023年高考交通保障工作的通知。\n",
        [],
    ),
    "R4g_unit_intro_page": (
        "领导小组成员单位简介\n区发改局\n区发改局是区政府主管国民经济和社会发展的工作部门，内设6个股室，现有干部职工35人。\n区财政局\n区财政局是区政府主管财政收支的工作部门，内设8个股室。\n区教育局\n区教育局是区政府主管教育工作的部门，下辖中小学42所。\n",
        [],
    ),
    "R4i_reply_to_proposal": (
        "对区政协十届二次会议第25号提案的答复\n区财政局\n您提出的关于加大农村教育投入的提案收悉。现答复如下：我局高度重视，积极安排资金。\n区教育局\n经研究，现答复如下：将进一步改善农村办学条件。\n区人社局\n感谢您对人社工作的关心和支持，将加强农村教师队伍建设。\n",
        [],
    ),
    "R4l_leaders_and_units": (
        "区领导联系重点项目安排\n区发改局\n张三（区委常委、常务副区长），联系重大项目谋划工作。\n区住建局\n李四（副区长），联系城市更新项目。\n区商务局\n王五（副区长），联系招商引资项目。\n",
        [],
    ),
    "R4j_misattrib_rule7": (
        "保供稳价相关单位职责分工\n市发改委\n负责能源价格监测和调控工作。\n市天然气供应保障中心\n负责全市天然气的调度和应急保供工作。\n市市场监管局\n负责市场价格监督检查工作。\n市商务局\n负责生活必需品市场供应监测工作。\n",
        [["市发改委"], ["市天然气供应保障中心"], ["市市场监管局"], ["市商务局"]],
    ),
    "R5g_barred_progress": (
        "关于全市农村危房改造进展情况的通报\n各县区住建局：截至6月底，全市农村危房改造进展情况如下。\n| 县区 | 目标任务(户) | 已开工(户) | 已竣工(户) |\n| 甲县 | 1200 | 900 | 600 |\n| 乙县 | 800 | 500 | 300 |\n| 丙县 | 600 | 600 | 550 |\n请进度滞后的县区加快推进。\n",
        [],
    ),
    "R5u_donation_barred": (
        "我区“慈善一日捐”活动捐款情况公示\n| 单位 | 捐款金额(元) |\n| 区教育局 | 35000 |\n| 区财政局 | 12000 |\n| 区卫健委 | 18000 |\n感谢各单位的爱心奉献！\n",
        [],
    ),
    "R5v_gdp_barred": (
        "2023年各县区主要经济指标\n| 县区 | 地区生产总值(亿元) | 增速(%) |\n| 甲县 | 320 | 6.5 |\n| 乙县 | 280 | 5.8 |\n| 丙区 | 450 | 7.1 |\n",
        [],
    ),
    "R5c_budget_final": (
        "2022年度区级部门决算公开说明\n单位：万元\n单位名称 年初预算指标 调整预算指标 决算数\n区教育局 12000 12500 12380\n区卫健委 8000 8200 8150\n区民政局 5000 5100 5080\n",
        [],
    ),
    "R5a2_progress_nopct": (
        "关于2023年1-6月全市招商引资工作完成情况的通报\n各县区人民政府：现将1-6月招商引资完成情况通报如下。\n单位：亿元\n县区 全年目标 1-6月完成\n甲县 120 70\n乙县 100 45\n丙区 80 40\n请进度滞后的县区加快推进。\n",
        [],
    ),
    "R5b_total_row": (
        "关于下达2024年农村公路建设目标任务的通知\n各县区交通运输局：现将目标任务下达给你们，请抓好落实。\n单位：公里\n县区 新改建目标 养护工程计划\n全市 600 300\n甲县 200 100\n乙县 150 80\n丙区 250 120\n合计 600 300\n",
        [["甲县"], ["乙县"], ["丙区"]],
    ),
    "R5f_ok_barred": (
        "关于下达2024年农村危房改造任务的通知\n各县区住建局：现将任务下达如下，请认真组织实施。\n| 县区 | 目标任务(户) |\n| 甲县 | 1200 |\n| 乙县 | 800 |\n| 丙县 | 600 |\n",
        [["甲县"], ["乙县"], ["丙县"]],
    ),
    "R5y_numbered_rows_spaced": (
        "关于下达2024年外经贸目标任务的通知\n金额单位：万美元\n序号 责任单位 外贸出口目标 实到外资目标\n1 万州区 1900 300\n2 铜梁县 400 300\n3 渝中区 12500 4000\n",
        [["万州区"], ["铜梁县"], ["渝中区"]],
    ),
    "R5x_nounit_line_miss": (
        "关于下达2024年外经贸目标任务的通知\n各区县人民政府：现将目标任务分解下发给你们，请认真执行。\n2024年区县外经贸目标任务分解表（单位：万美元）\n责任单位 外贸出口目标 实到外资目标\n万州区 1900 300\n铜梁县 400 300\n渝中区 12500 4000\n",
        [["万州区"], ["铜梁县"], ["渝中区"]],
    ),
}


@pytest.mark.parametrize("name", sorted(_PROBES))
def test_review_probe(name: str) -> None:
    """Each probe's measures, in order, by their units (none expected: no measures at all)."""
    text, want = _PROBES[name]
    doc = run(text)
    got = measure_unit_sets(doc)
    assert got == [sorted(u) for u in want], [(m.label, got[k]) for k, m in enumerate(doc.measures)]


@pytest.mark.parametrize(
    ("name", "unit"),
    [("R5y_numbered_rows_spaced", "万美元"), ("R5x_nounit_line_miss", "万美元"), ("R5b_total_row", "公里")],
)
def test_review_allocation_rows_carry_their_quotas(name: str, unit: str) -> None:
    doc = run(_PROBES[name][0])
    assert all(len(m.targets) == 2 and {t.unit for t in m.targets} == {unit} for m in doc.measures), [
        (m.label, [(t.value, t.unit) for t in m.targets]) for m in doc.measures
    ]


def test_review_barred_row_label_starts_at_its_place() -> None:
    doc = run(_PROBES["R5f_ok_barred"][0])
    assert [m.label[:2] for m in doc.measures] == ["甲县", "乙县", "丙县"], [m.label for m in doc.measures]


@pytest.mark.parametrize(
    "name",
    [
        "市天然气供应保障中心",
        "县供应链服务中心",
        "区人力资源供需服务中心",
        "县需求侧管理办公室",
        "市重要产品追溯中心",
    ],
)
def test_review_names_holding_modal_characters_stay_bodies(name: str) -> None:
    assert names_bodies(name)


def test_review_a_role_longer_than_twenty_characters() -> None:
    doc = run(
        "一、加强领导。市商务局作为全市外贸稳增长和跨境电商综合试验区建设工作牵头单位，要加强统筹。\n"
        "二、保障资金。市财政局要保障资金。\n"
    )
    got = [([r.surface for r in m.responsible], [r.surface for r in m.lead]) for m in doc.measures]
    assert got == [(["市商务局"], ["市商务局"]), (["市财政局"], [])], got
