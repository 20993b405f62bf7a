"""One entry point for every input format: ``load(path) -> SourceDocument``, and input discovery.

Each format module turns the file's bytes into a ``Loaded`` (text, encoding, page spans, warnings); this module
checks the file (exists, size, not empty), hashes the bytes, dispatches on the suffix and builds the
``SourceDocument`` with its same-length matching text.
"""

from __future__ import annotations

import hashlib
import logging
import os
import stat
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from policykg.errors import LoadError
from policykg.models import Skip as Skip
from policykg.models import SourceDocument, Span

log = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 20 * 1024 * 1024

_TEXT_SUFFIXES = frozenset({".txt", ".text", ".md"})
_HTML_SUFFIXES = frozenset({".html", ".htm", ".shtml", ".xhtml"})
SUPPORTED_SUFFIXES: frozenset[str] = _TEXT_SUFFIXES | _HTML_SUFFIXES | {".docx", ".pdf"}


@dataclass
class Loaded:
    """What a format loader produces from a file's bytes."""

    text: str
    encoding: str
    format: str
    pages: list[Span] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def format_of(path: Path) -> str | None:
    """ "txt", "html", "docx" or "pdf" for a supported suffix, else None."""
    suffix = path.suffix.lower()
    if suffix in _TEXT_SUFFIXES:
        return "txt"
    if suffix in _HTML_SUFFIXES:
        return "html"
    if suffix == ".docx":
        return "docx"
    if suffix == ".pdf":
        return "pdf"
    return None


def _human(n: float) -> str:
    mb = 1024 * 1024
    if n >= mb:
        value = n / mb
        return f"{value:.0f} MB" if value == int(value) else f"{value:.1f} MB"
    if n >= 1024:
        return f"{n / 1024:.1f} KB"
    return f"{int(n)} bytes"


def _human_size(n: int) -> str:
    mb = 1024 * 1024
    return f"{n / mb:.1f} MB" if n >= mb else _human(n)


