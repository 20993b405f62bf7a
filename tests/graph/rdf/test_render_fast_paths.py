"""The rendering speed-ups keep their outputs: each fast path agrees with the plain form it replaced."""

from __future__ import annotations

import pytest

from policykg.graph.rdf.stream import PKG, RDF_TYPE, TripleSet, compact
from policykg.graph.rdf.summaries import _Emitter
from policykg.graph.rdf.terms import _esc, iri_obj, plain

STRINGS = [
    "市发展改革委牵头,市财政局配合。",
    "市發展改革委牽頭,市財政局配合。",
    '引号"和\\反斜杠\n换行\r回车',
    '「引號」"與\\反斜槓\n換行',
    "",
]


@pytest.mark.parametrize("s", STRINGS)
def test_esc_is_the_four_replacements(s: str) -> None:
    assert _esc(s) == s.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"').replace("\r", "\\r")


def _plain_turtle(t: TripleSet) -> str:
    out: list[str] = []
    for s in sorted(t.subjects):
        by_pred = {("a" if p == RDF_TYPE else compact(p)): objs for p, objs in t.subjects[s].items()}
        preds = sorted(by_pred, key=lambda k: (k != "a", k))
        body = " ;\n".join(f"    {k} {' , '.join(sorted(by_pred[k].values()))}" for k in preds)
        out.append(f"\n<{s}>\n{body} .\n")
    return "".join(out)


def _triples(t: TripleSet | _Emitter) -> None:
    for k, s in enumerate(STRINGS):
        subject = f"https://example.org/doc/{k % 2}"
        node = t.node(subject) if isinstance(t, _Emitter) else t
        node.typed(subject, PKG + "Measure")
        node.add(subject, PKG + "text", plain(s))
        node.add(subject, PKG + "label", plain(s[:3]))
        node.link(subject, PKG + "inDocument", "https://example.org/doc")
    if isinstance(t, TripleSet):
        t.add("https://example.org/doc/0", PKG + "text", plain(STRINGS[0]))  # a duplicate: counted once
        t.add("https://example.org/doc/1", PKG + "x", iri_obj("https://example.org/b"))
        t.add("https://example.org/doc/1", PKG + "x", iri_obj("https://example.org/a"))


def test_triple_set_turtle_is_the_plain_rendering() -> None:
    t = TripleSet()
    _triples(t)
    assert t.turtle() == _plain_turtle(t)
    assert len(t) == sum(len(objs) for preds in t.subjects.values() for objs in preds.values())


def test_triple_set_ntriples_are_the_sorted_lines() -> None:
    """Lines put in order by predicate, then object, are the lines sorted: also for predicates that are prefixes
    of others (``number``, ``number2``, ``number-x``, ``number.x``) and literals with a language or a type."""
    t = TripleSet()
    _triples(t)
    subject = "https://example.org/doc/2"
    for name in ["number", "number2", "number-x", "number.x", "numbers", "numbe"]:
        t.add(subject, PKG + name, plain(name))
    for obj in [
        plain("甲"),
        ('"甲"@zh-Hans', '"甲"@zh-Hans'),
        ('"甲"^^<urn:x>', '"甲"^^<urn:x>'),
        plain("甲乙"),
    ]:
        t.add(subject, PKG + "title", obj)
    for obj in [plain("發展"), ('"發展"@zh-Hant', '"發展"@zh-Hant'), plain("发展")]:
        t.add(subject, PKG + "label", obj)
    lines = []
    for s in sorted(t.subjects):
        lines.extend(sorted(f"<{s}> <{p}> {o} .\n" for p, objs in t.subjects[s].items() for o in objs))
    assert t.ntriples() == "".join(lines)
    assert t.turtle() == _plain_turtle(t)


def test_summary_turtle_is_the_plain_rendering() -> None:
    e = _Emitter()
    _triples(e)
    blocks = []
    for iri, n in e.nodes:
        by_pred = {("a" if p == RDF_TYPE else compact(p)): objs for p, objs in n.preds.items()}
        body = " ;\n".join(
            f"    {k} {' , '.join(sorted(o[1] for o in by_pred[k]))}"
            for k in sorted(by_pred, key=lambda k: (k != "a", k))
        )
        blocks.append(f"\n<{iri}>\n{body} .\n")
    assert e.ttl_bytes() == "".join(blocks).encode("utf-8")
    lines = []
    for iri, n in e.nodes:
        lines.extend(sorted(f"<{iri}> <{p}> {o[0]} .\n" for p, objs in n.preds.items() for o in objs))
    assert e.nt_bytes() == "".join(lines).encode("utf-8")
    assert all(len(objs) == len(set(objs)) for _, n in e.nodes for objs in n.preds.values())


@pytest.mark.parametrize("key", ["市发展改革委", "青岛市/市財政局", "", "industry:新能源汽车"])
def test_key_hash_cached_is_the_sha1(key: str) -> None:
    import hashlib

    from policykg.graph.rdf.terms import key_hash

    plain_hash = hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
    assert key_hash(key) == plain_hash == key_hash(key)


def test_link_is_add_of_an_iri_object() -> None:
    a, b = TripleSet(), TripleSet()
    for k in range(len(STRINGS)):
        subject = f"https://example.org/doc/{k % 2}"
        for o in ("https://example.org/x", f"https://example.org/{k}", "https://example.org/x"):
            a.link(subject, PKG + "rel", o)
            b.add(subject, PKG + "rel", iri_obj(o))
    assert a.subjects == b.subjects
    assert len(a) == len(b) == sum(len(objs) for preds in b.subjects.values() for objs in preds.values())
    assert a.ntriples() == b.ntriples() and a.turtle() == b.turtle()
