"""A saved government web page (.html/.htm/.shtml) -> the article as lines of text.

Steps: decode (BOM, then ``<meta charset>`` / http-equiv / XML declaration, else detection); parse with lxml
(libxml2 stops at a nesting depth of 2048 even with ``huge_tree``, so deeper pages are rebuilt with the
standard-library tokenizer into an lxml tree); drop scripts, styles, navigation, footers, hidden elements and
toolbars; pick the article container (known CMS container names first, else the smallest element holding most
of the page's non-link Chinese text); render it one line per block (p, div, li, br, table row), with the page
title first and the metadata table (索引号, 发文字号, 成文日期 ...) as "key value" lines before the body.

Every walk is iterative (lxml ``iterwalk``/``iter``), so a page nested 10,000 deep cannot hit a recursion limit.
"""

from __future__ import annotations

import logging
import re
from html.parser import HTMLParser
from typing import Any

from policykg.errors import LoadError
from policykg.loaders.base import Loaded
from policykg.loaders.decode import decode_bytes, decode_declared
from policykg.loaders.docx import LABEL_WORDS, Cell, render_table

log = logging.getLogger(__name__)

# --------------------------------------------------------------------------- decoding

_META_CHARSET = re.compile(rb"""<meta[^>]{0,400}?charset\s*=\s*["']?\s*([-\w:.]+)""", re.I)
_XML_DECL = re.compile(rb"""^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([-\w:.]+)["']""", re.I)
_XML_DECL_TEXT = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its first 4 KB (meta charset, http-equiv or XML declaration)."""
    head = data[:4096]
    m = _XML_DECL.match(head) or _META_CHARSET.search(head)
    return m.group(1).decode("ascii", "replace") if m else None


def _decode(data: bytes, name: str, warnings: list[str]) -> tuple[str, str]:
    declared = declared_charset(data)
    if declared:
        return decode_declared(data, declared, name=name, warnings=warnings)
    return decode_bytes(data, name=name, warnings=warnings)


# --------------------------------------------------------------------------- parsing

_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
_CLOSES_P = frozenset(
    "address article aside blockquote div dl fieldset footer form h1 h2 h3 h4 h5 h6 header hr main nav ol p "
    "pre section table ul li dd dt tr td th".split()
)
_SAFE_NAME = re.compile(r"^[A-Za-z_][\w.-]*$")


class _TreeParser(HTMLParser):
    """Tolerant HTML -> lxml tree with no depth limit (for pages libxml2 refuses to nest)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        from lxml import etree

        self.builder = etree.TreeBuilder()
        self.stack: list[str] = ["html"]
        self.builder.start("html", {})

    @staticmethod
    def _tag(tag: str) -> str:
        tag = tag.lower()
        return tag if _SAFE_NAME.match(tag) else "x-" + re.sub(r"[^\w.-]", "-", tag)

    def _close_to(self, tag: str) -> None:
        while len(self.stack) > 1:
            top = self.stack.pop()
            self.builder.end(top)
            if top == tag:
                return

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        tag = self._tag(tag)
        if tag == "html":
            return
        if tag in _CLOSES_P and "p" in self.stack[-1:]:
            self._close_to("p")
        if tag in ("li", "dt", "dd", "tr", "td", "th", "option") and tag in self.stack:
            # an unclosed sibling (<li>a<li>b) ends where the next one starts, within the same list
            boundary = {
                "li": ("ul", "ol"),
                "dt": ("dl",),
                "dd": ("dl",),
                "tr": ("table",),
                "td": ("tr", "table"),
                "th": ("tr", "table"),
                "option": ("select",),
            }[tag]
            for open_tag in reversed(self.stack):
                if open_tag in boundary:
                    break
                if open_tag == tag or (tag in ("td", "th") and open_tag in ("td", "th")):
                    self._close_to(open_tag)
                    break
        attributes = {k.lower(): (v or "") for k, v in attrs if _SAFE_NAME.match(k)}
        self.builder.start(tag, attributes)
        if tag in _VOID:
            self.builder.end(tag)
        else:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        tag = self._tag(tag)
        attributes = {k.lower(): (v or "") for k, v in attrs if _SAFE_NAME.match(k)}
        self.builder.start(tag, attributes)
        self.builder.end(tag)

    def handle_endtag(self, tag: str) -> None:
        tag = self._tag(tag)
        if tag in self.stack[1:]:
            self._close_to(tag)

    def handle_data(self, data: str) -> None:
        self.builder.data(data)

    def result(self) -> Any:
        self.close()
        while self.stack:
            self.builder.end(self.stack.pop())
        return self.builder.close()


