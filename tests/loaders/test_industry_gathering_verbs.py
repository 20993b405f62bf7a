"""Industry rule family: a verb of gathering trades in a place (集聚, 聚集, 汇聚, 引育) or of opening outlets (开设,
增设) opens a list like 发展, so it is no part of the first item (加快集聚|科技服务、专业服务、港航服务等产业);
产业集聚区 and 产业集聚发展 stay as they were. Inline texts in both scripts and both punctuations."""

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
        ("加快集聚科技服务、专业服务、港航服务等产业。", ["科技服务", "专业服务", "港航服务"]),
        ("着力聚集软件信息、工业设计、检验检测等产业。", ["软件信息", "工业设计", "检验检测"]),
        # verbs of opening outlets likewise
        ("鼓励开设便利店、社区菜店、早餐店等便民服务业态。", ["便利店", "社区菜店", "早餐店"]),
        ("推动新材料产业集聚发展。", ["新材料"]),
        ("建设新材料产业集聚区。", ["新材料"]),
    ],
)
def test_gathering_verb_opens_the_list(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected
