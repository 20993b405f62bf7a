"""Measures of round 31, written as families: an article that only frames a regulation by its scope written after
the bodies it covers (…承办人大代表建议和政协提案,适用本规定。), its purpose in an article of its own (本办法旨在鼓励…)
or who may claim it (…均可享受本优惠政策。), its words wrapped over lines where the page's spaces became line breaks,
is no measure; on a page with no numbered items, the paragraphs after a line handing over to the plan's contents
(在推动工业领域设备更新方面,《方案》提出:) that each open with a task's title sentence (推进技术改造和设备升级。聚焦…), or
stand under that title alone on its line, up to the page's end or the next handing-over line (以下是全文:). Inline texts in both scripts and both punctuations; each family with a negative case."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, assert_measures, family_params

# Each family's cases: a page and its measures (number, label opening, units, leads).
FAMILIES: dict[str, list[tuple[str, list[tuple[str, str, list[str], list[str]]]]]] = {
    "scope_and_purpose_articles": [
        # the scope after the bodies it covers
        (
            "某市人民政府办理人大代表建议和政协提案规定\n"
            "第一条 为做好承办工作,根据有关法律法规,结合本市实际,制定本规定。\n"
            "第二条 本规定所称建议,是指人大代表提出的书面意见。\n"
            "第三条 本市行政区域内各级人民政府及其所属部门、单位承办人大代表建议和政协提案,适用本规定。\n"
            "第四条 市政府办公室负责建议和提案的交办工作。\n"
            "第五条 承办单位应当在收到建议和提案之日起三个月内办理完毕。\n",
            [
                ("第四条", "市政府办公室负责建", ["市政府办公室"], []),
                ("第五条", "承办单位应当在收到", ["承办单位"], []),
            ],
        ),
        # the purpose in an article of its own, the rules run on in one line
        (
            "某县招商引资优惠办法\n"
            "第一条 为加快经济发展,结合我县实际,制定本办法。第二条 本办法适用于来我县投资的县外投资者。"
            "第三条 本办法旨在鼓励传统产业转型升级,提高经济发展质量和效益。"
            "第四条 固定资产投资额1000万元以上的项目,按其投资额的1%给予奖励。"
            "第五条 新引进的规模以上工业企业,给予一次性奖励10万元。\n",
            [
                ("第四条", "固定资产投资额10", [], []),
                ("第五条", "新引进的规模以上工", [], []),
            ],
        ),
        # who may claim the policy, the marker alone on its line and the article's words wrapped
        (
            "某县投资优惠政策\n"
            "为促进经济发展,结合我县实际,特制定本优惠政策:\n"
            "第一条\n"
            "凡到我县投资新办企业且符合国家产业政策的,除全面享受国家、省税收优\n"
            "惠政策外,均可享受本优惠政策。\n"
            "第二条\n"
            "固定资产投资规模在500万元以上的加工企业,按缴纳地方税收总额的50%给予\n"
            "奖励。\n"
            "第三条\n"
            "新办企业用地,按工业用地最低价出让。\n",
            [
                ("第二条", "固定资产投资规模在", [], []),
                ("第三条", "新办企业用地,按工", [], []),
            ],
        ),
        # an article that acts, naming a policy to claim and what it applies to, stays a measure
        (
            "某县投资优惠政策\n"
            "第一条 为促进经济发展,结合我县实际,制定本政策。\n"
            "第二条 县商务局负责受理企业申请,符合条件的按规定兑现奖励。\n"
            "第三条 县财政局负责奖励资金的拨付,及时足额兑现到位。\n",
            [
                ("第二条", "县商务局负责受理企", ["县商务局"], []),
                ("第三条", "县财政局负责奖励资", ["县财政局"], []),
            ],
        ),
    ],
    "titled_paragraphs_after_a_handing_over_colon": [
        # the colon line run on into the first task's paragraph, the title with a comma in it
        (
            "为全面做好设备更新工作,区政府办公室印发《大规模设备更新实施方案》。\n"
            "《方案》围绕重点领域明确23项重点工作任务。\n"
            "在聚焦产业升级,实施工业技改焕新行动方面:\n"
            "迭新跃进,推动高端化升级。锚定强工兴产目标,围绕建材、轻工等行业实施一批技改项目。\n"
            "数智赋能,实施智能化改造。加快工业互联网建设和应用,推广智能制造新模式。\n",
            [("", "迭新跃进,推动高端", [], []), ("", "数智赋能,实施智能", [], [])],
        ),
        # titles alone on their lines over their paragraphs, the run closed by the next handing-over line
        (
            "某区印发交通强国建设2024年工作要点\n"
            "要点第十一个方面为“提升智慧交通发展水平”:\n"
            "推进交通基础设施数字化转型。\n"
            "促进大数据、人工智能等与交通运输深度融合,扩大智慧工地一体化监管覆盖面。\n"
            "加强科技合作与成果应用。\n"
            "依托专家智库等优势资源,加强科技创新平台共建。\n"
            "以下是全文:\n",
            [("", "推进交通基础设施数", [], []), ("", "加强科技合作与成果", [], [])],
        ),
        # a paragraph with no title among them: no such run (the list is of another kind)
        (
            "近日,市政府办公室印发《2025年民生实事项目》。\n"
            "民生实事具体如下:\n"
            "交通安全管理能力提升。实施一批道路安全整治工程,完善交通监控设施。\n"
            "为年满18周岁的困难青年发放一次性生活补助,帮助其顺利就业。\n",
            [],
        ),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_round31_measure_families(
    variant: Callable[[str], str], text: str, want: list[tuple[str, str, list[str], list[str]]]
) -> None:
    assert_measures(text, want, variant)
