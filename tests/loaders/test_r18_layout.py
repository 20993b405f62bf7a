"""Layouts of round 18 (the corpus perturbed: issues 11, 12): a page flattened to one line whose top headings are
punctuated 二， (its items after the heading's title and after each closing clause of units are items of their
own), and a task table whose paragraph tags were lost (every line break a blank): a heading's cell before the
first item of its group, or before the next heading's cell, opens a row of a barred table; a table one cell a
line, each cell closed by its bar, keeps each cell with its bar. Inline texts in both scripts and both
punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from policykg.eval.perturb import hard_wrap
from policykg.loaders.normalize import fold
from policykg.loaders.text import load_text
from tests.loaders.inline import IDS, SCRIPT_IDS, SCRIPTS, VARIANTS, family_params, run

Case = tuple[str, list[tuple[str, list[str]]]]

_FLAT_COMMA = (
    "二，重点任务(一)完善养老服务体系行动1.推进社区养老服务设施建设,新建一批嵌入式养老服务中心,"
    "(责任单位:区民政局、区财政局等)2.加强养老护理人员培训,提升养老服务人员专业化水平,"
    "(责任单位:区人社局、区民政局等)(二)提升养老服务质量行动3.开展养老机构等级评定,(责任单位:区民政局)"
    "三、组织实施区政府成立领导小组,负责统筹上述重点任务的组织实施和考核工作。"
)

_BARRED_ROWS = (
    "工作任务 | 具体要求 | 责任单位 | 一、以公开助力经济平稳健康发展 | (一)加强涉及市场主体的信息公开。 | "
    "1.加大受疫情影响重的餐饮、住宿、零售、文化、旅游等行业帮扶政策的公开力度,促进稳就业和消费恢复。 | "
    "区发展改革局、区市场监管局、区文化广电旅游体育局 | "
    "2.建立市场主体反映投资和工程建设项目审批问题的办理和反馈机制,及时回应和解决堵点问题。 | 区发展改革局、区住房城乡建设局 | "
    "3.持续推进反垄断和反不正当竞争执法信息公开工作,为各类市场主体营造公平竞争的市场环境。 | 区市场监管局、各镇(街) | "
    "(二)加强涉及减税降费的信息公开。 | 4.系统集成、智能推送已出台各项减税降费政策,帮助纳税人缴费人第一时间全面准确了解政策。 | "
    "区税务局、区财政局按职能分工落实,各镇(街) | "
    "(三)加强涉及扩大有效投资的信息公开。 | 5.依法依规做好扩大有效投资相关规划、政策文件及重大项目的信息公开。 | 区发展改革局 |"
)

# rows barred on both sides (| 2.… | 县农业农村局 | … | ||), the page cut inside its last row
_BOTH_SIDES = (
    "2025年某县食品安全重点工作任务清单 发布时间 :2025-07-16 | 工作目标 | 工作内容 | 工作措施 | 责任单位 | 完成时限 | "
    "| 一、加大食品安全突出问题治理力度 | (一)强化源头治理 | 1.加强农用地土壤重金属污染源头防控,建立土壤污染重点监管单位名单。 | "
    "县生态环境分局牵头,各有关部门按照职责分工负责 | 2025年11月底前 | "
    "| 2.持续开展农药科学施用增效、兽药使用减量行动,稳步提高受污染耕地安全利用水平。 | 县农业农村局 | 2025年11月底前 | || "
    "| (二)加大校园食品安全整治力度 | 3.深化校园餐问题专项整治,落实学校食品安全主体责任。 | 县教育体育局、县市场监管局按职责分工负责 | "
    "2025年11月底前 | | "
    "| 4.全面落实校园食品安全校长(园长)责任制,落实学校相关负责人陪餐制度。 | 县教育体育局 | 2025年11月底前 | || "
    "| 5.加大校园及周边食品安全监督检查力度,重点排查学生校外托餐场所"
)

_CELL_A_LINE = (
    "一、持续推进基层政务公开 标准化规范化 | 1.结合权责清单以及工作职责,持续推动政府信息主动公开目录的动态更新调整。 | "
    "法规科牵头,相关科室配合。 | 长期 | 二、提升政府信息公开申请办理工作规范化程度 | "
    "2.规范使用全省政府信息依申请公开系统,实现登记、审核、办理、答复、归档等全流程电子化管理。 | 办公室 | 长期 | "
    "三、规范发布政府信息公开工作年度报告 | 3.要提高认识,规范编制发布政府信息公开工作年度报告,切实提高年报内容质量。 | "
    "办公室 | 长期 | 四、持续做好疫情防控信息公开 | 4.向社会公开发布的信息,要与上级单位对下级单位下达的工作指令保持一致。 | "
    "办公室 | 长期 | 五、加强优化营商环境信息公开 | 5.在政府门户网站首页开设营商环境政策集成专栏,做好信息内容保障。 | "
    "法规科统筹,各职能科室配合。 | 长期 | 六、推进公共企事业单位信息公开 | 6.督促指导公共企事业单位做好信息公开工作。 | "
    "办公室统筹,各职能科室配合。 | 长期 |"
)

_TITLED_NUMBERS = (
    "工作任务 | 具体要求 | 责任科室 | 时限要求 | 强化行政规范性文件集中规范公开 | 1 | "
    "对行政规范性文件进行全面清理,并向社会公布现行有效行政规范性文件目录。 | 办公室 | 年底前 | 深化政策解读形式 | 2 | "
    "积极做好政策解读工作,持续提升政策解读质量,丰富解读形式。 | 各科室 | 持续推进 | 做好主动公开基础工作 | 3 | "
    "严格规范政府信息公开专栏,及时、集中、规范发布法定主动公开内容,完善政府信息公开保密审查。 | 各科室 | 持续推进 | 4 | "
    "规范做好政府信息公开工作年度报告编制发布工作,将年度重点工作任务落实情况纳入年报。 | 办公室 | 1月底前 | 5 | "
    "依法依规办理政府信息公开申请,做好行政复议答复和行政诉讼答辩工作,防范法律风险。 | 各科室 | 持续推进 | 6 | "
    "制定并公开本部门政务公开重点任务清单,明确具体要求、责任科室及完成时限,逐项推动落实。 | 办公室 | 6月底前 |"
)

_RUN_TOGETHER = (
    "东阳市关于推动经济高质量发展若干政策 为全面落实上级有关经济工作会议决策部署,推动经济持续向好,制定以下政策。 "
    "一、强化科技创新 锚定主战场,聚焦工作总抓手,推动教育科技人才体制机制一体改革,扎实推进经济高质量发展。 "
    "(一)加强高能级创新平台建设。积极融入科创走廊建设,加快建成高能级科创平台,全面提升创新策源能力和服务产业发展效能。"
    "(责任单位:市科技局、市经信局) (二)加强关键核心技术攻关。鼓励企业开展产业关键技术攻关,承担的国家、省重大科技专项"
    "通过验收后,按立项补助金额的20%给予奖励。(责任单位:市科技局) (三)推动科技创新重大项目建设。组织实施省科创强基项目"
    "1项以上,推进具备产业支撑特征的科技基础设施建设。(责任单位:市科技局、市发改局) 二、推动工业经济提质增效 "
    "(四)加快科技成果转移转化。支持企业与高校院所共建成果转化平台,对技术交易额较大的技术合同给予补助。(责任单位:市科技局) "
    "(一)支持企业扩大有效投资。对列入省市重点的工业项目给予补助。(责任单位:市经信局) "
    "(二)加快企业技术改造。对完成技术改造的规上工业企业按设备投资额给予补助。(责任单位:市经信局、市财政局)"
)

# a paragraph of two full lines at the wrap's width (38 columns), then a table's header row
_WRAPPED_HEADER = (
    "为推动各项重点工作任务落地见效确保全年目标任务顺利完成现将重点工作任务分解如"
    "下请各责任单位认真抓好落实并于每月底前将工作进展情况报送区委督查考核办逾期未\n"
    "序号 重点工作任务 主要责任单位 协同配合单位\n"
)

_PADDED_ROWS = (
    "某区2022年国民经济和社会发展计划指标 指 标 名 称 | 单位 | 2021年完成 | 2022年计划 | 责任(牵头)部门 | |||||| "
    "一、创新驱动 | |||||||||| 研发经费投入增长 | % | - | 10 | 区科技局 | |||| "
    "各类科技研发及转化平台总数 | 项 | 95 | 100 | 区科技局 | |||| 孵化载体总数 | 个 | 16 | 17 | 区科技局 | |||| "
    "每万人高价值发明专利拥有量 | 件 | - | 12 | 区市场监管局 | |||| 年培育高层次人才数量 | 人 | 617 | 648 | 区委组织部 | |||| "
    "二、产业及示范效应 | |||||||||| 每万家企业法人中高新技术企业数量 | 个 | 82 | 90 | 区科技局 | |||| "
    "年农业科技示范推广面积 | 万亩 | 10400 | 10800 | 区农业局 | |||| 进出口贸易总额 | 亿元 | 8.71 | 10.2 | 区商务局 | ||||"
)

_SHORT_CARD = (
    "泗洲头镇2024年度重点工作计划执行情况 序号 重点工作 责任 领导 责任 科室 工作任务安排 第二季度 完成情况 "
    "1 水库工程政策处理 欧乾震 水库工程政策处理工作领导小组 完成项目政策处理工作,推进大坝及配套设施建设。 "
    "该工程库区内迁移进度达60%。 2 现代化美丽城镇 吴宇凡 乡村振兴办 成功创建美丽城镇。 完成投资3000万元。"
)

# a table one cell a line run together, a row's task opening with a measure word (8 家禽出栏 is no "8 家")
_NUMBERED_ON = (
    "2021年某县乡村振兴任务清单 序号 考核指标 单位 年度目标 责任部门 评分部门 1 生猪存栏 万头 0 县农业农村局 市农业农村局 "
    "2 家禽出栏 万只 1 县农业农村局 市农业农村局 3 水产品产量 万吨 42 县海洋与渔业局 市海洋渔业局 "
    "4 个体养殖户培训 人次 300 县农业农村局 市农业农村局 5 家庭农场培育 家 12 县农业农村局 市农业农村局"
)

# Each family's cases: a text (read as a .txt page) and its measures as (number, units).
FAMILIES: dict[str, list[Case]] = {
    "flattened_page_top_heading_with_comma": [
        (
            _FLAT_COMMA,
            [("1", ["区民政局", "区财政局"]), ("2", ["区人社局", "区民政局"]), ("3", ["区民政局"])],
        ),
        # the same page with 二、: the same items
        (
            _FLAT_COMMA.replace("二，", "二、"),
            [("1", ["区民政局", "区财政局"]), ("2", ["区人社局", "区民政局"]), ("3", ["区民政局"])],
        ),
    ],
    "run_together_barred_table_heading_cell_opens_a_row": [
        (
            _BARRED_ROWS,
            [
                ("1", ["区发展改革局", "区市场监管局", "区文化广电旅游体育局"]),
                ("2", ["区发展改革局", "区住房城乡建设局"]),
                ("3", ["区市场监管局", "各镇(街)"]),
                ("4", ["区税务局", "区财政局", "各镇(街)"]),
                ("5", ["区发展改革局"]),
            ],
        ),
    ],
    "run_together_padded_rows_end_at_their_bars": [
        (
            _PADDED_ROWS,
            [
                ("", ["区科技局"]),
                ("", ["区科技局"]),
                ("", ["区科技局"]),
                ("", ["区市场监管局"]),
                ("", ["区委组织部"]),
                ("", ["区科技局"]),
                ("", ["区农业局"]),
                ("", ["区商务局"]),
            ],
        ),
    ],
    "short_run_together_page_with_frequent_blanks": [
        (_SHORT_CARD, [("1", ["水库工程政策处理工作领导小组"]), ("2", ["乡村振兴办"])]),
    ],
    "run_together_row_numbers_numbered_on": [
        (
            _NUMBERED_ON,
            [
                ("1", ["县农业农村局"]),
                ("2", ["县农业农村局"]),
                ("3", ["县海洋与渔业局"]),
                ("4", ["县农业农村局"]),
                ("5", ["县农业农村局"]),
            ],
        ),
    ],
    "run_together_titled_numbers_of_bar_closed_cells": [
        (
            _TITLED_NUMBERS,
            [
                ("1", ["办公室"]),
                ("2", ["各科室"]),
                ("3", ["各科室"]),
                ("4", ["办公室"]),
                ("5", ["各科室"]),
                ("6", ["办公室"]),
            ],
        ),
    ],
    "hard_wrapped_run_together_page_is_run_together_again": [
        (
            hard_wrap(_RUN_TOGETHER),
            [
                ("(一)", ["市科技局", "市经信局"]),
                ("(二)", ["市科技局"]),
                ("(三)", ["市科技局", "市发改局"]),
                ("(四)", ["市科技局"]),
                ("(一)", ["市经信局"]),
                ("(二)", ["市经信局", "市财政局"]),
            ],
        ),
    ],
    "run_together_rows_barred_on_both_sides_cut_in_the_last": [
        (
            _BOTH_SIDES,
            [
                ("1", ["县生态环境分局", "各有关部门"]),
                ("2", ["县农业农村局"]),
                ("3", ["县教育体育局", "县市场监管局"]),
                ("4", ["县教育体育局"]),
                ("5", []),
            ],
        ),
    ],
    "run_together_cell_a_line_table_keeps_closing_bars": [
        (
            _CELL_A_LINE,
            [
                ("1", ["法规科", "相关科室"]),
                ("2", ["办公室"]),
                ("3", ["办公室"]),
                ("4", ["办公室"]),
                ("5", ["法规科", "各职能科室"]),
                ("6", ["办公室", "各职能科室"]),
            ],
        ),
    ],
}


def test_header_row_never_continues_a_wrapped_line() -> None:
    """序号 重点工作任务 主要责任单位 … after a line that ran to the wrap's margin opens the table on its own line."""
    for variant in SCRIPTS:
        text = load_text(hard_wrap(variant(_WRAPPED_HEADER) * 3).encode("utf-8"), "t.txt").text
        header = variant("序号 重点工作任务 主要责任单位 协同配合单位")
        assert text.split("\n").count(header) == 3


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_hard_wrapped_run_together_page_reads_as_run_together(variant: Callable[[str], str]) -> None:
    """A run-together page copied at a fixed width: its lines joined back, it is run together again."""
    page = variant(_RUN_TOGETHER)
    assert (
        load_text(hard_wrap(page).encode("utf-8"), "t.txt").text
        == load_text(page.encode("utf-8"), "t.txt").text
    )


