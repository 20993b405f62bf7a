"""The build's content-hash cache (``OUT/.cache``): the binary cache entry format (``<key>.frag``: header,
fragment in N-Triples and Turtle, document text, pickled shared contributions), the per-document
``DocSummary``, the index, the cached shared block and the layout of the last graph files.

See ``policykg.pipeline`` for what each file is for."""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import struct
import time
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from policykg import __version__
from policykg.errors import GraphBuildError
from policykg.fsutil import replace_nosync
from policykg.models import FileEntry
from policykg.pipeline.seal import SealError, seal, unseal

if TYPE_CHECKING:
    from policykg.graph.rdf.stream import SharedPart

log = logging.getLogger(__name__)

CACHE_FORMAT = 8  # the layout of cache entries, DocSummary and the index, shared and layout files
# (5: the pickled classes moved to policykg.pipeline.cache and policykg.graph.rdf.stream; 6: SharedPart rows
# are NamedTuples; 7: pickled blobs sealed with a per-user MAC)
CACHE_DIR = ".cache"
_INDEX = "index.pickle"
_SHARED = "shared.pickle"
_HEADS = "shared.heads"  # the rendered shared block (N-Triples then Turtle), copied into the graph files
_LAYOUT = "layout.pickle"
STAMP = "store.json"
_KEEP = frozenset({_INDEX, _SHARED, _LAYOUT, _HEADS})
_RACY_NS = 2_000_000_000  # a file changed this recently may change again without a visible stat change
MAGIC = b"PKGFRAG2"
HEADER = struct.Struct("<8sQQQ")  # magic, then the byte lengths of the N-Triples, Turtle and text parts
# (the pickled shared contributions follow the text: ``DocSummary.shared_len`` bytes)


@lru_cache(maxsize=1)
def extractor_fingerprint() -> str:
    """Hash of the extraction and fragment-building code and the lexicon data: a change to any of them
    invalidates the cache."""
    here = Path(__file__).resolve().parent.parent  # the package root
    digest = hashlib.sha256(f"{__version__}|{CACHE_FORMAT}".encode())
    folder = here / "loaders"
    for path in sorted(folder.rglob("*")):
        if path.suffix in {".py", ".toml"} and path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(folder).as_posix().encode())
            digest.update(path.read_bytes())
    # policykg.pipeline itself is left out (an edit to the store step must not discard every extraction): bump
    # CACHE_FORMAT whenever DocSummary or the entry layout changes.
    for name in ("models.py", "graph/rdf/stream.py", "graph/rdf/terms.py", "graph/rdf/namespaces.py"):
        digest.update(name.encode())
        digest.update((here / name).read_bytes())
    return digest.hexdigest()[:16]


@dataclass
class DocSummary:
    """What the parent process keeps of one built document (the rest lives in its cache entry)."""

    key: str
    doc_id: str
    file_entry: FileEntry  # report.json's per-file entry ("file" is replaced by the path of this build)
    shared: SharedPart
    triples: int
    sections: int
    measures: int
    targets: int
    text_sha: str  # sha256 of the UTF-8 text
    nt_len: int
    ttl_len: int
    text_len: int
    shared_sha: str = ""  # digest of ``shared``: the merged shared block depends on these only
    shared_len: int = 0  # the pickled ``shared``, stored at the end of the cache entry

    @property
    def entry_size(self) -> int:
        return HEADER.size + self.nt_len + self.ttl_len + self.text_len + self.shared_len

    # ``shared`` is not pickled (the index stays small: loading and saving it is part of every incremental
    # build) but read from the cache entry on first use, which only a merge of the shared block needs.
    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state.pop("shared", None)
        state.pop("_entry", None)
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)

    def attach(self, folder: Path) -> None:
        """Where ``shared`` is read from when it is not in memory: this summary's cache entry in ``folder``."""
        self.__dict__["_entry"] = folder / f"{self.key}.frag"

    def __getattr__(
        self, name: str
    ) -> Any:  # only called for attributes not set: ``shared`` after unpickling
        entry = self.__dict__.get("_entry") if name == "shared" else None
        if entry is None:
            raise AttributeError(name)
        try:
            with open(entry, "rb") as fh:
                blob = os.pread(fh.fileno(), self.shared_len, self.entry_size - self.shared_len)
            if len(blob) != self.shared_len:
                raise OSError("shorter than recorded")
            part = pickle.loads(unseal(blob))  # never unpickled unless this user's policykg wrote it
        except (
            SealError,
            OSError,
            pickle.UnpicklingError,
            EOFError,
            AttributeError,
            ImportError,
            TypeError,
        ) as err:
            raise GraphBuildError(f"{entry}: damaged cache entry ({err}); run again with --force") from err
        self.__dict__["shared"] = part
        return part


