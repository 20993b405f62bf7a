"""Trades named by words without an industry morpheme, so only the lexicon finds them: 超高清视频 (a State-planned
industry), 果业 (fruit growing), with the word-boundary accidents around 果业 (如果|业主, 成果|业已) blocked; 现代
before a crop alone (现代粮食基地) names the crop. Each on small inline texts in Simplified and Traditional script,
ASCII and full-width punctuation."""

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
        ("推动超高清视频产业发展,加快超高清视频行业应用。", ["超高清视频"]),
        ("加快推进整县果业转型升级。", ["果业"]),
        ("加快发展林果业。", ["林果业"]),
        # 果 ending another word before 业…: no trade
        ("如果业主不同意,则暂缓;取得的科技成果业已转化。", []),
        # inside an institution's name
        ("建设省果业研究所。", []),
    ],
)
def test_lexicon_trades_without_a_morpheme(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 现代 before a crop alone names no segment: the crop
        ("加快推进整镇连片现代粮食基地建设。", ["粮食"]),
        ("构建现代粮食产业体系,发展现代蔬菜产业。", ["粮食", "蔬菜"]),
        # before a trade it names a segment, kept as written
        ("大力发展现代农业,发展现代种业。", ["现代农业", "现代种业"]),
    ],
)
def test_modern_before_a_crop_is_no_part_of_its_name(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("支持新能源商用车特色化发展。", ["新能源商用车"]),
        ("支持企业开放数据标注需求。", ["数据标注"]),
        ("推动5个生成式人工智能服务通过备案。", ["生成式人工智能"]),
        ("完善冷链物流体系。", ["冷链物流"]),
        # inside an institution's name, no trade
        ("建设冷链物流中心。", []),
    ],
)
def test_round11_lexicon_trades(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected
