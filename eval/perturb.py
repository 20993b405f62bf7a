"""Meaning-preserving perturbations of a corpus part (text and gold together), for finding brittle rules.

A real page from another city shows the same policy in another script or another layout: Traditional
characters, paragraphs run together or split, CRLF, full-width or half-width punctuation and digits, heading
numbers punctuated differently, portal furniture above the text. Each perturbation here rewrites a corpus
text that way and rewrites its gold file *consistently* (the conventions of ``shared/spec/annotation.md``:
titles, units and target units in the document's script, regions and industries in Simplified, dates and
values normalised), so the scores of a perturbed part compare with the original's. ``identity`` must score
exactly as the original: it checks the copying itself.

``bench/perturb_corpus.py`` writes the perturbed copies into a temporary directory and scores them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from policykg.eval.gold import read_gold
from policykg.eval.perturb_structure import STRUCTURE
from policykg.eval.perturb_wording import WORDING
from policykg.loaders.normalize import name_key

TextMap = Callable[[str], str]
DocMap = Callable[[str, dict[str, Any]], tuple[str, dict[str, Any]]]

# gold keys whose strings are written in the document's script (and punctuation) ...
_DOC_STRINGS = ("title", "doc_number")
_MEASURE_STRINGS = ("title", "text", "deadline")
# ... and the ones that stay as they are (normalised values, Simplified by convention, file names)
# "region", "industries", "doc_industries", "date_issued", "doc": untouched.


@cache
def _opencc(config: str) -> Any:
    import opencc  # lazy, as elsewhere

    return opencc.OpenCC(config)


def _script(config: str) -> TextMap:
    return lambda s: str(_opencc(config).convert(s))


_HALF_PUNCT = "(),:;"  # not ? and !: an ASCII ? is a lost space in these pages (see normalize)
_FULL_PUNCT = "（），：；"
_TO_HALF = str.maketrans(_FULL_PUNCT + "０１２３４５６７８９", _HALF_PUNCT + "0123456789")
_TO_FULL = str.maketrans(_HALF_PUNCT + "0123456789", _FULL_PUNCT + "０１２３４５６７８９")


def _half(s: str) -> str:
    return s.translate(_TO_HALF)


def _full(s: str) -> str:
    # a decimal point or a date's hyphen between digits stays ASCII; a real page converts whole runs
    return s.translate(_TO_FULL)


_CN = "一二三四五六七八九十"
_HEAD_TOP = re.compile(rf"^(\s*)([{_CN}]+)、", re.M)
_HEAD_PAREN = re.compile(rf"()[(（]([{_CN}]+)[)）]")  # anywhere: a page writes all its (一) alike
_HEAD_ARABIC = re.compile(r"^(\s*)(\d{1,2})[.．、](?=\D)", re.M)


def _heads_dot(s: str) -> str:
    """一、 -> 一. ; (一) -> 一) ; 1. -> 1、 (the three other spellings portals show)."""
    s = _HEAD_TOP.sub(r"\1\2.", s)
    s = _HEAD_PAREN.sub(r"\1\2)", s)
    return _HEAD_ARABIC.sub(r"\1\2、", s)


def _heads_comma(s: str) -> str:
    """一、 -> 一， ; (一) -> （一） ; 1. -> 1．"""
    s = _HEAD_TOP.sub(r"\1\2，", s)
    s = _HEAD_PAREN.sub(r"\1（\2）", s)
    return _HEAD_ARABIC.sub(r"\1\2．", s)


def _join_lines(s: str) -> str:
    """Every line break a space: a page whose paragraph tags were lost."""
    return re.sub(r"[ \t]*\n+[ \t]*", " ", s.strip())


def hard_wrap(s: str, width: float = 38) -> str:
    """Hard-wrap long lines at a display width (ASCII half a column), as text copied from a PDF or a
    fixed-width page shows: newlines inside paragraphs."""
    out = []
    for line in s.split("\n"):
        cur, used = "", 0.0
        for ch in line:
            w = 0.5 if ord(ch) < 0x80 else 1.0
            if used + w > width:
                out.append(cur)
                cur, used = "", 0.0
            cur += ch
            used += w
        out.append(cur)
    return "\n".join(out)


_BOILER_TOP = (
    "首页 > 政务公开 > 政策文件 > 规范性文件",
    "当前位置：首页 > 信息公开 > 通知公告",
    "【字号：大 中 小】 【打印本页】 【关闭窗口】",
    "字号 大 中 小 打印本页 分享到：",
    "无障碍 | 长者模式 | 登录 | 注册",
    "",
)
_BOILER_END = ("", "【打印本页】 【关闭窗口】", "扫一扫在手机打开当前页", "主办单位：政府办公室 网站标识码")


def _boiler(s: str) -> str:
    return "\n".join(_BOILER_TOP) + "\n" + s


def _footer(s: str) -> str:
    # the corpus texts are cut mid-document, so a footer lands right after a cut measure: a real page's
    # footer follows the signature and date instead (reported, not tuned for)
    return s.rstrip("\n") + "\n" + "\n".join(_BOILER_END) + "\n"


@dataclass(frozen=True)
class Perturbation:
    """A rewrite of the text; ``gold`` is the rewrite of the gold strings written in the document's script;
    ``whole`` (when set) rewrites a text and its gold together, for markings the gold's numbers follow."""

    name: str
    text: TextMap
    gold: TextMap | None = None  # None: gold strings unchanged
    note: str = ""
    whole: DocMap | None = None


