"""Industry edge families of round 24 (r24i: the unlabeled audit of unseen 服务业, 低空经济, 银发经济 and county farming
pages): a verb of writing a plan (编制, 谱写), a period (时期, 期间), a source (源于) or renovating (改造) is no part of
a trade's name, so a name found before 服务业 or a crop after 改造 starts after it; 在线 opens a trade's name
(在线经济, 在线教育: not cut at the preposition 在); A与B / A及B before a head followed by 融合 are two things merged,
each part named on its own (推动文化与旅游产业融合发展), while 及 without merging still makes one compound
(汽车及零部件) and 和 is left to the pair rules. Inline texts in both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from policykg.loaders.extract.industries import IndustryLexicon
from tests.loaders.inline import IDS, VARIANTS, family_params
from tests.loaders.test_industries import labels

Case = tuple[str, list[str]]

# Each family's cases: a text and the industries it names, in order.
FAMILIES: dict[str, list[Case]] = {
    "a_verb_of_writing_a_period_or_a_source_is_no_part_of_a_trade_name": [
        ("奋力谱写湖北服务业高质量发展新篇章。", []),
        ("这是编制服务业其他行业规划的重要依据。", []),
        ("十四五时期服务业高质量发展。", []),
        ("税收总额的55.2%均源于服务业。", []),
        ("新发展和改造茶叶面积1200亩。", ["茶叶"]),
        # a service trade after a plain verb is still whole
        ("推进人力资源服务业发展。", ["人力资源服务业"]),
    ],
    "zaixian_opens_an_online_trade_name": [
        ("跨境电商、移动支付、在线经济等新业态国内领先。", ["跨境电商", "在线经济"]),
        ("发展在线教育、在线医疗等新业态。", ["在线教育", "在线医疗"]),
    ],
    "a_pair_merged_by_yu_or_ji_names_each_part": [
        ("推动文化与旅游产业融合发展。", ["文化", "旅游"]),
        ("推进文化与旅游产业深度融合。", ["文化", "旅游"]),
        # no merging: one compound name
        ("推动汽车及零部件产业发展。", ["汽车及零部件"]),
        # 和 joins a clause here, not two merged trades
        ("制定实体经济和数字经济融合发展措施。", ["数字经济"]),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_r24_industry_edge_families(
    variant: Callable[[str], str], text: str, want: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == want
