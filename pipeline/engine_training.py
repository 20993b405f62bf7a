"""The engine start-up cache's training run (see :mod:`policykg.graph.store.engine_cache`): the code paths of a
build, a delta and a query on a throw-away graph, in a JVM that writes the cache at its end. It lives with the
build because it drives one; the store stage only starts it as ``python -m policykg.pipeline.engine_training``."""

from __future__ import annotations

import os
import sys
from pathlib import Path

_TRAINING_DOC = """关于推进{topic}助力产业高质量发展的实施方案
为贯彻落实《关于加快发展新质生产力的意见》,制定如下方案。
一、目标任务
到2025年,新增{topic}项目{n}个以上。
二、主要举措
1.强化{topic}重点项目。围绕集成电路等“10+1”重点产业,举办活动{n}场次以上。(责任单位:市人力资源和社会保障局)
2.深化{topic}平台建设。创建工作室{m}家。(牵头单位:市发展和改革委员会;责任单位:市工业和信息化局)
"""


def _train(path: Path) -> None:
    """The training run: the code paths of a build, a delta and a query on a throw-away graph, in a JVM that
    writes the cache at its end. Written to a temporary name first, so a cache file is always complete."""
    import tempfile

    import jpype

    from policykg import pipeline
    from policykg.graph.store.embedded import EmbeddedStore, start_engine

    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    start_engine(extra_args=[f"-XX:AOTCacheOutput={tmp}"])
    with tempfile.TemporaryDirectory(prefix="policykg-engine-cache-") as folder:
        src, out = Path(folder) / "in", Path(folder) / "out"
        src.mkdir()
        for i, topic in enumerate(("就业服务", "技能培训", "人才引进")):
            (src / f"doc{i}.txt").write_text(
                _TRAINING_DOC.format(topic=topic, n=5 + i, m=8 + i), encoding="utf-8"
            )
        pipeline.build([src], out, progress=False, engine="arcadedb")  # the JVM engine's paths
        (src / "doc1.txt").write_text(_TRAINING_DOC.format(topic="技能培训", n=9, m=11), encoding="utf-8")
        pipeline.build([src], out, progress=False, engine="arcadedb")  # the JVM engine's paths
        with EmbeddedStore(out / "store") as store:
            store.run("MATCH (u:Unit)<-[:RESPONSIBLE_UNIT]-(m:Measure) RETURN u.iri AS u, count(m) AS n")
            store.run("MATCH (m:Measure {iri: $iri}) RETURN m.iri AS iri", {"iri": "urn:policykg:none"})
    jpype.shutdownJVM()  # the JVM writes the cache as it ends
    if tmp.is_file() and tmp.stat().st_size > 0:
        os.replace(tmp, path)
        path.with_name(path.name + ".attempt").unlink(missing_ok=True)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m policykg.pipeline.engine_training CACHE_FILE", file=sys.stderr)
        return 2
    path = Path(argv[0])
    try:
        _train(path)
    except Exception as err:  # a failed training only costs the speed-up; the attempt file stays as a marker
        print(f"engine cache: training failed: {type(err).__name__}: {err}", file=sys.stderr)
    # Leave without interpreter teardown: a JVM (ended or not) and a finalising interpreter can crash together.
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0 if path.is_file() else 1)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
