"""Round 41 (heldout98 ep10, a document-sharing site's preview of a 责任分工表): a task table run together with no
cell separators whose one unit column closes each row holds every body up to the next row's number, bodies with
their other name in brackets (市委宣传部(市文明办)), lists joined by 、 and commas, collectives with bracketed levels
(各区(市)县政府(管委会)); with a second unit column after it (牵头单位 | 配合单位) the first cell still stops at its
first list. Both scripts, both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, assert_measures

_TITLE = "垃圾分类重点任务责任分工表\n"
_ROW1 = (
    "1加强生活垃圾分类宣传发动,引导市民参与生活垃圾分类。2021年2月底前,群众知晓率达90%以上。"
    "市委宣传部(市文明办)、市城管委,市住建局、市总工会等部门,各区(市)县政府(管委会)"
)
_ROW2 = (
    "2加强有害垃圾处置的规范化管理。2021年2月底前,完善有害垃圾处置体系。市生态环境局,各区(市)县政府(管委会)"
)
_ROW3 = "3落实生活垃圾分类设施专项规划,优化设施用地布局。2021年2月底前,发布设施规划。市城管委、市规划和自然资源局,市商务局"


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_run_together_rows_one_unit_column_holds_every_body_to_the_next_row(
    variant: Callable[[str], str],
) -> None:
    text = _TITLE + "序号工作内容目标任务责任单位备注" + _ROW1 + _ROW2 + _ROW3 + "\n"
    want = [
        (
            "1",
            "加强生活垃圾分类",
            ["市委宣传部(市文明办)", "市城管委", "市住建局", "市总工会", "各区(市)县政府(管委会)"],
            [],
        ),
        ("2", "加强有害垃圾处置", ["市生态环境局", "各区(市)县政府(管委会)"], []),
        ("3", "落实生活垃圾分类", ["市城管委", "市规划和自然资源局", "市商务局"], []),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_with_a_second_unit_column_the_first_cell_stops_at_its_list(variant: Callable[[str], str]) -> None:
    text = (
        "目标任务分解落实方案\n序号主要工作任务第一责任单位主要责任单位"
        "1服务业增加值占生产总值比重提高。市发展改革委各县(市、区)政府、市经济开发区"
        "2地方财政收入稳步增长。市财政局各县(市、区)政府、市税务局\n"
    )
    want = [
        ("1", "服务业增加值占生", ["市发展改革委", "各县(市、区)政府", "市经济开发区"], ["市发展改革委"]),
        ("2", "地方财政收入稳步", ["市财政局", "各县(市、区)政府", "市税务局"], ["市财政局"]),
    ]
    assert_measures(text, want, variant)
