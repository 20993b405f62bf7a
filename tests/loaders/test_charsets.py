"""The remembered character-set optimiser (``policykg.loaders.extract.charsets``) compiles every pattern to the
same program as the standard library's own."""

from __future__ import annotations

import importlib
import re
import sys
from typing import Any

import pytest

from policykg.loaders.extract import charsets

_compiler: Any = importlib.import_module("re._compiler")
_parser = importlib.import_module("re._parser")

PATTERNS = [
    r"[\u4e00-\u9fff]+",
    r"[\u4e00-\u9fff]{2,6}(?:局|委|办)",
    r"[\u4e00-\u9fff]{2,6}(?:局|委|辦)",  # Traditional
    r"(?<![\u4e00-\u9fff])[一二三四五六七八九十]+、",
    r"[^\u4e00-\u9fff\s]",
    r"[\u3400-\u9fff\uf900-\ufaff]",
    r"[A-Za-z0-9_\-]+",
    r"[\d.,]+万?(?:元|亿元|億元)",
    r"[(（][^()（）]{0,20}[)）]",
    r"[\U00020000-\U0002a6df]",  # beyond the BMP
    r"\s*[::]\s*",
    r"[\w]+",
]


def _program(pattern: str, flags: int) -> list[int]:
    parsed = _parser.parse(pattern, flags)
    return list(_compiler._code(parsed, flags | parsed.state.flags))


def _policykg_patterns() -> list[tuple[str, int]]:
    import policykg.graph.rdf.stream  # noqa: F401  (imports every extraction module)

    found: dict[tuple[str, int], None] = {}
    for name, module in list(sys.modules.items()):
        if not name.startswith("policykg.loaders"):
            continue
        for value in vars(module).values():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                found[(value.pattern, value.flags & ~re.UNICODE)] = None
    return list(found)


def test_installed_once() -> None:
    charsets.install()
    first = _compiler._optimize_charset
    charsets.install()
    assert _compiler._optimize_charset is first
    assert getattr(first, "_policykg_memo", False)


@pytest.mark.parametrize("flags", [0, re.IGNORECASE, re.ASCII, re.IGNORECASE | re.ASCII])
@pytest.mark.parametrize("pattern", PATTERNS)
def test_same_program(pattern: str, flags: int) -> None:
    charsets.install()
    remembered = _compiler._optimize_charset
    plain = remembered._original
    # twice through the memo (computed, then remembered) and once by the standard library's function
    with_memo = [_program(pattern, flags), _program(pattern, flags)]
    try:
        _compiler._optimize_charset = plain
        without = _program(pattern, flags)
    finally:
        _compiler._optimize_charset = remembered
    assert with_memo == [without, without]


def test_every_rule_the_same_program() -> None:
    charsets.install()
    remembered = _compiler._optimize_charset
    patterns = _policykg_patterns()
    assert len(patterns) > 300
    with_memo = [_program(p, f) for p, f in patterns]
    try:
        _compiler._optimize_charset = remembered._original
        without = [_program(p, f) for p, f in patterns]
    finally:
        _compiler._optimize_charset = remembered
    assert with_memo == without


@pytest.mark.parametrize(
    ("pattern", "text", "found"),
    [
        (r"[\u4e00-\u9fff]{2,6}(?:局|委)", "由市发展改革委牵头", ["由市发展改革委"]),
        (r"[\u4e00-\u9fff]{2,6}(?:局|委)", "由市發展改革委牽頭", ["由市發展改革委"]),
        (r"[^\u4e00-\u9fff\s]+", "新增100家 以上", ["100"]),
        (r"[^\u4e00-\u9fff\s]+", "新增100傢 以上", ["100"]),
    ],
)
def test_patterns_match_as_before(pattern: str, text: str, found: list[str]) -> None:
    charsets.install()
    assert re.compile(pattern).findall(text) == found


def _plain_compile(pattern: str, flags: int) -> re.Pattern[str]:
    """``pattern`` compiled without the search hint (and past ``re``'s cache)."""
    hinted = _compiler._get_charset_prefix
    plain = hinted._original
    try:
        _compiler._get_charset_prefix = plain
        return _compiler.compile(pattern, flags)
    finally:
        _compiler._get_charset_prefix = hinted


HINTED = [
    (r"(?!指导中心)(?:牵头落实|指导)", "市指导中心牵头落实,县指导"),
    (r"(?:^|(?<=[,;。]))[ \t]*(?P<u>[\u4e00-\u9fff]{2,4}部门)要", "财政部门要做好;教育部门要,  交通部门要"),
    (r"\s*(?:责任单位|牵头单位)[::]", "甲。 责任单位:乙\n牵头单位:丙"),
    (r"(?<![\d.])\d+(?:\.\d+)?%?", "增长6.5%,达到100"),
    (r"(?:[A-Z]+|\d*)年", "2025年底,X年"),
    (r"^(?:一|二)、", "一、总则\n二、任务"),
]


@pytest.mark.parametrize(("pattern", "text"), HINTED)
def test_search_hint_finds_the_same(pattern: str, text: str) -> None:
    charsets.install()
    hinted, plain = _compiler.compile(pattern, 0), _plain_compile(pattern, 0)
    assert [m.span() for m in hinted.finditer(text)] == [m.span() for m in plain.finditer(text)]
    for lo in range(len(text)):
        found, before = hinted.search(text, lo), plain.search(text, lo)
        assert (found and found.span()) == (before and before.span())


def test_every_rule_finds_the_same() -> None:
    charsets.install()
    text = (
        "\n".join(t for _, t in HINTED)
        + "一、市发展改革委牵头,县财政局(配合)负责;到2025年增长12.5%以上。(二)…"
    )
    for pattern, flags in _policykg_patterns():
        hinted, plain = _compiler.compile(pattern, flags), _plain_compile(pattern, flags)
        assert [m.span() for m in hinted.finditer(text)] == [m.span() for m in plain.finditer(text)], pattern
