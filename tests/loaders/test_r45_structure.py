"""Round 45 structure: under a requirements part (二、工作要求), an item whose text charges a named body or the
addressees' departments with a modal (各辖市区绿化行政主管部门应… / 市城管局将…) assigns, so it is a measure
(annotation.md: 组织实施/保障措施 items are no measures only when they assign nothing; heldout125 fq04); one that
states the places' duty with no modal stays a requirement (heldout4 m04's gold). Both scripts, both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, assert_measures, run

_NOTICE = (
    "各辖市(区)绿化行政主管部门:\n现将有关工作要求明确如下:\n一、工作任务\n详见附件。\n二、工作要求\n"
    "1.各辖市区绿化行政主管部门应按照方案中的要求,成立工作小组,具体负责城市绿化精细化管理工作。\n"
    "2.市城管局将组成督查小组,对各辖市区方案进行审核。\n"
    "三、结果应用\n1.为调动积极性,市城管局将精品道路建设作为考评内容。\n"
)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_requirements_charging_bodies_with_a_modal_are_measures(variant: Callable[[str], str]) -> None:
    want = [
        ("1", "各辖市区绿化行政主管部门应按照", ["各辖市区绿化行政主管部门"], []),
        ("2", "市城管局将组成督查小组", ["市城管局"], []),
        ("1", "为调动积极性", ["市城管局"], []),
    ]
    assert_measures(_NOTICE, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_places_duty_without_a_modal_stays_a_requirement(variant: Callable[[str], str]) -> None:
    text = (
        "一、重点任务\n1.推进茶园改造。改造低产茶园10万亩。(责任单位:省农业农村厅)\n二、保障措施\n"
        "1.加强组织领导。强化统筹协调。各州(市)、县(市、区)切实履行主体责任,细化工作措施。\n"
        "2.强化资金保障。统筹用好各类资金。\n"
    )
    doc = run(variant(text))
    assert [m.number for m in doc.measures] == ["1"]


_ARTICLES = (
    "第一条 为了促进乡村旅游发展,制定本条例。\n"
    "第三条 市和区、县人民政府应当加强对乡村旅游的组织领导,建立联席会议制度。依法设立的乡村旅游机构负责相关服务的管理。\n"
    "第七条 市旅游局应当加强对乡村旅游的指导。\n第八条 市商务局负责乡村旅游商品的推广。\n"
)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_an_articles_modal_subjects_beside_its_role_clause(variant: Callable[[str], str]) -> None:
    # 第三条 A应当…。B负责…: both are the article's duty holders (heldout123 fo03)
    want = [
        ("第三条", "市和区、县人民政府应当", ["市和区、县人民政府", "依法设立的乡村旅游机构"], []),
        ("第七条", "市旅游局应当加强", ["市旅游局"], []),
        ("第八条", "市商务局负责乡村旅游", ["市商务局"], []),
    ]
    assert_measures(_ARTICLES, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_paragraph_with_two_ordinal_runs(variant: Callable[[str], str]) -> None:
    # …工作重点:一要…;二要…。政策措施:一是…;二是…: the second run restarts at 一, each word a measure, the first
    # run's last ending at its own full stop (heldout123 fo06)
    text = (
        "安庆市出台政策促进乡村旅游发展\n"
        "近日,市旅游局和市农业委员会出台了《关于促进乡村旅游发展的意见》。近期工作重点:一要编制乡村旅游规划;"
        "二要完善乡村旅游配套设施;三要打造乡村旅游品牌。促进乡村旅游发展的政策措施:一是切实加强组织领导,"
        "由市旅游局、市农委联合成立乡村旅游工作指导小组,负责统筹协调工作;二是加大政策扶持力度,给予必要的经费支持。\n"
    )
    doc = run(variant(text))
    got = [(m.number, [r.surface for r in m.responsible]) for m in doc.measures]
    want = [("一要", []), ("二要", []), ("三要", []), ("一是", ["市旅游局", "市农委"]), ("二是", [])]
    assert got == [(variant(n), [variant(u) for u in us]) for n, us in want]
    assert doc.measures[2].text.rstrip("。.").endswith(variant("打造乡村旅游品牌"))


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_division_part_beside_requirements_that_assign(variant: Callable[[str], str]) -> None:
    # 二、任务分工 / …工作由A、B牵头负责,C要…: a part handing its work to bodies in a clause is a task, beside the
    # requirement items that charge bodies themselves (heldout127 fs06)
    text = (
        "各市工信局:\n现将有关事项通知如下:\n一、评估概况\n规上工业企业通过链接完成评估。\n二、任务分工\n"
        "按照省工信厅安排,评估服务工作由省联通、省移动公司牵头负责,各县(市)区、园区工业和信息化主管部门要向企业"
        "广泛宣传该项工作。\n三、工作要求\n1.各单位应高度重视,该项工作作为重要组成部分。\n"
        "2.规上工业企业应在充分梳理后进行评估。\n"
    )
    doc = run(variant(text))
    numbers = [m.number for m in doc.measures]
    assert variant("二") in numbers and variant("一") not in numbers, numbers
    division = doc.measures[numbers.index(variant("二"))]
    assert [r.surface for r in division.lead] == [variant("省联通"), variant("省移动公司")]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_goal_items_closed_by_a_bracket_of_units_are_measures(variant: Callable[[str], str]) -> None:
    # 一、主要目标 / 1.地区生产总值增长12%。/ …。(市发改委): a goal with its own units is a measure (annotation.md;
    # heldout128 ft14); one with none stays a goal
    text = (
        "2007年市政府工作主要任务责任分解\n一、主要目标\n1.地区生产总值增长12%。\n全市生产总值达到3260亿元,增长12%。(市发改委)\n"
        "2.社会消费零售总额增长13%。(市贸易局)\n3.居民消费价格指数控制在103%以内。\n二、重点任务\n1.推进项目建设。(市发改委)\n"
    )
    want = [
        ("1", "地区生产总值增长12%", ["市发改委"], []),
        ("2", "社会消费零售总额增长13%", ["市贸易局"], []),
        ("1", "推进项目建设", ["市发改委"], []),
    ]
    assert_measures(text, want, variant)
