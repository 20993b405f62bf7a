"""A document's shared contributions are digested from their pickle: the same document gives the same digest
in every extraction (so an unchanged shared block is reused), another document another one."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from policykg.graph.rdf.stream import make_fragment
from policykg.loaders.extract import extract
from policykg.loaders.normalize import match_text, script_of
from policykg.models import SourceDocument
from policykg.pipeline.work import part_digest

VARIANTS = {
    "Hans": "关于推进产业发展的实施方案\n一、主要任务\n1.新增高技能人才500人,发展人工智能产业。(责任单位:市人社局、市工信局)\n",
    "Hant": "關於推進產業發展的實施方案\n一、主要任務\n1.新增高技能人才500人,發展人工智能產業。(責任單位:市人社局、市工信局)\n",
}


def _digest(text: str, name: str = "a.txt") -> str:
    src = SourceDocument(Path(name), name, text, match_text(text), "utf-8", script_of(text), "txt", "")
    part = make_fragment(extract(src)).shared
    return part_digest(pickle.dumps(part, protocol=pickle.HIGHEST_PROTOCOL))


@pytest.mark.parametrize("script", VARIANTS)
def test_same_document_same_digest(script: str) -> None:
    text = VARIANTS[script]
    assert _digest(text) == _digest(text)
    assert _digest(text) != _digest(text.replace("500", "600").replace("人工智能", "生物医药"))
    assert _digest(text) != _digest(text, "b.txt")
