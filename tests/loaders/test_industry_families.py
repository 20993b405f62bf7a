"""Industry rule families of round 8 (issue 12: industries on documents nobody tuned for), each on small inline
texts in Simplified and Traditional script, ASCII and full-width punctuation, with the false mentions each family
must not produce."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from policykg.loaders.extract.industries import IndustryLexicon
from tests.loaders.test_industry_enumerations import IDS, VARIANTS, check


@pytest.fixture(scope="module")
def lex() -> IndustryLexicon:
    return IndustryLexicon.load_default()


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rank or a grouping before 服务业 names no trade; the items of its list do
        (
            "大力发展金融、物流、会展、中介等生产服务业,壮大旅游、信息、批发零售等优势服务业。",
            ["金融", "物流", "会展", "中介", "旅游", "批发零售"],
        ),
        ("支持有条件的市列入国家服务业综合改革试点城市。", []),
        ("(九)做大做强集群经济。", []),
        # a specific name before 服务业 still does
        ("加快发展人力资源服务业。", ["人力资源服务业"]),
        ("全面提升健康、养老、家政等生活性服务业水平。", ["健康", "养老", "家政", "生活性服务业"]),
    ],
)
def test_groupings_of_every_trade_are_no_industry(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    """Regression (heldout2 l08, read after its blind score): 优势服务业, 生产服务业, 信息, 市列入国家服务业 and
    集群经济 were industries."""
    check(variant, text, expected, lex)
