"""Round 28's target families from heldout47/48/50 (issue 12): a bracket after a goal that states the grounds it
was set on (增长8%(依据区人代会目标设置,…)) holds reasons, not commitments; the average of other places a goal is
compared with (高于全市12%平均水平) is no goal either; nor are the conditions of an eligibility rule (凡满足下列条件的…),
a higher level's items joined (对接省20个…集群), a cited document's (》明确的12个), figures under 基本形势 headings, a
news page's heat counter (四川 54℃ 0), a notice's topic (现就…39处…通知如下) or a group a rule assigns (…的,由…负责);
energy in Gwh is read as printed. Inline texts in both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, family_params, run
from tests.loaders.test_targets import targets

Case = tuple[str, list[tuple[float, str, str]]]

FAMILIES: dict[str, list[Case]] = {
    "a_bracket_of_a_goals_grounds_holds_no_target": [
        (
            "规模以上工业增加值:增长8%(依据区人代会目标设置,高于省、市7.5%平均水平)。",
            [(8, "%", "=")],
        ),
        (
            "人均地区生产总值:增长6%左右(依据GDP目标8.5%增速以及常住人口增长状况进行设置)。",
            [(6, "%", "~")],
        ),
        ("城镇新增就业2万人(根据近三年平均增长10%测算)。", [(20000, "人", "=")]),
        # a bracket with a rule's terms, no goal set on them: the figures stay
        ("发放困难群众补贴(按照每人每月500元标准发放),惠及1000人。", [(500, "元", "="), (1000, "人", "=")]),
        ("新建公园5个(其中口袋公园3个)。", [(5, "个", "="), (3, "个", "=")]),
    ],
    "the_average_a_goal_is_compared_with_is_no_target": [
        ("实物商品网上零售额占比13%(高于全市12%平均水平)。", [(13, "%", "=")]),
        ("服务业增加值增长8%,快于全省7%的平均增速。", [(8, "%", "=")]),
        # a figure after the average (the margin over it) and a level to reach: goals
        ("居民收入增速高于全省平均水平1个百分点。", [(1, "个百分点", "=")]),
        ("研发投入强度达到2.5%。", [(2.5, "%", "=")]),
    ],
    "the_conditions_of_an_eligibility_rule_are_no_targets": [
        (
            "凡满足下列条件的服务业发展载体,可以申请为县级集聚区。1、有专门的管理机构;2、中央商务区:建筑面积1.4万平方米以上,"
            "区内注册企业10家以上,年营业收入超过5.6亿元。",
            [],
        ),
        ("(一)申报条件\n企业上年度营业收入2000万元以上。", []),
        # a reward paid in the sentence, and a goal after the next section heading: kept
        ("符合以下条件的企业,给予50万元奖励:年产值超过1亿元。", [(50, "万元", "=")]),
        ("(一)认定条件\n注册企业10家以上。\n(二)发展目标\n到2025年新建集聚区5个。", [(5, "个", "=")]),
        # a condition's label in running text brings in nothing
        ("降低认定条件,为符合条件的1000户参保企业返还失业保险费。", [(1000, "户", "=")]),
    ],
    "a_higher_levels_items_joined_or_a_cited_documents_are_no_targets": [
        ("深度对接省20个战略性产业集群建设,推动制造业加快发展。", []),
        ("主动融入国家10大重点工程。", []),
        ("支持纳入国家12个革命老区规划范围的我省革命老区开启新征程。", []),
        ("重点支持《关于支持革命老区振兴发展的意见》明确的12个革命老区。", []),
        # no level named: the count of the work stays
        ("精准对接100家企业融资需求。", [(100, "家", "=")]),
    ],
    "energy_in_international_symbols_in_either_case": [
        ("宁德时代一期项目产能超10Gwh。", [(10, "Gwh", ">=")]),
        ("年发电量达到20GWh。", [(20, "GWh", "=")]),
    ],
    "a_news_pages_heat_counter_is_no_target": [
        ("四川 54℃ 0\n摘要:两省市印发联合实施方案。", []),
        ("要闻 128℃ 3\n正文。", []),
        # a temperature in a sentence, or a line with words after the count: kept
        ("日平均气温稳定在25℃以上。", [(25, "℃", ">=")]),
        ("室温 20℃ 为宜。", [(20, "℃", "=")]),
    ],
    "a_notices_topic_and_a_group_assigned_are_no_targets": [
        ("为加强管理,现就落实全县39处文物保护单位安全管理责任有关事项通知如下:", []),
        ("(二)其它33处文物部门未专门设置管理单位的,由所在镇人民政府负责。", []),
        # a count the plan commits to, before or after such words: kept
        ("现将2024年新建10个公园的任务分解如下:", [(10, "个", "=")]),
        ("全年新建公园10个,由县住建局负责。", [(10, "个", "=")]),
    ],
    "a_zone_over_a_size_is_the_class_counted": [
        ("培植2家以上年销售收入超10亿元的服务业集聚区。", [(2, "家", ">=")]),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_round28_h28x_target_families(
    variant: Callable[[str], str], text: str, want: list[tuple[float, str, str]]
) -> None:
    got = [(float(t.value), t.unit, t.comparator) for t in targets(variant(text))]
    assert got == [(float(v), u, c) for v, u, c in want]


STATE_DOC = (
    "关于支持革命老区巩固拓展脱贫攻坚成果的实施方案\n\n"
    "一、基本形势和重要意义\n\n"
    "革命老区很多仍属于欠发达地区,涉及21个省的相关县中,264个为原国家扶贫开发工作重点县。\n\n"
    "二、主要任务\n\n"
    "(一)改善基础设施。新建农村公路500公里。\n"
)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_figures_under_a_heading_of_the_state_of_things_are_no_goals(variant: Callable[[str], str]) -> None:
    """一、基本形势和重要意义: the places a plan covers, counted as they are (264个…重点县), are no targets."""
    doc = run(variant(STATE_DOC))
    got = [t for m in doc.measures for t in m.targets] + doc.doc_targets
    got += [t for s in doc.sections for t in s.targets]
    assert [f"{t.value}{t.unit}" for t in got] == ["500公里"]
