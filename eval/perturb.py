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

TextMap = Callable[[str], str]

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
    """A rewrite of the text; ``gold`` is the rewrite of the gold strings written in the document's script."""

    name: str
    text: TextMap
    gold: TextMap | None = None  # None: gold strings unchanged
    note: str = ""


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
        (out_dir / gold_path.name).write_text(json.dumps(new_gold, ensure_ascii=False, indent=1), "utf-8")
        # bytes, not text mode: CRLF must reach the loader as written
        (out_dir / text_name).write_bytes(p.text(text).encode("utf-8"))
    return out_dir
