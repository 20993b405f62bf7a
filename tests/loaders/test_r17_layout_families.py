"""Round 17's layout families (mirror and repost pages), in Simplified and Traditional script."""

from __future__ import annotations

import pytest

from policykg.loaders.normalize import fold
from tests.loaders.test_responsibility import IDS, VARIANTS, keys, names, run


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_body_ending_cut_by_a_blank_joins_its_pieces(variant) -> None:  # type: ignore[no-untyped-def]
    """伏羲 山管委 会: a body ending (管委会) running across a blank is one name; a blank between two whole names
    (市住建局 各区) or before a person splits them as before."""
    doc = run(
        variant(
            "一、重点任务\n1.推进项目建设。\n    责任单位: 市发展改革委、住建局, 各乡镇政府 、伏羲 山管委 会\n"
            "2.加强宣传。\n    责任单位: 市财政局 、资源规划 局\n"
        )
    )
    one, two = doc.measures
    assert names(one.responsible) == keys(
        [variant(u) for u in ["市发展改革委", "住建局", "各乡镇政府", "伏羲山管委会"]]
    )
    assert names(two.responsible) == keys([variant(u) for u in ["市财政局", "资源规划局"]])


_LEADER_TABLE = (
    "2021年重大民生实事项目目标任务责任分解表\n"
    "序号项目名称主要内容区政府分管领导牵头单位配合单位\n"
    "1增加教育资源供给实施新建学校重点建设项目12个,计划竣工3个。何海平教育局经开区高新园(邹区镇)各街道市国有公司\n"
    "2老城厢复兴发展完成纪念馆整体提升工程。何海平文体旅局晋陵公司轨道公司推进核心区改造、老城厢道路整治。"
    "芮春祥住建局五星街道荷花池街道\n"
    "3优化养老服务为全区23000名老年人提供居家上门服务。张菁民政局各街道提升改造8家社区居家养老服务中心。\n"
)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_leader_name_running_into_the_units_of_a_run_together_row(variant) -> None:  # type: ignore[no-untyped-def]
    """序号项目名称主要内容区政府分管领导牵头单位配合单位 / 1…。何海平教育局经开区…: the leader's name (two or three
    characters) is read past; the first body is the lead, the names run together after it the support; a row of
    two sub-rows has two leads; the units may stand between the row's sentences."""
    one, two, three = run(variant(_LEADER_TABLE)).measures
    assert names(one.responsible) == keys(
        [variant(u) for u in ["教育局", "经开区", "高新园(邹区镇)", "各街道", "市国有公司"]]
    )
    assert names(one.lead) == keys([variant("教育局")])
    assert names(two.lead) == keys([variant(u) for u in ["文体旅局", "住建局"]])
    assert set(names(two.responsible)) == set(
        keys([variant(u) for u in ["文体旅局", "晋陵公司", "轨道公司", "住建局", "五星街道", "荷花池街道"]])
    )
    assert names(three.lead) == keys([variant("民政局")])
    assert names(three.responsible) == keys([variant(u) for u in ["民政局", "各街道"]])


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_page_opening_inside_an_item_keeps_its_tail(variant) -> None:  # type: ignore[no-untyped-def]
    """A page that opens inside item (三) (its number on the previous page): the paragraph before the first item
    (四), closed by its own clause, is an unnumbered measure with that clause's units; the page's running header
    set apart by a blank line is no part of it."""
    doc = run(
        variant(
            "2023年3月 第1期    健康中国行动2023年工作要点    3\n\n"
            "范意识和防护能力。(国家卫生健康委、国家疾控局按职责分工负责)\n\n"
            "(四)持续推进宣讲员队伍建设。(健康中国行动推进办负责)\n\n"
            "(五)开展科普活动。(中国科协负责)\n"
        )
    )
    head, four, five = doc.measures
    assert head.number == "" and head.label.startswith(variant("范意识"))
    assert names(head.responsible) == keys([variant(u) for u in ["国家卫生健康委", "国家疾控局"]])
    assert fold(four.number) == "(四)" and names(four.responsible) == keys([variant("健康中国行动推进办")])


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_page_opening_at_its_first_item_has_no_tail(variant) -> None:  # type: ignore[no-untyped-def]
    """The first item is the first of its series ((一)), or the paragraph before it has no clause of its own: the
    paragraph is the page's lead, no measure."""
    first = run(
        variant(
            "为做好工作,制定本方案。(市发展改革委负责)\n\n(一)推进宣讲。(市卫健委负责)\n\n(二)开展科普。(市科协负责)\n"
        )
    )
    assert [fold(m.number) for m in first.measures] == ["(一)", "(二)"]
    later = run(variant("范意识和防护能力。\n\n(四)推进宣讲。(市卫健委负责)\n\n(五)开展科普。(市科协负责)\n"))
    assert [fold(m.number) for m in later.measures] == ["(四)", "(五)"]
