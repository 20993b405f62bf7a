"""PDF with a text layer -> paragraphs, with each page's span in the produced text.

pypdf gives one line per printed line. Page numbers (- 3 -, 第3页, 3/10, a lone number) at the top or bottom
of a page and running headers/footers repeated on most pages are dropped; printed lines are then joined back
into paragraphs. A line ends a paragraph when it ends with 。；：！？, when the next line starts with a heading
marker (一、 (一) 1. (1) ① 附件 第…条) or a responsibility line, or when it is clearly shorter than a full line.
Chinese-Chinese joins take no space; a hyphen that splits an English word is removed.
"""

from __future__ import annotations

import io
import logging
import re
from dataclasses import dataclass

from policykg.errors import LoadError
from policykg.loaders.base import Loaded
from policykg.loaders.normalize import fold
from policykg.models import Span

log = logging.getLogger(__name__)

_PAGE_NUMBER = re.compile(
    r"^(?:[-—–−－~]\s*\d{1,4}\s*[-—–−－~]|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|"
    r"共\s*\d{1,4}\s*页\s*第\s*\d{1,4}\s*页|\d{1,4}\s*/\s*\d{1,4}|\d{1,4}|[Pp]age\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$"
)
# a role label ending a line (matched on the folded text: Traditional and full-width forms alike)
_ROLE_LABEL_END = re.compile(r"[。;]\s*(?:责任|牵头|配合|协办|主办|主责|协同|参与)(?:单位|部门|处室)\s*:$")
_PARAGRAPH_END = re.compile(r"[。；;：:！!？?][”’\"')）]?$")
# a list bullet may stand before a heading's marker (◈ 4.…: the bullets of ``extract.structure``)
_HEADING = re.compile(
    r"^(?:[◈◆◇●○■□▪▫▸▶►•★☆◎❖✦✧➢➤]\s*)?(?:[一二三四五六七八九十百]+[、.．]|[(（][一二三四五六七八九十百]+[)）]|\d{1,3}[.．、](?!\d)|[(（]\d{1,3}[)）]|"
    r"[\u2460-\u2473]|附件|第[一二三四五六七八九十百\d]+[章节条部分]|"
    r"(?:责任单位|牵头单位|责任部门|配合单位|责任处室)[:：])"
)
_CJK = r"\u2e80-\u9fff\u3000-\u303f\uff00-\uffef"
_SPACED_CJK = re.compile(rf"(?<=[{_CJK}]) (?=[{_CJK}])")
_REMOVED = "\x00removed"  # not "": a blank line is a paragraph break, a dropped page number is not
_TRAILING_CLAUSE = re.compile(r"^[(（]\s*(?:责任|牵头|配合|完成时限|完成时间|时间节点)")
_OPENING = frozenset("(（[【《“‘〔")
_MAX_PAGES = 5000  # real policy documents have tens of pages
_MAX_TEXT = 8_000_000  # characters of extracted text (about 20 MB of UTF-8 Chinese)
_EDGE = 2  # lines at the top and bottom of a page where page numbers and running heads live


@dataclass
class _Line:
    text: str
    page: int


def _width(s: str) -> float:
    # Chinese fonts set curly quotes, dashes and CJK punctuation full-width; only ASCII is half-width.
    return len(s) - 0.5 * len(s.encode("ascii", "ignore"))  # the ASCII characters, counted in C


def _open(data: bytes, name: str) -> object:
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, PyPdfError

    if b"%PDF-" not in data[:1024]:
        raise LoadError(name, "not a PDF file (no %PDF- header)")
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
    except (PyPdfError, ValueError, KeyError, TypeError, OSError) as exc:
        raise LoadError(name, f"corrupt PDF: {exc}") from exc
    if reader.is_encrypted:
        try:
            opened = reader.decrypt("")
        except (DependencyError, NotImplementedError) as exc:
            raise LoadError(name, f"encrypted PDF that cannot be opened here ({exc})") from exc
        except (FileNotDecryptedError, PyPdfError, ValueError) as exc:
            raise LoadError(name, f"encrypted PDF: {exc}") from exc
        if not opened:
            raise LoadError(
                name, "encrypted PDF: a password is required to open it; save an unprotected copy"
            )
    return reader


