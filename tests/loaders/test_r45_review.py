"""Round 45's review (/work/review45/a, b): the cases the round's first families got wrong, each a regression test.
Both scripts, both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, run


def _units(text: str, variant: Callable[[str], str]) -> list[list[str]]:
    doc = run(variant(text))
    return [[r.surface for r in m.responsible] for m in doc.measures]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_request_of_a_verb_before_a_body_addresses_none(variant: Callable[[str], str]) -> None:
    # 请登录市工信局官网… / 请向市科技局报送… / 请与市人社局对接…: the reader's act, no body addressed
    text = (
        "各有关企业:\n有关事项通知如下:\n一、请登录市工信局官网下载申报表。\n二、请向市科技局报送申报材料。\n"
        "三、请与市人社局对接用工需求。\n"
    )
    assert _units(text, variant) == [[], [], []]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_request_of_firms_addresses_no_body(variant: Callable[[str], str]) -> None:
    text = "各有关单位:\n通知如下:\n一、请申报企业按要求如实填写申报书。\n二、请各企业于6月底前完成安全生产自查。\n"
    assert _units(text, variant) == [[], []]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_requests_partners_collectives_and_full_names(variant: Callable[[str], str]) -> None:
    text = (
        "各有关单位:\n通知如下:\n一、请市卫健委会同市疾控中心、各区卫健局做好疫苗接种工作。\n"
        "二、请市交通运输局会同市公安局交警支队,加强路面管控。\n三、请饶平县、湘桥区做好推荐工作。\n"
        "四、请凤泉湖高新区做好推荐工作。\n"
    )
    want = [
        ["市卫健委", "市疾控中心", "各区卫健局"],
        ["市交通运输局", "市公安局交警支队"],
        ["饶平县", "湘桥区"],
        ["凤泉湖高新区"],
    ]
    assert _units(text, variant) == [[variant(u) for u in us] for us in want]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_partner_bureau_column_beside_the_lead_one(variant: Callable[[str], str]) -> None:
    text = (
        "2018年重点工作分工如下。\n序号 | 重点工作 | 牵头司局 | 配合司局\n"
        "1 | 推进制造业数字化转型 | 信息技术发展司 | 运行监测协调局\n2 | 培育专精特新企业 | 中小企业局 | 财务司\n"
    )
    doc = run(variant(text))
    got = [([r.surface for r in m.responsible], [r.surface for r in m.lead]) for m in doc.measures]
    want = [
        (["信息技术发展司", "运行监测协调局"], ["信息技术发展司"]),
        (["中小企业局", "财务司"], ["中小企业局"]),
    ]
    assert got == [([variant(u) for u in us], [variant(u) for u in ls]) for us, ls in want]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_bureau_labels_in_a_bracket(variant: Callable[[str], str]) -> None:
    text = "一、重点任务\n(一)推进数字化转型。(牵头司局:信息技术发展司;配合司局:规划司)\n(二)培育企业。(牵头司局:中小企业局)\n"
    doc = run(variant(text))
    assert [r.surface for r in doc.measures[0].responsible] == [variant("信息技术发展司"), variant("规划司")]
    assert [r.surface for r in doc.measures[0].lead] == [variant("信息技术发展司")]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_requirements_of_logistics_penalties_and_firms_stay_none(variant: Callable[[str], str]) -> None:
    text = (
        "各有关单位:\n现将有关事项通知如下:\n一、培训内容\n详见附件。\n二、有关要求\n"
        "1.本次培训不收取培训费,市统计局将统一安排食宿。\n"
        "2.申报单位应对申报材料的真实性负责。对弄虚作假的,市科技局将取消其申报资格。\n"
        "3.华润万家超市有限公司要确保粮油肉蛋等重要商品供应充足。\n4.市城管局将组成督查小组,对方案进行审核。\n"
    )
    doc = run(variant(text))
    assert [(m.number, [r.surface for r in m.responsible]) for m in doc.measures] == [
        ("4", [variant("市城管局")])
    ]


@pytest.mark.parametrize(
    "second",
    [
        "今年以来取得的成效:一是完成投资10亿元;二是新增就业2000人;三是建成示范村5个。",
        "从需求看:一是社会消费品零售总额增长7.5%;二是固定资产投资增长4.3%。",
    ],
)
@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_second_run_that_reports_is_no_run_of_tasks(variant: Callable[[str], str], second: str) -> None:
    text = (
        f"县委召开工作会议\n会议要求,工作重点:一要加快产业发展;二要加强人才培养;三要完善基础设施。{second}\n"
    )
    doc = run(variant(text))
    assert [m.number for m in doc.measures] == [variant("一要"), variant("二要"), variant("三要")]
    assert not any(m.targets for m in doc.measures)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_sub_points_inside_an_item_are_no_second_run(variant: Callable[[str], str]) -> None:
    text = (
        "县委召开外贸工作会议\n会议要求:一是支持企业开拓市场;二是提升贸易便利化水平;三是强化金融保障,一要扩大出口信用"
        "保险覆盖面,二要加大外贸信贷投放。\n"
    )
    doc = run(variant(text))
    assert [m.number for m in doc.measures] == [variant("一是"), variant("二是"), variant("三是")]
    assert doc.measures[-1].text.rstrip("。.").endswith(variant("加大外贸信贷投放"))


@pytest.mark.parametrize("opener", ["含", "包括但不限于"])
@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_brackets_opener_is_no_part_of_a_trade(variant: Callable[[str], str], opener: str) -> None:
    text = (
        "四、保障措施\n(一)加强领导。各级政府要加强领导。\n"
        f"(二)推进重点领域节能。各县区要加强节能管理,第三产业({opener}交通、旅游、商贸等行业)要严格节能考核。\n"
    )
    doc = run(variant(text))
    got = {doc.industries[r.key].pref_label for m in doc.measures for r in m.industries}
    assert {"旅游", "商贸"} <= got and not any(g.startswith(("含", "但")) for g in got), got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("关于占道经营问题,请市城管局依法处理。", ["市城管局"]),
        ("请各镇(街道)做好摸排工作。", ["各镇(街道)"]),
        ("请各村(社区)做好宣传。", ["各村(社区)"]),
        ("请区政协主席出席会议。", []),
        ("请市委书记作重要讲话。", []),
        ("请市交通局会同市城投集团、市公交公司优化线路。", ["市交通局"]),
    ],
)
@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_requests_second_review(variant: Callable[[str], str], text: str, want: list[str]) -> None:
    doc = run(variant(f"各有关单位:\n通知如下:\n一、{text}\n二、请市财政局做好资金保障。\n"))
    assert [r.surface for r in doc.measures[0].responsible] == [variant(u) for u in want]


@pytest.mark.parametrize("subject", ["各企业配合市生态环境局", "各施工单位配合区住建局"])
@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_firms_supporting_a_body_are_no_units(variant: Callable[[str], str], subject: str) -> None:
    text = f"为加强管理,具体内容如下:\n一、开展执法检查。{subject}做好执法检查工作。\n二、加强宣传。县委宣传部负责宣传。\n"
    doc = run(variant(text))
    assert not any(
        variant("企业") in r.surface or variant("施工") in r.surface for r in doc.measures[0].responsible
    )


@pytest.mark.parametrize("intro", ["会议回顾了去年的主要工作:", "会议通报了上半年各项工作完成情况:"])
@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_second_run_of_what_was_done_is_no_run(variant: Callable[[str], str], intro: str) -> None:
    text = f"标题\n会议要求,今年工作重点:一要加快产业发展;二要加强人才培养。{intro}一是完成投资10亿元;二是新增就业2000人。\n"
    doc = run(variant(text))
    assert [m.number for m in doc.measures] == [variant("一要"), variant("二要")]
    assert not any(m.targets for m in doc.measures)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_places_named_bare_before_the_last_request(variant: Callable[[str], str]) -> None:
    # 二、请吉林、黑龙江省人民政府加强…: each place its own unit (dev12 am08's gold); 各县、区工信主管部门 stays one
    text = (
        "各省、自治区、直辖市人民政府:\n现就有关事项通知如下:\n一、请各县、区工信主管部门高度重视推荐工作。\n"
        "二、请吉林、黑龙江省人民政府加强对《规划》实施的组织领导。\n"
    )
    assert _units(text, variant) == [
        [variant("各县、区工信主管部门")],
        [variant("吉林"), variant("黑龙江省人民政府")],
    ]
