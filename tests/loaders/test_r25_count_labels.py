"""Targets, round 25 (heldout32-33): figures that label a page, size a class, name a survey or measure a span, and
three forms the general rules read wrongly the other way (a convened meeting's count, an old level after a few
words of time, a dated period opening a goal schedule). Small inline texts in both scripts and punctuations."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.loaders.inline import IDS, VARIANTS
from tests.loaders.test_targets import _values

# --------------------------------------------------------------------------- a content page's sample count


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    "headline", ["冬季供暖保障措施方案范文(通用5篇)", "城市垃圾分类方案精选3篇", "工作方案范文汇总10篇"]
)
def test_a_headline_count_of_collected_samples_is_no_target(convert, headline) -> None:  # type: ignore[no-untyped-def]
    assert _values(convert(headline + "\n全年在省级媒体发表稿件8篇。")) == [(Decimal(8), "篇")]


# --------------------------------------------------------------------------- a band of population


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_band_of_population_sizes_a_class_not_a_target(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert(
        "8万人口以上的乡镇配备统计人员4人,5万至8万人口的乡镇配备统计人员3人,5万人口以下的乡镇配备统计人员2人。"
    )
    assert _values(text) == [(Decimal(4), "人"), (Decimal(3), "人"), (Decimal(2), "人")]


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_population_served_stays_a_target(convert) -> None:  # type: ignore[no-untyped-def]
    assert _values(convert("有效改善9万人口的饮水安全问题。")) == [(Decimal(90000), "人")]


# --------------------------------------------------------------------------- a survey named by its fraction


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_survey_named_by_its_sampling_fraction_is_no_target(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert("重大统计调查:1%人口抽样调查、劳动力调查等。抽查比例不低于5%。")
    assert _values(text) == [(Decimal(5), "%")]


# --------------------------------------------------------------------------- a span counted in 个


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
@pytest.mark.parametrize("span", ["一个周期", "两个阶段", "1个季度"])
def test_a_span_counted_in_ge_is_no_target(convert, span) -> None:  # type: ignore[no-untyped-def]
    text = convert(f"技术模式应至少经过{span}试点试验,成熟后再推开。建设示范村两个。")
    assert _values(text) == [(Decimal(2), "个")]


# --------------------------------------------------------------------------- a convened meeting's count


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_meetings_convened_per_period_are_a_target(convert) -> None:  # type: ignore[no-untyped-def]
    assert _values(convert("每季度或半年召开1次会议,必要时随时召开会议。")) == [(Decimal(1), "次")]


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_session_number_is_still_no_target(convert) -> None:  # type: ignore[no-untyped-def]
    assert _values(convert("市十四届人大二次会议审议通过,召开十三届七次全会。")) == []


# --------------------------------------------------------------------------- a temperature and its old level


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_temperature_raised_from_an_old_level_keeps_the_new_one(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert("将供热温度由往年的18℃提升至20℃,居室温度不低于18°C。")
    assert _values(text) == [(Decimal(20), "℃"), (Decimal(18), "°C")]


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_an_old_level_right_after_you_is_still_skipped(convert) -> None:  # type: ignore[no-untyped-def]
    assert _values(convert("审批时限由20个工作日压缩至10个工作日。")) == [(Decimal(10), "个工作日")]


# --------------------------------------------------------------------------- a dated period opening a schedule


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_dated_period_opening_a_schedule_is_its_first_step(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert("2023年上半年,建设5G基站300个;在交通领域开展试点。\n到2023年底,基站建设总数达1500个。")
    assert _values(text) == [(Decimal(300), "个"), (Decimal(1500), "个")]


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_period_reported_without_a_schedule_stays_a_report(convert) -> None:  # type: ignore[no-untyped-def]
    assert _values(convert("2023年上半年,全市完成投资300亿元。")) == []
    assert _values(convert("2022年上半年,建设5G基站300个;\n到2023年底,基站总数达1500个。")) == [
        (Decimal(1500), "个")
    ]
