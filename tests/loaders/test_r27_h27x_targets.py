"""Round 27's target families from heldout41/43/45 (issue 12): an industry or a town over a size, written with
的 after the figure (产值超1000亿元的产业6个, 年GDP超过1亿元的建制镇), is the class counted or charged, not a
goal; the size of a trade itself (实现1000亿元的产业规模) stays its measure; a count of goes after 分 (分3次断续发放,
分3期建设) is how a thing is split, not a quantity; a count with its kind's word in brackets (15个(类)) is one
unit, as written; computing power by its prefix alone (6000P) and a duration with a decimal (12.5年) are figures
in P and 年; counts listed before their total in the same unit (省级1家、市级9家…共23家) are its parts, the total
alone the figure; 一 in words before 以上/以下 (一名以上) is a count. Inline texts in both scripts and both
punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, family_params
from tests.loaders.test_targets import targets

Case = tuple[str, list[tuple[float, str, str]]]

FAMILIES: dict[str, list[Case]] = {
    "a_trade_or_town_over_a_size_is_a_class": [
        # the counts are the goal, the sizes define what is counted
        (
            "培育产值超1000亿元的产业6个,超100亿元的产业3个。",
            [(6, "个", "="), (3, "个", "=")],
        ),
        ("年GDP超过1亿元的建制镇建立政府专职消防队。", []),
        ("推动税收超过5000万元的乡镇达到10个。", [(10, "个", "=")]),
        # the size of the trade is what the goal measures
        ("到2025年实现1000亿元的产业规模。", [(1000, "亿元", "=")]),
        ("形成5000亿元的产业产值。", [(5000, "亿元", "=")]),
    ],
    "a_count_of_goes_after_fen_is_a_manner": [
        # how a thing is split into goes, not how many the plan commits to
        ("1.预先警报信号:共180秒,分3次断续发放。", []),
        ("项目分3期建设。", []),
        ("组织培训分3批次进行,培训500人。", [(500, "人", "=")]),
        # a count of goes the plan commits to, and a word ending in 分 before a count: as before
        ("全年开展应急演练3次。", [(3, "次", "=")]),
        ("对部分3次以上违规的企业进行约谈。", [(3, "次", ">=")]),
    ],
    "a_count_with_its_kind_in_brackets_is_one_unit": [
        ("新研发富有乡村特色的15个(类)文创产品和旅游商品。", [(15, "个(类)", "=")]),
        ("推出10个(项)便民服务。", [(10, "个(项)", "=")]),
        # no bracket: the count unit alone, as before
        ("新建6个标准化茶园。", [(6, "个", "=")]),
    ],
    "computing_power_by_its_prefix_and_a_decimal_duration_in_years": [
        ("力争全省算力规模达到6000P。", [(6000, "P", "=")]),
        ("劳动年龄人口平均受教育年限12.5年。", [(12.5, "年", "=")]),
        # a letter run after a count, and a year with no decimal: no such unit
        ("完成3个PPP项目。", [(3, "个", "=")]),
        ("2024年完成改造。", []),
    ],
    "the_parts_listed_before_their_total_are_no_targets": [
        (
            "全市省级1家、市级9家、县(区)级13家共23家政府挂牌重大火灾隐患单位全部确保整改。",
            [(23, "家", "=")],
        ),
        ("建成示范村5个、示范镇3个共8个。", [(8, "个", "=")]),
        # a sum in another unit, or a count after a clause break: every figure stays
        ("新建学校3所、医院2家,共投资5亿元。", [(3, "所", "="), (2, "家", "="), (5, "亿元", "=")]),
        ("新增就业岗位1000个,共建成10个园区。", [(1000, "个", "="), (10, "个", "=")]),
    ],
    "one_in_words_before_a_bound_is_a_count": [
        ("每个乡镇培养一名以上油茶技术专家。", [(1, "名", ">=")]),
        ("培育一个以上龙头企业。", [(1, "个", ">=")]),
        # 一 as an article, and 一项 before 内容: no count
        ("搭建一个平台。", []),
        ("作为评价的一项内容。", []),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_round27_h27x_target_families(
    variant: Callable[[str], str], text: str, want: list[tuple[float, str, str]]
) -> None:
    got = [(float(t.value), t.unit, t.comparator) for t in targets(variant(text))]
    assert got == [(float(v), u, c) for v, u, c in want]
