"""Round 17's layout families (mirror and repost pages), in Simplified and Traditional script."""

from __future__ import annotations

import pytest

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
