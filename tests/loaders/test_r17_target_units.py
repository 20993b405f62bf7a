"""Target units of round 17 (unseen pages): containers handled in twenty-foot equivalents (集装箱吞吐量达到2200万
标准箱) and cases counted (开展胃肠癌联合筛查1万例以上); the tasks a cited plan proposes (《规划》中明确提出的9项) or a
heading counts (9个具体建设任务) are no targets, nor a document number with its prefix (六人社秘〔2024〕15号);
a rate per person and year (380元/人·年) is one unit; 不少于一次 is a count.
Inline texts in both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, family_params
from tests.loaders.test_targets import targets

Case = tuple[str, list[tuple[int, str, str]]]

# Each family's cases: a text and the targets it holds as (value, unit, comparator).
FAMILIES: dict[str, list[Case]] = {
    "containers_and_cases_are_counted_units": [
        ("到2025年,集装箱吞吐量达到2200万标准箱。", [(22000000, "标准箱", "=")]),
        ("新增吞吐能力250万标准箱。", [(2500000, "标准箱", "=")]),
        ("开展胃肠癌联合筛查1万例以上。", [(10000, "例", ">=")]),
        # 例 opening another word is no unit
        ("完善3例如期办结制度。", []),
    ],
    "counts_of_a_plans_proposed_or_own_tasks_are_no_targets": [
        # the items a cited plan proposes, and a heading counting the plan's own tasks: counted, not promised
        ("现将《规划》中明确提出的9项具体建设任务和7项重点建设项目进行责任分解。", []),
        ("应急体系9个具体建设任务\n", []),
        # a count the plan commits to stays
        ("新建应急避难场所9个。", [(9, "个", "=")]),
    ],
    "document_number_prefix_holds_no_figure": [
        # a document number whose prefix opens with a place's numeral abbreviation (六安: 六人社秘)
        ("贯彻落实《工作方案》(六人社秘〔2024〕15号),组织开展专项行动。", []),
        ("根据三政办〔2023〕5号文件精神,开展培训。", []),
        # a figure of the clause beside it stays
        ("根据六人社秘〔2024〕15号文件,培训6人以上。", [(6, "人", ">=")]),
    ],
    "rates_per_period_and_formal_floors_of_once": [
        # a rate per person and per year (or month): one unit as written
        ("人均财政补助标准提高到380元/人·年。", [(380, "元/人·年", "=")]),
        ("补助标准提高到50元/吨·年。", [(50, "元/吨·年", "=")]),
        # the formal floor before 一次 makes a count; the adverbial 至少…一次 stays how often
        ("对口协助单位每季度对相应河流开展不少于一次暗访检查。", [(1, "次", ">=")]),
        ("每两年至少调整一次最低工资标准。", []),
    ],
    "computing_power_is_a_unit": [
        ("力争到2030年,全省智算服务规模达到5000PFlops。", [(5000, "PFlops", "=")]),
        ("算力总规模超过20EFLOPS。", [(20, "EFLOPS", ">=")]),
    ],
    "money_scale_bound_qualifies_a_class": [
        # the size that qualifies a fund (规模以上 after the money): a class bound
        ("对建立1000万元规模以上研发先导资金的创新联合体,给予奖励。", []),
        # a volume the plan commits to stays
        ("全年完成投资规模100亿元以上。", [(100, "亿元", ">=")]),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_target_unit_families(
    variant: Callable[[str], str], text: str, want: list[tuple[int, str, str]]
) -> None:
    got = [(int(t.value), t.unit, t.comparator) for t in targets(variant(text))]
    assert got == want
