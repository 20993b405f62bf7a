"""loaders/extract/wordfiles.py: the shared reader of sourced word files (three rule families read theirs with it)."""

from __future__ import annotations

import re

import pytest

from policykg.errors import ExtractError
from policykg.loaders.extract.wordfiles import word_alternation


def test_a_tables_words_longest_first() -> None:
    alt = word_alternation("count_labels.toml", "count label words")
    words = alt("collection_words").split("|")
    assert words == sorted(words, key=lambda w: (-len(w), w))
    assert re.fullmatch("(?:" + alt("collection_words") + ")", re.sub(r"\\(.)", r"\1", words[-1]))


def test_a_missing_table_names_the_file() -> None:
    alt = word_alternation("count_labels.toml", "count label words")
    with pytest.raises(ExtractError, match=r"count_labels\.toml: \[no_such_table\] needs words and a source"):
        alt("no_such_table")


def test_an_unreadable_file_names_it() -> None:
    with pytest.raises(ExtractError, match=r"no_such_file\.toml: cannot read the test words"):
        word_alternation("no_such_file.toml", "test words")
