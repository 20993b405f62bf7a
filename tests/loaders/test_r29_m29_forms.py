"""Measures of round 29 (m29: the measures nobody labelled), written as families of the page's form.

- A numbered item whose heading is a title alone (1、抓好基地建设。 / (一)加强家庭保护) over text that is all ordinal
  tasks, run together in a paragraph or a paragraph each, numbered on from 一是 (一是督促…(主办处室:A)。二是协调…),
  every task naming its own bodies in a labelled clause: each task a measure, numbered as written. Where the units
  label sits on the item and its 一是 parts bear none, or one part bears none, the item stays the measure.
- An 一、/(一) heading titled as a list (…名单 / …名录) over two or more lines that are names alone (坦洲镇…集聚区 /
  黄圃镇…集聚区): what was named, no measure; a heading over sentences, or a task whose title ends in 名单
  with text of its own, stays.
- Numbered lines that are names alone (1.某某国际物流特色小镇), right after a paragraph naming the list they make
  (…确定了第三批省级特色小镇创建名单。…通知如下:): what was named, no measures; the notice's paragraph charging
  bodies after them is its unnumbered measure. Numbered lines after a paragraph naming no list, or lines that are
  sentences, stay items.
- Numbers glued to names out of order (6某某团县委 / 2某某团区委 / 1某某学院团委: a ranking the page prints beside
  the document): no items, the one that happens to fit the sequence neither, so the document's (一) items stay its
  measures.
- A heading naming the scope of the work (一、办理范围 / 一、督查督办内容范围 / 三、整治范围), up to ten characters,
  heads what is covered: no measure, nor its 1. items; a title opening with a verb that changes the scope
  (一、扩大试点范围) is a task.
- A part naming the principles of the work (三、督办工作原则), up to ten characters, over (一) items: principles, no
  measures, even where one charges bodies; a part titled by a verb of holding to one (坚持属地管理原则) keeps its items.

Inline texts in both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, assert_measures, family_params

# Each measure's (number, the label's first characters, units, leads), in order
Want = list[tuple[str, str, list[str], list[str]]]

FAMILIES: dict[str, list[tuple[str, Want]]] = {
    "labelled_ordinal_tasks_under_an_item": [
        (
            "一、推进创业工作\n1、抓好创业基地规范化建设。\n"
            "一是督促指导各县建立创业基地(主办处室:培训就业处,配合处室:就业局,8月底前完成)。"
            "二是积极协调财政落实创业基地建设资金(主办处室:规划财务处,10月底前完成)。\n"
            "2、做好农民工就业工作。\n全年转移就业10万人。\n",
            [
                ("一是", "督促指导各县建立", ["培训就业处", "就业局"], ["培训就业处"]),
                ("二是", "积极协调财政落实", ["规划财务处"], ["规划财务处"]),
                ("2", "做好农民工就业", [], []),
            ],
        ),
        (
            "二、工作任务\n(一)加强社区服务\n一是完善社区服务设施(牵头单位:市民政局;责任单位:各区政府)。\n"
            "二是培育社区社会组织(牵头单位:市民政局)。三是发展社区志愿服务(牵头单位:团市委)。\n"
            "(二)加强队伍建设\n配齐社区工作者。\n",
            [
                ("一是", "完善社区服务设施", ["市民政局", "各区政府"], ["市民政局"]),
                ("二是", "培育社区社会组织", ["市民政局"], ["市民政局"]),
                ("三是", "发展社区志愿服务", ["团市委"], ["团市委"]),
                ("(二)", "加强队伍建设", [], []),
            ],
        ),
    ],
    "labelled_ordinal_paragraphs_by_sequence_words": [
        (
            "一、推进创业工作\n1、抓好创业基地规范化建设。\n"
            "第一,督促指导各县建立创业基地(主办处室:培训就业处,8月底前完成)。\n"
            "第二,积极协调财政落实创业基地建设资金(主办处室:规划财务处,10月底前完成)。\n",
            [
                ("第一", "督促指导各县建立", ["培训就业处"], ["培训就业处"]),
                ("第二", "积极协调财政落实", ["规划财务处"], ["规划财务处"]),
            ],
        ),
        (
            "二、工作任务\n(一)加强社区服务\n首先,完善社区服务设施(牵头单位:市民政局)。\n"
            "其次,培育社区社会组织(牵头单位:团市委)。\n",
            [
                ("首先", "完善社区服务设施", ["市民政局"], ["市民政局"]),
                ("其次", "培育社区社会组织", ["团市委"], ["团市委"]),
            ],
        ),
    ],
    # the units label on the item, its 一是 parts unlabelled: the item is the measure (the corpus's majority)
    "ordinal_tasks_labelled_on_the_item_stay_whole": [
        (
            "一、推进创业工作\n1、抓好创业基地规范化建设(主办处室:培训就业处)。\n"
            "一是督促指导各县建立创业基地。二是积极协调财政落实创业基地建设资金。\n",
            [("1", "抓好创业基地规范化", ["培训就业处"], ["培训就业处"])],
        ),
    ],
    # one task without its own bodies: the item keeps them all
    "ordinal_tasks_one_unlabelled_stay_whole": [
        (
            "一、推进创业工作\n1、抓好创业基地规范化建设。\n"
            "一是督促指导各县建立创业基地(主办处室:培训就业处)。二是积极协调财政落实创业基地建设资金。\n",
            [("1", "抓好创业基地规范化", ["培训就业处"], ["培训就业处"])],
        ),
    ],
    # a lone 一是 is no run
    "a_lone_labelled_ordinal_task_stays_whole": [
        (
            "一、推进创业工作\n1、抓好创业基地规范化建设。\n"
            "一是督促指导各县建立创业基地(主办处室:培训就业处)。\n",
            [("1", "抓好创业基地规范化", ["培训就业处"], ["培训就业处"])],
        ),
    ],
    "name_list_heading_is_no_measure": [
        (
            "为推进服务业集聚发展,现将有关事项通知如下:\n一、第四批共建服务业集聚区名单\n坦洲镇创新科技服务业集聚区\n"
            "黄圃镇现代商贸服务业集聚区\n沙溪镇现代金融集聚区\n"
            "二、各镇人民政府要加强指导协调,加大政策支持力度。\n三、市发展改革局要做好跟踪服务。\n",
            [
                ("二", "各镇人民政府要加强", ["各镇人民政府"], []),
                ("三", "市发展改革局要做好", ["市发展改革局"], []),
            ],
        ),
    ],
    # a list heading over sentences heads tasks: the 名单 title alone is no cue
    "name_list_heading_over_sentences_stays": [
        (
            "一、重点企业名单\n各区要建立重点企业联系制度,逐户落实服务专员。\n二、市发展改革局要做好跟踪服务。\n",
            [("一", "重点企业名单", ["各区"], []), ("二", "市发展改革局要做好", ["市发展改革局"], [])],
        ),
    ],
    "scope_heading_heads_no_measures": [
        (
            "一、督查督办内容范围\n1、县委、县政府的重大决策、工作部署。\n2、上级机关、领导的批办事项。\n"
            "二、督查督办程序\n1、拟办。县政府督查室负责及时提出拟办意见。\n"
            "2、催办。县政府督查室要适时督促催办。\n",
            [("1", "拟办", ["县政府督查室"], []), ("2", "催办", ["县政府督查室"], [])],
        ),
        (
            "一、办理范围\n县政府交办的人大代表建议和政协委员提案。\n"
            "二、办理要求\n(一)承办。县政府办公室负责签收、登记建议和提案。\n"
            "(二)答复。承办单位要在3个月内答复。\n",
            [("(一)", "承办", ["县政府办公室"], []), ("(二)", "答复", ["承办单位"], [])],
        ),
    ],
    # a title opening with a verb that changes the scope is a task
    "scope_widened_is_a_task": [
        (
            "一、扩大试点范围\n县农业农村局要将试点扩大到全县各乡镇。\n二、加强指导\n县农业农村局要加强业务指导。\n",
            [("一", "扩大试点范围", ["县农业农村局"], []), ("二", "加强指导", ["县农业农村局"], [])],
        ),
    ],
    "principle_part_heads_no_measures": [
        (
            "一、督办程序\n(一)立项。县政府督查室负责登记督办事项。\n三、督办工作原则\n"
            "开展政务督办工作必须遵循以下原则:\n(一)紧扣中心工作的原则。各县直单位必须紧紧围绕中心工作抓好落实。\n"
            "(二)坚持实事求是的原则。要全面准确地反映情况。\n",
            [("(一)", "立项", ["县政府督查室"], [])],
        ),
    ],
    "principle_held_to_keeps_its_items": [
        (
            "一、坚持属地管理原则\n(一)落实属地责任。各乡镇要落实属地管理责任。\n"
            "(二)加强部门监管。县市场监管局要加强日常监管。\n",
            [
                ("(一)", "落实属地责任", ["各乡镇"], []),
                ("(二)", "加强部门监管", ["县市场监管局"], []),
            ],
        ),
    ],
    "announced_names_are_no_measures": [
        (
            "各市、自治州人民政府:\n经评审,确定了我省第三批省级特色小镇创建名单。现将有关事宜通知如下:\n"
            "1.丝路国际物流特色小镇\n2.青稞酒特色小镇\n3.三江源生态文旅特色小镇\n"
            "各市州人民政府要切实担负起培育建设特色小镇的主体责任,加大工作力度。\n",
            [("", "各市州人民政府要切", ["各市州人民政府"], [])],
        ),
    ],
    "glued_numbers_out_of_order_are_no_items": [
        (
            "信息报送排行\n  • 6克东团县委\n  • 2龙沙团区委\n  • 1交通职业技术学院团委\n"
            "关于进一步做好就业创业工作的实施意见\n一、深入实施就业优先战略\n"
            "(一)把扩大就业摆上突出位置。各县(市)区政府要将城镇新增就业纳入年度计划。\n"
            "(二)发展吸纳就业能力强的产业。市发改委要支持服务业发展。\n",
            [
                ("(一)", "把扩大就业摆上突出", ["各县(市)区政府"], []),
                ("(二)", "发展吸纳就业能力强", ["市发改委"], []),
            ],
        ),
    ],
    # no list named above them: short numbered lines are the items of the page
    "short_items_naming_no_list_stay": [
        (
            "各乡镇人民政府:\n现将今年重点工作通知如下:\n1.推进特色小镇建设\n2.推进美丽乡村建设\n",
            [("1", "推进特色小镇建设", [], []), ("2", "推进美丽乡村建设", [], [])],
        ),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_r29_m29_forms(variant: Callable[[str], str], text: str, want: Want) -> None:
    assert_measures(text, want, variant)
