"""Pages without numbered items (round 20, dev17). News reports on a plan: a page without numbered items whose lead reports the act (5月8日,某市
出台《…》 / 9月3日,记者获悉 / 本报讯) has each later paragraph that states what the plan does as one unnumbered
measure, labelled from where the plan's words start (after 据了解, or 《方案》明确了重点任务:); the goals paragraph
(《方案》提出,到2027年…), a progress paragraph (目前,…) and a paragraph describing the plan (《方案》还提出了…) are no
measures, nor is any paragraph of a page that is not a report. Paragraphs enumerated by ordinal words (一是…; 二是…;) are
measures numbered as written, when two or more run on from 一是. Inline texts in both scripts and both
punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, family_params, run

Case = tuple[str, list[str]]

_LEAD = "5月8日,某市出台《某市数字经济三年行动方案》,聚焦软件信息、智能终端两条重点产业链。\n"
_GOALS = "《方案》提出,到2027年,数字经济核心产业增加值达到500亿元,培育龙头企业10家以上。\n"

# Each family's cases: a page and the opening words of each measure found on it (the label's first 8 characters).
FAMILIES: dict[str, list[Case]] = {
    "report_paragraphs_stating_actions_are_measures": [
        (
            _LEAD
            + _GOALS
            + "据了解,我市将建立重点产业链链长工作机制,每条产业链明确一名市领导和一个牵头部门推进。\n",
            ["我市将建立重点产"],
        ),
        (
            "9月3日,记者获悉,市商务局全力推动消费提质扩容,力争全年社会消费品零售总额增长8%。\n"
            "该局强力实施消费品以旧换新行动,组织家电、汽车等重点商品促销活动,全面激活县乡消费市场潜力。\n"
            "目前,全市已举办促销活动120场,带动消费超过30亿元,县乡市场销售回暖明显。\n",
            ["该局强力实施消"],
        ),
        (
            "本报讯 近日,某县出台支持民营经济发展的若干措施,着力优化营商环境。\n"
            "《措施》明确了重点任务:打造民营经济示范园区,建设一批专业化服务平台,培育一批专精特新企业。\n",
            ["打造民营经济示"],
        ),
    ],
    "paragraphs_about_the_plan_or_its_results_are_no_measures": [
        # the plan as the subject, the reporter's summary of a change, a progress paragraph
        (
            _LEAD + "据悉,本次调整结合我市产业基础和发展方向,旨在进一步优化产业布局,明确发展重点和方向。\n"
            "《方案》还提出了各产业链的优势产业、新兴产业和未来产业,并明确了各链长的工作责任和任务。\n"
            "目前,两条产业链已集聚规模以上企业80家,全年营业收入超过200亿元,产业集聚效应逐步显现。\n",
            [],
        ),
    ],
    "pages_that_are_no_report_keep_no_measure": [
        # an official page's opening, no dateline: its paragraphs are no report's
        (
            "某市人民政府关于印发某市数字经济三年行动方案的通知\n各区人民政府,市政府各部门:\n"
            "现将《某市数字经济三年行动方案》印发给你们,请认真贯彻执行。我市将建立重点产业链链长工作机制。\n",
            [],
        ),
    ],
}

# Each family's cases: a page and the numbers of the measures found on it.
ORDINALS: dict[str, list[tuple[str, list[str]]]] = {
    "paragraphs_enumerated_by_ordinal_words_are_measures": [
        (
            "某县将实施工业强县战略,重点发展食品、医药两大产业。\n"
            "一是食品产业,重点壮大农产品初加工产业链,力争到2027年产值达到50亿元;\n"
            "二是医药产业,重点壮大药材种植产业链,力争到2027年产值达到30亿元。\n",
            ["一是", "二是"],
        ),
    ],
    "a_lone_or_out_of_turn_ordinal_is_no_enumeration": [
        ("某县将实施工业强县战略。\n一是食品产业,重点壮大农产品初加工产业链,力争产值达到50亿元。\n", []),
        ("二是食品产业,重点壮大农产品初加工产业链。\n三是医药产业,重点壮大药材种植产业链。\n", []),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(ORDINALS))
def test_ordinal_paragraph_measures(variant: Callable[[str], str], text: str, want: list[str]) -> None:
    doc = run(variant(text))
    assert [m.number for m in doc.measures] == want
    assert all(not m.label.startswith(variant(w)) for m, w in zip(doc.measures, want, strict=True))


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_news_report_measures(variant: Callable[[str], str], text: str, want: list[str]) -> None:
    doc = run(variant(text))
    assert [m.number for m in doc.measures] == [""] * len(want)
    assert [m.label[: len(w)] for m, w in zip(doc.measures, want, strict=True)] == [variant(w) for w in want]
