"""Round 29's industry families from heldout51/52 (issue 12): the sub-sectors a trade develops, listed under a
板块 head where the trade is named before the list (新材料产业全力推动碳纤维、…等板块; 东部、西部等板块 are parts of a
place) or under 赛道 (拓展汽车电子、…、打印机板块4条赛道), or closed by 多领域 / 多个赛道 instead of 等; 信息技术应用创新
(信创 written out) in a list; a 业 sector whose growth in size the measure promotes (推动乡村休闲旅游业扩大规模、提档
升级); and 牵引 as a verb of pull, no item of a list. Small inline texts in Simplified and Traditional script, ASCII
and full-width punctuation, with the mentions each family must leave alone."""

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
        (
            "新材料产业全力推动碳纤维、医用新材料、纺织新材料、金属新材料等板块,加快向价值链更高端延伸。",
            ["新材料", "碳纤维", "医用新材料", "纺织新材料", "金属新材料"],
        ),
        (
            "电子信息产业积极拓展汽车电子、卫星空间技术、半导体、打印机板块4条赛道。",
            ["电子信息", "汽车电子", "卫星空间技术", "半导体", "打印机"],
        ),
        # places and activities before a 板块 of their own, no list: nothing named
        ("推动盐河街、连云港老街、连岛等区域形成特色夜间消费板块。", []),
        # blocks of a place or a plan, no trade named before the list: read as under a weak head
        ("推进东部、西部、南部等板块协调发展。", []),
        ("形成城市、乡村、园区三大板块。", []),
        ("推动金融、物流、商贸等板块发展。", ["金融", "物流", "商贸"]),
    ],
)
def test_sub_sectors_listed_under_a_board_head(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "医疗器械产业聚焦医用成像器械、介入植入器械、大健康多领域发力。",
            ["医疗器械", "医用成像器械", "介入植入器械", "大健康"],
        ),
        ("聚焦集成电路、新型显示、智能终端多个赛道发力。", ["集成电路", "新型显示", "智能终端"]),
        # "more fields" with no list before it, and public fields under the weak head: nothing named
        ("将服务拓展到更多领域。", []),
        ("支持教育、医疗、养老多领域改革。", []),
    ],
)
def test_a_list_closed_by_several_fields(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "优先发展现代物流、数字贸易、信息技术应用创新等产业急需的一批新兴专业。",
            ["现代物流", "数字贸易", "信息技术应用创新"],
        ),
        # innovation in applying a technique: no trade
        ("加强技术应用创新。", []),
    ],
)
def test_information_technology_application_innovation_is_a_trade(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("推动乡村休闲旅游业扩大规模、提档升级。", ["乡村休闲旅游业"]),
        ("推动旅游业扩大规模。", ["旅游业"]),
        # firms and jobs growing: no sector
        ("推动企业扩大规模、提档升级。", []),
        ("推动就业扩大规模。", []),
    ],
)
def test_a_sector_growing_in_size(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("增强创新中心聚集人才、牵引产业升级能力。", []),
        # a list of trades before 产业 still names them
        ("发展新能源、新材料产业。", ["新能源", "新材料"]),
    ],
)
def test_pull_on_industry_names_no_trade(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected
