"""The same policy text as different pages show it (CRLF, doubled breaks, heading punctuation, portal furniture
above the text), each in Simplified and Traditional: the extraction must not change. The families found by
``bench/perturb_corpus.py``."""

from __future__ import annotations

from pathlib import Path

import pytest

from policykg.loaders.extract import extract
from policykg.loaders.extract.structure import is_boilerplate
from policykg.loaders.normalize import match_text, name_key
from policykg.models import ParsedDocument, SourceDocument


def _traditional(text: str) -> str:
    import opencc

    return str(opencc.OpenCC("s2tw").convert(text))


SCRIPTS = [lambda t: t, _traditional]
SCRIPT_IDS = ["simplified", "traditional"]


def run(text: str) -> ParsedDocument:
    src = SourceDocument(Path("t.txt"), "t.txt", text, match_text(text), "utf-8", "Hans", "txt", "0")
    return extract(src)


def units(doc: ParsedDocument) -> list[list[str]]:
    return [[name_key(r.surface) for r in m.responsible] for m in doc.measures]


BROKEN_LIST = (
    "一、重点任务\n"
    "1.支持骨干企业做大做强。(牵头单位:市经济和信息化委;配合单位:市\n"
    "发展改革委、市统计局)\n"
    "2.支持企业并购重组。(牵头单位:市财政局)\n"
)


@pytest.mark.parametrize("script", SCRIPTS, ids=SCRIPT_IDS)
def test_crlf_keeps_a_unit_broken_over_lines(script) -> None:
    text = script(BROKEN_LIST)
    want = units(run(text))
    assert want[0][-2:] == [name_key(script("市发展改革委")), name_key(script("市统计局"))]
    assert units(run(text.replace("\n", "\r\n"))) == want


def test_crlf_match_text_keeps_length() -> None:
    text = "一、任务\r\n1.做甲。\r\n2.做乙。\r二、保障\r\n"
    m = match_text(text)
    assert len(m) == len(text) and "\r\n" not in m and m.count("\r") == 1  # the lone CR stays a break


PORTAL_TOP = (
    "无障碍 | 长者模式 | 登录 | 注册\n"
    "首页 > 政务公开 > 政策文件\n"
    "【字号：大 中 小】 【打印本页】 【关闭窗口】\n"
    "您当前的位置:\n"
)
NOTICE = (
    "某某市人民政府关于印发促进消费若干措施的通知\n"
    "某政发〔2024〕3号\n"
    "一、扩大消费\n"
    "1.开展促消费活动。(市商务局牵头)\n"
)


@pytest.mark.parametrize("line", [*PORTAL_TOP.splitlines(), "字体:大 中 小", "繁体 | 简体 | English"])
@pytest.mark.parametrize("script", SCRIPTS, ids=SCRIPT_IDS)
def test_portal_furniture_lines(script, line: str) -> None:
    assert is_boilerplate(match_text(script(line)).strip())


@pytest.mark.parametrize("line", ["一、总体要求", "登录注册管理办法", "关闭落后产能。"])
def test_not_furniture(line: str) -> None:
    assert not is_boilerplate(match_text(line))


@pytest.mark.parametrize("script", SCRIPTS, ids=SCRIPT_IDS)
def test_portal_furniture_above_changes_no_metadata(script) -> None:
    plain, paged = run(script(NOTICE)), run(script(PORTAL_TOP + NOTICE))
    assert paged.meta.title == plain.meta.title and plain.meta.title
    assert paged.meta.doc_number == plain.meta.doc_number and plain.meta.doc_number
    assert units(paged) == units(plain)


GLUED_HEAD = (
    "某某市发展和改革委员会某某市财政局2025年4月23日某某市支持新能源汽车产业发展若干政策为贯彻落实有关精神,"
    "制定本政策。一、支持企业扩大销量。(责任单位:市经信局)\n"
)


@pytest.mark.parametrize("script", SCRIPTS, ids=SCRIPT_IDS)
def test_glued_masthead_below_portal_furniture(script) -> None:
    plain, paged = run(script(GLUED_HEAD)), run(script(PORTAL_TOP + GLUED_HEAD))
    assert plain.meta.issued == "2025-04-23"
    assert (paged.meta.issued, paged.meta.issuer, paged.meta.title) == (
        plain.meta.issued,
        plain.meta.issuer,
        plain.meta.title,
    )


HEADING_THEN_PARAGRAPH = (
    "1、在某市设立综合配套改革试验区事宜\n"
    "由某副市长负责,市发改委牵头,相关部门配合,尽快完成实施方案。\n"
    "2、大气污染防治对策研究项目\n"
    "由某副市长负责,市环保局牵头,相关部门配合,尽快完成项目报批。\n"
)
CLAUSE_BELOW = (
    "一、重点工程\n"
    "(一)道路畅通工程。加快国省干道建设,\n"
    "进一步规范农村公路养护。(自治区交通运输厅牵头,自治区发展改革委配合)\n"
    "(二)水利工程。加快水库建设。(自治区水利厅牵头)\n"
)


@pytest.mark.parametrize("script", SCRIPTS, ids=SCRIPT_IDS)
@pytest.mark.parametrize("text", [HEADING_THEN_PARAGRAPH, BROKEN_LIST, CLAUSE_BELOW], ids=["para", "list", "below"])
def test_doubled_line_breaks_change_no_units(script, text: str) -> None:
    plain = run(script(text))
    assert all(units(plain)) and len(plain.measures) == 2
    doubled = run(script(text).replace("\n", "\n\n"))
    assert units(doubled) == units(plain)
    assert [[name_key(r.surface) for r in m.lead] for m in doubled.measures] == [
        [name_key(r.surface) for r in m.lead] for m in plain.measures
    ]
