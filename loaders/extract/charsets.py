"""Compiling the extractor's rules once costs a process about a second of CPU, most of it in one pure function of
the standard library: ``re``'s character-set optimiser, which fills a 65,536-entry map code point by code point
in Python for every class with a wide range. The rules repeat a few classes hundreds of times (the Han range
``[\u4e00-\u9fff]`` alone in over a hundred patterns), so its results are remembered here, keyed by the class.

Only classes compiled without IGNORECASE are remembered: for them the optimiser's result depends on the class
alone (its other arguments are used only to fold case), so a remembered result is the one it would compute, and
every compiled pattern is the same program as before (``tests/loaders/test_charsets.py`` compares them). Classes
compiled with IGNORECASE, and any class that cannot be a key, go to the optimiser as before. Where the standard
library has no such function (another Python), nothing is changed.
"""

from __future__ import annotations

import importlib
from typing import Any

_LIMIT = 4096  # distinct classes remembered; later ones are computed as before (the extractor uses ~500)


def install() -> None:
    """Remember the character-set optimiser's results for the rest of the process (idempotent)."""
    try:
        _compiler: Any = importlib.import_module("re._compiler")
    except ImportError:  # pragma: no cover (another Python's re)
        return
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
