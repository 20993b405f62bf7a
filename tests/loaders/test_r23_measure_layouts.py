"""Measures and their units on pages that number little (round 23: layouts no corpus page has, and the perturbed
layouts of the corpus: 一、 as 第一条, items run on in one line).

- Paragraphs opened by ordinal words (一是 / 二是) are the page's own numbering, read before paragraphs closed by
  a clause: the first one is a measure too when its units open its second sentence (市人社局负责,…).
- Circled items (①) play the part of (1) items under a title-only 1. item on a page that writes no (1) items.
- An article's title takes the (一) and 1. glued to it on a page that lost its line breaks (第二条 重点任务(一)…
  1.…), and a page's one article titled over an (一) title and its 1. items is a plan's part, not a regulation's.
- Named bodies and their role verb alone closing a sentence after a comma (加强用地保障,市自然资源局负责;) assign
  that sentence's task; so does one with a verb and its object (市发改委负责协调: round 40, the corpus gold's
  reading).
- Items run on in one line after a colon announcing them, separated by semicolons, each closed by its bracket of
  units (…工作:1.…(责任单位:A);2.… / (1)…;(2)…), are items; a field's list (建设内容:1、…;2、…) is none.
- A tab shown as its mark (⇥) separates cells as a tab does, and a group row whose first cell is one character
  (二<TAB>民生保障) is a row, not text the row above runs on into.
- Named bodies after a dash closing an item's line (…。——市工信局、各区政府) are its units.
- A signed notice's outline ends at its date: the 1. items of the plan it hands on are under none of its 一、 items.

Inline texts in both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, family_params, run

# a measure as (its path with its number, the label's first 8 characters, its units)
Want = tuple[str, str, list[str]]
Case = tuple[str, list[Want]]

_NOTICE = (
    "各区人民政府,市政府各部门:\n"
    "现将《某市2024年重点工作任务分解方案》印发给你们,并就有关事项通知如下:\n"
    "一、高度重视,加强领导。各责任单位要制定工作方案。\n"
    "二、强化督查,确保实效。各责任单位要按季报送进展。\n"
    "某市人民政府办公室\n"
)

FAMILIES: dict[str, list[Case]] = {
    "ordinal_paragraphs_read_before_clause_paragraphs": [
        (
            "为做好今年就业工作,现提出以下措施:\n"
            "一是稳定就业岗位。市人社局负责,新增就业1万人。\n"
            "二是加强技能培训。市人社局、市教育局负责。\n"
            "三是强化兜底帮扶。市民政局负责。\n",
            [
                ("一是", "稳定就业岗位", ["市人社局"]),
                ("二是", "加强技能培训", ["市人社局", "市教育局"]),
                ("三是", "强化兜底帮扶", ["市民政局"]),
            ],
        ),
    ],
    "circled_items_under_a_title_only_item": [
        (
            "三、重点任务\n"
            "1.推进乡村振兴\n"
            "①发展特色农业。(责任单位:市农业农村局)\n"
            "②建设美丽乡村。(责任单位:市住建局)\n"
            "2.改善民生\n"
            "①办好民生实事。(责任单位:市民政局)\n",
            [
                ("三/1/①", "发展特色农业", ["市农业农村局"]),
                ("三/1/②", "建设美丽乡村", ["市住建局"]),
                ("三/2/①", "办好民生实事", ["市民政局"]),
            ],
        ),
        # a 1. item with its own text: its circled lines are its details
        (
            "三、重点任务\n"
            "1.推进乡村振兴。重点做好以下工作:\n"
            "①发展特色农业。\n"
            "②建设美丽乡村。\n"
            "(责任单位:市农业农村局)\n",
            [("三/1", "推进乡村振兴", ["市农业农村局"])],
        ),
    ],
    "an_article_titled_over_a_plan_part": [
        (
            "第二条 重点任务(一)建立健全服务体系行动1.推进中医医院高质量发展,完善服务网络,(责任单位:区卫生健康局、"
            "区财政局)2.加强综合医院中医科室建设,补齐服务短板,(责任单位:区卫生健康局)(二)提升服务能力行动3.打造"
            "中医药示范品牌,(责任单位:区卫生健康局、区文广旅局)\n",
            [
                ("第二条/(一)/1", "推进中医医院高质", ["区卫生健康局", "区财政局"]),
                ("第二条/(一)/2", "加强综合医院中医", ["区卫生健康局"]),
                ("第二条/(二)/3", "打造中医药示范品", ["区卫生健康局", "区文广旅局"]),
            ],
        ),
        (
            "第二条 重点任务\n"
            "(一)建立健全服务体系行动\n"
            "1.推进医院发展。(责任单位:区卫生健康局)\n"
            "2.推进科室建设。(责任单位:区财政局)\n",
            [
                ("第二条/(一)/1", "推进医院发展", ["区卫生健康局"]),
                ("第二条/(一)/2", "推进科室建设", ["区财政局"]),
            ],
        ),
    ],
    "bodies_and_their_role_verb_closing_a_sentence": [
        (
            "二、主要措施\n"
            "(一)强化要素保障。一是加强用地保障,市自然资源局负责;二是加强资金保障,市财政局牵头,市税务局配合。\n"
            "(二)优化政务服务。提升办事效率,市政务服务局负责。\n",
            [
                ("二/(一)", "强化要素保障", ["市自然资源局", "市财政局", "市税务局"]),
                ("二/(二)", "优化政务服务", ["市政务服务局"]),
            ],
        ),
        # a person, an agent phrase naming no body: no clause; a body and its verb with an object in a comma piece after
        # the task's words hands it a share (round 40: the corpus gold reads such pieces so, heldout62, heldout90)
        (
            "二、主要措施\n"
            "(一)强化要素保障。推进项目建设,市发改委负责协调。\n"
            "(二)优化政务服务。提升办事效率,张三副市长负责。\n"
            "(三)完善管理体制。理顺经营机制,由企业负责。\n",
            [
                ("二/(一)", "强化要素保障", ["市发改委"]),
                ("二/(二)", "优化政务服务", []),
                ("二/(三)", "完善管理体制", []),
            ],
        ),
    ],
    "items_run_on_after_an_announcing_colon": [
        (
            "今年重点抓好以下工作:1.推进城市更新(责任单位:市住建局);2.改善交通出行(责任单位:市交通局);"
            "3.提升公共服务(责任单位:市民政局)。\n",
            [
                ("1", "推进城市更新", ["市住建局"]),
                ("2", "改善交通出行", ["市交通局"]),
                ("3", "提升公共服务", ["市民政局"]),
            ],
        ),
        (
            "今年重点抓好以下工作:(1)推进城市更新(责任单位:市住建局);(2)改善交通出行(责任单位:市交通局);"
            "(3)提升公共服务(责任单位:市民政局)。\n",
            [
                ("(1)", "推进城市更新", ["市住建局"]),
                ("(2)", "改善交通出行", ["市交通局"]),
                ("(3)", "提升公共服务", ["市民政局"]),
            ],
        ),
        # a project card's field listing what it builds: one item
        (
            "一、某村休闲渔业项目\n"
            "1.项目实施地点:某村。\n"
            "2.项目建设内容:1、新建木栈道750米;2、拆除鱼塘围栏750米;3、设立钓鱼台100座。\n"
            "3.项目实施单位:某乡人民政府。\n",
            [("一", "某村休闲渔业项目", ["某乡人民政府"])],
        ),
    ],
    "cells_separated_by_tabs_or_their_mark": [
        (
            "附件\n重点任务分工表\n"
            "序号⇥工作任务⇥牵头单位⇥配合单位\n"
            "1⇥建设产业园区⇥市发改委⇥市财政局\n"
            "2⇥培育龙头企业⇥市工信局⇥市商务局、市科技局\n",
            [
                ("附件/1", "建设产业园区", ["市发改委", "市财政局"]),
                ("附件/2", "培育龙头企业", ["市工信局", "市商务局", "市科技局"]),
            ],
        ),
        (
            "重点任务分工表\n"
            "序号\t工作任务\t责任单位\n"
            "一\t产业升级\n"
            "1\t建设产业园区\t市发改委、市财政局\n"
            "2\t培育龙头企业\t市工信局\n"
            "二\t民生保障\n"
            "3\t新建幼儿园\t市教育局\n",
            [
                ("1", "建设产业园区", ["市发改委", "市财政局"]),
                ("2", "培育龙头企业", ["市工信局"]),
                ("3", "新建幼儿园", ["市教育局"]),
            ],
        ),
    ],
    "bodies_after_a_dash_closing_an_item": [
        (
            "二、重点任务\n1.实施技改项目100个。——市工信局、各区政府\n2.新开工重大项目30个。——市发改委\n",
            [
                ("二/1", "实施技改项目10", ["市工信局", "各区政府"]),
                ("二/2", "新开工重大项目3", ["市发改委"]),
            ],
        ),
    ],
    "a_signed_notice_ends_its_outline_at_its_date": [
        (
            _NOTICE + "2024年3月1日\n"
            "某市2024年重点工作任务分解方案\n"
            "1.实施技改项目100个。(责任单位:市工信局)\n"
            "2.新开工重大项目30个。(责任单位:市发改委)\n",
            [("1", "实施技改项目10", ["市工信局"]), ("2", "新开工重大项目3", ["市发改委"])],
        ),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_measures_and_units_of_pages_that_number_little(
    variant: Callable[[str], str], text: str, want: list[Want]
) -> None:
    doc = run(variant(text))
    got = [
        (
            _ascii("/".join([*(doc.sections[k].number for k in m.section_path), m.number])),
            m.label[:8],
            [u.surface for u in m.responsible],
        )
        for m in doc.measures
    ]
    assert got == [
        (_ascii(variant(path)), variant(label), [variant(u) for u in units]) for path, label, units in want
    ]


def _ascii(number: str) -> str:
    """A path with its brackets in ASCII and 条 Simplified (the extraction writes (一) for （一）)."""
    return number.replace("（", "(").replace("）", ")").replace("條", "条")


@pytest.mark.parametrize("piece", ["协同单位积极配合", "牵头单位负责", "配合单位配合", "责任单位负责"])
def test_a_role_label_as_a_closing_subject_names_no_body(piece: str) -> None:
    """Regression (round 23 merge, dev4 m01): 由牵头单位发挥统筹协调作用,协同单位积极配合 in a covering notice's own
    item read 协同单位 as a body charged with the sentence, and the item became a measure."""
    from policykg.loaders.extract.responsibility import _charging_piece
    from policykg.loaders.extract.units import UnitLexicon

    assert not _charging_piece(piece, UnitLexicon.load_default())
