"""Renderers: CJK column widths, CSV quoting, Markdown escaping, JSON round trip."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest
from rich.cells import cell_len

from policykg.errors import RenderError
from policykg.queries import format as F
from policykg.queries.library import QueryResult

RESULT = QueryResult(
    "t",
    ["unit", "measures", "targets"],
    [
        {
            "unit": "青岛市人力资源和社会保障局",
            "measures": 12,
            "targets": [
                {
                    "indicator": "新增高技能人才",
                    "comparator": ">=",
                    "value": 20000,
                    "unitOfMeasure": "人",
                    "year": 2025,
                }
            ],
        },
        {"unit": "abc", "measures": 3, "targets": []},
        {"unit": '就業處, "A"\nB | C', "measures": None, "targets": ["x", "y"]},
    ],
)


def test_table_columns_line_up_with_wide_characters() -> None:
    text = F.render(RESULT, "table", width=200)
    lines = [ln for ln in text.splitlines() if ln.strip() and ln.strip()[0] in "┏┃┡│└"]
    widths = {cell_len(ln) for ln in lines}
    assert len(widths) == 1, widths  # every line the same display width

    # the column separators sit at the same display column on every body line
    def seps(line: str) -> list[int]:
        out, col = [], 0
        for ch in line:
            if ch in "│┃":
                out.append(col)
            col += cell_len(ch)
        return out

    body = [ln for ln in lines if ln.startswith("│")]
    assert len({tuple(seps(ln)) for ln in body}) == 1
    assert "青岛市人力资源和社会保障局" in text  # one CJK char = 2 cells, so 26 cells fit without folding


def test_csv_quotes_commas_quotes_and_newlines() -> None:
    rows = list(csv.reader(io.StringIO(F.render(RESULT, "csv"))))
    assert rows[0] == ["unit", "measures", "targets"]
    assert rows[1] == ["青岛市人力资源和社会保障局", "12", "新增高技能人才 >= 20000人 (2025)"]
    assert rows[3] == ['就業處, "A"\nB | C', "", "x; y"]


def test_markdown_escapes_pipes_and_newlines() -> None:
    md = F.render(RESULT, "markdown").splitlines()
    assert md[0] == "| unit | measures | targets |"
    assert md[4] == '| 就業處, "A"<br>B \\| C |  | x; y |'
    assert all(len(re.findall(r"(?<!\\)\|", line)) == 4 for line in md)  # 3 columns on every line


def test_json_keeps_structure() -> None:
    data = json.loads(F.render(RESULT, "json"))
    assert data[0]["targets"][0]["value"] == 20000 and data[2]["measures"] is None
    assert "青岛" in F.render(RESULT, "json")  # not \\u-escaped


def test_cells() -> None:
    assert F.cell(True) == "yes" and F.cell(None) == ""
    assert F.cell({"document": "文", "clause": "2", "quote": "引"}) == "《文》 2: “引”"
    assert (
        F.target_text(
            {
                "indicator": "培育企业",
                "comparator": ">=",
                "value": 50,
                "unitOfMeasure": "家",
                "deadline": "2025-12-31",
            }
        )
        == "培育企业 >= 50家 (2025-12-31)"
    )


def test_unknown_format() -> None:
    with pytest.raises(RenderError, match="unknown format"):
        F.render(RESULT, "yaml")


def test_rich_markup_in_data_is_not_interpreted() -> None:
    r = QueryResult("t", ["x"], [{"x": "[bold]附件1[/bold]"}])
    assert "[bold]附件1[/bold]" in F.render(r, "table")


def test_more_note_names_the_next_page_key() -> None:
    from policykg.queries.format import more_note
    from policykg.queries.library import QueryResult

    page = QueryResult("tasks", ["task"], [{"task": "a"}])
    assert more_note(page) is None  # the last page says nothing
    page.next_after = "https://x/doc/d/measure/0007"
    assert "--param after=https://x/doc/d/measure/0007" in (more_note(page) or "")
    assert "--after https://x/doc/d/measure/0007" in (more_note(page, options=True) or "")
    profile = QueryResult(
        "unit-profile",
        ["measure"],
        [{"totalMeasures": 12, "_evidence": f"m{n}"} for n in range(10)],
        params={"all": False},
    )
    assert "first 10 of 12" in (more_note(profile) or "")
    profile.params["all"] = True
    assert more_note(profile) is None


def test_unit_profile_table_shows_the_unit_once_then_a_list_of_measures() -> None:
    # issue 14: the unit table had 14 columns and wrapped the task text every 8 characters
    from policykg.queries.format import render
    from policykg.queries.library import QueryResult

    columns = [
        "unit", "document", "section", "number", "measure", "lead", "targets", "industries", "systems",
        "coResponsible", "totalMeasures", "totalLead", "parents", "children",
    ]  # fmt: skip
    row = {
        "unit": "职业能力建设处", "document": "关于推动技能人才与产业融合发展实施方案", "section": "(一)",
        "number": "1", "measure": "建立健全技能人才队伍建设五项机制" * 3, "lead": True, "targets": [],
        "industries": ["人工智能"], "systems": [], "coResponsible": ["青岛市公共就业和人才服务中心"],
        "totalMeasures": 34, "totalLead": 1, "parents": ["青岛市人力资源和社会保障局"], "children": [],
    }  # fmt: skip
    second = {**row, "number": "2", "measure": "发挥高技能人才示范引领作用", "lead": False}
    text = render(QueryResult("unit-profile", columns, [row, second]), "table", width=100)
    assert text.count("职业能力建设处") == 1 and "measures 34 · as lead 1" in text
    assert "1. 《关于推动技能人才与产业融合发展实施方案》 (一) 1  [lead 牵头]" in text
    assert "2. 《关于推动技能人才与产业融合发展实施方案》 (一) 2" in text
    assert "建立健全技能人才队伍建设五项机制建立健全技能人才队伍建设五项机制" in text  # not cut into columns
    assert "industries 产业: 人工智能" in text and "with 共同负责: 青岛市公共就业和人才服务中心" in text
    assert "┃" not in text  # no table


TARGETS = QueryResult(
    "targets",
    ["indicator", "comparator", "value", "unitOfMeasure", "year", "document", "clause", "leadUnits", "units"]
    + ["sourceText"],
    [
        {
            "indicator": "新增高技能人才",
            "comparator": ">=",
            "value": 20000,
            "unitOfMeasure": "人",
            "year": 2025,
            "document": "关于强化人才引领支撑赋能创新型产业体系建设实施方案",
            "clause": "(一) 2",
            "leadUnits": ["市人力资源社会保障局"],
            "units": ["市人力资源社会保障局", "市教育局", "各区市政府"],
            "sourceText": "全年新增高技能人才2萬人以上",
        }
    ],
)


def _longest_run_of_cjk(text: str) -> int:
    return max((len(m) for m in re.findall(r"[\u4e00-\u9fff]+", text)), default=0)


@pytest.mark.parametrize("width", [80, 120])
def test_targets_table_is_a_readable_list_not_ten_folded_columns(width: int) -> None:
    """Regression (issue 14): `policykg targets` showed 10 columns folded to 2-3 characters at 80 columns."""
    text = F.render(TARGETS, "table", width=width)
    assert "┃" not in text  # no table
    assert "1. 新增高技能人才 >= 20000人 (2025)" in text
    assert "《关于强化人才引领支撑赋能创新型产业体系建设实施方案》 (一) 2" in text
    assert "全年新增高技能人才2萬人以上" in text  # the source text whole, not folded
    assert "市人力资源社会保障局; 市教育局; 各区市政府" in text


WIDE = QueryResult(
    "unit-workload",
    ["unit", "region", "parent", "measures", "leadMeasures", "targets", "documents"],
    [
        {
            "unit": "青岛西海岸新区人力资源和社会保障局",
            "region": "青岛西海岸新区",
            "parent": None,
            "measures": 39,
            "leadMeasures": 34,
            "targets": 16,
            "documents": 1,
        },
        {
            "unit": "职业能力建设处",
            "region": "青岛市",
            "parent": "青岛市人力资源和社会保障局",
            "measures": 34,
            "leadMeasures": 0,
            "targets": 2,
            "documents": 1,
        },
    ],
)


def test_a_table_too_wide_for_80_columns_becomes_a_list_of_records() -> None:
    """Regression (issue 14): `units` at 80 columns folded unit names every 4 characters and headers
    ("leadMeasu / res"); now each unit is a block, its numbers on one line."""
    text = F.render(WIDE, "table", width=80)
    assert "┃" not in text
    assert "1. 青岛西海岸新区人力资源和社会保障局" in text
    assert "region 青岛西海岸新区 · measures 39 · leadMeasures 34 · targets 16" in text
    assert "parent: 青岛市人力资源和社会保障局" in text  # a long field on its own line
    assert "documents 1" in text.split("2. ")[0]  # a column every row shares stays with each row...
    assert "documents 1" not in text.split("2. ")[0].splitlines()[1]  # ...not hoisted under the title


def test_a_table_that_fits_stays_a_table_with_whole_headers_and_cells() -> None:
    text = F.render(WIDE, "table", width=140)
    assert "┃ leadMeasures ┃" in text  # the header never folds
    assert "青岛西海岸新区人力资源和社会保障局" in text  # nor a name that fits
    assert _longest_run_of_cjk(text) >= len("青岛西海岸新区人力资源和社会保障局")


def test_every_table_command_reads_at_80_and_120_columns() -> None:
    """No cell of a table folds below a readable width: either the table fits, or it is a list."""
    for width in (80, 100, 120):
        for result in (WIDE, TARGETS, RESULT):
            text = F.render(result, "table", width=width)
            if "┃" in text:
                body = [ln for ln in text.splitlines() if ln.startswith("│")]
                cells = [c.strip() for ln in body for c in ln.strip("│").split("│")]
                assert all(cell_len(c) <= width for c in cells)
                assert F.fits(result, width)


def test_screen_columns_narrow_the_table_but_not_json() -> None:
    """Regression: ``path`` showed its route twice on screen (the path text and the route list)."""
    from policykg.queries.format import render
    from policykg.queries.library import QueryResult

    rows = [{"hops": 1, "path": "Unit:甲 -LEAD_UNIT- Measure:乙", "route": ["Unit:甲", "Measure:乙"]}]
    result = QueryResult("path", ["hops", "path", "route"], rows, screen=("hops", "path"))
    table = render(result, "table")
    assert "Unit:甲 -LEAD_UNIT- Measure:乙" in table
    assert "route" not in table
    assert '"route"' in render(result, "json")
    assert "route" in render(result, "markdown")


def test_path_query_declares_its_screen_columns() -> None:
    from policykg.queries.library import load_library

    assert load_library()["path"].screen == ("hops", "path")
