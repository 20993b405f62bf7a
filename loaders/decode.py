"""Bytes -> text for Chinese documents whose encoding nobody tells us.

Order: byte-order mark; strict UTF-8 (a sequence cut off in the last 1-3 bytes is dropped with a warning);
otherwise every strict legacy decoding (GB18030, Big5 / CP950 / Big5-HKSCS) is scored for plausibility and the
best one wins. GB18030 accepts almost any byte pairs, so a Big5 file decodes "successfully" as GB18030 into rare
characters, kana and symbols; the score (share of characters in the common-character tables of GB2312 and
Big5, minus penalties for private-use, kana, Greek/Cyrillic, box drawing and CJK Extension A) separates the two
clearly. The text is returned exactly as decoded: no line-ending or white-space changes.
"""

from __future__ import annotations

import codecs
import logging
import re
from functools import lru_cache

from policykg.errors import LoadError

log = logging.getLogger(__name__)

# Bytes that never occur in text files (NUL is handled separately); TAB, LF, VT, FF, CR and ESC are allowed.
_CONTROL = bytes(b for b in range(0x20) if b not in (0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B)) + b"\x7f"
_BINARY_CONTROL_SHARE = 0.02
# A legacy decoding below this plausibility is mojibake, not text.
_MIN_PLAUSIBLE = 0.5
# UTF-8 with a handful of bad bytes (a damaged copy) is still UTF-8; more than this share is something else.
_MAX_BAD_UTF8_SHARE = 0.001

_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
)

# Legacy candidates: (codec, reported name). CP950 and Big5-HKSCS are supersets of Big5 seen in real files.
_LEGACY: tuple[tuple[str, str], ...] = (
    ("gb18030", "gb18030"),
    ("big5", "big5"),
    ("cp950", "cp950"),
    ("big5hkscs", "big5hkscs"),
)


@lru_cache(maxsize=1)
def _common_chars() -> frozenset[str]:
    """GB2312 level-1 and level-2 hanzi plus Big5 frequent characters (常用字), built from the codecs."""
    chars: set[str] = set()
    for hi in range(0xB0, 0xF8):  # GB2312 hanzi rows
        for lo in range(0xA1, 0xFF):
            try:
                chars.add(bytes([hi, lo]).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    trail = [*range(0x40, 0x7F), *range(0xA1, 0xFF)]
    for hi in range(0xA4, 0xC7):  # Big5 frequent characters A440-C67E
        for lo in trail:
            try:
                chars.add(bytes([hi, lo]).decode("big5"))
            except UnicodeDecodeError:
                continue
    return frozenset(chars)


_GOOD_PUNCT = frozenset("“”‘’—…·•×÷≤≥±°№")


def plausibility(text: str, sample: int = 200_000) -> float:
    """Score in [-2, 1] of how much the non-ASCII part of ``text`` looks like real Chinese text."""
    common = _common_chars()
    total = good = bad = 0
    for ch in text[:sample]:
        code = ord(ch)
        if code < 0x80:
            continue
        total += 1
        if ch in common or 0x3000 <= code <= 0x303F or 0xFF00 <= code <= 0xFFEF or ch in _GOOD_PUNCT:
            good += 1
        elif (
            0xE000 <= code <= 0xF8FF  # private use
            or code > 0xFFFF  # outside the BMP: GB18030 four-byte garbage
            or 0x3040 <= code <= 0x30FF  # kana
            or 0x0370 <= code <= 0x04FF  # Greek, Cyrillic
            or 0x2500 <= code <= 0x257F  # box drawing
            or 0x3400 <= code <= 0x4DBF  # CJK Extension A
            or 0x80 <= code <= 0x9F  # C1 controls
        ):
            bad += 1
    if total == 0:
        return 1.0
    return (good - 2 * bad) / total


def check_binary(data: bytes, *, name: str) -> None:
    """Raise LoadError if ``data`` (without a UTF-16/32 BOM) is clearly not text."""
    head = data[: 1 << 20]
    if b"\x00" in head:
        raise LoadError(name, "binary file, not text (contains NUL bytes)")
    controls = len(head) - len(head.translate(None, _CONTROL))
    if controls > max(2, _BINARY_CONTROL_SHARE * len(head)):
        raise LoadError(name, "binary file, not text (control characters)")


def decode_bytes(data: bytes, *, name: str, warnings: list[str] | None = None) -> tuple[str, str]:
    """Decode ``data`` without being told its encoding; returns ``(text, encoding)``.

    Raises LoadError naming ``name`` for empty, binary and undecodable input. Recoverable oddities (a UTF-8
    sequence cut off at the end, a few damaged bytes) are appended to ``warnings`` when given, and logged.
    """
    notes: list[str] = warnings if warnings is not None else []
    if not data:
        raise LoadError(name, "empty file")
    for bom, codec, reported in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec), reported
            except UnicodeDecodeError as exc:
                raise LoadError(
                    name,
                    f"cannot decode as {reported} despite its byte-order mark ({exc.reason} "
                    f"at byte {exc.start + len(bom)})",
                ) from exc
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return utf16
    check_binary(data, name=name)

    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    if utf8_error.reason == "unexpected end of data" and len(data) - utf8_error.start <= 3:
        cut = len(data) - utf8_error.start
        _note(
            notes,
            name,
            f"truncated UTF-8: the last {cut} byte(s) are an incomplete character and were dropped",
        )
        return data[: utf8_error.start].decode("utf-8"), "utf-8"

    best: tuple[float, str, str] | None = None
    for codec, reported in _LEGACY:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        score = plausibility(text)
        log.debug("%s: %s plausibility %.3f", name, codec, score)
        if best is None or score > best[0] + 1e-9:
            best = (score, text, reported)
        if codec == "big5" and best[2] == "big5":
            break  # the supersets of Big5 can only add rare characters
    if best is not None and best[0] >= _MIN_PLAUSIBLE:
        return best[1], best[2]

    lenient = data.decode("utf-8", errors="replace")
    bad = lenient.count("\ufffd") - data.decode("utf-8", errors="ignore").count("\ufffd")
    if bad <= max(3, _MAX_BAD_UTF8_SHARE * len(lenient)) and plausibility(lenient) >= _MIN_PLAUSIBLE:
        _note(
            notes,
            name,
            f"damaged UTF-8: {bad} invalid byte sequence(s) replaced by U+FFFD "
            f"(first at byte {utf8_error.start})",
        )
        return lenient, "utf-8"
    raise LoadError(name, "cannot decode as UTF-8, GB18030 or Big5")


