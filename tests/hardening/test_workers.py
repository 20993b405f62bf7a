"""Regression (issue 16.3 and 16.4): workers die with their parent, and one file's time and memory are bounded."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from policykg.procutil import BudgetExceeded, time_budget

_PARENT = """
import multiprocessing, sys, time
from policykg.procutil import die_with_parent, init_extract_worker

def child(init):
    (init_extract_worker if init else die_with_parent)()
    time.sleep(120)

if __name__ == "__main__":
    p = multiprocessing.get_context("fork").Process(target=child, args=(sys.argv[1] == "pool",))
    p.start()
    print(p.pid, flush=True)
    time.sleep(120)
"""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:  # a zombie waiting for init to reap it is dead too
        with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
            return fh.read().split()[2] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux's")
@pytest.mark.parametrize("kind", ["store", "pool"])
def test_a_worker_dies_when_its_parent_is_killed(kind: str) -> None:
    parent = subprocess.Popen([sys.executable, "-c", _PARENT, kind], stdout=subprocess.PIPE, text=True)
    assert parent.stdout is not None
    child = int(parent.stdout.readline())
    assert _alive(child)
    parent.send_signal(signal.SIGKILL)
    parent.wait()
    deadline = time.monotonic() + 10
    while _alive(child) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _alive(child)


def test_time_budget_stops_a_file_that_runs_too_long() -> None:
    with pytest.raises(BudgetExceeded, match="slow.txt"), time_budget(0.2, "slow.txt"):
        while True:
            sum(range(1000))


_GREEDY = """
from policykg.procutil import init_extract_worker
init_extract_worker()
try:
    blob = bytearray(3 * 1024 ** 3)
except MemoryError:
    print("bounded")
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_DATA as Linux counts it")
def test_an_extraction_worker_cannot_take_gigabytes() -> None:
    done = subprocess.run([sys.executable, "-c", _GREEDY], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "bounded", done.stderr


def test_a_file_over_its_time_budget_is_a_reported_skip_and_the_batch_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from policykg.pipeline import work

    real = work.extract_one

    def slow_for_one(path: Path, max_bytes: int):  # type: ignore[no-untyped-def]
        if path.name.startswith("slow"):
            while True:
                sum(range(1000))
        return real(path, max_bytes)

    monkeypatch.setattr(work, "extract_one", slow_for_one)
    # The good file must finish inside the budget even on a loaded machine (it takes ~0.1 s alone; 0.5 s failed
    # under a load average of 17): the slow one never finishes, so any budget tells them apart.
    monkeypatch.setattr(work, "FILE_SECONDS", 5.0)
    samples = Path(__file__).resolve().parents[2] / "samples"
    good = sorted(samples.glob("*.txt"))[0]
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / good.name).write_bytes(good.read_bytes())
    (tmp_path / "in" / "slow.txt").write_bytes(good.read_bytes())
    from policykg import pipeline

    info = pipeline.build([tmp_path / "in"], tmp_path / "out", load_store=False, jobs=1)
    assert info.documents == 1
    assert [(Path(s.path).name, "took longer than" in s.reason) for s in info.skipped] == [("slow.txt", True)]


