"""County project lists (公示 of 衔接资金 projects) name a project for the sector it builds in a village or township
(二宫村休闲渔业项目): the sector X业 between the place and 项目 is a trade; words ending in 业 that name no sector
(就业) or a collective economy (新型农村集体经济) name none. Each on small inline texts in Simplified and
Traditional script, ASCII and full-width punctuation."""

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
        ("二、伊州区乌拉台乡二宫村休闲渔业项目\n1.项目实施地点:乌拉台乡二宫村", ["休闲渔业"]),
        ("3.某县某镇特色种植业扩建项目", ["特色种植业"]),
        ("4.泽库县2个村发展新型农村集体经济项目", []),
        ("5.某村就业帮扶车间项目,某村就业项目", []),
    ],
)
def test_project_named_for_its_sector_after_a_village(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # named projects in a list closed by 等项目: the trade words open longer names, no trade is named
        (
            "3.装备制造产业,重点抓好智能电网高端装备产业基地、煤炭综采成套装备及智能控制系统、甲企业机车工业园等项目。",
            ["装备制造"],
        ),
        # items that are trades alone, closed by 等重大项目, name them
        ("对未来海洋、未来能源、空天科技等重大项目予以支持。", ["未来海洋", "未来能源", "空天科技"]),
    ],
)
def test_trade_words_opening_listed_project_names_name_no_trade(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected
