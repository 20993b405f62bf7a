"""Plain scans of a text shared by the extraction stages."""

from __future__ import annotations


def find_all(text: str, word: str) -> list[int]:
    """Every start of ``word`` in ``text``, overlapping ones included."""
    out, i = [], text.find(word)
    while i >= 0:
        out.append(i)
        i = text.find(word, i + 1)
    return out
