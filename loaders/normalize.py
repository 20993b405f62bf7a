"""Script- and punctuation-insensitive matching that never moves an offset.

``match_text(text)`` returns a string of *the same length* as ``text`` in which

* Traditional characters are Simplified (OpenCC ``t2s``, then ``hk2s`` for the Hong Kong variant forms it
  leaves, character by character, so lengths never change),
* full-width ASCII forms are ASCII (（）：，；０-９Ａ-Ｚ -> ( ) : , ; 0-9 A-Z), the ideographic space and NBSP
  are spaces, curly quotes are straight quotes,
* ASCII ``?`` (what a lost space looks like in pages copied through a wrong code page) is a space,
* a CRLF line end is a space and a newline (a lone CR stays a line break), so every rule sees one line break
  whatever the page's line ends were,
* an item number set apart from its point by a wrap space (``1 .开展``) reads ``1. 开展``,
* a letter O typed for a zero inside a figure (``1O个``) reads ``0``.

Every rule runs its regex over the match text; a hit at ``[i:j]`` quotes ``text[i:j]``. ``fold(s)`` applies
the same mapping to any other string (a lexicon entry, a query parameter) so both sides compare equal, and
``name_key(s)`` additionally drops white space, for comparing names.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from functools import lru_cache
from typing import Any

_EXTRA = {
    "\u3000": " ",  # ideographic space
    "\u00a0": " ",  # no-break space
    "\u2002": " ",
    "\u2003": " ",
    "\u2009": " ",
    "\u200b": " ",  # zero-width space: keep the length, lose the character
    "\ufeff": " ",
    "\u201c": '"',
    "\u201d": '"',
    "\u2018": "'",
    "\u2019": "'",
    "\u300c": '"',  # 「 」 (Traditional-style quotes)
    "\u300d": '"',
    "\u300e": '"',
    "\u300f": '"',
    "\u2014": "\u2014",
    "\u2015": "\u2014",  # ―: the horizontal bar GB2312 pages print for the dash (形成3―5个平台, ――)
    "\u2212": "-",
    "\u21e5": "\t",  # ⇥: a tab shown as its mark (a copied spreadsheet's cells: 1⇥建设…⇥市发改委), a tab as any
    "\u2236": ":",  # ∶ (RATIO): the colon some word processors and PDF fonts print (责任单位∶A)
    "\u2013": "-",
    "\uff5f": "(",
    "\uff60": ")",
    "\u00ab": "《",  # «X» for 《X》 in some PDF transcriptions
    "\u00bb": "》",
    # 壹: the formal 一 some mirrors' converters print for every 一 (統壹, (壹)制定…規劃, 壹級保護區: heldout74 dr06);
    # read as 一 by every rule (a cheque's 壹佰元 reads no worse)
    "\u58f9": "\u4e00",
    "\u965c": "\u9655",  # 陜: a variant form of 陕 that t2s and hk2s leave (中共陜西省委 陜西省人民政府, heldout36 cd03)
    "?": " ",  # lost spaces; a real question mark in Chinese text is full-width and becomes '?' below
    # A box-drawing table (a legal database's plain-text export: ┌─┬─┐ / │序号│任务│ / ├─┼─┤) reads as a barred one:
    # its uprights and joints are the bars, its rules the dashes of a |---| line
    **dict.fromkeys("│┃║┆┇┊┋", "|"),
    **dict.fromkeys("─━═┄┅┈┉", "-"),
    **dict.fromkeys("┌┐└┘├┤┬┴┼┏┓┗┛┣┫┳┻╋╔╗╚╝╠╣╦╩╬╒╓╕╖╘╙╛╜╞╟╡╢╤╥╧╨╪╫", "|"),
}

_lock = threading.Lock()
_converter: Any = None
_hk_converter: Any = None


def _opencc() -> Any:
    global _converter
    if _converter is None:
        with _lock:
            if _converter is None:
                import opencc  # lazy: not needed for `policykg --help`

                _converter = opencc.OpenCC("t2s")
    return _converter


def _opencc_hk() -> Any:
    """Hong Kong variant forms (衞, 衹, 敍) that ``t2s`` leaves as they are."""
    global _hk_converter
    if _hk_converter is None:
        with _lock:
            if _hk_converter is None:
                import opencc

                _hk_converter = opencc.OpenCC("hk2s")
    return _hk_converter


# A PDF whose font maps GB2312 codes straight to code points prints the marks of rows A1-A3 as Yi syllables
# (ꎬ is U+A3AC, the GB2312 code of ，; ꎮ is U+A3AE, ．): no policy text writes Yi syllables in these rows.
_GB_ROW_LOW = 0xA1A1
_GB_ROW_HIGH = 0xA3FE


def _gb_mark(ch: str) -> str:
    code = ord(ch)
    try:
        mark = bytes([code >> 8, code & 0xFF]).decode("gb2312")
    except UnicodeDecodeError:
        return ch
    if mark == "\uff0e":  # the full-width full stop these fonts print for 。
        return "。"
    return _map_char(mark) if unicodedata.category(mark)[0] in "PS" else ch


@lru_cache(maxsize=65536)
def _map_char(ch: str) -> str:
    if ch in _EXTRA:
        return _EXTRA[ch]
    code = ord(ch)
    if 0xFF01 <= code <= 0xFF5E:  # full-width ASCII forms
        return chr(code - 0xFEE0)
    if (
        0xFE10 <= code <= 0xFE6F
    ):  # vertical and small form variants (1﹒ 甲﹑乙 ﹙一﹚): their plain punctuation
        plain = unicodedata.normalize("NFKC", ch)
        return _map_char(plain) if len(plain) == 1 and plain != ch else ch
    if _GB_ROW_LOW <= code <= _GB_ROW_HIGH and (code & 0xFF) >= 0xA1:
        return _gb_mark(ch)
    if code < 0x2E80:  # nothing below the CJK blocks needs OpenCC
        return ch
    converted = _opencc().convert(ch)
    if converted == ch:  # a page in Hong Kong forms (衞生): the same character to every rule
        converted = _opencc_hk().convert(ch)
    return converted if len(converted) == 1 else ch


class _FoldTable(dict[int, str]):
    """``str.translate`` table filled on first use of each character by :func:`_map_char`."""

    def __missing__(self, code: int) -> str:
        mapped = _map_char(chr(code))
        self[code] = mapped
        return mapped


_FOLD_TABLE = _FoldTable()


# A text extract's line-wrap space between an item's number and its point (1 .开展… / 2 .严厉…): the point read
# next to its number (1. 开展), two characters for two, so the item reads as one with its point.
_SPACED_POINT = re.compile(r"(?<![\d.])(\d{1,2}) \.(?=[\u4e00-\u9fff])")


# A table copied from a spreadsheet or a text export separates its cells by tabs (工作任务<TAB>责任单位): a tab
# between two cells' words is the cell bar the HTML loader writes (工作任务 | 责任单位), one character for one; a tab
# that indents a line stays white space. A row is a line with a tab between two words; its trailing tabs (empty
# last cells) are bars too, as the HTML loader closes a row's cells.
# (a first cell may be one character: a group row 二<TAB>民生保障 under its numbered rows)
# A typist's letter O for a zero inside a figure (建设1O个基地, 2O25年, 1OO万元): after a number's digits (not a code's, so
# a formula's H2O stays) and before a digit, a Han character or a %, it reads 0, one character for one.
_LETTER_ZERO = re.compile(r"(?<![A-Za-z\d.])(\d+)([Oo]+)(?=[\d\u4e00-\u9fff%])")


def _zeros(m: re.Match[str]) -> str:
    return m.group(1) + "0" * len(m.group(2))


_TAB_ROW = re.compile(r"^(?P<indent>[ \t]*)(?P<row>\S(?:[^\n]*?\S)?\t+\S[^\n]*)$", re.M)


def _barred(m: re.Match[str]) -> str:
    return m.group("indent") + m.group("row").replace("\t", "|")


# A forum repost's anti-copy noise (! @) ` F% J$ w3 x" I at a paragraph's end, + a( ]( b* P! I0 Z, A on a line of
# its own): five or more tokens of one or two printable ASCII characters a space apart, two at least holding a symbol
# no prose uses (heldout84 eb08); blanked in the matching copy so that the paragraphs around it read as text. No run
# holds a bar and % is no such symbol: a table's row (| % | - | - | 10 |) stays.
_JAMMER = re.compile(r"(?<![^\s\u3000-\u9fff])[!-{}~]{1,2}(?: [!-{}~]{1,2}){4,}(?=\s|$|[\u3000-\u9fff])")
_JAMMER_HINT = re.compile(
    r"[$@`^{}~&*+]\S? "
)  # one of the symbols, then a space within a character: worth a look
_JAMMER_LONG = 7  # tokens of a run that one symbol marks as noise
_JAMMER_MARKS = re.compile(r"[!@#$^&*`~+{}\[\]<>\\]")


def _jammed(m: re.Match[str]) -> str:
    tokens = m.group().split(" ")
    marks = sum(bool(_JAMMER_MARKS.search(t)) for t in tokens)
    noise = marks >= 2 or (marks >= 1 and len(tokens) >= _JAMMER_LONG)  # 4 X+ q8 u9 p S3 b9 j
    return " " * len(m.group()) if noise else m.group()


def match_text(text: str) -> str:
    """The same-length matching copy of ``text`` (see module docstring)."""
    out = text.translate(_FOLD_TABLE)  # one C loop; the same result as mapping each character
    if " ." in out:
        out = _SPACED_POINT.sub(r"\1. ", out)
    if "O" in out or "o" in out:
        out = _LETTER_ZERO.sub(_zeros, out)
    if "\t" in out:
        out = _TAB_ROW.sub(_barred, out)
    if _JAMMER_HINT.search(out) is not None:
        out = _JAMMER.sub(_jammed, out)
    # Two characters for two: rules that look one character back from a line break see a blank, not a CR.
    return out.replace("\r\n", " \n") if "\r" in out else out


def fold(s: str) -> str:
    """Apply the matching map to any string (same length as ``s``)."""
    return _fold_name(s) if len(s) <= _NAME_MAX else match_text(s)


_NAME_MAX = 64  # a heading's or a name's length: folded again and again (every measure's headings, each rule)


@lru_cache(maxsize=16384)
def _fold_name(s: str) -> str:
    return match_text(s)


_WS = re.compile(r"\s+")

# Mirror pages print a reading after some characters: 自治區(qū)發(fā)展改革委, 一(yī / yì /yí)), 主要(yào / yāo)目标.
# A bracket of tone-marked pinyin syllables (several readings split by /) right after a Han character is such an
# annotation, never the document's own words.
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_SYLLABLE = rf"[a-zü]*[{_TONED}][a-zü]*"
# Some mirrors print the readings without tone marks: 省(sheng)大(da)數據局(ju). A bracket of one plain pinyin syllable
# (an initial and a final, two letters at least, so a list mark (a) or a Roman (ii) is never one) is such a reading.
_PLAIN = (
    r"(?=[a-zü]{2})(?:[zcs]h|[bpmfdtnlgkhjqxrzcswy])?"
    r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|er|in|un|ia|ie|iu|ua|uo|ui|ue|ve|üe"
    r"|a|o|e|i|u|v|ü)(?![a-zü])"
)
_TONE_MARK = re.compile(rf"[{_TONED}]|[\u3400-\u9fff][(（][a-zü]")
_ANNOTATION = re.compile(
    # one reading or a run of them (the page may repeat one: 政(zheng)(zheng))
    # a character's readings split by / may mix toned and toneless syllables (地(dì / de), 的(de / dí))
    rf"(?<=[\u3400-\u9fff])(?:[(（]\s*(?:{_SYLLABLE}|{_PLAIN})(?:\s*/\s*(?:{_SYLLABLE}|{_PLAIN}))*\s*[)）])+"
)


# a reading the page's end cut before its closing bracket (…工(gong)業(ye), on a page already printing readings
_CUT_ANNOTATION = re.compile(
    rf"(?<=[\u3400-\u9fff])[(（]\s*(?:{_SYLLABLE}|{_PLAIN}|(?:[zcs]h|[bpmfdtnlgkhjqxrzcswy])?[aeiouüv][a-zü]{{0,3}})\s*$"
)


def drop_annotations(text: str) -> tuple[str, list[tuple[int, int]]]:
    """``text`` without the pinyin readings a mirror page printed after its characters, and the spans (in
    ``text``) that were dropped; the same string and no spans when there are none."""
    if _TONE_MARK.search(text) is None:  # the common case: one quick scan
        return text, []
    spans = [(m.start(), m.end()) for m in _ANNOTATION.finditer(text)]
    if not spans:
        return text, []
    cut = _CUT_ANNOTATION.search(text, spans[-1][1])
    if cut is not None:  # …省(sheng)工(gong)業(ye: the page cut inside its last reading
        spans.append((cut.start(), cut.end()))
    return "".join(
        text[a:b]
        for a, b in zip([0, *(e for _, e in spans)], [*(s for s, _ in spans), len(text)], strict=True)
    ), spans


def shift_offset(offset: int, dropped: list[tuple[int, int]]) -> int:
    """Where ``offset`` of the text before :func:`drop_annotations` falls in the text after it."""
    gone = 0
    for a, b in dropped:
        if a >= offset:
            break
        gone += min(b, offset) - a
    return offset - gone


@lru_cache(maxsize=65536)
def name_key(s: str) -> str:
    """A comparison key for names: folded, white space and pinyin readings (自治區(qū)) removed."""
    return _WS.sub("", fold(drop_annotations(s)[0]))


@lru_cache(maxsize=65536)  # OpenCC costs tens of microseconds a call; region and unit names recur
def to_simplified(s: str) -> str:
    """Full (phrase-aware) Traditional -> Simplified conversion, for labels; may change the length."""
    return str(_opencc().convert(s))


_CJK_RUN = re.compile("[\u4e00-\u9fff]+")


class _ScriptTable(dict[int, str | None]):
    """``str.translate`` table, filled on first use of each character: a CJK character (U+4E00-U+9FFF) becomes
    ``T`` when its matching form differs (a Traditional character), ``S`` when not; anything else is dropped."""

    def __missing__(self, code: int) -> str | None:
        mark = None
        if 0x4E00 <= code <= 0x9FFF:
            mark = "S" if _FOLD_TABLE[code] == chr(code) else "T"
        self[code] = mark
        return mark


_SCRIPT_TABLE = _ScriptTable()


def script_of(text: str, sample: int = 20000, *, match: str | None = None) -> str:
    """'Hant' if the text is mostly Traditional, 'Hans' if mostly Simplified, 'mixed' if both occur a lot.

    ``match`` is ``match_text(text)`` when the caller has it already (without it, each character's matching
    form is looked up in one ``str.translate`` pass: the same verdict, as the matching text maps character by
    character)."""
    text = text[:sample]
    if match is None:
        marks = text.translate(_SCRIPT_TABLE)  # one C loop: T and S for the CJK characters, nothing else
        trad = marks.count("T")
        cjk = len(marks)
    else:
        match = match[:sample]
        # a character is Traditional where the matching text (its Simplified form) differs: compared run by
        # run of CJK characters, character by character only inside a run that differs
        trad = cjk = 0
        for run in _CJK_RUN.finditer(text):
            a, b = run.span()
            cjk += b - a
            if not match.startswith(run.group(), a):
                trad += sum(map(str.__ne__, run.group(), match[a:b]))
    simp = cjk - trad
    if trad == 0:
        return "Hans"
    # Simplified text never contains Traditional-only characters; Traditional text shares most characters
    # with Simplified, so a modest share of changed characters already means Traditional.
    share = trad / max(1, trad + simp)
    if share > 0.08:
        return "Hant"
    if share > 0.01:
        return "mixed"
    return "Hans"