Ident = tuple[int, int, int, int, int]  # size, mtime_ns, ctime_ns, inode, device


def file_ident(st: os.stat_result) -> Ident:
    return (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, st.st_dev)


@dataclass
class SharedState:
    """The shared block of one set of documents, rendered, and each document's ``pkg:cites`` triples."""

    key: str
    head_nt: bytes | None  # None when loaded from the cache: the bytes stay in .cache/shared.heads
    head_ttl: bytes | None
    cites: dict[str, tuple[bytes, bytes]]  # doc_id -> (N-Triples, Turtle)
    triples: int
    units: int
    industries: int
    systems: int
    head_len: tuple[int, int] = (0, 0)
    head_sha: str = ""
    heads_file: str = ""  # set when loaded from the cache

    def head_bytes(self) -> tuple[bytes, bytes]:
        if self.head_nt is not None and self.head_ttl is not None:
            return self.head_nt, self.head_ttl
        try:
            with open(self.heads_file, "rb") as fh:
                data = fh.read()
        except OSError as err:
            raise GraphBuildError(f"{self.heads_file}: cannot read the cached shared block ({err})") from err
        if len(data) != sum(self.head_len):
            raise GraphBuildError(f"{self.heads_file}: damaged cache entry; run the build again with --force")
        return data[: self.head_len[0]], data[self.head_len[0] :]


@dataclass
class Layout:
    """What the last build wrote: where each document's part lies in graph.nt/graph.ttl (offsets and
    lengths, cites included), the identity of both files, and of every saved text."""

    build_id: str
    nt: Ident
    ttl: Ident
    head: tuple[int, int]  # byte lengths of the shared block in graph.nt and graph.ttl
    docs: dict[
        str, tuple[str, str, int, int, int, int]
    ]  # doc_id -> (key, cites digest, nt off/len, ttl off/len)
    texts: dict[str, tuple[str, Ident]] = field(default_factory=dict)  # file name -> (text sha256, identity)
    head_sha: str = ""  # digest of the shared block written

    def matches(self, out: Path) -> bool:
        """Do graph.nt and graph.ttl still hold what this layout describes?"""
        try:
            return (
                file_ident(os.stat(out / "graph.nt")) == self.nt
                and file_ident(os.stat(out / "graph.ttl")) == self.ttl
            )
        except OSError:
            return False


