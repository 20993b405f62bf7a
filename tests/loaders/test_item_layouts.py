"""Items the numbered-heading rules missed, in Simplified and Traditional script: ⑴ indicator rows under a
``1.title。`` group with their own 责任单位 lines, a title-only (一) item assigned by the lines under its
paragraph, unnumbered paragraphs closed by their own clause."""

from __future__ import annotations

import pytest

from tests.loaders.inline import IDS, VARIANTS, run
from tests.loaders.test_responsibility import keys, names

INDICATORS = (
    "一、主要目标和任务分工\n"
    "(一)主要规划指标。\n"
    "1.约束性指标。\n"
    "⑴九年义务教育巩固率达到97%。\n"
    "责任单位:省教育厅。\n"
    "⑵单位地区生产总值能耗降低17%。\n"
    "牵头单位:省发展改革委。\n"
    "责任单位:省发展改革委、省统计局等。\n"
    "2.预期性指标。\n"
    "⑴城镇新增就业300万人。\n"
    "责任单位:省人力资源社会保障厅。\n"
)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_circled_rows_with_their_own_unit_lines_under_a_titled_group(variant) -> None:  # type: ignore[no-untyped-def]
    doc = run(variant(INDICATORS))
    assert [m.number for m in doc.measures] == ["⑴", "⑵", "⑴"]
    one, two, three = doc.measures
    assert names(one.responsible) == keys(["省教育厅"])
    assert names(two.lead) == keys(["省发展改革委"])
    assert names(two.responsible) == keys(["省发展改革委", "省统计局"])
    assert names(three.responsible) == keys(["省人力资源社会保障厅"])


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_titled_item_over_sub_items_without_unit_lines_stays_one_measure(variant) -> None:  # type: ignore[no-untyped-def]
    text = "一、主要任务\n1.推进园区建设。\n⑴建设标准厂房。\n⑵完善配套设施。\n(责任单位:市发改委)\n"
    doc = run(variant(text))
    assert [m.number for m in doc.measures] == ["1"]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_title_only_item_assigned_by_the_lines_under_its_paragraph(variant) -> None:  # type: ignore[no-untyped-def]
    text = (
        "一、责任分工\n"
        "(一)四大支柱产业集群\n"
        "1.电子信息产业集群\n"
        "牵头单位:市工信局\n"
        "责任单位:市发改委、科技局\n"
        "(二)六个未来产业\n"
        "第三代半导体、未来网络、氢能与储能\n"
        "牵头单位:市科技局\n"
        "责任单位:市发改委、工信局\n"
    )
    doc = run(variant(text))
    assert [m.number for m in doc.measures] == ["1", "(二)"]
    assert names(doc.measures[1].lead) == keys(["市科技局"])
    assert names(doc.measures[1].responsible) == keys(["市科技局", "市发改委", "工信局"])


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_unnumbered_paragraphs_closed_by_their_own_clause(variant) -> None:  # type: ignore[no-untyped-def]
    text = (
        "日前,某县人民政府出台关于拼经济的若干措施。该措施共二十条。\n"
        "投入600万元举办系列促销活动,发放电子消费券。(责任单位:县商务局、县文广新旅局)\n"
        "支持企业参加展会,给予展位费补贴。(责任单位:县商务局)\n"
        "办好第十二届金花节等活动,奖补资金为该活动总使用资金的50%,单个活动最高不超过15"
    )
    doc = run(variant(text))
    assert [m.number for m in doc.measures] == ["", "", ""]
    one, two, three = doc.measures
    assert names(one.responsible) == keys(["县商务局", "县文广新旅局"])
    assert names(two.responsible) == keys(["县商务局"])
    assert not three.responsible  # cut off by the excerpt before its clause


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_news_page_without_clauses_has_no_paragraph_measures(variant) -> None:  # type: ignore[no-untyped-def]
    text = "日前,某县出台若干措施。\n措施提出要发放消费券,支持企业参展。\n该措施自发布之日起施行"
    assert run(variant(text)).measures == []


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_circled_rows_with_inline_clauses_under_goal_groups(variant) -> None:  # type: ignore[no-untyped-def]
    text = (
        "一、主要目标\n(一)规划指标。\n1.约束性指标。\n"
        "⑴九年义务教育巩固率达到97%。(责任单位:省教育厅)\n"
        "⑵耕地保有量保持在6120万亩。(牵头单位:省国土资源厅;责任单位:省农业厅)\n"
        "2.预期性指标。\n(1)城镇新增就业300万人。(责任单位:省人社厅)\n"
    )
    doc = run(variant(text))
    assert [m.number for m in doc.measures] == ["⑴", "⑵", "(1)"]
    assert names(doc.measures[1].lead) == keys(["省国土资源厅"])


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_page_run_together_on_one_line_is_no_paragraph_measure(variant) -> None:  # type: ignore[no-untyped-def]
    # regression: a whole page that lost its line breaks became one unnumbered measure
    text = "发放消费券。(责任单位:县商务局) 支持企业参展。(责任单位:县商务局、县财政局)"
    assert run(variant(text)).measures == []


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_unnumbered_paragraphs_followed_by_their_own_unit_lines(variant) -> None:  # type: ignore[no-untyped-def]
    text = (
        "日前,某县人民政府出台关于拼经济的若干措施。\n"
        "投入600万元举办系列促销活动,\n发放电子消费券。\n责任单位:县商务局、县文广新旅局\n"
        "支持企业参加展会,给予展位费补贴。\n责任单位:县商务局\n"
        "办好金花节等活动,单个活动最高不超过15"
    )
    doc = run(variant(text))
    assert [m.number for m in doc.measures] == ["", "", ""]
    one, two, three = doc.measures
    assert names(one.responsible) == keys(["县商务局", "县文广新旅局"])
    assert names(two.responsible) == keys(["县商务局"])
    assert not three.responsible


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_frame_heading_run_on_into_its_first_sub_item(variant) -> None:  # type: ignore[no-untyped-def]
    # 一、总体要求(-)指导思想以…: a scanned page that lost its line breaks (its (一) read as (-)); the sub-item
    # marker ends the frame's title
    text = (
        "为推进茶产业发展,制定本方案。一、总体要求(-)指导思想以全面推进乡村振兴为总牵引,加强政府统筹协调引导。"
        "(责任单位:省农业农村厅)\n"
        "二、重点任务\n(一)打造茶旅游精品线路。(责任单位:省文化和旅游厅)\n"
        "三、保障措施(-)加强组织领导建立工作机制,统筹推进各项工作。\n"
    )
    doc = run(variant(text))
    assert [m.number for m in doc.measures] == ["(一)"]
    assert names(doc.measures[0].responsible) == keys(["省文化和旅游厅"])


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_title_closed_by_a_bracket_keeps_its_field_lines(variant) -> None:  # type: ignore[no-untyped-def]
    # 2.小口机井工程(二期): a bracket that assigns nobody does not close the title; the field line below is its own
    text = (
        "资金分配计划具体如下:\n1.西卜沙乡人饮巩固提升工程\n投资:500万元 实施单位:某县水利局\n"
        "2.某县农村牧区小口机井工程(二期)\n投资:208万元 实施单位:某县水利局\n"
        "3.王家乡饲料加工基地扩建项目\n投资:167万元 实施单位:王家乡人民政府\n"
    )
    doc = run(variant(text))
    assert [m.number for m in doc.measures] == ["1", "2", "3"]
    assert names(doc.measures[1].responsible) == keys(["某县水利局"])


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_people_line_under_an_unnumbered_paragraph_is_its_assignment_not_a_task(variant) -> None:  # type: ignore[no-untyped-def]
    # 分管领导:… between a paragraph and its 部门分工 line names people: the paragraph is the task, with the units
    text = (
        "省政府印发工作任务分工方案,其中明确指出:\n"
        "实施数字经济促进条例。推动5G网络城乡主要区域基本覆盖。\n"
        "分管领导:副省长张三\n"
        "部门分工:省工业和信息化厅牵头,省发展改革委、省科技厅等配合。\n"
        "建设数字政府安全运营中心。强化数据资源全生命周期安全保护。\n"
        "分管领导:\n"
    )
    doc = run(variant(text))
    assert len(doc.measures) == 2
    first, second = doc.measures
    assert doc.source.match[first.span.start :].startswith("实施数字经济")
    assert names(first.lead) == keys(["省工业和信息化厅"])
    assert names(first.responsible) == keys(["省工业和信息化厅", "省发展改革委", "省科技厅"])
    assert second.responsible == []


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_leader_line_in_other_words_is_no_task_either(variant) -> None:  # type: ignore[no-untyped-def]
    # the same block worded 责任领导 / 责任单位, two tasks in a row: each paragraph is one task, no leader a unit
    text = (
        "加快推进城乡供水一体化工程建设。\n"
        "责任领导:李四副市长\n"
        "责任单位:市水务局、市财政局\n"
        "完善农村生活垃圾收运处置体系。\n"
        "责任领导:王五副市长\n"
        "责任单位:市城管局\n"
    )
    doc = run(variant(text))
    assert len(doc.measures) == 2
    assert names(doc.measures[0].responsible) == keys(["市水务局", "市财政局"])
    assert names(doc.measures[1].responsible) == keys(["市城管局"])
    assert doc.measures[0].lead == []


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_project_noun_before_a_label_keeps_the_label_role(variant) -> None:  # type: ignore[no-untyped-def]
    # a county 公示 project list: 项目责任单位: names the units; 项目责任领导: / 项目责任人: name people
    text = (
        "(一)实施产业发展项目2个。\n"
        "1.某县2026年甲乡种植业基地配套建设项目:投资340万元。建设地点:甲乡1村。\n"
        "项目责任领导:张三(县人大常委会调研员)\n"
        "项目责任单位:甲乡、水利局\n"
        "项目责任人:李四、王五\n"
        "项目实施时间:2026年1月-2026年10月\n"
        "2.某县2026年柯克亚乡节水灌溉项目:投资120万元。\n"
        "项目责任领导:赵六\n"
        "项目责任单位:柯克亚乡\n"
    )
    doc = run(variant(text))
    assert [m.number for m in doc.measures] == ["1", "2"]
    assert names(doc.measures[0].responsible) == keys(["甲乡", "水利局"])
    assert doc.measures[0].lead == []
    assert names(doc.measures[1].responsible) == keys(["柯克亚乡"])


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_works_noun_before_an_implementer_label(variant) -> None:  # type: ignore[no-untyped-def]
    # the same family worded 工程实施单位 / 工程牵头单位, one line each under each numbered work
    text = (
        "二、重点工程\n"
        "1.城区排水管网改造工程。改造管网12公里。\n"
        "工程牵头单位:市住建局\n"
        "工程实施单位:市排水公司、城区街道办事处\n"
        "2.河道综合整治工程。整治河道8公里。\n"
        "工程实施单位:市水务局\n"
    )
    doc = run(variant(text))
    assert [m.number for m in doc.measures] == ["1", "2"]
    assert names(doc.measures[0].lead) == keys(["市住建局"])
    assert names(doc.measures[0].responsible) == keys(["市住建局", "市排水公司", "城区街道办事处"])
    assert names(doc.measures[1].responsible) == keys(["市水务局"])


