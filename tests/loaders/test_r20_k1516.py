"""Targets and metadata of round 20 from heldout15/heldout16 (tuned on): the levels a change starts from are no
targets even when a rate per person stands before the new level (从每人每月500元、260元分别提高到每人每月520元、
280元); a department catalogue's 所属机构 field (公开方式 … 所属机构 X 责任部门) names the publishing body, the
issuer when nothing else names one; a body opening a lead line bare before its act on a book-marked plan
(某市人民政府办公厅印发《…》) is the issuer; poultry by its product (肉禽) and bee products (蜂产品) are listed
produce.
Inline texts in both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from policykg.loaders.extract.industries import IndustryLexicon
from policykg.loaders.normalize import fold
from tests.loaders.inline import IDS, VARIANTS, family_params, run
from tests.loaders.test_industries import labels
from tests.loaders.test_targets import targets

CATALOGUE = (
    "索引号 640000017/2024-00011 文号 发布日期 2024-03-09\n"
    "公开方式 主动公开 {label} 自治区农业农村厅 责任部门\n有效性 有效\n\n"
    "2024年全区高标准农田建设工作要点\n\n"
    "为推进高标准农田建设,制定本要点。\n一、建设目标\n全年新建高标准农田50万亩。\n"
)
LEAD = "{opening}《某市促进低空经济发展行动方案(2025-2027年)》。其中明确工作目标:到2027年,培育低空经济企业50家。\n"

# Each family's cases: a text and the targets it holds as (value, unit).
TARGETS: dict[str, list[tuple[str, list[tuple[int, str]]]]] = {
    "starting_levels_of_a_change_before_a_rate_per_person": [
        (
            "将城乡低保补差水平从每人每月500元、260元分别提高到每人每月520元、280元。",
            [(520, "元"), (280, "元")],
        ),
        ("将护理补贴标准从每人每年1800元提高到每人每年2000元。", [(2000, "元")]),
        # a level raised with no starting figure stays
        ("将孤儿养育标准提高到每人每月1500元。", [(1500, "元")]),
    ],
}

# Each family's cases: a text and the industries it names, in order.
INDUSTRIES: dict[str, list[tuple[str, list[str]]]] = {
    "poultry_by_product_and_bee_products_are_listed_produce": [
        ("加强本市蔬菜、肉禽、蜂产品等重点食用农产品生产基地建设。", ["蔬菜", "肉禽", "蜂产品"]),
        # named alone, with no list and no trade word, a product names no trade
        ("推进蜂产品质量追溯体系建设。", []),
    ],
}

# Each family's cases: a text, the field read and its value (simplified script; None: no value).
META: dict[str, list[tuple[str, str, str | None]]] = {
    "a_catalogues_affiliated_body_is_its_publisher": [
        (CATALOGUE.format(label="所属机构"), "issuer", "自治区农业农村厅"),
        # a label no catalogue prints names nobody
        (CATALOGUE.format(label="相关机构"), "issuer", None),
    ],
    "a_body_opening_a_lead_bare_before_its_plan": [
        (LEAD.format(opening="某市人民政府办公厅印发"), "issuer", "某市人民政府办公厅"),
        (LEAD.format(opening="某市发展和改革委员会发布"), "issuer", "某市发展和改革委员会"),
        # prose before the act names no body
        (LEAD.format(opening="为推动产业发展印发"), "issuer", None),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(TARGETS))
def test_r20_k1516_targets(variant: Callable[[str], str], text: str, want: list[tuple[int, str]]) -> None:
    assert [(int(t.value), t.unit) for t in targets(variant(text))] == want


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "field", "want"), family_params(META))
def test_r20_k1516_metadata(variant: Callable[[str], str], text: str, field: str, want: str | None) -> None:
    doc = run(variant(text))
    got = doc.units[doc.meta.issuer].pref_label if doc.meta.issuer in doc.units else doc.meta.issuer
    assert (fold(got) if got else None) == want


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(INDUSTRIES))
def test_r20_k1516_industries(
    variant: Callable[[str], str], text: str, want: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == want