@pytest.mark.parametrize("child", ["_store_child", "_delta_child", "_load_child"])
def test_every_forked_store_worker_asks_to_die_with_the_build(
    child: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Regression: the full-load worker (added after the others) did not, and could outlive a kill -9.
    import policykg.procutil as procutil
    from policykg.pipeline import store_worker

    class Asked(Exception):
        pass

    def record() -> None:
        raise Asked

    monkeypatch.setattr(procutil, "die_with_parent", record)
    args = {"_delta_child": (None,), "_store_child": (None, "x"), "_load_child": (None, "x", 0)}[child]
    with pytest.raises(Asked):
        getattr(store_worker, child)(*args)


def test_the_load_workers_heap_is_sized_from_the_documents() -> None:
    from policykg.pipeline.store_worker import LOAD_HEAP_MAX_MB, LOAD_HEAP_MIN_MB, load_heap_mb

    assert load_heap_mb(0) == load_heap_mb(-3) == LOAD_HEAP_MIN_MB
    assert LOAD_HEAP_MIN_MB < load_heap_mb(2_000) < load_heap_mb(5_000) <= LOAD_HEAP_MAX_MB
    assert load_heap_mb(10_000_000) == LOAD_HEAP_MAX_MB


def test_the_load_worker_starts_its_engine_with_that_heap(monkeypatch: pytest.MonkeyPatch) -> None:
    # The full load's JVM no longer takes the wheel's 4 GB default heap (4.6 GB peak at 10,000 documents).
    import policykg.procutil as procutil
    from policykg.graph.store import embedded
    from policykg.pipeline import store_worker

    started: list[dict[str, object]] = []

    def fake_start(extra_args: object = None, **kwargs: object) -> None:
        started.append(kwargs)
        raise RuntimeError("no engine here")

    class Conn:
        sent: list[object] = []

        def send(self, message: object) -> None:
            self.sent.append(message)

    monkeypatch.setattr(procutil, "die_with_parent", lambda: None)
    monkeypatch.setattr(embedded, "start_engine", fake_start)
    conn = Conn()
    store_worker._load_child(conn, "x", 500)
    assert started == [{"short_lived": True, "heap_mb": store_worker.load_heap_mb(500)}]
    assert conn.sent and conn.sent[0][0] == "error"  # type: ignore[index]


@pytest.mark.parametrize("existed", [False, True])
def test_a_load_worker_told_to_stop_closes_the_store_it_prepared_and_removes_a_folder_it_made(
    existed: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The worker opens the store and prepares its schema while the build extracts; a build that then writes no
    # graph (or fails) must not leave an empty store behind, nor touch a store that was there before.
    import policykg.procutil as procutil
    from policykg.graph.store import embedded
    from policykg.pipeline import store as pipeline_store
    from policykg.pipeline import store_worker

    closed: list[bool] = []

    class FakeStore:
        def close(self) -> None:
            closed.append(True)

    def fake_open(out: Path) -> FakeStore:
        (out / "store").mkdir(exist_ok=True)
        return FakeStore()

    class Conn:
        def recv(self) -> object:
            assert (tmp_path / "store").is_dir()  # prepared before the parent's word
            return "stop"

    if existed:
        (tmp_path / "store").mkdir()
    monkeypatch.setattr(procutil, "die_with_parent", lambda: None)
    monkeypatch.setattr(embedded, "start_engine", lambda *a, **k: None)
    monkeypatch.setattr(pipeline_store, "open_for_load", fake_open)
    store_worker._load_child(Conn(), str(tmp_path), 10, True)
    assert closed == [True]
    assert (tmp_path / "store").is_dir() is existed


def test_a_load_worker_stopped_after_the_documents_parts_abandons_its_load_and_removes_the_new_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Sent the documents' parts, it writes their nodes before the build is done; a build that then fails
    # (or is stopped) must not leave that half-written store behind, nor wait for an answer.
    import policykg.procutil as procutil
    from policykg.graph.store import embedded
    from policykg.pipeline import store as pipeline_store
    from policykg.pipeline import store_worker

    events: list[str] = []

    class FakeStore:
        def __enter__(self) -> FakeStore:
            return self

        def __exit__(self, *exc: object) -> None:
            events.append("closed")

        def close(self) -> None:
            events.append("closed")

        def load_batches(self, batches: object, **kwargs: object) -> None:
            events.append("loading")
            list(batches)  # type: ignore[call-overload]
            raise AssertionError("the load went on after the build stopped")

    def fake_open(out: Path) -> FakeStore:
        (out / "store").mkdir()
        return FakeStore()

    class Conn:
        messages: list[object] = [("parts", str(tmp_path / ".cache"), []), "stop"]
        sent: list[object] = []

        def recv(self) -> object:
            return self.messages.pop(0)

        def send(self, message: object) -> None:
            self.sent.append(message)

    monkeypatch.setattr(procutil, "die_with_parent", lambda: None)
    monkeypatch.setattr(embedded, "start_engine", lambda *a, **k: None)
    monkeypatch.setattr(pipeline_store, "open_for_load", fake_open)
    conn = Conn()
    store_worker._load_child(conn, str(tmp_path), 10, True)
    assert events == ["loading", "closed"]
    assert not (tmp_path / "store").exists()
    assert conn.sent == []
