"""Which embedded engine holds a build folder's store: LadybugDB (the default since round 24, issue 13) or ArcadeDB
(``--engine arcadedb``).

The build chooses (``policykg build --engine``, else ``POLICYKG_ENGINE``, else the engine the folder's store
already has, else LadybugDB) and a LadybugDB store records its engine in ``store/engine.json``, so every later
command (``unit``, ``query``, ``explore``, ``viz`` …) opens it with the right engine without being told. An
ArcadeDB store is the engine's own database folder and has no such file: a folder without it is ArcadeDB's.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

from policykg.errors import StoreError, UsageError

ARCADEDB = "arcadedb"
LADYBUG = "ladybug"
ENGINES = (ARCADEDB, LADYBUG)
DEFAULT_ENGINE = LADYBUG
ENGINE_ENV = "POLICYKG_ENGINE"
MARKER = "engine.json"
# The LadybugDB database file inside the store folder (the engine keeps one file, and a write-ahead log beside it).
LADYBUG_FILE = "graph.lbug"
INSTALL_HINT = "pip install 'policykg[ladybug]'"


def check_engine(name: str) -> str:
    """``name`` when it is an engine policykg knows; a ``UsageError`` naming the choices otherwise."""
    if name not in ENGINES:
        raise UsageError(f"unknown store engine {name!r}: use {' or '.join(ENGINES)}")
    return name


def recorded_engine(store_dir: Path) -> str | None:
    """The engine of the store in ``store_dir`` (None when there is no store there)."""
    marker = store_dir / MARKER
    try:
        data = json.loads(marker.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return ARCADEDB if store_dir.is_dir() and any(store_dir.iterdir()) else None
    except (OSError, ValueError) as err:
        raise StoreError(f"{marker}: cannot read the store's engine ({err}); rebuild with --force") from err
    engine = data.get("engine") if isinstance(data, dict) else None
    if engine not in ENGINES:
        raise StoreError(f"{marker}: unknown store engine {engine!r}; rebuild with --force")
    return str(engine)


def chosen_engine(option: str | None, store_dir: Path) -> str:
    """The engine a build writes: the option, else ``POLICYKG_ENGINE``, else the store's own, else LadybugDB."""
    if option:
        return check_engine(option)
    env = os.environ.get(ENGINE_ENV, "").strip()
    if env:
        return check_engine(env)
    return recorded_engine(store_dir) or DEFAULT_ENGINE


def write_marker(store_dir: Path, engine: str) -> None:
    store_dir.mkdir(parents=True, exist_ok=True)
    (store_dir / MARKER).write_text(json.dumps({"engine": engine}) + "\n", encoding="utf-8")


def clear_other_engine(store_dir: Path, engine: str) -> bool:
    """Remove a store another engine wrote (the build then loads ``engine``'s in full); True when one was."""
    have = recorded_engine(store_dir)
    if have is None or have == engine:
        return False
    from policykg.graph.store import server

    server.release(store_dir)  # a store server holding the old store lets go of it first
    shutil.rmtree(store_dir)
    return True


def ladybug_module() -> Any:
    """The ``ladybug`` module, or a ``StoreError`` (no traceback at the CLI) saying how to install it."""
    try:
        import ladybug
    except ImportError as err:
        raise StoreError(
            f"the LadybugDB store engine is not installed ({err.name or 'ladybug'} missing): "
            f"run `{INSTALL_HINT}`, or build with --engine {ARCADEDB}"
        ) from err
    return ladybug


def pyarrow_module() -> Any:
    """``pyarrow`` (the LadybugDB load's tables), or the same ``StoreError`` as a missing ``ladybug``."""
    try:
        import pyarrow
    except ImportError as err:
        raise StoreError(
            f"the LadybugDB store engine needs pyarrow ({err.name or 'pyarrow'} missing): run `{INSTALL_HINT}`"
        ) from err
    return pyarrow
