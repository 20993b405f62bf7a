"""Industry rule family: the two statistical groupings of services, 生产性服务业 and 生活性服务业 (国家统计局 2019
classifications), are industries wherever a measure names them, not only as list heads. Inline texts in both scripts
and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from policykg.loaders.extract.industries import IndustryLexicon
from tests.loaders.inline import IDS, VARIANTS
from tests.loaders.test_industries import labels


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("以生产性服务业提升带动服务业提质。", ["生产性服务业"]),
        ("支持生产性服务业加快发展。", ["生产性服务业"]),
        ("提升生活性服务业品质。", ["生活性服务业"]),
        # other groupings by a trait stay unnamed
        ("推动营利性服务业发展。", []),
    ],
)
def test_service_groupings_are_named(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected
