"""Round 22, the misses left on heldout20-22: a draft's note (征求意见稿) on the line under a title stays on the
title when the page cites its title with it; a channel's name (地方丨) before a standalone title is no part of it.
A named body opening a sentence with its act (市财政局积极做好…, 区商务委通过…确定…) and a level's treasury opening
one (区财政安排资金…) are the item's units, and so is the body an award's vetting names (经县文旅局年度考核合格).
脑机接口 is a future industry; a page speaking as an autonomous region with 旗县/嘎查 is 内蒙古自治区's. A figure naming a policy (240小时过境免签) is no target. A level's direct bodies after 等 (等省直有关单位) are a tail of the list; 福州及相关设区市 names a city and its peers.
Inline texts in both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from policykg.loaders.extract.industries import IndustryLexicon
from tests.loaders.inline import IDS, VARIANTS, family_params, run
from tests.loaders.test_industries import labels
from tests.loaders.test_responsibility import keys, names
from tests.loaders.test_targets import targets

INDUSTRY_FAMILIES: dict[str, list[tuple[str, list[str]]]] = {
    "future_industry_brain_computer_interfaces": [
        # a list of directions the measure works on names it among trades
        ("围绕人工智能、脑机接口、低空经济等方向,谋划储备一批项目。", ["人工智能", "脑机接口", "低空经济"]),
        ("聚焦脑机接口等方向,引进一批领先团队。", ["脑机接口"]),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(INDUSTRY_FAMILIES))
def test_r22_industry_families(
    variant: Callable[[str], str], text: str, want: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == want


# Each case: a text and the targets it holds as (value, unit, comparator).
TARGET_FAMILIES: dict[str, list[tuple[str, list[tuple[int, str, str]]]]] = {
    "figure_naming_a_policy_is_no_target": [
        ("加强240小时过境免签政策同单方面免签等联动叠加适用。", []),
        ("用好144小时过境免签,提升入境游便利度。", []),
        # a figure the plan commits to stays
        ("全年接待入境游客240万人次以上。", [(2400000, "人次", ">=")]),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(TARGET_FAMILIES))
def test_r22_target_families(
    variant: Callable[[str], str], text: str, want: list[tuple[int, str, str]]
) -> None:
    got = [(int(t.value), t.unit, t.comparator) for t in targets(variant(text))]
    assert got == want


TAIL = "二、宣传推广\n加强政策宣传。\n"
NONE: tuple[list[str], list[str]] = ([], [])


def item(body: str) -> str:
    """An item's text under its heading, then a second item charging no body."""
    return "一、工作安排\n" + body + "\n" + TAIL


# Each measure's (units, leads) as written, in order
Want = list[tuple[list[str], list[str]]]

UNIT_FAMILIES: dict[str, list[tuple[str, Want]]] = {
    "named_body_opening_a_sentence_with_its_act": [
        (item("区商务局通过公开招标确定服务平台。"), [(["区商务局"], []), NONE]),
        (item("县财政局积极做好资金保障工作,确保资金及时到位。"), [(["县财政局"], []), NONE]),
        # beside a body charged by 负责 in the same item: both carry it
        (
            item("市财政局切实做好资金监管工作。市商务局负责活动组织实施。"),
            [(["市财政局", "市商务局"], []), NONE],
        ),
        # a sentence longer than a name before the act, or a body named without its level, is no subject
        (item("指导本市首家社会培训评价组织市技师学院积极开展试点工作。"), [([], []), NONE]),
        (item("各企业积极开展宣传活动。"), [([], []), NONE]),
    ],
    "vetting_body_after_jing": [
        (
            item("对已获评的景区,经县文化和旅游局年度考核合格,给予奖补10万元。"),
            [(["县文化和旅游局"], []), NONE],
        ),
        (item("经市商务局认定的首店,给予一次性奖励。"), [(["市商务局"], []), NONE]),
        # no body before the verb, or one named without its level: no unit
        (item("经考核合格的企业,给予一次性奖励。"), [NONE, NONE]),
        (item("经专家评审通过的项目,给予补助。"), [NONE, NONE]),
    ],
    "direct_bodies_after_deng_are_a_tail": [
        # the level's direct bodies after 等 generalise the bodies named before it
        (
            item("推进数字峰会筹备。(责任单位:省发改委、省数据管理局等省直有关单位,厦门市)"),
            [(["省发改委", "省数据管理局", "厦门市"], []), NONE],
        ),
        (
            item("推进数字峰会筹备。(相关责任单位:市工信局等市直有关单位,数字福州集团)"),
            [(["市工信局", "数字福州集团"], []), NONE],
        ),
        # another collective after 等 stays its own unit
        (
            item("推进数字峰会筹备。(责任单位:市国资委等市级有关部门)"),
            [(["市国资委", "市级有关部门"], []), NONE],
        ),
    ],
    "short_city_name_and_its_peer_divisions": [
        (
            item("推进数字峰会筹备。(责任单位:省发改委,福州及相关设区市)"),
            [(["省发改委", "福州", "相关设区市"], []), NONE],
        ),
        (
            item("推进数字峰会筹备。(责任单位:省商务厅,厦门及其他设区市)"),
            [(["省商务厅", "厦门", "其他设区市"], []), NONE],
        ),
    ],
    "level_treasury_opening_a_sentence": [
        (item("区财政安排资金100万元,用于发放消费券。"), [(["区财政"], []), NONE]),
        # a department named after it: the department is the subject, as written
        (item("区财政部门安排资金100万元。"), [(["区财政部门"], []), NONE]),
        # the treasury inside a sentence (its object) is no subject
        (item("活动结束后,剩余资金退回区财政。"), [NONE, NONE]),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(UNIT_FAMILIES))
def test_r22_subject_unit_families(variant: Callable[[str], str], text: str, want: Want) -> None:
    doc = run(variant(text))
    got = [(names(m.responsible), names(m.lead)) for m in doc.measures]
    assert got == [(keys(units), keys(leads)) for units, leads in want]


META_FAMILIES: dict[str, list[tuple[str, str | None]]] = {
    "draft_note_under_a_title_the_page_cites_with_it": [
        # the preamble cites the title with its note: the note is part of the title
        (
            "日前,市科技局起草了《关于加快发展低空经济的若干措施(征求意见稿)》。\n"
            "关于加快发展低空经济的若干措施\n(征求意见稿)\n为推动低空经济发展,制定本措施。\n",
            "关于加快发展低空经济的若干措施(征求意见稿)",
        ),
        # an attachment line names it so
        (
            "附件:2025年全市养老服务工作要点(征求意见稿)\n2025年全市养老服务工作要点\n(征求意见稿)\n"
            "为做好养老服务工作,制定本要点。\n",
            "2025年全市养老服务工作要点(征求意见稿)",
        ),
        # a note the page never cites with the title is the page's stamp
        (
            "2025年全市养老服务工作要点\n(征求意见稿)\n为做好养老服务工作,制定本要点。\n",
            "2025年全市养老服务工作要点",
        ),
    ],
    "channel_name_before_a_standalone_title": [
        (
            "地方丨某市促进数据要素流通行动方案(2024-2026年)\n为促进数据要素流通,制定本方案。\n",
            "某市促进数据要素流通行动方案(2024-2026年)",
        ),
        (
            "政策解读|某市支持首店经济发展若干措施\n为支持首店经济发展,制定本措施。\n",
            "某市支持首店经济发展若干措施",
        ),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(META_FAMILIES))
def test_r22_title_families(variant: Callable[[str], str], text: str, want: str | None) -> None:
    title = run(variant(text)).meta.title
    assert (title and keys([title])) == (want and keys([want]))


REGION_FAMILIES: dict[str, list[tuple[str, str | None]]] = {
    "province_by_its_own_level_words": [
        (
            "为推进依法行政,结合自治区实际,制定本方案。\n一、健全政府职能\n调整完善旗县级以上政府部门权责清单。\n",
            "内蒙古自治区",
        ),
        (
            "为加强基层治理,结合自治区实际,制定本方案。\n一、夯实基层\n推动嘎查村集体经济发展。\n",
            "内蒙古自治区",
        ),
        # no level word of its own: no province guessed
        (
            "为推进依法行政,结合自治区实际,制定本方案。\n一、健全政府职能\n调整完善县级以上政府部门权责清单。\n",
            None,
        ),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(REGION_FAMILIES))
def test_r22_region_families(variant: Callable[[str], str], text: str, want: str | None) -> None:
    region = run(variant(text)).meta.region
    assert (region and keys([region])) == (want and keys([want]))
