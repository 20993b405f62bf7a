"""Measures and metadata of round 27 (heldout41, 43, 45), written as families of the page's form.

- A speaker's charge that numbers its demands with 一要 / 二要 (…落实“六项机制”。一要完善…机制。…二要…) numbers them
  as 一是 / 二是 do: each demand a measure numbered as written, whether run together in one paragraph or one a line.
- A report whose lead names a counted motto (“四到位” / “三个到位”) and whose paragraphs each open with a title
  sentence closed by the motto's word (森林防火指挥机构设置到位。调整…): each such paragraph an unnumbered measure; the
  next item run on into the last paragraph after its ordinal word (…。四是巡护人员定岗定责到位。) is one too.
- A regulation's purpose article with 制定 written short (…,特制本规定。) and its principle article, a list of short
  phrases after 坚持 / 遵循 (第三条 坚持权责一致、依法履职、失责追责。), frame the document: no measures; a duty
  article's (一) items stay its measures.
- A summary's paragraphs each opened by the field they are about take a reporter's run-in and 在 before the field
  (此外,在系统完善数字社会治理方面,统筹…), and the first such sentence run on after the lead's own sentences
  (…等工程。提升网络基础设施能力方面,福建启动…) is a measure too.
- A paragraph opened by its title under a title-only heading that runs its tasks together after the title, each
  opened by the next ordinal word (明确任务。一是扩大…;二是提升…;), gives those tasks, numbered as written, not
  itself.
- A plan numbered only in dotted levels (an 应急预案: 3.6.3 …。 / 3.7 信息发布 / 3.7.1 …。): each clause a measure
  numbered as written, but a clause heading its own sub-clauses (3.7 over 3.7.1).
- A page whose only items are 1) / (1) items, more than two, each opening with a short title and a colon before its
  text (1)加快新能源配套设施建设:加快…), lists a plan's tasks even where it assigns none: its items are measures.
- A news page's links to its neighbours (• 上一篇:… / 下一条:…) are page furniture, never measures.

Inline texts in both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from policykg.loaders.normalize import match_text
from tests.loaders.inline import IDS, VARIANTS, family_params, run

# Each family's cases: a page and its measures as (number, the label's first characters).
MEASURE_FAMILIES: dict[str, list[tuple[str, list[tuple[str, str]]]]] = {
    "demands_numbered_by_yi_yao": [
        (
            "3月15日上午,某县委政法委召开校园周边治安综合治理工作会。会议要求落实“三项机制”。"
            "一要完善校园护卫机制。各中小学组建校园护卫队伍,维护校园周边秩序。"
            "二要完善学生通勤机制。教育部门统计走读生信息,推广校园通勤车。"
            "三要完善联合执法机制。县公安局要加大执法检查力度。\n",
            [("一要", "完善校园护卫机制"), ("二要", "完善学生通勤机制"), ("三要", "完善联合执法机制")],
        ),
        (
            "某市召开安全生产工作会议,对下一步工作作出部署。\n"
            "一要压实安全责任,各乡镇要落实属地管理责任。\n"
            "二要深化隐患排查,全面开展拉网式排查。\n",
            [("一要", "压实安全责任"), ("二要", "深化隐患排查")],
        ),
    ],
    "paragraphs_titled_by_a_counted_mottos_word": [
        (
            "我州“四到位”提前部署森林防火工作\n"
            "本网讯 日前,我州“四到位”提前部署森林防火工作。\n"
            "森林防火指挥机构设置到位。调整州级森林防火指挥部成员和职责,各县(市)落实专职人员。\n"
            "扑火队伍组建驻训到位。各县(市)组建不少于100人的专业扑火队伍,并实行集中驻训。\n"
            "临时检查站设立到位。各县(市)在主要进山入口设立检查站。四是巡护人员定岗定责到位。各地落实巡护人员。\n"
            "• 上一篇:我州召开安全生产工作会议\n"
            "• 下一篇:我州全力推进生态文明建设\n",
            [
                ("", "森林防火指挥机构设置到位"),
                ("", "扑火队伍组建驻训到位"),
                ("", "临时检查站设立到位"),
                ("四是", "巡护人员定岗定责到位"),
            ],
        ),
        (
            "某县召开会议,要求做到“三个到位”。\n"
            "思想认识到位。各乡镇要把防汛工作摆在突出位置。\n"
            "责任落实到位。严格落实防汛责任制,明确责任人。\n",
            [("", "思想认识到位"), ("", "责任落实到位")],
        ),
    ],
    # paragraphs that close their titles with another word than the motto's: no such list
    "paragraphs_titled_by_another_word_are_none": [
        (
            "某县召开会议,要求做到“三个到位”。\n"
            "提高思想认识。各乡镇要把防汛工作摆在突出位置。\n"
            "压实工作责任。严格落实防汛责任制,明确责任人。\n",
            [],
        ),
    ],
    "purpose_and_principle_articles_frame_the_document": [
        (
            "某市消防安全责任制规定\n第一章 总则\n"
            "第一条 为进一步加强和改进我市消防工作,根据《中华人民共和国消防法》等法律法规,特制本规定。\n"
            "第二条 本规定适用于本市消防工作责任主体消防安全责任的界定。\n"
            "第三条 坚持权责一致、依法履职、失责追责。对不履行消防安全职责的单位,依法追究责任。\n"
            "第二章 消防工作职责\n"
            "第四条 市消防安全委员会应当履行下列消防工作职责:\n"
            "(一)组织制定消防工作规划和年度计划。\n"
            "(二)组织开展消防安全检查和专项治理。\n",
            [("(一)", "组织制定消防工作规划和年度计划"), ("(二)", "组织开展消防安全检查和专项治理")],
        ),
        (
            "某县安全生产责任制办法\n"
            "第一条 为落实安全生产责任,制订本办法。\n"
            "第二条 遵循统一领导、分级负责、属地管理的原则。\n"
            "第三条 县应急管理局负责全县安全生产综合监督管理,每季度组织一次安全检查。\n"
            "第四条 各乡镇人民政府负责本辖区安全生产工作,建立隐患排查台账。\n",
            [
                ("第三条", "县应急管理局负责全县安全生产综合监督管理"),
                ("第四条", "各乡镇人民政府负责本辖区安全生产工作"),
            ],
        ),
    ],
    # an article opening with 坚持 that states an action (its object no list of principles) stays a measure
    "an_article_holding_to_an_action_stays_a_measure": [
        (
            "某县安全生产责任制办法\n"
            "第一条 坚持每月召开一次安全生产例会,研究解决突出问题。\n"
            "第二条 县应急管理局负责全县安全生产综合监督管理。\n",
            [
                ("第一条", "坚持每月召开一次安全生产例会"),
                ("第二条", "县应急管理局负责全县安全生产综合监督管理"),
            ],
        ),
    ],
    "paragraphs_opened_by_their_field": [
        (
            "近日,《2025年数字某省工作要点》印发。方案涉及数字基础能力提升、数字赋能社会发展等工程。"
            "提升网络基础设施能力方面,某省启动“万兆筑城”计划,推进重点城市建设万兆光网。\n"
            "提升算力基础设施能力方面,某省依托产业园,推进省级数据中心集群建设。\n"
            "此外,在系统完善数字社会治理方面,统筹推动各地开展城市运管服平台建设。\n",
            [
                ("", "提升网络基础设施能力方面"),
                ("", "提升算力基础设施能力方面"),
                ("", "此外,在系统完善数字社会治理方面"),
            ],
        ),
        (
            "某市出台数字经济工作要点。\n"
            "在数字产业化方面,加快培育集成电路、软件产业。\n"
            "同时,在产业数字化方面,推动规上工业企业数字化改造。\n",
            [("", "在数字产业化方面"), ("", "同时,在产业数字化方面")],
        ),
    ],
    # a lone field sentence is no list
    "a_lone_field_sentence_is_no_list": [
        ("某市出台数字经济工作要点。在数字产业化方面,加快培育集成电路产业。\n", []),
    ],
    "ordinal_tasks_run_on_after_a_paragraphs_title": [
        (
            "一、指导思想\n坚持绿色发展,加快推进全市油茶产业发展。\n二、主要内容\n"
            "明确任务。一是扩大高产油茶林规模,三年完成新造油茶3万亩;二是提升油茶林产量,力争亩产茶油达15公斤;"
            "三是组建技术服务团队,每个乡镇培养一名以上技术专家。\n"
            "明确支持政策。一是高标准新造油茶林补助1200元/亩;二是新造示范基地100亩以上的,给予奖励。\n",
            [
                ("一是", "扩大高产油茶林规模"),
                ("二是", "提升油茶林产量"),
                ("三是", "组建技术服务团队"),
                ("一是", "高标准新造油茶林补助1200元/亩"),
                ("二是", "新造示范基地100亩以上的"),
            ],
        ),
    ],
    "clauses_numbered_in_dotted_levels": [
        (
            "3.6.3 当有人员被困时,第一时间展开救援,对救出的被困人员立即实施救护。\n"
            "3.6.4 正确使用现场水源,保证火灾现场不间断供水。\n"
            "3.7 信息发布\n"
            "3.7.1 按照本市突发事件新闻发布有关规定,通过新闻媒体向社会发布火灾信息。\n"
            "3.7.2 启动三级响应的火灾事故,由市应急指挥部办公室发布信息。\n"
            "3.8 响应升级\n"
            "发生重大火灾时,市应急指挥部及时报请市政府启动更高级别响应。\n",
            [
                ("3.6.3", "当有人员被困时"),
                ("3.6.4", "正确使用现场水源"),
                ("3.7.1", "按照本市突发事件新闻发布有关规定"),
                ("3.7.2", "启动三级响应的火灾事故"),
                ("3.8", "响应升级"),
            ],
        ),
    ],
    # figures opening lines (1.5亿元, a version 2.0) are no clauses
    "figures_opening_lines_are_no_clauses": [
        ("某县召开会议。\n1.5亿元用于道路建设。\n2.0版平台上线运行。\n3.5万亩高标准农田完成建设。\n", []),
    ],
    "titled_sub_items_list_a_plans_tasks": [
        (
            "2022年3月23日,某市领导小组印发《某市2022年大气污染防治工作行动方案》,主要任务如下。\n"
            "1)加快新能源车推广:4月底前,研究制定新能源汽车推广应用方案。\n"
            "2)加快新能源配套设施建设:加快充换电基础设施建设,制定建设方案。\n"
            "3)加快产业结构调整:大力发展电子信息、装备制造等先进制造业。\n",
            [
                ("(1)", "加快新能源车推广"),
                ("(2)", "加快新能源配套设施建设"),
                ("(3)", "加快产业结构调整"),
            ],
        ),
    ],
    # points stating facts, no title and colon: a note's points, no tasks
    "untitled_sub_items_stay_points": [
        (
            "某市基本情况如下。\n"
            "1)全市共有企业120家,其中规上企业45家。\n"
            "2)去年全市实现地区生产总值300亿元。\n"
            "3)全市常住人口50万人。\n",
            [],
        ),
    ],
    "neighbour_links_are_no_measures": [
        (
            "某市召开森林防火工作会议\n"
            "会议强调,各地要严防死守,确保不发生重大森林火灾。\n"
            "• 上一篇:某市召开安全生产工作会议部署节前检查\n"
            "• 下一篇:某市全力推进生态文明建设取得成效\n"
            "• 上一条:某市部署秋冬季大气污染防治工作任务\n",
            # the links are no measures; the meeting's demand is one since round 33 (the gold records such demands:
            # heldout64 dh06 会议要求,各单位要…, dh09 会议强调,要聚焦…)
            [("", "各地要严防死守,确保不发生重大森林火灾")],
        ),
    ],
    # a word that only opens with 一要 once is no series: 统一要求 inside a sentence numbers nothing
    "a_lone_yao_numbers_nothing": [
        ("某市召开会议。会议提出统一要求,一要把握方向。各部门要抓好落实。\n", []),
    ],
}


def _measures(text: str) -> list[tuple[str, str]]:
    return [(m.number, m.label) for m in run(text).measures]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(MEASURE_FAMILIES))
def test_measure_families(variant: Callable[[str], str], text: str, want: list[tuple[str, str]]) -> None:
    got = _measures(variant(text))
    expect = [(variant(n), variant(label)) for n, label in want]
    assert len(got) == len(expect), got
    for (number, label), (wn, wl) in zip(got, expect, strict=True):
        assert match_text(number) == match_text(wn) and label.startswith(wl), (number, label)
