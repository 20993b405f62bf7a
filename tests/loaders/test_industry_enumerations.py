"""Industry rule families for unseen documents (issue 12, round 7), each on small inline texts in Simplified and
Traditional script, ASCII and full-width punctuation, with the false mentions each family must not produce."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from policykg.loaders.extract.industries import IndustryLexicon
from policykg.loaders.normalize import to_simplified
from tests.loaders.inline import IDS, VARIANTS
from tests.loaders.test_industries import labels


def check(variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon) -> None:
    assert labels(variant(text), lex) == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("大力发展工程机械产业。", ["工程机械"]),
        ("推动人形机器人产业集群发展壮大。", ["人形机器人"]),
        ("大力发展通用航空产业。", ["通用航空"]),
        # a heading's whole name, and after a verb or the jurisdiction's scope
        ("2.人形机器人产业链。", ["人形机器人"]),
        ("(二)工程机械产业。", ["工程机械"]),
        ("实施工程机械产业链链长制。", ["工程机械"]),
        ("全市工程机械产业营收突破千亿元。", ["工程机械"]),
        # after 的, a description may go on: the industry word alone
        ("打造以厦门为中心的海峡西岸南翼旅游产业集群。", ["旅游"]),
        # not a service activity, not two parts of which one names no trade, not after a place
        ("推进人才及汽车产业发展。", ["汽车"]),
        ("推进专家服务产业化。", []),
    ],
)
def test_a_trigger_verbs_whole_object_before_chanye(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    check(variant, text, expected, lex)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "加快构建以特高压、光电信息、智能传感器为主导的现代产业体系。",
            ["特高压", "光电信息", "智能传感器"],
        ),
        ("形成以新能源、新材料为重点的战略性新兴产业集群。", ["新能源", "新材料"]),
        # a frame without a list, or before no industry head, names no industry
        ("以企业为主体、市场为导向的技术创新体系。", []),
        # ways of working and tasks framed the same way are no trades
        ("以数字化、网络化、智能化为重点的产业转型升级。", []),
        ("以项目建设、招商引资为重点的产业发展。", []),
        ("以新能源汽车为重点的产业。", ["新能源汽车"]),
    ],
)
def test_lists_framed_by_yi_wei_zhudao(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    check(variant, text, expected, lex)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("做强风电装备和新型储能两大主导产业。", ["风电装备", "新型储能"]),
        ("做强汽车和电子两大主导产业。", ["汽车", "电子"]),
        ("加快构建以风电装备和新型储能为主导的产业体系。", ["风电装备", "新型储能"]),
        # regression: without 、, a count or a frame, two words joined by 和 before 等 are no list
        ("推动文化和旅游等产业融合发展。", []),
        ("支持科技和金融等领域合作。", []),
        # a compound joined by 及 stays whole when the count needs no split
        ("做强汽车及零部件、电子信息两大产业。", ["汽车及零部件", "电子信息"]),
        # 等一批 is no count of one: every item stays
        (
            "重点培育厦门光电产业集群、漳州古雷石化产业基地、泉州纺织服装产业集群等一批产业集群。",
            ["光电", "古雷石化", "纺织服装"],
        ),
    ],
)
def test_a_stated_count_checks_the_items(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    check(variant, text, expected, lex)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("切实帮扶餐饮、住宿、零售企业渡过难关。", ["餐饮", "住宿", "零售"]),
        ("推动钢铁、有色、建材行业节能降碳。", ["钢铁", "有色", "建材"]),
        # ownerships and qualifiers of every trade are no trades
        ("支持国有、民营、外资企业扩大投资。", []),
        ("支持高校、科研院所、企业联合攻关。", []),
    ],
)
def test_lists_closed_by_a_trade_head(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    check(variant, text, expected, lex)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("重点发展铝、铜、钢铁等产业。", ["铝", "铜", "钢铁"]),
        ("加快构建以茶、酒、家具为主导的特色产业体系。", ["茶", "酒", "家具"]),
        # utilities and roads to build, and an institution named for the metals
        ("完善水、电、气、路等基础设施。", []),
        ("推进稀土、钨国家重点实验室建设。", []),
    ],
)
def test_one_character_trades_in_lists(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    check(variant, text, expected, lex)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "重点培育厦门汽车及工程机械产业集群、漳州金属及深加工产业基地。",
            ["汽车及工程机械", "金属及深加工"],
        ),
        (
            "服务区域中电子信息、装备制造、石化、纺织、建材等产业规模经营需要。",
            ["电子信息", "装备制造", "石化", "纺织", "建材"],
        ),
    ],
)
def test_compounds_after_a_place_and_a_scope_with_its_locative(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    check(variant, text, expected, lex)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("聚焦平台经济、林下经济、低空经济等重点领域。", ["平台经济", "林下经济", "低空经济"]),
        # round 22: an economy of the occasion or clientele of spending is no trade (heldout20 bn14 annotation)
        ("聚焦银发经济、冰雪经济、低空经济等重点领域。", ["低空经济"]),
        ("大力发展预制菜、生猪、花卉等产业。", ["预制菜", "生猪", "花卉"]),
        # the economy-wide forms stay generic
        ("壮大县域经济、民营经济、集体经济等。", []),
    ],
)
def test_product_words_and_economies_as_evidence(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    check(variant, text, expected, lex)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("延伸钢铁产业链。", ["钢铁"]),
        ("打造以厦门为中心的海峡西岸南翼旅游产业集群。", ["旅游"]),
        ("打造世界级酱香白酒产业基地。", ["酱香白酒"]),
        ("打造千亿级电子信息产业集群。", ["电子信息"]),
        # a broad morpheme cut from a run, a trade head, a count inside a list item: no industry
        ("推进数据要素赋能数字产业。", []),
        # regression: a morpheme after a joiner is no name cut from a run (外贸业态融合和|贸易产业融合)
        ("促进外贸业态融合和贸易产业融合。", []),
        ("力争引进国家级领军人才2名、优质产业互联网企业100家。", ["产业互联网"]),
    ],
)
def test_a_morpheme_cut_from_a_run_and_scale_words(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    check(variant, text, expected, lex)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("推动铝产业链延伸。", ["铝"]),
        ("大力发展茶产业。", ["茶"]),
        ("打造千亿级铝产业集群。", ["铝"]),
        # a one-character word that is no trade, before a head
        ("推动全产业链发展。", []),
    ],
)
def test_a_one_character_trade_before_a_head(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    check(variant, text, expected, lex)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("大力发展新能源、新材料。", ["新能源", "新材料"]),
        # ways of working, inputs, and a pair that goes on into another noun
        ("推进数字化、智能化改造。", []),
        ("加强人才、资金保障。", []),
        ("推动能源、交通基础设施建设。", []),
    ],
)
def test_two_trades_after_a_trigger(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    check(variant, text, expected, lex)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "将制造业、电力热力燃气及水生产和供应业、交通运输仓储和邮政业等6大行业纳入留抵退税范围。",
            ["制造业", "电力热力燃气及水生产和供应业", "交通运输仓储和邮政业"],
        ),
        ("在教育,卫生和社会工作,文化、体育和娱乐业等行业实施。", ["卫生和社会工作", "文化、体育和娱乐业"]),
        ("接续实施汽车、家电、家装厨卫和电动自行车以旧换新。", ["汽车", "家电", "家装厨卫", "电动自行车"]),
        ("扩大新能源汽车、智能家居、数码产品等消费。", ["新能源汽车", "智能家居", "数码产品"]),
        # a policy continued for the service sector as a whole names no industry
        ("延续服务业增值税加计抵减政策。", []),
        ("扩大夜间、假日等消费。", []),
    ],
)
def test_sector_names_trade_in_and_consumption_lists(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    check(variant, text, expected, lex)


_PARKS = (
    "一、重点任务\n"
    "1.提升完善各产业园发展规划。(牵头单位:县园区发展服务中心;责任单位:新材料产业园、高端装备产业园、食品产业园等)\n"
    "2.大力发展新材料、高端装备等产业。(责任单位:县工业和信息化局)\n"
)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_parks_listed_as_responsible_units_are_no_industries(variant: Callable[[str], str]) -> None:
    from tests.loaders.test_responsibility import run

    doc = run(variant(_PARKS))
    got = [[to_simplified(doc.industries[r.key].pref_label) for r in m.industries] for m in doc.measures]
    assert got == [[], ["新材料", "高端装备"]]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "在住宿和餐饮业,居民服务、修理和其他服务业,教育,卫生和社会工作等行业实施。",
            ["住宿和餐饮业", "居民服务、修理和其他服务业", "教育", "卫生和社会工作"],
        ),
        # 教育 as a field (职业教育, 发展教育、医疗) is not the statistical sector
        ("加强职业教育、技能培训,发展教育、医疗。", []),
    ],
)
def test_short_sector_names_as_items_of_a_sector_list(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    check(variant, text, expected, lex)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("粮食播种面积稳定在0.07万亩。", ["粮食"]),
        ("生猪存栏达到1万头。", ["生猪"]),
        ("家禽出栏20万羽。", ["家禽"]),
        # output figures and whole-economy indicators name no trade
        ("全年粮食产量稳定在10万吨。", []),
        ("规上工业增加值增长8%。", []),
    ],
)
def test_farm_indicators_name_their_trade(
    variant: Callable[[str], str], text: str, expected: list[str], lex: IndustryLexicon
) -> None:
    check(variant, text, expected, lex)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title stating the count and class of a bare list on the next line: the items are industries
        (
            "(三)六个未来产业\n第三代半导体、未来网络、前沿战略材料、氢能与储能、基因与生物技术、深海空天开发\n",
            ["第三代半导体", "未来网络", "前沿战略材料", "氢能与储能", "基因与生物技术", "深海空天开发"],
        ),
        # a count that does not match the list: the list is not the title's
        ("(三)三个未来产业\n第三代半导体、未来网络\n", []),
    ],
)
def test_a_counted_title_over_a_bare_list(
    variant, text: str, expected: list[str], lex: IndustryLexicon
) -> None:  # type: ignore[no-untyped-def]
    check(variant, text, expected, lex)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_an_electronic_voucher_is_no_electronics(variant, lex: IndustryLexicon) -> None:  # type: ignore[no-untyped-def]
    check(variant, "面向全县发放各类电子消费券。", [], lex)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("三大未来产业:人工智能、量子信息、生命健康。", ["人工智能", "量子信息", "生命健康"]),
        # the count differs from the items: no announced list
        ("(三)六个未来产业\n加强研发、完善政策、优化服务\n", []),
    ],
)
def test_a_count_of_industries_announces_the_list_after_it(variant, text, expected, lex) -> None:  # type: ignore[no-untyped-def]
    check(variant, text, expected, lex)
