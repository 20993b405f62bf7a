"""Industry rule families of round 19 (heldout12-14, county and town plans): an industrial structure stated as a
chain of framed segments (构建以A为主导、B为支撑、C为基础的产业体系) names a trade in every segment, the first one too;
a section heading that is a trade's name and head alone (一、肉牛产业) gives that trade to every item under it, a
counted or generic class of trades (一、四大支柱产业, 二、重点产业) none; a county's scope (全县) or a publishing verb
(及时发布) before a list is no part of its first item; the fruit and livestock kinds county plans list (脐橙, 奶羊,
肉兔) are crops and livestock like 水稻 and 生猪; a list item with a second name in brackets (环保设备(水处理设备))
names both trades; a sector whose fixed-asset investment is counted (先进制造业固定资产投资) is named as a trade; so is a sector X业 whose consumption a measure promotes
(开展餐饮业促消费活动).
Inline texts in both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from policykg.loaders.extract.industries import IndustryLexicon
from policykg.loaders.normalize import to_simplified
from tests.loaders.inline import IDS, VARIANTS, family_params, run
from tests.loaders.test_industries import labels

Case = tuple[str, list[str], list[str]]

# Each family's cases: a text, the labels it must hold and the labels it must not hold.
FAMILIES: dict[str, list[Case]] = {
    "structure_chain_names_every_segment": [
        (
            "加快构建以先进制造业为主导、现代服务业为支撑、现代农业为基础的现代产业体系。",
            ["先进制造业", "现代服务业", "现代农业"],
            [],
        ),
        # a segment glued to the frame before it, two trades joined in one segment
        (
            "全力构建以康养为主导现代种业和水果产业为特色的产业发展格局,推进项目建设。",
            ["康养", "现代种业", "水果"],
            ["主导现代种业", "水果产业"],
        ),
        # frames of a theme and a main line chain no trades
        ("坚持以科学发展为主题、转变方式为主线的发展格局。", [], ["科学发展"]),
        # one frame, no chain before a structure head: the sector named alone stays a qualifier
        ("推动先进制造业高质量发展,以项目为重点。", [], ["先进制造业"]),
    ],
    "scope_and_publishing_verb_are_no_part_of_the_first_item": [
        (
            "保障全县肉牛、奶羊、食用菌、中药材特色优势产业提质增效。",
            ["肉牛", "奶羊", "食用菌", "中药材"],
            ["全县肉牛", "保障全县肉牛"],
        ),
        (
            "及时发布跨境电商、智能家居、体育赛事等消费领域有关政策。",
            ["跨境电商", "智能家居", "体育赛事"],
            ["及时发布跨境电商", "发布跨境电商"],
        ),
    ],
    "county_specialty_fruit_and_livestock_kinds": [
        ("全镇脐橙、猕猴桃和百香果稳产保供。", ["脐橙", "猕猴桃", "百香果"], []),
        ("扩大肉兔、奶山羊养殖规模。", ["肉兔", "奶山羊"], []),
        # a kind named alone, without a list, a head or a farm verb, is no trade
        ("举办脐橙文化节。", [], ["脐橙"]),
    ],
    "bracketed_second_name_of_a_list_item": [
        (
            "围绕节能设备(水处理设备)、专用设备和绿色建材等产业延链补链。",
            ["节能设备", "水处理设备", "专用设备", "绿色建材"],
            ["围绕节能设备"],
        ),
        # an inclusion or a body in brackets is no second name
        ("支持龙头企业(含合作社)、专用设备等产业。", ["专用设备"], ["含合作社", "龙头企业"]),
        # a list of policy tools closed by 等领域 names no trades
        ("围绕资金奖补、税费减免(缓征缓缴)、人才等领域。", [], ["税费减免", "缓征缓缴"]),
    ],
    "sector_whose_fixed_asset_investment_is_counted": [
        ("对新引进先进制造业固定资产投资5000万元以上的项目,给予奖励。", ["先进制造业"], []),
        # the sector qualifying another noun stays a qualifier
        ("推动先进制造业集群高质量发展。", [], ["先进制造业"]),
    ],
    "sector_whose_consumption_is_promoted": [
        ("(一)开展住宿业促消费活动。由市级统一组织实施。", ["住宿"], ["开展住宿"]),
        ("举办零售业消费季活动。", ["零售"], ["举办零售"]),
        # goods, a firm or nothing before the promotion are no sector
        ("开展成品油促消费活动。开展企业促消费活动。开展促消费活动。", [], ["成品油", "企"]),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "held", "not_held"), family_params(FAMILIES))
def test_structure_families(
    variant: Callable[[str], str], text: str, held: list[str], not_held: list[str], lex: IndustryLexicon
) -> None:
    got = labels(variant(text), lex)
    assert all(x in got for x in held), got
    assert not any(x in got for x in not_held), got


# Each case: a plan by trade, and the labels every one of its items must hold and must not hold.
HEADINGS: dict[str, list[Case]] = {
    "heading_trade_covers_its_items": [
        (
            "一、肉牛产业\n1.新建养殖场。新建规模养殖场12个。\n2.盘活闲置圈舍。由各乡镇负责盘活闲置圈舍。\n",
            ["肉牛"],
            [],
        ),
        ("二、茶叶产业链\n1.改造低产茶园。改造茶园5000亩。\n2.建设加工厂。新建加工厂2个。\n", ["茶叶"], []),
        # a counted or generic class of trades is no trade
        ("一、四大支柱产业\n1.推进项目。开工项目3个。\n2.引进企业。引进企业5家。\n", [], ["四大支柱"]),
        ("一、重点产业\n1.推进项目。开工项目3个。\n2.引进企业。引进企业5家。\n", [], ["重点"]),
        # a heading that is a task on a trade, not its name alone, names none for the items
        ("一、推进工业发展\n1.推进项目。开工项目3个。\n2.引进企业。引进企业5家。\n", [], ["工业"]),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "held", "not_held"), family_params(HEADINGS))
def test_heading_families(
    variant: Callable[[str], str], text: str, held: list[str], not_held: list[str]
) -> None:
    doc = run(variant(text))
    assert len(doc.measures) == 2
    for m in doc.measures:
        got = [to_simplified(doc.industries[r.key].pref_label) for r in m.industries]
        assert all(x in got for x in held), got
        assert not any(x in got for x in not_held), got