_LONG = "加快推进各项重点工作任务落地见效,确保全年目标任务顺利完成,各责任单位要认真抓好落实并按时报送工作进展情况。"

# Pages whose lines a fixed-width copy (38 columns) wraps and the loader joins back: each must come back line for line.
WRAPPED_PAGES: dict[str, str] = {
    # a section's closing clause on a line of its own after a short line: not glued to the last item
    "closing_clause_after_a_short_line": (
        "(一)完善应急预案体系\n"
        + "".join(f"({i}){_LONG}\n" for i in range(1, 5))
        + "(5)加强应急预案演练,完善演练管理制度。\n(责任单位:市直各有关单位、各县(市、区)人民政府)\n"
        + "(二)健全应急管理体制\n"
        + "".join(f"({i}){_LONG}\n" for i in range(1, 4))
    ),
    # a barred row whose closing bar and last cell the wrap moved to the next line
    # (a cell of 32 characters after 事项1 | : the row's first line runs to the margin right before its bar)
    "barred_row_cut_before_its_bar": "工作内容 | 具体要求 | 责任科室 |\n"
    + "".join(
        f"事项{i} | 及时发布财政预决算三公经费部门项目信息自觉接受群众监督并按时报送工。 | 综合科 |\n"
        for i in range(1, 7)
    ),
    # rows of a table parted by blanks, each opening with the next row number (each row two full lines)
    "blank_parted_rows_numbered_on": "序号 重点任务 牵头单位 配合单位 完成时限\n"
    + "".join(
        f"{i} 新培育科技型中小企业五十家以上高新技术企业三十家以上推动全民发明创造引导企业增加研发投入研发费用突破六亿元全社会研发"
        " 区科技局 区经信局 2023年12月底\n"
        for i in range(31, 37)
    ),
}


@pytest.mark.parametrize("name", list(WRAPPED_PAGES))
@pytest.mark.parametrize("variant", SCRIPTS, ids=SCRIPT_IDS)
def test_wrapped_page_comes_back_line_for_line(variant: Callable[[str], str], name: str) -> None:
    page = variant(WRAPPED_PAGES[name])
    text = load_text(hard_wrap(page).encode("utf-8"), "t.txt").text
    assert [ln for ln in text.split("\n") if ln] == [ln for ln in page.split("\n") if ln]


def _measures(text: str) -> list[tuple[str, list[str]]]:
    """Each measure's number and units (folded: Simplified, ASCII brackets) of ``text`` read as a .txt page."""
    doc = run(load_text(text.encode("utf-8"), "t.txt").text)
    return [(m.number, [fold(u.surface) for u in m.responsible]) for m in doc.measures]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_layout_families(variant: Callable[[str], str], text: str, want: list[tuple[str, list[str]]]) -> None:
    assert _measures(variant(text)) == [(n, [fold(u) for u in units]) for n, units in want]
