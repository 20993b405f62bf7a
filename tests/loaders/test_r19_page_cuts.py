"""Structure of round 19 (unseen pages): a page that opens with the responsibility line closing an item printed on
the page before ((责任部门:A、B) / (2)农民健康工程。… / (责任部门:C)) has its (2), (3)… sub-items as measures, each
with the line under it, as a page marked [接上页] does. A page without numbers whose paragraphs each open with
the field they are about (脐橙产业链方面,招引…) has them as measures. Inline texts in both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, family_params
from tests.loaders.test_responsibility import keys, names, run

# Each measure's (number, units) in order
Want = list[tuple[str, list[str]]]
Case = tuple[str, Want]

FAMILIES: dict[str, list[Case]] = {
    "sub_items_after_a_page_cut": [
        (
            "(责任部门:市农委、市人社局)\n(2)农民健康工程。新建村卫生室30个。\n(责任部门:市卫生局、市财政局)\n"
            "(3)为农服务工程。完成为农服务社建设。\n(责任部门:市供销社)\n16.深化农村改革。推进农村产权制度改革。\n"
            "(责任部门:市农委)\n",
            [("(2)", ["市卫生局", "市财政局"]), ("(3)", ["市供销社"]), ("16", ["市农委"])],
        ),
        # the opening line's units belong to the item before the cut, never to (2)
        (
            "(牵头单位:市农委)\n(2)农村文化工程。新增有线电视用户6万户。\n(责任部门:市文化局)\n"
            "(3)农村环境工程。疏浚河道土方2亿立方米。\n(责任部门:市水利局、市环保局)\n"
            "7.加强组织实施。落实工作责任。\n(责任部门:市政府办)\n",
            [("(2)", ["市文化局"]), ("(3)", ["市水利局", "市环保局"]), ("7", ["市政府办"])],
        ),
    ],
    "paragraphs_opened_by_a_run_in_topic": [
        # a page without numbers: each paragraph opened by the field it is about (X方面,) is a measure
        (
            "某县印发招商行动方案,围绕重点产业链精准招商。\n"
            "脐橙产业链方面,招引种苗培育等项目,2025年签约投资额2亿元。\n"
            "眼镜产业链方面,招引镜片、镜架制造企业,2025年签约投资额10亿元。\n",
            [("", []), ("", [])],
        ),
        # a lone 方面 sentence is no list of fields
        (
            "某县印发招商行动方案。在招商引资方面,全年签约项目20个。\n县委县政府高度重视。\n",
            [],
        ),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_r19_page_cut_families(variant: Callable[[str], str], text: str, want: Want) -> None:
    doc = run(variant(text))
    got = [(m.number, names(m.responsible)) for m in doc.measures]
    assert got == [(number, keys(units)) for number, units in want]
