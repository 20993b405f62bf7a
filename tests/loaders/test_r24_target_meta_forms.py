"""Targets and metadata, round 24 second pass: forms the new parts (heldout26-28) showed, on small inline texts in
both scripts and both punctuations. One section per family."""

from __future__ import annotations

from decimal import Decimal

import pytest

from policykg.loaders.normalize import match_text
from tests.loaders.inline import IDS, VARIANTS
from tests.loaders.test_targets import _values

# --------------------------------------------------------------------------- a letter O typed for a zero


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_letter_o_inside_a_figure_reads_zero(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert("到2025年,建设1O个生态种植示范基地、5个加工集聚地,新增投资1OO万元。")
    assert _values(text) == [(Decimal(10), "个"), (Decimal(5), "个"), (Decimal(100), "万元")]


def test_a_letter_o_after_a_code_or_in_a_word_stays() -> None:
    assert match_text("H2O的排放") == "H2O的排放"
    assert match_text("ISO9001认证,Office 2O") == "ISO9001认证,Office 2O"
    assert match_text("2O25年") == "2025年"


# --------------------------------------------------------------------------- a masked name glued to a figure


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
@pytest.mark.parametrize("mask", ["xx", "XX", "xxx", "××"])
def test_a_masked_name_before_a_figure_keeps_the_figure(convert, mask) -> None:  # type: ignore[no-untyped-def]
    text = convert(f"以{mask}、{mask}为重点,发展{mask}1.5万亩,新建{mask}3个基地。")
    assert _values(text) == [(Decimal(15000), "亩"), (Decimal(3), "个")]


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_code_or_a_product_before_a_figure_is_still_no_target(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert("购置型号AX12台的设备,建设4×100万千瓦机组。")
    assert _values(text) == []


# --------------------------------------------------------------------------- sites counted before 建设任务


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_sites_counted_before_their_building_task_are_targets(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert("全县铺开15个农业产业园区、100个村级种养生产基地建设任务,完成20个示范村创建任务。")
    assert _values(text) == [(Decimal(15), "个"), (Decimal(100), "个"), (Decimal(20), "个")]


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_tasks_counted_are_still_no_target(convert) -> None:  # type: ignore[no-untyped-def]
    assert _values(convert("方案明确9个具体建设任务,落实12项工作任务。")) == []


# --------------------------------------------------------------------------- a floor closed by a ceiling


def _ranges(text: str) -> list[tuple[Decimal, Decimal | None, str, str]]:
    from policykg.loaders.extract.targets import find_targets
    from policykg.models import Span
    from tests.loaders.inline import make

    src = make(text)
    return [
        (t.value, t.value_max, t.unit, t.comparator)
        for t in find_targets(src, Span(0, len(text)), plan_year=2023)
    ]


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_floor_and_a_ceiling_joined_by_a_stop_are_one_range(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert("给予不低于200万元、最高不超过1000万元的资金补助,新建不少于1.5万亩,最多2万亩基地。")
    assert _ranges(text) == [
        (Decimal(200), Decimal(1000), "万元", "="),
        (Decimal(15000), Decimal(20000), "亩", "="),
    ]


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_floor_alone_or_a_lower_ceiling_is_no_range(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert("补助不低于200万元,对其余项目奖励不超过100万元。")
    assert _ranges(text) == [(Decimal(200), None, "万元", ">="), (Decimal(100), None, "万元", "<=")]


# --------------------------------------------------------------------------- a law database's card (ROC dotted date, 法規名稱)

_LAW_CARD = (
    "訂定雲林縣政府招商專案辦公室設置要點\n\n主管機關: 雲林縣政府建設處\n發文機關: 雲林縣政府\n發文日期: 100.05.13\n"
    "發文字號: 府建發字第1000301733號 函\n法規名稱: 雲林縣政府招商專案辦公室設置要點\n法規內文:\n\n"
    "一、雲林縣政府為建構人流、物流,以任務編組方式成立招商專案辦公室。\n"
)


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_law_cards_dotted_roc_date_and_its_rule_name(convert) -> None:  # type: ignore[no-untyped-def]
    from policykg.loaders.normalize import name_key
    from tests.loaders.inline import meta_field, run

    doc = run(convert(_LAW_CARD))
    assert meta_field(doc, "issued") == "2011-05-13"
    assert name_key(match_text(meta_field(doc, "title") or "")) == name_key(
        match_text("雲林縣政府招商專案辦公室設置要點")
    )


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_dotted_figure_without_a_date_label_is_no_date(convert) -> None:  # type: ignore[no-untyped-def]
    from tests.loaders.inline import meta_field, run

    doc = run(convert("某縣補助要點\n\n版本號: 100.05.13\n\n一、本府為推動補助,訂定本要點。\n"))
    assert meta_field(doc, "issued") is None
    assert meta_field(doc, "title") == convert("某縣補助要點")


# --------------------------------------------------------------------------- a title with its number after a blank


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_document_number_after_the_title_on_its_line(convert) -> None:  # type: ignore[no-untyped-def]
    from tests.loaders.inline import meta_field, run

    text = convert(
        "本帖最后由 某人 于 2021-12-16 13:01 编辑\n"
        "宁夏中药材产业发展实施方案(2021年—2025年) 宁政办发〔2021〕78号\n"
        "为推进中药材产业高质量发展,结合实际制定本实施方案。\n一、总体要求\n"
    )
    doc = run(text)
    assert meta_field(doc, "title") == convert("宁夏中药材产业发展实施方案(2021年—2025年)")
    assert match_text(doc.meta.doc_number or "") == "宁政办发〔2021〕78号"


# --------------------------------------------------------------------------- a content site's offer of samples


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_sites_count_of_the_samples_it_offers_is_no_target(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert(
        "序言:我们为您精选了8篇的森林防火工作方案样本,收录10篇的工作总结范文,为大家整理了5篇,供参考。到2025年,新建12座瞭望塔。"
    )
    assert _values(text) == [(Decimal(12), "座")]


# --------------------------------------------------------------------------- a scoring rule's bracketed other way


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_points_added_or_taken_off_make_a_scoring_rule(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert(
        "新增高新技术企业6家以上,计5分,每增(减)1个百分点加(减)0.2分。增长18%,每季度提高1个百分点。"
    )
    assert _values(text) == [(Decimal(6), "家"), (Decimal(18), "%"), (Decimal(1), "个百分点")]


# --------------------------------------------------------------------------- a lead sentence dating the plan it names


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_book_marked_plan_issued_on_a_date_dates_the_page(convert) -> None:  # type: ignore[no-untyped-def]
    from tests.loaders.inline import meta_field, run

    text = "《长武县种业振兴行动实施方案》于2023年1月18日正式印发。\n文件提出:要聚焦优势特色作物。\n发展目标:到2030年,良种化水平进一步提高。\n"
    assert meta_field(run(convert(text)), "issued") == "2023-01-18"


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_date_after_a_cited_plan_without_its_issuing_is_no_date(convert) -> None:  # type: ignore[no-untyped-def]
    from tests.loaders.inline import meta_field, run

    text = "按照《某某规划》,2023年1月18日召开会议。\n发展目标:到2030年,良种化水平进一步提高。\n"
    assert meta_field(run(convert(text)), "issued") is None


# --------------------------------------------------------------------------- a bureau with no level as the page's source

_SOURCED = "2022年全县防汛工作方案\n\n  • 时间:2022-06-07 14:51\n  • 来源:{src}\n  • 分享:\n\n为深入贯彻防灾减灾工作精神,制定本方案。\n一、总体目标\n"


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_bureau_named_without_its_level_as_source_issues(convert) -> None:  # type: ignore[no-untyped-def]
    from tests.loaders.inline import meta_field, run

    issuer = meta_field(run(convert(_SOURCED.format(src="应急管理局"))), "issuer")
    assert match_text(issuer or "") == "应急管理局"


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
@pytest.mark.parametrize("src", ["人民日报", "县府办", "本站"])
def test_a_paper_or_a_general_office_as_source_does_not(convert, src) -> None:  # type: ignore[no-untyped-def]
    from tests.loaders.inline import meta_field, run

    assert meta_field(run(convert(_SOURCED.format(src=src))), "issuer") is None


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_taiwan_countys_card_is_the_countys(convert) -> None:  # type: ignore[no-untyped-def]
    from tests.loaders.inline import meta_field, run

    assert match_text(meta_field(run(convert(_LAW_CARD)), "region") or "") == "云林县"
