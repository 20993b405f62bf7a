"""Targets of round 20's report pages (dev17): a figure given as N多 (产值达100多亿元) is what a report counts as
reached, no target, unless its sentence sets a goal; a sharing site's price given again in points (9.00元(299 积分))
is the page's price; two figures in a row joined by 、 (清扫2次、清运2次) are a pair, not a count of the words
between them; the count after a list of clusters a plan builds (打造A、B等5个具有国际竞争力的产业集群) is one; a scale class a sector reaches, closing its clause (达到百亿级规模), is the scale promised (100 亿元).
Inline texts in both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, family_params
from tests.loaders.test_targets import targets

Case = tuple[str, list[tuple[int, str, str]]]

# Each family's cases: a text and the targets it holds as (value, unit, comparator).
FAMILIES: dict[str, list[Case]] = {
    "a_figure_given_as_n_duo_is_a_report": [
        ("四大主导产业进一步发展壮大,高新技术产业产值达100多亿元。", []),
        ("共培育1600多个专业村镇。", []),
        # a goal sentence keeps it; 余 is written in plans
        ("力争到2025年培育100多个专业村镇。", [(100, "个", ">")]),
        ("实施1400余户农牧民居住条件改善工程。", [(1400, "户", ">")]),
    ],
    "a_sharing_sites_price_in_points_is_no_target": [
        ("90 人阅读 2022-05-22 9.00元(299 积分) 免费试读\n", []),
        ("安排专项资金9万元(市级配套)。", [(9, "万元", "=")]),
    ],
    "the_count_of_clusters_a_plan_builds_is_a_target": [
        # 打造 builds what it lists; the counted noun may carry a short qualifier
        ("打造生物医药产业集群、集成电路产业集群等5个具有国际竞争力的产业集群。", [(5, "个", "=")]),
        # a count that sums up listed sectors is none
        ("推动钢铁、建材等3个行业绿色转型。", []),
    ],
    "a_scale_class_a_sector_reaches_is_the_scale_promised": [
        ("医药产业力争到2026年达到百亿级规模。", [(100, "亿元", "=")]),
        ("力争产值突破千亿级规模。", [(1000, "亿元", ">=")]),
        # a class that names what it qualifies stays a class
        ("推动形成千亿级产业为引领、百亿级产业为骨干的产业体系。", []),
        ("培育形成千亿级产业集群。", []),
    ],
    "figures_in_a_row_are_a_pair_not_a_count": [
        ("做到每天清扫2次、垃圾清运2次。", [(2, "次", "="), (2, "次", "=")]),
        # the names before a count are still counted
        ("以兰考、鄢陵、新安3个示范县为引领。", []),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_report_targets(variant: Callable[[str], str], text: str, want: list[tuple[int, str, str]]) -> None:
    got = [(int(t.value), t.unit, t.comparator) for t in targets(variant(text))]
    assert got == want
