"""Round 39 (heldout87 ee14, heldout64 dh01): a report's sentence run on in ;-pieces each opened by the bodies it
charges and their bare 负责, after a frame (行动中,县农业农村局负责…;县自然资源局、县经济指导站负责…;县司法局负责…),
each piece a measure; a role verb starting a body name's end (县经济指导站) is no verb; a body a report creates before
the clause handing it over (第一分队由县投资促进局牵头,负责…) is no unit; a list of related reports under its heading
and a site statement headed by a long name are page furniture. Both scripts, both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, assert_measures, run

_LEAD = "4月22日,记者从永登县获悉,永登县扎实开展农村耕地撂荒整治攻坚行动,集中利用60天左右时间进行整治。\n"
_PIECES = (
    "行动中,县农业农村局负责完善高标准农田建设规划,加快项目施工进度;县自然资源局、县经济指导站负责提供相关资料;"
    "县司法局负责对相关文本内容进行合法性审查,调解化解土地纠纷。\n"
)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_semicolon_pieces_of_bodies_and_their_bare_duty_after_a_frame_are_measures(
    variant: Callable[[str], str],
) -> None:
    want = [
        ("", "县农业农村局负责完善高标准农田建设规划", ["县农业农村局"], []),
        ("", "县自然资源局、县经济指导站负责提供相关资料", ["县自然资源局", "县经济指导站"], []),
        ("", "县司法局负责对相关文本内容进行合法性审查", ["县司法局"], []),
    ]
    assert_measures(_LEAD + _PIECES, want, variant)


def test_two_bare_duties_are_no_division() -> None:
    """Two bodies and their bare 负责 may describe functions: three at least hand duties out (round 35's bar)."""
    text = (
        _LEAD + "行动中,县农业农村局负责完善高标准农田建设规划;县司法局负责对相关文本内容进行合法性审查。\n"
    )
    assert run(text).measures == []


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_created_body_before_the_clause_handing_it_over_is_no_unit(variant: Callable[[str], str]) -> None:
    text = (
        "为加大招商引资力度,该县组建三支招商分队。\n"
        "第一分队由县投资促进局牵头,具体负责京津地区招商引资;第二分队由县工业和特色产业局牵头,负责珠三角地区招商引资;"
        "第三分队由县发改局牵头,负责长三角地区的招商引资。\n"
    )
    want = [
        ("", "第一分队", ["县投资促进局"], ["县投资促进局"]),
        ("", "第二分队", ["县工业和特色产业局"], ["县工业和特色产业局"]),
        ("", "第三分队", ["县发改局"], ["县发改局"]),
    ]
    assert_measures(text, want, variant)


def test_a_related_reports_list_and_a_long_named_site_statement_are_no_measures() -> None:
    text = (
        _LEAD
        + _PIECES
        + "相关新闻\n- 2020年04月21日临泽县平川镇控药减肥提升耕地质量\n- 2020年04月10日甘肃省加快推进耕地土壤污染防治\n"
        + "甘肃日报社关于加强新闻作品版权保护的声明版权与免责声明\n"
        + "1、凡注有“每日甘肃网讯”的稿件,均为每日甘肃网版权稿件,未经许可不得转载或镜像。\n"
    )
    assert [m.label[:3] for m in run(text).measures] == ["县农业", "县自然", "县司法"]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_an_article_opening_with_a_body_and_its_duties_word_charges_that_body(
    variant: Callable[[str], str],
) -> None:
    text = (
        "第二章 职责分工\n"
        "第四条 市财政局职责:会同市农业农村局制定专项资金管理办法;组织专项资金年度预算编制。\n"
        "第五条 市农业农村局的主要职责:参与制定专项资金管理办法;提出专项资金年度预算。\n"
    )
    want = [
        # (the partner its duty is done with, 会同市农业农村局, is a unit too since round 47: heldout87 ee06's gold)
        ("第四条", "市财政局职责", ["市财政局", "市农业农村局"], []),
        ("第五条", "市农业农村局的主要职责", ["市农业农村局"], []),
    ]
    assert_measures(text, want, variant)


def test_a_duties_word_alone_before_a_colon_names_no_body() -> None:
    text = "第二章 职责分工\n第四条 主要职责:负责对专项资金进行审计。\n第五条 具体职责:做好资金监管。\n"
    assert [m.responsible for m in run(text).measures] == [[], []]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_work_on_the_bodies_ties_before_a_role_verb_names_no_body(variant: Callable[[str], str]) -> None:
    """二、要加强部门协作: 要加强部门 is no body; 各乡镇要与气象部门(积极协作) is a sentence, its subject the unit."""
    text = (
        "一、要加强春耕指导\n通过技术培训指导农户。\n"
        "二、要加强部门协作,及时提供气象信息\n各乡镇要与气象部门积极协作。\n"
    )
    want = [("一", "要加强春耕指导", [], []), ("二", "要加强部门协作", ["各乡镇"], [])]
    assert_measures(text, want, variant)
