"""The label of an untitled document: issuer, date and first telling heading, never a frame heading alone.

Regression (issue 14, third walk): samples/003 has no title and was shown by its first heading, 一、指导思想, which
tells a planner nothing (``policykg industry 芯片``: ``documents: 一、指导思想``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from policykg.loaders.extract.document import extract
from policykg.loaders.extract.label import generic_heading
from policykg.loaders.normalize import match_text
from policykg.models import SourceDocument

ROOT = Path(__file__).resolve().parents[2]


def parsed(text: str, script: str = "Hans") -> object:
    src = SourceDocument(
        path=Path("t.txt"),
        source_file="t.txt",
        text=text,
        match=match_text(text),
        encoding="utf-8",
        script=script,
        format="txt",
        sha256="",
    )
    return extract(src)


@pytest.mark.parametrize(
    ("title", "generic"),
    [
        ("指导思想", True),
        ("總體要求", True),  # Traditional
        ("主要任務", True),
        ("主要任务和分工", True),  # the word with a few more characters
        ("保障措施", True),
        ("打造健康优质的就业市场环境", False),
        ("推進技能人才隊伍建設", False),
    ],
)
def test_generic_headings_in_either_script(title: str, generic: bool) -> None:
    assert generic_heading(title) is generic


SIMPLIFIED = (
    "一、指导思想\n以新发展理念为指导,推动高质量发展。\n"
    "二、基本原则\n(一)坚持需求导向\n围绕产业需求。\n"
    "三、主要任务\n(一)打造优质就业环境\n1.开展招聘活动20场以上。(责任单位:区人力资源和社会保障局)\n"
    "青岛西海岸新区管委\n2023年1月19日\n"
)
TRADITIONAL = (
    "一、指導思想\n以新發展理念為指導,推動高質量發展。\n"
    "二、主要任務\n(一)打造優質就業環境\n1.開展招聘活動20場以上。(責任單位:區人力資源和社會保障局)\n"
    "青島西海岸新區管委\n2023年1月19日\n"
)


def test_an_untitled_document_is_labelled_by_issuer_date_and_first_telling_heading() -> None:
    doc = parsed(SIMPLIFIED)
    assert doc.meta.title is None
    label = doc.meta.label or ""
    assert label.endswith("2023-01-19 · 打造优质就业环境")  # not 指导思想, nor 坚持需求导向 under 基本原则
    assert "西海岸新区管委" in label


def test_the_label_in_traditional_script() -> None:
    label = parsed(TRADITIONAL, "Hant").meta.label or ""
    assert label.endswith("2023-01-19 · 打造優質就業環境"), label


def test_only_frame_headings_keep_the_first_heading() -> None:
    doc = parsed("一、重點任務\n1.舉辦招聘活動20場以上。(責任單位:市人力資源和社會保障局)\n", "Hant")
    assert doc.meta.label == "一、重點任務"


def test_a_titled_document_has_no_label() -> None:
    doc = parsed("关于推进就业服务的实施方案\n一、指导思想\n推动发展。\n")
    assert doc.meta.title and doc.meta.label is None


def test_sample_003_is_named_by_its_issuer_and_date() -> None:
    from policykg.loaders.base import load

    doc = extract(load(next((ROOT / "samples").glob("003_*.txt"))))
    assert doc.meta.label == "青岛西海岸新区管委 2023-01-19 · 打造健康优质的就业市场环境"