# Item markings other pages use (round 20): the `1.` items of a part (at a line's start or a table cell's: `| 1.`)
# rewritten as `(1)`, `1)`, `⑴`, `①`, the gold numbers of the items rewritten with them (annotation.md: a
# measure's number as written).
_ITEM = re.compile(r"(?:^|(?<=\|))([ \t\u3000]*)(\d{1,2})(?:[.．](?!\d)|、)[ \t\u3000]*", re.M)
_TITLE_KEY = 6  # the first characters of a gold title, looked for in the text of the items of its number
_BODY_WINDOW = (
    200  # the text of an item read for them (a title may follow a 由A负责, lead-in: the scorer's way)
)


def _body_key(s: str) -> str:
    return name_key(s)


def _holds(bodies: list[str] | set[str], title: str) -> bool:
    key = name_key(title)[:_TITLE_KEY]
    return bool(key) and any(key in b for b in bodies)


def _item_texts(text: str) -> list[tuple[re.Match[str], str]]:
    """Each `N.` item's marker and the key of its text, up to the next marker (at most ``_BODY_WINDOW``)."""
    marks = list(_ITEM.finditer(text))
    ends = [m.start() for m in marks[1:]] + [len(text)] * bool(marks)
    return [
        (m, _body_key(text[m.end() : min(e, m.end() + _BODY_WINDOW)]))
        for m, e in zip(marks, ends, strict=True)
    ]


def _rewritten_items(text: str) -> dict[int, list[str]]:
    """Each `N.` item's number and the key of its text (a number recurs: every list restarts at 1)."""
    out: dict[int, list[str]] = {}
    for m, body in _item_texts(text):
        out.setdefault(int(m.group(2)), []).append(body)
    return out


def _renumber_gold(
    gold: dict[str, Any], items: dict[int, list[str]], mark: Callable[[int], str]
) -> dict[str, Any]:
    """The gold with the number (and the path's last step) of every rewritten item as the text now writes it."""
    out = dict(gold)
    measures = []
    for m in gold.get("measures", []):
        num = str(m.get("number") or "")
        bodies = items.get(int(num), []) if re.fullmatch(r"[0-9]{1,2}", num) else []
        if _holds(bodies, str(m.get("title") or "")):
            m = dict(m, number=mark(int(num)))
            if m.get("path"):
                m["path"] = [*m["path"][:-1], m["number"]]
        measures.append(m)
    out["measures"] = measures
    return out


# a page that already numbers sub-items (1), 1), ⑴ or ① is left as it is: its 1. items written the same way
# would make two levels one (no real page does), and the gold could not tell them apart
# (and a table whose rows are numbered in cells of their own, 1 alone on a line: a 1. in its task cell is no row)
_SUB_ITEM = re.compile(
    r"^[ \t\u3000]*(?:[(（]\d{1,2}[)）]|\d{1,2}[)）]|[\u2460-\u2487]|\d{1,3}[ \t]*\|?[ \t]*$)", re.M
)


