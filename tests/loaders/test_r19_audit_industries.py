"""Industry rule families of round 19 (an unlabeled audit of unseen county and city pages): a rank between a list
and its head (等国家级优势特色产业集群, 电子信息、装备制造万亿级产业集群) or the application of a technique before the
head (等四大数字技术应用产业集群) no longer hides the list; the left edge of a listed trade drops what is no part of
its name: a verb of a result to reach (努力实现|茶叶、…), the national scope (建设全国|新能源…产业基地), the firm
size threshold (规上|农产品加工业) and the firm that leads the chain (以牧原为链主的|肉食品加工); a long first
name of a pair joined by 和 is not cut at the window read before the head (功能性面料服装和纺织新材料产业基地).
Inline texts in both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from policykg.loaders.extract.industries import IndustryLexicon
from tests.loaders.inline import IDS, VARIANTS, family_params
from tests.loaders.test_industries import labels

Case = tuple[str, list[str]]

# Each family's cases: a text and the industries it names, in order.
FAMILIES: dict[str, list[Case]] = {
    "a_rank_or_an_application_between_a_list_and_its_head_hides_no_item": [
        # a rank before the head after 等, with a qualifier after it (the qualifier alone fits the closing)
        ("建设香菇、脐橙等国家级优势特色产业集群。", ["香菇", "脐橙"]),
        ("做强白酒、食品等世界级优势特色产业集群。", ["白酒", "食品"]),
        # a rank glued to the last item, without 等
        ("打造电子信息、装备制造万亿级产业集群。", ["电子信息", "装备制造"]),
        ("培育生物医药、新材料千亿级产业。", ["生物医药", "新材料"]),
        # the application trades of a technique closing the list
        (
            "培育车联网、工业互联网、电子商务等三大数字技术应用产业集群。",
            ["车联网", "工业互联网", "电子商务"],
        ),
        # ranks alone are no trades, and techniques put to use stay no list of trades
        ("打造一批省级、国家级产业集群。", []),
        ("推进人工智能、区块链等技术应用。", []),
    ],
    "the_left_edge_of_a_listed_trade_drops_what_is_no_part_of_its_name": [
        # a verb of a result to reach, with its adverb
        ("努力实现茶叶、水产、生态养殖等特色产业质量效益提升。", ["茶叶", "水产", "生态养殖"]),
        ("实现蔬菜、水果等产业提质增效。", ["蔬菜", "水果"]),
        # the national scope of a base
        ("建设全国新能源和智能网联汽车产业基地。", ["新能源", "智能网联汽车"]),
        # a long first name of a pair joined by 和 under one head is read whole, not cut at a fixed window
        ("建设全国功能性面料服装和纺织新材料产业基地。", ["功能性面料服装", "纺织新材料"]),
        ("聚焦保税加工和现代物流产业。", ["保税加工", "现代物流"]),
        # the firm size threshold shortened to 规上
        ("全省规上农产品加工业主营业务收入突破1万亿元。", ["农产品加工"]),
        # the firm that leads each trade's chain
        (
            "培育以牧原为链主的肉食品加工、以龙成为链主的特种钢、以中光学为链主的数字光电等优势产业。",
            ["肉食品加工", "特种钢", "数字光电"],
        ),
        # a frame of a leading segment keeps its own reading: the segment is a trade of its own, unlike a firm
        (
            "重点培育以大数据为引领的电子信息产业、以文化旅游为重点的现代服务业等产业。",
            ["大数据", "电子信息", "文化旅游", "现代服务业"],
        ),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_r19_audit_industry_families(
    variant: Callable[[str], str], text: str, want: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == want