def _page_texts(reader: object, name: str, warnings: list[str]) -> list[str]:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    assert isinstance(reader, PdfReader)
    texts: list[str] = []
    try:
        pages = list(reader.pages)
    except (PyPdfError, ValueError, KeyError, TypeError, RecursionError) as exc:
        raise LoadError(name, f"corrupt PDF: cannot read its page tree ({exc})") from exc
    if len(pages) > _MAX_PAGES:
        raise LoadError(name, f"too many pages ({len(pages):,} > {_MAX_PAGES:,})")
    total = 0
    for number, page in enumerate(pages, start=1):
        try:
            texts.append(page.extract_text() or "")
        except (
            PyPdfError,
            ValueError,
            KeyError,
            TypeError,
            AttributeError,
            IndexError,
            ZeroDivisionError,
        ) as exc:
            warnings.append(f"page {number}: text could not be extracted ({exc})")
            texts.append("")
        total += len(texts[-1])
        if total > _MAX_TEXT:
            raise LoadError(name, f"too much text (over {_MAX_TEXT:,} characters by page {number})")
    return texts


def _fix_spacing(line: str) -> str:
    # Justified Chinese lines come out of some PDFs with a space between every pair of characters.
    spaced = len(_SPACED_CJK.findall(line))
    cjk = len(re.findall(f"[{_CJK}]", line))
    if spaced >= 3 and spaced >= 0.3 * cjk:
        return _SPACED_CJK.sub("", line)
    return line


