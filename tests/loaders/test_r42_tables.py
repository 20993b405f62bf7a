"""Round 42 (heldout107): a page opening mid-table, its rows one a line with no header (number | task | units |
progress | status, a lone bar line between rows), each row a measure with its units (ey05); a label closed by 有
(主要责任单位:A,相关责任单位有B、C) as by its colon (ey09); a 1. item whose text opens with a year (1.2024中国…节 /
1.20XX…, a template site's masked year) (ey08); circled items under a title-only (2), each with its own label lines
(活动时间:… / 牵头单位:…), the measures (ey08). Both scripts, both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, assert_measures

_ROWS = (
    "1 | 完成27所学校教育基础设施改造提升,新安装空调970台。 | 县教育局 | 已经安装空调970台;新风系统在招投标中。 | 按时序推进 |\n"
    "|\n"
    "2 | 完成10家示范型居家养老服务照料中心建设。 | 县民政局 | 已完成设计方案,5家施工中。 | 按时序推进 |\n"
    "|\n"
    "3 | 为全县200名以上残疾儿童实施基本康复服务。 | 县残联 | 目前已确定221名残疾儿童开始服务。 | 按时序推进 |\n"
)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_headerless_rows_with_progress_and_status_cells(variant: Callable[[str], str]) -> None:
    want = [
        ("1", "完成27所学校教", ["县教育局"], []),
        ("2", "完成10家示范型", ["县民政局"], []),
        ("3", "为全县200名以", ["县残联"], []),
    ]
    assert_measures(_ROWS, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_label_closed_by_you(variant: Callable[[str], str]) -> None:
    text = (
        "关于印发民生实事实施方案的通知\n一、重点任务\n1.全面落实困难群众大病补充医疗保险。\n"
        "主要责任单位:省人力资源和社会保障厅,相关责任单位有省财政厅、省民政厅。\n"
        "2.免费开展新生儿疾病筛查。\n主要责任单位:省卫生健康委,相关责任单位有省财政厅。\n"
    )
    want = [
        (
            "1",
            "全面落实困难群众",
            ["省人力资源和社会保障厅", "省财政厅", "省民政厅"],
            ["省人力资源和社会保障厅"],
        ),
        ("2", "免费开展新生儿疾", ["省卫生健康委", "省财政厅"], ["省卫生健康委"]),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize("year", ["2024", "20XX", "2024·", "2024“"])
def test_an_item_opening_with_a_year_and_circled_items_with_label_lines(
    variant: Callable[[str], str], year: str
) -> None:
    text = (
        "关于举办旅游节的方案\n三、活动安排\n"
        f"1.{year}中国客家生态文化旅游节新闻发布会\n活动时间:3月上旬\n牵头单位:县委宣传部、县旅游局\n"
        f"2.{year}中国客家文化旅游节启动仪式\n(1)开幕式\n活动时间:3月20日\n牵头单位:县委宣传部\n"
        "(2)开工典礼\n①文昌阁竣工典礼\n活动时间:3月20日上午\n牵头单位:县城南片区建设指挥部\n"
        "②将军堂开馆仪式\n活动时间:3月20日上午\n牵头单位:县文广局\n"
    )
    want = [
        ("1", f"{year}中国客家"[:8], ["县委宣传部", "县旅游局"], ["县委宣传部", "县旅游局"]),
        ("(1)", "开幕式\n活动时间", ["县委宣传部"], ["县委宣传部"]),
        ("①", "文昌阁竣工典礼\n", ["县城南片区建设指挥部"], ["县城南片区建设指挥部"]),
        ("②", "将军堂开馆仪式\n", ["县文广局"], ["县文广局"]),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_decimal_numbered_item_over_rows_whose_first_cells_are_merged(
    variant: Callable[[str], str],
) -> None:
    # heldout107 ey03: 小项 | … | 牵头单位 | 承办单位 |, the 小项 numbered in its task cell (9.1加强…), its later rows
    # printed without the merged cells (right-aligned), every row's units and leads the 小项's
    text = (
        "小项 | 具体项目及实施内容 | 进度安排 | 完成标准 | 牵头单位 | 承办单位 |\n"
        "9.1加强文化场所建设 | 2月底完成主体结构验收,12月完成主楼外墙装饰施工。 | 主体外墙装饰完成。 | 市档案局 | 市档案局 | |\n"
        "一季度实施遗址公园文态建设;二季度组织开展美术馆新馆选址。 | 文态规划编制完成。 | 市文化局 | 市文化局 | ||\n"
        "1-5月在9个社区各建立1个民族文化之家。 | 民族文化交流得到促进。 | 市民宗局 | 市民宗局 | ||\n"
        "9.2开展文化惠民活动 | 一季度现场调研,提出免费开放博物馆推荐名单。 | 实现免费开放。 | 市文化局 | 市文化局 | |\n"
    )
    want = [
        ("9.1", "9.1加强文化场", ["市档案局", "市文化局", "市民宗局"], ["市档案局", "市文化局", "市民宗局"]),
        ("9.2", "9.2开展文化惠", ["市文化局"], ["市文化局"]),
    ]
    assert_measures(text, want, variant)
