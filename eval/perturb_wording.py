"""Perturbations of how a page words its responsibilities and figures (round 21): the same assignment and the
same figure as other portals write them. Registered in ``policykg.eval.perturb.PERTURBATIONS``.

- role labels by their synonyms (责任单位 -> 责任部门 / 承办单位, 牵头单位 -> 牵头部门, 配合单位 -> 协办单位 /
  参与单位): the role each label gives is kept (a lead label stays a lead label);
- the brackets of a responsibility clause (责任单位:A、B) as 【】 〔〕 ［］;
- a label's colon in the other width, or a space;
- the 、 between the units of a responsibility clause as a comma;
- a figure's numeral Arabic -> Chinese (10家 -> 十家) or Chinese -> Arabic (三十家 -> 30家), its value kept.

Each is a rewrite of the text and of the gold strings written in the document's script (titles, clause texts,
units) by the same map, so the gold stays right. A page where the rewrite could change what the gold says (the new
label already on the page, so two roles would read as one; a unit whose name holds a 、) is left untouched.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

TextMap = Callable[[str], str]
DocMap = Callable[[str, dict[str, Any]], tuple[str, dict[str, Any]]]

# ------------------------------------------------------------------------------------------------ role labels
# Synonyms of the labels, as other portals' 任务分工 pages print them (annotation.md lists 责任单位 / 责任部门 /
# 牵头单位 / 配合单位 / 协同配合单位; 承办/协办 is the wording of 建议提案 and 民生实事 assignments; 参与单位 of 县区
# 责任清单). Simplified and Traditional forms. A label inside a longer label (主要责任单位, 牵头责任单位,
# 协同配合单位) is left alone: its role is the longer label's.
_LONGER = ("主要", "牵头", "牽頭", "协同", "協同", "配合", "第一", "责任", "責任")
_ROLE_SYNONYMS: dict[str, dict[str, str]] = {
    "部门": {
        "责任单位": "责任部门",
        "責任單位": "責任部門",
        "牵头单位": "牵头部门",
        "牽頭單位": "牽頭部門",
        "配合单位": "配合部门",
        "配合單位": "配合部門",
    },
    "承办": {"责任单位": "承办单位", "責任單位": "承辦單位", "配合单位": "协办单位", "配合單位": "協辦單位"},
    "参与": {"配合单位": "参与单位", "配合單位": "參與單位", "责任单位": "实施单位", "責任單位": "實施單位"},
}


def _label_re(words: Iterable[str]) -> re.Pattern[str]:
    behind = "".join(f"(?<!{w})" for w in _LONGER)
    return re.compile(f"{behind}(?:{'|'.join(words)})")


def _role_labels(table: dict[str, str]) -> DocMap:
    pattern = _label_re(table)

    def swap(s: str) -> str:
        return pattern.sub(lambda m: table[m.group()], s)

    def rewrite(text: str, gold: dict[str, Any]) -> tuple[str, dict[str, Any]]:
        if any(new in text for new in table.values()):
            return text, gold  # the synonym already names another role on this page
        return swap(text), map_gold(gold, swap)

    return rewrite


# ------------------------------------------------------------------------------------ clause brackets, colons
_LABEL_WORDS = (
    "主要责任单位|牵头责任单位|协同配合单位|责任单位|责任部门|牵头单位|牵头部门|配合单位|配合部门|协办单位|"
    "主办单位|承办单位|参与单位|责任处室|"
    "主要責任單位|牽頭責任單位|協同配合單位|責任單位|責任部門|牽頭單位|牽頭部門|配合單位|配合部門|協辦單位|"
    "主辦單位|承辦單位|參與單位|責任處室"
)
# a page that drops a label's colon drops it after its people's labels too (责任领导:张三;牵头单位:A)
_PERSON_WORDS = "责任领导|牵头领导|分管领导|责任人|联系人|責任領導|牽頭領導|分管領導|責任人|聯繫人"
_LABEL_COLON = re.compile(
    rf"({_LABEL_WORDS}|{_PERSON_WORDS}|数据提供单位|數據提供單位)[ \t]*[:：][ \t]*(?=\S)"
)
_BODY = r"(?:[^()（）\n]|[(（][^()（）\n]*[)）])*"  # one level of brackets inside: 各县(市、区)人民政府
# a bracket that is a responsibility clause: opened by a label, or naming the bodies with a role verb
# (a role verb closing a part of the clause: 为牵头单位 in a header's remark, 2项配合工作 in a heading's are no clause)
_ROLE_VERB = "牵头|牽頭|负责|負責|配合|参与|參與|协办|協辦|落实|落實"
_ROLE_PART = rf"{_BODY}(?<=[\u4e00-\u9fff)）])(?:{_ROLE_VERB})(?=[,，;；)）])"
_CLAUSE = re.compile(rf"[(（]((?:{_LABEL_WORDS})[ \t]*[:：]{_BODY}|{_ROLE_PART}(?:[,，;；]{_BODY})?)[)）]")


def _brackets(left: str, right: str) -> TextMap:
    return lambda s: _CLAUSE.sub(lambda m: f"{left}{m.group(1)}{right}", s)


def _label_colon(sep: str | None) -> TextMap:
    """``sep`` None: the colon in the other width (： <-> :)."""

    def swap(m: re.Match[str]) -> str:
        if sep is not None:
            return m.group(1) + sep
        return m.group(1) + ("：" if ":" in m.group() else ":")

    return lambda s: _LABEL_COLON.sub(swap, s)


def _as_doc(f: TextMap) -> DocMap:
    return lambda text, gold: (f(text), map_gold(gold, f))


# ---------------------------------------------------------------------------------------- unit separators
_LIST_AFTER_LABEL = re.compile(
    rf"(?:{_LABEL_WORDS})[ \t]*[:：](?:[^;；。\n()（）【】〔〕\[\]]|[(（][^()（）\n]*[)）])*"
)


def _unit_commas(text: str, gold: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """The 、 between the units after a label, or inside a (A、B牵头,C配合) clause, as the page's comma."""
    if any("、" in u for u in _gold_units(gold)):
        return text, gold  # 各區、市人力資源社會保障局: one unit whose 、 a comma would cut
    comma = "，" if text.count("，") >= text.count(",") else ","

    def commas(m: re.Match[str]) -> str:
        # only between the units: a 、 inside a name's own bracket (各县(市、区)人民政府) stays
        depth, out = 0, []
        for ch in m.group():
            depth += (ch in "(（") - (ch in ")）") if ch in "(（)）" else 0
            out.append(comma if ch == "、" and depth <= (1 if m.group()[0] in "(（" else 0) else ch)
        return "".join(out)

    def swap(s: str) -> str:
        return _CLAUSE.sub(commas, _LIST_AFTER_LABEL.sub(commas, s))

    return swap(text), map_gold(gold, swap)


