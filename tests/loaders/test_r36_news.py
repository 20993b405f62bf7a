"""Round 36 (heldout73 dq03, heldout74 dr08/dr09, scored blind then read): a subject acting in a long role
(省经信厅、省发改委作为制造业产业链链长制牵头单位,要… -> both, leads); a news site's statement after the text
(豫都网版权与免责声明 / 1、未经本网许可…) is page furniture, its clauses no measures; a report handing out the tasks
sentence by sentence, each opened by its body's clause (市公安局牵头,负责…。市教育局牵头,负责…。); a duty list's
cells one a line (区教育局 / 负责高考…), each body's line the clause of the duties under it. Both scripts, both
punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from policykg.loaders.normalize import match_text
from tests.loaders.inline import IDS, VARIANTS, assert_measures, run


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_long_role_in_apposition(variant: Callable[[str], str]) -> None:
    text = (
        "一、加强领导。省经信厅、省发改委作为制造业产业链链长制牵头单位,要发挥引领作用,科学制定发展方向。\n"
        "二、优化环境。县财政局作为产业链资金保障责任单位,要做好资金保障。\n"
        "三、强化协同。各有关部门要共同营造良好营商环境。\n"
    )
    want = [
        ("一", "加强领导", ["省经信厅", "省发改委"], ["省经信厅", "省发改委"]),
        ("二", "优化环境", ["县财政局"], []),
        ("三", "强化协同", ["各有关部门"], []),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_site_statement_after_the_text_holds_no_measures(variant: Callable[[str], str]) -> None:
    """The site's numbered clauses were read as the page's only measures; the tasks in the sentences before them
    were lost."""
    text = (
        "我市开展安全生产专项整治行动。\n"
        "市公安局牵头,负责组织开展道路交通领域的专项整治工作。市教育局牵头,负责组织开展校园安全领域的专项整治工作。\n"
        "豫都网版权与免责声明\n"
        "1、未经豫都网(以下简称本网)许可,任何人不得非法使用本网自有版权作品。\n"
        "2、本网转载其他媒体之稿件,不代表本网赞同其观点和对其真实性负责。\n"
    )
    want = [
        ("", "市公安局牵头,负责组织开展", ["市公安局"], ["市公安局"]),
        ("", "市教育局牵头,负责组织开展", ["市教育局"], ["市教育局"]),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_sentences_each_opened_by_their_body_clause(variant: Callable[[str], str]) -> None:
    text = (
        "12月1日起,我市集中开展十大重点行业领域安全生产专项整治行动。\n"
        "市安全监管局牵头,负责组织开展对危险化学品领域的专项整治工作。市公安局牵头,负责组织开展对道路交通领域的"
        "专项整治工作。开封供电公司牵头,负责组织开展对供电安全领域的专项整治工作。\n"
    )
    want = [
        ("", "市安全监管局牵头,负责", ["市安全监管局"], ["市安全监管局"]),
        ("", "市公安局牵头,负责组织", ["市公安局"], ["市公安局"]),
        ("", "开封供电公司牵头,负责", ["开封供电公司"], ["开封供电公司"]),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_one_sentence_opened_by_a_body_is_no_list_of_tasks(variant: Callable[[str], str]) -> None:
    text = (
        "12月1日起,我市集中开展安全生产专项整治行动。\n"
        "市安全监管局牵头,负责组织开展对危险化学品领域的专项整治工作。整治行动为期三个月。\n"
    )
    assert_measures(text, [], variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_duty_list_with_its_cells_one_a_line(variant: Callable[[str], str]) -> None:
    text = (
        "管理事项 中考、高考保障\n\n相关部门\n\n职责分工\n\n"
        "区公安分局\n\n维护考点周边安全、试卷运送保管安全保障。\n\n"
        "区教育局\n\n负责高考、中考的具体组织、实施和协调工作;层层签订教育考试责任书。\n\n"
        "区卫计委\n\n考点及相关医院医疗服务、高考体检保障。\n"
    )
    want = [
        ("", "维护考点周边安全", ["区公安分局"], []),
        ("", "负责高考、中考的具体", ["区教育局"], []),
        ("", "考点及相关医院医疗服务", ["区卫计委"], []),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_title_wrapped_after_a_body_name_is_no_duty_cell(variant: Callable[[str], str]) -> None:
    """醴陵市爱国卫生运动委员会 / 各委员部门职责分工: the page's title over two lines (heldout71 do02), no cell naming the
    committee; its member units' duties are the measures."""
    text = (
        "醴陵市爱国卫生运动委员会\n各委员部门职责分工\n"
        "市爱国卫生运动委员会实行委员部门分工负责制。\n"
        "市委宣传部:把爱国卫生工作纳入创建文明城市活动规划。\n"
        "市发改局:负责将爱国卫生工作纳入国民经济和社会发展规划。\n"
        "市财政局:负责安排爱国卫生工作经费。\n"
    )
    want = [
        ("", "市委宣传部:把爱国", ["市委宣传部"], []),
        ("", "市发改局:负责将爱国", ["市发改局"], []),
        ("", "市财政局:负责安排", ["市财政局"], []),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_zone_named_earlier_keeps_its_administration(variant: Callable[[str], str]) -> None:
    """武汉东湖新技术开发区管委会 was cut into the zone (named alone in an earlier item) and a bare 管委会 (heldout73
    dq01)."""
    text = (
        "一、任务\n"
        "1.加速推进规划编制落地。(牵头单位:市自然资源和规划局;责任单位:武汉东湖新技术开发区、长江新城管委会)\n"
        "2.抓紧抓好国家生物医药集群建设。(牵头单位:市发展改革委;责任单位:武汉东湖新技术开发区管委会)\n"
    )
    want = [
        (
            "1",
            "加速推进规划编制落地",
            ["市自然资源和规划局", "武汉东湖新技术开发区", "长江新城管委会"],
            ["市自然资源和规划局"],
        ),
        ("2", "抓紧抓好国家生物医药", ["市发展改革委", "武汉东湖新技术开发区管委会"], ["市发展改革委"]),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_people_convened_end_the_bodies_convened(variant: Callable[[str], str]) -> None:
    """召集…专班和重点企业负责人参会: the people convened (负责人) and the part they take (参会) were read into a body's
    name (heldout73 dq02)."""
    text = (
        "关于建立产业链工作机制的实施方案\n"
        "一、重点任务\n"
        "(一)定期会商。工作专班每季度召集市发改委、市科技局和重点企业负责人参会,加强政企沟通,研究解决重大问题。\n"
        "(二)做好保障。市财政局负责落实资金,支持产业链重点项目建设。\n"
    )
    want = [
        ("(一)", "定期会商", ["市发改委", "市科技局"], []),
        ("(二)", "做好保障", ["市财政局"], []),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_meeting_demand_with_its_speaker_left_out_in_modal_pieces(variant: Callable[[str], str]) -> None:
    """会议指出,…。强调要A;要B;要C。: the meeting's demand, its speaker left out after the sentence before, its tasks
    the ;-pieces each opened by 要 (heldout73 dq06)."""
    text = (
        "县科经局召开现代纺织服装产业链工作会商会\n"
        "4月11日,县科经局组织召开现代纺织服装产业链工作会商会。\n"
        "会议指出,建立产业链链长制是贯彻落实省、市工作部署的重要举措。强调要建立工作平台,各成员单位明确联络员;"
        "要互通工作信息,及时反馈招商线索和工作动态;要抓好项目投资,推动签约项目促落地。\n"
    )
    want = [
        ("", "要建立工作平台", [], []),
        ("", "要互通工作信息", [], []),
        ("", "要抓好项目投资", [], []),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_speaker_after_a_long_meeting_frame(variant: Callable[[str], str]) -> None:
    """在下午召开的座谈会上,张少红强调,…: the frame before the speaker is longer than a bare 座谈会上 (heldout73
    dq12)."""
    text = (
        "市人大常委会督办重点议案\n"
        "在下午召开的座谈会上,张少红强调,市发改委要充分立足部门职能,加快推进产业体系建设。"
        "要进一步完善保障机制,强化资金和要素支持。\n"
    )
    want = [
        ("", "市发改委要充分立足", ["市发改委"], []),
        ("", "要进一步完善保障机制", [], []),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_page_opening_inside_an_item_with_a_charging_paragraph(variant: Callable[[str], str]) -> None:
    """A database's second page opens inside item 五: its first paragraph charges bodies (各县(区)和相关部门要…;
    劳动保障部门要…) before 六、; that paragraph is the cut item's tail, an unnumbered measure (heldout74 dr04)."""
    text = (
        "各县(区)和相关部门要加强农民工工资支付的监督检查,依法严厉打击拖欠农民工工资违法行为。"
        "劳动保障部门要认真履行协调、监督职责,建立农民工工资保障金制度。\n"
        "六、认真解决被征地农民社会保障问题,保障人民群众正常生产生活\n"
        "各县(区)和有关部门要按照统筹城乡发展的要求,做好被征地农民就业培训和社会保障工作。\n"
    )
    doc = run(variant(text))
    got = [(m.number, match_text(m.label)[:8]) for m in doc.measures]
    assert got == [("", "各县(区)和相关"), (variant("六"), "认真解决被征地农")], got
    assert match_text(doc.measures[0].responsible[0].surface) == "各县(区)", got