def parse_html(text: str, warnings: list[str] | None = None) -> Any:
    """An lxml element tree for ``text`` (never raises on malformed markup; no depth limit)."""
    import lxml.html
    from lxml import etree

    text = _XML_DECL_TEXT.sub(
        "", text, count=1
    )  # lxml refuses str input that carries an encoding declaration
    parser = lxml.html.HTMLParser(huge_tree=True, remove_comments=True, remove_pis=True, no_network=True)
    root = None
    try:
        root = lxml.html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        log.debug("lxml could not parse the page (%s); using the fallback parser", exc)
    too_deep = any("depth" in e.message.lower() for e in parser.error_log)
    if root is None or too_deep:
        if too_deep and warnings is not None:
            warnings.append("markup nested deeper than 2048 levels; parsed with the fallback parser")
        fallback = _TreeParser()
        fallback.feed(text)
        root = fallback.result()
    return root


# --------------------------------------------------------------------------- boilerplate

_JUNK_TAGS = frozenset(
    "script style noscript template iframe frame frameset object embed applet svg canvas select option button "
    "input textarea nav map audio video head link meta base footer aside dialog".split()
)
_BLOCK = frozenset(
    "p div li ul ol dl dt dd h1 h2 h3 h4 h5 h6 tr table section article main blockquote pre address figure "
    "figcaption center form fieldset hr caption header body html tbody thead tfoot legend details summary".split()
)
# id/class words of navigation and page furniture (matched against the -/_ separated parts of each token).
_JUNK_WORDS = frozenset(
    "nav navbar navigation menu menus breadcrumb breadcrumbs crumb crumbs position location share sharing "
    "bdshare toolbar tools print footer foot copyright sidebar login search banner topbar qrcode ewm "
    "pager pagination prev next related relate friendlink links".split()
)
# id/class names of article containers in common government CMSs (TRS, 大汉, 拓尔思, 政务公开 templates).
_CONTENT_NAME = re.compile(
    r"^(trs_editor|custom_unionstyle|zoom|article|article[-_]?content|content|contents|main[-_]?txt|maintext|"
    r"detail|details|detail[-_]?content|pages[-_]?content|con|conent|view|textcontent|text|txt|wzcon|zwcontent|"
    r"zw|art[-_]?con|info[-_]?content|news[-_]?content|newscontent|article[-_]?body|bodycontent|"
    r"xxgk[-_]?content|gknbxq_detail|ccontent|detail[-_]?main|main[-_]?content)$",
    re.I,
)
_TOOLBAR_ONLY = re.compile(
    r"^(?:[【】\[\]|:：/()（）·]|字体大小|字体|字号|[大中小]|默认|打印本页|打印文章|打印页面|打印|关闭窗口|关闭本页|关闭|"
    r"分享到|分享|收藏本页|加入收藏|收藏|微信|微博|QQ空间|新浪微博|腾讯微博|返回顶部|扫一扫在手机打开当前页|扫一扫|"
    r"放大|缩小|A\+|A-|视力保护色|[\s\u3000\u00a0])+$"
)
_TOOLBAR_KEYWORD = re.compile(r"字体|字号|打印|关闭|分享|收藏|返回顶部|扫一扫")
_TOOLBAR_SEGMENT = re.compile(
    r"[【\[]?\s*(?:字体|字号)\s*[:：]?\s*[【\[]?\s*[大中小](?:\s*[】\]]?\s*[|/]?\s*[【\[]?\s*[大中小]){1,2}\s*[】\]]?"
    r"|[【\[]\s*(?:打印本页|打印|关闭窗口|关闭|加入收藏|收藏)\s*[】\]]"
)
_CRUMB = re.compile(r"^(当前位置|您的位置|您现在的位置|您当前的位置|所在位置|当前所在位置)\s*[:：]")
_PREV_NEXT = re.compile(r"^(上一篇|下一篇|上一条|下一条|上篇|下篇)\s*[:：]")
_META_LABEL = re.compile(
    "("
    + "|".join(sorted(LABEL_WORDS - {"名称", "标题", "分类"}, key=len, reverse=True))
    + r")\s*(?:[:：\s]|(?=\d))"
)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def _tokens(el: Any) -> list[str]:
    return (el.get("id", "") + " " + el.get("class", "")).split()