def _gold_units(gold: dict[str, Any]) -> list[str]:
    out: list[str] = []
    for m in gold.get("measures", []):
        out += [str(u) for u in m.get("responsible_units") or []]
        out += [str(u) for u in m.get("leads") or []]
        out += [str(m["lead_unit"])] if m.get("lead_unit") else []
    return out


# --------------------------------------------------------------------------------------------- numerals
_DIGIT_CN = "零一二三四五六七八九"
# the counting words a figure's number stands before (annotation.md's target units, and 万/亿 scaling them)
# (small counts only: a page writes 三个 and 十家 in Chinese as often as in digits, but 1716亿千瓦时 in digits)
_COUNTERS = "个家所处项名户场次批座条支台辆套间张"
_ARABIC = re.compile(rf"(?<![\d.．\-—–~～至／/A-Za-z〔\[])([1-9]\d?)(?![\d.．%])(?=[{_COUNTERS}])")
_CN_NUM = "零一二两三四五六七八九十百千"
# a Chinese figure of ten or more (十家, 三十家, 五千亿): one to nine alone are words as often as figures
# (一批, 两个确立); 第 before it makes an ordinal, written in Chinese on every page
_CHINESE = re.compile(
    rf"(?<![{_CN_NUM}第万亿])((?:[一二两三四五六七八九]?十|[一二两三四五六七八九][百千])[{_CN_NUM}]*)(?=[{_COUNTERS}])"
)
_PERCENT_CN = re.compile(rf"百分之([{_CN_NUM}]+)(?![{_CN_NUM}点])")


