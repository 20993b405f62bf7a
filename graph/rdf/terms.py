"""Terms as N-Triples and Turtle text, without rdflib: instance IRIs under the base IRI (``Iris``, ``key_hash``,
``title_key``) and literals (``plain``, ``int_lit``, ``typed_lit``, ...), each an (N-Triples, Turtle) pair.
Used by the fragment builder (``stream``) and the derived summaries (``summaries``)."""

from __future__ import annotations

import hashlib
import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from urllib.parse import quote, urlsplit

from policykg.errors import GraphBuildError
from policykg.graph.rdf.namespaces import (
    DEFAULT_BASE,
    PREFIXES,
    RDF_TYPE,
    XSD,
    XSD_BOOLEAN,
    XSD_DATE,
    XSD_DECIMAL,
    XSD_INTEGER,
)
from policykg.loaders.normalize import name_key

# --------------------------------------------------------------------------- IRIs and keys


@lru_cache(maxsize=65536)  # a unit or industry key is hashed for every measure that names it
def key_hash(key: str) -> str:
    """Same as ``iris_oracle.key_hash`` (tests)."""
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


_TITLE_BRACKETS = re.compile(r"[《》〈〉<>]")


def title_key(title: str) -> str:
    """Same as ``iris_oracle.title_key`` (tests)."""
    return name_key(_TITLE_BRACKETS.sub("", title))


def _segment(value: str) -> str:
    return quote(value, safe="-._~")


class Iris:
    """``iris_oracle.IriMinter`` (tests) as plain strings (same scheme, same validation)."""

    def __init__(self, base: str = DEFAULT_BASE) -> None:
        parts = urlsplit(base)
        if not parts.scheme or not (parts.netloc or parts.scheme == "urn"):
            raise GraphBuildError(f"base IRI {base!r} is not an absolute IRI (e.g. {DEFAULT_BASE})")
        if not base.endswith(("/", "#")):
            base += "/"
        self.base = base

    def document(self, doc_id: str) -> str:
        return f"{self.base}doc/{_segment(doc_id)}"

    def cited_from_key(self, key: str) -> str:
        return f"{self.base}doc/cited-{key_hash(key)}"

    def unit(self, key: str) -> str:
        return f"{self.base}unit/{key_hash(key)}"

    def industry(self, key: str) -> str:
        return f"{self.base}industry/{key_hash(key)}"

    def system(self, key: str) -> str:
        return f"{self.base}system/{key_hash(key)}"

    def industry_class(self, class_id: str) -> str:
        scheme, code = class_id.rsplit(":", 1)
        return f"{self.base}class/{_segment(scheme.replace('/', '').lower())}/{_segment(code)}"

    def scheme(self, scheme: str) -> str:
        return f"{self.base}class/{_segment(scheme.replace('/', '').lower())}"

    def category(self, system_key: str, category_key: str) -> str:
        return f"{self.base}system/{key_hash(system_key)}/category/{key_hash(category_key)}"

    def region_from_key(self, key: str) -> str:
        return f"{self.base}region/{key_hash(key)}"


# --------------------------------------------------------------------------- terms


def _esc(s: str) -> str:
    # The escapes rdflib's N-Triples writer uses; valid in Turtle short strings as well.
    if "\\" in s or "\n" in s or '"' in s or "\r" in s:  # most strings need none: four scans, no copies
        return s.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"').replace("\r", "\\r")
    return s


_PN_LOCAL = re.compile(r"^[A-Za-z_][A-Za-z0-9_-]*$")
_TURTLE_INTEGER = re.compile(r"^[+-]?\d+$")
_TURTLE_DECIMAL = re.compile(r"^[+-]?\d*\.\d+$")
_COMPACT: dict[str, str] = {}


def compact(iri: str) -> str:
    """A vocabulary IRI as a prefixed name where its local part is a plain name, else ``<iri>``."""
    out = _COMPACT.get(iri)
    if out is None:
        out = f"<{iri}>"
        for prefix, ns in sorted(PREFIXES.items(), key=lambda kv: -len(kv[1])):
            if iri.startswith(ns) and _PN_LOCAL.match(iri[len(ns) :]):
                out = f"{prefix}:{iri[len(ns) :]}"
                break
        _COMPACT[iri] = out
    return out


