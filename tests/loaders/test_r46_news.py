"""Round 46 news: a speaker's demand made at a place (在连麦镇农产品展示区,黎晓华要求镇一级要…) and a speaker's
run-in closing its own line, the charged bodies opening the next paragraph (黎晓华要求 / 各镇(乡)要…: heldout137 gc04).
Both scripts, both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, run

NEWS = (
    "9月30日晚,县委书记黎晓华一行到节会主会场检查指导工作。\n"
    "黎晓华一行还到各镇特色产品展示区,与乡镇负责人详细交谈。在连麦镇农产品展示区,黎晓华要求连麦镇要打开市场销售渠道,"
    "与酒店餐馆签订供货协议。\n"
    "黎晓华要求\n\n各镇(乡)要进一步结合自身特色整合土地,规模化种植,同时加大宣传力度。\n"
)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_speakers_demand_at_a_place_and_after_a_run_in_line(variant: Callable[[str], str]) -> None:
    doc = run(variant(NEWS))
    labels = [m.label for m in doc.measures]
    assert len(labels) == 2, labels
    assert labels[0].startswith(variant("连麦镇要打开")) and labels[1].startswith(
        variant("各镇(乡)要进一步")
    ), labels
    assert [r.surface for r in doc.measures[0].responsible] == [variant("连麦镇")], labels
    assert [r.surface for r in doc.measures[1].responsible] == [variant("各镇(乡)")], labels


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_run_in_line_before_no_charged_body_is_no_demand(variant: Callable[[str], str]) -> None:
    text = "9月30日晚,县委书记黎晓华一行到节会主会场检查指导工作。\n黎晓华要求\n\n进一步提高认识,加强统筹协调。\n"
    doc = run(variant(text))
    assert [m.label for m in doc.measures] == [], [m.label for m in doc.measures]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_lead_paragraphs_closing_charge_is_the_doer_of_its_points(variant: Callable[[str], str]) -> None:
    text = (
        "农业农村部8日透露,中央即将下发种业振兴行动方案。\n"
        "该行动方案明确了种业振兴的总目标。对此,各地农业农村部门要抓紧部署实施。\n"
        "一要全面加强种质资源保护利用,进一步加大资源普查力度。\n"
        "二要扶持优势种业企业发展,建立健全商业化育种体系。\n"
    )
    doc = run(variant(text))
    got = [[r.surface for r in m.responsible] for m in doc.measures]
    assert got == [[variant("各地农业农村部门")]] * 2, got


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_lead_paragraph_closing_on_a_view_charges_no_points(variant: Callable[[str], str]) -> None:
    text = (
        "农业农村部8日透露,中央即将下发种业振兴行动方案。\n"
        "该行动方案明确了种业振兴的总目标,意义重大。\n"
        "一要全面加强种质资源保护利用,进一步加大资源普查力度。\n"
        "二要扶持优势种业企业发展,建立健全商业化育种体系。\n"
    )
    doc = run(variant(text))
    assert [[r.surface for r in m.responsible] for m in doc.measures] == [[], []]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_named_speakers_demand_after_the_moment_it_is_made(variant: Callable[[str], str]) -> None:
    text = (
        "10月25日下午,建安区区长高雁带领区城管局等单位负责人调研文明城市创建工作。\n"
        "在实地查看并认真听取相关负责人工作开展情况汇报,并详细了解当前工作中存在的困难和问题后,高雁要求,"
        "区交警大队要进一步提高道路交通管理水平,加大整治力度。区文明办要对各单位创文工作进行专项督查。\n"
    )
    doc = run(variant(text))
    got = [[r.surface for r in m.responsible] for m in doc.measures]
    assert got == [[variant("区交警大队")], [variant("区文明办")]], got


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_stranger_demanding_after_a_moment_is_no_speaker(variant: Callable[[str], str]) -> None:
    text = (
        "10月25日下午,建安区区长高雁调研文明城市创建工作。\n"
        "在走访中了解到情况后,居民代表要求,区交警大队要加强道路交通管理。\n"
    )
    doc = run(variant(text))
    assert [m.label for m in doc.measures] == [], [m.label for m in doc.measures]
