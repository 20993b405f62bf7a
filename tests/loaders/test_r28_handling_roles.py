"""Responsible units of round 28: the roles of a handling rule (督办 work systems, 建议提案 办理 rules) charged as
the acting bodies of its steps (承办单位要…, 督办单位对…要…, 各办理单位在5个工作日内…, 由牵头部门负责报告,
主办单位和协办单位要…), a unit even when charged alone, unlike a task list's bare 牵头部门要加强协调. Inline texts in
both scripts and both punctuations. Also the collectives its blind parts missed: the grassroots committees as a
whole (各村委会要…, 各村(居)要…), the level and kind of one collective written with a comma (各级、各有关部门要…), and
the addressees opening an item's text after its title and a blank (…防火责任 各级各有关部门要…), the same office of
every division (各县(市)区老龄办要…); and what only ends like a body (决策部署, 干部) is none."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, family_params, run

PAGE_FAMILIES: dict[str, list[tuple[str, list[list[str]]]]] = {
    "a_handling_role_charged_alone_with_a_modal": [
        (
            "一、办理程序\n(一)反馈结果。承办单位要按督办通知要求,在规定时限内书面报告办理结果。\n"
            "(二)登记。收文后及时登记。\n",
            [["承办单位"], []],
        ),
        (
            "一、办理程序\n(一)承办。各承办单位要高度重视建议提案承办工作;具体承办处室要进一步明确办理责任。\n"
            "(二)登记。收文后及时登记。\n",
            [["各承办单位", "具体承办处室"], []],
        ),
        (
            "一、办理程序\n(一)审结。督办单位对拟办结的督办事项要严格审核把关。\n(二)登记。收文后及时登记。\n",
            [["督办单位"], []],
        ),
    ],
    "a_handling_role_acting_within_a_window_or_on_a_paper": [
        (
            "一、督查程序\n(一)会议事项。自会议决定之日起,各办理单位在5个工作日内报告落实情况。\n"
            "(二)批示事项。承办单位按照批示和交办要求及时办理。\n",
            [["各办理单位"], ["承办单位"]],
        ),
    ],
    "handling_roles_joined_and_a_step_handed_to_a_role": [
        (
            "一、办理程序\n(一)主办和协办。主办单位和协办单位要加强沟通。\n(二)登记。收文后及时登记。\n",
            [["主办单位", "协办单位"], []],
        ),
        (
            "一、办理程序\n(一)反馈结果。承办单位要按时报告办理结果;联合办理的事项,由牵头部门负责报告。\n"
            "(二)登记。收文后及时登记。\n",
            [["承办单位", "牵头部门"], []],
        ),
    ],
    "no_handling_role_charged": [
        # a task list's bare lead role charged alone names a role, no body; a role as a possessive acts for nobody
        (
            "一、办理程序\n(一)反馈结果。联合办理的事项,由牵头部门负责报告。\n(二)签发。由承办单位的负责人签发答复。\n",
            [[], []],
        ),
        # a role as the object of a step (下达至承办单位) is handed the paper, not charged here
        (
            "一、办理程序\n(一)交办。督查事项以书面材料下达至承办单位。\n(二)登记。收文后及时登记。\n",
            [[], []],
        ),
    ],
    # the collectives of round 28: the grassroots committees as a whole, the level and kind written with a comma
    "a_collective_of_grassroots_committees_charged": [
        (
            "一、活动内容\n(一)开展宣传。敬老月期间,各村委会要精心部署,开展宣传活动。\n"
            "(二)开展慰问。敬老月期间,各村(居)要走访慰问老人。\n",
            [["各村委会"], ["各村(居)"]],
        ),
        (
            "一、活动内容\n(一)开展宣传。各社区要精心部署,开展宣传活动。\n(二)开展慰问。各村支部要走访慰问老人。\n",
            [["各社区"], ["各村支部"]],
        ),
        # one village, or villagers, are no collective of committees
        (
            "一、活动内容\n(一)开展宣传。各村民要积极参与宣传活动。\n(二)开展慰问。各村小组长要走访慰问老人。\n",
            [[], []],
        ),
    ],
    "the_level_and_kind_of_one_collective_written_with_a_comma": [
        (
            "一、各级、各有关部门要加强组织领导。\n二、各级、各部门要加强督促检查。\n三、市邮政管理局要加强督促检查。\n",
            [["各级、各有关部门"], ["各级、各部门"], ["市邮政管理局"]],
        ),
        # the addressees by area and by kind are two collectives (9 measures : 1 in the corpus' gold)
        (
            "一、各地、各部门要加强组织领导。\n二、市邮政管理局要加强督促检查。\n",
            [["各地", "各部门"], ["市邮政管理局"]],
        ),
    ],
    "the_same_office_of_every_division_of_some_levels": [
        (
            "一、活动内容\n(一)社区活动。敬老月期间,各县(市)区老龄办要以社区为单位开展活动。\n"
            "(二)发放。各乡镇财政所要及时发放补贴。\n(三)宣传。各县区民政局要加强宣传。\n",
            [["各县(市)区老龄办"], ["各乡镇财政所"], ["各县区民政局"]],
        ),
        # firms and officials of the places are no office; the places' governments are the collective of places
        (
            "一、活动内容\n(一)宣传。各乡镇企业要加强宣传。\n(二)宣传。各乡镇干部要加强宣传。\n"
            "(三)宣传。各镇人民政府要加强宣传。\n",
            [[], [], ["各镇人民政府"]],
        ),
    ],
    # a task ending like a body (决策部署 like 审计署) is none
    "no_task_read_as_a_body": [
        (
            "一、区委、政府重大决策部署落实情况,市区重点项目进展情况,每月5日前上报。\n"
            "二、县政府安排的其他事项,每季度末前上报。\n",
            [[], ["县政府"]],
        ),
    ],
    "addressees_opening_the_text_after_a_title_and_a_blank": [
        (
            "二、齐抓共管,层层落实防火责任 各级各有关部门要认真落实防火责任制。一是县财政局要将经费纳入预算。\n",
            [["各级各有关部门", "县财政局"]],
        ),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(PAGE_FAMILIES))
def test_round28_charged_families(variant: Callable[[str], str], text: str, want: list[list[str]]) -> None:
    doc = run(variant(text))
    got = [[u.surface for u in m.responsible] for m in doc.measures]
    assert got == [[variant(w) for w in units] for units in want]
