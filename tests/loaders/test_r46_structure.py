"""Round 46 structure: a requirement item that is one sentence charging a named body by its modal (三、保障措施 /
(二)市发改委要做好…。) is a measure, as the same item with a title before it is (heldout132 fx03); a covering
notice's own one-sentence requirements stay text. Both scripts, both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, assert_measures, measure_numbers, run


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_one_sentence_requirement_charging_a_named_body(variant: Callable[[str], str]) -> None:
    text = (
        "三、保障措施\n(一)加强领导。各地要加强领导。\n(二)市发改委要做好全市重点项目的协调调度工作。\n"
        "(三)强化宣传。市委宣传部负责。\n(四)加强督查考核。\n"
    )
    want = [
        ("(一)", "加强领导", ["各地"], []),
        ("(二)", "市发改委要做好全市", ["市发改委"], []),
        ("(三)", "强化宣传", ["市委宣传部"], []),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_covering_notices_one_sentence_requirements_stay_text(variant: Callable[[str], str]) -> None:
    text = (
        "各区人民政府,市政府各部门:\n现将《2023年重点工作分解方案》印发给你们,并就有关事项通知如下:\n"
        "一、各责任单位要高度重视,切实加强领导。\n二、区绩效考评机构要将重点工作纳入年度考评。\n"
        "2023年重点工作分解方案\n一、经济发展\n1.地区生产总值增长6%。(责任单位:市发改委)\n"
    )
    doc = run(variant(text))
    assert measure_numbers(doc) == ["1"], [m.label for m in doc.measures]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_portals_credits_with_its_visit_counters_are_furniture(variant: Callable[[str], str]) -> None:
    text = (
        "我省今年投亿元专项资金扶持体育产业\n3月8日从省体育局获悉,2017年度省级体育产业发展专项资金申报启动。\n"
        "省体育局和省财政厅将组织专家评审和实地考察。\n"
        "地址:常州市龙城大道1280号1号楼 邮编:213003\n"
        "主办单位:中共常州市委组织部 承办:中共常州市委组织部 总访问量: 当日访问量:\n"
    )
    doc = run(variant(text))
    assert not any(variant("组织部") in r.surface for m in doc.measures for r in m.responsible), [
        m.label for m in doc.measures
    ]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_the_names_numbered_under_a_lists_groups_are_no_measures(variant: Callable[[str], str]) -> None:
    text = (
        "科技部关于开展第二批创新型县(市)建设工作的通知\n各有关省、自治区、直辖市科技厅:\n"
        "确定河北省黄骅市等92个县(市)为第二批创新型县(市)建设县(市)。现就有关事项通知如下。\n"
        "一、各有关地方省级科技管理部门要加强对创新型县(市)建设的统筹推动和督促指导。\n"
        "二、创新型县(市)建设周期为3年,建设期结束后将开展评估验收。\n科技部\n2023年5月10日\n"
        "第二批创新型县(市)建设名单\n一、东部地区(37个)\n1.河北省黄骅市\n2.河北省玉田县\n3.河北省曲周县\n"
        "二、中部地区(25个)\n1.山西省孝义市\n2.山西省高平市\n"
    )
    doc = run(variant(text))
    assert measure_numbers(doc) == ["一", "二"], [m.label for m in doc.measures]