def _item_marks(mark: Callable[[int], str], limit: int = 99) -> DocMap:
    """``limit``: the last number the marking has a form for (⑳, ⒇): a longer list is left as it is."""

    def rewrite(text: str, gold: dict[str, Any]) -> tuple[str, dict[str, Any]]:
        if _SUB_ITEM.search(text) or any(int(m.group(2)) > limit for m in _ITEM.finditer(text)):
            return text, gold
        new = _ITEM.sub(lambda m: f"{m.group(1)}{mark(int(m.group(2)))}", text)
        return new, _renumber_gold(gold, _rewritten_items(text), mark)

    return rewrite


def _circled(base: int) -> Callable[[int], str]:
    return lambda n: chr(base + n - 1)


def _cut_lists(text: str, gold: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """Every list of `N.` items that reaches 3. starts there: items 1 and 2 cut off with the text between, as a
    page whose first screen was lost (their gold measures dropped)."""
    marks = list(_ITEM.finditer(text))
    cuts = [
        (a.start(), c.start())
        for a, b, c in zip(marks, marks[1:], marks[2:], strict=False)
        if (a.group(2), b.group(2), c.group(2)) == ("1", "2", "3")
    ]
    if not cuts:
        return text, gold
    gone = {body for m, body in _item_texts(text) if any(a <= m.start() < c for a, c in cuts)}
    out, last = [], 0
    for a, c in cuts:
        out.append(text[last:a])
        last = c
    out.append(text[last:])
    kept = [m for m in gold.get("measures", []) if not _cut_measure(m, gone)]
    left = "".join(out)
    lost = "".join(text[a:c] for a, c in cuts)
    targets = [t for t in gold.get("doc_targets", []) if not _cut_target(t, lost, left)]
    return left, dict(gold, measures=kept, doc_targets=targets)


def _cut_target(t: dict[str, Any], lost: str, left: str) -> bool:
    clause = str(t.get("text") or "")[:10]
    return bool(clause) and clause in lost and clause not in left


def _cut_measure(m: dict[str, Any], gone: set[str]) -> bool:
    return str(m.get("number") or "") in ("1", "2") and _holds(gone, str(m.get("title") or ""))


_ITEM_LINE = re.compile(r"^[ \t\u3000]*\d{1,2}[.．、](?!\d)")


def _run_together(text: str) -> str:
    """One-line `N.` items of a list run together in one paragraph: `1.…；2.…；3.…。`"""
    lines = text.split("\n")
    out = [lines[0]]
    for line in lines[1:]:
        prev = out[-1]
        if _ITEM_LINE.match(line) and _ITEM_LINE.match(prev) and not line.lstrip().startswith("1"):
            out[-1] = (
                prev.rstrip()[:-1] + "；" if prev.rstrip().endswith("。") else prev.rstrip()
            ) + line.strip()
        else:
            out.append(line)
    return "\n".join(out)


_MARKER_GAP = re.compile(
    rf"^([ \t\u3000]*(?:[{_CN}]+、|[(（][{_CN}]+[)）]|\d{{1,2}}[.．、](?!\d)))[ \t]*", re.M
)
_TOP_HEAD = re.compile(rf"^([ \t\u3000]*)([{_CN}]+)、[ \t]*", re.M)


def _articles(text: str, gold: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """一、 headings as 第一条 articles (a regulation's layout), the gold's top numbers with them."""
    new = _TOP_HEAD.sub(lambda m: f"{m.group(1)}第{m.group(2)}条\u3000", text)
    rewritten = {m.group(2) for m in _TOP_HEAD.finditer(text)}  # a heading run on inside a line stays 一、
    measures = []
    for m in gold.get("measures", []):
        path = list(m.get("path") or [])
        if path and path[0] in rewritten:
            path[0] = f"第{path[0]}条"
            m = dict(m, path=path)
            if len(path) == 1:
                m["number"] = path[0]
        measures.append(m)
    return new, dict(gold, measures=measures)


def _same(s: str) -> str:
    return s


PERTURBATIONS: dict[str, Perturbation] = {
    p.name: p
    for p in (
        Perturbation("identity", _same, note="copying check: must equal the original"),
        Perturbation("s2t", _script("s2t"), _script("s2t"), "OpenCC Simplified -> Traditional"),
        Perturbation("s2tw", _script("s2tw"), _script("s2tw"), "... Taiwan standard"),
        Perturbation("s2hk", _script("s2hk"), _script("s2hk"), "... Hong Kong standard"),
        Perturbation("t2s", _script("t2s"), _script("t2s"), "Traditional -> Simplified"),
        Perturbation("join", _join_lines, note="all line breaks -> one space"),
        Perturbation("wrap", hard_wrap, note="lines hard-wrapped at 38 columns"),
        Perturbation("blank2", lambda s: s.replace("\n", "\n\n"), note="every line break doubled"),
        Perturbation("crlf", lambda s: s.replace("\n", "\r\n"), note="CRLF line ends"),
        Perturbation("half", _half, _half, "（）：；， and ０-９ -> ASCII"),
        Perturbation("full", _full, _full, "():;, and 0-9 -> full-width"),
        Perturbation("heads.", _heads_dot, note="一、->一.  (一)->一)  1.->1、"),
        Perturbation("heads，", _heads_comma, note="一、->一，  (一)->（一）  1.->1．"),
        Perturbation("boiler", _boiler, note="portal navigation and furniture lines above the text"),
        Perturbation("footer", _footer, note="portal furniture below a (cut) text"),
        Perturbation("item()", _same, note="1. items -> （1）", whole=_item_marks(lambda n: f"（{n}）")),
        Perturbation("item1)", _same, note="1. items -> 1）", whole=_item_marks(lambda n: f"{n}）")),
        Perturbation("item⑴", _same, note="1. items -> ⑴", whole=_item_marks(_circled(0x2474), 20)),
        Perturbation("item①", _same, note="1. items -> ①", whole=_item_marks(_circled(0x2460), 20)),
        Perturbation(
            "gap　", lambda s: _MARKER_GAP.sub("\\1\u3000", s), note="a full-width space after 一、 (一) 1."
        ),
        Perturbation("cut3", _same, note="every 1. 2. 3. list starts at 3.", whole=_cut_lists),
        Perturbation("runon", _run_together, note="one-line 1. items run together: 1.…；2.…"),
        Perturbation("第一条", _same, note="一、 -> 第一条", whole=_articles),
        *(Perturbation(name, _same, note=note, whole=f) for name, note, f in WORDING),
        *(Perturbation(name, _same, note=note, whole=f) for name, note, f in STRUCTURE),
    )
}


def _map_strings(value: Any, f: TextMap) -> Any:
    if isinstance(value, str):
        return f(value)
    if isinstance(value, list):
        return [_map_strings(v, f) for v in value]
    return value


def perturb_gold(gold: dict[str, Any], f: TextMap) -> dict[str, Any]:
    """The gold file with every document-script string rewritten by ``f`` (see module docstring)."""
    out = dict(gold)
    for k in (*_DOC_STRINGS, "issuer", "cites"):
        if k in out:
            out[k] = _map_strings(out[k], f)
    out["measures"] = [_perturb_measure(m, f) for m in gold.get("measures", [])]
    out["doc_targets"] = [_perturb_target(t, f) for t in gold.get("doc_targets", [])]
    return out


def _perturb_target(t: dict[str, Any], f: TextMap) -> dict[str, Any]:
    out = dict(t)
    for k in ("text", "indicator", "unit"):
        if isinstance(out.get(k), str):
            out[k] = f(out[k])
    return out


def _perturb_measure(m: dict[str, Any], f: TextMap) -> dict[str, Any]:
    out = dict(m)
    for k in (*_MEASURE_STRINGS, "number", "path", "responsible_units", "lead_unit", "leads"):
        if k in out:
            out[k] = _map_strings(out[k], f)
    out["targets"] = [_perturb_target(t, f) for t in m.get("targets", [])]
    return out


def write_perturbed(part: Path, dest: Path, p: Perturbation) -> Path:
    """Copy every gold file of ``part`` and its text into ``dest/<part name>``, rewritten by ``p``."""
    out_dir = dest / p.name / part.name
    out_dir.mkdir(parents=True, exist_ok=True)
    for gold_path in sorted(part.glob("*.json")):
        gold = read_gold(gold_path)
        text_name = str(gold.get("doc") or gold_path.with_suffix(".txt").name)
        text = (part / text_name).read_text("utf-8")
        new_gold = perturb_gold(gold, p.gold) if p.gold else gold
        if p.whole is not None:
            text, new_gold = p.whole(text, new_gold)
        (out_dir / gold_path.name).write_text(json.dumps(new_gold, ensure_ascii=False, indent=1), "utf-8")
        # bytes, not text mode: CRLF must reach the loader as written
        (out_dir / text_name).write_bytes(p.text(text).encode("utf-8"))
    return out_dir
