"""Industry rule families of round 19 (dev16, a county work plan and provincial consumption and growth measures):
a run-in trade head opening a sentence (焦化行业,打造…) and a run-in development verb (壮大现代物流,开展…) name the
trade the sentence is about; a period or a joiner glued before a sector whose output is stated (年建筑业产值) is no
part of its name; the goods a subsidy is handed out for (发放汽车、家居等消费补贴) are no trades; 软件服务业 is
软件和信息技术服务业; a firm's project in a list closed by a count of projects (甲乙集团新材料、…等9个项目) names no trade.
Inline texts in both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from policykg.loaders.extract.industries import IndustryLexicon
from tests.loaders.inline import IDS, VARIANTS, family_params
from tests.loaders.test_industries import labels

Case = tuple[str, list[str], list[str]]

# Each family's cases: a text, the labels it must hold and the labels it must not hold.
FAMILIES: dict[str, list[Case]] = {
    "run_in_trade_head_opens_a_sentence": [
        (
            "推动工业转型升级。铸造行业,打造30万吨级的精密铸件产业园。耐材行业,建成一批智能生产线。",
            ["铸造", "耐材"],
            [],
        ),
        ("稳住传统支柱。酿酒产业:扩大基酒产能,培育龙头企业。", ["酿酒"], []),
        # at a line's start too
        ("饲料行业,建设10万吨饲料加工项目。\n", ["饲料"], []),
        # a generic or collective head, a verb phrase, or the head mid-sentence names no trade
        (
            "加强监管。各行业,要落实安全责任。重点行业,开展专项整治。统筹布局未来产业,抓好规划。",
            [],
            ["各", "重点", "统筹布局未来"],
        ),
        ("支持企业发展,对陶瓷行业,给予奖励。", [], ["对陶瓷"]),
        # a counted kind announcing its list is no run-in trade
        ("三大主导产业:装备制造、食品加工、现代物流。", ["装备制造"], ["三大主导"]),
    ],
    "run_in_development_verb_opens_a_sentence": [
        (
            "推动三产扩体增量。发展全域旅游,提升景区品质。壮大现代物流,培育龙头企业。打造特色康养,启动森林康养。",
            ["旅游", "现代物流", "康养"],
            ["全域旅游", "特色康养"],
        ),
        # a body, a pole of growth or a zone as the object is no trade
        ("抓好招商。培育新型经营主体,壮大合作社。打造特色产业增长极,推进园区建设。", [], ["新型经营主体"]),
        # two trades joined are each a trade, not one run-in name
        ("发展肉牛和肉羊养殖,建设标准化养殖场。", ["肉牛", "肉羊"], ["肉牛和肉羊养殖"]),
        # mid-sentence the verb's object runs on: no run-in head
        ("县里要持续发展全域旅游和乡村民宿,推进项目。", [], ["全域旅游和乡村民宿"]),
    ],
    "period_or_joiner_before_a_sector_output_is_no_part_of_it": [
        (
            "对当年新注册且年建筑业产值达到5亿元以上的建筑业企业,给予10万元奖励。",
            ["建筑业"],
            ["新注册且年建筑"],
        ),
        ("对年建筑业产值首次超过25亿元的企业,给予奖励。", ["建筑"], ["年建筑"]),
        # a sector figure without a period keeps its name
        ("全县农产品加工业产值增长15%。", ["农产品加工"], []),
    ],
    "goods_a_subsidy_is_handed_out_for_are_no_trades": [
        (
            "鼓励各地发放汽车、电子产品、家居等大宗消费补贴,省级予以配套支持。",
            [],
            ["汽车", "电子产品", "家居", "各地发放汽车"],
        ),
        ("各市发放家电消费券,促进家电行业发展。", ["家电"], []),
        # a subsidy for producing supports the trades listed
        ("对养殖户发放生猪、肉牛等养殖补贴。", ["生猪", "肉牛"], []),
        # the goods of a consumption field (no subsidy handed out) stay trades
        ("着力稳住汽车、家电、智能终端等重点领域消费。", ["汽车", "家电", "智能终端"], []),
    ],
    "firm_projects_of_a_counted_list_are_no_trades": [
        # a firm's project in a list closed by a count of projects, the first item after a money attribute (…的)
        (
            "签约总投资60亿元的甲乙集团绿色新材料、丙丁集团焦炉煤气综合利用等9个项目。",
            [],
            ["新材料", "绿色新材料"],
        ),
        ("谋划一批。加快甲乙集团新材料、丙丁公司智能装备等十大重点项目。", [], ["新材料", "智能装备"]),
        # items of trade words only name their trades
        ("推进新材料、生物医药等10个重点项目。", ["新材料", "生物医药"], []),
    ],
    "software_services_written_short": [
        ("对软件服务业实施增量奖励。大力发展软件服务业。", ["软件和信息技术服务业"], ["软件服务业"]),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "held", "not_held"), family_params(FAMILIES))
def test_run_in_families(
    variant: Callable[[str], str], text: str, held: list[str], not_held: list[str], lex: IndustryLexicon
) -> None:
    got = labels(variant(text), lex)
    assert all(x in got for x in held), got
    assert not any(x in got for x in not_held), got
