"""The store step of a build whose store is LadybugDB (``policykg build --engine ladybug``, issue 13).

The store is loaded in full from graph.nt (``ladybug_load``: COPY from Arrow tables) whenever the graph
changed; when the store's stamp says it holds the previous graph and the planned delta is empty (nothing
changed), it is not touched. No worker process: the engine has no JVM to start ahead.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, cast

from policykg.fsutil import replace_nosync
from policykg.graph.store import engines
from policykg.pipeline.cache import CACHE_FORMAT, STAMP, Cache, Layout
from policykg.pipeline.store import StoreDelta, read_stamp

if TYPE_CHECKING:
    from policykg.models import StoreReport

log = logging.getLogger(__name__)


def _unchanged(out: Path, planned: StoreDelta | None, stamp: dict[str, object] | None) -> bool:
    from policykg.graph.store.delta import Delta

    return (
        planned is not None
        and stamp is not None
        and stamp.get("engine") == engines.LADYBUG
        and stamp.get("build_id") == planned.since
        and isinstance(planned.delta, Delta)
        and planned.delta.empty
        and (out / "store" / engines.LADYBUG_FILE).is_file()
    )


def ladybug_store_step(out: Path, cache: Cache, layout: Layout, planned: StoreDelta | None) -> StoreReport:
    """Bring ``out/store`` to the graph just written, then stamp it (removed first, so an interrupted load is
    never trusted)."""
    from policykg.graph.store import StoreInfo
    from policykg.graph.store.ladybug_load import load_store

    stamp_file = cache.folder / STAMP
    stamp = read_stamp(cache)
    stamp_file.unlink(missing_ok=True)
    if stamp is not None and _unchanged(out, planned, stamp):
        log.info("store: the graph did not change; the LadybugDB store is kept")
        counts = stamp.get("counts")
        nodes = stamp.get("nodes")
        info = StoreInfo(
            target=f"embedded:{out / 'store'}", counts=dict(counts) if isinstance(counts, dict) else {}
        )
        total = nodes if isinstance(nodes, int) else 0
    else:
        info = load_store(out / "store", out / "graph.nt")
        total = info.nodes_written
    data = {
        "format": CACHE_FORMAT,
        "engine": engines.LADYBUG,
        "build_id": layout.build_id,
        "nodes": total,
        "counts": info.counts,
    }
    cache.folder.mkdir(parents=True, exist_ok=True)
    replace_nosync(stamp_file, json.dumps(data).encode("utf-8"))
    return cast("StoreReport", asdict(info))
