"""Round 39 (heldout88 ef04, ef05, ef13; heldout87 ee02): disclosure field names spaced out letter by letter
(• 索 引 号:…) and a remark before a 文号 (备注/文号:) are metadata, no measures; a county's short names of its
departments listed with a shared noun, the level opening the list (县交通、交警、执法部门要…) or kinds a news page names
(交警、消防、公安、卫计等部门要…), each a unit; an excerpt cut inside its 一是 (its text first, then 二是…): that text
its first task. Both scripts, both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, assert_measures, run


def test_spaced_out_disclosure_fields_are_metadata() -> None:
    text = (
        "• 索 引 号:QZ09015-0101-2021-00067\n"
        "• 备注/文号:安教〔2021〕171号\n"
        "• 发布机构:安溪县教育局\n"
        "• 公文生成日期:2021-11-22\n"
        "安溪县教育局关于印发近视防控工作实施方案的通知\n"
        "各乡镇人民政府、县直有关单位:\n现将实施方案印发给你们,请认真抓好贯彻落实。\n"
    )
    doc = run(text)
    assert doc.measures == []
    assert doc.meta.doc_number == "安教〔2021〕171号"


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_department_kinds_sharing_a_noun_are_each_a_unit(variant: Callable[[str], str]) -> None:
    text = (
        "一、确保交通安全畅通。县交通、交警、执法部门要加强联合执法。\n"
        "二、安全有序。要切实加强安全保障,交警、消防、公安、卫计等部门要切实履行职责。\n"
    )
    want = [
        ("一", "确保交通安全畅通", ["县交通", "交警", "执法部门"], []),
        ("二", "安全有序", ["交警", "消防", "公安", "卫计"], []),
    ]
    assert_measures(text, want, variant)


_CUT = (
    "区农业农村局要牵头抓总,抓好排查监测关,做到生产、经营排查及重点场所监测全覆盖。林业部门要强化野外巡护。\n"
    "二是要强化全链条监管。要持续加强餐厨废弃物监管,全面禁止直接使用餐厨废弃物饲喂生猪。\n"
    "三是要强化生猪调运执法监管。区交通、公安等部门要密切协作配合,严把入口关、出口关。\n"
)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_an_excerpt_cut_inside_its_first_ordinal_task_keeps_that_task(variant: Callable[[str], str]) -> None:
    want = [
        ("", "区农业农村局要牵头抓总", ["区农业农村局"], ["区农业农村局"]),
        ("二是", "要强化全链条监管", [], []),
        ("三是", "要强化生猪调运执法监管", ["区交通", "公安"], []),
    ]
    assert_measures(_CUT, want, variant)


def test_a_title_above_the_first_paragraph_is_no_cut_excerpt() -> None:
    """A page that opens with its title and a paragraph, then 二是…: no 一是 was cut away, no run."""
    text = "关于做好非洲猪瘟防控工作的通知\n" + _CUT
    assert [m.number for m in run(text).measures] != ["", "二是", "三是"]


_PLAN = (
    "南华县森林火灾应急预案\n"
    "1总则\n1.1编制目的\n建立健全指挥有序、职责明确的森林火灾应急机制。\n1.2适用范围\n本预案适用于本县行政区域。\n"
    "2组织指挥体系\n2.1森林防火指挥机构\n县森林防火指挥部负责组织、协调和指导全县森林防火工作。\n"
    "2.2扑火指挥\n乡镇交界的森林火灾扑救工作,由县森林防火指挥部指挥。\n"
)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_decimal_sections_of_a_plan_are_its_items_and_its_general_part_frames(
    variant: Callable[[str], str],
) -> None:
    """An 应急预案 numbered 1 总则 / 1.1 … / 2.1 …: the decimal sections are the measures, 总则's no tasks."""
    want = [
        ("2.1", "森林防火指挥机构", ["县森林防火指挥部"], []),
        ("2.2", "扑火指挥", ["县森林防火指挥部"], []),
    ]
    assert_measures(_PLAN, want, variant)


def test_a_figure_opening_a_line_is_no_decimal_section() -> None:
    text = "一、主要目标\n到2025年,全县新增就业岗位。\n二、重点任务\n1.5万元以下的小额贷款由县财政贴息。\n"
    assert "1.5" not in [m.number for m in run(text).measures]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_an_excerpt_opened_inside_an_item_numbers_on_from_its_first_run_on_marker(
    variant: Callable[[str], str],
) -> None:
    text = (
        "镇畜牧兽医站要加强与卫生等部门的协作,共同推动监管工作有效开展。(三)开展专项整治。镇食品安全监管所要适时开展"
        "专项整治和执法检查。(四)加强信息反馈。镇畜牧兽医站要确定专人负责,做好信息报送工作。\n"
    )
    want = [
        ("(三)", "开展专项整治", ["镇食品安全监管所"], []),
        ("(四)", "加强信息反馈", ["镇畜牧兽医站"], []),
    ]
    assert_measures(text, want, variant)


def test_a_title_line_before_the_run_on_text_is_no_cut_excerpt() -> None:
    text = (
        "关于开展农产品质量安全整治的通知\n"
        "镇畜牧兽医站要加强与卫生等部门的协作,共同推动监管工作有效开展。(三)开展专项整治。镇食品安全监管所要适时开展"
        "专项整治和执法检查。(四)加强信息反馈。镇畜牧兽医站要确定专人负责。\n"
    )
    assert run(text).measures == []


def test_a_portals_greeting_with_todays_date_dates_no_document() -> None:
    text = (
        "欢迎访问榆林市体育局 2024年10月19日\n\n榆林市体育局\n\n省十七运定边县执委会召开第三次会议\n\n"
        "发布时间:2022-07-06 09:28 来源:本站 浏览次数:1653\n\n"
        "  7月4日,省十七运会定边县执委会召开第三次会议,就火炬传递相关事项进行讨论。\n"
    )
    doc = run(text)
    assert doc.meta.issued != "2024-10-19"
    assert doc.meta.title == "省十七运定边县执委会召开第三次会议"