_NT_KEYS: dict[str, str] = {}


def _nt_key(p: str) -> str:
    """A predicate's place among a subject's N-Triples lines: the line's text after ``<`` up to its object."""
    key = _NT_KEYS.get(p)
    if key is None:
        key = _NT_KEYS[p] = p + ">"
    return key


def _turtle_order(k: str) -> tuple[bool, str]:
    return (k != "a", k)


_TURTLE_KEYS: dict[str, tuple[bool, str]] = {}


def _turtle_key(p: str) -> tuple[bool, str]:
    """A predicate's place among a subject's (``a`` first, then by name) and its Turtle name (``a`` or compact)."""
    key = _TURTLE_KEYS.get(p)
    if key is None:
        key = _TURTLE_KEYS[p] = _turtle_order("a" if p == RDF_TYPE else compact(p))
    return key


# An object is a pair (N-Triples form, Turtle form).
Obj = tuple[str, str]


def iri_obj(iri: str) -> Obj:
    return (f"<{iri}>", f"<{iri}>")


def plain(s: str) -> Obj:
    q = f'"{_esc(s)}"'
    return (q, q)


def lang_lit(s: str, lang: str) -> Obj:
    q = f'"{_esc(s)}"@{lang}'
    return (q, q)


def int_lit(n: int) -> Obj:
    return (f'"{n}"^^<{XSD_INTEGER}>', str(n))


def bool_lit(b: bool) -> Obj:
    v = "true" if b else "false"
    return (f'"{v}"^^<{XSD_BOOLEAN}>', v)


def typed_lit(lexical: str, datatype: str) -> Obj:
    q = f'"{_esc(lexical)}"'
    if datatype == XSD_INTEGER and _TURTLE_INTEGER.match(lexical):
        ttl = lexical
    elif datatype == XSD_DECIMAL and _TURTLE_DECIMAL.match(lexical):
        ttl = lexical
    elif datatype == XSD_BOOLEAN and lexical in ("true", "false"):
        ttl = lexical
    else:
        ttl = f"{q}^^{compact(datatype)}"
    return (f"{q}^^<{datatype}>", ttl)


def decimal_lexical(value: Decimal | int | float | str) -> str:
    """Canonical ``xsd:decimal`` lexical form (XML Schema 1.0): no exponent, a decimal point with at least one
    digit after it and no other trailing zero (``20000.0``, ``0.5``). rdflib's Turtle writer turns ``"20000"``
    into ``20000.0`` anyway; writing that form from the start keeps graph.ttl, graph.nt and every round trip
    equal term for term. (``policykg.graph.rdf.mapping`` re-exports it.)"""
    try:
        d = (
            value
            if isinstance(value, Decimal)
            else Decimal(repr(value) if isinstance(value, float) else str(value))
        )
    except InvalidOperation as err:
        raise GraphBuildError(f"not a decimal: {value!r}") from err
    if not d.is_finite():
        raise GraphBuildError(f"not a finite decimal: {value!r}")
    if d == 0:
        return "0.0"
    lexical = format(d.normalize(), "f")
    return lexical if "." in lexical else lexical + ".0"


_DATE = re.compile(r"^-?\d{4,}-\d{2}-\d{2}$")
_YEAR_MONTH = re.compile(r"^-?\d{4,}-\d{2}$")
_YEAR = re.compile(r"^-?\d{4,}$")


def temporal_lit(value: str) -> Obj:
    """Same rule as ``policykg.graph.rdf.mapping.temporal_literal``."""
    if _DATE.match(value):
        return typed_lit(value, XSD_DATE)
    if _YEAR_MONTH.match(value):
        return typed_lit(value, XSD + "gYearMonth")
    if _YEAR.match(value):
        return typed_lit(value, XSD + "gYear")
    return plain(value)