def decode_declared(
    data: bytes, declared: str, *, name: str, warnings: list[str] | None = None
) -> tuple[str, str]:
    """Decode with an encoding the document declares (HTML meta charset), falling back to detection.

    GB2312 and GBK declarations decode as GB18030 (their superset: pages labelled GB2312 routinely contain
    GBK characters); Big5 as CP950 for the same reason.
    """
    notes: list[str] = warnings if warnings is not None else []
    codec = normalise_charset(declared)
    if codec is None:
        _note(notes, name, f"unknown declared charset {declared!r}; detecting the encoding instead")
        return decode_bytes(data, name=name, warnings=notes)
    if not data:
        raise LoadError(name, "empty file")
    for bom, _bom_codec, _reported in _BOMS:
        if data.startswith(bom):  # a byte-order mark overrides any declaration
            return decode_bytes(data, name=name, warnings=notes)
    if codec not in ("utf-16", "utf-32"):
        check_binary(data, name=name)
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        text, found = decode_bytes(data, name=name, warnings=notes)
        if found != codec:
            _note(notes, name, f"declared charset {declared!r} does not fit the bytes; decoded as {found}")
        return text, found
    return text, codec


_CHARSET_ALIASES = {
    "gb2312": "gb18030",
    "gb_2312": "gb18030",
    "gb_2312-80": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "cp936": "gb18030",
    "ms936": "gb18030",
    "windows-936": "gb18030",
    "euc-cn": "gb18030",
    "gb18030": "gb18030",
    "hz-gb-2312": "gb18030",
    "big5": "cp950",
    "big-5": "cp950",
    "cp950": "cp950",
    "x-x-big5": "cp950",
    "big5-hkscs": "big5hkscs",
    "utf-8": "utf-8",
    "utf8": "utf-8",
    "unicode": "utf-8",
    "utf-16": "utf-16",
    "utf-16le": "utf-16-le",
    "utf-16be": "utf-16-be",
    "iso-8859-1": "utf-8",  # the HTML default label; Chinese pages that say so are really UTF-8 or GBK
    "us-ascii": "utf-8",
    "ascii": "utf-8",
}


def normalise_charset(label: str) -> str | None:
    """The Python codec to use for a declared charset label, or None when unknown."""
    key = label.strip().strip("\"'").lower()
    if key in _CHARSET_ALIASES:
        return _CHARSET_ALIASES[key]
    try:
        return codecs.lookup(key).name
    except LookupError:
        return None


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 without BOM. Chinese text in UTF-16 has few NUL bytes (most CJK code units have none), but its
    line ends, digits and ASCII punctuation do: a text with NULs is tried in both byte orders and kept when one
    reads as plausible text (no NULs or control characters left, mostly common characters)."""
    if len(data) < 4 or len(data) % 2 or 0 not in data[:4096]:
        return None
    best: tuple[float, str, str] | None = None
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if _CONTROL_CHARS.search(text[:65536]):
            continue
        score = plausibility(text)
        if score >= _MIN_PLAUSIBLE and (best is None or score > best[0]):
            best = (score, text, codec)
    return (best[1], best[2]) if best else None


_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f]")


def _note(notes: list[str], name: str, message: str) -> None:
    log.warning("%s: %s", name, message)
    notes.append(message)
