"""Metadata of round 20 (the held-out parts of round 19, tuned on): a county named alone as the actor of a news lead
is the issuer; a covering notice's signature glued before the plan's title gives issuer and date; a run-on title
loses a page's item number before it; a heading ending in 重点工作任务 is a title; a press conference's report is
titled by the document it presents; a disclosure block's 名称 field naming a page (部室简介) titles it; a kind
word with one character masked (若干*策) still ends a title; a preamble's 制定 names its policies by their subject
before 的 (制定推动…发展的若干政策); a task table's header (任务名称 | 任务要求及举措) is neither a 名称 field nor a
title.
Inline texts in both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from policykg.loaders.normalize import fold
from tests.loaders.inline import IDS, VARIANTS, family_params, meta_field, run

NEWS_LEAD = (
    "{actor}实施产业链链长制 重点产业链招商目标明确\n"
    "2025年,{actor}印发《推动高质量双招双引行动方案(2025-2027)》,落实县委部署,构建产业链体系精准招商。\n"
    "方案明确,围绕重点产业链精准招商,培育链主型核心企业。\n"
)
GLUED_NOTICE = (
    "关于推进茶叶产业发展的实施意见.docx\n"
    "郴州市人民政府办公室印发关于推进茶叶产业发展的实施意见的通知各县市区人民政府,市政府各工作部门:"
    "关于推进茶叶产业发展的实施意见已经市人民政府同意,现印发给你们,请认真组织实施。"
    "郴州市人民政府办公室{gap}2023年3月28日{after}为提升茶叶产业综合竞争力,结合我市实际,提出如下意见。\n"
    "一、总体目标\n到2025年,全市茶园面积稳定在40万亩以上。\n"
)
RUN_ON = (
    "{number}关于加快发展夜间经济的实施方案为全面贯彻落实省政府的指导意见,促进我市夜间经济快速发展,培育新的消费"
    "热点,制定本方案。\n一、工作目标\n到2025年,建成夜间经济集聚区5个。\n"
)
PRESS = (
    "2月23日,某市政府新闻办举办优化消费环境主题系列新闻{event}—市商务局专场。市商务局负责人介绍《某市优化消费环境"
    "若干措施》的基本内容。\n文件出台八项具体措施:\n1、推进消费政策区域公平共享;\n2、强化消费领域执法监管。\n"
)
DISCLOSURE = (
    "- 索 引 号:4311230009/2019-00023 分 类:\n-\n发文机关:\n发文日期: 2019-04-18 15:53 - 名称:\n"
    "某工业集中区{name} - 文号:\n(一)综合办公室\n(1)年度主要任务与要求:\n①积极宣传推介园区;②完成其他工作。\n"
)

# Each family's cases: a text, the field read and its value (simplified script; None: no value).
FAMILIES: dict[str, list[tuple[str, str, str | None]]] = {
    "a_county_named_alone_in_a_news_lead": [
        (NEWS_LEAD.format(actor="奉节县"), "issuer", "奉节县"),
        (NEWS_LEAD.format(actor="奉节县"), "region", "奉节县"),
        # a province or city named alone acting on a book-marked plan issues it too, as the news pages' gold
        # reads it (dev17: 咸宁市出台《…》, 江苏省发布《…》; r20d's place-acting family)
        (NEWS_LEAD.format(actor="四川省"), "issuer", "四川省"),
    ],
    "a_glued_signature_before_the_plans_title": [
        (
            GLUED_NOTICE.format(gap="", after="关于推进茶叶产业发展的实施意见"),
            "issuer",
            "郴州市人民政府办公室",
        ),
        (GLUED_NOTICE.format(gap="", after="关于推进茶叶产业发展的实施意见"), "issued", "2023-03-28"),
        # a body and a date glued before running prose sign nothing
        (GLUED_NOTICE.format(gap="", after="各地"), "issued", None),
    ],
    "a_run_on_titles_item_number": [
        (RUN_ON.format(number="1、"), "title", "关于加快发展夜间经济的实施方案"),
        (RUN_ON.format(number=""), "title", "关于加快发展夜间经济的实施方案"),
    ],
    "a_heading_of_key_work_tasks": [
        (
            "2024年区委、区政府重点工作任务\n1.深入学习贯彻党的二十大精神。\n2.全年新增市场主体500户。\n",
            "title",
            "2024年区委、区政府重点工作任务",
        ),
    ],
    "a_press_conference_presents_its_document": [
        (PRESS.format(event="发布会"), "title", "某市优化消费环境若干措施"),
        # without a press conference the book-marked title is only cited
        (PRESS.format(event="活动"), "title", None),
    ],
    "a_title_with_a_masked_character": [
        (
            "长丰县推动经济高质量发展若干*策\n为全面贯彻会议精神,结合我县实际,制定本*策。\n一、支持先进制造业发展\n"
            "1.鼓励新引进工业项目。对新引进项目给予补贴。\n",
            "title",
            "长丰县推动经济高质量发展若干*策",
        ),
        # a masked character in running prose makes no title
        ("全面落实*代会精神,推动发展\n一、支持先进制造业发展\n1.鼓励新引进工业项目。\n", "title", None),
    ],
    "a_preamble_names_its_policies_by_subject": [
        (
            "根据政府工作报告主要工作安排,结合我市预算编制情况,制定推动经济社会高质量发展的若干政策。\n"
            "一、支持产业转型升级政策\n1.充分发挥财政保障作用。\n",
            "title",
            "推动经济社会高质量发展的若干政策",
        ),
        # a manner before 的 names no document
        (
            "根据政府工作报告主要工作安排,结合我市预算编制情况,制定切实可行的实施意见。\n"
            "一、支持产业转型升级政策\n1.充分发挥财政保障作用。\n",
            "title",
            None,
        ),
    ],
    "a_task_tables_header_is_no_title": [
        (
            "类别\n|\n序号\n|\n任务名称\n|\n任务要求及举措\n|\n责任部门\n|\n完成时间节点\n|\n"
            "(一)持续推进示范村建设\n|\n1\n|\n完成示范村建设\n|\n完成1个乡村振兴示范村建设。\n|\n区农业农村委\n|\n10月底\n",
            "title",
            None,
        ),
    ],
    "a_disclosure_field_naming_a_page": [
        (DISCLOSURE.format(name="部室简介"), "title", "某工业集中区部室简介"),
        # a 名称 that names neither a document nor a page titles nothing
        (DISCLOSURE.format(name="部室"), "title", None),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "field", "want"), family_params(FAMILIES))
def test_r20_metadata(variant: Callable[[str], str], text: str, field: str, want: str | None) -> None:
    got = meta_field(run(variant(text)), field)
    assert (fold(got) if got else None) == want
