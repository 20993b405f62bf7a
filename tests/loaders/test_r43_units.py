"""Round 43 (heldout111 fc10, a trade fair's halls each handed to a body): the thing handed over, then 由 and its
body (高新技术馆由省科技厅牵头;中国知名品牌馆由省工商局牵头,省经委配合), is no part of the unit: the body after 由 alone is;
a name holding 由 inside a word (自由贸易试验区) keeps it; so are the things listed before the one that names 由. Both scripts, both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from policykg.loaders.normalize import match_text
from tests.loaders.inline import IDS, VARIANTS, run

_HEAD = "关于做好博览会筹备工作的通知\n一、主要任务\n(一)布展工作。设立高新技术馆、中国知名品牌馆。"
_TAIL = "\n(二)其他事项。做好其他工作。\n"


def _units(variant: Callable[[str], str], sentence: str) -> tuple[list[str], list[str]]:
    doc = run(variant(_HEAD + sentence + _TAIL))
    m = doc.measures[0]
    return [match_text(u.surface) for u in m.responsible], [match_text(u.surface) for u in m.lead]


CASES = [
    (
        "高新技术馆由省科技厅牵头;中国知名品牌馆由省工商局牵头,省经委、省质监局配合。",
        ["省科技厅", "省工商局", "省经委", "省质监局"],
        ["省科技厅", "省工商局"],
    ),
    (
        "轻工工艺馆、纺织服装馆和室外大型机械展场由省经委牵头;韩国馆由省商务厅牵头。",
        ["省经委", "省商务厅"],
        ["省经委", "省商务厅"],
    ),
    (
        "建材与家居馆、机电馆、其他外国馆和港澳台馆由省贸促会牵头;韩国馆由省商务厅牵头。",
        ["省贸促会", "省商务厅"],
        ["省贸促会", "省商务厅"],
    ),
    ("高新技术馆由省科技厅负责;中国知名品牌馆由省工商局负责。", ["省科技厅", "省工商局"], []),
    (
        "由中国(上海)自由贸易试验区管委会牵头,市商务委配合。",
        ["中国(上海)自由贸易试验区管委会", "市商务委"],
        ["中国(上海)自由贸易试验区管委会"],
    ),
]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("sentence", "units", "leads"), CASES, ids=[f"case-{k}" for k in range(len(CASES))])
def test_the_thing_handed_over_before_you(
    variant: Callable[[str], str], sentence: str, units: list[str], leads: list[str]
) -> None:
    assert _units(variant, sentence) == (
        [match_text(variant(w)) for w in units],
        [match_text(variant(w)) for w in leads],
    )


_GRAIN = "关于做好粮食生产工作的通知\n一、主要任务\n"


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_bracket_pointing_to_an_attachment_is_a_remark(variant: Callable[[str], str]) -> None:
    # heldout108 ez04: (台账式样见附件2,迳送市农业农村局) names no bodies; the item's own subject stays its unit
    text = (
        _GRAIN + "(二)落实硬性任务。县乡村组要逐户登记造册。县乡台账于5月20日前报市委、市政府备案"
        "(台账式样见附件2,迳送市农业农村局)。\n(三)保障农资供应。做好农资调度。\n"
    )
    doc = run(variant(text))
    assert [match_text(u.surface) for u in doc.measures[0].responsible] == [match_text(variant("县乡村组"))]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_closing_bracket_of_bodies_still_read(variant: Callable[[str], str]) -> None:
    text = (
        _GRAIN
        + "(二)落实硬性任务。逐户登记造册。(市农业农村局、市财政局)\n(三)保障农资供应。做好农资调度。\n"
    )
    doc = run(variant(text))
    assert [match_text(u.surface) for u in doc.measures[0].responsible] == [
        match_text(variant(w)) for w in ("市农业农村局", "市财政局")
    ]


ETC = [
    ("由省发改委、农业农村厅、供销社等多部门分工负责。", ["省发改委", "农业农村厅", "供销社"]),
    ("由省发改委、农业农村厅、供销社等多个部门分工负责。", ["省发改委", "农业农村厅", "供销社"]),
    ("由县委宣传部、县科协等九个单位分工负责。", ["县委宣传部", "县科协"]),
]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("sentence", "units"), ETC, ids=[f"etc-{k}" for k in range(len(ETC))])
def test_a_loose_tally_after_etc_is_no_body(
    variant: Callable[[str], str], sentence: str, units: list[str]
) -> None:
    # heldout111 fc04: 等多部门 / 等多个部门 count the bodies listed before them
    doc = run(variant(_GRAIN + "(一)加强寄递。" + sentence + "\n(二)其他事项。做好工作。\n"))
    assert [match_text(u.surface) for u in doc.measures[0].responsible] == [
        match_text(variant(w)) for w in units
    ]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_jutichengban_carries_the_task(variant: Callable[[str], str]) -> None:
    # heldout111 fc09: 由A牵头负责,B具体承办 — B carries it under A's lead
    text = (
        _GRAIN
        + "(一)加强组织。招展工作由市经贸局牵头负责,市中小企业服务中心具体承办。\n(二)其他事项。做好工作。\n"
    )
    m = run(variant(text)).measures[0]
    assert [match_text(u.surface) for u in m.responsible] == [
        match_text(variant(w)) for w in ("市经贸局", "市中小企业服务中心")
    ]
    assert [match_text(u.surface) for u in m.lead] == [match_text(variant("市经贸局"))]


BARE = [
    ("商务局、市场监督管理局负责做好监管工作。", ["商务局", "市场监督管理局"]),
    ("商务局、市场监督管理局根据各自职责负责做好监管工作。", ["商务局", "市场监督管理局"]),
    ("住房和城乡建设局负责做好监管工作。", ["住房和城乡建设局"]),
    ("加强市场监督管理局负责的监管工作。", []),
]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("sentence", "units"), BARE, ids=[f"bare-{k}" for k in range(len(BARE))])
def test_departments_named_bare_by_their_full_names(
    variant: Callable[[str], str], sentence: str, units: list[str]
) -> None:
    # heldout102 et05: (三)商务局、市场监督管理局根据各自职责负责… (a county's departments, level left out)
    doc = run(variant(_GRAIN + "(二)落实职责。" + sentence + "\n(三)其他事项。做好工作。\n"))
    assert [match_text(u.surface) for u in doc.measures[0].responsible] == [
        match_text(variant(w)) for w in units
    ]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_list_of_bodies_before_huitong(variant: Callable[[str], str]) -> None:
    # heldout113 fe05: 由A、B会同C、D等部门,按…做好…: two long names before 会同, each a name's length
    text = (
        "烟台市一事一议引进人才办法\n第二条 本办法适用于全市。\n第三条 引进工作由市委人才工作领导小组统一领导,"
        "由市委人才工作领导小组办公室、市发展改革委会同市科技局、市教育局等部门,按行业领域做好受理审核等工作;"
        "由市财政局负责资金保障。\n第四条 其他事项。\n"
    )
    units = [match_text(u.surface) for u in run(variant(text)).measures[0].responsible]
    want = ["市委人才工作领导小组办公室", "市发展改革委", "市科技局", "市教育局", "市财政局"]
    assert units == [match_text(variant(w)) for w in want]


_FLOOD = "长沙县防汛应急响应工作方案\n1.\n会商部署。\n县防指副指挥长主持防汛会商,作出相应工作安排。\n2.\n应急措施。\n"


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_departments_by_kind_opening_the_lines_of_an_item(variant: Callable[[str], str]) -> None:
    # heldout112 fd10: a title-only item whose lines each open with a kind of department and its act
    text = _FLOOD + (
        "应急管理部门负责全县应急指挥中心的统筹协调调度工作。\n气象部门开展递进式预测预报,及时统计降雨情况。\n"
        "水文部门根据气象信息,滚动预测县内河流水情变化。\n城管部门(县城防办)组织相关部门落实城区防涝排渍工作职责。\n"
        "自然资源部门及时发布地质灾害风险预警。\n"
    )
    m = run(variant(text)).measures[1]
    want = ["应急管理部门", "气象部门", "水文部门", "城管部门(县城防办)", "自然资源部门"]
    assert [match_text(u.surface) for u in m.responsible] == [match_text(variant(w)) for w in want]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_kinds_reporting_data_or_too_few_lines_name_no_units(variant: Callable[[str], str]) -> None:
    text = (
        _FLOOD + "气象部门数据显示,降雨偏多。\n水文部门统计,共有12条河流超警。\n应急管理部门负责统筹调度。\n"
    )
    assert run(variant(text)).measures[1].responsible == []


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_supporting_bodies_that_guide_and_supervise(variant: Callable[[str], str]) -> None:
    # heldout112 fd02: (A负责,B加强指导和监督) — B supports
    text = (
        _GRAIN
        + "(二)科学开展工程治理。加快开展工程治理。(县人民政府负责,县发改局加强指导和监督)\n(三)其他事项。做好工作。\n"
    )
    m = run(variant(text)).measures[0]
    assert [match_text(u.surface) for u in m.responsible] == [
        match_text(variant(w)) for w in ("县人民政府", "县发改局")
    ]
    assert [match_text(u.surface) for u in m.lead] == [match_text(variant("县人民政府"))]
