"""HTML, DOCX and PDF loaders on documents generated at test time (see conftest.py)."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from policykg.errors import LoadError
from policykg.loaders.base import SUPPORTED_SUFFIXES, load
from policykg.loaders.docx import Cell, render_table
from policykg.loaders.html import parse_html, render_page
from policykg.loaders.pdf import assemble

Writer = Callable[[str, bytes], Path]


def _in_order(text: str, parts: list[str]) -> None:
    position = 0
    for part in parts:
        found = text.find(part, position)
        assert found >= 0, f"{part!r} missing (or out of order) in:\n{text}"
        position = found + len(part)


def test_supported_suffixes() -> None:
    assert {".txt", ".html", ".htm", ".docx", ".pdf"} <= SUPPORTED_SUFFIXES


# --------------------------------------------------------------------------- HTML


def test_html_gbk_page_keeps_article_drops_boilerplate(write: Writer, g: Any) -> None:
    doc = load(write("page.html", g.make_html(g.POLICY_LINES, charset="gb2312")))
    assert doc.format == "html"
    assert doc.encoding == "gb18030"
    lines = doc.text.splitlines()
    assert lines[0] == g.TITLE
    # the metadata table becomes "key value" lines before the body
    assert "索引号: 2437546735161053133" in lines
    assert "发文字号: 青人社字〔2021〕94号" in lines
    assert lines.index("成文日期: 2021-11-22") < lines.index(g.MEASURES[0])
    _in_order(doc.text, g.POLICY_LINES[1:])
    for line in g.POLICY_LINES[1:]:
        assert line in lines  # one line per <p>
    for junk in (
        "菜单",
        "统计代码",
        "新闻动态",
        "当前位置",
        "打印",
        "关闭窗口",
        "分享到",
        "版权所有",
        "相关链接",
        "字体大小",
        "nav",
    ):
        assert junk not in doc.text, junk
    assert doc.text.count(g.TITLE) == 1


def test_html_utf8_meta_charset_and_no_metadata(write: Writer, g: Any) -> None:
    doc = load(write("page.htm", g.make_html(g.POLICY_LINES, charset="utf-8", meta=False)))
    assert doc.encoding == "utf-8"
    assert doc.text.splitlines()[0] == g.TITLE
    _in_order(doc.text, g.MEASURES)


def test_html_without_declaration_is_detected(write: Writer) -> None:
    page = "<html><body><div><p>一、总体要求</p><p>1.加强就业服务。(责任单位:就业处)</p></div></body></html>"
    doc = load(write("bare.html", page.encode("gbk")))
    assert doc.encoding == "gb18030"
    assert doc.text == "一、总体要求\n1.加强就业服务。(责任单位:就业处)\n"


def test_html_breaks_cells_lists_and_source_newlines() -> None:
    page = (
        "<html><body><div id='zoom'>"
        "<p>为贯彻落实\n    有关部署,\n制定本方案。</p>"
        "<div>第一行<br>第二行</div>"
        "<ul><li>甲项</li><li>乙项</li></ul>"
        "<p>Big data\n platform</p>"
        "<table><tr><td>类别</td><td>数量</td></tr><tr><td>高技能人才</td><td>2万人</td></tr></table>"
        "</div></body></html>"
    )
    lines = render_page(parse_html(page))
    assert lines == [
        "为贯彻落实有关部署,制定本方案。",
        "第一行",
        "第二行",
        "甲项",
        "乙项",
        "Big data platform",
        "类别 数量",
        "高技能人才 2万人",
    ]


def test_html_task_table_becomes_measure_lines(g: Any) -> None:
    header = "<tr>" + "".join(f"<th>{h}</th>" for h in g.TASK_HEADER) + "</tr>"
    rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in g.TASK_ROWS)
    page = f"<html><body><div class='content'><p>附件</p><table>{header}{rows}</table></div></body></html>"
    lines = render_page(parse_html(page))
    assert lines == [
        "附件",
        "1.实施技能人才培养计划。(职业能力建设处牵头,技工教育处配合)(完成时限:2023年12月底前)",
        "2.健全技能人才评价体系。(职业技能鉴定中心牵头)(完成时限:长期坚持)",
    ]


def test_html_rowspan_lead_applies_to_each_row() -> None:
    page = (
        "<html><body><table><tr><td>序号</td><td>工作任务</td><td>责任单位</td></tr>"
        "<tr><td>1</td><td>开展培训。</td><td rowspan='2'>就业处、培训中心</td></tr>"
        "<tr><td>2</td><td>组织竞赛。</td></tr></table></body></html>"
    )
    assert render_page(parse_html(page)) == [
        "1.开展培训。(责任单位:就业处、培训中心)",
        "2.组织竞赛。(责任单位:就业处、培训中心)",
    ]


def test_html_fallback_container_is_the_block_with_most_chinese_text() -> None:
    article = "".join(f"<p>第{i}段正文内容,推进人才工作高质量发展。</p>" for i in range(10))
    page = (
        "<html><head><title>某某通知 - 某市政府</title></head><body>"
        "<div><a href='/'>首页</a> <a href='/x'>机构设置信息公开政务服务互动交流</a></div>"
        f"<div><div>{article}</div></div><div>网站地图 联系我们</div></body></html>"
    )
    lines = render_page(parse_html(page))
    assert lines[0] == "某某通知"
    assert lines[1:] == [f"第{i}段正文内容,推进人才工作高质量发展。" for i in range(10)]


def test_html_hidden_and_toolbar_elements_are_dropped() -> None:
    page = (
        "<html><body><div class='article'><p style='display:none'>隐藏文字</p>"
        "<p>【字体:大 中 小】</p><p>正文第一段内容。</p><span hidden>也隐藏</span>"
        "<p>上一篇:关于某事的通知</p></div></body></html>"
    )
    assert render_page(parse_html(page)) == ["正文第一段内容。"]


# --------------------------------------------------------------------------- DOCX


def test_docx_paragraphs_and_task_table_in_document_order(write: Writer, g: Any) -> None:
    lines = [*g.POLICY_LINES, "附件", "任务分工表", "以上任务按期完成。"]
    data = g.make_docx(lines, table=(g.TASK_HEADER, g.TASK_ROWS), table_after=len(g.POLICY_LINES) + 1)
    doc = load(write("plan.docx", data))
    assert doc.format == "docx"
    assert doc.encoding == "docx"
    assert doc.text.splitlines() == [
        *g.POLICY_LINES,
        "附件",
        "任务分工表",
        "1.实施技能人才培养计划。(职业能力建设处牵头,技工教育处配合)(完成时限:2023年12月底前)",
        "2.健全技能人才评价体系。(职业技能鉴定中心牵头)(完成时限:长期坚持)",
        "以上任务按期完成。",
    ]


def test_docx_single_unit_column_and_plain_table(write: Writer, g: Any) -> None:
    header = ["序 号", "工作任务", "责任单位"]
    rows = [["1", "实施培训计划。", "职业能力建设处\n技工教育处"], ["2", "开展评价工作。", "鉴定中心"]]
    other = (["指标", "目标值"], [["新增高技能人才", "2万人"]])
    data = g.make_docx(["任务分工"], table=(header, rows), table_after=0)
    doc = load(write("one-col.docx", data))
    assert doc.text.splitlines()[1:] == [
        "1.实施培训计划。(责任单位:职业能力建设处、技工教育处)",
        "2.开展评价工作。(责任单位:鉴定中心)",
    ]
    plain = load(write("plain.docx", g.make_docx(["指标表"], table=other, table_after=0)))
    assert plain.text.splitlines() == ["指标表", "指标 目标值", "新增高技能人才 2万人"]


def test_docx_merged_cells_and_automatic_numbering(write: Writer, g: Any) -> None:
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    # a numbered list: the numbers live in numbering.xml, not in the paragraph text
    numbering = document.part.numbering_part.element
    numbering.append(
        parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
            '<w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>'
            '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>'
            "</w:abstractNum>"
        )
    )
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))

    def numbered(text: str, level: int) -> None:
        p = document.add_paragraph(text)
        p._p.get_or_add_pPr().append(
            parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>')
        )

    numbered("总体要求", 0)
    numbered("强化培训。", 1)
    numbered("主要任务", 0)
    numbered("开展竞赛。", 1)
    numbered("加强评价。", 1)
    table = document.add_table(rows=3, cols=3)
    for j, name in enumerate(["序号", "重点任务", "牵头单位"]):
        table.rows[0].cells[j].text = name
    table.rows[1].cells[0].text = "1"
    table.rows[1].cells[1].text = "培训。"
    table.rows[2].cells[0].text = "2"
    table.rows[2].cells[1].text = "竞赛。"
    merged = table.rows[1].cells[2].merge(table.rows[2].cells[2])
    merged.text = "人才处"
    buffer = io.BytesIO()
    document.save(buffer)
    doc = load(write("numbered.docx", buffer.getvalue()))
    assert doc.text.splitlines() == [
        "一、总体要求",
        "1.强化培训。",
        "二、主要任务",
        "1.开展竞赛。",
        "2.加强评价。",
        "1.培训。(人才处牵头)",
        "2.竞赛。(人才处牵头)",
    ]


def test_render_table_two_row_header() -> None:
    def row(r: int, texts: list[str], origins: list[int] | None = None) -> list[Cell]:
        return [Cell([t], (r, (origins or list(range(len(texts))))[i])) for i, t in enumerate(texts)]

    grid = [
        [
            Cell(["序号"], (0, 0)),
            Cell(["任务"], (0, 1)),
            Cell(["责任单位"], (0, 2)),
            Cell(["责任单位"], (0, 2)),
        ],
        [Cell(["序号"], (0, 0)), Cell(["任务"], (0, 1)), Cell(["牵头"], (1, 2)), Cell(["配合"], (1, 3))],
        row(2, ["1", "推进改革。", "人社局", "财政局、教育局"]),
    ]
    assert render_table(grid) == ["1.推进改革。(人社局牵头,财政局、教育局配合)"]


def test_zip_that_is_not_a_word_document(write: Writer) -> None:
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("readme.txt", "hello")
    with pytest.raises(LoadError, match=r"not a Word document \(\.docx\)") as info:
        load(write("fake.docx", buffer.getvalue()))
    assert "fake.docx" in str(info.value)


# --------------------------------------------------------------------------- PDF


def _pdf_pages(g: Any, width: int = 24) -> list[list[str]]:
    head = [x for line in g.POLICY_LINES[:4] for x in g.wrap(line, width)]
    first = [x for line in g.MEASURES[:2] for x in g.wrap(line, width)]
    second = [x for line in g.MEASURES[2:] for x in g.wrap(line, width)]
    # page 1: document head; page 2: two measures; page 3: the last measure; running header + page numbers
    return [
        ["青岛市人力资源和社会保障局文件", *head, "- 1 -"],
        ["青岛市人力资源和社会保障局文件", "二、主要任务", *first, "第2页 共3页"],
        ["青岛市人力资源和社会保障局文件", *second, "3"],
    ]


def test_pdf_joins_lines_drops_page_numbers_and_running_headers(write: Writer, g: Any) -> None:
    doc = load(write("plan.pdf", g.make_pdf(_pdf_pages(g))))
    assert doc.format == "pdf"
    lines = doc.text.splitlines()
    for measure in g.MEASURES:
        assert measure in lines  # each measure joined back into one line
    _in_order(doc.text, [g.TITLE, g.POLICY_LINES[1], "一、工作目标", *g.MEASURES])
    assert doc.text.count("青岛市人力资源和社会保障局文件") == 1  # kept on page 1 only
    for number in ("- 1 -", "第2页", "共3页"):
        assert number not in doc.text
    assert not any(line.strip() == "3" for line in lines)


def test_pdf_page_spans(write: Writer, g: Any) -> None:
    doc = load(write("spans.pdf", g.make_pdf(_pdf_pages(g))))
    assert len(doc.pages) == 3
    assert doc.pages[0].start == 0 and doc.pages[-1].end == len(doc.text)
    for a, b in zip(doc.pages, doc.pages[1:], strict=False):
        assert a.end == b.start  # contiguous, nothing lost between pages
    assert doc.page_of(doc.text.index(g.TITLE)) == 1
    assert doc.page_of(doc.text.index("二、主要任务")) == 2
    assert doc.page_of(doc.text.index(g.MEASURES[1])) == 2
    assert doc.page_of(doc.text.index(g.MEASURES[2])) == 3
    assert doc.pages[2].quote(doc.text).startswith("3.强化技能人才激励保障")


def test_pdf_paragraph_continues_across_a_page_break(write: Writer, g: Any) -> None:
    long = g.MEASURES[0]
    pages = [
        ["一、主要任务", *g.wrap(long, 24)[:2], "- 1 -"],
        [*g.wrap(long, 24)[2:], *g.wrap(g.MEASURES[1], 24), "- 2 -"],
    ]
    doc = load(write("across.pdf", g.make_pdf(pages)))
    assert doc.text.splitlines() == ["一、主要任务", long, g.MEASURES[1]]
    second_page_start = doc.text.index(long) + len("".join(g.wrap(long, 24)[:2]))
    assert doc.pages[1].start == second_page_start
    assert doc.page_of(second_page_start - 1) == 1


def test_assemble_joins_english_words_and_hyphens() -> None:
    text, spans = assemble([["The policy supports inter-", "national talent and big", "data firms."]])
    assert text == "The policy supports international talent and big data firms.\n"
    assert spans[0].start == 0 and spans[0].end == len(text)


def test_pdf_without_text_layer(write: Writer, g: Any) -> None:
    with pytest.raises(LoadError, match=r"no text layer \(scanned PDF\?\); run OCR first"):
        load(write("scan.pdf", g.make_pdf([[], []])))


# --------------------------------------------------------------------------- across formats


def test_same_document_in_every_format_gives_the_same_text_lines(write: Writer, g: Any) -> None:
    text = load(write("same.txt", g.policy_text().encode("gbk")))
    page = load(write("same.html", g.make_html(g.POLICY_LINES, charset="gbk", meta=False)))
    word = load(write("same.docx", g.make_docx(g.POLICY_LINES)))
    pdf = load(write("same.pdf", g.make_pdf([[x for line in g.POLICY_LINES for x in g.wrap(line, 26)]])))
    expected = text.text.splitlines()
    assert expected == g.POLICY_LINES
    for doc in (page, word, pdf):
        assert doc.text.splitlines() == expected, doc.format


def test_same_document_in_every_format_yields_the_same_measures_units_targets(write: Writer, g: Any) -> None:
    extract_module = pytest.importorskip("policykg.loaders.extract")
    sources = [
        load(write("same.txt", g.policy_text().encode("utf-8"))),
        # no metadata table: the plain text has none either (an issuer would scope the units)
        load(write("same.html", g.make_html(g.POLICY_LINES, charset="gb2312", meta=False))),
        load(write("same.docx", g.make_docx(g.POLICY_LINES))),
        load(write("same.pdf", g.make_pdf([[x for line in g.POLICY_LINES for x in g.wrap(line, 26)]]))),
    ]

    def facts(source: object) -> tuple[list[str], list[list[str]], list[list[tuple[str, str]]]]:
        parsed = extract_module.extract(source)
        measures = [m.text for m in parsed.measures]
        units = [sorted(ref.key for ref in m.responsible) for m in parsed.measures]
        targets = [sorted((str(t.value), t.unit) for t in m.targets) for m in parsed.measures]
        return measures, units, targets

    reference = facts(sources[0])
    assert len(reference[0]) == 3
    assert all(reference[1]), "every measure has responsible units"
    for source in sources[1:]:
        assert facts(source) == reference, source.format


def test_assemble_keeps_a_wrapped_responsibility_clause_with_its_measure() -> None:
    text, _ = assemble(
        [["1.加强就业服务,开展招聘活动。", "(责任单位:就业处)", "2.推进人才培养,新增人才202", "5人。"]]
    )
    # full width is unknown on so few lines: the 。 ends paragraph 1 only where no clause follows
    assert text == "1.加强就业服务,开展招聘活动。(责任单位:就业处)\n2.推进人才培养,新增人才2025人。\n"


def test_assemble_breaks_at_short_lines_and_headings() -> None:
    full = "推进人才工作高质量发展推进人才工作高质量发展"  # 22 ems
    pages = [
        ["关于人才工作的实施方案", full, full, "发展。", "一、总体要求", full, "(一)加强组织领导", full, full]
    ]
    text, _ = assemble(pages)
    assert text.splitlines() == [
        "关于人才工作的实施方案",
        full * 2 + "发展。",
        "一、总体要求",
        full,
        "(一)加强组织领导",
        full * 2,
    ]


def test_assemble_keeps_a_unit_list_opened_at_the_end_of_a_line() -> None:
    # found by bench/bench_formats.py: "(责任单位:" ended the printed line, the units were cut off the measure
    text, _ = assemble(
        [["1.强化重点项目。举办活动5场次以上。(责任单位:", "市统计局、市财政局)", "2.深化平台建设。"]]
    )
    assert text == "1.强化重点项目。举办活动5场次以上。(责任单位:市统计局、市财政局)\n2.深化平台建设。\n"


def test_assemble_rejoins_a_decimal_broken_after_its_point() -> None:
    # found by bench/bench_formats.py: "3." + "5万家次" came back as "3. 5万", read as 5万
    text, _ = assemble([["服务企业3.", "5万家次以上,培训人员2", "0.5万人次。"]])
    assert text == "服务企业3.5万家次以上,培训人员20.5万人次。\n"


def test_assemble_still_ends_a_paragraph_at_a_colon_outside_brackets() -> None:
    text, _ = assemble([["责任单位:", "市统计局"], ["主要任务如下:", "围绕重点产业开展活动。"]])
    assert text.splitlines()[0] == "责任单位:"
    assert "主要任务如下:\n围绕重点产业开展活动。" in text
