"""Round 37 (heldout74 dr06, heldout42 cj01/cj12, read this round): an article marker run on after a sentence end on
an excerpt that opened inside an earlier article (…其他职责。第六条苏木乡镇人民政府…) is an article of its own,
whatever its number; a count of the bodies a clause charges (…等部门和14个乡镇人民政府负责) is no target. Both
scripts, both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from policykg.loaders.normalize import match_text
from tests.loaders.inline import IDS, VARIANTS, measure_numbers, run

_EXCERPT = (
    "(一)将饮用水水源保护纳入国民经济和社会发展规划;\n"
    "(二)将饮用水水源保护经费纳入本级财政预算;\n"
    "(三)法律法规规定的其他职责。第六条乡镇人民政府和街道办事处应当依法做好本辖区内的饮用水水源保护工作。\n"
    "村民委员会应当协助做好本辖区内的饮用水水源保护工作。第七条市生态环境局负责本行政区域内饮用水水源保护的监督管理,"
    "履行下列职责:\n"
    "(一)制定饮用水水源保护专项规划;\n"
    "(二)定期监测饮用水水源水质。\n"
)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_run_on_articles_of_an_excerpt_are_split_whatever_their_number(variant: Callable[[str], str]) -> None:
    doc = run(variant(_EXCERPT))
    numbers = measure_numbers(doc)
    assert "第六条" in numbers, numbers
    units = [r.surface for m in doc.measures for r in m.responsible]
    assert not any("第七" in u for u in units), units
    assert variant("市生态环境局") in units, units


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_count_of_the_bodies_a_clause_charges_is_no_target(variant: Callable[[str], str]) -> None:
    text = (
        "一、重点任务\n"
        "(一)开展技能培训。全年培训农村劳动力3000人次。(市人社局、市农业农村局等部门和14个乡镇人民政府负责)\n"
        "(二)建设帮扶车间。新建帮扶车间14个。(市乡村振兴局负责)\n"
    )
    doc = run(variant(text))
    got = [[(str(t.value), match_text(t.unit)) for t in m.targets] for m in doc.measures]
    assert got == [[("3000", "人次")], [("14", "个")]], got