def _is_junk(el: Any) -> bool:
    tag = el.tag
    if tag in _JUNK_TAGS:
        return True
    if el.get("hidden") is not None or _HIDDEN_STYLE.search(el.get("style", "")):
        return True
    for token in _tokens(el):
        if any(part in _JUNK_WORDS for part in re.split(r"[-_]", token.lower())):
            return True
    return False


def _cjk_weight(s: str | None) -> int:
    if not s:
        return 0
    return sum(1 for ch in s if "\u4e00" <= ch <= "\u9fff")


def _collapse(s: str) -> str:
    return re.sub(r"\s+", "", s)


def _drop(el: Any) -> None:
    """Remove ``el`` but keep its tail text in place."""
    parent = el.getparent()
    if parent is None:
        return
    if el.tail:
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


def _short_texts(root: Any, limit: int) -> dict[Any, str]:
    """The text of every element whose text is at most ``limit`` characters, built bottom-up.

    Joining ``itertext()`` per element would cost depth x size on a deeply nested page.
    """
    short: dict[Any, str] = {}
    long: set[Any] = set()
    for el in reversed(list(root.iter())):
        if not isinstance(el.tag, str):
            continue
        parts = [el.text or ""]
        for child in el:
            if child in long:
                break
            parts.append(short.get(child, ""))
            parts.append(child.tail or "")
        else:
            text = "".join(parts)
            if len(text) <= limit:
                short[el] = text
                continue
        long.add(el)
    return short


def _strip_boilerplate(root: Any) -> None:
    junk: list[Any] = []
    # Elements are keys, never id(): lxml proxies are recreated on access, so an id() can be reused.
    in_article: set[Any] = set()
    for el in root.iter():
        if not isinstance(el.tag, str):
            junk.append(el)
            continue
        if el.tag in ("article", "main"):
            in_article.update(d for d in el.iter())
        if el.tag == "header" and el not in in_article:
            junk.append(el)  # the page header (logo, site menu); an <article>'s own header holds its title
        elif el.tag != "html" and el.tag != "body" and _is_junk(el):
            junk.append(el)
    for el in junk:
        _drop(el)
    toolbars: list[Any] = []
    for el, text in _short_texts(root, 60).items():
        if el.tag in ("html", "body"):
            continue
        if _TOOLBAR_KEYWORD.search(text) and _TOOLBAR_ONLY.match(text):
            toolbars.append(el)
    for el in toolbars:
        _drop(el)


# --------------------------------------------------------------------------- container choice


def _weights(root: Any) -> dict[Any, tuple[int, int]]:
    """element -> (Chinese characters in it, of which inside links), computed bottom-up without recursion."""
    weights: dict[Any, tuple[int, int]] = {}
    for el in reversed(list(root.iter())):
        total = _cjk_weight(el.text)
        links = 0
        for child in el:
            ct, cl = weights.get(child, (0, 0))
            total += ct + _cjk_weight(child.tail)
            links += cl
        if el.tag == "a":
            links = total
        weights[el] = (total, links)
    return weights


