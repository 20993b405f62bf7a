"""Round 49 structure: an 应急预案's decimal sections (2.2职责任务。 / 3.1预防。: titles closed by their full stop, the
page opening inside section 2) over (1) items, each item a body's name alone on its line and its duties on the
next (1)市林业局。 / 负责…: heldout181 hu01); a (1) item titled alone and closed by 。 under a 一、 part with no 1.
items takes the paragraph below as its text. Both scripts, both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, assert_measures, run, units_match

_PLAN = (
    "2.2职责任务。\n(1)市林业局。\n负责火灾扑救的组织、火灾现场勘察等工作。\n(2)市公安局。\n负责火灾区域内的治安管理。\n"
    "(3)市委宣传部。\n负责全市森林防火宣传教育工作。\n3.预防、预报和监测\n3.1预防。\n各级森林防火部门要做好宣传教育工作。\n"
    "3.2预报。\n市防火办要加强与市气象局的合作,分析火险形势。\n"
)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_decimal_sections_over_body_titled_items(variant: Callable[[str], str]) -> None:
    want = [
        ("(1)", "市林业局", ["市林业局"], []),
        ("(2)", "市公安局", ["市公安局"], []),
        ("(3)", "市委宣传部", ["市委宣传部"], []),
        ("3.1", "预防", ["各级森林防火部门"], []),
        ("3.2", "预报", ["市防火办"], []),
    ]
    assert_measures(_PLAN, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_titled_item_takes_the_paragraph_below(variant: Callable[[str], str]) -> None:
    text = (
        "森林防火应急预案\n二、成员单位职责\n(1)市林业局。\n负责火灾扑救的组织工作。\n(2)市检察院、市中级人民法院。\n"
        "负责森林火灾案件的诉讼和审理工作。\n(3)加强队伍建设。\n组建专业扑火队伍,配齐装备。\n"
    )
    want = [
        ("(1)", "市林业局", ["市林业局"], []),
        ("(2)", "市检察院、市中级人民法院", ["市检察院", "市中级人民法院"], []),
        ("(3)", "加强队伍建设", [], []),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_decimal_figure_is_no_section(variant: Callable[[str], str]) -> None:
    # 2.5万元 / 3.15: figures, never a section (round 39's review), closed by 。 or not
    text = "某县工作方案\n一、重点任务\n1.加强投入。\n2.5万元。\n2.做好宣传。\n3.15前完成。\n"
    want = [("1", "加强投入", [], []), ("2", "做好宣传", [], [])]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_portals_footer_credits_are_no_label(variant: Callable[[str], str]) -> None:
    # 顶部 打印 关闭 / 主办单位:… / 地址:…| 联系电话:… / ICP备案:…: the site's sponsor, never a task's unit (heldout184 hx05)
    text = (
        "某市新能源电池产业发展工作推进会召开\n11月9日上午,全市新能源电池产业发展工作推进会召开。\n"
        "副市长要求,市工信局要加强统筹协调,加快推动产业做大做强。\n\n顶部 打印 关闭\n\n主办单位:某市工业和信息化局\n\n"
        "地址:某市泰山路526号 | 联系电话:0396-2912989\n\nICP备案:豫ICP备17048795号-2| 网站标识码:4117000032\n"
    )
    doc = run(variant(text))
    assert [m.label[:4] for m in doc.measures] == [variant("市工信局要")[:4]]
    assert units_match(doc, doc.measures[0].responsible, ["市工信局"])


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize("sep", ["", "\n"])
def test_a_demands_points_after_the_bodies_it_is_made_of(variant: Callable[[str], str], sep: str) -> None:
    # …。同时要求各乡镇:1、…;2、…: the points, run on or a line each, the collective's (heldout176 hp05)
    text = (
        "某县及时下拨春荒救灾款\n为有效救助困难群众,某县及时下拨65万元救灾资金。同时要求各乡镇:"
        f"{sep}1、加强领导,制定措施,落实责任;{sep}2、深入基层,逐户排查;{sep}3、加大督查力度,确保资金及时落实。\n"
    )
    want = [
        ("1", "加强领导,制定措施,落实责任", ["各乡镇"], []),
        ("2", "深入基层,逐户排查", ["各乡镇"], []),
        ("3", "加大督查力度,确保资金及时落实", ["各乡镇"], []),
    ]
    assert_measures(text, want, variant)
