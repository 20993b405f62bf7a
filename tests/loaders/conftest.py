"""Fixtures that write HTML, DOCX and PDF versions of a short policy text at test time.

The PDF writer is hand-made (no font files needed): a Type0 font with Identity-H encoding whose CIDs are the
Unicode code points, plus a ToUnicode CMap, which is what PDFs exported from Word/WPS carry (minus the embedded
glyphs, which text extraction never reads).
"""

from __future__ import annotations

import html
import io
from collections.abc import Callable
from pathlib import Path

import pytest

from policykg.loaders.extract.industries import IndustryLexicon

TITLE = "关于推进技能人才与产业融合发展的实施方案"
# (heading or measure line). Measures carry their responsible units the way plain-text documents do.
POLICY_LINES = [
    TITLE,
    "为进一步强化技能人才支撑,结合我市实际,制定本方案。",
    "一、工作目标",
    "全年新增高技能人才2万人以上,新增技能人才5万人。",
    "二、主要任务",
    "1.实施技能人才培养计划。围绕新一代信息技术、高端化工等产业,开展职业技能培训10万人次以上。(责任单位:职业能力建设处、技工教育处)",
    "2.健全技能人才评价体系。推行职业技能等级认定,每年认定技能人才1万人。(责任单位:职业技能鉴定中心)",
    "3.强化技能人才激励保障。落实技能人才待遇政策,开展技能竞赛50场次。(责任单位:人才开发处)",
]
MEASURES = [line for line in POLICY_LINES if line[:2] in ("1.", "2.", "3.")]

# The same three measures as rows of a task-division table.
TASK_HEADER = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]
TASK_ROWS = [
    ["1", "实施技能人才培养计划。", "职业能力建设处", "技工教育处", "2023年12月底前"],
    ["2", "健全技能人才评价体系。", "职业技能鉴定中心", "", "长期坚持"],
]


def policy_text() -> str:
    return "\n".join(POLICY_LINES) + "\n"


# --------------------------------------------------------------------------- HTML


def make_html(lines: list[str], *, charset: str = "gbk", title: str = TITLE, meta: bool = True) -> bytes:
    """A government article page: header nav, breadcrumb, toolbar, metadata table, article, footer, scripts."""
    body_paragraphs = "\n".join(f'<p style="text-indent:2em">{html.escape(line)}</p>' for line in lines[1:])
    meta_table = (
        '<table class="xxgk"><tr><td>索引号:</td><td>2437546735161053133</td><td>发文字号:</td>'
        "<td>青人社字〔2021〕94号</td></tr><tr><td>成文日期:</td><td>2021-11-22</td><td>发文单位:</td>"
        "<td>青岛市人力资源和社会保障局</td></tr></table>"
        if meta
        else ""
    )
    page = f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{html.escape(title)}_青岛市人力资源和社会保障局</title>
<style>.nav {{ color: red }}</style>
<script>var 菜单 = "首页 新闻 通知公告"; document.write(菜单);</script>
</head>
<body>
<div class="header"><h1 class="logo">青岛市人力资源和社会保障局</h1>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/xw">新闻动态</a></li><li><a href="/tz">通知公告</a></li>
<li><a href="/zc">政策法规</a></li><li><a href="/bs">办事服务</a></li></ul></div>
<div class="position">当前位置:<a href="/">首页</a> &gt; <a href="/zc">政策法规</a></div>
<div class="main-wrap">
<div class="article">
<h1>{html.escape(title)}</h1>
<div class="toolbar">字体大小:<a>大</a> <a>中</a> <a>小</a> 【打印本页】【关闭窗口】</div>
{meta_table}
<div class="TRS_Editor">
{body_paragraphs}
</div>
<div class="share">分享到:微信 微博</div>
</div>
<div class="sidebar"><h3>相关链接</h3><ul><li><a href="/a">青岛市人力资源和社会保障局关于做好就业工作的通知</a></li>
<li><a href="/b">关于印发人才工作要点的通知</a></li></ul></div>
</div>
<div class="footer">主办单位:青岛市人力资源和社会保障局 版权所有 地址:青岛市市南区 鲁ICP备12345678号</div>
<script type="text/javascript">console.log("统计代码");</script>
</body></html>
"""
    return page.encode(charset if charset.lower() not in ("gb2312", "gbk") else "gb18030")


# --------------------------------------------------------------------------- DOCX


def make_docx(
    lines: list[str],
    *,
    table: tuple[list[str], list[list[str]]] | None = None,
    table_after: int | None = None,
) -> bytes:
    """A .docx with ``lines`` as paragraphs and optionally a table after paragraph ``table_after``."""
    import docx

    document = docx.Document()
    for i, line in enumerate(lines):
        document.add_paragraph(line)
        if table is not None and table_after == i:
            header, rows = table
            t = document.add_table(rows=1 + len(rows), cols=len(header))
            for j, name in enumerate(header):
                t.rows[0].cells[j].text = name
            for r, row in enumerate(rows, start=1):
                for j, value in enumerate(row):
                    t.rows[r].cells[j].text = value
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


# --------------------------------------------------------------------------- PDF


def _load_pdfgen() -> object:
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "policykg_pdfgen", Path(__file__).parents[1] / "fixtures" / "pdfgen.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_PDFGEN: object = _load_pdfgen()
make_pdf = _PDFGEN.make_pdf  # type: ignore[attr-defined]  # one text line per entry of each page
wrap = _PDFGEN.wrap  # type: ignore[attr-defined]


def encrypt_pdf(data: bytes, password: str = "secret", algorithm: str = "RC4-128") -> bytes:
    """``data`` encrypted; an empty ``password`` is a permissions-only (owner password) PDF anyone can open."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(data)).pages:
        writer.add_page(page)
    writer.encrypt(user_password=password, owner_password="owner-secret", algorithm=algorithm)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


@pytest.fixture
def write(tmp_path: Path) -> Callable[[str, bytes], Path]:
    def _write(name: str, data: bytes) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        return path

    return _write


@pytest.fixture
def g() -> object:
    """This module: the generators and the sample policy (test modules cannot import conftest by name)."""
    import sys

    return sys.modules[__name__]


@pytest.fixture(scope="module")
def lex() -> IndustryLexicon:
    """The shipped industry lexicon, loaded once per test module (every industry rule test reads it)."""
    return IndustryLexicon.load_default()
