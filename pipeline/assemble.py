"""Graph-file assembly: the shared block merged from every document's contributions (or reused from the
cache), each document's part located in the previous graph files or in its cache entry, ``graph.nt`` and
``graph.ttl`` written from those parts, and ``text/<doc_id>.txt`` for every document."""

from __future__ import annotations

import hashlib
import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from policykg.errors import GraphBuildError, PolicyKGError
from policykg.fsutil import replace_nosync
from policykg.pipeline.cache import (
    CACHE_DIR,
    HEADER,
    MAGIC,
    Cache,
    DocSummary,
    Ident,
    Layout,
    SharedState,
    extractor_fingerprint,
    file_ident,
    read_text,
    summaries_fingerprint,
)

if TYPE_CHECKING:
    from policykg.graph.rdf.stream import DocPart, TripleSet

log = logging.getLogger(__name__)


def _shared_key(by_id: list[DocSummary], base_iri: str) -> str:
    digest = hashlib.sha256(f"{base_iri}|{extractor_fingerprint()}|{summaries_fingerprint()}".encode())
    for s in by_id:
        digest.update(f"|{s.doc_id}\0{s.shared_sha}".encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def shared_state(
    by_id: list[DocSummary], base_iri: str, old: SharedState | None, cache: Cache
) -> SharedState:
    """The rendered shared block: the previous one while every document's contributions are the same (a
    summary without a digest never matches), else merged again and saved."""
    key = _shared_key(by_id, base_iri) if all(s.shared_sha for s in by_id) else ""
    if key and old is not None and old.key == key:
        return old
    from policykg.graph.rdf.namespaces import TURTLE_HEADER

    shared, cites, counts, summary = _assemble(by_id, base_iri)
    head_nt = shared.ntriples().encode("utf-8") + summary[0]
    head_ttl = (TURTLE_HEADER + shared.turtle()).encode("utf-8") + summary[1]
    state = SharedState(
        key=key,
        head_nt=head_nt,
        head_ttl=head_ttl,
        head_len=(len(head_nt), len(head_ttl)),
        head_sha=hashlib.sha256(head_nt + b"\0" + head_ttl).hexdigest()[:32],
        cites={
            doc_id: (ts.ntriples().encode("utf-8"), ts.turtle().encode("utf-8"))
            for doc_id, ts in cites.items()
        },
        triples=counts.triples,
        units=counts.units,
        industries=counts.industries,
        systems=counts.systems,
    )
    if key:
        cache.save_shared(state)
    return state


def _assemble(
    by_id: list[DocSummary], base_iri: str
) -> tuple[TripleSet, dict[str, TripleSet], Any, tuple[bytes, bytes]]:
    """The merged shared block, the citations, the counts and the rendered summary nodes."""
    from policykg.graph.rdf.stream import Assembler

    asm = Assembler(base_iri)
    try:
        shared, cites = asm.run([s.shared for s in by_id])
    except PolicyKGError:
        raise
    except (ValueError, TypeError, KeyError) as err:  # a bug in a merge rule: name it, keep the traceback
        log.exception("merging the shared entities failed")
        raise GraphBuildError(f"building the RDF graph failed: {err}") from err
    return shared, cites, asm.counts, (asm.summary_nt, asm.summary_ttl)


def _cites_digest(extra: tuple[bytes, bytes]) -> str:
    if not extra[0] and not extra[1]:
        return ""
    return hashlib.sha256(extra[0] + b"\0" + extra[1]).hexdigest()[:32]


def graph_parts(
    out: Path,
    by_id: list[DocSummary],
    state: SharedState,
    cache_dir: Path,
    old: Layout | None,
    texts: dict[str, tuple[str, Ident]],
) -> tuple[list[DocPart], Layout]:
    """Every document's part of the new graph files, from the previous graph files where the part is the
    same (same cache entry, same citations), else from its cache entry; and the layout they will have."""
    from policykg.graph.rdf.stream import DocPart

    nt_path, ttl_path = out / "graph.nt", out / "graph.ttl"
    parts: list[DocPart] = []
    docs: dict[str, tuple[str, str, int, int, int, int]] = {}
    nt_off, ttl_off = state.head_len
    for s in by_id:
        extra = state.cites.get(s.doc_id, (b"", b""))
        digest = _cites_digest(extra)
        nt_len, ttl_len = s.nt_len + len(extra[0]), s.ttl_len + len(extra[1])
        was = old.docs.get(s.doc_id) if old is not None else None
        if (
            was is not None
            and was[0] == s.key
            and was[1] == digest
            and was[3] == nt_len
            and was[5] == ttl_len
        ):
            parts.append(
                DocPart(
                    path=nt_path, ttl_path=ttl_path, header=b"", nt=(was[2], nt_len), ttl=(was[4], ttl_len)
                )
            )
        else:
            parts.append(_doc_part(cache_dir, s, extra))
        docs[s.doc_id] = (s.key, digest, nt_off, nt_len, ttl_off, ttl_len)
        nt_off += nt_len
        ttl_off += ttl_len
    layout = Layout(
        build_id=os.urandom(12).hex(),
        nt=(nt_off, 0, 0, 0, 0),  # sizes for now; identities once written
        ttl=(ttl_off, 0, 0, 0, 0),
        head=state.head_len,
        docs=docs,
        texts=texts,
        head_sha=state.head_sha,
    )
    return parts, layout


def write_graph(out: Path, state: SharedState, parts: list[DocPart], layout: Layout) -> None:
    from policykg.graph.rdf.stream import DocPart, write_graph_files

    if state.head_nt is None and state.heads_file:
        # The shared block was reused: copied from its cache file in the kernel, like the unchanged documents.
        heads = Path(state.heads_file)
        n, t = state.head_len
        head_part = DocPart(path=heads, ttl_path=heads, header=b"", nt=(0, n), ttl=(n, t))
        sizes = write_graph_files(out, (b"", b""), [head_part, *parts], spare_dir=out / CACHE_DIR)
    else:
        sizes = write_graph_files(out, state.head_bytes(), parts, spare_dir=out / CACHE_DIR)
    if sizes != (layout.nt[0], layout.ttl[0]):  # never record a layout that does not describe the files
        raise GraphBuildError(
            f"{out}: graph files of {sizes} bytes, expected {(layout.nt[0], layout.ttl[0])}"
        )
    try:
        layout.nt = file_ident(os.stat(out / "graph.nt"))
        layout.ttl = file_ident(os.stat(out / "graph.ttl"))
    except OSError as err:
        raise GraphBuildError(f"{out}: cannot read back the graph files just written: {err}") from err


def _doc_part(cache_dir: Path, summary: DocSummary, extra: tuple[bytes, bytes]) -> DocPart:
    """Where one document's fragment lies in its cache entry, plus its citations."""
    from policykg.graph.rdf.stream import DocPart

    header = HEADER.pack(MAGIC, summary.nt_len, summary.ttl_len, summary.text_len)
    return DocPart(
        path=cache_dir / f"{summary.key}.frag",
        header=header,
        nt=(HEADER.size, summary.nt_len),
        ttl=(HEADER.size + summary.nt_len, summary.ttl_len),
        extra_nt=extra[0],
        extra_ttl=extra[1],
    )


def _keep_strict_mode(target: Path, summary: DocSummary) -> None:
    """A saved text is no more readable than its source: a 0600 input gives a 0600 text file."""
    try:
        source_mode = os.stat(str(summary.file_entry.get("file", ""))).st_mode & 0o777
        mode = os.stat(target).st_mode & 0o777
    except OSError:
        return
    if mode & ~source_mode:
        os.chmod(target, mode & source_mode)


def write_texts(
    out: Path, docs: list[DocSummary], cache_dir: Path, known: dict[str, tuple[str, Ident]]
) -> dict[str, tuple[str, Ident]]:
    """``text/<doc_id>.txt`` for every document; a file already holding the right text is left alone. Returns
    the manifest of what the folder holds (name -> text sha256 and file identity).

    A file whose identity is the one the previous build recorded with the same text digest is trusted without
    reading it. Written through a temporary file and ``os.replace`` but not fsynced one by one (thousands of
    fsyncs would cost more than the extraction): after a crash, a file whose identity changed is compared
    again and rewritten if it is not exactly right."""
    folder = out / "text"
    folder.mkdir(parents=True, exist_ok=True)
    manifest: dict[str, tuple[str, Ident]] = {}
    for summary in docs:
        name = f"{summary.doc_id}.txt"
        target = folder / name
        try:
            st = os.stat(target)
        except OSError:
            st = None
        if st is not None:
            was = known.get(name)
            ident = file_ident(st)
            if was is not None and was == (summary.text_sha, ident):
                manifest[name] = was
                continue
            try:
                if st.st_size == summary.text_len:
                    if hashlib.sha256(target.read_bytes()).hexdigest() == summary.text_sha:
                        manifest[name] = (summary.text_sha, ident)
                        continue
            except OSError:
                pass
        try:
            replace_nosync(target, read_text(cache_dir, summary))
            _keep_strict_mode(target, summary)
            manifest[name] = (summary.text_sha, file_ident(os.stat(target)))
        except OSError as err:
            raise GraphBuildError(f"{target}: cannot write the document text: {err}") from err
    for entry in os.scandir(folder):
        if entry.name.endswith(".txt") and entry.name not in manifest:
            Path(entry.path).unlink(missing_ok=True)
    return manifest
