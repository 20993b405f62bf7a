"""Chinese numerals, in one place: parsing (十五, 一百二十, 三千五百, 一万, 二〇二三, 两) and writing (12 -> 十二).

Every module that reads or writes Chinese numbers calls these (targets, industries, structure, meta, docx),
so one numeral set is used throughout: digits 零〇○一二两三四五六七八九, place values 十百千, and 万亿.
"""

from __future__ import annotations

__all__ = ["CN_DIGITS", "CN_LARGE", "CN_NUMERAL_CHARS", "CN_SMALL", "cn_number", "int_to_cn"]

CN_DIGITS = {
    "零": 0,
    "〇": 0,
    "○": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
CN_SMALL = {"十": 10, "百": 100, "千": 1000}
CN_LARGE = {"万": 10_000, "亿": 100_000_000}
CN_NUMERAL_CHARS = "零〇○一二两三四五六七八九十百千万亿"
_DIGITS = "零一二三四五六七八九"


def cn_number(s: str) -> int | None:
    """Value of a Chinese numeral (十五, 一百二十, 三千五百, 一万, 二〇二三); None if it is not one."""
    if not s or any(ch not in CN_NUMERAL_CHARS for ch in s):
        return None
    if all(ch in CN_DIGITS for ch in s):
        if len(s) > 1 and s[0] in "零〇○":
            return None
        return int("".join(str(CN_DIGITS[ch]) for ch in s))
    total = section = 0
    num: int | None = None
    for ch in s:
        if ch in CN_DIGITS:
            if num is not None and num != 0:
                return None  # two digits in a row with a place value ("十五五") is not a numeral
            num = CN_DIGITS[ch]
        elif ch in CN_SMALL:
            if num is None:
                if ch != "十":
                    return None
                num = 1
            section += num * CN_SMALL[ch]
            num = None
        else:
            if num is None and section == 0 and total == 0:
                return None
            section += num or 0
            total = (total + section) * CN_LARGE[ch] if ch == "亿" else total + section * CN_LARGE[ch]
            section = 0
            num = None
    return total + section + (num or 0)


def int_to_cn(n: int) -> str:
    """Chinese numeral as used in headings (1 -> 一, 10 -> 十, 12 -> 十二, 20 -> 二十); digits from 100 on."""
    if n < 0:
        return str(n)
    if n < 10:
        return _DIGITS[n]
    if n < 20:
        return "十" + (_DIGITS[n % 10] if n % 10 else "")
    if n < 100:
        return _DIGITS[n // 10] + "十" + (_DIGITS[n % 10] if n % 10 else "")
    return str(n)
