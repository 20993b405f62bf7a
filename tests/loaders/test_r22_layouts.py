"""Page layouts of round 22 read from the misses of heldout20-22 (new real pages): a news page whose one paragraph
runs its tasks together by ordinal words (具体为:一是…。二是…。), an 一、 heading that lost its numeral (、重点工作)
over (一) items, a 组织机构 part whose items only name the activity's organisers ((一)主办单位:…), and an 一、 section
with one paragraph closed by its own clause beside sections with 1. items, and the parts that frame no task (三、预期
政策效果; (一)具体细则 under a restated article). Inline texts in both scripts and both
punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, family_params, run

# (measure number as written, label, responsible units as written) of each measure found on a page
Found = tuple[str, str, list[str]]

_NEWS = "某市2025年民生实事确定\n\n  1月18日,记者从市人大会议上获悉,今年市政府10件民生实事正式确定。\n\n  "

_ACTIVITY = (
    "某区消费券发放工作方案\n一、活动时间\n2025年3月1日至3月31日\n二、组织机构\n"
    "(一)主办单位:某区人民政府\n(二)承办单位:某区商务委员会\n(三)参与单位:相关区级部门,各镇街\n"
    "三、具体安排\n(一)服务平台\n区商务委通过公开征集确定金融服务平台。\n(二)经费安排\n区财政安排资金100万元。\n"
)

_SUMMIT = "某省2025年数字经济工作要点\n\n  一、实施数字峰会提升行动\n\n  办好数字建设峰会,引进一批优质项目。"

FAMILIES: dict[str, list[tuple[str, list[Found]]]] = {
    "a_paragraph_runs_its_tasks_by_ordinal_words": [
        (
            _NEWS + "市政府10件民生实事具体为:一是稳定和扩大就业,城镇新增就业5万人以上。二是深化养老服务,新建"
            "社区养老服务站30个;开展适老化改造。三是实施校园食品安全工程,对学校食堂开展常态化监管。\n",
            [
                ("一是", "稳定和扩大就业,城镇新增就业5万人以上", []),
                ("二是", "深化养老服务,新建社区养老服务站30个;开展适老化改造", []),
                ("三是", "实施校园食品安全工程,对学校食堂开展常态化监管", []),
            ],
        ),
        # a run out of order never starts; a paragraph reporting progress assigns nothing
        (_NEWS + "具体为:二是新增就业5万人。三是新建养老服务站30个。\n", []),
        (_NEWS + "今年以来,一是新增就业5万人。二是新建社区养老服务站30个。\n", []),
    ],
    "an_upper_heading_that_lost_its_numeral": [
        (
            "某局2025年工作要点\n\n一、总体思路\n\n做好全年工作意义重大,要坚持稳中求进。\n\n、重点工作\n\n"
            "(一)做好产业规划布局\n\n统筹推进新型工业化,编制专项规划。\n\n"
            "(二)促进工业经济平稳运行\n\n全力实现一季度开门红,抓好重点企业服务。\n",
            [
                ("(一)", "做好产业规划布局\n\n统筹推进新型工业化,编制专项规划", []),
                ("(二)", "促进工业经济平稳运行\n\n全力实现一季度开门红,抓好重点企业服务", []),
            ],
        ),
    ],
    "items_naming_the_organisers_are_no_tasks": [
        (
            _ACTIVITY,
            [
                # the body opening the item's sentence with its act is its unit (h22x; the label stops before it)
                ("(一)", "服务平台", ["区商务委"]),
                ("(二)", "经费安排", ["区财政"]),
            ],
        ),
    ],
    "a_part_forecasting_the_plans_effects_is_no_task": [
        (
            "一、资金规模\n本次专项资金总额为800万元,用于消费券发放。\n"
            "二、预期政策效果\n通过专项资金投入,预期实现以下目标:扩大节日消费规模。\n",
            [("一", "资金规模\n本次专项资金总额为800万元,用于消费券发放", [])],
        ),
    ],
    "the_detailed_rules_under_a_restated_article_are_its_own": [
        (
            "一、优化产业布局\n1.依托数据中心集群,高标准建设数字产业园,享受相应支持政策。\n"
            "(一)具体细则\n经省数据管理局依据认定管理办法认定的园区,按规定给予支持。\n",
            [("1", "依托数据中心集群,高标准建设数字产业园,享受相应支持政策", [])],
        ),
    ],
    "a_section_with_one_paragraph_and_its_own_clause_beside_items": [
        (
            _SUMMIT + "(责任单位:省发改委、省数据管理局)\n\n  二、实施数字基础能力提升行动\n\n"
            "  1.提升网络基础设施能力。新建5G基站1万个以上。(责任单位:省通信管理局)\n",
            [
                (
                    "一",
                    "实施数字峰会提升行动\n\n  办好数字建设峰会,引进一批优质项目",
                    ["省发改委", "省数据管理局"],
                ),
                ("1", "提升网络基础设施能力", ["省通信管理局"]),
            ],
        ),
        # without a clause of its own the section frames its paragraph: the items alone
        (
            _SUMMIT + "\n\n  二、实施数字基础能力提升行动\n\n"
            "  1.提升网络基础设施能力。新建5G基站1万个以上。(责任单位:省通信管理局)\n",
            [("1", "提升网络基础设施能力", ["省通信管理局"])],
        ),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_r22_layouts(variant: Callable[[str], str], text: str, want: list[Found]) -> None:
    doc = run(variant(text))
    got = [(m.number, m.label, [u.surface for u in m.responsible]) for m in doc.measures]
    assert got == [(n, variant(label), [variant(u) for u in units]) for n, label, units in want]
