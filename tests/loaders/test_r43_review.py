"""Round 43's review (/work/review43/a/report.md): each regression the reviewer found in the round's families, and
the close variants it missed, fixed with a case here. Both scripts, both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from policykg.loaders.extract.industries import IndustryLexicon
from policykg.loaders.normalize import match_text
from tests.loaders.inline import IDS, VARIANTS, assert_measures, run
from tests.loaders.test_industries import labels

_HARVEST = (
    "萝北县收看全省秋收生产调度视频会议\n10月8日,全省秋收生产调度视频会议召开,萝北县在分会场收看会议。\n"
)
NOT_SPEAKERS = [
    "市民要求相关部门要尽快修复路灯。",
    "网友要求住建部门要加快老旧小区改造。",
    "设计要求路面混凝土强度要达到C30以上。",
    "条例要求经营者要明码标价。",
    "此前县委县政府曾要求各乡镇要在9月底前完成改造,目前已全部就绪。",
]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize("sentence", NOT_SPEAKERS, ids=[f"case-{k}" for k in range(len(NOT_SPEAKERS))])
def test_a_requirement_without_the_meetings_frame_is_no_demand(
    variant: Callable[[str], str], sentence: str
) -> None:
    assert_measures(_HARVEST + sentence + "\n", [], variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_framed_speaker_stressing(variant: Callable[[str], str]) -> None:
    demand = "会后袁翔龙强调萝北县各有关单位、各乡镇要提高认识,全面抢收。\n"
    assert_measures(
        _HARVEST + demand, [("", "萝北县各有关单位", ["萝北县各有关单位", "各乡镇"], [])], variant
    )


_LIST = (
    "农业农村部办公厅关于公布第一批示范县创建名单的通知\n各省农业农村厅:\n"
    "2023年农业农村部组织开展了第一批示范县创建申报工作。\n农业农村部办公厅\n2024年3月1日\n"
    "附件\n第一批农业生产全程机械化示范县创建名单\n一、主要农作物类(49个) |\n|\n北京市 |\n怀柔区 |\n"
    "二、规模养殖类(69个) |\n|\n北京市 |\n平谷区 |\n三、设施种植类(45个)\n北京市\n昌平区\n"
)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_every_group_of_a_list_attachment_heads_no_measure(variant: Callable[[str], str]) -> None:
    assert run(variant(_LIST)).measures == []


_ITEMS = "关于做好重点项目工作的通知\n一、主要任务\n"
_NEXT = "\n(三)其他事项。做好工作。\n"
BRACKETS = [
    (
        "(二)落实任务。加快推进重点项目建设(县发改委牵头,县财政局配合,参见附件1)。",
        ["县发改委", "县财政局"],
        ["县发改委"],
    ),
    ("(二)落实任务。做好项目建设。\n责任单位:县发改委、县财政局(分工详见附件)", ["县发改委", "县财政局"], []),
    ("(二)落实任务。县乡台账于5月20日前报市委备案(台账式样附后,迳送市农业农村局)。", [], []),
]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "units", "leads"), BRACKETS, ids=[f"case-{k}" for k in range(len(BRACKETS))]
)
def test_a_reference_to_an_attachment_beside_bodies(
    variant: Callable[[str], str], text: str, units: list[str], leads: list[str]
) -> None:
    m = run(variant(_ITEMS + text + _NEXT)).measures[0]
    assert [match_text(u.surface) for u in m.responsible] == [match_text(variant(w)) for w in units]
    assert [match_text(u.surface) for u in m.lead] == [match_text(variant(w)) for w in leads]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_flash_opening_with_anzhao_quotes_its_document(variant: Callable[[str], str]) -> None:
    flash = (
        "我省印发若干措施支持锂电产业发展\n江西省人民政府办公厅印发《关于支持锂电产业发展的若干措施》。按照措施要求,"
        "做强做精基础锂盐,推动锂盐企业扩产。加强正极材料布局,引进一批龙头企业。培育引进电池回收企业,完善回收体系。\n"
    )
    want = [
        ("", "做强做精基础锂盐", [], []),
        ("", "加强正极材料布局", [], []),
        ("", "培育引进电池回收", [], []),
    ]
    assert_measures(flash, want, variant)


TALLIES = ["等多个职能部门", "等多个市直部门", "等众多部门", "等多单位"]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize("tally", TALLIES, ids=[f"case-{k}" for k in range(len(TALLIES))])
def test_loose_tallies_after_etc(variant: Callable[[str], str], tally: str) -> None:
    m = run(variant(_ITEMS + "(二)加强寄递。由省发改委、供销社" + tally + "分工负责。" + _NEXT)).measures[0]
    assert [match_text(u.surface) for u in m.responsible] == [
        match_text(variant(w)) for w in ("省发改委", "供销社")
    ]


FIREWORKS = [
    ("加强烟花爆竹储存、运输的安全监管。", ["烟花爆竹"]),
    ("规范烟花爆竹的生产、销售行为。", ["烟花爆竹"]),
]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "expected"), FIREWORKS, ids=[f"case-{k}" for k in range(len(FIREWORKS))])
def test_more_of_a_sectors_trade_chain(variant: Callable[[str], str], text: str, expected: list[str]) -> None:
    assert labels(variant(text), IndustryLexicon.load_default()) == expected


_FLOOD = "长沙县防汛应急响应工作方案\n1.\n会商部署。\n县防指副指挥长主持防汛会商。\n2.\n雨情水情。\n"
KIND_LINES_NONE = [
    "气象部门预报,未来三天我县将有一次强降雨过程。\n水文部门监测表明,县内主要河流水位持续上涨。\n"
    "自然资源部门排查发现,部分地质灾害隐患点风险较高。\n应急管理部门负责统筹调度。\n",
    "气象部门全年发布暴雨预警十五次。\n水文部门累计测报洪水三次。\n应急管理部门已组织演练。\n",
    "其它部门按照职责做好工作。\n政府部门要加强领导。\n执法部门负责依法查处。\n监管部门要加强监管。\n",
]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize("lines", KIND_LINES_NONE, ids=[f"case-{k}" for k in range(len(KIND_LINES_NONE))])
def test_kind_lines_reporting_or_naming_no_sector(variant: Callable[[str], str], lines: str) -> None:
    units = [u.surface for u in run(variant(_FLOOD + lines)).measures[1].responsible]
    assert not any(u.endswith(variant("部门")) for u in units), units


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_kind_lines_after_ordinal_words(variant: Callable[[str], str]) -> None:
    lines = "一是应急管理部门负责统筹调度。\n二是气象部门开展预测预报。\n三是水文部门根据气象信息预测水情。\n"
    units = [match_text(u.surface) for u in run(variant(_FLOOD + lines)).measures[1].responsible]
    assert units == [match_text(variant(w)) for w in ("应急管理部门", "气象部门", "水文部门")]


BARE_REVIEW = [
    ("人力资源和社会保障局负责做好就业工作。", ["人力资源和社会保障局"]),
    ("高频事项掌上办、民生事项就近办要实现全覆盖。", []),
    ("中铁二十三局负责施工。", []),
]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("sentence", "units"), BARE_REVIEW, ids=[f"case-{k}" for k in range(len(BARE_REVIEW))]
)
def test_bare_departments_review(variant: Callable[[str], str], sentence: str, units: list[str]) -> None:
    m = run(variant(_ITEMS + "(二)落实职责。" + sentence + _NEXT)).measures[0]
    assert [match_text(u.surface) for u in m.responsible] == [match_text(variant(w)) for w in units]


_TOWN = "中峰镇部署春耕春播工作\n春风拂过大地。中峰镇迅速行动,召开干部大会,部署春耕春播相关工作。\n"


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_division_one_piece_a_line_with_a_collective_of_places(variant: Callable[[str], str]) -> None:
    # the review's line-broken variant: 会议要求: / 全镇要…; / 各村要…; / 农技站要…。
    text = (
        _TOWN
        + "会议要求:\n全镇要按照早谋划的思路做好服务工作;\n各村要梳理去年春季农户的种植情况;\n农技站要做好病虫害防治。\n"
    )
    want = [
        ("", "全镇要按照早谋划", [], []),
        ("", "各村要梳理去年春", ["各村"], []),
        ("", "农技站要做好病虫", ["农技站"], []),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_kind_lines_with_a_colon_or_a_list_of_sectors(variant: Callable[[str], str]) -> None:
    lines = (
        "应急管理部门:负责全县应急指挥中心的统筹协调调度工作。\n公安、交通运输部门负责交通疏导。\n"
        "水文部门根据气象信息,滚动预测县内河流水情变化。\n"
    )
    units = [match_text(u.surface) for u in run(variant(_FLOOD + lines)).measures[1].responsible]
    assert units == [match_text(variant(w)) for w in ("应急管理部门", "公安", "交通运输部门", "水文部门")]
