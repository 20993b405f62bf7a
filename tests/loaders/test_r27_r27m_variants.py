"""Round 27's measure and metadata families (h27m) widened to the variants other cities write (issue 11; r27m).

- A counted motto quoted in single quotes (‘三个到位’) and a motto whose word opens each title (“六个坚持”: 坚持规划
  引领。), even where the title names a requirement heading (“五个强化”: 强化组织领导。 / “三到位”: 组织领导到位。).
- A principle article with the field it governs and a modal before the verb, 方针 or a bare 原则 after the list, one
  more principle after a comma (安全生产工作应当坚持安全第一、预防为主、综合治理的方针。): no measure.
- Topic paragraphs closed by a colon (在数字产业化方面:加快…) and carried by the run-ins 与此同时 / 其次 / 最后.
- Dotted clauses numbered with a 、 (3.1、…) or with their words run on after the number (3.1市应急管理局…) where
  each number follows the one before (3.1 → 3.2 → 3.3); figures opening lines (1.5亿元 / 2.0版) stay none.
- A titled paragraph handing over its ordinal tasks after a colon (明确任务:一是扩大…;二是提升…).
- A repost's lead with an aside before the body (经市政府同意, / 记者从…获悉,), two bodies joined by 联合, or the
  verb after 制定 (市政府制定出台了《…》): the issuer is the (first) body.
- A plan's schedule table (序号 | 工程名称 | 2023—2024年 | 2025年 | 2026—2027年) with no unit column: each row a
  measure, the period cells its text.

Inline texts in both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from policykg.loaders.normalize import match_text, name_key
from tests.loaders.inline import IDS, VARIANTS, family_params, meta_field, run

MEASURE_FAMILIES: dict[str, list[tuple[str, list[tuple[str, str]]]]] = {
    "motto_variants": [
        (
            "某县召开会议,要求做到‘三个到位’。\n思想认识到位。各乡镇要把防汛工作摆在突出位置。\n"
            "责任落实到位。严格落实防汛责任制,明确责任人。\n",
            [("", "思想认识到位"), ("", "责任落实到位")],
        ),
        (
            "某县“六个坚持”推进乡村振兴。\n坚持规划引领。编制村庄规划。\n坚持产业支撑。培育特色产业。\n"
            "坚持生态优先。开展人居环境整治。\n",
            [("", "坚持规划引领"), ("", "坚持产业支撑"), ("", "坚持生态优先")],
        ),
        (
            "某县以“五个强化”推进安全生产。\n强化组织领导。成立工作专班。\n强化隐患排查。开展拉网式排查。\n",
            [("", "强化组织领导"), ("", "强化隐患排查")],
        ),
        (
            "我县“三到位”部署防汛工作。\n组织领导到位。成立防汛指挥部。\n物资保障到位。储备防汛物资。\n",
            [("", "组织领导到位"), ("", "物资保障到位")],
        ),
    ],
    # titles neither closed nor opened by the motto's word: no such list
    "titles_without_the_mottos_word_are_none": [
        (
            "某县以“五个强化”推进安全生产。\n加强组织领导。成立工作专班。\n深化隐患排查。开展拉网式排查。\n",
            [],
        ),
    ],
    "principle_articles_written_otherwise_frame_the_document": [
        (
            "某县安全生产责任制办法\n第一条 为落实安全生产责任,特制定如下规定。\n"
            "第二条 安全生产工作应当坚持安全第一、预防为主、综合治理的方针。\n"
            "第三条 县应急管理局负责全县安全生产综合监督管理。\n第四条 各乡镇人民政府负责本辖区安全生产工作。\n",
            [("第三条", "县应急管理局负责"), ("第四条", "各乡镇人民政府负责")],
        ),
        (
            "某县安全生产责任制办法\n第一条 为落实安全生产责任,制定本办法。\n"
            "第二条 安全生产工作遵循以人为本、安全发展原则。\n"
            "第三条 县应急管理局负责全县安全生产综合监督管理。\n第四条 各乡镇人民政府负责本辖区安全生产工作。\n",
            [("第三条", "县应急管理局负责"), ("第四条", "各乡镇人民政府负责")],
        ),
        (
            "某县安全生产责任制办法\n第一章 总则\n第一条 为落实安全生产责任,制定本办法。\n"
            "第二条 坚持党政同责、一岗双责、齐抓共管、失职追责,坚持管行业必须管安全。\n"
            "第二章 部门职责\n"
            "第三条 县应急管理局负责全县安全生产综合监督管理。\n第四条 各乡镇人民政府负责本辖区安全生产工作。\n",
            [("第三条", "县应急管理局负责"), ("第四条", "各乡镇人民政府负责")],
        ),
    ],
    # a body that holds to a list in its duty article acts: it stays a measure
    "a_bodys_duty_article_stays_a_measure": [
        (
            "某县安全生产责任制办法\n第一条 为落实安全生产责任,制定本办法。\n"
            "第二条 县应急管理局应当坚持每月检查、每季通报、年终考核。\n"
            "第三条 各乡镇人民政府负责本辖区安全生产工作。\n",
            [("第二条", "县应急管理局应当坚持"), ("第三条", "各乡镇人民政府负责")],
        ),
    ],
    "topic_paragraphs_written_otherwise": [
        (
            "某市出台数字经济工作要点。\n在数字产业化方面:加快培育集成电路、软件产业。\n"
            "在产业数字化方面:推动规上工业企业数字化改造。\n",
            [("", "在数字产业化方面"), ("", "在产业数字化方面")],
        ),
        (
            "某市出台数字经济工作要点。\n另外,在数字产业化方面,加快培育集成电路产业。\n"
            "与此同时,在产业数字化方面,推动规上工业企业数字化改造。\n",
            [("", "另外,在数字产业化方面"), ("", "与此同时,在产业数字化方面")],
        ),
    ],
    "dotted_clauses_written_otherwise": [
        (
            "3.1、市应急管理局负责组织协调火灾扑救工作。\n3.2、市公安局负责火灾现场警戒和交通管制。\n"
            "3.3、市卫生健康委负责伤员医疗救治。\n",
            [("3.1", "市应急管理局"), ("3.2", "市公安局"), ("3.3", "市卫生健康委")],
        ),
        (
            "3.1市应急管理局负责组织协调火灾扑救工作。\n3.2市公安局负责火灾现场警戒和交通管制。\n"
            "3.3市卫生健康委负责伤员医疗救治。\n",
            [("3.1", "市应急管理局"), ("3.2", "市公安局"), ("3.3", "市卫生健康委")],
        ),
        (
            "3.6.3.1 当有人员被困时,第一时间展开救援。\n3.6.3.2 正确使用现场水源,保证不间断供水。\n"
            "3.6.3.3 现场指挥部统一调度救援力量。\n",
            [("3.6.3.1", "当有人员被困时"), ("3.6.3.2", "正确使用现场水源"), ("3.6.3.3", "现场指挥部统一")],
        ),
    ],
    # figures run on after their number (1.5亿元 / 2.0版 / 3.5万亩) are out of sequence: no clauses
    "figures_run_on_are_no_clauses": [
        ("某县召开会议。\n1.5亿元用于道路建设。\n2.0版平台上线运行。\n3.5万亩高标准农田完成建设。\n", []),
        ("某县召开会议。\n1.5亿元用于道路建设。\n1.6亿元用于水利建设。\n2.8万亩农田完成建设。\n", []),
    ],
    "ordinal_tasks_handed_over_after_a_colon": [
        (
            "一、指导思想\n坚持绿色发展,加快推进全市油茶产业发展。\n二、主要内容\n"
            "明确任务:一是扩大高产油茶林规模,三年完成新造油茶3万亩;二是提升油茶林产量,力争亩产茶油达15公斤。\n"
            "明确支持政策:一是高标准新造油茶林补助1200元/亩;二是新造示范基地100亩以上的,给予奖励。\n",
            [
                ("一是", "扩大高产油茶林规模"),
                ("二是", "提升油茶林产量"),
                ("一是", "高标准新造油茶林补助"),
                ("二是", "新造示范基地"),
            ],
        ),
    ],
    "schedule_table_by_period": [
        (
            "序号 | 工程名称 | 2023—2024年 | 2025年 | 2026—2027年 |\n"
            "1 | 资源保护工程 | 开展资源收集;制定保护方案。 | 选育品种2~3个。 | 选优1~2个品种。 |\n"
            "2 | 品种优化工程 | 引进一批品种。 | 全市良种率达80%。 | 全市良种率达85%。 |\n",
            [("1", "资源保护工程"), ("2", "品种优化工程")],
        ),
    ],
    # a table of facts by year, no task column: no schedule
    "a_table_of_figures_by_year_is_no_schedule": [
        (
            "序号 | 指标 | 2023年 | 2025年 |\n1 | 地区生产总值 | 300亿元 | 350亿元 |\n2 | 常住人口 | 50万人 | 52万人 |\n",
            [],
        ),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(MEASURE_FAMILIES))
def test_measure_variants(variant: Callable[[str], str], text: str, want: list[tuple[str, str]]) -> None:
    got = [(m.number, m.label) for m in run(variant(text)).measures]
    expect = [(variant(n), variant(label)) for n, label in want]
    assert len(got) == len(expect), got
    for (number, label), (wn, wl) in zip(got, expect, strict=True):
        assert match_text(number) == match_text(wn) and match_text(label).startswith(match_text(wl)), (
            number,
            label,
        )


_LEADS = [
    ("近日,经市政府同意,市政府办公室印发《某市促进消费若干措施》,明确了10条措施。\n", "市政府办公室"),
    (
        "5月6日,记者从市发展改革委获悉,市政府办公室印发《某市促进消费若干措施》,明确了10条措施。\n",
        "市政府办公室",
    ),
    ("近日,省发展改革委联合省财政厅印发《某省节能降碳行动方案》,提出了目标任务。\n", "省发展改革委"),
    ("近日,市政府制定出台了《某市促进消费若干措施》,明确了10条措施。\n", "市政府"),
]


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "issuer"), _LEADS)
def test_a_leads_issuer_written_otherwise(convert, text, issuer) -> None:  # type: ignore[no-untyped-def]
    got = meta_field(run(convert(text)), "issuer")
    assert got is not None and name_key(match_text(got)) == name_key(match_text(convert(issuer)))
