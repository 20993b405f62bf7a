"""Sourced word files (``loaders/data/*.toml``): tables of words, each with its source, read as regex alternations."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from importlib import resources

from policykg.errors import ExtractError


def word_alternation(file: str, what: str) -> Callable[..., str]:
    """Read ``loaders/data/<file>`` and give ``alt(table, key="words")``: that table's words as one alternation,
    longest first, each escaped. A file that cannot be read, or a table without the key or without a ``source``,
    is an :class:`ExtractError` naming the file (``what`` says what the words are for)."""
    ref = resources.files("policykg.loaders").joinpath(f"data/{file}")
    try:
        data = tomllib.loads(ref.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ExtractError(f"{ref}: cannot read the {what} ({exc})") from exc

    def alt(name: str, key: str = "words") -> str:
        table = data.get(name, {})
        if not table.get("source") or not table.get(key):
            raise ExtractError(f"{ref}: [{name}] needs {key} and a source")
        return "|".join(re.escape(w) for w in sorted(table[key], key=lambda w: (-len(w), w)))

    return alt
