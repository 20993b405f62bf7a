"""One family for a paragraph handing a body the list of tasks after it (data [list_lead_in]): its last words an
(adverb,) verb, pointer (and filler) and object (…,主要承担以下工作: / 市卫生健康委负责下列工作: / …,乡镇统计机构主要
承担以下工作任务。), its body the title's (上海市区级人民政府 / …责任清单), the subject it charges, or the comma piece's
before the words. The three forms once had three word lists; each case below mixes one form's reading with another's
words, so each fails where the lists part again. Inline texts in both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, family_params, run

# Each measure's (label's first characters, units), in order
Want = list[tuple[str, list[str]]]
Case = tuple[str, Want]

FAMILIES: dict[str, list[Case]] = {
    "comma_piece_before_any_verb_and_pointer": [
        (
            "二、工作任务\n根据有关规定,乡镇统计机构负责下列工作:\n1.纳入政府统计报表制度的任务\n包括农业生产条件。\n"
            "2.周期性普查任务\n人口普查。\n",
            [("纳入政府统计报表制度", ["乡镇统计机构"]), ("周期性普查任务", ["乡镇统计机构"])],
        ),
        (
            "二、工作任务\n根据有关规定,乡镇统计机构主要履行以下各项职责。\n1.纳入政府统计报表制度的任务\n包括农业生产条件。\n",
            [("纳入政府统计报表制度", ["乡镇统计机构"])],
        ),
        # words that hand no list (完成…任务 with no pointer): no unit
        (
            "二、工作任务\n根据有关规定,乡镇统计机构完成统计任务。\n1.纳入政府统计报表制度的任务\n包括农业生产条件。\n",
            [("纳入政府统计报表制度", [])],
        ),
    ],
    "title_body_over_any_lead_in": [
        (
            "上海市区级人民政府\n2024年度食品安全工作职责清单\n区政府要全面实施法律法规,负责下列工作任务:\n"
            "1.完成重点工作指标任务。加强监管。\n2.落实部门监管责任。完善事中事后监管。\n",
            [("完成重点工作指标任务", ["上海市区级人民政府"]), ("落实部门监管责任", ["上海市区级人民政府"])],
        ),
        # no lead-in under the title: the title names no unit of the items
        (
            "上海市区级人民政府\n2024年度食品安全工作职责清单\n区政府要全面实施法律法规,切实抓好食品安全工作。\n"
            "1.完成重点工作指标任务。加强监管。\n",
            [("完成重点工作指标任务", [])],
        ),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_r25_w25c_list_lead_in(variant: Callable[[str], str], text: str, want: Want) -> None:
    doc = run(variant(text))
    got = [(m.label, [r.surface for r in m.responsible]) for m in doc.measures]
    assert len(doc.measures) == len(want), got
    for (label, units), (want_label, want_units) in zip(got, want, strict=True):
        assert label.startswith(variant(want_label)), got
        assert units == [variant(u) for u in want_units], got
