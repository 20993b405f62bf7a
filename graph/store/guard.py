"""The read-only guard: does a Cypher text write?

One guard for the whole package (``policykg cypher`` without ``--write``, every store's read path). It reads the
text the way a Cypher lexer does — string literals with their escapes, quoted names, ``/* */`` comments and
``//`` comments ended by *any* line terminator (``\\n``, ``\\r``, U+2028, U+2029, U+0085, form feeds) — and
looks at the words left: write clauses (CREATE, MERGE, SET, DELETE, DETACH, REMOVE, FOREACH, LOAD CSV, …),
schema and administration commands (DROP, ALTER, GRANT, …) and procedure calls (``CALL x.y(...)``) other than a
short list of read-only ones. ``CALL { … }`` subqueries are read like the rest of the text.

Where the two readings could differ it errs towards "writes": the text is checked as written and again with
``\\uXXXX`` escapes decoded (some Cypher front ends decode them before lexing), and a word is a property key or
label only when it directly follows ``.`` or ``:``. A store adds its own protection on top (read transactions,
the plan's query type on Neo4j); this guard is what stands on a Bolt server that ignores the access mode.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["write_clause", "is_write"]

_WRITE_WORDS = frozenset(
    {
        "CREATE", "MERGE", "SET", "DELETE", "DETACH", "REMOVE", "FOREACH", "DROP", "ALTER", "GRANT", "DENY",
        "REVOKE", "RENAME", "TERMINATE", "FINISH",
    }
)  # fmt: skip
# Word pairs that write: LOAD CSV, ... IN TRANSACTIONS, START/STOP DATABASE, ENABLE/DEALLOCATE SERVER.
_WRITE_PAIRS = {
    ("LOAD", "CSV"): "LOAD CSV",
    ("IN", "TRANSACTIONS"): "IN TRANSACTIONS",
    ("START", "DATABASE"): "START DATABASE",
    ("STOP", "DATABASE"): "STOP DATABASE",
    ("ENABLE", "SERVER"): "ENABLE SERVER",
    ("DEALLOCATE", "DATABASES"): "DEALLOCATE",
}
# Procedures that only read (lower-case names); any other CALL name(...) counts as a write.
_READ_PROCEDURES = frozenset(
    {
        "db.labels", "db.relationshiptypes", "db.propertykeys", "db.schema.visualization",
        "db.schema.nodetypeproperties", "db.schema.reltypeproperties", "db.indexes", "db.constraints",
        "db.info", "db.ping", "dbms.components", "dbms.procedures", "dbms.functions", "dbms.showcurrentuser",
    }
)  # fmt: skip
_LINE_END = "\n\r\u2028\u2029\u0085\x0b\x0c"
_UNICODE_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})")
_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_$]*")


def _skip_quoted(text: str, i: int, quote: str) -> int:
    """Index after the literal opened at ``text[i]`` (backslash escapes; a doubled quote stays inside)."""
    j = i + 1
    n = len(text)
    while j < n:
        ch = text[j]
        if ch == "\\" and quote != "`":
            j += 2
            continue
        if ch == quote:
            if j + 1 < n and text[j + 1] == quote:  # '' or `` inside: an escaped quote
                j += 2
                continue
            return j + 1
        j += 1
    return n


def _code_words(text: str) -> Iterator[tuple[str, str, str]]:
    """(word, previous non-space character, rest of the text) for every word outside literals and comments."""
    i, n = 0, len(text)
    prev = ""
    while i < n:
        ch = text[i]
        if ch in "'\"`":
            i = _skip_quoted(text, i, ch)
            prev = ch
        elif text.startswith("//", i):
            while i < n and text[i] not in _LINE_END:
                i += 1
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            i = n if end < 0 else end + 2
        elif ch.isalpha() or ch == "_":
            m = _WORD.match(text, i)
            if m is None:  # a non-ASCII letter: part of no keyword
                i += 1
                continue
            yield m.group(0), prev, text[m.end() :]
            prev, i = "w", m.end()
        else:
            if not ch.isspace():
                prev = ch
            i += 1


def _first_write(text: str) -> str | None:
    words = list(_code_words(text))
    for k, (word, prev, rest) in enumerate(words):
        if prev and prev in ".:$":  # a property key, a label or relationship type, a parameter
            continue
        up = word.upper()
        if up in _WRITE_WORDS:
            return up
        if k + 1 < len(words) and (up, words[k + 1][0].upper()) in _WRITE_PAIRS:
            return _WRITE_PAIRS[(up, words[k + 1][0].upper())]
        if up == "CALL":
            proc = re.match(r"\s*([A-Za-z_][\w.]*)\s*\(?", rest)
            if proc and "." in proc.group(1) and proc.group(1).lower() not in _READ_PROCEDURES:
                return f"CALL {proc.group(1)}"
            if proc and "." not in proc.group(1) and not rest.lstrip().startswith("{"):
                return f"CALL {proc.group(1)}"
    return None


def write_clause(cypher: str) -> str | None:
    """The first writing clause of ``cypher`` (outside literals and comments), or None for a read-only text."""
    found = _first_write(cypher)
    if found is None and "\\u" in cypher:
        found = _first_write(_UNICODE_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), cypher))
    return found


def is_write(cypher: str) -> bool:
    """Does this Cypher text write (see :func:`write_clause`)?"""
    return write_clause(cypher) is not None
