"""The engine's JVM start-up cache: where it lives, when it is used, that the training makes a cache a JVM
starts from, and that a damaged cache neither breaks nor pollutes a command's output."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from policykg.graph.store import engine_cache


def test_the_java_version_is_read_from_the_release_file() -> None:
    assert engine_cache._java_major('IMPLEMENTOR="Amazon.com Inc."\nJAVA_VERSION="25.0.4.1"\n') == 25
    assert engine_cache._java_major('JAVA_VERSION="21.0.2"') == 21
    assert engine_cache._java_major('JAVA_VERSION="weird"') == 0
    assert engine_cache._java_major("nothing here") == 0


def test_the_cache_can_be_turned_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("POLICYKG_ENGINE_CACHE", "0")
    assert engine_cache.cache_path() is None
    assert engine_cache.jvm_args() == []


def test_no_options_without_a_cache_file_and_the_cache_with_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("POLICYKG_ENGINE_LOG_DIR", str(tmp_path / "engine"))
    path = engine_cache.cache_path()
    if path is None:
        pytest.skip("the installed engine's runtime cannot make a start-up cache")
    assert path.is_relative_to(tmp_path)
    assert engine_cache.jvm_args() == []
    path.parent.mkdir(parents=True)
    path.write_bytes(b"x")
    args = engine_cache.jvm_args()
    assert f"-XX:AOTCache={path}" in args and "-Xlog:aot=off" in args


def test_one_attempt_per_cache(tmp_path: Path) -> None:
    path = tmp_path / "c" / "engine-x.aot"
    assert engine_cache._claim(path) is True
    assert engine_cache._claim(path) is False  # running or failed: never started twice
    assert path.with_name("engine-x.aot.attempt").is_file()


_OPEN_AND_COUNT = """
import sys
from pathlib import Path
from policykg.graph.store.embedded import EmbeddedStore
with EmbeddedStore(Path(sys.argv[1])) as store:
    print("rows", store.run("MATCH (n) RETURN count(n) AS n")[0]["n"])
import os; sys.stdout.flush(); os._exit(0)
"""


def _open_store_in_new_process(store: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", _OPEN_AND_COUNT, str(store)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )


@pytest.mark.integration
def test_training_makes_a_cache_that_a_store_opens_with(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    monkeypatch.setenv("POLICYKG_ENGINE_LOG_DIR", str(tmp_path / "engine"))
    expected = engine_cache.cache_path()
    if expected is None:
        pytest.skip("the installed engine's runtime cannot make a start-up cache")
    made = engine_cache.prepare()
    assert made == expected and made.stat().st_size > 1_000_000  # a real cache, not a marker
    assert not made.with_name(made.name + ".attempt").exists()  # a success leaves no attempt behind
    env = {**os.environ, "POLICYKG_ENGINE_LOG_DIR": str(tmp_path / "engine")}
    done = _open_store_in_new_process(tmp_path / "store", env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "rows 0"


@pytest.mark.integration
def test_a_damaged_cache_is_ignored_quietly(tmp_path: Path) -> None:
    import os

    env = {**os.environ, "POLICYKG_ENGINE_LOG_DIR": str(tmp_path / "engine")}
    code = "from policykg.graph.store import engine_cache as e; print(e.cache_path() or '')"
    where = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    if not where.stdout.strip():
        pytest.skip("the installed engine's runtime cannot make a start-up cache")
    path = Path(where.stdout.strip())
    path.parent.mkdir(parents=True)
    path.write_bytes(os.urandom(4096))  # garbage where the cache should be
    path.with_name(path.name + ".attempt").write_text("failed earlier", "utf-8")  # and no new training
    done = _open_store_in_new_process(tmp_path / "store", env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "rows 0"  # no JVM warning about the cache on stdout
    assert "aot" not in done.stderr.lower()
