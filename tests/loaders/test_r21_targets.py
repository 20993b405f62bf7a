"""Targets and metadata of round 21 (false targets first): a page's lead copying the plan's goal paragraph, or an
item restating its own count, gives one goal; a formula's 100% and a performance table's staged scoring scale
are no goals, nor the counts that repeat a system's code name (“8+4”…8个…4张) or the baselines of a change
(从2100元、2800元提高到…); a stock noun with a goal verb (总面积达到25万亩) commits; a floor word commits a count
of 条 (至少建成一条…街区); a bare 万 count after a 数 noun (连接数突破110万) is a goal. Metadata: a letter-spaced
title line (通 知) ends a red-header title; 施政目标 / 施政方针 are title nouns; a placed body right before a
programme's kind (某市经发局施政目标) issues it.
Inline texts in both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from policykg.loaders.normalize import fold
from tests.loaders.inline import IDS, VARIANTS, family_params, meta_field, run
from tests.loaders.test_targets import targets

Case = tuple[str, list[tuple[int, str, str]]]

# Each family's cases: a text and the targets find_targets reads in it as (value, unit, comparator).
FAMILIES: dict[str, list[Case]] = {
    "formula_scaling_is_no_goal": [
        ("衡量标准:实际辅导案数/计划辅导案数*100%\n年度目标值:100%\n", [(100, "%", "=")]),
        ("计算方法:完成户数÷应完成户数×100%。", []),
        # a share the plan sets stays
        ("培训合格率达到100%。", [(100, "%", "=")]),
    ],
    "staged_scoring_scale_is_no_goal": [
        ("衡量标准\n1.完成委托规划服务25%\n2.完成工程招标50%\n3.工程完工75%\n4.市场启用100%\n目标值\n", []),
        ("1.完成规划(25%)\n2.完成设计(50%)\n3.工程开工(70%)\n4.工程进度达50%(80%)\n5.营运(100%)\n", []),
        # the steps run together in one cell, or numbered in brackets
        (
            "完成工作项目 | 1.完成委托服务25% 2.完成工程招标50% 3.工程完工75% 4.市场启用100% | 100%",
            [(100, "%", "=")],
        ),
        ("衡量标准:\n(1)完成委托服务25%\n(2)完成工程招标50%\n(3)工程完工100%\n", []),
        # numbered goals of rates, each setting its own level, stay goals even when they reach 100%
        (
            "1.项目开工率达到60%;2.项目竣工率达到80%;3.群众满意度达到100%。",
            [(60, "%", "="), (80, "%", "="), (100, "%", "=")],
        ),
        # numbered goals whose shares do not rise to completion are goals, each of its own
        (
            "1.项目开工率达到60%\n2.项目竣工率达到80%\n3.群众满意度达到90%\n",
            [(60, "%", "="), (80, "%", "="), (90, "%", "=")],
        ),
    ],
    "weight_column_shares_are_no_goals": [
        (
            "策略绩效目标 | 权重 | 衡量指标 | 年度目标值\n一、推展会展活动 | 6% | 补助办展数 | 10场\n"
            "二、辅导地方特色产业 | 4% | 辅导案数 | 20家\n",
            [(10, "场", "="), (20, "家", "=")],
        ),
        (
            "序号 | 衡量指标 | 权重(%) | 年度目标值\n1 | 推展会展活动 | 6% | 90%\n2 | 辅导特色产业 | 4% | 85%\n",
            [(90, "%", "="), (85, "%", "=")],
        ),
    ],
    "weights_and_scoring_rules_are_no_goals": [
        ("考核指标权重为20%。", []),
        ("该项指标占考核总分的15%。", []),
        ("评分标准:完成率达到100%的得满分,每低1个百分点扣1分。", []),
        # a goal beside a scoring rule in another clause stays
        ("全年完成率达到100%,未完成的扣2分。", [(100, "%", "=")]),
    ],
    "stock_noun_with_a_goal_verb_commits": [
        (
            "全市设施总面积达到25万亩,设施蔬菜产量占蔬菜总产量50%以上。",
            [(250000, "亩", "="), (50, "%", ">=")],
        ),
        # the stock described stays no goal
        ("全县总面积1200平方公里,总人口50万人。", []),
        # a work before the stock noun measures the work done (铺装总面积)
        ("对核心区范围内人行道铺装硬化,铺装总面积119000平方米。", [(119000, "平方米", "=")]),
    ],
    "counts_of_a_code_named_systems_parts_are_no_goals": [
        ("迭代升级“8+4”经济政策体系。优化8个政策包和4张要素保障清单。", []),
        # a count the system's name does not repeat stays
        ("构建“1+3”产业体系,新增3个产业园。", [(3, "个", "=")]),
    ],
    "floor_word_commits_a_count_of_lines": [
        ("市中心城区至少建成一条高品质夜间经济街区。", [(1, "条", ">=")]),
        ("至少打造13条产业链。", [(13, "条", ">=")]),
        # the chains a plan names, counted, stay no goal
        ("打造13条产业链。", []),
    ],
    "bare_ten_thousands_after_a_count_noun": [
        ("全市泛物联网连接数突破110万。", [(1100000, "", ">=")]),
        ("注册用户数达到50万以上。", [(500000, "", ">=")]),
    ],
    "counts_after_a_focusing_verb_are_no_goals": [
        ("该局抓实三长制,重抓21个重点产业链,集中力量培育链主企业。", []),
        ("聚焦6个重点领域,新建10个产业园。", [(10, "个", "=")]),
        # a range after the verb commits (瞄准1至3个主导产业)
        ("支持有条件的县域瞄准1至3个主导产业集中发力。", [(1, "个", "=")]),
    ],
    "numeral_place_names_are_no_counts": [
        ("各县市人民政府,五台工业园区管委会,州人民政府各部门:", []),
        ("七台河市新增两台挖掘机。", [(2, "台", "=")]),
        ("新增三台设备。", [(3, "台", "=")]),
    ],
    "baselines_listed_before_a_change_are_no_goals": [
        (
            "将两项补贴标准分别从每人每年2100元、2800元提高到每人每年2200元、2900元。",
            [(2200, "元", "="), (2900, "元", "=")],
        ),
        ("将补贴标准分别由每人每月1800元、1500元统一提高到2200元。", [(2200, "元", "=")]),
    ],
}

# Exact values: a text and the values of its targets, as written with their decimals.
VALUES: dict[str, list[tuple[str, list[str]]]] = {
    "decimal_torn_by_a_blank_in_a_list": [
        ("能耗、化学需氧量排放、二氧化硫排放分别下降4.8%、3. 3%和1.4%。", ["4.8", "3.3", "1.4"]),
        # an item number before a share is no whole part
        ("主要任务:1. 3%的增长。", ["3"]),
    ],
}

# Whole documents: every target of the document, in measures, sections and the document's own.
DOCUMENTS: dict[str, list[Case]] = {
    "a_lead_copying_the_goal_paragraph_gives_one_goal": [
        (
            "某市人民政府办公厅印发《某市人工智能产业发展行动方案》。到2027年,攻克100项关键核心技术,培育30个应用标杆场景。\n"
            "一、工作目标\n到2027年,攻克100项关键核心技术,培育30个应用标杆场景。\n"
            "二、重点任务\n(一)强化技术攻关\n1.建设算力平台。\n",
            [(100, "项", "="), (30, "个", "=")],
        ),
    ],
    "an_item_restating_its_count_gives_one_goal": [
        (
            "一、村内基础设施提升工程\n在17个乡镇硬化道路10万平方米,惠及17个乡镇。\n二、农村饮水工程\n维修机泵37处。\n",
            [(17, "个", "="), (100000, "平方米", "="), (37, "处", "=")],
        ),
    ],
}

MetaCase = tuple[str, str, str | None]

META: dict[str, list[MetaCase]] = {
    "letter_spaced_title_line_ends_the_title": [
        (
            "某政发〔2024〕8号\n交口县人民政府\n关于做好2024年安全生产工作的\n通 知\n各乡镇人民政府:\n现将有关事项通知如下。\n",
            "title",
            "交口县人民政府关于做好2024年安全生产工作的通知",
        ),
        (
            "交口县人民政府\n关于做好2024年安全生产工作的\n通  知\n各乡镇人民政府:\n现将有关事项通知如下。\n",
            "issuer",
            "交口县人民政府",
        ),
    ],
    "spaced_out_headline_tail_is_one_title": [
        (
            "某州市人民政府关于进一步做好就业创业工作 的 实 施 意 见\n\n某市府发〔2015〕27号\n\n各县(市、区)人民政府:\n"
            "现结合本市实际提出如下实施意见。\n",
            "title",
            "某州市人民政府关于进一步做好就业创业工作的实施意见",
        ),
        # two spaced characters in a table header stay as printed: no title there
        ("序号 | 分 管 县领导 | 牵头单位\n1 | 张三 | 县发改局\n", "title", None),
    ],
    "programme_kinds_are_title_nouns": [
        ("台中市经发局施政目标\n衡量指标\n一、推展会展活动\n", "title", "台中市经发局施政目标"),
        ("2019年财政年度施政方针\n一、推进职能架构重整\n", "title", "2019年财政年度施政方针"),
    ],
    "placed_body_before_a_programme_kind_issues_it": [
        ("台中市经发局施政目标\n衡量指标\n一、推展会展活动\n", "issuer", "台中市经发局"),
        # a committee named without its place: a template's, no issuer
        ("安全生产委员会工作要点\n一、强化责任落实\n", "issuer", None),
    ],
}


def _simplified(s: str | None) -> str | None:
    return fold(s) if s else None


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_r21_target_families(
    variant: Callable[[str], str], text: str, want: list[tuple[int, str, str]]
) -> None:
    got = [(int(t.value), t.unit, t.comparator) for t in targets(variant(text))]
    assert got == want


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(VALUES))
def test_r21_target_values(variant: Callable[[str], str], text: str, want: list[str]) -> None:
    assert [str(t.value) for t in targets(variant(text))] == want


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(DOCUMENTS))
def test_r21_document_targets(
    variant: Callable[[str], str], text: str, want: list[tuple[int, str, str]]
) -> None:
    doc = run(variant(text))
    found = [t for m in doc.measures for t in m.targets] + list(doc.doc_targets)
    found += [t for s in doc.sections for t in s.targets]
    got = sorted((int(t.value), t.unit, t.comparator) for t in found)
    assert got == sorted(want)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "field", "want"), family_params(META))
def test_r21_metadata(variant: Callable[[str], str], text: str, field: str, want: str | None) -> None:
    got = meta_field(run(variant(text)), field)
    assert _simplified(got) == (fold(want) if want else None)
