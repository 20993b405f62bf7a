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
