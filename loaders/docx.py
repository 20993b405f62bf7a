"""Word (.docx): paragraphs and tables in document order, task-division tables as lines the extractor reads.

The body XML is walked directly (python-docx opens and validates the package) so that tables stay where they
are in the text, tracked insertions are kept and deletions dropped, and automatic list numbers (一、 / (一) /
1.) are written out: in a Word file they live in numbering.xml, not in the paragraph text.

``render_table`` is shared with the HTML loader: a 任务分工表 (columns 序号 / 任务 / 牵头单位 / 配合单位 /
责任单位 / 完成时限) becomes ``1.任务(A牵头,B、C配合)(完成时限:…)`` per row, the shapes a responsibility clause
takes in plain-text documents.
"""

from __future__ import annotations

import io
import logging
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from policykg.errors import LoadError
from policykg.loaders.base import Loaded
from policykg.loaders.extract.numerals import int_to_cn

log = logging.getLogger(__name__)

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
# Bounds on what a package may make us build (real policy documents unpack to a few MB and ~100k XML elements):
# checked by decompressing and counting before python-docx or lxml build anything, so a forged size header or a
# small zip of repetitive XML is a reported skip instead of gigabytes of memory.
_MAX_UNPACKED = 64 * 1024 * 1024  # all members together
_MAX_MEMBER = 24 * 1024 * 1024  # one member (word/document.xml)
_MAX_ELEMENTS = 1_000_000  # XML elements in word/document.xml

# --------------------------------------------------------------------------- tables (shared with html.py)


@dataclass
class Cell:
    """One grid position of a table; merged cells share ``origin`` (row, column of the top-left position)."""

    paragraphs: list[str]
    origin: tuple[int, int]

    @property
    def text(self) -> str:
        return "".join(p.strip() for p in self.paragraphs if p.strip())


def _key(s: str) -> str:
    return re.sub(r"[\s\u3000:：()（）]+", "", s)


# Header words of a task-division table. Order matters inside each role: the first pattern that matches wins.
_ROLE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("number", re.compile(r"^(序号|编号|序|No\.?)$", re.I)),
    ("deadline", re.compile(r"(完成时限|时间节点|完成时间|时限|时间安排|进度安排|完成期限|办结时限)")),
    ("lead", re.compile(r"(牵头单位|牵头部门|牵头处室|牵头科室|牵头|主责单位|主责部门|主办单位)")),
    ("coop", re.compile(r"(配合单位|配合部门|配合处室|配合科室|协办单位|协同单位|参与单位|配合)")),
    (
        "resp",
        re.compile(
            r"(责任单位|责任部门|责任处室|责任科室|责任主体|实施单位|承办单位|负责单位|责任单位及分工)"
        ),
    ),
    ("task", re.compile(r"(任务|措施|工作内容|内容|事项|举措|工作要点|重点工作)")),
)


def _roles(header: list[str]) -> dict[str, int] | None:
    """Column index per role if ``header`` names a task-division table, else None."""
    roles: dict[str, int] = {}
    for i, raw in enumerate(header):
        key = _key(raw)
        if not key or len(key) > 12:
            continue
        for role, pattern in _ROLE_PATTERNS:
            if pattern.search(key):
                if role == "task":
                    roles["task"] = i  # the right-most task column is the most specific (类别 | 具体措施)
                else:
                    roles.setdefault(role, i)
                break
    if "task" in roles and ({"lead", "resp", "coop"} & roles.keys()):
        return roles
    return None


def _units(cell: Cell | None) -> str:
    if cell is None:
        return ""
    parts = [p.strip().strip("、,，;；") for p in cell.paragraphs]
    return "、".join(p for p in parts if p)


def _number(raw: str, fallback: int) -> str:
    raw = raw.strip()
    if not raw:
        return f"{fallback}."
    if re.fullmatch(r"\d+[.．、]?", raw):
        return raw.rstrip(".．、") + "."
    if re.fullmatch(r"[一二三四五六七八九十百]+[、.．]?", raw):
        return raw.rstrip("、.．") + "、"
    return raw


