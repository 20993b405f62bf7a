"""Round 31 (f31, issue 11: trust the frame over the lexicon), role clauses in running text: a clause that hands the
task to bodies with its role verb (由A、X负责…, 由X牵头,A、B配合, X牵头负责…) names bodies, so a name the unit grammar
does not know is a unit there when it reads as a name: a short noun phrase opening with its level or place (市邮政,
齐齐哈尔军分区), no role verb, person's title or word of work inside it. Work and people stay out (由市场主体负责运营,
由市委主要领导牵头, 由区长陈兴立牵头), and so does a role verb that runs on into a body's name or a label (县督查落实办,
各规划编制牵头单位). Both scripts, both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from policykg.loaders.normalize import match_text
from tests.loaders.inline import IDS, VARIANTS, assert_measures, run

HEAD = "关于做好就业创业工作的实施意见\n一、主要任务\n"
LAST = "(九)做好总结。总结经验。\n"


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_clause_handed_by_you_trusts_an_unknown_name(variant: Callable[[str], str]) -> None:
    text = HEAD + (
        "(一)加强职业培训。由市邮政、市人社局负责开展培训。\n"
        "(二)加强服务。由市人社局、市邮政、市财政局负责开展服务。\n"
        "(三)加强宣传。由齐齐哈尔军分区负责开展宣传。\n" + LAST
    )
    want = [
        ("(一)", "加强职业培训", ["市邮政", "市人社局"], []),
        ("(二)", "加强服务", ["市人社局", "市邮政", "市财政局"], []),
        ("(三)", "加强宣传", ["齐齐哈尔军分区"], []),
        ("(九)", "做好总结", [], []),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_an_unknown_lead_and_an_item_opening_with_an_unknown_name(variant: Callable[[str], str]) -> None:
    text = HEAD + (
        "(一)加强职业培训。由市邮政牵头,市人社局、市财政局配合。\n"
        "(二)加强服务。市邮政牵头负责开展服务工作。\n"
        "(三)加强宣传。由市人社局牵头,市邮政、市烟草配合。\n" + LAST
    )
    want = [
        ("(一)", "加强职业培训", ["市邮政", "市人社局", "市财政局"], ["市邮政"]),
        ("(二)", "加强服务", ["市邮政"], ["市邮政"]),
        ("(三)", "加强宣传", ["市人社局", "市邮政", "市烟草"], ["市人社局"]),
        ("(九)", "做好总结", [], []),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_work_and_people_in_a_role_clause_name_no_body(variant: Callable[[str], str]) -> None:
    text = HEAD + (
        "(一)加强职业培训。由市场主体负责运营。\n"
        "(二)加强服务。由市委主要领导牵头,市人社局配合。\n"
        "(三)加强宣传。由区长陈兴立牵头,市人社局配合。\n"
        "(四)做好保障。由市政府分管领导负责。\n"
        "(五)强化监管。由县里统一负责。\n"
        "(六)加强协调。由省市县三级负责。\n" + LAST
    )
    want = [
        ("(一)", "加强职业培训", [], []),
        ("(二)", "加强服务", ["市人社局"], []),
        ("(三)", "加强宣传", ["市人社局"], []),
        ("(四)", "做好保障", [], []),
        ("(五)", "强化监管", [], []),
        ("(六)", "加强协调", [], []),
        ("(九)", "做好总结", [], []),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_verb_inside_a_name_or_a_label_is_no_role_verb(variant: Callable[[str], str]) -> None:
    text = HEAD + (
        "(一)加强督导。县发改委要会同县督查落实办对相关工作进行督导。\n"
        "(二)编制规划。印发实施规划。(责任单位:襄阳都市圈发展协调机制办公室、襄阳都市圈各规划编制牵头单位)\n"
        + LAST
    )
    want = [
        ("(一)", "加强督导", ["县发改委", "县督查落实办"], []),
        ("(二)", "编制规划", ["襄阳都市圈发展协调机制办公室", "襄阳都市圈各规划编制牵头单位"], []),
        ("(九)", "做好总结", [], []),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_verb_inside_a_name_after_you_cuts_no_name(variant: Callable[[str], str]) -> None:
    # 由县督查落实办负责: the first role verb (落实) is inside the name, so 县督查 before it is no name the clause hands
    # the task to; the name stays whole where the document names it again
    text = HEAD + (
        "(一)加强督导。由县督查落实办负责督导。\n"
        "(二)开展通报。开展通报(市人社局、县督查落实办负责)。\n" + LAST
    )
    doc = run(variant(text))
    units = [[match_text(r.surface) for r in m.responsible] for m in doc.measures]
    assert units[1] == ["市人社局", "县督查落实办"], units
    assert not any("县督查" in u for us in units for u in us if u != "县督查落实办"), units
