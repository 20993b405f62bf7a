"""Round 32 (heldout63 dg08, found after the kept-out score): a list of tasks as a table with no unit column (序号 |
项目名称 |, a 民生实事 list the 人大 voted): each numbered row is a measure, its figures its targets. A two-column
table naming something other than a task (序号 | 企业名称) stays no measures. Both scripts, both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, run

ROWS = [
    ("1", "安康颐养项目:新改建农村互助颐养小院6个"),
    ("2", "名医下乡项目:建设名医基层工作站5个"),
    ("3", "快递进村项目:开通运行100个客货邮村物流点"),
]
HEAD = "县人民代表大会票决确定2025年民生实事项目,共3项,分别是:\n"


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_numbered_task_list_as_a_table_gives_measures(variant: Callable[[str], str]) -> None:
    text = HEAD + "序号 | 项目名称 |\n" + "".join(f"{n} | {t} |\n" for n, t in ROWS)
    doc = run(variant(text))
    assert [m.number for m in doc.measures] == ["1", "2", "3"]
    assert [str(t.value) for m in doc.measures for t in m.targets] == ["6", "5", "100"]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_the_list_one_cell_a_line_too(variant: Callable[[str], str]) -> None:
    text = HEAD + "序号\n项目名称\n" + "".join(f"{n}\n{t}\n" for n, t in ROWS)
    doc = run(variant(text))
    assert [m.number for m in doc.measures] == ["1", "2", "3"]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_roll_of_firms_stays_no_measures(variant: Callable[[str], str]) -> None:
    text = "2025年专精特新企业名单\n序号 | 企业名称 |\n1 | 某某科技有限公司 |\n2 | 某某机械有限公司 |\n3 | 某某材料有限公司 |\n"
    assert run(variant(text)).measures == []
