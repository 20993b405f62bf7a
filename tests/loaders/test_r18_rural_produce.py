"""Industry rule families of round 18 for 乡村振兴 opinions (unseen pages): crops named by their class or kind
(油料, 木本油料, 核桃, 油茶, 糖料蔗, 天然橡胶, 瓜菜, 红花 …) are produce, so two listed together name farm trades; and
a crop or livestock alone before its output, capacity, whole chain or trade (稳定生猪生产, 肉牛全产业链, 菌草产业)
names its farm trade, except grain as a whole (粮食生产: the duty of grain security). Layout: a page whose only
markers are (1) items, each a title closed by 。 and its text (⑴强化招商意识。…), has them as its measures.
Inline texts in both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from policykg.loaders.extract.industries import IndustryLexicon
from tests.loaders.inline import IDS, VARIANTS, family_params, run
from tests.loaders.test_industries import labels

Case = tuple[str, list[str]]

# Each family's cases: a text and the industries it names, in order.
FAMILIES: dict[str, list[Case]] = {
    "crop_classes_and_kinds_listed_together_are_produce": [
        ("着力抓好核桃、油茶等特色经济林建设。", ["核桃", "油茶"]),
        ("扩大大豆和油料生产。", ["大豆", "油料"]),
        ("调整糖料蔗、瓜菜种植结构。", ["糖料蔗", "瓜菜"]),
        # a single kind with no list nor head is no mention
        ("做好核桃干果的收储。", []),
    ],
    "a_crop_alone_before_its_output_or_chain_is_its_trade": [
        ("稳定生猪生产长效性支持政策。", ["生猪"]),
        ("支持肉牛全产业链发展。", ["肉牛"]),
        ("建设一批生猪产能调控基地。", ["生猪"]),
        ("积极发展菌草产业。", ["菌草"]),
        # grain as a whole: the duty of grain security, no trade
        ("切实履行粮食生产责任。", []),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_r18_rural_produce_families(
    variant: Callable[[str], str], text: str, want: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == want


# A page's text and the numbers of the measures it holds.
LAYOUTS: dict[str, list[tuple[str, list[str]]]] = {
    "top_bracketed_items_with_a_title_and_text_are_measures": [
        (
            "⑴强化招商意识。科学下达目标任务,优化考核细则,严格考核。\n"
            "⑵抢抓合作机遇。持续开展招商引资百日攻坚活动,依托已落地项目补链强链。\n",
            ["⑴", "⑵"],
        ),
        (
            "(1)优化营商环境。实施责任制加清单制,持续落实跟踪服务机制。\n"
            "(2)强化要素保障。全力保障用地用能需求,建立项目推进台账。\n",
            ["(1)", "(2)"],
        ),
        # items without a title sentence are no tasks
        ("(1)全县共有企业120家。\n(2)全县共有项目30个。\n", []),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(LAYOUTS))
def test_r18_top_item_layouts(variant: Callable[[str], str], text: str, want: list[str]) -> None:
    assert [m.number for m in run(variant(text)).measures] == want