def _choose_main(body: Any, weights: dict[Any, tuple[int, int]], data_tables: dict[Any, list[str]]) -> Any:
    def text_weight(el: Any) -> int:
        total, links = weights.get(el, (0, 0))
        return total - links

    page = text_weight(body)
    if page == 0:
        return body
    named = [
        el
        for el in body.iter()
        if isinstance(el.tag, str) and any(_CONTENT_NAME.match(t) for t in _tokens(el))
    ]
    named = [el for el in named if text_weight(el) >= 0.4 * page]
    if named:
        best = max(text_weight(el) for el in named)
        good = [el for el in named if text_weight(el) >= 0.7 * best]
        # the innermost good container: the article body without its page frame
        return max(good, key=lambda el: sum(1 for _ in el.iterancestors()))
    current = body
    while True:
        # only containers: never a single paragraph, nor a data table (rendered whole, row by row)
        children = [c for c in current if c.tag in _CONTAINERS and c not in data_tables]
        if not children:
            return current
        child = max(children, key=text_weight)
        if text_weight(child) < 0.7 * page:
            return current
        current = child


# --------------------------------------------------------------------------- rendering

_CONTAINERS = frozenset("div section article main form center span font table tbody tr td th".split())
_SOFT = "\r"  # a newline in the source markup: a space between words, nothing between Chinese characters
_CJK_CLASS = r"[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]"
_CJK_SOFT = re.compile(rf"(?<={_CJK_CLASS})[ \t\r]*\r[ \t\r]*|[ \t\r]*\r[ \t\r]*(?={_CJK_CLASS})")
_SPACES = re.compile(r"[ \t\r\f\v]+")


def _source_text(s: str, in_pre: bool) -> str:
    if in_pre:
        return s.replace("\r\n", "\n").replace("\r", "\n")
    return re.sub(r"\r\n|\r|\n", _SOFT, s)


def _finish_line(line: str) -> str:
    line = _CJK_SOFT.sub("", line)
    return _SPACES.sub(" ", line).strip()


def _cell_paragraphs(cell: Any) -> list[str]:
    return [ln for ln in _render(cell, {}) if ln]


def _table_grid(table: Any) -> list[list[Cell]]:
    """Rows of cells with colspan/rowspan expanded (merged positions share an origin)."""
    rows = list(table.iter("tr"))
    grid: list[list[Cell]] = []
    pending: dict[int, tuple[int, Cell]] = {}  # column -> (rows still covered, cell)
    for r, tr in enumerate(rows):
        row: list[Cell] = []
        col = 0
        for td in [c for c in tr if c.tag in ("td", "th")]:
            col = _fill_pending(row, col, pending)
            span = _span(td.get("colspan"))
            down = _span(td.get("rowspan"))
            cell = Cell(_cell_paragraphs(td), (r, col))
            for _ in range(span):
                row.append(cell)
                if down > 1:
                    pending[col] = (down - 1, cell)
                col += 1
        _fill_pending(row, col, pending)
        grid.append(row)
    return grid


def _fill_pending(row: list[Cell], col: int, pending: dict[int, tuple[int, Cell]]) -> int:
    """Append the cells that rowspans from earlier rows put at ``col`` onwards; returns the next column."""
    while col in pending:
        left, cell = pending[col]
        row.append(cell)
        if left <= 1:
            del pending[col]
        else:
            pending[col] = (left - 1, cell)
        col += 1
    return col


def _span(value: str | None) -> int:
    try:
        return max(1, min(int(value or "1"), 100))
    except ValueError:
        return 1


def _data_tables(root: Any) -> dict[Any, list[str]]:
    """Lines for every innermost table (layout tables holding other tables are rendered as blocks)."""
    out: dict[Any, list[str]] = {}
    for table in root.iter("table"):
        if any(True for _ in table.iterdescendants("table")):
            continue
        out[table] = render_table(_table_grid(table))
    return out