def _task_lines(grid: list[list[Cell]], roles: dict[str, int], start: int, header: list[str]) -> list[str]:
    lines: list[str] = []
    ordinal = 0
    header_key = [_key(h) for h in header]

    def cell(row: list[Cell], role: str) -> Cell | None:
        i = roles.get(role)
        return row[i] if i is not None and i < len(row) else None

    for row in grid[start:]:
        if not row:
            continue
        if [_key(c.text) for c in row] == header_key:
            continue  # a header row repeated on every page
        distinct = {c.origin for c in row}
        if len(distinct) == 1:  # a row spanning the whole table: a category heading
            if row[0].text:
                lines.append(row[0].text)
            continue
        task_cell = cell(row, "task")
        task = task_cell.text if task_cell else ""
        if not task:
            continue
        ordinal += 1
        num_cell = cell(row, "number")
        number = _number(num_cell.text if num_cell else "", ordinal)
        lead = _units(cell(row, "lead"))
        coop = _units(cell(row, "coop"))
        resp = _units(cell(row, "resp"))
        line = f"{number}{task}"
        if lead:
            others = "、".join(x for x in (coop, resp) if x and x != lead)
            line += f"({lead}牵头,{others}配合)" if others else f"({lead}牵头)"
        elif coop and resp:
            line += f"(责任单位:{resp}、{coop})"
        elif resp or coop:
            line += f"(责任单位:{resp or coop})"
        deadline_cell = cell(row, "deadline")
        if deadline_cell is not None and deadline_cell.text:
            line += f"(完成时限:{deadline_cell.text})"
        lines.append(line)
    return lines


# Labels of the metadata tables on government pages (索引号 | 2437… | 发文字号 | 青人社字〔2021〕94号).
LABEL_WORDS = frozenset(
    {
        "索引号",
        "发文字号",
        "文号",
        "成文日期",
        "发布日期",
        "发布时间",
        "发文单位",
        "发文机关",
        "发布机构",
        "主题分类",
        "公文种类",
        "有效性",
        "生效日期",
        "废止日期",
        "信息来源",
        "来源",
        "主题词",
        "组配分类",
        "体裁分类",
        "名称",
        "标题",
        "分类",
        "文件编号",
        "印发日期",
    }
)


def _looks_like_label(s: str) -> bool:
    s = s.strip()
    return _key(s) in LABEL_WORDS or (0 < len(s) <= 8 and s.endswith((":", "：")))


def _plain_lines(grid: list[list[Cell]]) -> list[str]:
    lines: list[str] = []
    for r, row in enumerate(grid):
        cells: list[Cell] = []
        seen: set[tuple[int, int]] = set()
        for c in row:
            if (
                c.origin in seen or c.origin[0] != r
            ):  # a horizontal repeat or the lower part of a vertical merge
                continue
            seen.add(c.origin)
            cells.append(c)
        cells = [c for c in cells if any(p.strip() for p in c.paragraphs)]
        if not cells:
            continue
        if len(cells) == 1:
            lines.extend(p.strip() for p in cells[0].paragraphs if p.strip())
            continue
        texts = [" ".join(p.strip() for p in c.paragraphs if p.strip()) for c in cells]
        if len(texts) >= 4 and len(texts) % 2 == 0 and all(_looks_like_label(t) for t in texts[0::2]):
            lines.extend(f"{k} {v}".rstrip() for k, v in zip(texts[0::2], texts[1::2], strict=True))
        else:
            lines.append(" ".join(texts))
    return lines


def render_table(grid: list[list[Cell]]) -> list[str]:
    """Lines for one table: task rows for a task-division table, else one line per row."""
    if not grid:
        return []
    best: tuple[int, dict[str, int], list[str]] | None = None
    for header_rows in (1, 2):
        if len(grid) <= header_rows:
            break
        width = max(len(r) for r in grid[:header_rows])
        header: list[str] = []
        for col in range(width):
            parts: list[str] = []
            for row in grid[:header_rows]:
                if col < len(row) and row[col].text and row[col].text not in parts:
                    parts.append(row[col].text)
            header.append("".join(parts))
        roles = _roles(header)
        # a two-row header (责任单位 over 牵头 | 配合) names more roles than its first row alone
        if roles is not None and (best is None or len(roles) > len(best[1])):
            best = (header_rows, roles, header)
    if best is not None:
        return _task_lines(grid, best[1], best[0], best[2])
    return _plain_lines(grid)


# --------------------------------------------------------------------------- automatic numbering


def _chinese(n: int) -> str:
    return int_to_cn(n) if n > 0 else str(n)


def _roman(n: int) -> str:
    out = ""
    for value, sym in (
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ):
        while n >= value:
            out += sym
            n -= value
    return out


