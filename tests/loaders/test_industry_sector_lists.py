"""Industry rule family: a list of sectors each written X业 (为制造业、建筑业和农业实现稳产) names each sector, with or
without a verb before it; the last item ends at its 业 when a verb phrase runs on (农业|稳产, 零售业|恢复), not when a
longer name does (林业机械). Inline texts in both scripts and both punctuations."""

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
        ("为制造业、建筑业和农业实现稳产满产提供支撑。", ["制造业", "建筑业", "农业"]),
        ("推动制造业、建筑业、农业稳产。", ["制造业", "建筑业", "农业"]),
        ("支持住宿业、餐饮业和零售业恢复。", ["住宿业", "餐饮业", "零售业"]),
        # a list closed by 等 and a head is read as such (物业、家政|等服务业)
        ("推动物业、家政等服务业发展。", ["物业", "家政"]),
        # words ending in 业 that name no sector make no list
        ("促进就业、创业和企业发展。", []),
        ("推动农业、农村现代化。", []),
    ],
)
def test_sector_list(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected
