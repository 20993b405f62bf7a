"""Round 34 (heldout58 dc04, heldout53 cu05): a section's opening paragraph whose later sentence (or a sentence
after its frame, 按照…的原则,) hands the section to bodies (…年底考核排名。由县招商办牵头县财政局、县审计局等有关单位,
对…核定到位资金。 / 按照“属地管理,条块结合”的原则,由县市区政府负责,街道办组织,社区居委会落实,…,相关部门密切配合,
明确管理职责。) covers the numbered items below it: each carries those bodies, the one that leads as the lead, the
first partner glued to 牵头 a unit of its own. A sentence handing over only a share of the section's text (…,由县财政局
负责资金保障,并…) with no partners or chain, or a paragraph with no items below, covers nothing. Both scripts, both
punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from policykg.loaders.normalize import match_text
from tests.loaders.inline import IDS, VARIANTS, assert_measures, run, units_match

EXAM = (
    "一、考核细则\n招商引资工作实行每季度一讲评,年底考核排名。由县招商引资工作领导小组办公室牵头高新技术产业园区、"
    "县财政局、县审计局等有关单位,对符合考核方案要求的项目核定到位资金。\n"
    "1.工业项目。固定资产投资1000万元以上。\n2.商贸项目。投资额500万元以上。\n"
)
OFFICE = "县招商引资工作领导小组办公室"
PARTNERS = [OFFICE, "高新技术产业园区", "县财政局", "县审计局"]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_later_sentence_hands_the_section_to_its_lead_and_partners(variant: Callable[[str], str]) -> None:
    want = [("1", "工业项目", PARTNERS, [OFFICE]), ("2", "商贸项目", PARTNERS, [OFFICE])]
    assert_measures(EXAM, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_chain_after_its_frame_covers_the_sections_items(variant: Callable[[str], str]) -> None:
    text = (
        "二、理顺物业管理体制\n按照“属地管理,条块结合”的原则,由县市区政府负责,街道办组织,社区居委会落实,"
        "物业行政主管部门指导监督,相关部门密切配合,明确管理职责。\n"
        "(一)落实属地责任。县市区政府对本辖区物业管理工作负总责。\n(二)提升服务质量。推动物业企业开展星级评定。\n"
    )
    units = ["县市区政府", "街道办", "社区居委会", "物业行政主管部门", "相关部门"]
    doc = run(variant(text))
    assert [match_text(m.number) for m in doc.measures] == ["(一)", "(二)"]
    for m in doc.measures:
        assert units_match(doc, m.responsible, units), [r.surface for r in m.responsible]
        assert [match_text(r.surface) for r in m.lead] == ["县市区政府"]  # the 负责 before the shares leads


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_share_handed_inside_the_sections_text_covers_nothing(variant: Callable[[str], str]) -> None:
    text = (
        "三、重点任务\n各项工作要统筹推进。同时,由县财政局负责资金保障,并做好资金监管。\n"
        "(一)提升服务质量。推动物业企业开展星级评定。\n(二)推进老旧小区改造。完成改造小区20个。\n"
    )
    want = [("(一)", "提升服务质量", [], []), ("(二)", "推进老旧小区改造", [], [])]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_handover_leaves_items_with_their_own_bodies_alone(variant: Callable[[str], str]) -> None:
    """Round 34's review: the items naming their own bodies keep them alone."""
    text = (
        "一、重点任务\n按照县委部署要求,由县督查室牵头县委办、县政府办等单位,每季度开展一次专项督查。\n"
        "(一)推进改厕。完成改厕1000户。(责任单位:各乡镇)\n(二)整治村容。开展清洁行动。\n"
    )
    want = [
        ("(一)", "推进改厕", ["各乡镇"], []),
        ("(二)", "整治村容", ["县督查室", "县委办", "县政府办"], ["县督查室"]),
    ]
    assert_measures(text, want, variant)