def _format_number(n: int, fmt: str) -> str:
    if fmt in (
        "chineseCounting",
        "chineseCountingThousand",
        "taiwaneseCounting",
        "taiwaneseCountingThousand",
        "ideographDigital",
    ):
        return _chinese(n)
    if fmt == "chineseLegalSimplified":
        return _chinese(n).translate(str.maketrans("一二三四五六七八九十", "壹贰叁肆伍陆柒捌玖拾"))
    if fmt == "ideographTraditional" and 1 <= n <= 10:
        return "甲乙丙丁戊己庚辛壬癸"[n - 1]
    if fmt == "decimalEnclosedCircle" or fmt == "decimalEnclosedCircleChinese":
        return chr(0x2460 + n - 1) if 1 <= n <= 20 else str(n)
    if fmt == "decimalFullWidth":
        return "".join(chr(ord(d) + 0xFEE0) for d in str(n))
    if fmt == "lowerLetter":
        return chr(ord("a") + (n - 1) % 26)
    if fmt == "upperLetter":
        return chr(ord("A") + (n - 1) % 26)
    if fmt == "lowerRoman":
        return _roman(n).lower()
    if fmt == "upperRoman":
        return _roman(n)
    return str(n)


@dataclass
class _Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    suffix: str = "tab"


@dataclass
class _Numbering:
    """numId -> abstract list levels, and running counters per abstract list."""

    nums: dict[str, tuple[str, dict[int, int]]] = field(
        default_factory=dict
    )  # numId -> (abstractId, overrides)
    levels: dict[str, dict[int, _Level]] = field(default_factory=dict)
    counters: dict[str, dict[int, int]] = field(default_factory=dict)
    style_num: dict[str, tuple[str, int]] = field(default_factory=dict)  # styleId -> (numId, ilvl)

    @classmethod
    def from_document(cls, document: Any) -> _Numbering:
        numbering = cls()
        try:
            root = document.part.numbering_part.element
        except (NotImplementedError, KeyError, AttributeError):
            return numbering
        for absnum in root.iter(f"{W}abstractNum"):
            levels: dict[int, _Level] = {}
            for lvl in absnum.iter(f"{W}lvl"):
                level = _Level()
                for child in lvl:
                    val = child.get(f"{W}val")
                    if val is None:
                        continue
                    if child.tag == f"{W}start" and val.isdigit():
                        level.start = int(val)
                    elif child.tag == f"{W}numFmt":
                        level.fmt = val
                    elif child.tag == f"{W}lvlText":
                        level.text = val
                    elif child.tag == f"{W}suff":
                        level.suffix = val
                levels[int(lvl.get(f"{W}ilvl", "0"))] = level
            numbering.levels[absnum.get(f"{W}abstractNumId", "")] = levels
        for num in root.iter(f"{W}num"):
            abstract = num.find(f"{W}abstractNumId")
            overrides: dict[int, int] = {}
            for override in num.iter(f"{W}lvlOverride"):
                start = override.find(f"{W}startOverride")
                if start is not None and (start.get(f"{W}val") or "").isdigit():
                    overrides[int(override.get(f"{W}ilvl", "0"))] = int(start.get(f"{W}val", "1"))
            if abstract is not None:
                numbering.nums[num.get(f"{W}numId", "")] = (abstract.get(f"{W}val", ""), overrides)
        try:
            styles = document.styles.element
        except (KeyError, AttributeError):
            return numbering
        for style in styles.iter(f"{W}style"):
            num_pr = style.find(f"{W}pPr/{W}numPr")
            if num_pr is None:
                continue
            num_id = num_pr.find(f"{W}numId")
            ilvl = num_pr.find(f"{W}ilvl")
            if num_id is not None:
                numbering.style_num[style.get(f"{W}styleId", "")] = (
                    num_id.get(f"{W}val", ""),
                    int(ilvl.get(f"{W}val", "0")) if ilvl is not None else 0,
                )
        return numbering

    def label(self, p: Any) -> str:
        """The list number Word would display before paragraph ``p`` (and advance the counters)."""
        ppr = p.find(f"{W}pPr")
        num_id: str | None = None
        ilvl = 0
        if ppr is not None:
            num_pr = ppr.find(f"{W}numPr")
            if num_pr is not None:
                nid = num_pr.find(f"{W}numId")
                lvl = num_pr.find(f"{W}ilvl")
                num_id = nid.get(f"{W}val") if nid is not None else None
                ilvl = int(lvl.get(f"{W}val", "0")) if lvl is not None else 0
            if num_id is None:
                style = ppr.find(f"{W}pStyle")
                if style is not None and style.get(f"{W}val", "") in self.style_num:
                    num_id, ilvl = self.style_num[style.get(f"{W}val", "")]
        if not num_id or num_id == "0" or num_id not in self.nums:
            return ""
        abstract, overrides = self.nums[num_id]
        levels = self.levels.get(abstract, {})
        if ilvl not in levels:
            return ""
        counters = self.counters.setdefault(abstract, {})
        start = overrides.get(ilvl, levels[ilvl].start)
        counters[ilvl] = counters.get(ilvl, start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        level = levels[ilvl]
        if level.fmt in ("bullet", "none"):
            return ""

        def sub(m: re.Match[str]) -> str:
            k = int(m.group(1)) - 1
            lv = levels.get(k, _Level())
            value = counters.get(k, overrides.get(k, lv.start))
            return _format_number(value, lv.fmt if k != ilvl else level.fmt)

        label = re.sub(r"%(\d)", sub, level.text)
        if label and level.suffix != "nothing" and not re.search(r"[\W_]$", label):
            label += " "
        return label


# --------------------------------------------------------------------------- body walk


def _paragraph_text(p: Any) -> str:
    """Text of a w:p: runs, hyperlinks, tracked insertions; not deletions, field codes or text boxes."""
    out: list[str] = []
    stack = [iter(p)]
    while stack:
        try:
            el = next(stack[-1])
        except StopIteration:
            stack.pop()
            continue
        tag = el.tag
        if not isinstance(tag, str):
            continue
        if tag == f"{W}t":
            out.append(el.text or "")
        elif tag == f"{W}tab":
            out.append("\t")
        elif tag in (f"{W}br", f"{W}cr"):
            out.append("\n")
        elif tag == f"{W}noBreakHyphen":
            out.append("-")
        elif tag in (
            f"{W}del",
            f"{W}pPr",
            f"{W}rPr",
            f"{W}instrText",
            f"{W}drawing",
            f"{W}pict",
            f"{MC}AlternateContent",
            f"{W}txbxContent",
            f"{W}footnoteReference",
        ):
            continue
        else:
            stack.append(iter(el))
    return "".join(out)


def _cell_paragraphs(tc: Any, numbering: _Numbering) -> list[str]:
    paragraphs: list[str] = []
    for child in tc:
        if child.tag == f"{W}p":
            paragraphs.extend((numbering.label(child) + _paragraph_text(child)).split("\n"))
        elif child.tag == f"{W}tbl":  # a table inside a cell: its rows, flattened
            paragraphs.extend(render_table(_grid(child, numbering)))
        elif child.tag == f"{W}sdt":
            content = child.find(f"{W}sdtContent")
            if content is not None:
                paragraphs.extend(_cell_paragraphs(content, numbering))
    return paragraphs


def _int(el: Any, path: str, default: int) -> int:
    found = el.find(path)
    if found is None:
        return default
    val = found.get(f"{W}val", "")
    return int(val) if val.isdigit() else default


def _grid(tbl: Any, numbering: _Numbering) -> list[list[Cell]]:
    grid: list[list[Cell]] = []
    for r, tr in enumerate(x for x in tbl if x.tag == f"{W}tr"):
        row: list[Cell] = []
        col = _int(tr, f"{W}trPr/{W}gridBefore", 0)
        row.extend(Cell([], (r, c)) for c in range(col))
        tcs = [x for x in tr if x.tag == f"{W}tc"]
        for sdt in (x for x in tr if x.tag == f"{W}sdt"):
            content = sdt.find(f"{W}sdtContent")
            if content is not None:
                tcs.extend(x for x in content if x.tag == f"{W}tc")
        for tc in tcs:
            span = max(1, _int(tc, f"{W}tcPr/{W}gridSpan", 1))
            vmerge = tc.find(f"{W}tcPr/{W}vMerge")
            above = grid[-1][col] if grid and col < len(grid[-1]) else None
            if vmerge is not None and vmerge.get(f"{W}val", "continue") == "continue" and above is not None:
                cell = Cell(above.paragraphs, above.origin)
            else:
                cell = Cell(_cell_paragraphs(tc, numbering), (r, col))
            row.extend(cell for _ in range(span))
            col += span
        grid.append(row)
    return grid


def _body_lines(container: Any, numbering: _Numbering) -> Iterator[str]:
    for child in container:
        tag = child.tag
        if tag == f"{W}p":
            text = numbering.label(child) + _paragraph_text(child)
            yield from text.split("\n")
        elif tag == f"{W}tbl":
            yield from render_table(_grid(child, numbering))
        elif tag in (f"{W}sdt", f"{W}customXml", f"{W}ins"):
            content = child.find(f"{W}sdtContent") if tag == f"{W}sdt" else child
            if content is not None:
                yield from _body_lines(content, numbering)


def _too_large(name: str, what: str, limit: int) -> LoadError:
    return LoadError(name, f"too large when unpacked: {what} exceeds {limit // (1024 * 1024)} MB")


def _unpacked_size(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, budget: int) -> int:
    """The real unpacked size of one member (decompressed in chunks, never more than ``budget`` + 1 MB)."""
    if info.file_size > min(budget, _MAX_MEMBER):
        raise _too_large(name, info.filename, min(budget, _MAX_MEMBER))
    size = 0
    with archive.open(info) as fh:
        while chunk := fh.read(1 << 20):
            size += len(chunk)
            if size > min(budget, _MAX_MEMBER):  # the header lied about the size
                raise _too_large(name, info.filename, min(budget, _MAX_MEMBER))
    return size


def _count_elements(archive: zipfile.ZipFile, name: str) -> None:
    from lxml import etree

    count = 0
    with archive.open("word/document.xml") as fh:
        for _event, element in etree.iterparse(fh, events=("end",), resolve_entities=False, no_network=True):
            count += 1
            if count > _MAX_ELEMENTS:
                raise LoadError(name, f"too many XML elements in the Word document (over {_MAX_ELEMENTS:,})")
            element.clear(keep_tail=False)


def _check_package(data: bytes, name: str) -> None:
    """A real .docx within the bounds above, or a LoadError naming the problem."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if "word/document.xml" not in names or "[Content_Types].xml" not in names:
                raise LoadError(name, "not a Word document (.docx): the zip has no word/document.xml")
            budget = _MAX_UNPACKED
            for info in archive.infolist():
                budget -= _unpacked_size(archive, info, name, budget)
            _count_elements(archive, name)
    except zipfile.BadZipFile as exc:
        raise LoadError(name, f"not a Word document (.docx): not a valid zip package ({exc})") from exc
    except (zipfile.LargeZipFile, NotImplementedError, EOFError, OSError, RuntimeError) as exc:
        raise LoadError(name, f"corrupt Word document (.docx): {exc}") from exc
    except Exception as exc:  # lxml's XMLSyntaxError and kin: python-docx would fail on the same XML
        if isinstance(exc, LoadError):
            raise
        raise LoadError(name, f"corrupt Word document (.docx): broken XML ({exc})") from exc


def _open(data: bytes, name: str) -> Any:
    if data.startswith(b"\xd0\xcf\x11\xe0"):  # OLE compound file: encrypted OOXML or a legacy .doc
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise LoadError(name, "encrypted Word document (password-protected); save an unprotected copy")
        raise LoadError(name, "a legacy Word 97-2003 (.doc) file, not .docx; save it as .docx")
    _check_package(data, name)
    import docx  # lazy: python-docx is only needed for .docx inputs
    from docx.opc.exceptions import PackageNotFoundError
    from lxml.etree import XMLSyntaxError

    try:
        return docx.Document(io.BytesIO(data))
    except XMLSyntaxError as exc:
        raise LoadError(name, f"corrupt Word document (.docx): broken XML ({exc})") from exc
    except (PackageNotFoundError, ValueError, KeyError, zipfile.BadZipFile, OSError, EOFError) as exc:
        raise LoadError(name, f"corrupt Word document (.docx): {exc}") from exc


def load_docx(data: bytes, name: str) -> Loaded:
    document = _open(data, name)
    numbering = _Numbering.from_document(document)
    lines: list[str] = []
    for line in _body_lines(document.element.body, numbering):
        line = line.strip()
        if line:
            lines.append(line)
    if not lines:
        raise LoadError(name, "no text in the Word document")
    return Loaded(text="\n".join(lines) + "\n", encoding="docx", format="docx")
