"""Industry and target families of round 25 (h25x: heldout29-31, carbon and grain plans, producer services,
care services). Inline texts in both scripts and both punctuations.

* Minor grains and oil crops by their GB/T 4754-2017 kind (荞麦, 谷类, 小杂粮, 油葵, 油料作物, 木本粮油) are farm
  trades as the other crops are: listed before 等 and a crop class, each item is one, and the class too when it is
  a crop kind of its own (油料作物, 木本粮油).
* A mass per output as emission and energy plans state it (550克二氧化碳/千瓦时, 300克标准煤/千瓦时, 0.5吨二氧化碳/万元):
  the substance stays in the unit, as 吨标准煤 does; grams only after an Arabic figure (0.3千克 stays 千克, not 300 克; 克服 is
  no unit). 千 before 克 opens the unit 千克 (5千克以下), no multiplier, as before 瓦.
* A score or a count of cases before a bound (评分91分以上, 案件 100 起以上) is a target in 分 or 起; never minutes
  (分钟), a scoring rule's points (扣1分) nor a start (自2025年起)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest

from policykg.loaders.extract.industries import IndustryLexicon
from policykg.loaders.normalize import to_simplified
from tests.loaders.inline import IDS, VARIANTS, family_params
from tests.loaders.test_industries import labels
from tests.loaders.test_targets import targets

# Each family's cases: a text and the industries it names, in order.
INDUSTRIES: dict[str, list[tuple[str, list[str]]]] = {
    "minor_grains_and_oil_crops_are_farm_trades": [
        ("因地制宜发展油菜、油葵等油料作物。", ["油菜", "油葵", "油料作物"]),
        ("提升改造核桃、花椒等木本粮油低产低效林。", ["核桃", "花椒", "木本粮油"]),
        ("鼓励在主粮生产区外发展荞麦、谷类等特色小杂粮。", ["荞麦", "谷类"]),
        ("鼓励发展荞麦、谷类等小杂粮。", ["荞麦", "谷类", "小杂粮"]),
        ("因地制宜发展油菜和油葵。", ["油菜", "油葵"]),
        # a crop in a place's or a body's name is none
        ("支持荞麦研究所开展攻关。", []),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(INDUSTRIES))
def test_r25_industry_families(
    variant: Callable[[str], str], text: str, want: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == want


# Each family's cases: a text and the (value, unit) of every target it states, in order.
TARGETS: dict[str, list[tuple[str, list[tuple[str, str]]]]] = {
    "a_mass_per_output_keeps_its_substance_in_the_unit": [
        ("大型发电集团单位供电二氧化碳排放控制在550克二氧化碳/千瓦时以内。", [("550", "克二氧化碳/千瓦时")]),
        ("火电机组供电煤耗控制在300克标准煤/千瓦时以内。", [("300", "克标准煤/千瓦时")]),
        ("单位产值碳排放下降到0.5吨二氧化碳/万元。", [("0.5", "吨二氧化碳/万元")]),
        ("单位供电二氧化碳排放控制在550克/千瓦时以内。", [("550", "克/千瓦时")]),
    ],
    "kilograms_are_a_unit_and_grams_follow_an_arabic_figure": [
        ("火电机组供电煤耗控制在0.3千克标准煤/千瓦时以内。", [("0.3", "千克标准煤/千瓦时")]),
        ("每亩化肥用量减少到5千克以下。", [("5", "千克")]),
        ("新增造林3千亩。", [("3000", "亩")]),
        ("努力克服困难,推进3项改革。", [("3", "项")]),
    ],
    "a_score_or_a_count_of_cases_before_a_bound": [
        ("市民食品安全基本知识知晓度评分91分以上。", [("91", "分")]),
        ("群众满意度测评达到90分以上。", [("90", "分")]),
        ("年度处理诉调对接专利民事纠纷案件 100 起以上。", [("100", "起")]),
        ("查办侵权假冒案件50起以上。", [("50", "起")]),
        # a scoring rule's points, minutes and a start are none
        ("完成率低于90%的,每低1个百分点扣1分。", []),
        ("自2025年起实施。", []),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(TARGETS))
def test_r25_target_families(variant: Callable[[str], str], text: str, want: list[tuple[str, str]]) -> None:
    got = [(t.value, t.unit) for t in targets(variant(text))]
    assert [(Decimal(v), u) for v, u in want] == [(v, to_simplified(u)) for v, u in got]