CARDS = (
    "现公示本年度衔接推进乡村振兴补助资金项目,具体如下:\n"
    "一、红星村小型农田水利设施补短板建设项目\n"
    "1.项目实施地点:红星乡红星村\n"
    "2.项目建设内容:新建渠首一座;新修渠道24.5公里。\n"
    "3.资金规模及来源:项目总投资300万元。\n"
    "4.项目建设期限:2022年\n"
    "5.项目实施单位及责任人:某区水利局,刘文玲\n"
    "6.绩效目标:\n"
    "1.项目受益灌溉面积2950亩。\n"
    "2.项目建成后,产权归属红星村,由村集体运行管护,红星乡人民政府监督管理。\n"
    "二、二宫村休闲渔业项目\n"
    "1.项目实施地点:乌拉台乡二宫村\n"
    "2.项目建设内容:1、新建木栈道750米;2、拆除鱼塘围栏750米;\n"
    "3、设立钓鱼台100座。\n"
    "3.资金规模及来源:项目总投资120万元。\n"
    "4.项目实施单位及责任人:乌拉台乡,库里满·恰里甫\n"
)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_numbered_field_lines_make_their_heading_a_project_card(variant) -> None:  # type: ignore[no-untyped-def]
    # 1.项目实施地点:… / 5.项目实施单位及责任人:…: the fields of one project, the project the measure; its unit field
    # names the units (the person after them is none), a unit in its 绩效目标 prose is no assignment
    doc = run(variant(CARDS))
    assert [m.number for m in doc.measures] == ["一", "二"]
    assert doc.measures[1].label == variant("二宫村休闲渔业项目")  # the heading's title, not its fields
    assert names(doc.measures[0].responsible) == keys(["某区水利局"])
    assert names(doc.measures[1].responsible) == keys(["乌拉台乡"])
    assert all(m.lead == [] for m in doc.measures)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_project_card_in_other_field_words(variant) -> None:  # type: ignore[no-untyped-def]
    # the same card under (一) headings, worded 项目名称 / 建设地点 / 建设单位 / 补助标准, fields in 1、 form
    text = (
        "二、2023年项目安排\n"
        "(一)肉牛养殖基地建设项目\n"
        "1、建设地点:城关镇\n"
        "2、建设内容:新建标准化圈舍3000平方米。\n"
        "3、补助标准:每平方米补助200元。\n"
        "4、建设单位:县农业农村局\n"
        "(二)农村道路提升项目\n"
        "1、建设地点:新华镇\n"
        "2、建设内容:硬化道路5公里。\n"
        "3、建设单位:县交通运输局、新华镇人民政府\n"
    )
    doc = run(variant(text))
    assert [m.number for m in doc.measures] == ["(一)", "(二)"]
    assert names(doc.measures[0].responsible) == keys(["县农业农村局"])
    assert names(doc.measures[1].responsible) == keys(["县交通运输局", "新华镇人民政府"])


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_titled_measures_with_a_colon_are_no_card(variant) -> None:  # type: ignore[no-untyped-def]
    # 1.强化资金保障:… items are measures of their own: a title before a colon is no field label
    text = (
        "一、主要措施\n"
        "1.强化资金保障:市财政每年安排资金5000万元。(责任单位:市财政局)\n"
        "2.加强人才支撑:引进高层次人才100名。(责任单位:市人社局)\n"
        "3.优化营商环境:推行一网通办。(责任单位:市政务服务局)\n"
    )
    doc = run(variant(text))
    assert [m.number for m in doc.measures] == ["1", "2", "3"]
    assert names(doc.measures[2].responsible) == keys(["市政务服务局"])


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_an_attachment_list_with_wrapped_entries_names_no_measures(variant) -> None:  # type: ignore[no-untyped-def]
    # 附件:1.… / (its title wrapped) / 2.… / 3.…: the entries of the list, not items of the notice
    text = (
        "现印发给你们,请认真贯彻落实。\n"
        "附件:1.某区第七轮环境保护和建设\n"
        "三年行动计划2018年任务清单\n"
        "2.某区水污染防治行动计划实施方案2018年任务\n"
        "清单\n"
        "3.某区土壤污染防治行动计划实施方案2018年\n"
        "任务清单\n"
        "某区环境保护协调推进委员会办公室\n"
        "2018年8月9日\n"
    )
    doc = run(variant(text))
    assert doc.measures == []


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_wrapped_attachment_entries_in_other_marks_then_the_items(variant) -> None:  # type: ignore[no-untyped-def]
    # the same list with 、 marks and a second entry wrapped, then the attachment's own numbered items
    text = (
        "附件:1、重点项目\n"
        "推进计划表\n"
        "2、重点任务责任\n"
        "分工表\n"
        "附件1\n"
        "重点任务责任分工表\n"
        "1.建设城区污水处理厂提标改造工程。(责任单位:区水务局)\n"
        "2.完成河道综合整治8公里。(责任单位:区生态环境局)\n"
    )
    doc = run(variant(text))
    assert [m.number for m in doc.measures] == ["1", "2"]
    assert names(doc.measures[0].responsible) == keys(["区水务局"])


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_the_signature_after_an_attachment_list_stays_a_signature(variant) -> None:  # type: ignore[no-untyped-def]
    # 附件:1.… / 某区人民政府 / 2019年2月3日: the short line above the date signs the notice, no wrapped entry
    from policykg.loaders.extract.structure import split_lines
    from tests.loaders.inline import make

    for listing in ("附件:1.某区2019年重点工作目标\n", "附件:某区2019年重点工作目标\n"):
        lines = split_lines(make(variant("特此通知。\n" + listing + "某区人民政府\n2019年2月3日\n")))
        assert [ln.kind for ln in lines if ln.stripped][-2:] == ["signature", "date"]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_part_opened_by_a_work_requirement_is_a_safeguards_part(variant) -> None:  # type: ignore[no-untyped-def]
    # 三、战役措施 / 1.加强领导。… / 2.强化督查考核。…: a 保障措施 part under another name; its items assign nothing
    text = (
        "二、重点任务\n1.推进园区建设。(责任单位:市发改委)\n"
        "三、战役措施\n1、加强领导。成立工作协调小组,由副县长担任组长。\n2、强化督查考核。定期通报工作进展。\n"
    )
    doc = run(variant(text))
    assert [m.number for m in doc.measures] == ["1"]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_requirement_part_in_other_words_keeps_an_item_that_assigns(variant) -> None:  # type: ignore[no-untyped-def]
    # 四、推进机制 / 1.加强组织领导 / 2.…(责任单位:…): an item of such a part with its own units stays a measure, and a
    # goal first (1.发展目标。) makes no requirement part of its siblings
    text = (
        "四、推进机制\n1.加强组织领导。成立领导小组。\n2.建立项目调度制度。每月调度一次。(责任单位:市发改委)\n"
        "3.强化宣传引导。\n"
        "五、培育壮大新兴产业\n1.发展目标。2021年产业增加值达到21亿元。\n2.攻坚方向。加快新一代信息基础设施建设。\n"
    )
    doc = run(variant(text))
    assert [m.number for m in doc.measures] == ["2", "2"]
    assert names(doc.measures[0].responsible) == keys(["市发改委"])


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_numbered_project_over_bracketed_field_lines_is_one_card(variant) -> None:  # type: ignore[no-untyped-def]
    # 1.某项目 / (1)建设地点:… / (2)建设内容:… / (3)实施单位:…: one level down, the same card; the fields are no measures
    text = (
        "一、重点项目\n"
        "1.城南污水处理厂建设项目\n(1)建设地点:城南街道\n(2)建设内容:新建日处理污水5万吨处理厂。\n(3)实施单位:县住建局\n"
        "2.城北道路提升项目\n(1)建设地点:城北镇\n(2)建设内容:硬化道路5公里。\n(3)实施单位:县交通运输局\n"
    )
    doc = run(variant(text))
    assert [m.number for m in doc.measures] == ["1", "2"]
    assert names(doc.measures[0].responsible) == keys(["县住建局"])
    assert names(doc.measures[1].responsible) == keys(["县交通运输局"])


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_group_title_over_sub_items_that_are_tasks_stays_a_group(variant) -> None:  # type: ignore[no-untyped-def]
    # 1.人才引进 / (1)实施高层次人才计划。(责任单位:…): sub-items that are tasks, not fields: each is a measure
    text = (
        "一、重点任务\n1.人才引进\n(1)实施高层次人才引进计划。(责任单位:市人社局)\n"
        "(2)建设人才公寓500套。(责任单位:市住建局)\n(3)完善人才服务体系。(责任单位:市委人才办)\n"
    )
    doc = run(variant(text))
    assert [m.number for m in doc.measures] == ["(1)", "(2)", "(3)"]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_measure_with_its_own_leader_line_takes_no_later_unit_line(variant) -> None:  # type: ignore[no-untyped-def]
    # 1.… / 分管领导:张三 / 2.… / 责任领导:李四 / 责任单位:市人社局: measure 1's block names a leader only; the unit
    # line belongs to measure 2
    text = "1.推进园区建设。\n分管领导:张三\n2.加强人才引进。\n责任领导:李四\n责任单位:市人社局\n"
    doc = run(variant(text))
    assert [m.number for m in doc.measures] == ["1", "2"]
    assert doc.measures[0].responsible == []
    assert names(doc.measures[1].responsible) == keys(["市人社局"])


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_units_after_a_leader_line_still_assign_the_measure_above(variant) -> None:  # type: ignore[no-untyped-def]
    # the block in other words and order (牵头领导 then 牵头单位 / 配合单位), and two measures sharing one unit line
    # when neither names a leader
    text = (
        "一、重点任务\n1.推进园区建设。\n牵头领导:张三\n牵头单位:市发改委\n配合单位:市财政局\n"
        "2.建设标准厂房。\n3.完善配套设施。\n责任单位:市工信局\n"
    )
    doc = run(variant(text))
    assert names(doc.measures[0].lead) == keys(["市发改委"])
    assert names(doc.measures[0].responsible) == keys(["市发改委", "市财政局"])
    assert names(doc.measures[1].responsible) == keys(["市工信局"])
    assert names(doc.measures[2].responsible) == keys(["市工信局"])


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize("mark", [".", "、"])
def test_an_attachment_label_over_a_numbered_list_names_no_measures(variant, mark: str) -> None:  # type: ignore[no-untyped-def]
    # 附件: / 1.… / 2.… / 3.…: the list of attachments on the lines under their label
    text = (
        f"现印发给你们,请认真贯彻落实。\n附件:\n1{mark}某区重点项目推进计划表\n2{mark}某区重点任务责任分工表\n"
        f"3{mark}某区民生实事项目清单\n某区人民政府办公室\n2023年3月1日\n"
    )
    doc = run(variant(text))
    assert doc.measures == []


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize("title", ["时间安排", "实施步骤", "进度安排"])
def test_a_steps_heading_is_never_a_measure(variant, title: str) -> None:  # type: ignore[no-untyped-def]
    # 四、时间安排 / 1.2023年3月底前,…: the plan's steps (a year after the marker reads like a decimal)
    text = (
        "一、推进园区建设。建成标准厂房10万平方米。(责任单位:市发改委)\n"
        "二、加强人才引进。引进人才100名。(责任单位:市人社局)\n"
        f"三、{title}\n1.2023年3月底前,制定方案。\n2.2023年11月底前,全面完成。\n"
    )
    doc = run(variant(text))
    assert [m.number for m in doc.measures] == ["一", "二"]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_circled_items_under_title_headings_play_the_part_of_numbered_items(variant) -> None:  # type: ignore[no-untyped-def]
    # 一、重点任务 / ①推进园区建设。(责任单位:…): no 1. and no (1) items anywhere: the circled items are the measures
    text = (
        "一、重点任务\n①推进园区建设。建成标准厂房10万平方米。(责任单位:市发改委)\n"
        "②加强人才引进。(牵头单位:市人社局;配合单位:市教育局)\n"
        "二、保障措施\n①加强组织领导。\n"
    )
    doc = run(variant(text))
    assert [m.number for m in doc.measures] == ["①", "②"]
    assert names(doc.measures[0].responsible) == keys(["市发改委"])
    assert names(doc.measures[1].lead) == keys(["市人社局"])


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_circled_details_under_numbered_items_stay_details(variant) -> None:  # type: ignore[no-untyped-def]
    # 1.推进园区建设。/ ①…②…: where 1. items are the measures, the circled lines are their details
    text = "一、重点任务\n1.推进园区建设。\n①建设标准厂房。\n②完善配套设施。\n(责任单位:市发改委)\n2.加强人才引进。(责任单位:市人社局)\n"
    doc = run(variant(text))
    assert [m.number for m in doc.measures] == ["1", "2"]
    assert names(doc.measures[0].responsible) == keys(["市发改委"])


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_page_opening_on_a_clause_closes_the_item_before_its_first(variant) -> None:  # type: ignore[no-untyped-def]
    # page 2 of a longer text: 由A牵头,B、C等配合。 / (三)…: the sentence closes item (二), whose text is on page 1
    text = (
        "由省财政厅牵头,省发改委、省农业厅等配合。\n"
        "(三)建立以工促农长效机制。尽快出台专项资金办法。\n由省委农办牵头,省发改委、省经委等配合。\n"
        "四、大力发展特色现代农业\n(一)切实抓好粮食生产。粮食种植面积稳定在6350万亩。\n"
    )
    doc = run(variant(text))
    assert [m.number for m in doc.measures] == ["(二)", "(三)", "(一)"]
    assert names(doc.measures[0].lead) == keys(["省财政厅"])
    assert names(doc.measures[0].responsible) == keys(["省财政厅", "省发改委", "省农业厅"])
    assert names(doc.measures[1].lead) == keys(["省委农办"])


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_clause_over_a_first_item_or_a_title_opens_no_item(variant) -> None:  # type: ignore[no-untyped-def]
    # 市发改委牵头,各区政府配合。 / 1.…: the first item comes next (nothing off-page); a line of title text first
    # means the page is the document's start
    for text in (
        "由市发改委牵头,各区政府配合。\n1.推进园区建设。(责任单位:市发改委)\n2.加强人才引进。(责任单位:市人社局)\n",
        "某市重点工作方案\n由市发改委牵头,各区政府配合。\n(二)推进园区建设。(责任单位:市发改委)\n",
    ):
        doc = run(variant(text))
        assert len(doc.measures) == len([ln for ln in text.splitlines() if ln[:1] in "12("])


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize("title", ["阶段目标", "具体目标", "建设目标", "目标要求", "发展原则", "实施原则"])
def test_a_short_goal_or_principle_title_frames_its_items(variant, title: str) -> None:  # type: ignore[no-untyped-def]
    # 一、阶段目标 / 1.到2025年…: a modifier and the head noun 目标/原则 titles a goals or principles part
    text = (
        f"一、{title}\n1.到2025年,全市规上工业增加值达到500亿元。\n2.坚持创新驱动,推动高质量发展。\n"
        "二、重点任务\n1.推进园区建设。(责任单位:市发改委)\n"
    )
    doc = run(variant(text))
    assert [m.number for m in doc.measures] == ["1"]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_goal_title_under_the_frame_and_a_task_that_names_a_goal(variant) -> None:  # type: ignore[no-untyped-def]
    # (二)阶段目标 under 一、总体要求; a goal item with its own clause and a task titled 确保完成年度目标 stay measures
    text = (
        "一、总体要求\n(一)指导思想\n坚持新发展理念。\n(二)阶段目标\n1.到2025年,规上企业达到100家。\n"
        "二、重点目标\n1.新增就业2万人。(牵头单位:市人社局)\n"
        "三、重点任务\n1.确保完成年度目标。全年新增市场主体5000户。(责任单位:市市场监管局)\n"
    )
    doc = run(variant(text))
    assert len(doc.measures) == 2
    assert names(doc.measures[0].lead) == keys(["市人社局"])


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize("cut", ["(一", "(", "1"])
def test_a_heading_over_a_cut_marker_is_no_item(variant, cut: str) -> None:  # type: ignore[no-untyped-def]
    # 二、主要工作任务 / (一: the excerpt stops on the marker of its first sub-item: a section, no paragraph of its own
    text = (
        "一、 主要指标\n(一) 地区生产总值增长7.5%左右。(牵头单位:市发改委,责任单位:市统计局)\n"
        f"(二) 全社会研发投入增长12%。(牵头单位:市科技局)\n二、 主要工作任务\n{cut}\n"
    )
    doc = run(variant(text))
    assert [m.number for m in doc.measures] == ["(一)", "(二)"]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_heading_over_a_short_paragraph_stays_an_item(variant) -> None:  # type: ignore[no-untyped-def]
    # 三、强化金融支持 / 设立基金。: a paragraph of text, however short, is the item's own
    text = (
        "一、扩大有效投资\n新开工项目100个。(责任单位:市发改委)\n二、促进消费升级\n开展促消费活动。(责任单位:市商务局)\n"
        "三、强化金融支持\n设立基金。\n"
    )
    doc = run(variant(text))
    assert [m.number for m in doc.measures] == ["一", "二", "三"]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_bracketed_heading_over_bracketed_digit_fields_is_a_card(variant) -> None:  # type: ignore[no-untyped-def]
    # (一)某项目 / (1)建设地点:… / (3)实施单位:…: the fields one marker kind further down than 1. lines
    text = (
        "一、重点项目\n(一)城南污水处理厂建设项目\n(1)建设地点:城南街道\n(2)建设内容:新建日处理污水5万吨处理厂。\n"
        "(3)实施单位:县住建局\n(二)城北道路提升项目\n(1)建设地点:城北镇\n(2)建设内容:硬化道路5公里。\n"
        "(3)实施单位:县交通运输局\n"
    )
    doc = run(variant(text))
    assert [m.number for m in doc.measures] == ["(一)", "(二)"]
    assert names(doc.measures[1].responsible) == keys(["县交通运输局"])


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_page_number_inside_a_bracket_or_quotation_is_no_item(variant) -> None:  # type: ignore[no-untyped-def]
    # a document-sharing page prints its page numbers (2、 3、) where a page broke the text: …(邹区镇 / 2、)各街道…;
    # …新建2家"秋白 / 3、书苑",…: the marker sits inside a bracket or a quotation, no item starts there
    text = (
        "1.增加教育资源供给。新建学校12个。教育局、高新园(邹区镇\n"
        "2、)各街道负责。促进就业稳定增长,新建2家“秋白\n"
        "3、书苑”,开展文旅惠民活动。\n"
    )
    doc = run(variant(text))
    assert [m.number for m in doc.measures] == ["1"]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_items_after_a_line_left_open_by_a_cut_clause_stay_items(variant) -> None:  # type: ignore[no-untyped-def]
    # 1.…(责任单位:市发改委 / 2.…(责任单位:…): the next item opens its own bracket before closing any: an item
    text = (
        "1.推进园区建设。(责任单位:市发改委\n2.加强人才引进。(责任单位:市人社局)\n"
        "3.实施“智造强市”行动。(责任单位:市工信局)\n"
    )
    doc = run(variant(text))
    assert [m.number for m in doc.measures] == ["1", "2", "3"]
