"""Round 42's review (/work/review42/a/report.md): one regression test per problem the reviewer found in the round's
families, each on the reviewer's probe text (Simplified, full-width punctuation as the probes wrote it) and its
Traditional form."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from policykg.loaders.normalize import match_text
from tests.loaders.inline import SCRIPT_IDS, SCRIPTS, run

_NEWS = "来源：市新闻网\n"


def _got(script: Callable[[str], str], text: str) -> list[tuple[str, list[str]]]:
    doc = run(script(text))
    return [(match_text(m.number), [match_text(u.surface) for u in m.responsible]) for m in doc.measures]


def _want(script: Callable[[str], str], rows: list[tuple[str, list[str]]]) -> list[tuple[str, list[str]]]:
    return [(match_text(script(n)), [match_text(script(u)) for u in us]) for n, us in rows]


NO_SHARES = [
    # a press conference's speakers (负责人), a results report (破获…起), standing forces (现有…)
    "我市召开2024年高考工作新闻发布会\n"
    + _NEWS
    + "6月3日，市政府新闻办召开新闻发布会，介绍我市2024年高考工作有关情况。\n"
    "市教育局负责人介绍了今年高考报名情况，全市共有3.2万名考生报名。\n市公安局负责人表示，将加强考点周边治安巡逻。\n"
    "市卫生健康委负责人说，各考点均配备了医护人员。\n",
    "我市扎实推进平安建设\n" + _NEWS + "今年以来，我市扎实推进平安建设，取得明显成效。\n"
    "市公安局已经破获电信网络诈骗案件126起，抓获犯罪嫌疑人300余名。\n市市场监管局已经查处食品安全违法案件58件。\n"
    "市生态环境局已经完成45家重点企业超低排放改造。\n",
    "我市应急救援力量建设情况\n" + _NEWS + "近年来，我市不断加强应急救援力量建设。\n"
    "市消防救援支队现有指战员600余名，消防车辆120台。\n市公安局现有特警队员200名。\n市卫生健康委现有紧急医学救援队伍8支。\n",
]


@pytest.mark.parametrize("script", SCRIPTS, ids=SCRIPT_IDS)
@pytest.mark.parametrize("text", NO_SHARES, ids=["presser", "results", "standing-forces"])
def test_speakers_results_and_head_counts_are_no_shares(script: Callable[[str], str], text: str) -> None:
    assert _got(script, text) == []


@pytest.mark.parametrize("script", SCRIPTS, ids=SCRIPT_IDS)
def test_a_shares_body_is_its_longest_name(script: Callable[[str], str]) -> None:
    text = (
        "我市全力做好文化旅游节筹备工作\n" + _NEWS + "记者获悉，文化旅游节筹备工作正有序推进。\n"
        "市委组织部现已抽调20名干部充实筹备工作专班。\n市委宣传部积极组织各级媒体开展宣传报道。\n"
        "市文旅局还将推出10条精品线路。\n"
    )
    assert _got(script, text) == _want(
        script, [("", ["市委组织部"]), ("", ["市委宣传部"]), ("", ["市文旅局"])]
    )


LISTS = [
    "政府信息公开目录\n1 | 关于印发2024年春耕生产工作方案的通知 | 县农业农村局 | 2024-03-01 | 主动公开 |\n"
    "2 | 关于做好2024年防汛工作的通知 | 县水利局 | 2024-04-02 | 主动公开 |\n"
    "3 | 关于开展安全生产大检查的通知 | 县应急管理局 | 2024-04-10 | 主动公开 |\n",
    "2023年度县级专精特新中小企业名单\n1 | 福建恒达机械有限公司 | 城关镇 | 县工信局 | 通用设备制造 |\n"
    "2 | 福建绿源食品有限公司 | 南湖乡 | 县工信局 | 农副食品加工 |\n3 | 福建华鑫新材料有限公司 | 工业园区 | 县工信局 | 新材料 |\n",
    "2024年第一季度安全生产执法检查结果公示\n1 | 城关加油站 | 县应急管理局 | 消防器材过期 | 已整改 |\n"
    "2 | 宏达建材有限公司 | 县应急管理局 | 未开展安全培训 | 已整改 |\n3 | 顺发物流有限公司 | 县交通运输局 | 车辆未年检 | 整改中 |\n",
]


@pytest.mark.parametrize("script", SCRIPTS, ids=SCRIPT_IDS)
@pytest.mark.parametrize("text", LISTS, ids=["documents", "firms", "inspections"])
def test_headerless_lists_of_documents_and_firms_are_no_tasks(
    script: Callable[[str], str], text: str
) -> None:
    assert _got(script, text) == []


@pytest.mark.parametrize("script", SCRIPTS, ids=SCRIPT_IDS)
def test_headerless_project_rows_with_status_cells_are_tasks(script: Callable[[str], str]) -> None:
    text = (
        "2024年县重点项目推进情况\n1 | 城南污水处理厂扩建工程 | 县住建局 | 完成投资0.8亿元 | 已开工 |\n|\n"
        "2 | 县人民医院门诊综合楼建设 | 县卫生健康局 | 主体封顶 | 按时序推进 |\n|\n"
        "3 | 城北农贸市场改造 | 县商务局 | 完成招标 | 按时序推进 |\n"
    )
    assert _got(script, text) == _want(
        script, [("1", ["县住建局"]), ("2", ["县卫生健康局"]), ("3", ["县商务局"])]
    )


HAVE = [
    (
        "（一）加快项目审批。牵头单位：县发改局。相关责任单位有不同意见的，报县政府协调。\n",
        [("(一)", ["县发改局"])],
    ),
    (
        "1.加快推进重大项目建设。（牵头单位：县发改局）责任单位有调整的，以县委、县政府最新文件为准。\n",
        [("1", ["县发改局"])],
    ),
]


@pytest.mark.parametrize("script", SCRIPTS, ids=SCRIPT_IDS)
@pytest.mark.parametrize(("item", "want"), HAVE, ids=["objection", "changes"])
def test_you_after_a_label_lists_no_bodies_unless_bodies_follow(
    script: Callable[[str], str], item: str, want: list[tuple[str, list[str]]]
) -> None:
    text = "关于印发重点项目推进方案的通知\n一、重点任务\n" + item
    assert _got(script, text) == _want(script, want)


@pytest.mark.parametrize("script", SCRIPTS, ids=SCRIPT_IDS)
def test_a_plans_items_on_copyright_are_tasks(script: Callable[[str], str]) -> None:
    text = (
        "2024年全市版权工作要点\n一、加强版权执法监管\n"
        "1、开展“剑网2024”专项行动，严厉打击未经许可转载新闻作品、网络侵权盗版等行为。（责任单位：市委宣传部、市公安局）\n"
        "2、加强院线电影版权保护，重点查处盗录传播等侵权行为。（责任单位：市文化市场综合执法支队）\n"
    )
    assert _got(script, text) == _want(
        script, [("1", ["市委宣传部", "市公安局"]), ("2", ["市文化市场综合执法支队"])]
    )


_REG = "某市人才工作办法\n第一条 为加强人才工作，制定本办法。\n第二条 本办法适用于本市行政区域。\n"
ARTICLES = [
    (
        _REG
        + "第三条 经认定的高层次人才，适用本办法规定的住房补贴政策，由市人社局会同市财政局负责审核兑现。\n"
        "第四条 市委组织部负责高层次人才的认定工作。\n",
        [("第三条", ["市人社局", "市财政局"]), ("第四条", ["市委组织部"])],
    ),
    (
        _REG
        + "第三条 市应急管理局负责全市安全生产综合监督管理，督促各部门贯彻落实安全第一、预防为主、综合治理的方针。\n"
        "第四条 市住建局负责建筑施工安全监管。\n",
        [("第三条", ["市应急管理局"]), ("第四条", ["市住建局"])],
    ),
    (
        "某市人才公寓管理办法\n第一条 为规范人才公寓管理，制定本办法。\n第二条 市住建局负责人才公寓的建设和分配管理\n"
        "第三条 市财政局负责人才公寓建设资金保障\n第四条 本办法由市住建局负责解释\n",
        [("第二条", ["市住建局"]), ("第三条", ["市财政局"])],
    ),
    (
        "某市人才公寓管理办法\n第一条 为规范人才公寓管理，制定本办法。\n第二条 市住建局负责人才公寓的建设和分配管理。\n"
        "第三条 市财政局负责人才公寓建设资金保障，租金补贴标准见附件。（附件略）\n第四条 本办法自2024年1月1日起施行。\n",
        [("第二条", ["市住建局"]), ("第三条", ["市财政局"])],
    ),
    (
        "某县农村公路养护管理办法\n第一条 为加强农村公路养护管理，制定本办法。\n第二条 本办法适用于本县农村公路养护。\n"
        "第三条 县财政局负责养护资金的筹集，资金分配坚持“以奖代补、先养后补”的原则\n"
        "第四条 各乡镇人民政府负责乡道、村道的日常养护。\n",
        [("第三条", ["县财政局"]), ("第四条", ["各乡镇人民政府"])],
    ),
]


@pytest.mark.parametrize("script", SCRIPTS, ids=SCRIPT_IDS)
@pytest.mark.parametrize(
    ("text", "want"),
    ARTICLES,
    ids=["scope-inside", "principles-closing", "unstopped", "remark", "duty-principles"],
)
def test_articles_with_duties_are_no_frames(
    script: Callable[[str], str], text: str, want: list[tuple[str, list[str]]]
) -> None:
    assert _got(script, text) == _want(script, want)


@pytest.mark.parametrize("script", SCRIPTS, ids=SCRIPT_IDS)
def test_the_township_concerned_is_no_named_township(script: Callable[[str], str]) -> None:
    text = (
        "关于加强城市管理工作的意见\n一、重点任务\n（一）加强占道经营整治。城区主次干道严禁占道经营。"
        "属地街道办事处负责日常巡查，县城市管理局负责执法查处。\n（二）加强市容环境整治。县住建局负责市容环境整治。\n"
    )
    assert _got(script, text) == _want(script, [("(一)", ["县城市管理局"]), ("(二)", ["县住建局"])])


@pytest.mark.parametrize("script", SCRIPTS, ids=SCRIPT_IDS)
def test_a_figure_with_its_magnitude_is_no_item_opening_with_a_year(script: Callable[[str], str]) -> None:
    text = (
        "关于做好2024年民生实事的实施方案\n一、重点任务\n1.提高城乡居民医保财政补助标准。（责任单位：县医保局、县财政局）\n"
        "2.提高城乡居民基础养老金。（责任单位：县人社局、县财政局）\n附件\n资金安排表\n项目\n金额\n医保补助\n1.2035亿元\n"
        "养老金补助\n2.0621亿元\n"
    )
    assert _got(script, text) == _want(
        script, [("1", ["县医保局", "县财政局"]), ("2", ["县人社局", "县财政局"])]
    )


@pytest.mark.parametrize("script", SCRIPTS, ids=SCRIPT_IDS)
def test_firms_joined_to_a_divisions_body_are_no_units(script: Callable[[str], str]) -> None:
    text = (
        "我市召开食品安全工作会议\n"
        + _NEWS
        + "3月5日，我市召开食品安全工作会议，副市长张三出席会议并讲话。\n"
        "张三要求，各成员单位要抓住关键，高效有序做好各项工作。市公安局要加强治安巡逻；市市场监管局和各餐饮企业要加强"
        "食品安全管理；团市委要抓好志愿者培训。\n"
    )
    got = _got(script, text)
    assert (match_text(""), [match_text(script("市市场监管局"))]) in got


@pytest.mark.parametrize("script", SCRIPTS, ids=SCRIPT_IDS)
def test_a_division_by_bare_duties_after_a_demand(script: Callable[[str], str]) -> None:
    # the reviewer's f1_05: 市公安局负责…;市卫生健康委负责…;团市委负责…。 after the demand, a measure a piece
    text = (
        "我市召开马拉松赛事工作会议\n来源：市融媒体中心\n3月5日，我市召开马拉松赛事工作会议。\n"
        "会议要求，各成员单位要高效有序做好各项重点工作。市公安局负责赛事安保和交通管制；市卫生健康委负责赛事医疗保障；"
        "团市委负责志愿者招募培训。\n"
    )
    assert _got(script, text) == _want(
        script, [("", ["各成员单位"]), ("", ["市公安局"]), ("", ["市卫生健康委"]), ("", ["团市委"])]
    )


@pytest.mark.parametrize("script", SCRIPTS, ids=SCRIPT_IDS)
def test_a_related_news_list_numbers_nothing_of_the_page(script: Callable[[str], str]) -> None:
    # the reviewer's f7_07: 相关新闻: / 1.… / 2.… under the report is furniture; the shares are still read
    text = (
        "多个成员单位科学分工保赛事\n"
        + _NEWS
        + "本报讯 马拉松赛一天天临近，我市详细制定成员单位工作任务分解表。\n"
        "市公安局现已制定防爆和反恐应急方案，并将全面做好赛事安检工作。\n市卫计委现落实人民医院开放绿色通道，随时待命。\n"
        "团市委积极协调500名青年志愿者为赛事提供志愿服务。\n相关新闻：\n1.马拉松赛事交通管制公告发布\n2.马拉松赛事志愿者招募启动\n"
    )
    assert _got(script, text) == _want(script, [("", ["市公安局"]), ("", ["市卫计委"]), ("", ["团市委"])])


# Round 42's second review (/work/review42/b/report.md): one test per problem found after the first review's fixes.

SECOND_NONE = [
    "12345热线群众诉求办理情况通报(第15期)\n1 | 群众反映人民路路灯不亮 | 县城市管理局 | 已安排人员维修,路灯恢复正常。 | 已办结 |\n"
    "2 | 群众反映某小区供暖温度不达标 | 县住建局 | 已督促供热企业整改。 | 已办结 |\n"
    "3 | 群众反映农贸市场周边占道经营 | 县市场监管局 | 已联合城管部门清理。 | 已办结 |\n",
    "我市开展“三八”妇女节系列活动\n" + _NEWS + "“三八”国际妇女节前夕,我市各单位开展了丰富多彩的庆祝活动。\n"
    "市总工会组织开展了女职工健康知识讲座。\n团市委组织开展了关爱服务。\n市妇联组织召开了巾帼建功表彰大会。\n",
    "我市稳就业工作取得成效\n"
    + _NEWS
    + "今年以来,我市多措并举稳就业。\n市人社局现已发放稳岗返还资金3200万元。\n"
    "市财政局现已拨付就业补助资金1500万元。\n市税务局现已减免税费800万元。\n",
]


@pytest.mark.parametrize("script", SCRIPTS, ids=SCRIPT_IDS)
@pytest.mark.parametrize(
    "text", SECOND_NONE, ids=["hotline-replies", "activities-done", "results-with-figures"]
)
def test_replies_and_reported_acts_are_no_tasks(script: Callable[[str], str], text: str) -> None:
    assert _got(script, text) == []


@pytest.mark.parametrize("script", SCRIPTS, ids=SCRIPT_IDS)
def test_headerless_rows_with_a_schedule_status(script: Callable[[str], str]) -> None:
    text = (
        "2024年为民办实事项目推进情况\n1 | 新建城区停车泊位500个 | 县住建局 | 已建成停车泊位320个 | 正常推进 |\n"
        "2 | 新增城乡公交线路5条 | 县交通运输局 | 已开通3条 | 正常推进 |\n"
        "3 | 改造农村危房200户 | 县住建局 | 已改造150户 | 正常推进 |\n"
    )
    assert _got(script, text) == _want(
        script, [("1", ["县住建局"]), ("2", ["县交通运输局"]), ("3", ["县住建局"])]
    )


SECOND_ITEMS = [
    (
        "关于做好突发事件应急处置的通知\n一、工作要求\n(一)先期处置。灾情发生后,事发地镇人民政府要立即组织群众撤离。\n"
        "(二)应急救援。县应急管理局负责统筹应急救援工作。\n",
        [("(二)", ["县应急管理局"])],
    ),
    (
        "县融媒体中心2024年工作要点\n一、规范新闻采编管理\n"
        "1.严格稿件审核把关,严禁未经授权转载其他媒体稿件,防范侵权风险。(责任单位:采编中心)\n"
        "2.加强新媒体平台管理,规范转载行为,保护原创作品版权。(责任单位:新媒体部)\n",
        [("1", ["采编中心"]), ("2", ["新媒体部"])],
    ),
    (
        "关于印发民生实事实施方案的通知\n一、重点任务\n1.全面落实困难群众大病补充医疗保险。\n"
        "主要责任单位:省人力资源和社会保障厅,相关责任单位有:省财政厅、省民政厅。\n",
        [("1", ["省人力资源和社会保障厅", "省财政厅", "省民政厅"])],
    ),
    (
        "某市人才公寓管理办法\n第一条 为规范人才公寓管理,制定本办法。\n"
        "第二条 本市人才公寓的建设和管理,由市住建局会同各区人民政府组织实施,适用本办法。\n"
        "第三条 市财政局负责人才公寓建设资金保障。\n",
        [("第二条", ["市住建局", "各区人民政府"]), ("第三条", ["市财政局"])],
    ),
    (
        "关于加快推进农业科技创新的意见\n一、重点任务\n(一)加强技术指导。县农业农村局要加强技术指导,"
        "县农科所结合实际开展了试验示范,取得良好效果。\n(二)加强人才培养。县人社局要加强农村实用人才培养。\n",
        [("(一)", ["县农业农村局"]), ("(二)", ["县人社局"])],
    ),
    (
        "关于做好城乡道路建设的实施方案\n一、重点任务\n1.实施农村公路提档升级。(责任单位:县交通运输局)\n"
        "2.实施城区道路改造。(责任单位:县住建局)\n附件\n项目用地安排表\n城南安置房地块\n1.2046公顷\n城北学校地块\n2.0531公顷\n",
        [("1", ["县交通运输局"]), ("2", ["县住建局"])],
    ),
]


@pytest.mark.parametrize("script", SCRIPTS, ids=SCRIPT_IDS)
@pytest.mark.parametrize(
    ("text", "want"),
    SECOND_ITEMS,
    ids=[
        "township-where-it-happens",
        "items-on-stories",
        "you-colon",
        "scope-after-a-duty",
        "act-done",
        "area",
    ],
)
def test_second_reviews_items(
    script: Callable[[str], str], text: str, want: list[tuple[str, list[str]]]
) -> None:
    assert _got(script, text) == _want(script, want)


@pytest.mark.parametrize("script", SCRIPTS, ids=SCRIPT_IDS)
@pytest.mark.parametrize("closing", ["", "会议强调,各单位要高度重视。\n本次会议还部署了其他工作。\n"])
def test_a_demands_division_one_piece_a_line(script: Callable[[str], str], closing: str) -> None:
    # the second review's f1_06: 会议要求,…。 then 市公安局要…; / 市卫生健康委要…; / 团市委要…。 each on its own line,
    # with or without more paragraphs after them
    text = (
        "我市召开马拉松赛事工作会议\n来源:市融媒体中心\n3月5日,我市召开马拉松赛事工作会议。\n"
        "会议要求,各成员单位要高效有序做好各项重点工作。\n市公安局要提前制订好赛事安保方案;\n"
        "市卫生健康委要落实好赛事医疗保障各项举措;\n团市委要切实抓好志愿者招募培训工作。\n" + closing
    )
    got = _got(script, text)
    want = _want(script, [("", ["各成员单位"]), ("", ["市公安局"]), ("", ["市卫生健康委"]), ("", ["团市委"])])
    assert got[:4] == want
