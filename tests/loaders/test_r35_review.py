"""Round 35's review (/work/review35: probes on the round's families), one regression test per false fire found:
由 before a person's post, an upper level's act or a change of holder charges no body, and a department's name runs
on past its parent (县委组织部, 市科技局); a 联合会 is a name, not the task's 联合; decimals in a semicolon list stay
decimals; a report's frequency is a target; a reward rule's budget and rate stay targets; an article cut after a
quantity's 以下 is a measure. Both scripts, both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, assert_measures, run
from tests.loaders.test_r35_targets import measure_figures


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_you_before_posts_decisions_and_changes_charges_none(variant: Callable[[str], str]) -> None:
    text = (
        "一、职责\n"
        "1.成立指挥部。成立由县委书记、县长任双组长的指挥部。\n"
        "2.明确组长。由县政府分管副县长任组长。\n"
        "3.明确总指挥。由县人民政府主要领导担任总指挥。\n"
        "4.确定名单。名单由市政府研究确定。\n"
        "5.制定办法。具体办法由国务院另行规定。\n"
        "6.研究决定。重大事项由县政府常务会议研究决定。\n"
        "7.转变方式。由县政府直接管理向市场化运营转变。\n"
        "8.下放权限。审批权限由县政府下放至乡镇。\n"
        "9.规范运输。经由市区的危化品运输车辆须按指定路线行驶。\n"
    )
    want = [
        (str(k), t, [], [])
        for k, t in enumerate(
            [
                "成立指挥部",
                "明确组长",
                "明确总指挥",
                "确定名单",
                "制定办法",
                "研究决定",
                "转变方式",
                "下放权限",
                "规范运输",
            ],
            1,
        )
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_you_reads_a_departments_whole_name(variant: Callable[[str], str]) -> None:
    text = (
        "一、职责\n"
        "1.调配人员。人员由县委组织部统一调配。\n"
        "2.组织评审。项目由市科技局组织专家评审。\n"
        "3.疏导交通。由市公安局交警大队负责疏导。\n"
        "4.发布信息。火灾事故,由市消防安全应急指挥部办公室或属地区政府组织发布相关信息。\n"
        "5.共同管理。设施由县水利局和县农业农村局共同管理。\n"
        "6.上报意见。由省级人民政府提出初步认定意见后按要求上报。\n"
        "7.拨付资金。资金由县农业农村局审核、县财政局拨付。\n"
        "8.建设维护。设施由县水利局建设、管理和维护。\n"
    )
    want = [
        ("1", "调配人员", ["县委组织部"], []),
        ("2", "组织评审", ["市科技局"], []),
        ("3", "疏导交通", ["市公安局交警大队"], []),
        ("4", "发布信息", ["市消防安全应急指挥部办公室"], []),
        ("5", "共同管理", ["县水利局", "县农业农村局"], []),
        ("6", "上报意见", ["省级人民政府"], []),
        ("7", "拨付资金", ["县农业农村局", "县财政局"], []),
        ("8", "建设维护", ["县水利局"], []),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_federation_joined_with_huitong_is_one_body(variant: Callable[[str], str]) -> None:
    text = "一、任务\n1.协同帮扶。县民政局牵头,会同县财政局、县残疾人联合会开展帮扶。\n"
    want = [("1", "协同帮扶", ["县民政局", "县财政局", "县残疾人联合会"], ["县民政局"])]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_figures_the_round_must_keep(variant: Callable[[str], str]) -> None:
    text = (
        "一、任务\n"
        "1.促进增收。地区生产总值增长6.5%;1.2万名农村劳动力转移就业;2.3万户完成改厨改厕。\n"
        "2.定期通报。每季度通报1次重点工作推进情况。\n"
        "3.财政贴息。对符合条件的企业,县财政每年安排5000万元的专项资金,给予贴息支持。\n"
        "4.贷款贴息。对符合条件的小微企业,按不超过贷款额2%的比例,给予贴息补助。\n"
    )
    got = measure_figures(variant(text))
    assert got == [
        [("6.5", "%"), ("12000", "名"), ("23000", "户")],
        [("1", "次")],
        [("5000", "万元")],
        [("2", "%")],
    ]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_an_article_cut_after_a_quantitys_bound_is_a_measure(variant: Callable[[str], str]) -> None:
    text = (
        "第四条 县人民政府应当加强对消防工作的领导。\n"
        "第五条 各镇人民政府(街道办事处)应当对辖区内建筑面积1000平方米以下的场所开展消防检查\n"
    )
    want = [
        ("第四条", "县人民政府应当加强对消防工作的领导", ["县人民政府"], []),
        ("第五条", "各镇人民政府(街道办事处)应当对辖区", ["各镇人民政府(街道办事处)"], []),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_notices_addressees_are_no_label(variant: Callable[[str], str]) -> None:
    """heldout69 dm14: 各县(市、区)人民政府,市…领导小组各成员单位: closing a notice's addressee line is no 成员单位
    label over the paragraph below it; a label line (成员单位:A、B) stays one."""
    text = (
        "关于印发《某市2024年河湖长制工作要点》的通知\n"
        "各县(市、区)人民政府,市河湖长制领导小组各成员单位:\n"
        "为进一步提升河湖治理水平,我办制定了《工作要点》,现印发给你们,请结合实际,认真贯彻落实。\n"
    )
    doc = run(variant(text))
    assert all(not m.responsible for m in doc.measures)
    labelled = "一、重点任务\n1.加强河湖管护。开展清四乱行动。\n成员单位:市水务局、市生态环境局\n"
    want = [("1", "加强河湖管护", ["市水务局", "市生态环境局"], [])]
    assert_measures(labelled, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    "text",
    [
        # a progress bulletin, appraisal results, an allocation list, a meeting report of what was done
        "现将一季度重点工作进展情况通报如下:\n县住建局:已完成老旧小区改造3个。\n县财政局:已拨付资金2000万元。\n"
        "县水利局:已完成堤防加固5公里。\n",
        "现将2023年度考核结果通报如下:\n县住建局:优秀。\n县财政局:优秀。\n县自然资源局:良好。\n",
        "现将专项资金分配如下:\n县住建局:200万元。\n县水利局:150万元。\n县交通局:100万元。\n",
        "会议指出,今年以来全县各部门工作成效明显。\n县住建局牵头完成了城市更新行动计划编制。\n"
        "县发改局牵头完成了项目储备库建设。\n县财政局牵头完成了预算绩效改革。\n",
        "县住建局负责全县建筑市场监管工作的副局长张三同志因工作调动,不再担任该职务。\n"
        "县财政局负责预算工作的副局长李四同志已退休。\n县水利局负责工程建设的副局长王五同志调任他职。\n",
    ],
)
def test_reports_and_lists_are_no_division_of_duties(variant: Callable[[str], str], text: str) -> None:
    """Round 35's second review (/work/review35b): paragraphs opened by a body that report what was done, rate it,
    allocate to it or name its officials state no duties: no measures."""
    assert not run(variant(text)).measures


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_notices_fields_after_a_colon_name_no_units(variant: Callable[[str], str]) -> None:
    """Round 35's second review: 督查对象 / 培训地点 / 列席单位 / award and channel fields name bodies inspected,
    hosting, attending or honoured, none charged; a tasks's own body after its colon is (加强组织领导:县政府办)."""
    text = (
        "一、有关事项\n(一)督查对象:县住建局、县交通运输局。\n(二)培训地点:县委党校。\n"
        "(三)列席单位:县人大办、县政协办。\n(四)优秀组织奖:县水利局。\n(五)投诉渠道:县市场监管局。\n"
        "二、重点任务\n(一)加强组织领导:县政府办。\n"
    )
    doc = run(variant(text))
    got = [[r.surface for r in m.responsible] for m in doc.measures]
    assert got[-1] == [variant("县政府办")] and all(not g for g in got[:-1])


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_an_inspectors_short_name_hands_them_no_tasks(variant: Callable[[str], str]) -> None:
    """Round 35's second review: 省委第三巡视组(以下简称巡视组)反馈意见的整改任务如下: the tasks it raised, not its
    own; 县灾害应变中心(以下简称本中心)之任务如下: its own."""
    text = (
        "二、省委第三巡视组(以下简称巡视组)反馈意见的整改任务如下:\n(一)加强党的建设。\n(二)整改资金管理问题。\n"
        "三、县灾害应变中心(以下简称本中心)之任务如下:\n(一)指挥各项灾害应变措施。\n(二)掌握各项灾害状况。\n"
    )
    doc = run(variant(text))
    got = [[r.surface for r in m.responsible] for m in doc.measures]
    assert got == [[], [], [variant("县灾害应变中心")], [variant("县灾害应变中心")]]