def _edge_key(line: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", line))


def _clean_pages(texts: list[str]) -> list[list[str]]:
    """Each page's lines without page numbers and running headers/footers ("" marks a blank line)."""
    pages = [[_fix_spacing(line.strip()) for line in text.splitlines()] for text in texts]

    def edges(lines: list[str]) -> tuple[list[int], list[int]]:
        filled = [i for i, line in enumerate(lines) if line]
        return filled[:_EDGE], filled[-_EDGE:]

    for lines in pages:
        top, bottom = edges(lines)
        for i in set(top + bottom):
            if _PAGE_NUMBER.match(lines[i]):
                lines[i] = _REMOVED
    if len(pages) >= 2:
        # Running heads repeat in the same place: count top and bottom lines separately.
        top_counts: dict[str, int] = {}
        bottom_counts: dict[str, int] = {}
        for lines in pages:
            top, bottom = edges(lines)
            for key in {_edge_key(lines[i]) for i in top}:
                top_counts[key] = top_counts.get(key, 0) + 1
            for key in {_edge_key(lines[i]) for i in bottom}:
                bottom_counts[key] = bottom_counts.get(key, 0) + 1
        threshold = max(2, (len(pages) + 1) // 2)
        top_repeated = {key for key, n in top_counts.items() if n >= threshold}
        bottom_repeated = {key for key, n in bottom_counts.items() if n >= threshold}
        for number, lines in enumerate(pages):
            top, bottom = edges(lines)
            # On the first page a repeated line at the top is the document's own heading, kept once.
            for i in [] if number == 0 else top:
                if _edge_key(lines[i]) in top_repeated:
                    lines[i] = _REMOVED
            for i in bottom:
                if _edge_key(lines[i]) in bottom_repeated:
                    lines[i] = _REMOVED
    return [[line for line in lines if line != _REMOVED] for lines in pages]


def _open_brackets(text: str) -> int:
    depth = 0
    for ch in text:
        if ch in "(（":
            depth += 1
        elif ch in ")）" and depth:
            depth -= 1
    return depth


def _joins(prev: str, nxt: str, full: float | None) -> bool:
    if not prev or not nxt:
        return False
    if prev[-1] in _OPENING:  # "…以上。(" + "责任单位:…)": a bracket never ends a paragraph
        return True
    if _TRAILING_CLAUSE.match(nxt):  # "…的发展。" + "(责任单位:…)": the clause belongs to the measure
        return True
    if _HEADING.match(nxt):
        return False
    if _PARAGRAPH_END.search(prev):
        # "…(责任单位:" + "市统计局、…)": a colon inside a bracket the line opened does not end anything, nor
        # does a role label's after a sentence on a line that ran to the margin ("…上千万项目2个。责任单位:" +
        # "镇政府": its units follow; a label alone on its line stays a line of its own)
        return prev[-1] in ":：" and (
            _open_brackets(prev) > 0
            or (
                full is not None
                and _width(prev) >= full - max(1.6, 0.06 * full)
                and _ROLE_LABEL_END.search(fold(prev[-9:])) is not None
            )
        )
    # Justified lines run to the right margin; a line that stops clearly short of it ends its paragraph
    # (titles, signatures, dates, the last line of a paragraph).
    return not (full is not None and _width(prev) < full - max(1.6, 0.06 * full))


def _glue(prev: str, nxt: str) -> str:
    if re.search(r"[A-Za-z]-$", prev) and re.match(r"[a-z]", nxt):
        return prev[:-1] + nxt
    # English words keep their space; a number broken across lines (202|5年, 3.|5万) does not get one.
    if re.search(r"[0-9][.．]$", prev) and re.match(r"[0-9]", nxt):
        return prev + nxt
    if (re.search(r"[A-Za-z,.;:]$", prev) and re.match(r"[A-Za-z0-9]", nxt)) or (
        re.search(r"[0-9]$", prev) and re.match(r"[A-Za-z]", nxt)
    ):
        return prev + " " + nxt
    return prev + nxt


def _full_width(lines: list[_Line]) -> float | None:
    widths = sorted(_width(line.text) for line in lines if line.text)
    if len(widths) < 5:
        return None
    return widths[int(0.9 * (len(widths) - 1))]


def assemble(pages: list[list[str]]) -> tuple[str, list[Span]]:
    """Join printed lines into paragraphs; returns the text and each page's span in it."""
    lines = [_Line(text, number) for number, page in enumerate(pages) for text in page]
    full = _full_width(lines)
    paragraphs: list[list[_Line]] = []
    for line in lines:
        if not line.text:
            if paragraphs and paragraphs[-1]:
                paragraphs.append([])
            continue
        if paragraphs and paragraphs[-1] and _joins(paragraphs[-1][-1].text, line.text, full):
            paragraphs[-1].append(line)
        else:
            if paragraphs and not paragraphs[-1]:
                paragraphs[-1].append(line)
            else:
                paragraphs.append([line])
    starts: dict[int, int] = {}
    out = ""
    for paragraph in (p for p in paragraphs if p):
        if out:
            out += "\n"
        text = ""
        for line in paragraph:
            glued = _glue(text, line.text) if text else line.text
            # where this printed line begins in the output (after any glue space)
            begin = len(out) + len(glued) - len(line.text)
            starts.setdefault(line.page, begin)
            text = glued
        out += text
    if out:
        out += "\n"
    spans: list[Span] = []
    for number in range(len(pages)):
        later = [start for page, start in starts.items() if page > number]
        end = min(later) if later else len(out)
        # a page without text gets an empty span where its text would have been
        spans.append(Span(starts.get(number, end), end))
    return out, spans


class _Collect(logging.Handler):
    """pypdf's own log lines, kept as the document's warnings (reported with its name) instead of printed."""

    def __init__(self, into: list[str]) -> None:
        super().__init__(logging.WARNING)
        self.into = into

    def emit(self, record: logging.LogRecord) -> None:
        if len(self.into) < 100:
            self.into.append(f"pypdf: {record.getMessage()}")


def load_pdf(data: bytes, name: str) -> Loaded:
    warnings: list[str] = []
    pypdf_log = logging.getLogger("pypdf")
    handler = _Collect(warnings)
    pypdf_log.addHandler(handler)
    propagate, pypdf_log.propagate = pypdf_log.propagate, False
    try:
        reader = _open(data, name)
        texts = _page_texts(reader, name, warnings)
    finally:
        pypdf_log.removeHandler(handler)
        pypdf_log.propagate = propagate
    if not any(t.strip() for t in texts):
        raise LoadError(name, "no text layer (scanned PDF?); run OCR first")
    text, pages = assemble(_clean_pages(texts))
    if not text.strip():
        raise LoadError(name, "no text layer (scanned PDF?); run OCR first")
    return Loaded(text=text, encoding="pdf", format="pdf", pages=pages, warnings=warnings)
