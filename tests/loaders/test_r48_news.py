"""Round 48 news: a report's paragraph whose sentences or ;-pieces each name the body that leads their work
(校园内部安全整治主要由教育局牵头,公安、消防部门配合,…;食品卫生监管主要由食品药品监管局牵头,…) is one measure per
piece, its lead and partners its units (heldout161 ha02). Both scripts, both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, assert_measures

_REPORT = (
    "多部门协作联动构建校园安全屏障\n2013-04-01 15:03\n"
    "近日,为进一步加强学校安全管理工作,某县人民政府组织教育局等十二个部门协作联动,全面启动校园安全联合整治行动。\n\n"
    "据悉,此次联合整治主要有三方面。校园内部安全整治主要由教育局牵头,公安、消防部门配合,对全县学校的场地进行全面排查;"
    "食品卫生监管主要由县市场监管局牵头,卫生部门配合,对学校食堂进行全面监督检查;"
    "接送学生车辆安全整治主要由县公安交警大队牵头,交运局配合,加强对接送学生车辆的检查。\n"
)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_each_led_piece_of_a_report_is_a_measure(variant: Callable[[str], str]) -> None:
    want = [
        ("", "校园内部安全整治主要由教育局牵头", ["教育局", "公安", "消防部门"], ["教育局"]),
        ("", "食品卫生监管主要由县市场监管局牵头", ["县市场监管局", "卫生部门"], ["县市场监管局"]),
        (
            "",
            "接送学生车辆安全整治主要由县公安交警大队牵头",
            ["县公安交警大队", "交运局"],
            ["县公安交警大队"],
        ),
    ]
    assert_measures(_REPORT, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_one_led_piece_leaves_the_paragraph_whole(variant: Callable[[str], str]) -> None:
    text = _REPORT.replace(
        "食品卫生监管主要由县市场监管局牵头,卫生部门配合,对学校食堂进行全面监督检查;"
        "接送学生车辆安全整治主要由县公安交警大队牵头,交运局配合,加强对接送学生车辆的检查。",
        "同时对学校食堂进行全面监督检查。",
    )
    want = [("", "此次联合整治主要有三方面", ["教育局", "公安", "消防部门"], ["教育局"])]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_the_lead_bodys_points_in_the_next_paragraph(variant: Callable[[str], str]) -> None:
    text = (
        "为进一步增强全社会的质量意识,市市场监管局会同市经济信息化局等有关部门开展全市质量月活动。\n"
        "此次活动将从三个方面展开,一是开展质量宣传教育,增强全民质量意识。二是优化质量发展环境,激发市场主体活力。"
        "三是夯实质量基础设施,增强技术服务能力。\n"
    )
    units = ["市市场监管局", "市经济信息化局"]  # the named partner before 等有关部门 (heldout156 gv09's gold)
    want = [
        ("一是", "开展质量宣传教育", units, []),
        ("二是", "优化质量发展环境", units, []),
        ("三是", "夯实质量基础设施", units, []),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_purpose_before_no_body_gives_no_doer(variant: Callable[[str], str]) -> None:
    text = (
        "为进一步增强全社会的质量意识,全市开展质量月活动。\n"
        "此次活动将从两个方面展开,一是开展质量宣传教育,增强全民质量意识。二是优化质量发展环境,激发市场主体活力。\n"
    )
    want = [("一是", "开展质量宣传教育", [], []), ("二是", "优化质量发展环境", [], [])]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_the_lead_bodys_named_partners_share_its_points(variant: Callable[[str], str]) -> None:
    text = (
        "为进一步增强全社会的质量意识,市市场监管局会同市经济信息化局、市农业农村局开展全市质量月活动。\n"
        "此次活动将从两个方面展开,一是开展质量宣传教育,增强全民质量意识。二是优化质量发展环境,激发市场主体活力。\n"
    )
    units = ["市市场监管局", "市经济信息化局", "市农业农村局"]
    want = [("一是", "开展质量宣传教育", units, []), ("二是", "优化质量发展环境", units, [])]
    assert_measures(text, want, variant)
