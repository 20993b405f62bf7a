"""Industry rule family of round 18: a series of clauses, one development verb each, whose object is one trade
as written (围绕壮大…产业,…;大力发展X;着力发展Y;…等。), under an industry head in the opening clause or with at least
three clauses carrying an adverb; an object that is a system, a facility or a body of work is no trade. Inline
texts in both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from policykg.loaders.extract.industries import IndustryLexicon
from tests.loaders.inline import IDS, VARIANTS, family_params
from tests.loaders.test_industries import labels

Case = tuple[str, list[str], list[str]]

# Each family's cases: a text, the labels it must hold and the labels it must not hold.
FAMILIES: dict[str, list[Case]] = {
    "series_under_an_industry_head": [
        (
            "围绕壮大生物医药产业,打造生物医药产业集群;大力发展中成药;着力发展化学原料药;"
            "努力发展康养产品及服务;促进发展医疗器械等。",
            ["中成药", "化学原料药", "康养产品及服务", "医疗器械"],
            [],
        ),
        (
            "围绕提升农产品加工产业,做大白酒及酒类产品加工;做细杂粮加工;做强坚果加工;做精食用菌及果蔬加工等。",
            ["白酒及酒类产品加工", "杂粮加工", "坚果加工", "食用菌及果蔬加工"],
            [],
        ),
        # the series opens after the comma of a clause headed by 现代服务业; bodies of work are no trades
        (
            "提升现代服务业,发展检验检测认证服务;完善科技研发体系;发展创业孵化服务;推动“智慧县城”建设等。",
            ["检验检测认证服务", "创业孵化服务"],
            ["科技研发体系", "智慧县城"],
        ),
    ],
    "series_of_adverbed_verbs_without_a_head": [
        (
            "大力发展中成药;着力发展化学原料药;积极发展医疗器械。",
            ["中成药", "化学原料药", "医疗器械"],
            [],
        ),
    ],
    "objects_that_name_no_trade": [
        # a pace, a productive force, a form of ownership or a body: no trade even in a headed series
        (
            "围绕壮大文旅产业,加快发展步伐;大力发展乡村民宿;积极发展新质生产力;着力发展家庭农场;培育养老产业。",
            ["乡村民宿", "养老产业"],
            ["步伐", "新质生产力", "家庭农场"],
        ),
        (
            "大力发展村集体经济;着力发展农民合作社;积极发展家庭农场;努力发展社会事业。",
            [],
            ["村集体经济", "社会事业"],
        ),
    ],
    "objects_ending_in_a_work_word_are_no_trade": [
        # a network or the economy of a place ends like a trade but names none
        (
            "围绕壮大商贸物流产业,发展物流网络;壮大县域经济;积极发展冷链物流。",
            ["冷链物流"],
            ["物流网络", "县域经济"],
        ),
    ],
    "no_series_without_a_head_or_three_adverbs": [
        # two adverbed clauses and no industry head: no series
        (
            "完善工作机制;大力发展康养产品及服务;着力发展创业孵化服务。",
            [],
            ["康养产品及服务", "创业孵化服务"],
        ),
        # a facility or a system as the object is no trade even under a head
        (
            "围绕壮大文旅产业,大力发展游客集散中心;着力发展智慧旅游服务体系;积极发展冰雪运动。",
            [],
            ["游客集散中心", "智慧旅游服务体系"],
        ),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "held", "not_held"), family_params(FAMILIES))
def test_series_objects(
    variant: Callable[[str], str], text: str, held: list[str], not_held: list[str], lex: IndustryLexicon
) -> None:
    got = labels(variant(text), lex)
    assert all(x in got for x in held), got
    assert not any(x in got for x in not_held), got
