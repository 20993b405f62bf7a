"""Industry and target families of round 25's second wave (w25x: heldout29-33). Inline texts in both scripts and
both punctuations.

* A broad stem written alone before 产业 or 服务业 (发展数据产业, 以大数据为核心的信息产业, 聚焦信息服务业) names its
  trade with the head kept, as 时尚产业 is named: 数据 and 信息 alone name no trade. A longer name ending in the stem
  (电子信息产业, 光电信息产业) keeps its own reading, and a park named for the trade (数据产业集聚区) gives the stem.
* A plan's distinction between 等 and the crop class closing a list of crops (荞麦、谷类等特色小杂粮, 马铃薯、大豆等
  优质杂粮) is read past: the class is a farm trade as after 等 alone; a class of crops in general (等特色粮食作物) is none.
* A page without a title of its own that opens on its basis, citing an opinion on developing one trade (一、编制依据 /
  依据《国务院办公厅关于促进3岁以下婴幼儿照护服务发展的指导意见》…), is about that trade as a page so titled is: every
  measure naming it records it, the ages served (3岁以下) read off; a basis citing no such opinion gives none.
* A measured figure or range closed by 的 and a reward verb (…;5000-1万平方米的给予最高不超过15万元奖励) is one tier of
  a reward scale, the size class that earns the amount, wherever the tier stands in the sentence; a money figure or
  a rate so closed (给予5000元的补贴, 给予10%的补助) is the reward itself.
* A count inside the focus a plan names (以“两州一县”和18个省定深度贫困县为重点) or opening an item of the list of foci
  (建设的重点是:1个基础共享工程、18个智慧专项) names the places or parts the work centres on, no count to reach; a count
  after a verb inside such an item (重点是:建设18个项目) and a count outside the frame stay targets."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest

from policykg.loaders.extract.industries import IndustryLexicon
from policykg.loaders.normalize import to_simplified
from tests.loaders.inline import IDS, SCRIPT_IDS, SCRIPTS, VARIANTS, family_params, run
from tests.loaders.test_industries import labels
from tests.loaders.test_targets import targets

# Each family's cases: a text and the industries it names, in order.
INDUSTRIES: dict[str, list[tuple[str, list[str]]]] = {
    "a_broad_stem_alone_keeps_its_head": [
        ("大力发展数据产业。", ["数据产业"]),
        ("培育和发展以大数据为核心的信息产业。", ["大数据", "信息产业"]),
        ("聚焦信息服务业,提升产业规模。", ["信息服务业"]),
        ("重点发展信息服务业。", ["信息服务业"]),
        # a longer name ending in the stem is read as before
        ("加快电子信息产业聚集区建设。", ["电子信息"]),
        ("打造千亿元光电信息产业集群。", ["光电信息"]),
        # a park named for the trade gives the stem, as other parks do
        ("积极争创建设国家数据产业集聚区。", ["数据"]),
        # the stem before another head stays a qualifier of every trade
        ("推动信息消费,支持数据企业发展。", []),
    ],
    "a_distinction_before_a_crop_class_is_read_past": [
        ("鼓励在主粮生产区外发展荞麦、谷类等特色小杂粮。", ["荞麦", "谷类", "小杂粮"]),
        ("发展马铃薯、大豆等优质杂粮。", ["马铃薯", "大豆", "杂粮"]),
        ("发展油菜、油葵等特色油料作物。", ["油菜", "油葵", "油料作物"]),
        # a class of crops in general stays none
        ("发展水稻、小麦等特色粮食作物。", ["水稻", "小麦"]),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(INDUSTRIES))
def test_w25x_industry_families(
    variant: Callable[[str], str], text: str, want: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == want


# Each family's cases: a text and the (value, unit) of every target it states, in order.
TARGETS: dict[str, list[tuple[str, list[tuple[str, str]]]]] = {
    "a_measured_class_closed_before_its_reward_is_a_tier": [
        (
            "规模达3万平方米以上的给予30万元奖励;5000-1万平方米的给予最高不超过15万元奖励。",
            [("30", "万元"), ("15", "万元")],
        ),
        ("奖励标准如下;1万-2万平方米的给予最高不超过20万元奖励。", [("20", "万元")]),
        ("奖励标准如下;吸纳就业100人的分别给予奖励。", []),
        # the reward itself, in money or a rate, and a size built stay targets
        ("给予每个项目5000元的补贴。", [("5000", "元")]),
        ("给予10%的一次性补助。", [("10", "%")]),
        ("奖励标准如下;建设5000-1万平方米的展馆。", [("5000", "平方米")]),
    ],
    "a_count_in_the_focus_a_plan_names_is_no_target": [
        ("以纳入国家深度贫困地区的“两州一县”和18个省定深度贫困县为重点,指导帮扶。", []),
        ("“智慧城市”建设的重点是:1个基础共享工程、18个智慧专项。", []),
        ("以2个基地为依托,新建5个园区。", [("5", "个")]),
        ("建设的重点是:建设18个项目。", [("18", "个")]),
        ("到2025年建成10个示范区。", [("10", "个")]),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(TARGETS))
def test_w25x_target_families(variant: Callable[[str], str], text: str, want: list[tuple[str, str]]) -> None:
    assert [(t.value, t.unit) for t in targets(variant(text))] == [(Decimal(v), u) for v, u in want]


# A page opening on its basis: its measures and the industries each names, in order.
BASED: list[tuple[str, list[list[str]]]] = [
    (
        "一、编制依据\n依据《国务院办公厅关于促进3岁以下婴幼儿照护服务发展的指导意见》文件精神,结合我县实际,制定本方案。\n"
        "二、主要任务\n(一)加强对家庭婴幼儿照护服务的支持和指导。\n(二)完善社区婴幼儿照护服务支持体系。\n"
        "(三)加强政策保障体系建设。\n",
        [["婴幼儿照护服务"], ["婴幼儿照护服务"], []],
    ),
    (
        "一、编制依据\n依据《国务院办公厅关于加强安全生产工作的指导意见》文件精神,结合我县实际,制定本方案。\n"
        "二、主要任务\n(一)加强对家庭婴幼儿照护服务的支持和指导。\n(二)完善社区婴幼儿照护服务支持体系。\n"
        "(三)加强政策保障体系建设。\n",
        [[], [], []],
    ),
]


@pytest.mark.parametrize("script", SCRIPTS, ids=SCRIPT_IDS)
@pytest.mark.parametrize(("text", "want"), BASED)
def test_w25x_a_trade_the_basis_develops_is_named_by_its_measures(
    script: Callable[[str], str], text: str, want: list[list[str]]
) -> None:
    doc = run(script(text))
    got = [[to_simplified(doc.industries[r.key].pref_label) for r in m.industries] for m in doc.measures]
    assert got[-len(want) :] == want
