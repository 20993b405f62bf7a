"""Round 40 (heldout91 ei02/ei04/ei08, heldout59 dd07, heldout74 dr09): the sectors a work-safety plan supervises
(煤矿, 非煤矿山, 危险化学品, 烟花爆竹, 民爆物品, 建筑施工, 道路运输, 工贸) are industries where the text names them
as sectors: before their trade or field, as items of a list closed so, or as the subject of their safety work. Not
inside a body named after a sector's safety, not before a campaign's name alone (专项整治), not 消防 or 特种设备, and
a list closed by safety policing of its fields (round 18: …等领域安全整治) still names none. A body's charge
glued before a list's first item (县商务局负责|餐饮、住宿等行业) is no part of the name. Both scripts, both
punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from policykg.loaders.extract.industries import IndustryLexicon
from tests.loaders.inline import IDS, VARIANTS, family_params
from tests.loaders.test_industries import labels

Case = tuple[str, list[str]]

FAMILIES: dict[str, list[Case]] = {
    "hazard_sectors_listed_before_their_trade_or_field": [
        (
            "县应急管理局负责尾矿库、危险化学品、烟花爆竹和工贸等行业的隐患排查治理工作。",
            ["危险化学品", "烟花爆竹", "工贸"],
        ),
        (
            "县经信局负责非煤矿山、民爆器材经销、工业企业等行业的隐患排查治理工作。",
            ["非煤矿山", "民爆器材经销"],
        ),
        (
            "市安全监管局牵头,负责组织开展对危险化学品和烟花爆竹领域的专项整治工作。",
            ["危险化学品", "烟花爆竹"],
        ),
        (
            "县公安局负责民用爆炸物品、危险化学品运输等行业的隐患排查治理工作。",
            ["民用爆炸物品", "危险化学品运输"],
        ),
    ],
    "hazard_sectors_as_the_subject_of_their_safety_work": [
        ("立即制定我市道路交通、煤矿、危险化学品安全三项攻坚行动方案。", ["煤矿", "危险化学品"]),
        ("(二)道路运输安全专项整治\n", ["道路运输"]),
        ("(一)煤矿安全督查组\n", ["煤矿"]),
    ],
    "no_sector_inside_a_body_or_a_campaign_name_alone": [
        ("充分发挥县危险化学品安全生产专业委员会作用。", []),
        ("河北煤矿安全监察局牵头负责指导。", []),
        ("省安监局牵头负责指导非煤矿山、危险化学品专项整治。", []),
        # alone inside a sentence a sector names a campaign or a field's scope, not a trade
        ("省煤炭办牵头负责指导煤矿安全专项整治。", []),
        ("初步建成覆盖工贸重点行业领域的安全风险监测预警系统。", []),
        # a service and equipment are no sectors of their own
        ("加强消防安全和特种设备安全监管。", []),
    ],
    # a body's charge glued before a list's first item is no part of the name (was 县商务局负责餐饮)
    "a_bodys_charge_before_a_list_is_cut_from_its_first_item": [
        ("县商务局负责餐饮、住宿等行业的疫情防控。", ["餐饮", "住宿"]),
        ("市文旅局牵头负责旅游、会展等行业的复工复产。", ["旅游", "会展"]),
    ],
    # round 40's review: words 及/与 close (普及, 危及, 参与) join no list; a list closed by its fields' safety checks
    # names none (not its last item alone); a body's name holding a listed sector; one task among others; a
    # table's cell on a line of its own is no item's heading, an ordinal's 、 no list's join
    "review_regressions": [
        ("深入企业普及危险化学品安全知识,年内培训从业人员500人次。", []),
        ("严厉打击危及煤矿安全的违法行为。", []),
        ("积极参与煤矿安全生产标准化创建。", []),
        ("开展煤矿、非煤矿山、烟花爆竹等行业安全检查。", []),
        ("加强煤矿、危险化学品等重点行业领域的安全监管。", []),
        ("煤矿和非煤矿山安全专业委员会要每季度召开会议1次。", []),
        ("由县应急管理局危险化学品安全监督管理科、烟花爆竹安全监督管理科负责具体实施。", []),
        ("统筹做好防汛抗旱、森林防火和煤矿安全等工作。", []),
        ("序号\n工作任务\n责任单位\n1\n煤矿安全专项检查\n县应急管理局\n", []),
        ("1、煤矿安全专项整治。县应急管理局负责组织开展全县煤矿隐患排查。\n", ["煤矿"]),
        # a sector alone before its trade is that trade; a grouping of sectors (工贸) only as a list's item
        ("推动危险化学品行业转型升级,年内搬迁改造企业5家。", ["危险化学品"]),
        ("淘汰工贸行业领域落后工艺设备。", []),
        # the body's 负责 cut with its verb or scope, never inside 负责任
        ("县农业农村局负责牵头做好种植业、畜牧业和渔业等行业的安全生产工作。", ["种植业", "畜牧业", "渔业"]),
        ("各镇(街道)负责本辖区餐饮、住宿等行业的日常巡查。", ["餐饮", "住宿"]),
        ("加快发展文化旅游、健康养老和负责任投资等产业。", ["文化旅游", "健康养老", "负责任投资"]),
    ],
    "a_list_closed_by_the_safety_policing_of_its_fields_names_none": [
        ("排查建筑施工、道路交通等领域安全隐患。", []),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_r40_hazard_sectors(
    variant: Callable[[str], str], text: str, want: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == want
