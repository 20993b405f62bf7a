"""Round 14 (heldout6) item and responsibility families on small inline texts, in both scripts and both
punctuation widths: ⒈ item markers, (1) sub-points that are an item's details, 工作职责 and 负责人 lines."""

from __future__ import annotations

import pytest

from policykg.loaders.normalize import name_key
from tests.loaders.inline import IDS, VARIANTS, run


def names(refs) -> list[str]:  # type: ignore[no-untyped-def]
    return [name_key(r.surface) for r in refs]


def keys(items: list[str]) -> list[str]:
    return [name_key(s) for s in items]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_digit_full_stop_characters_are_item_markers(variant) -> None:  # type: ignore[no-untyped-def]
    # ⒈⒉ (a digit and its point as one character) number the 1. items
    text = "一、重点任务\n⒈推进园区建设。新建标准厂房。(市工信局负责)\n⒉加快物流发展。建设物流中心。(市商务局负责)\n"
    ms = run(variant(text)).measures
    assert [m.number for m in ms] == ["⒈", "⒉"]
    assert [names(m.responsible) for m in ms] == [keys(["市工信局"]), keys(["市商务局"])]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_digit_full_stop_items_on_a_page_that_lost_its_line_breaks(variant) -> None:  # type: ignore[no-untyped-def]
    text = (
        "(一)道路改造任务 责任单位:区建设局,责任人:张三 工作任务: ⒈道路工程 新华路(团结路至建设路)。"
        "光明街(团结路至胜利路)。 ⒉人行道铺装硬化,铺装总面积5000平方米 工作要求:9月底完成 "
        "(二)广告整治任务 责任单位:区执法局 工作任务:主要对沿街户外广告进行整治,规范设置标准,全面清理违规广告牌匾。"
        "工作要求:10月底前完成全部整治任务,建立长效管理机制,做到常态化巡查。"
    )
    ms = run(variant(text)).measures
    assert [m.number for m in ms][:2] == ["⒈", "⒉"]
    assert names(ms[0].responsible) == keys(["区建设局"])


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_sub_points_closed_by_one_responsibility_line_are_the_item_s_details(variant) -> None:  # type: ignore[no-untyped-def]
    # 1.完善预案体系 / (1)…(3)… / (责任单位:A、B): the sub-points assign nothing of their own; the line after the
    # last one assigns the 1. item, the measure
    text = (
        "(一)体系建设\n1.完善应急预案体系\n(1)加强应急预案管理,规范预案编制。\n(2)推进预案精编化,修订现有预案。\n"
        "(3)加强应急预案演练,完善演练制度。\n(责任单位:市应急局、市公安局)\n2.健全应急管理体制\n"
        "(1)推进应急管理机构建设。\n(2)加强专项预案牵头部门建设。\n(责任单位:市编办)\n"
    )
    ms = run(variant(text)).measures
    assert [m.number for m in ms] == ["1", "2"]
    assert [names(m.responsible) for m in ms] == [keys(["市应急局", "市公安局"]), keys(["市编办"])]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_sub_points_each_with_its_own_line_stay_the_measures(variant) -> None:  # type: ignore[no-untyped-def]
    # 1.人才引进 / (1)…(责任单位:A) / (2)…(责任单位:B): the sub-points assign, they are the measures
    text = "一、重点任务\n1.人才引进\n(1)引进高层次人才。(责任单位:市人社局)\n(2)建设人才公寓。(责任单位:市住建局)\n"
    ms = run(variant(text)).measures
    assert [m.number for m in ms] == ["(1)", "(2)"]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_work_duty_line_assigns_its_section_items(variant) -> None:  # type: ignore[no-untyped-def]
    # 工作职责:A牵头,B配合,责任人:… under a task heading: the section's units and lead; its ⒈ items, with ⑴
    # sub-points of their own, are the measures
    text = (
        "(六)房地产开发改造任务\n工作职责:市规划局牵头,各有关部门配合,责任人:张三。主要负责项目策划。\n工作任务:\n"
        "⒈新华街改造内容\n⑴市医院对面房屋拆除改造;\n⑵前进路西段立项改造。\n⒉胜利路改造内容\n"
        "⑶胜利路西平房通过项目进行改造;\n"
    )
    ms = run(variant(text)).measures
    assert [m.number for m in ms] == ["⒈", "⒉"]
    assert [names(m.lead) for m in ms] == [keys(["市规划局"])] * 2
    assert names(ms[0].responsible) == keys(["市规划局", "各有关部门"])


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_person_in_charge_label_names_people(variant) -> None:  # type: ignore[no-untyped-def]
    # 责任单位:A、B,负责人:张三、李四: the people after 负责人 are no units
    text = "一、重点任务\n(一)广告牌匾整治任务\n责任单位:市执法局、城投公司,负责人:张三、李四。\n工作任务:整治沿街户外广告。\n"
    ms = run(variant(text)).measures
    assert names(ms[0].responsible) == keys(["市执法局", "城投公司"])


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_the_first_responsible_unit_rule_without_its_place_word(variant) -> None:  # type: ignore[no-untyped-def]
    # 责任单位:A、B(第一责任单位为牵头单位,下同): the first-listed unit leads, in this item and the later ones
    text = (
        "一、营造公平竞争市场环境\n(一)推进完善长效机制建设。\n责任单位:市发改委、市财政局(第一责任单位为牵头单位,下同)\n"
        "(二)严格落实招投标政策。\n责任单位:市建设局、市财政局\n"
    )
    ms = run(variant(text)).measures
    assert names(ms[0].responsible) == keys(["市发改委", "市财政局"])
    assert [names(m.lead) for m in ms] == [keys(["市发改委"]), keys(["市建设局"])]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_lead_verb_with_its_supervising_verb(variant) -> None:  # type: ignore[no-untyped-def]
    # (A、B、C牵头督导,D、E参与): 牵头督导 names the leads as 牵头 does
    text = "一、重点任务\n1.排查整治散乱污企业。基本完成整治任务。(市生态环境局、市发展改革局牵头督导,市公安局、市水务局参与)\n"
    m = run(variant(text)).measures[0]
    assert names(m.lead) == keys(["市生态环境局", "市发展改革局"])
    assert names(m.responsible) == keys(["市生态环境局", "市发展改革局", "市公安局", "市水务局"])


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_section_in_charge_column_names_the_units(variant) -> None:  # type: ignore[no-untyped-def]
    # 重点任务 | 工作内容 | 负责科室: the 负责科室 column is the 责任单位 column of an office's task table
    text = (
        "二、重点工作任务分解\n重点任务 | 工作内容 | 负责科室 |\n政策解读 | 对政策文件进行全面解读,创新解读形式。 | 办公室 |\n"
        "财政资金 | 及时发布财政预决算信息,接受群众监督。 | 综合科 |\n"
    )
    ms = run(variant(text)).measures
    assert [names(m.responsible) for m in ms] == [keys(["办公室"]), keys(["综合科"])]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_sub_items_with_brackets_of_their_own_under_an_item_with_text(variant) -> None:  # type: ignore[no-untyped-def]
    # 17.继续办好实事。省安排补助资金… / (2)教育培训工程。…(就业中心): the item names nobody, its sub-items do: they
    # are the measures (a division's excerpt of a government's task list)
    text = (
        "二、任务分解\n17.继续办好农村实事。省安排补助资金61亿元,比上年增加11亿元。\n"
        "(2)教育培训工程。培训农村劳动力240万人。(省人社厅)\n18.新增农村劳动力转移50万人。(省农业农村厅)\n"
    )
    ms = run(variant(text)).measures
    assert [m.number for m in ms] == ["(2)", "18"]
    assert names(ms[0].responsible) == keys(["省人社厅"])


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_an_item_with_text_and_plain_sub_points_stays_the_measure(variant) -> None:  # type: ignore[no-untyped-def]
    text = (
        "二、任务分解\n1.推进园区建设。新建标准厂房。\n(1)建设一期厂房。\n(2)建设二期厂房。\n"
        "2.加快物流发展。建设物流中心。(省商务厅)\n"
    )
    ms = run(variant(text)).measures
    assert [m.number for m in ms] == ["1", "2"]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_role_sentence_cut_by_the_excerpt_s_end(variant) -> None:  # type: ignore[no-untyped-def]
    # 此项工作由A牵头,B、C (the text ends): the role sentence still assigns the section's items
    text = (
        "(三)市容市貌\n1.加强城市立面容貌管理,建筑物整洁美观。\n2.加强户外牌匾广告管理,设置整齐规范。\n"
        "此项工作由市城管局牵头,市规划局、市住建局"
    )
    ms = run(variant(text)).measures
    assert [names(m.lead) for m in ms] == [keys(["市城管局"])] * 2
    assert names(ms[0].responsible) == keys(["市城管局", "市规划局", "市住建局"])


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_list_separator_typed_before_its_etc_phrase(variant) -> None:  # type: ignore[no-untyped-def]
    # (区发改委、区经信局、等区政府有关部门): the collective after the stray 、等 is the list's last body
    text = "一、重点任务\n1.推动农业科技园区提档升级。(区发改委、区经信局、等区政府有关部门)\n"
    m = run(variant(text)).measures[0]
    assert names(m.responsible) == keys(["区发改委", "区经信局", "区政府有关部门"])


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_bracketed_stretch_of_road_names_no_unit(variant) -> None:  # type: ignore[no-untyped-def]
    # 利民街(前进路至河套大学): the bracket closing the item's text gives the stretch, no list of units
    text = "(七)道路改造任务\n责任单位:区建设局\n1.人行道铺装硬化,铺装总面积5000平方米\n利民街(前进路至河套大学)\n"
    m = run(variant(text)).measures[0]
    assert names(m.responsible) == keys(["区建设局"])
