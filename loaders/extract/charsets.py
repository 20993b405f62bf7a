"""Compiling the extractor's rules once costs a process about a second of CPU, most of it in one pure function of
the standard library: ``re``'s character-set optimiser, which fills a 65,536-entry map code point by code point
in Python for every class with a wide range. The rules repeat a few classes hundreds of times (the Han range
``[\u4e00-\u9fff]`` alone in over a hundred patterns), so its results are remembered here, keyed by the class.

Only classes compiled without IGNORECASE are remembered: for them the optimiser's result depends on the class
alone (its other arguments are used only to fold case), so a remembered result is the one it would compute, and
every compiled pattern is the same program as before (``tests/loaders/test_charsets.py`` compares them). Classes
compiled with IGNORECASE, and any class that cannot be a key, go to the optimiser as before. Where the standard
library has no such function (another Python), nothing is changed.

A second hint is given to ``search`` (and ``finditer``, ``sub``): the standard library finds the set of characters
a match can start with only when a pattern opens with a character, so a pattern opening with a lookaround
(``(?!指导中心|…)(?:牵头落实|…)``, ``(?:^|(?<=[,;。]))``) tries a match at every position of the text, several
times slower than skipping to where that set's characters stand. Such leading zero-width items consume nothing, so
the set of the item after them is the set the match starts with: it is taken past them, and through optional runs
(``\\s*``, ``[ \\t]*``: their characters and the next item's), groups and alternations (``_first_chars``). What a
pattern matches is unchanged (the set only skips positions where no match can start); where the set is not known
(a negated class, ``.``, IGNORECASE) nothing is given, and a pattern opening with ``^`` or ``\\A`` is left as it is
(the standard library tries those at the first position only).
"""

from __future__ import annotations

import importlib
from typing import Any

_LIMIT = 4096  # distinct classes remembered; later ones are computed as before (the extractor uses ~500)


def install() -> None:
    """Remember the character-set optimiser's results, and let ``search`` skip past leading lookarounds, for the
    rest of the process (idempotent)."""
    try:
        _compiler: Any = importlib.import_module("re._compiler")
    except ImportError:  # pragma: no cover (another Python's re)
        return
    _install_memo(_compiler)
    _install_search_hint(_compiler)


def _install_memo(_compiler: Any) -> None:
    original = getattr(_compiler, "_optimize_charset", None)
    if original is None or getattr(original, "_policykg_memo", False):
        return
    memo: dict[tuple[Any, ...], tuple[Any, Any]] = {}

    def optimize_charset(charset: Any, iscased: Any = None, fixup: Any = None, fixes: Any = None) -> Any:
        if fixup is not None:
            return original(charset, iscased, fixup, fixes)
        try:
            key = tuple(charset)
            known = memo.get(key)
        except TypeError:  # an unhashable item: computed as before
            return original(charset, iscased, fixup, fixes)
        if known is None:
            known = original(charset, iscased, fixup, fixes)
            if len(memo) < _LIMIT:
                memo[key] = known
        out, hascased = known
        # a fresh list each time, as the optimiser returns (the items are read, never changed)
        return (list(out) if isinstance(out, list) else out), hascased

    optimize_charset._policykg_memo = True  # type: ignore[attr-defined]
    optimize_charset._original = original  # type: ignore[attr-defined]
    _compiler._optimize_charset = optimize_charset


def _install_search_hint(_compiler: Any) -> None:
    """Find the starting characters of the patterns the standard library finds none for (module docstring)."""
    original = getattr(_compiler, "_get_charset_prefix", None)
    if original is None or getattr(original, "_policykg_hint", False):
        return
    try:
        c: Any = importlib.import_module("re._constants")
        anchors = (c.AT_BEGINNING, c.AT_BEGINNING_STRING)
        unsure = c.SRE_FLAG_IGNORECASE | c.SRE_FLAG_LOCALE
    except (ImportError, AttributeError):  # pragma: no cover (another Python's re)
        return

    def get_charset_prefix(pattern: Any, flags: int) -> Any:
        found = original(pattern, flags)
        data = pattern.data
        if found is not None or flags & unsure or not data or (data[0][0] is c.AT and data[0][1] in anchors):
            return found  # ^ / \A: tried at the first position only, left so
        chars, empty = _first_chars(c, data)
        return chars if chars and not empty else None

    get_charset_prefix._policykg_hint = True  # type: ignore[attr-defined]
    get_charset_prefix._original = original  # type: ignore[attr-defined]
    _compiler._get_charset_prefix = get_charset_prefix


def _first_chars(c: Any, items: Any) -> tuple[list[Any] | None, bool]:
    """The character-set items every match of the parsed ``items`` starts with (None: not known), and whether
    ``items`` can match the empty string (then the characters of what follows may start the match too)."""
    chars: list[Any] = []
    for op, av in items:
        if op is c.LITERAL:
            return [*chars, (op, av)], False
        if op is c.IN:  # a negated set cannot be joined with others: not known
            return (None if any(o is c.NEGATE for o, _ in av) else [*chars, *av]), False
        if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
            continue  # zero-width: the match's first character is the next item's
        if op in (c.MAX_REPEAT, c.MIN_REPEAT):
            got, empty = _first_chars(c, av[2])
            empty = empty or av[0] == 0
        elif op is c.SUBPATTERN and not av[1] and not av[2]:  # a group that sets no flags
            got, empty = _first_chars(c, av[3])
        elif op is c.BRANCH:
            got, empty = _branch_chars(c, av[1])
        else:
            return None, False  # ., a back-reference, an atomic group …: not known
        if got is None:
            return None, False
        chars += got
        if not empty:
            return chars, False
    return chars, True


def _branch_chars(c: Any, alternatives: Any) -> tuple[list[Any] | None, bool]:
    """``_first_chars`` of an alternation: every alternative's characters; empty if one alternative can be."""
    chars: list[Any] = []
    empty = False
    for alt in alternatives:
        got, alt_empty = _first_chars(c, alt)
        if got is None:
            return None, False
        chars += got
        empty = empty or alt_empty
    return chars, empty
