"""Responsible units of round 28, widened to the variants other cities write (issue 11): national bodies named bare
(审计署负责…, 海关总署要…), though not the approval an award turns on (经商务部审批) nor a digest's issuers
(商务部等:印发…); a sector list at its levels right after its item's ordinal and with any duty modal (一、各级政法、
教育部门应…); the divisions concerned as a collective (有关县(市)、区政府), their shared government kept whole before a
join to its own department (…区政府及其水利部门); the bodies a unit invites or convenes in a 由 clause (由A邀请B和C
共同参与). Inline texts in both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, family_params, run

TAIL = "二、市邮政管理局要加强督促检查。\n"

PAGE_FAMILIES: dict[str, list[tuple[str, list[list[str]]]]] = {
    "a_national_body_named_bare": [
        ("一、审计署负责加强审计监督。\n" + TAIL, [["审计署"], ["市邮政管理局"]]),
        ("一、海关总署要加强口岸监管。\n" + TAIL, [["海关总署"], ["市邮政管理局"]]),
        ("一、财政部应加强资金保障。\n二、税务总局负责落实税收优惠。\n", [["财政部"], ["税务总局"]]),
    ],
    "no_national_body_approving_or_issuing": [
        # the approval an award turns on is a condition set above the page, no share of its task
        (
            "一、支持首展。对经商务部审批,且面积达到1万平方米的展会,给予补助。\n" + TAIL,
            [[], ["市邮政管理局"]],
        ),
    ],
    "a_sector_list_at_its_levels_after_the_ordinal": [
        (
            "一、各级政法、教育、水利部门应加强协作。\n" + TAIL,
            [["各级政法", "教育", "水利部门"], ["市邮政管理局"]],
        ),
        ("一、各级财政、审计部门必须加强监督。\n" + TAIL, [["各级财政", "审计部门"], ["市邮政管理局"]]),
    ],
    "the_divisions_concerned_and_their_departments": [
        (
            "一、重点任务\n(一)河道管理。有关县(市)、区政府及其水利部门要加强河道管理。\n"
            "(二)时间要求。相关市(州)、县政府要按时完成任务。\n",
            [["有关县(市)、区政府", "水利部门"], ["相关市(州)、县政府"]],
        ),
        (
            "一、重点任务\n(一)河道管理。各县(市)、区人民政府及其有关部门要加强河道管理。\n"
            "(二)时间要求。县政府及其水利部门要按时完成任务。\n",
            [["各县(市)、区人民政府", "有关部门"], ["县政府", "水利部门"]],
        ),
    ],
    "bodies_invited_or_convened_in_a_by_clause": [
        (
            "一、工作机制\n(一)会商。由市发展改革委邀请市财政局和市自然资源局共同参与。\n",
            [["市发展改革委", "市财政局", "市自然资源局"]],
        ),
        (
            "一、工作机制\n(一)会商。由市民政局召集市财政局、市卫生健康委共同参与。\n",
            [["市民政局", "市财政局", "市卫生健康委"]],
        ),
    ],
}

DIGEST = "1.商务部等:印发《城市商业提质行动方案》\n10月27日,商务部等5部门印发《城市商业提质行动方案》,主要内容如下:①完善城市商业布局体系。\n"


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(PAGE_FAMILIES))
def test_round28_widened_families(variant: Callable[[str], str], text: str, want: list[list[str]]) -> None:
    doc = run(variant(text))
    got = [[u.surface for u in m.responsible] for m in doc.measures]
    assert got == [[variant(w) for w in units] for units in want]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_digest_item_names_its_issuers_as_no_unit(variant: Callable[[str], str]) -> None:
    doc = run(variant(DIGEST))
    assert all(not m.responsible for m in doc.measures)
