"""``ladybug_load.read_ahead``: the load's parts made one ahead by a thread while the engine writes the one taken
(issue 13): the same parts in the same order, an error raised where its part is taken, at most two parts held,
and a caller that stops taking parts stops the thread."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest

from policykg.graph.store.ladybug_load import read_ahead


def _part(n: int) -> tuple[dict[str, Any], list[tuple[str, str, str]]]:
    return {f"n{n}": (("Unit",), {"name": str(n)})}, [(f"n{n}", "R", f"n{n + 1}")]


def _makers() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "policykg-ladybug-parts"]


def test_the_same_parts_in_the_same_order() -> None:
    parts = [_part(n) for n in range(7)]
    assert list(read_ahead(iter(parts))) == parts
    assert list(read_ahead(iter([]))) == []
    assert not _makers()


def test_an_error_is_raised_where_its_part_is_taken() -> None:
    def parts() -> Iterator[Any]:
        yield _part(0)
        yield _part(1)
        raise ValueError("a damaged part")

    taken = []
    with pytest.raises(ValueError, match="a damaged part"):
        for part in read_ahead(parts()):
            taken.append(part)
    assert taken == [_part(0), _part(1)]
    assert not _makers()


def test_at_most_two_parts_are_held_and_a_caller_that_stops_stops_the_thread() -> None:
    made = []

    def parts() -> Iterator[Any]:
        n = 0
        while True:  # as many as asked for
            made.append(n)
            yield _part(n)
            n += 1

    ahead = read_ahead(parts())
    assert next(ahead) == _part(0)
    time.sleep(0.3)  # time enough to make many more
    assert made == [0, 1]  # the one taken and the next
    assert next(ahead) == _part(1)
    time.sleep(0.3)
    assert made == [0, 1, 2]
    ahead.close()
    assert not _makers()
