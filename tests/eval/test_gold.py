"""A broken gold file is named with its problem (LoadError), never a traceback from json (regression)."""

from __future__ import annotations

from pathlib import Path

import pytest

from policykg.errors import LoadError
from policykg.eval.agreement import agree_folders
from policykg.eval.gold import read_gold

BROKEN = {
    "truncated": (b'{"doc": "x.txt",', "not valid JSON (line 1"),
    "not an object": (b"[1, 2]", "must hold one JSON object"),
    "not utf-8": ('{"title": "方案"}'.encode("gb18030"), "must be UTF-8"),
}


@pytest.mark.parametrize("case", list(BROKEN), ids=list(BROKEN))
def test_a_broken_gold_file_is_named_with_its_problem(tmp_path: Path, case: str) -> None:
    data, problem = BROKEN[case]
    path = tmp_path / "x.json"
    path.write_bytes(data)
    with pytest.raises(LoadError) as err:
        read_gold(path)
    assert str(path) in str(err.value) and problem in str(err.value)


def test_a_missing_gold_file_is_a_load_error(tmp_path: Path) -> None:
    with pytest.raises(LoadError, match="cannot be read"):
        read_gold(tmp_path / "absent.json")


def test_a_good_gold_file_reads_as_a_dict(tmp_path: Path) -> None:
    (tmp_path / "x.json").write_text('{"title": "方案", "measures": []}', encoding="utf-8")
    assert read_gold(tmp_path / "x.json") == {"title": "方案", "measures": []}


def test_agreement_over_folders_names_the_broken_second_file(tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir()
    second.mkdir()
    (first / "x.json").write_text("{}", encoding="utf-8")
    (second / "x.json").write_text("{", encoding="utf-8")
    with pytest.raises(LoadError, match=r"b/x\.json: not valid JSON"):
        agree_folders(first, second)