def read_checked(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The file's bytes, after the checks that need no reading (exists, regular file, size)."""
    name = str(path)
    try:
        st = path.stat()
    except FileNotFoundError as exc:
        raise LoadError(name, "no such file or directory") from exc
    except PermissionError as exc:
        raise LoadError(name, "permission denied") from exc
    except OSError as exc:  # ELOOP, ENAMETOOLONG, ...
        raise LoadError(name, f"cannot open: {exc.strerror or exc}") from exc
    if stat.S_ISDIR(st.st_mode):
        raise LoadError(name, "is a directory, not a file")
    if not stat.S_ISREG(st.st_mode):
        raise LoadError(name, "not a regular file")
    # Checked before reading so that a huge file is rejected without loading it into memory.
    if st.st_size > max_bytes:
        raise LoadError(name, f"too large: {_human_size(st.st_size)} > {_human(max_bytes)} limit")
    if st.st_size == 0:
        raise LoadError(name, "empty file")
    try:
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except PermissionError as exc:
        raise LoadError(name, "permission denied") from exc
    except OSError as exc:
        raise LoadError(name, f"cannot read: {exc.strerror or exc}") from exc
    if len(data) > max_bytes:  # grew since stat
        raise LoadError(name, f"too large: more than {_human(max_bytes)} limit")
    if not data:
        raise LoadError(name, "empty file")
    return data


def _loader_for(fmt: str) -> Callable[[bytes, str], Loaded]:
    # Imported here so that loading a text file never imports lxml, python-docx or pypdf.
    if fmt == "txt":
        from policykg.loaders.text import load_text

        return load_text
    if fmt == "html":
        from policykg.loaders.html import load_html

        return load_html
    if fmt == "docx":
        from policykg.loaders.docx import load_docx

        return load_docx
    from policykg.loaders.pdf import load_pdf

    return load_pdf


def load(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> SourceDocument:
    """Read and decode one document of any supported format; raises LoadError(path, problem)."""
    from policykg.loaders.normalize import drop_annotations, match_text, script_of, shift_offset

    path = Path(path)
    fmt = format_of(path)
    if fmt is None:
        raise LoadError(str(path), f"unsupported file type {path.suffix.lower() or '(no suffix)'}")
    data = read_checked(path, max_bytes=max_bytes)
    loaded = _loader_for(fmt)(data, str(path))
    if not loaded.text.strip():
        raise LoadError(str(path), "no text in the document")
    for warning in loaded.warnings:
        log.debug("%s: %s", path, warning)
    # a mirror page's pinyin readings (自治區(qū)) are no part of the document: every offset is in the text without them
    text, dropped = drop_annotations(loaded.text)
    pages = loaded.pages
    if dropped:
        loaded.warnings.append(f"{len(dropped)} pinyin readings of a mirror page dropped")
        pages = [Span(shift_offset(p.start, dropped), shift_offset(p.end, dropped)) for p in pages]
    match = match_text(text)
    return SourceDocument(
        path=path,
        source_file=path.name,
        text=text,
        match=match,
        encoding=loaded.encoding,
        script=script_of(text),  # from its own table: cheaper than comparing with ``match``
        format=loaded.format,
        sha256=hashlib.sha256(data).hexdigest(),
        pages=pages,
        warnings=loaded.warnings,
    )


# --------------------------------------------------------------------------- input discovery


def _hidden(name: str) -> bool:
    return name.startswith(".")


def iter_inputs(paths: Sequence[Path], *, follow_links: bool = False) -> tuple[list[Path], list[Skip]]:
    """The supported files under ``paths`` (files and folders, recursively) and what was skipped, and why.

    Files come in argument order, each folder's content sorted by name; a file reached twice (a symlink, a
    repeated argument) is kept once, by real path. Hidden files and folders inside folders are skipped silently;
    symbolic-link loops are reported once and not followed. A symbolic link found inside a folder that leads
    out of every given folder (``passwd.txt -> /etc/passwd``, a link to ``/etc``) is a reported skip unless
    ``follow_links``; paths given by name are read whatever they are.
    """
    files: list[Path] = []
    skips: list[Skip] = []
    # Two paths with one real path are one file, and one real path is one inode: realpath (a system call per
    # path component) is only needed when an inode comes back, which keeps a folder of thousands cheap.
    by_inode: dict[tuple[int, int], list[Path]] = {}
    seen_dirs: set[tuple[int, int]] = set()

    def add_file(p: Path, st: os.stat_result) -> None:
        if format_of(p) is None:
            skips.append(Skip(str(p), f"unsupported file type {p.suffix.lower() or '(no suffix)'}"))
            return
        same = by_inode.setdefault((st.st_dev, st.st_ino), [])
        if same:
            real = os.path.realpath(p)
            if any(os.path.realpath(q) == real for q in same):
                log.debug("%s: already listed as %s", p, real)
                return
        same.append(p)
        files.append(p)

    roots = None if follow_links else [os.path.realpath(p) for p in paths]
    for given in paths:
        given = Path(given)
        kind, st = _kind_stat(given, skips)
        if kind == "file" and st is not None:
            add_file(given, st)
        elif kind == "dir":
            _walk(given, add_file, skips, seen_dirs, roots)
    return files, skips


def _leaves_roots(child: Path, roots: list[str] | None, skips: list[Skip]) -> bool:
    """A symbolic link whose target lies outside every given folder (recorded as a skip)."""
    if roots is None or not child.is_symlink():
        return False
    real = os.path.realpath(child)
    if any(real == r or real.startswith(r.rstrip(os.sep) + os.sep) for r in roots):
        return False
    skips.append(
        Skip(str(child), "symbolic link leading outside the input folders; not followed (use --follow-links)")
    )
    return True


def _kind(p: Path, skips: list[Skip]) -> str | None:
    """'file', 'dir' or None (after recording why it is skipped)."""
    return _kind_stat(p, skips)[0]


def _kind_stat(p: Path, skips: list[Skip]) -> tuple[str | None, os.stat_result | None]:
    """``_kind`` and the stat it read (of the link's target for a symbolic link)."""
    try:
        st = os.stat(p)
    except FileNotFoundError:
        if os.path.islink(p):
            skips.append(Skip(str(p), "broken symbolic link (its target does not exist)"))
        else:
            skips.append(Skip(str(p), "no such file or directory"))
        return None, None
    except PermissionError:
        skips.append(Skip(str(p), "permission denied"))
        return None, None
    except OSError as exc:
        if os.path.islink(p):
            skips.append(Skip(str(p), "symbolic link loop (the link resolves to itself)"))
        else:
            skips.append(Skip(str(p), f"cannot open: {exc.strerror or exc}"))
        return None, None
    if stat.S_ISDIR(st.st_mode):
        return "dir", st
    if stat.S_ISREG(st.st_mode):
        return "file", st
    skips.append(Skip(str(p), "not a regular file"))
    return None, None


def _walk(
    root: Path,
    add_file: Callable[[Path, os.stat_result], None],
    skips: list[Skip],
    seen_dirs: set[tuple[int, int]],
    roots: list[str] | None = None,
) -> None:
    """Depth-first, sorted, iterative (no recursion limit), following directory symlinks at most once (and
    only those that stay inside ``roots`` when given)."""
    stack: list[Path] = [root]
    while stack:
        folder = stack.pop()
        try:
            st = folder.stat()
        except OSError as exc:
            skips.append(Skip(str(folder), f"cannot open folder: {exc.strerror or exc}"))
            continue
        ident = (st.st_dev, st.st_ino)
        if ident in seen_dirs:
            real = os.path.realpath(folder)
            parent = os.path.realpath(folder.parent)
            if folder.is_symlink() and (parent == real or parent.startswith(real.rstrip(os.sep) + os.sep)):
                skips.append(Skip(str(folder), f"symbolic link loop (points back to its ancestor {real})"))
            else:
                log.debug("%s: folder already read as %s", folder, real)
            continue
        seen_dirs.add(ident)
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except PermissionError:
            skips.append(Skip(str(folder), "permission denied"))
            continue
        except OSError as exc:
            skips.append(Skip(str(folder), f"cannot list folder: {exc.strerror or exc}"))
            continue
        subdirs: list[Path] = []
        for entry in entries:
            if _hidden(entry.name):
                continue
            child = folder / entry.name
            if entry.is_symlink() and _leaves_roots(child, roots, skips):
                continue
            kind, child_st = _kind_stat(child, skips)
            if kind == "file" and child_st is not None:
                add_file(child, child_st)
            elif kind == "dir":
                subdirs.append(child)
        # Reverse so that the stack pops sub-folders in name order.
        stack.extend(reversed(subdirs))
