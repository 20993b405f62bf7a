"""The store step of a build whose store is LadybugDB (``policykg build --engine ladybug``, issue 13).

When the store's stamp says it holds the previous graph, the planned delta (few documents changed) is written
to it (``ladybug_delta``); an empty one leaves it untouched. Otherwise, or when the delta does not apply, it is
loaded in full from graph.nt (``ladybug_load``: COPY from Arrow tables). No worker process: the engine has no JVM
to start ahead.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, cast

from policykg.errors import PolicyKGError
from policykg.fsutil import replace_nosync
from policykg.graph.store import engines
from policykg.pipeline.cache import CACHE_FORMAT, STAMP, Cache, Layout
from policykg.pipeline.store import StoreDelta, read_stamp

if TYPE_CHECKING:
    from policykg.graph.store import StoreInfo
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


def _by_delta(
    out: Path, planned: StoreDelta | None, stamp: dict[str, object] | None
) -> tuple[StoreInfo, int] | None:
    """The planned delta written to the store, or None when it does not apply (the full reload then runs)."""
    from policykg.graph.store.delta import Delta, DeltaRefused
    from policykg.graph.store.ladybug_delta import apply_delta

    if planned is None or stamp is None or not isinstance(planned.delta, Delta):
        return None
    expected = stamp.get("nodes")
    if stamp.get("engine") != engines.LADYBUG or stamp.get("build_id") != planned.since:
        return None
    if not isinstance(expected, int) or not (out / "store" / engines.LADYBUG_FILE).is_file():
        return None
    try:
        return apply_delta(out / "store", planned.delta, expected)
    except DeltaRefused as why:
        log.info("store: the delta does not apply (%s); the LadybugDB store is reloaded", why)
    except PolicyKGError:
        raise
    except Exception as err:  # the engine raises RuntimeError for any failure; nothing was committed
        log.warning("store: the delta failed (%s); the LadybugDB store is reloaded", err)
    return None


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
        done = _by_delta(out, planned, stamp)
        if done is None:
            info = load_store(out / "store", out / "graph.nt")
            total = info.nodes_written
        else:
            info, total = done
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