def _render(start: Any, tables: dict[Any, list[str]]) -> list[str]:
    """Lines of the subtree at ``start``: one per block element, <br> and table row."""
    from lxml import etree

    pieces: list[str] = []
    pre_depth = 0
    walker = etree.iterwalk(start, events=("start", "end"))
    for event, el in walker:
        tag = el.tag if isinstance(el.tag, str) else ""
        if event == "start":
            if el in tables and el is not start:
                pieces.append("\n" + "\n".join(tables[el]) + "\n")
                walker.skip_subtree()
                continue
            if tag == "pre":
                pre_depth += 1
            if tag == "br" or tag in _BLOCK or tag in ("td", "th"):
                pieces.append("\n")
            if el.text:
                pieces.append(_source_text(el.text, pre_depth > 0))
        else:
            if tag == "pre":
                pre_depth -= 1
            if tag in _BLOCK or tag in ("td", "th"):
                pieces.append("\n")
            if el is not start and el.tail:
                pieces.append(_source_text(el.tail, pre_depth > 0))
    lines = [_finish_line(line) for line in "".join(pieces).split("\n")]
    return [line for line in lines if line]


def _clean_lines(lines: list[str]) -> list[str]:
    out: list[str] = []
    for line in lines:
        line = _TOOLBAR_SEGMENT.sub("", line).strip()
        if not line or _TOOLBAR_ONLY.match(line) or _CRUMB.match(line) or _PREV_NEXT.match(line):
            continue
        out.append(line)
    return out


def _element_text(el: Any) -> str:
    return _finish_line(_source_text("".join(el.itertext()), False))


def _page_title(root: Any) -> str:
    """The <title> text without its site-name suffix (标题_青岛市人力资源和社会保障局)."""
    for title in root.iter("title"):
        text = _element_text(title)
        if text:
            parts = [p.strip() for p in re.split(r"\s*[_|｜]\s*|\s+-\s+", text) if p.strip()]
            return max(parts, key=len) if parts else text
    return ""


def _title(body: Any, main: Any, page_title: str) -> str:
    """An <h1> that agrees with <title> (a site logo is often an <h1> too), else the one in the article."""
    h1s = [(el, _element_text(el)) for el in body.iter("h1")]
    h1s = [(el, text) for el, text in h1s if text]
    key = _collapse(page_title)
    for _el, text in h1s:
        if key and (_collapse(text) in key or key in _collapse(text)):
            return text
    inside = set(main.iter())
    for el, text in h1s:
        if el in inside:
            return text
    return page_title


def _meta_elements(body: Any, main: Any) -> list[Any]:
    """Short elements outside the article that carry metadata labels (索引号, 发文字号, 发布时间 ...)."""
    from lxml import etree

    main_ancestors = set(main.iterancestors())
    short = _short_texts(body, 400)
    found: list[Any] = []
    walker = etree.iterwalk(body, events=("start",))
    for _event, el in walker:
        if el is main:
            walker.skip_subtree()
            continue
        if el in main_ancestors or not isinstance(el.tag, str):
            continue
        text = short.get(el)
        if text is not None and _META_LABEL.search(text + " "):
            found.append(el)
            walker.skip_subtree()  # the outermost short element holds the whole metadata block
    return found


def render_page(root: Any) -> list[str]:
    """The page's lines: title, metadata, article body."""
    page_title = _page_title(root)  # before stripping: <head> goes with the boilerplate
    _strip_boilerplate(root)
    body = root.find("body")
    if body is None:
        body = root
    tables = _data_tables(body)
    main = _choose_main(body, _weights(body), tables)
    title = _title(body, main, page_title)
    meta_lines: list[str] = []
    for el in _meta_elements(body, main):
        meta_lines.extend(_render(el, tables) if el not in tables else tables[el])
    body_lines = _clean_lines(_render(main, tables) if main not in tables else tables[main])
    lines: list[str] = []
    head = {_collapse(x) for x in body_lines[:5] + meta_lines}
    if title and _collapse(title) not in head:
        lines.append(title)
    seen_title = _collapse(title)
    for line in _clean_lines(meta_lines):
        if _collapse(line) == seen_title and lines:
            continue
        lines.append(line)
    lines.extend(body_lines)
    return lines


def load_html(data: bytes, name: str) -> Loaded:
    warnings: list[str] = []
    text, encoding = _decode(data, name, warnings)
    root = parse_html(text, warnings)
    lines = render_page(root)
    if not lines:
        raise LoadError(name, "no text in the HTML page (only markup, scripts or navigation)")
    return Loaded(text="\n".join(lines) + "\n", encoding=encoding, format="html", warnings=warnings)
