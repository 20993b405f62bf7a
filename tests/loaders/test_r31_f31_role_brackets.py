"""Round 31 (f31, issue 11: trust the frame over the lexicon), role brackets: a bracket closed by a role verb
((A、X负责), (A牵头,X、Y配合)) names bodies, so its last name, glued to the verb, may be one the unit grammar does not
know beside a single known body or alone, when it reads as a name (a short noun phrase opening with its level or
place: 市邮政); an unknown name in the middle of the list is a unit of its own. The round's first rule (any short
name after two known bodies, 人民银行齐中支) stands. Work, a common noun or verb opening like a level (市场监管,
区分轻重缓急) and levels run together (省市县三级) trust nothing. Both scripts, both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, assert_measures

HEAD = "关于做好就业创业工作的实施意见\n一、主要任务\n"
LAST = "(九)做好总结。总结经验。\n"


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_an_unknown_last_name_beside_one_known_body_or_alone(variant: Callable[[str], str]) -> None:
    text = HEAD + (
        "(一)加强职业培训。开展培训。(市人社局、市邮政负责)\n"
        "(二)加强服务。开展服务。(市邮政负责)\n"
        "(三)加强宣传。开展宣传。(市人社局、市财政局、市邮政负责)\n" + LAST
    )
    want = [
        ("(一)", "加强职业培训", ["市人社局", "市邮政"], []),
        ("(二)", "加强服务", ["市邮政"], []),
        ("(三)", "加强宣传", ["市人社局", "市财政局", "市邮政"], []),
        ("(九)", "做好总结", [], []),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_unknown_names_first_in_the_middle_and_among_the_supporters(variant: Callable[[str], str]) -> None:
    text = HEAD + (
        "(一)加强职业培训。开展培训。(市邮政、市人社局负责)\n"
        "(二)加强服务。开展服务。(市人社局、市邮政、市财政局负责)\n"
        "(三)加强宣传。开展宣传。(市人社局牵头,市邮政、市烟草配合)\n"
        "(四)做好保障。开展保障。(市邮政牵头,市人社局配合)\n" + LAST
    )
    want = [
        ("(一)", "加强职业培训", ["市邮政", "市人社局"], []),
        ("(二)", "加强服务", ["市人社局", "市邮政", "市财政局"], []),
        ("(三)", "加强宣传", ["市人社局", "市邮政", "市烟草"], ["市人社局"]),
        ("(四)", "做好保障", ["市邮政", "市人社局"], ["市邮政"]),
        ("(九)", "做好总结", [], []),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_work_common_nouns_and_levels_in_a_role_bracket_trust_nothing(variant: Callable[[str], str]) -> None:
    text = HEAD + (
        "(一)加强职业培训。开展培训(加强统筹负责)。\n"
        "(二)加强服务。开展服务(市场监管负责)。\n"
        "(三)加强宣传。开展宣传(省市县三级负责)。\n"
        "(四)做好保障。开展保障(市人社局、市里统筹协调负责)。\n"
        "(五)分类施策。分类推进(区分轻重缓急负责)。\n" + LAST
    )
    want = [
        ("(一)", "加强职业培训", [], []),
        ("(二)", "加强服务", [], []),
        ("(三)", "加强宣传", [], []),
        ("(四)", "做好保障", [], []),
        ("(五)", "分类施策", [], []),
        ("(九)", "做好总结", [], []),
    ]
    assert_measures(text, want, variant)