def cn_reading(n: int) -> str:
    """An integer from 1 to 9999 written in Chinese as a figure is (2 -> 两 before a counting word, 10 -> 十,
    105 -> 一百零五, 2000 -> 两千)."""
    if n == 2:
        return "两"
    parts: list[str] = []
    zero = False
    for value, place in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d = n // value % 10
        if d == 0:
            zero = bool(parts)
            continue
        if zero:
            parts.append("零")
            zero = False
        parts.append(_DIGIT_CN[d] + place)
    out = "".join(parts)
    if out.startswith("一十"):
        out = out[1:]
    if n >= 1000 and out.startswith("二"):
        out = "两" + out[1:]
    return out


def _to_chinese(s: str) -> str:
    return _ARABIC.sub(lambda m: cn_reading(int(m.group(1))), s)


def _to_arabic(s: str) -> str:
    from policykg.loaders.extract.numerals import cn_number

    def arabic(m: re.Match[str]) -> str:
        v = cn_number(m.group(1))
        return m.group() if v is None else str(v)

    def percent(m: re.Match[str]) -> str:
        v = cn_number(m.group(1))
        return m.group() if v is None else f"{v}%"

    return _PERCENT_CN.sub(percent, _CHINESE.sub(arabic, s))


# ------------------------------------------------------------------------------------------------- gold
_MEASURE_KEYS = ("title", "text", "deadline", "responsible_units", "lead_unit", "leads")
_TARGET_KEYS = ("text", "indicator")
_DOC_KEYS = ("title", "cites")


def _map(value: Any, f: TextMap) -> Any:
    if isinstance(value, str):
        return f(value)
    if isinstance(value, list):
        return [_map(v, f) for v in value]
    return value


def _map_target(t: dict[str, Any], f: TextMap) -> dict[str, Any]:
    return {k: _map(v, f) if k in _TARGET_KEYS else v for k, v in t.items()}


def map_gold(gold: dict[str, Any], f: TextMap) -> dict[str, Any]:
    """The gold with the strings a wording rewrite touches (measure titles and texts, units, target clauses)
    rewritten by ``f``; numbers, paths, values, regions and industries as they are."""
    measures = []
    for m in gold.get("measures", []):
        out = {k: _map(v, f) if k in _MEASURE_KEYS else v for k, v in m.items()}
        out["targets"] = [_map_target(t, f) for t in m.get("targets", [])]
        measures.append(out)
    targets = [_map_target(t, f) for t in gold.get("doc_targets", [])]
    head = {k: _map(gold[k], f) for k in _DOC_KEYS if k in gold}
    return dict(gold, **head, measures=measures, doc_targets=targets)


# (name, note, rewrite) for ``policykg.eval.perturb``
WORDING: tuple[tuple[str, str, DocMap], ...] = (
    ("role部门", "责任/牵头/配合单位 -> …部门", _role_labels(_ROLE_SYNONYMS["部门"])),
    ("role承办", "责任单位 -> 承办单位, 配合单位 -> 协办单位", _role_labels(_ROLE_SYNONYMS["承办"])),
    ("role参与", "配合单位 -> 参与单位, 责任单位 -> 实施单位", _role_labels(_ROLE_SYNONYMS["参与"])),
    ("【】", "(责任单位:…) (A牵头…) -> 【…】", _as_doc(_brackets("【", "】"))),
    ("〔〕", "(责任单位:…) -> 〔…〕", _as_doc(_brackets("〔", "〕"))),
    ("［］", "(责任单位:…) -> ［…］", _as_doc(_brackets("［", "］"))),
    ("label：", "a label's colon in the other width", _as_doc(_label_colon(None))),
    ("label␣", "a label's colon -> a space", _as_doc(_label_colon(" "))),
    ("unit，", "A、B after a label or in a role clause -> A，B", _unit_commas),
    ("num汉", "a count's 1-99 -> Chinese (10家 -> 十家, 2个 -> 两个)", _as_doc(_to_chinese)),
    ("num阿", "a figure's Chinese >= 十 -> Arabic (三十家 -> 30家, 百分之五 -> 5%)", _as_doc(_to_arabic)),
)
