"""Round 31 (f31, issue 11: trust the frame over the lexicon), labels and unit columns: a label (责任单位: / 牵头单位: …
配合单位: / 〔责任单位:…〕) or a task table's unit column says the words after it are bodies, so a name the unit grammar
does not know is a unit there too, first, in the middle or last of the list, alone or beside one known body. A name
opening with its level and a stem of its own (市邮政, 市委网信) before a name that opens with its own level (市人社局,
市烟草) is a name of its own, not a field of work the next name completes: the list splits as written. A name with no
level before one with it (市教育、卫健局 shares 局 no more than before), a collective of divisions (各区、市人社局) and bare
places (哈尔滨、黑河、绥芬河市政府) still head the next name. Both scripts, both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, assert_measures

HEAD = "关于做好就业创业工作的实施意见\n一、主要任务\n"
LAST = "(九)做好总结。总结经验。\n"


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_an_unknown_name_with_its_level_before_a_known_body_is_a_unit_of_its_own(
    variant: Callable[[str], str],
) -> None:
    text = HEAD + (
        "(一)加强职业培训。开展培训。(责任单位:市邮政、市人社局)\n"
        "(二)加强服务。开展服务。(责任单位:市人社局、市邮政、市财政局)\n"
        "(三)加强宣传。开展宣传。(责任单位:市委网信、市财政局)\n" + LAST
    )
    want = [
        ("(一)", "加强职业培训", ["市邮政", "市人社局"], []),
        ("(二)", "加强服务", ["市人社局", "市邮政", "市财政局"], []),
        ("(三)", "加强宣传", ["市委网信", "市财政局"], []),
        ("(九)", "做好总结", [], []),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_two_unknown_names_each_with_its_level_are_two_units(variant: Callable[[str], str]) -> None:
    text = HEAD + (
        "(一)加强职业培训。开展培训。\n责任单位:市邮政、市烟草\n"
        "(二)加强服务。开展服务。〔牵头单位:市人社局;责任单位:市邮政、市烟草、市财政局〕\n" + LAST
    )
    want = [
        ("(一)", "加强职业培训", ["市邮政", "市烟草"], []),
        ("(二)", "加强服务", ["市人社局", "市邮政", "市烟草", "市财政局"], ["市人社局"]),
        ("(九)", "做好总结", [], []),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_labels_and_a_unit_column_trust_a_name_alone_or_beside_one_body(
    variant: Callable[[str], str],
) -> None:
    text = HEAD + (
        "(一)加强职业培训。开展培训。(牵头单位:市邮政;配合单位:市人社局)\n"
        "(二)加强服务。开展服务。\n牵头单位:齐齐哈尔军分区 配合单位:市人社局、市财政局\n"
        "(三)加强宣传。开展宣传。(责任单位:市邮政)\n" + LAST
    )
    want = [
        ("(一)", "加强职业培训", ["市邮政", "市人社局"], ["市邮政"]),
        ("(二)", "加强服务", ["齐齐哈尔军分区", "市人社局", "市财政局"], ["齐齐哈尔军分区"]),
        ("(三)", "加强宣传", ["市邮政"], []),
        ("(九)", "做好总结", [], []),
    ]
    assert_measures(text, want, variant)
    table = "关于印发重点任务分工方案的通知\n" + (
        "序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限\n"
        "1 | 加强职业培训 | 市邮政 | 市人社局、市烟草 | 2025年底\n"
        "2 | 加强服务保障 | 市人社局 | 市邮政、市财政局 | 2025年底\n"
    )
    want = [
        ("1", "加强职业培训", ["市邮政", "市人社局", "市烟草"], ["市邮政"]),
        ("2", "加强服务保障", ["市人社局", "市邮政", "市财政局"], ["市人社局"]),
    ]
    assert_measures(table, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_names_that_head_the_next_one_still_do(variant: Callable[[str], str]) -> None:
    text = HEAD + (
        "(一)加强职业培训。开展培训。(责任单位:各区、市人社局)\n"
        "(二)加强服务。开展服务。(责任单位:哈尔滨、黑河、绥芬河市政府)\n"
        "(三)加强宣传。开展宣传。(责任单位:省商务厅等部门及各市、县级政府)\n" + LAST
    )
    want = [
        ("(一)", "加强职业培训", ["各区、市人社局"], []),
        ("(二)", "加强服务", ["哈尔滨、黑河、绥芬河市政府"], []),
        ("(三)", "加强宣传", ["省商务厅", "各市、县级政府"], []),
        ("(九)", "做好总结", [], []),
    ]
    assert_measures(text, want, variant)
