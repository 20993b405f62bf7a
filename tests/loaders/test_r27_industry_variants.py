"""Round 27's industry families widened to the variants other cities write (r27i, issue 12): h27x's families
(tests/loaders/test_r27_h27x_industries.py) probed with other sectors, crops, zone words, growth verbs and closers.

* Firms in any item of a list closed by a class of bodies (物流企业、电商平台等各类市场主体, 快递企业、运输企业等经营
  主体), or by the other words for bodies (等单位, 等机构), are actors, as the firms right before 等主体 are.
* A run of verbs of support before a name and its growth (加快推进数字金融发展) and the other words for that growth at
  the clause end (促进科技金融发展壮大, 推动跨境电商做大做强) name the trade.
* Livestock or a crop farmed at scale in the paired or graded manners other plans write (生猪标准化规模养殖, 肉牛适度
  规模养殖, 中药材规范化种植, 生猪规模化、标准化养殖) is its farm trade.
* One kind of livestock before its verb of raising (发展生猪养殖, 推进肉牛饲养) names the trade without the verb, as
  a crop does (tests/corpus/README round 25: the suffix is dropped 17 times, kept 2; heldout40 ch08: 生猪养殖产能 →
  生猪); the collective kinds (畜禽养殖, 水产养殖) and kinds no produce word names (山地鸡养殖) keep it.
* A cut other plans write before a list of trades (压减钢铁、水泥等行业产能) and the means a first list closes before
  the verb (关停、淘汰等手段|压减…) are no part of the first trade's name.
* A model park or a trade's belt (…休闲农业示范园, …乡村旅游产业带) closes a zone item as 集聚区 does.

Inline texts in both scripts and both punctuations, with the mentions each family must leave alone."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from policykg.loaders.extract.industries import IndustryLexicon
from tests.loaders.inline import IDS, VARIANTS, family_params
from tests.loaders.test_industries import labels

Case = tuple[str, list[str]]

FAMILIES: dict[str, list[Case]] = {
    "firms_in_any_item_of_a_list_closed_by_a_class_of_bodies": [
        ("引导物流企业、电商平台等各类市场主体参与。", []),
        ("支持快递企业、运输企业等经营主体开展合作。", []),
        ("组织电商企业、快递企业等市场主体开展培训。", []),
        ("支持物流企业、快递企业等单位参与。", []),
        ("鼓励快递企业等机构参与。", []),
        # firms in a list of trades, no class of bodies after it: the trades, as before
        ("支持物流企业发展。", ["物流"]),
        ("支持物流企业等做大做强。", ["物流"]),
    ],
    "a_run_of_support_verbs_and_other_growth_words": [
        ("加快推进数字金融发展。", ["数字金融"]),
        ("促进科技金融发展壮大。", ["科技金融"]),
        ("推动跨境电商发展壮大。", ["跨境电商"]),
        ("推动跨境电商做大做强,提升竞争力。", ["跨境电商"]),
        # a manner of growth and the economy as a whole, whatever the verbs: none
        ("加快推进城乡融合发展。", []),
        ("推动经济发展壮大。", []),
        ("加快推进普惠金融发展。", []),
    ],
    "livestock_or_a_crop_farmed_in_paired_or_graded_manners": [
        ("推进生猪标准化规模养殖。", ["生猪"]),
        ("发展肉牛适度规模养殖。", ["肉牛"]),
        ("推进中药材规范化种植。", ["中药材"]),
        ("推进生猪规模化、标准化养殖。", ["生猪"]),
        ("推进肉羊规模化养殖。", ["肉羊"]),
        # the manner alone: none
        ("推行适度规模养殖。", []),
        ("推广规范化种植。", []),
    ],
    "one_kind_of_livestock_raised_names_the_trade": [
        ("发展生猪养殖。", ["生猪"]),
        ("推进肉牛饲养。", ["肉牛"]),
        ("支持提升生猪养殖产能。", ["生猪"]),
        # collective kinds and kinds no produce word names keep the verb, as the gold records them
        ("发展水产养殖。", ["水产养殖"]),
        ("加大畜禽养殖。", ["畜禽养殖"]),
        ("发展山地鸡养殖。", ["山地鸡养殖"]),
    ],
    "a_cut_and_the_means_before_a_list_of_trades": [
        ("通过关停、淘汰等手段压减钢铁、水泥等行业产能。", ["钢铁", "水泥"]),
        ("通过关停、淘汰等方式压减钢铁、水泥等行业产能。", ["钢铁", "水泥"]),
        ("压减钢铁、水泥等行业产能。", ["钢铁", "水泥"]),
        ("通过兼并重组、技术改造等方式提升钢铁、有色、化工等传统产业。", ["钢铁", "有色", "化工"]),
    ],
    "model_parks_and_belts_close_a_zone_item": [
        ("重点打造平南乡村旅游集聚带、港北休闲农业示范园。", ["乡村旅游", "休闲农业"]),
        ("打造乐游平南乡村旅游示范带、生态港北休闲农业示范园。", ["乡村旅游", "休闲农业"]),
        ("打造平南乡村旅游产业带。", ["乡村旅游"]),
        # slogans alone: none
        ("打造特色港北、乐游平南。", []),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "expected"), family_params(FAMILIES))
def test_round27_industry_variants(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == expected