class Cache:
    """``.cache/<key>.frag`` (fragment, text and shared contributions), ``.cache/index.pickle`` (the summaries and the stat index of the inputs), ``.cache/shared.pickle`` and
    ``.cache/layout.pickle`` (see the module docstring). All are written without fsync: a lost or damaged
    entry is caught (size, header, format, file identities) and only costs work done again."""

    def __init__(self, folder: Path, *, enabled: bool, base_iri: str) -> None:
        self.folder = folder
        self.enabled = enabled
        self.base_iri = base_iri
        self.used: dict[str, DocSummary] = {}
        self.inputs: dict[str, tuple[Ident, str]] = {}  # absolute path -> (identity, sha256), as loaded
        self.seen_inputs: dict[str, tuple[Ident, str]] = {}  # what this build found
        self.now_ns = time.time_ns()

    def key(self, path: Path, data_hash: str) -> str:
        raw = f"{data_hash}|{path.name}|{self.base_iri}|{extractor_fingerprint()}"
        return hashlib.sha256(raw.encode()).hexdigest()[:32]

    def _load(self, name: str) -> Any:
        if not self.enabled:
            return None
        path = self.folder / name
        try:
            data = pickle.loads(unseal(path.read_bytes()))  # the MAC is checked before anything is unpickled
        except FileNotFoundError:
            return None
        except SealError as err:
            log.warning("ignoring cache file %s (%s): rebuilding it", path, err)
            return None
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError) as err:
            log.warning("ignoring unreadable cache file %s: %s", path, err)
            return None
        if not isinstance(data, dict) or data.get("format") != CACHE_FORMAT:
            return None
        return data

    def _save(self, name: str, data: dict[str, Any]) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        data = {"format": CACHE_FORMAT, **data}
        replace_nosync(self.folder / name, seal(pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL)))

    def load_index(self) -> dict[str, DocSummary]:
        data = self._load(_INDEX)
        if data is None:
            return {}
        inputs = data.get("inputs")
        self.inputs = inputs if isinstance(inputs, dict) else {}
        entries = data.get("entries")
        return entries if isinstance(entries, dict) else {}

    def digest(self, path: Path, max_bytes: int) -> str | None:
        """The sha256 of the file's bytes, from the stat index when its identity has not changed; None when
        it cannot be read or is too large (the loader then gives the proper message)."""
        try:
            st = os.stat(path)
            if st.st_size > max_bytes:
                return None
            name = os.path.abspath(path)
            ident = file_ident(st)
            known = self.inputs.get(name)
            if known is not None and known[0] == ident:
                self.seen_inputs[name] = known
                return known[1]
            with open(path, "rb") as fh:
                digest = hashlib.sha256(fh.read()).hexdigest()
        except OSError:
            return None
        if self.now_ns - max(st.st_mtime_ns, st.st_ctime_ns) > _RACY_NS:
            self.seen_inputs[name] = (ident, digest)
        return digest

    def hit(self, index: dict[str, DocSummary], key: str) -> DocSummary | None:
        summary = index.get(key)
        if not isinstance(summary, DocSummary):
            return None
        try:
            if (self.folder / f"{key}.frag").stat().st_size != summary.entry_size:
                return None
        except OSError:
            return None
        summary.attach(self.folder)
        return summary

    def save_index(self) -> None:
        self._save(_INDEX, {"entries": self.used, "inputs": self.seen_inputs})

    def load_shared(self) -> SharedState | None:
        data = self._load(_SHARED)
        state = data.get("state") if data else None
        if not isinstance(state, SharedState):
            return None
        state.heads_file = str(self.folder / _HEADS)
        try:
            if os.stat(state.heads_file).st_size != sum(state.head_len):
                return None
        except OSError:
            return None
        return state

    def save_shared(self, state: SharedState) -> None:
        """The rendered block goes to its own file (copied from there into the graph files, never unpickled);
        the rest (citations, counts) is pickled."""
        nt, ttl = state.head_bytes()
        self.folder.mkdir(parents=True, exist_ok=True)
        replace_nosync(self.folder / _HEADS, nt, ttl)
        saved = replace(state, head_nt=None, head_ttl=None, heads_file="")
        self._save(_SHARED, {"state": saved})

    def load_layout(self) -> Layout | None:
        data = self._load(_LAYOUT)
        layout = data.get("layout") if data else None
        return layout if isinstance(layout, Layout) else None

    def save_layout(self, layout: Layout) -> None:
        self._save(_LAYOUT, {"layout": layout})

    def prune(self) -> None:
        """Forget entries of files that are gone or changed, so the cache never grows without bound."""
        if not self.folder.is_dir():
            return
        for entry in os.scandir(self.folder):
            name = entry.name
            if (
                name.endswith((".frag", ".pickle"))
                and name not in _KEEP
                and name.rsplit(".", 1)[0] not in self.used
            ):
                Path(entry.path).unlink(missing_ok=True)


def read_text(folder: Path, summary: DocSummary) -> bytes:
    path = folder / f"{summary.key}.frag"
    with path.open("rb") as fh:
        fh.seek(HEADER.size + summary.nt_len + summary.ttl_len)
        data = fh.read(summary.text_len)
    if hashlib.sha256(data).hexdigest() != summary.text_sha:
        raise GraphBuildError(f"{path}: damaged cache entry; run the build again with --force")
    return data


@lru_cache(maxsize=1)
def summaries_fingerprint() -> str:
    """The summaries' code (graph/rdf/summaries.py): it shapes the shared block, not the cached extractions."""
    return hashlib.sha256(
        (Path(__file__).resolve().parent.parent / "graph" / "rdf" / "summaries.py").read_bytes()
    ).hexdigest()[:16]


def pread(fh: Any, offset: int, length: int) -> bytes:
    data = os.pread(fh.fileno(), length, offset)
    if len(data) != length:
        raise OSError(f"{fh.name}: shorter than recorded")
    return data


def read_fragment_nt(folder: Path, summary: DocSummary | FragmentRef) -> bytes:
    path = folder / f"{summary.key}.frag"
    with path.open("rb") as fh:
        head = fh.read(HEADER.size)
        if head != HEADER.pack(MAGIC, summary.nt_len, summary.ttl_len, summary.text_len):
            raise GraphBuildError(f"{path}: damaged cache entry; run the build again with --force")
        return pread(fh, HEADER.size, summary.nt_len)


class FragmentRef(NamedTuple):
    """Where a document's fragment lies in its cache entry: what ``read_fragment_nt`` needs of a summary (sent
    to the load worker, which reads the fragments itself)."""

    key: str
    nt_len: int
    ttl_len: int
    text_len: int

    @classmethod
    def of(cls, summary: DocSummary) -> FragmentRef:
        return cls(summary.key, summary.nt_len, summary.ttl_len, summary.text_len)
