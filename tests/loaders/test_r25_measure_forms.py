"""Measures of round 25 (heldout29-31), written as families of the page's layout: a title-only heading over
blocks that each open with their lead sentence on a line of its own and close with their own unit bracket; a
short title stated with a full stop that ends the text after title-only siblings stated the same way; a leaf
heading (beside siblings with deeper items) whose one paragraph charges its bodies with the duty (各级各部门要…); a paragraph handing its subject the list
of work after it (区政府要…,主要承担以下工作:), which also ends a covering notice's own items; paragraphs opened by brackets a mirror emptied of their
numerals (()户用屋顶光伏发展工程。…).
Inline texts in both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, family_params, run

# Each family's cases: a page and, for each of its measures, its label and the surface forms of its units.
PAGE_FAMILIES: dict[str, list[tuple[str, list[tuple[str, list[str]]]]]] = {
    "lead_sentence_blocks_each_closed_by_their_unit_bracket": [
        (
            "二、主要任务\n(一)强化顶层设计引领,发挥政府宏观指导作用。\n建立考核指标体系,发挥导向引领作用。\n"
            "2019年6月底前,研究建立以减量化为核心指标的考核指标体系。\n(市生态环境局牵头,市统计局参与)\n"
            "优化管理体制机制,强化部门分工协作。\n建立部门责任清单,明确各类固体废物处置环节的部门职责边界。\n"
            "(市城管局负责)\n",
            [
                ("建立考核指标体系,发挥导向引领作用", ["市生态环境局", "市统计局"]),
                ("优化管理体制机制,强化部门分工协作", ["市城管局"]),
            ],
        ),
        (
            "一、加强源头减量。\n推行绿色设计。\n鼓励企业开展绿色设计,推广应用绿色低碳技术和节能环保产品。\n"
            "(市经信局负责)\n推进清洁生产。\n全面推进重点行业清洁生产审核,减少工业固体废物产生量。\n"
            "(市发展改革委负责)\n",
            [("推行绿色设计", ["市经信局"]), ("推进清洁生产", ["市发展改革委"])],
        ),
        # one block with its bracket: the heading stays the measure, the bracket its own
        (
            "二、主要任务\n(一)强化顶层设计引领。\n建立考核指标体系,发挥导向引领作用。\n"
            "研究建立以减量化为核心指标的考核指标体系,与绿色发展指标体系衔接融合。\n(市生态环境局牵头)\n",
            [("强化顶层设计引领", ["市生态环境局"])],
        ),
        # lead lines closed by no bracket: nothing assigned, the heading stays the measure
        (
            "二、主要任务\n(一)强化顶层设计引领。\n建立考核指标体系,发挥导向引领作用。\n"
            "研究建立以减量化为核心指标的考核指标体系,与绿色发展指标体系衔接融合。\n"
            "优化管理体制机制,强化部门分工协作。\n建立部门责任清单,明确各类固体废物处置环节的部门职责边界。\n",
            [("强化顶层设计引领", [])],
        ),
    ],
    "a_short_last_title_after_stated_title_siblings": [
        (
            "一、工作目标\n到2025年,服务体系基本形成。\n二、主要任务\n(一)加强对家庭照护服务的支持和指导。\n"
            "(二)完善社区照护服务支持体系。\n(三)加强政策保障体系建设。\n",
            [
                ("加强对家庭照护服务的支持和指导", []),
                ("完善社区照护服务支持体系", []),
                ("加强政策保障体系建设", []),
            ],
        ),
        # a sibling with its own paragraph under it: a short last heading is the title of what the excerpt cut
        (
            "一、工作目标\n到2025年,服务体系基本形成。\n二、主要任务\n(一)加强对家庭照护服务的支持和指导。\n"
            "开展入户指导服务,普及科学育儿知识。\n(二)强化保障。\n",
            [("加强对家庭照护服务的支持和指导", [])],
        ),
    ],
    "a_leaf_heading_whose_paragraph_charges_its_bodies": [
        (
            "一、重点任务\n(一)加强用车管理。严格执行公务用车制度,降低油耗。\n(二)抓好建筑节能。新建办公建筑要严格执行节能规定。\n"
            "二、开展宣传教育\n  各级各部门要结合实际,不断加大宣传教育力度。\n"
            "三、建立长效机制\n(一)健全管理体制。建立节能管理工作体制。\n",
            [
                ("加强用车管理", []),
                ("抓好建筑节能", []),
                ("开展宣传教育", ["各级各部门"]),
                ("健全管理体制", []),
            ],
        ),
        # a paragraph that charges no body: the heading stays a section
        (
            "一、重点任务\n(一)加强用车管理。严格执行公务用车制度,降低油耗。\n(二)抓好建筑节能。新建办公建筑要严格执行节能规定。\n"
            "二、开展宣传教育\n  要结合实际,不断加大宣传教育力度。\n"
            "三、建立长效机制\n(一)健全管理体制。建立节能管理工作体制。\n",
            [("加强用车管理", []), ("抓好建筑节能", []), ("健全管理体制", [])],
        ),
    ],
    "a_paragraph_handing_its_subject_the_list_of_work": [
        (
            "各区人民政府:\n现将《2022年度食品安全工作责任清单》印发给你们,请认真贯彻落实。\n"
            "2022年,区政府要全面实施《食品安全法》,主要承担以下工作:\n"
            "1.落实属地管理责任。将食品安全工作作为重要内容。\n2.落实部门监管责任。完善事中事后监管。\n",
            [("落实属地管理责任", ["区政府"]), ("落实部门监管责任", ["区政府"])],
        ),
        (
            "一、主要任务\n市卫生健康委负责下列工作:\n"
            "1.落实属地管理责任。将食品安全工作作为重要内容。\n2.落实部门监管责任。完善事中事后监管。\n",
            [("落实属地管理责任", ["市卫生健康委"]), ("落实部门监管责任", ["市卫生健康委"])],
        ),
        # a covering notice's paragraph that hands no list: its items are the notice's requirements, no measures
        (
            "各区人民政府:\n现将《2022年度食品安全工作责任清单》印发给你们,请认真贯彻落实。\n"
            "2022年,区政府要全面实施《食品安全法》,切实抓好食品安全工作。\n"
            "1.落实属地管理责任。将食品安全工作作为重要内容。\n2.落实部门监管责任。完善事中事后监管。\n",
            [],
        ),
    ],
    "paragraphs_opened_by_brackets_emptied_of_their_numerals": [
        (
            "云和县发展和改革局发布光伏发展工作实施方案。\n\n《方案》提出实施整县推进光伏规模化开发四大工程。\n\n"
            "()户用屋顶光伏发展工程。全面推动城乡现有居民住宅屋顶建设光伏发电项目。\n\n"
            "()单位屋顶光伏发展工程。率先在机关事业单位、城市公共建筑等屋顶建设光伏发电项目。\n",
            [("户用屋顶光伏发展工程", []), ("单位屋顶光伏发展工程", [])],
        ),
        # one emptied bracket is a bracket left open, no list of items
        (
            "云和县发展和改革局发布光伏发展工作实施方案。\n\n《方案》提出实施整县推进光伏规模化开发四大工程。\n\n"
            "()户用屋顶光伏发展工程。全面推动城乡现有居民住宅屋顶建设光伏发电项目。\n",
            [],
        ),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(PAGE_FAMILIES))
def test_measure_layout_families(
    variant: Callable[[str], str], text: str, want: list[tuple[str, list[str]]]
) -> None:
    doc = run(variant(text))
    got = [(m.label, [u.surface for u in m.responsible]) for m in doc.measures]
    assert got == [(variant(label), [variant(u) for u in units]) for label, units in want]
