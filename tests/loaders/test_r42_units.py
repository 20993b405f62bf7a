"""Round 42 (heldout104, grain-security opinions): the subject of a duty sentence inside a numbered item may be a
list of collectives and townships (各镇人民政府、城区街道办事处、县直各部门、各有关单位要…), a township by its name and
its own body (城区街道办事处 / 城关镇人民政府), or a collective of places with the bodies concerned joined after it
(各县(市、区)政府和有关部门要…). A list of vague collectives alone (各地、各部门要…) stays no subject. Both scripts,
both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from policykg.loaders.normalize import match_text
from tests.loaders.inline import IDS, VARIANTS, run

_HEAD = "关于进一步加强粮食安全工作的意见\n一、落实责任\n(一)增强粮食安全意识。粮食安全是重要基础。"
_TAIL = "\n(二)其他事项。做好其他工作。\n"


def _units(variant: Callable[[str], str], sentence: str) -> list[str]:
    doc = run(variant(_HEAD + sentence + _TAIL))
    return [match_text(u.surface) for u in doc.measures[0].responsible]


CASES = [
    (
        "各镇人民政府、城区街道办事处、县直各部门、各有关单位要充分认识确保粮食安全的重要性。",
        ["各镇人民政府", "城区街道办事处", "县直各部门", "各有关单位"],
    ),
    ("城区街道办事处要做好粮食储备工作。", ["城区街道办事处"]),
    ("城关镇人民政府要做好粮食储备工作。", ["城关镇人民政府"]),
    ("各县(市、区)政府和有关部门要切实加强粮食生产。", ["各县(市、区)政府", "有关部门"]),
    ("各地、各部门要充分认识确保粮食安全的重要性。", []),
]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("sentence", "want"), CASES, ids=[f"case-{k}" for k in range(len(CASES))])
def test_collectives_and_townships_as_a_duty_subject(
    variant: Callable[[str], str], sentence: str, want: list[str]
) -> None:
    assert _units(variant, sentence) == [match_text(variant(w)) for w in want]
