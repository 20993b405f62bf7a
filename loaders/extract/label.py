"""What an untitled document is shown by: who issued it, when, and its first heading that says what it is about.

A document without a title used to be shown by its first heading, which is most often a frame heading
(一、指导思想) that tells a planner nothing: ``documents: 一、指导思想``. The label is now its issuer (else its
region), its date (else its plan year) and its first heading that is not a frame word of ``data/headings.toml``
or ``data/responsibility.toml`` (nor under a frame section such as 基本原则), e.g.
``青岛西海岸新区管委 2023-01-19 · 打造健康优质的就业市场环境``. With no such heading it keeps the first heading.
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from importlib import resources

from policykg.errors import ExtractError
from policykg.loaders.extract.vocab import vocabulary
from policykg.loaders.normalize import fold
from policykg.models import ParsedDocument, Section

__all__ = ["document_label", "first_heading", "generic_heading"]

_MAX_HEADING = 40  # characters of the heading kept in a label
_AROUND = 3  # characters a generic word may carry (主要任务和分工, 重点任务清单)


@lru_cache(maxsize=1)
def _generic_words() -> tuple[frozenset[str], frozenset[str]]:
    """(frame words whose sections hold no subject either, generic heading words)."""
    ref = resources.files("policykg.loaders").joinpath("data/headings.toml")
    try:
        data = tomllib.loads(ref.read_text(encoding="utf-8"))
        words = [str(w) for w in data["generic"]["words"]]
    except (OSError, KeyError, tomllib.TOMLDecodeError) as exc:
        raise ExtractError(f"policykg.loaders/data/headings.toml: cannot read ({exc})") from exc
    vocab = vocabulary()
    frames = frozenset(fold(w) for w in vocab.not_measure)
    return frames, frozenset(fold(w) for w in (*words, *vocab.assign_only)) | frames


def _is_word(title: str, words: frozenset[str]) -> bool:
    t = fold(title).strip().rstrip("。.:")
    return any((t.startswith(w) or t.endswith(w)) and len(t) <= len(w) + _AROUND for w in words)


def generic_heading(title: str) -> bool:
    """A heading title (without its marker) that names a part of a plan's frame: 指导思想, 主要任务, 保障措施 …"""
    return _is_word(title, _generic_words()[1])


def _telling(sections: list[Section]) -> Section | None:
    """The first section that is not generic and not inside a frame section (基本原则 › 坚持需求导向)."""
    frames = _generic_words()[0]
    for s in sections:
        if generic_heading(s.title) or not s.title.strip():
            continue
        parent, framed = s.parent, False
        while parent is not None and not framed:
            framed = _is_word(sections[parent].title, frames)
            parent = sections[parent].parent
        if not framed:
            return s
    return None


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _MAX_HEADING else text[: _MAX_HEADING - 1] + "…"


def first_heading(doc: ParsedDocument) -> str:
    """The first section heading as written (white space collapsed, at most 60 characters), or ""."""
    if not doc.sections:
        return ""
    h = doc.sections[0].heading
    return " ".join(doc.source.text[h.start : h.end].split())[:60]


def document_label(doc: ParsedDocument, issuer: str = "") -> str:
    """The label of an untitled document ("" when it has a title: the title is its name). ``issuer``: the
    issuer's name as the document writes it (the label stays in the document's script), else its region."""
    meta = doc.meta
    if meta.title:
        return ""
    who = " ".join(issuer.split()) or meta.region or ""
    when = meta.issued or (f"{meta.year}年" if meta.year else "")
    telling = _telling(doc.sections)
    about = _short(telling.title) if telling else first_heading(doc)
    head = " ".join(x for x in (who, when) if x)
    return " · ".join(x for x in (head, about) if x)
