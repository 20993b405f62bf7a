"""Round 26's industry forms (heldout36-38): the qualities a plan seeks in the projects it brings in, listed before
a head (引进一批带动能力强、有利于产业集聚配套的大项目), are predicates, no trades; a verb of meeting a trade's needs
(适应 / 顺应) opens the trade's name like any trigger (适应家政服务业转型升级要求: not 适应家政服务业); goods a campaign
takes to the countryside (新能源汽车下乡) and a team, service platform or yardstick named for a field (智能制造专家服务
团队, 智能制造公共服务平台, 智能制造评价指标体系) name no trade. Small inline texts in Simplified and Traditional script, ASCII and full-width punctuation, with the mentions each form must leave
alone."""

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
        ("着力引进一批带动能力强、有利于产业集聚配套的大项目。", []),
        ("引进一批效益好、符合产业政策的项目。", []),
        ("引进一批科技含量高、带动作用强的项目。", []),
        # trades listed before the same head stay
        ("引进一批电子信息、生物医药产业项目。", ["电子信息", "生物医药"]),
    ],
)
def test_the_qualities_sought_in_projects_are_no_trades(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("适应家政服务业转型升级要求,推动企业规范发展。", ["家政服务业"]),
        ("顺应文旅产业融合发展趋势,丰富产品供给。", ["文旅"]),
        # the trade after another trigger is read the same way
        ("推动家政服务业转型升级。", ["家政服务业"]),
    ],
)
def test_a_verb_of_meeting_a_trades_needs_opens_its_name(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("联动相关部门举办各类新能源汽车下乡、绿色智能家电下乡活动。", []),
        ("组织开展家电下乡活动,扩大农村消费。", []),
        # the trade developed stays
        ("大力发展新能源汽车产业,推动智能家电产业集聚。", ["新能源汽车", "智能家电"]),
    ],
)
def test_goods_a_campaign_takes_to_the_countryside_are_no_trades(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("参照国家有关智能制造评价指标体系,制定建设要素。", []),
        ("发挥智能制造专家服务团队和第三方机构作用。", []),
        ("推进智能制造公共服务平台建设,提供咨询服务。", []),
        # the field itself developed stays
        ("加快发展智能制造,推动企业数字化转型。", ["智能制造"]),
    ],
)
def test_a_team_platform_or_yardstick_named_for_a_field_is_no_trade(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected
