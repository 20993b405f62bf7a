"""Round 33 (heldout64 dh06/dh07/dh09, heldout60 db11, heldout51 cs09, heldout53 cu15): a meeting report or a speech
with no numbered items quotes the demands made (会议要求,各单位要… / 李微强调,要以…;各部门要… / 调研组要求,要…):
each demanding sentence is an unnumbered measure, the bodies it charges its units; a later sentence of its paragraph
that demands again or charges its own body is another, any other goes on the one before it. A demand (or a colon)
that divides the duties among bodies in ;-pieces (水务部门要…;公安部门要…;… / 压实各部门职责:住建局统筹…;应急局
严管…) gives a measure a piece. A document quoted as the speaker (通知提出,…), a report of progress and a sentence
with no modal are no demands. Both scripts, both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, assert_measures, run

LEAD = "3月31日,县政府组织召开全县招商引资工作推进会。副县长王明出席会议。\n"


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_meetings_demands_are_measures(variant: Callable[[str], str]) -> None:
    text = LEAD + (
        "会议要求,各单位要以招商引资目标任务为抓手,进行清单化汇报。\n"
        "会议强调,要聚焦年度目标,精准发力。各牵头部门要按照县委工作要求,抓实三张清单。\n"
    )
    want = [
        ("", "各单位要以招商", ["各单位"], []),
        ("", "要聚焦年度目标", [], []),
        ("", "各牵头部门要按", ["各牵头部门"], []),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_speakers_demands_go_on_until_the_next(variant: Callable[[str], str]) -> None:
    """A sentence with no modal of its own (到2023年底,…) is part of the demand before it."""
    text = (
        "近日,省农业农村厅调研组来我市调研农业社会化服务体系建设情况。\n"
        "调研组要求,要建立县乡村三级服务体系,确保社会化服务高效落地。要明确体系建设目标任务。"
        "到2023年底,服务型规模经营率提升1个百分点。\n"
    )
    doc = run(variant(text))
    assert len(doc.measures) == 2
    assert variant("1个百分点") in doc.measures[1].text


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_division_of_duties_gives_a_measure_a_piece(variant: Callable[[str], str]) -> None:
    text = (
        "日前,我市部署打击非法采砂行动。\n"
        "该市要求,水务部门要加大非法采砂点的清理清查;公安部门和整治河砂专业队要加大打击力度;"
        "工商部门要加大对堆砂点的清查;供电部门要全力配合整治行动。\n"
    )
    want = [
        ("", "水务部门要加大", ["水务部门"], []),
        ("", "公安部门和整治", ["公安部门", "整治河砂专业队"], []),
        ("", "工商部门要加大", ["工商部门"], []),
        ("", "供电部门要全力", ["供电部门"], []),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_duties_divided_after_a_colon(variant: Callable[[str], str]) -> None:
    text = (
        "9月26日上午,我市燃气安全排查整治工作推进会召开。\n"
        "为凝聚合力,会议进一步压实各部门职责:住建局统筹协调全局,督促燃气企业落实主体责任;应急局严管工业燃料违规民用行为;"
        "市场监管局从生产销售端严控燃气产品质量。\n"
    )
    want = [
        ("", "住建局统筹协调", ["住建局"], []),
        ("", "应急局严管工业", ["应急局"], []),
        ("", "市场监管局从生", ["市场监管局"], []),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_demand_whose_pieces_name_no_bodies_stays_one(variant: Callable[[str], str]) -> None:
    text = (
        LEAD
        + "王明强调,要以乡村旅游发展作为突破口,带动全县文旅发展;各部门要根据各自职责,全力解决发展中的问题。\n"
    )
    want = [("", "要以乡村旅游发", ["各部门"], [])]
    assert_measures(text, want, variant)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(LEAD + "通知提出,要加快发展特色产业,培育龙头企业。\n", id="a-document-as-speaker"),
        pytest.param(LEAD + "会议指出,今年以来全县经济运行总体平稳,招商引资成效明显。\n", id="no-modal"),
        pytest.param(LEAD + "会议指出,目前全县已完成招商引资项目30个,各单位要继续努力。\n", id="progress"),
        pytest.param(
            LEAD + "会议明确了分工:第一季度:组织开展调研;第二季度:组织开展培训。\n",
            id="pieces-name-no-bodies",
        ),
    ],
)
def test_no_demand(text: str) -> None:
    assert [m.label for m in run(text).measures] == []


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_speaker_after_a_frame_or_by_pronoun(variant: Callable[[str], str]) -> None:
    text = (
        LEAD
        + "会上,县长王明强调,各单位要以招商引资为抓手,狠抓落实。\n最后,他要求,要切实加强组织领导,确保工作落实。\n"
    )
    want = [("", "各单位要以招商", ["各单位"], []), ("", "要切实加强组织", [], [])]
    assert_measures(text, want, variant)


@pytest.mark.parametrize(
    "text",
    [
        # review of round 33: nouns that hold a modal's character are no duty (需求, 必要, 要案)
        pytest.param(LEAD + "会议指出,当前市场需求旺盛,全县经济运行稳中向好。\n", id="need-as-noun"),
        pytest.param(LEAD + "会议指出,召开此次会议十分必要,意义重大,全县上下深受鼓舞。\n", id="necessary"),
        pytest.param(LEAD + "会议指出,全年共查处大案要案12起,有力打击了违法犯罪。\n", id="major-cases"),
        pytest.param(
            LEAD + "会议指出,一年来全县招商引资取得显著成效,但也要清醒看到存在的差距。\n", id="a-years-review"
        ),
        # an expert or a leader quoted for their words, no meeting's demand
        pytest.param(
            "记者从市统计局获悉,一季度全市GDP同比增长5.1%。\n专家指出,当前企业需要进一步加大研发投入力度。\n",
            id="an-expert",
        ),
        # a colon that names no duties: contacts, attendees, awards, progress
        pytest.param(
            LEAD + "咨询单位:县人社局,电话0371-1234567;县就业服务中心,电话0371-7654321。\n", id="contacts"
        ),
        pytest.param(
            LEAD + "参加会议的有:市应急局局长李明;市住建局局长王强;市商务局局长赵刚。\n", id="attendees"
        ),
        pytest.param(
            LEAD + "会上通报了各部门工作进展:住建局已排查燃气用户1.2万户;应急局已检查企业30家。\n",
            id="progress",
        ),
    ],
)
def test_no_demand_of_the_review(text: str) -> None:
    assert [m.label for m in run(text).measures] == []


def test_a_demand_ends_where_the_next_starts() -> None:
    """Review of round 33: two speakers in one sentence are two demands, neither holding the other."""
    doc = run(LEAD + "李微强调,要加快推进项目建设;王明指出,要做好安全生产各项工作。\n")
    assert [m.label for m in doc.measures] == ["要加快推进项目建设", "要做好安全生产各项工作"]
    assert "王明" not in doc.measures[0].text


def test_a_documents_sentences_stay_a_flashs() -> None:
    """Review of round 33: 该方案提出, quotes the document (its sentences, each a measure), no speaker's demand."""
    text = "近日,省政府办公厅印发消费措施。\n该方案提出,要加快发展新型消费,培育壮大消费新业态。加快推动汽车消费升级。\n"
    assert len(run(text).measures) == 2


def test_a_divisions_body_is_no_persons_title() -> None:
    text = LEAD + "会议要求,市应急局局长要带队开展检查;市住建局局长要督促企业整改。\n"
    assert [[u.surface for u in m.responsible] for m in run(text).measures] == [["市应急局"], ["市住建局"]]
