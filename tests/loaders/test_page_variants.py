"""The same policy text as different pages show it (CRLF, doubled breaks, heading punctuation, portal furniture
above the text), each in Simplified and Traditional: the extraction must not change. The families found by
``bench/perturb_corpus.py``."""

from __future__ import annotations

from pathlib import Path

import pytest

from policykg.eval.perturb import hard_wrap
from policykg.loaders.extract import extract
from policykg.loaders.extract.structure import is_boilerplate
from policykg.loaders.normalize import match_text, name_key
from policykg.models import ParsedDocument
from tests.loaders.inline import SCRIPT_IDS, SCRIPTS, run


def units(doc: ParsedDocument) -> list[list[str]]:
    return [[name_key(r.surface) for r in m.responsible] for m in doc.measures]


BROKEN_LIST = (
    "一、重点任务\n"
    "1.支持骨干企业做大做强。(牵头单位:市经济和信息化委;配合单位:市\n"
    "发展改革委、市统计局)\n"
    "2.支持企业并购重组。(牵头单位:市财政局)\n"
)


@pytest.mark.parametrize("script", SCRIPTS, ids=SCRIPT_IDS)
def test_crlf_keeps_a_unit_broken_over_lines(script) -> None:
    text = script(BROKEN_LIST)
    want = units(run(text))
    assert want[0][-2:] == [name_key(script("市发展改革委")), name_key(script("市统计局"))]
    assert units(run(text.replace("\n", "\r\n"))) == want


def test_crlf_match_text_keeps_length() -> None:
    text = "一、任务\r\n1.做甲。\r\n2.做乙。\r二、保障\r\n"
    m = match_text(text)
    assert len(m) == len(text) and "\r\n" not in m and m.count("\r") == 1  # the lone CR stays a break


PORTAL_TOP = (
    "无障碍 | 长者模式 | 登录 | 注册\n"
    "首页 > 政务公开 > 政策文件\n"
    "【字号：大 中 小】 【打印本页】 【关闭窗口】\n"
    "您当前的位置:\n"
)
NOTICE = (
    "某某市人民政府关于印发促进消费若干措施的通知\n"
    "某政发〔2024〕3号\n"
    "一、扩大消费\n"
    "1.开展促消费活动。(市商务局牵头)\n"
)


@pytest.mark.parametrize("line", [*PORTAL_TOP.splitlines(), "字体:大 中 小", "繁体 | 简体 | English"])
@pytest.mark.parametrize("script", SCRIPTS, ids=SCRIPT_IDS)
def test_portal_furniture_lines(script, line: str) -> None:
    assert is_boilerplate(match_text(script(line)).strip())


@pytest.mark.parametrize("line", ["一、总体要求", "登录注册管理办法", "关闭落后产能。"])
def test_not_furniture(line: str) -> None:
    assert not is_boilerplate(match_text(line))


@pytest.mark.parametrize("script", SCRIPTS, ids=SCRIPT_IDS)
def test_portal_furniture_above_changes_no_metadata(script) -> None:
    plain, paged = run(script(NOTICE)), run(script(PORTAL_TOP + NOTICE))
    assert paged.meta.title == plain.meta.title and plain.meta.title
    assert paged.meta.doc_number == plain.meta.doc_number and plain.meta.doc_number
    assert units(paged) == units(plain)


GLUED_HEAD = (
    "某某市发展和改革委员会某某市财政局2025年4月23日某某市支持新能源汽车产业发展若干政策为贯彻落实有关精神,"
    "制定本政策。一、支持企业扩大销量。(责任单位:市经信局)\n"
)


@pytest.mark.parametrize("script", SCRIPTS, ids=SCRIPT_IDS)
def test_glued_masthead_below_portal_furniture(script) -> None:
    plain, paged = run(script(GLUED_HEAD)), run(script(PORTAL_TOP + GLUED_HEAD))
    assert plain.meta.issued == "2025-04-23"
    assert (paged.meta.issued, paged.meta.issuer, paged.meta.title) == (
        plain.meta.issued,
        plain.meta.issuer,
        plain.meta.title,
    )


HEADING_THEN_PARAGRAPH = (
    "1、在某市设立综合配套改革试验区事宜\n"
    "由某副市长负责,市发改委牵头,相关部门配合,尽快完成实施方案。\n"
    "2、大气污染防治对策研究项目\n"
    "由某副市长负责,市环保局牵头,相关部门配合,尽快完成项目报批。\n"
)
CLAUSE_BELOW = (
    "一、重点工程\n"
    "(一)道路畅通工程。加快国省干道建设,\n"
    "进一步规范农村公路养护。(自治区交通运输厅牵头,自治区发展改革委配合)\n"
    "(二)水利工程。加快水库建设。(自治区水利厅牵头)\n"
)


@pytest.mark.parametrize("script", SCRIPTS, ids=SCRIPT_IDS)
@pytest.mark.parametrize(
    "text", [HEADING_THEN_PARAGRAPH, BROKEN_LIST, CLAUSE_BELOW], ids=["para", "list", "below"]
)
def test_doubled_line_breaks_change_no_units(script, text: str) -> None:
    plain = run(script(text))
    assert all(units(plain)) and len(plain.measures) == 2
    doubled = run(script(text).replace("\n", "\n\n"))
    assert units(doubled) == units(plain)
    assert [[name_key(r.surface) for r in m.lead] for m in doubled.measures] == [
        [name_key(r.surface) for r in m.lead] for m in plain.measures
    ]


FLAT_LINES = (
    "某某区人民政府关于印发2024年重点工作任务分解表的通知\n"
    "各街道办事处,区政府各部门:现将有关任务分解如下,请认真贯彻落实。\n"
    "一、提高投资项目审批效率\n"
    "1.精简项目审批手续。(区发改局牵头)\n"
    "2.提高土地审批效率。(区自然资源分局牵头)\n"
    "二、加快推进项目建设\n"
    "3.加强项目谋划储备。(区发改局牵头,区财政局配合)\n"
)


@pytest.mark.parametrize("script", SCRIPTS, ids=SCRIPT_IDS)
def test_page_on_one_line_keeps_measures_and_title(script) -> None:
    """A page whose paragraph breaks became blanks: a heading's title ends at a blank, not at a full stop."""
    plain = run(script(FLAT_LINES))
    flat = run(script(FLAT_LINES).replace("\n", " "))
    assert [m.number for m in flat.measures] == [m.number for m in plain.measures] == ["1", "2", "3"]
    assert units(flat) == units(plain)
    assert flat.meta.title == plain.meta.title and plain.meta.title


@pytest.mark.parametrize("script", SCRIPTS, ids=SCRIPT_IDS)
def test_only_a_short_title_ends_at_a_blank(script) -> None:
    """A blank before 1. after a heading cuts the line when what precedes is a title, not a sentence."""
    tail = "其他内容" * 40
    title = script("一、加快推进项目建设 1.做甲。") + tail
    sentence = script("一、加快推进项目建设,全年完成投资增长目标,确保按期开工和如期竣工投产 1.做甲。") + tail
    assert [m.number for m in run(title).measures] == ["1"]
    assert [m.number for m in run(sentence).measures] == ["一"]


def _hard_wrap(text: str) -> str:
    return hard_wrap(text, width=30)


WRAPPED_PLAN = (
    "某某省人力资源和社会保障厅关于印发推进融合发展工作若干措施的通知\n"
    "发布时间:2023-01-11\n"
    "一、聚力集聚培养顶尖人才和领军人才\n"
    "1.强化重点领域海内外院士专家的精准引进与服务保障,优化聘任院士的工作体系,柔性吸引国内两院院士。"
    "(责任单位:人才处、专家中心、某某市人力资源发展研究与促进中心)\n"
    "2.以培养引进战略科学家、领军人才为重点,完善泰山学者攀登专家项目的遴选评估工作机制,深化实施精准度。"
    "(责任单位:专技处、某某省公共就业和人才服务中心)\n"
    "3.发挥高技能人才示范引领作用,加大高技能领军人才评选奖励和宣传力度,定期公布高技能领军人才名录。"
    "(责任单位:职业能力建设处、某某市公共就业和人才服务中心)\n"
)


@pytest.mark.parametrize("script", SCRIPTS, ids=SCRIPT_IDS)
def test_hard_wrapped_text_is_joined_back(script) -> None:
    from policykg.loaders.text import unwrap_fixed_width

    text = script(WRAPPED_PLAN)
    wrapped = _hard_wrap(text)
    assert wrapped.count("\n") > text.count("\n") + 5
    assert unwrap_fixed_width(wrapped) == text
    assert unwrap_fixed_width(wrapped.replace("\n", "\r\n")).replace("\r", "") == text


@pytest.mark.parametrize("script", SCRIPTS, ids=SCRIPT_IDS)
def test_a_bulleted_item_after_a_full_wrapped_line_starts_its_own_line(script) -> None:
    """Found by bench/perturb_corpus.py (wrap, heldout3): a wrapped item whose last line happened to run to the
    margin was joined to the next one, ◈ 4.…, a bulleted item; a bullet before a marker still starts a
    paragraph."""
    from policykg.loaders.text import unwrap_fixed_width

    # every printed line runs to the margin (21.5 columns), also the last line of each item
    lines = ["一、产业发展支持政策"]
    for i in range(1, 8):
        lines += [
            f"◈ {i}.支持各地对招商引资工作发挥重要作用的各",
            "类机构按照有关规定给予奖励纳入统计范围等。(",
            "省经济和信息化厅、省财政厅、省商务厅等负责)",
        ]
    text = script("\n".join(lines) + "\n")
    unwrapped = unwrap_fixed_width(text)
    for i in range(2, 8):
        assert f"\n◈ {i}." in unwrapped
    assert [m.number for m in run(text).measures] == [str(i) for i in range(1, 8)]


@pytest.mark.parametrize("script", SCRIPTS, ids=SCRIPT_IDS)
def test_a_wrapped_line_ending_in_a_role_label_goes_on_with_its_units(script) -> None:
    """Found by bench/perturb_corpus.py (wrap, dev6): …上千万项目2个。责任单位: at the margin, 镇政府 on the next
    line: a role label's colon ends no paragraph (a salutation's 市直各单位: still does)."""
    from policykg.loaders.text import unwrap_fixed_width

    lines = ["二、战役任务"]
    for i in "一二三四五六":
        lines += [
            f"({i})镇。实施项目2个,年度投资0.8亿元以上,其中年度投资上千万项",
            "目2个,力争完成全年各项目标任务并通过年度验收考核。责任单位:",
            "镇政府",
        ]
    text = script("\n".join(lines) + "\n")
    assert script("责任单位:\n镇政府") not in unwrap_fixed_width(text)
    assert [[r.surface for r in m.responsible] for m in run(text).measures] == [[script("镇政府")]] * 6
    salutation = script("各县(市、区)人民政府,市直各单位:\n")
    assert salutation in unwrap_fixed_width(salutation + text)


LABELLED_PLAN = (
    "某某省人民政府关于印发年度重点工作及责任分解的通知\n一、确保完成全年主要预期目标\n"
    + "".join(
        f"{i}.全省生产总值增长{i}%以上,力争更好结果。\n"
        + "牵头负责领导:张三。\n" * 4
        + "协同责任单位:省经济和信息化厅、"
        "省财政厅、省自然资源厅、省住房城乡建设厅、省交通运输厅、省农业农村厅、省水利厅、省林业局等。\n"
        for i in range(1, 7)
    )
)


@pytest.mark.parametrize("script", SCRIPTS, ids=SCRIPT_IDS)
def test_wrapped_lines_among_many_short_label_lines_are_joined(script) -> None:
    """Most lines are short labels: the wrapped ones are above the 90th percentile of the widths."""
    from policykg.loaders.text import unwrap_fixed_width

    text = script(LABELLED_PLAN)
    assert unwrap_fixed_width(hard_wrap(text)) == text


@pytest.mark.parametrize("script", SCRIPTS, ids=SCRIPT_IDS)
def test_a_bar_table_row_is_never_joined_to_the_next(script) -> None:
    from policykg.loaders.text import unwrap_fixed_width

    row = "{} | 地区生产总值增长{}% | 区发改经信局 | 区财政局、区住房和城建局、区商务局、区统计局 |\n"
    text = script(
        "序号 | 任务名称 | 牵头部门 | 配合部门 |\n" + "".join(row.format(i, i) for i in range(1, 8))
    )
    assert unwrap_fixed_width(hard_wrap(text, width=30)).count("\n") == text.count("\n")


@pytest.mark.parametrize("script", SCRIPTS, ids=SCRIPT_IDS)
def test_text_that_is_not_wrapped_stays_as_it_is(script) -> None:
    from policykg.loaders.text import unwrap_fixed_width

    table = "序号 目标任务 责任单位\n" + "".join(
        f"{i} 增加值增长{i}%。\n区发展改革委\n区财政局\n" for i in range(1, 9)
    )
    for text in (script(WRAPPED_PLAN), script(table), script(FLAT_LINES)):
        assert unwrap_fixed_width(text) == text


@pytest.mark.parametrize("script", SCRIPTS, ids=SCRIPT_IDS)
def test_hard_wrapped_file_gives_the_same_units(script, tmp_path: Path) -> None:
    from policykg.loaders.base import load

    plain, wrapped = tmp_path / "plain.txt", tmp_path / "wrapped.txt"
    plain.write_text(script(WRAPPED_PLAN), "utf-8")
    wrapped.write_text(_hard_wrap(script(WRAPPED_PLAN)), "utf-8")
    want = units(extract(load(plain)))
    assert len(want) == 3 and all(len(u) >= 2 for u in want)
    assert units(extract(load(wrapped))) == want


@pytest.mark.parametrize(
    "signed", ["某某三年行动指挥部(代)", "某某三年行动指挥部（代）", "某某三年行動指揮部（代）"]
)
def test_signing_for_another_body_in_either_bracket(signed: str) -> None:
    text = "某某产业振兴三年行动方案\n一、总体要求\n1.做甲。(市发改委牵头)\n" + signed + "\n2024年3月1日\n"
    issuer = run(text).meta.issuer
    assert issuer is not None and not issuer.endswith(("代)", "代）"))


@pytest.mark.parametrize("variant", ["衞生和社会工作", "衛生和社會工作"])
def test_hong_kong_variant_forms_fold_like_traditional(variant: str) -> None:
    assert match_text(variant) == "卫生和社会工作"


HEADED = (
    "一、推动区域发展规划实施\n"
    "(一)开展规划编制。(区发改委牵头)\n"
    "(二)推进产业空间利用研究。(区规划资源局牵头)\n"
    "二、推动区域经济发展\n"
    "(一)优化招商体制机制。(区投促办牵头)\n"
)


def _heads(text: str, top: str, paren: str) -> str:
    import re

    text = re.sub(r"^([一二三四五六七八九十]+)、", rf"\1{top}", text, flags=re.M)
    return re.sub(r"\(([一二三四五六七八九十]+)\)", paren.replace("N", r"\1"), text)


@pytest.mark.parametrize("script", SCRIPTS, ids=SCRIPT_IDS)
@pytest.mark.parametrize(("top", "paren"), [(".", "N)"), ("，", "（N）"), (",", "N)"), ("、", "N)")])
def test_heading_punctuation_variants(script, top: str, paren: str) -> None:
    plain = run(script(HEADED))
    varied = run(script(_heads(HEADED, top, paren)))
    assert len(plain.measures) == 3
    assert [m.number.strip("()（）") for m in varied.measures] == [
        m.number.strip("()") for m in plain.measures
    ]
    assert units(varied) == units(plain)


@pytest.mark.parametrize("script", SCRIPTS, ids=SCRIPT_IDS)
@pytest.mark.parametrize("top", ["，", ",", "、"])
def test_heading_with_a_comma_before_a_year(script, top: str) -> None:
    """Found by bench/perturb_corpus.py (heads，, dev4): 一，2023年…目标分解 heads a section; only a comma before a
    group of three digits (一,000) is a thousands separator."""
    text = script(
        f"一{top}2023年经济社会发展主要预期目标分解\n1．地区生产总值增长7%以上。(市发展改革委,各县〔市、区〕政府)\n"
        "2．研发投入强度超过2.4%。(市科技局)\n"
    )
    doc = run(text)
    assert [s.number for s in doc.sections] == ["一"]
    assert [m.number for m in doc.measures] == ["1", "2"]
    assert [s.number for s in run(script("一,000名志愿者参加活动。\n")).sections] == []


@pytest.mark.parametrize("script", SCRIPTS, ids=SCRIPT_IDS)
def test_lost_open_brackets_on_one_line(script) -> None:
    """一)…。二)…。三)… on one physical line: each 二) after a sentence end heads the next item."""
    text = script(
        "一.推动区域发展规划实施\n"
        "一)开展区规划编制,做好前期研究工作。二)推进产业空间高质量利用研究,做好低效用地转型提升工作。"
        "三)开展规划纲要实施情况全面评估,形成评估报告并按程序报送。\n"
    )
    assert [m.number for m in run(text).measures] == ["(一)", "(二)", "(三)"]  # numbers are normalised


FLAT_PLAN = (
    "一、全面构建人才工作体系,以更高标准提升党管人才水平\n"
    "1.优化领导小组运行机制。制定出台实施意见。\n"
    "责任单位:区人力资源和社会保障局、区财政局\n"
    "2.优化重点任务推进机制。建立市级领导牵头推进机制。\n"
    "责任单位:区发展和改革局\n"
    "二、主要举措\n"
    "(一)塑造高技能人才培养新引擎\n"
    "工作措施:\n"
    "1.建立健全技能人才队伍建设机制。\n"
    "责任部门:职业能力建设处、区招才中心\n"
)


@pytest.mark.parametrize("script", SCRIPTS, ids=SCRIPT_IDS)
def test_one_line_page_items_after_titles_labels_and_unit_lists(script) -> None:
    """Flattened to one line, an item follows a title with a comma, a 工作措施: label, or a 责任单位 list."""
    plain = run(script(FLAT_PLAN))
    flat = run(script(FLAT_PLAN).replace("\n", " "))
    assert [m.number for m in plain.measures] == ["1", "2", "1"]
    assert [m.number for m in flat.measures] == [m.number for m in plain.measures]
    assert units(flat) == units(plain)


@pytest.mark.parametrize("script", SCRIPTS, ids=SCRIPT_IDS)
def test_one_line_page_item_glued_to_its_headings_title(script) -> None:
    """Regression (dev6): 一、提升科技创新能力1.推动科技成果转化。 with no blank between: one measure 一."""
    text = script(
        "为深入贯彻落实有关部署,结合我市实际,制定重点工作任务如下。一、提升科技创新能力1.推动科技成果转化。"
        "引进科技成果50项以上,技术合同成交额增长1.5倍。(牵头单位:市科技局)2.壮大创新主体。培育高新技术企业。"
        "(牵头单位:市科技局;责任单位:市财政局)二、推进产业升级1.推动工业技改。实施技改项目100个。(牵头单位:市工信局)"
    )
    doc = run(text)
    assert [m.number for m in doc.measures] == ["1", "2", "1"]
    assert units(doc) == [["市科技局"], ["市科技局", "市财政局"], ["市工信局"]]


LABELLED_ITEMS = (
    "某市人民政府关于2021年重点工作及责任分解的通知\n各县区人民政府:\n现将重点工作分解如下,请认真抓好落实。\n"
    "一、总体要求\n以新发展理念为统领,坚持稳中求进工作总基调,确保完成全年目标任务。\n"
    "二、确保完成全年主要预期目标\n1.地区生产总值增长8.5%以上。\n牵头负责领导:张三。\n牵头责任单位:市发改委。\n"
    "协同责任单位:市政府各部门。\n完成时限:2021年12月31日\n2.规上工业增加值增长9.5%以上。\n牵头负责领导:张三。\n"
    "牵头责任单位:市经信局。\n协同责任单位:市发改委、市税务局等。\n完成时限:2021年12月底\n"
    "3.社会消费品零售总额增长11%以上。\n牵头责任单位:市商务局。\n"
)


@pytest.mark.parametrize("script", SCRIPTS, ids=SCRIPT_IDS)
def test_one_line_page_items_after_a_deadline_and_a_frame_heading_with_its_paragraph(script) -> None:
    """Found by bench/perturb_corpus.py (join, dev6): flattened to one line, an item after a 完成时限 date was
    read into the one before it, and 一、总体要求 with its paragraph became a measure."""
    plain = run(script(LABELLED_ITEMS))
    flat = run(script(LABELLED_ITEMS).replace("\n", " "))
    assert [m.number for m in plain.measures] == ["1", "2", "3"]
    assert [m.number for m in flat.measures] == ["1", "2", "3"]
    assert units(flat) == units(plain)


@pytest.mark.parametrize("script", SCRIPTS, ids=SCRIPT_IDS)
def test_one_line_page_items_after_a_square_bracket_clause_and_enclosed_numerals(script) -> None:
    """Found by bench/perturb_corpus.py (join, dev6): an item after a clause in [ ] and ㈡ after a sentence were
    read into the item before them on a page flattened to one line."""
    text = (
        "一、全面融入新发展格局\n(一)主动对接长江经济带。\n1.推动产业合作。[牵头单位:市制造业服务中心;责任单位:市经信局]\n"
        "2.筹建离岸科创中心。(牵头单位:市科技局;责任单位:市交投集团)\n二、重点发展领域\n"
        "㈠大力发展商贸业。培育限上企业。(责任单位:市商务局)\n㈡加快发展物流业。建设物流园区。(责任单位:市交通局)\n"
    )
    plain = run(script(text))
    flat = run(script(text).replace("\n", " "))
    assert [m.number for m in plain.measures] == ["1", "2", "㈠", "㈡"]
    assert [m.number for m in flat.measures] == [m.number for m in plain.measures]
    assert units(flat) == units(plain)


@pytest.mark.parametrize("script", SCRIPTS, ids=SCRIPT_IDS)
def test_one_line_page_covering_notice_after_portal_furniture(script) -> None:
    """Found by bench/perturb_corpus.py (join, dev6): the notice's 予以分解…通知如下 sentence shared its line with the
    toolbar, so the notice's requirements 一、二、 were measures."""
    text = (
        "无障碍版 | 繁体版 | 智能问答 当前位置: 首页>政府文件 关于印发重点任务分工方案的通知 【打印本页】 各县人民政府:"
        " 现将政府工作报告重点任务予以分解,并就有关事项通知如下。 一、加强领导,确保责任落实到位。要坚持高位推动,"
        "主要负责同志负总责,分管负责同志具体抓。 二、细化方案,确保工作落实到位。要建台账、定清单,制定详实的落实方案。"
        " 三、强化督查,确保问责问效到位。要定期调度通报。(责任单位:州政府督查室)"
    )
    assert [m.number for m in run(script(text)).measures] == ["三"]


OPEN_ITEMS = (
    "一、主要举措\n(一)塑造高技能人才培养新引擎\n工作措施:\n"
    "1.建立健全技能人才队伍建设机制,加强计划跟踪指导及调度通报\n"
    "2.发挥高技能人才示范引领作用。加大评选奖励和宣传力度,强化高技能人才示范引领作用\n"
    "3.强化人才培养平台辐射带动作用。认定一批高技能人才培训示范基地,开展绩效评估并给予资金支持\n"
    "(二)打造职业技能提升新高地\n工作措施:\n"
    "1.落实终身职业技能培训制度,落实相应职业技能培训补贴和鉴定补贴\n"
    "2.充分发挥企业主体作用、职业院校基础作用,强化技能培训服务和导向作用。\n"
)


@pytest.mark.parametrize("script", SCRIPTS, ids=SCRIPT_IDS)
def test_one_line_page_items_without_a_full_stop(script) -> None:
    """Found by bench/perturb_corpus.py (join, samples): items whose text ends without a full stop ran into
    each other on a page flattened to one line; a marker after a blank that goes on from the previous one of
    its kind (2 after 1) heads the next item (a 1. after a blank alone still needs a label, a title or a sentence
    end before it)."""
    plain = run(script(OPEN_ITEMS))
    flat = run(script(OPEN_ITEMS).replace("\n", " "))
    assert [m.number for m in plain.measures] == ["1", "2", "3", "1", "2"]
    assert [m.number for m in flat.measures] == [m.number for m in plain.measures]


@pytest.mark.parametrize("script", SCRIPTS, ids=SCRIPT_IDS)
def test_a_list_inside_a_sentence_is_not_cut(script) -> None:
    """内容包括: 1.… stays one item when its line is short and has its own full stop."""
    text = script(
        "一、任务\n1.开展培训。培训内容包括: 1.政策解读 2.案例分析。(区人社局牵头)\n2.加强宣传。(区委宣传部牵头)\n"
    )
    assert [m.number for m in run(text).measures] == ["1", "2"]


@pytest.mark.parametrize(
    "footer", ["主办单位:政府办公室 网站标识码3702000001", "版权所有:某市人民政府 ICP备05001234号"]
)
def test_a_portal_footer_after_the_text_assigns_nothing(footer: str) -> None:
    """Regression (perturbation 'footer' on dev5): the site's 主办单位 in a page footer was read as the last
    measure's lead unit, also after a task table's last row."""
    text = (
        "一、重点任务\n1.做甲。\n2.做乙。(责任单位:市商务局)\n\n【打印本页】 【关闭窗口】\n" + footer + "\n"
    )
    one, two = run(text).measures
    assert one.responsible == [] and one.lead == []
    assert [r.surface for r in two.responsible] == ["市商务局"]
    table = "任务分工表\n序号\n重点任务\n责任单位\n1\n做甲\n市商务局\n" + footer + "\n"
    (row,) = run(table).measures
    assert [r.surface for r in row.responsible] == ["市商务局"] and row.lead == []


@pytest.mark.parametrize("dot", ["﹒", "．", "."])
def test_item_numbers_with_small_form_punctuation(dot: str) -> None:
    """Regression (heldout2, read after its blind score): items numbered 1﹒ (U+FE52 SMALL FULL STOP) were no
    items, and a 牵头责任单位: line under them assigned nothing; small and vertical form variants fold to their
    plain punctuation (﹑ ﹐ ﹙﹚ too)."""
    text = (
        f"一、确保完成全年目标\n1{dot}全省生产总值增长7%以上。\n牵头责任单位:省发展改革委。\n"
        f"协同责任单位:省财政厅﹑省商务厅。\n2{dot}进出口总额增长9%左右。\n牵头责任单位:省商务厅。\n"
    )
    one, two = run(text).measures
    assert [r.surface for r in one.responsible] == ["省发展改革委", "省财政厅", "省商务厅"]
    assert [r.surface for r in one.lead] == ["省发展改革委"]
    assert [r.surface for r in two.lead] == ["省商务厅"]


def test_letter_spaced_lines_lose_their_spacing() -> None:
    from policykg.loaders.text import unspace_letters

    spaced = "1 省 政 府 文 件 青 海 省 人 民 政 府 关 于 印 发 若 干 措 施 的 通 知 ꎬ 年 4 月 30 日 贷 存 比 不 低 于 70% ꎮ"
    assert (
        unspace_letters("标题\n" + spaced)
        == "标题\n1 省政府文件青海省人民政府关于印发若干措施的通知ꎬ年4月30日贷存比不低于70%ꎮ"
    )
    plain = "- 9 years ago\n一、总体要求 到2025年,全市 新增 就业 2 万人。\n"
    assert unspace_letters(plain) == plain
    assert unspace_letters("青 海 省 人 民 政 府") == "青 海 省 人 民 政 府"  # too short to tell


def test_gb_coded_marks_of_a_pdf_font_read_as_punctuation() -> None:
    from policykg.loaders.normalize import match_text

    assert (
        match_text("省政府ꎬ各委办ꎮ«关于促进金融业发展的意见»")
        == "省政府,各委办。《关于促进金融业发展的意见》"
    )


TABLE_PAGE = (
    "某某市人民政府办公室关于印发2023年政府重点工作责任清单的通知\n"
    "发布时间: 2023- 02- 09 16: 47\n"
    "附件\n"
    "序号\n主要工作\n责任单位\n"
    "1\n生产总值增长7.5%左右\n▲发改局,各部门,各镇乡(街道)\n"
    "2\n一般公共预算收入增长7.5%\n▲税务局,财政局,各镇乡(街道)\n"
    "3\n研发投入强度2.85%以上\n▲科技局,各镇乡(街道)\n"
    "4\n固定资产投资增长10%以上\n▲发改局,各部门,各镇乡(街道)\n"
    "5\n社会消费品零售总额增长9%以上\n▲商务局,各镇乡(街道)\n"
    "6\n外贸出口保增长稳份额,自营出口额增长8%以上\n▲商务局,各镇乡(街道)\n"
    "7\n城乡居民收入增长与经济增长基本同步,收入比持续缩小\n▲发改局,各部门,各镇乡(街道)\n"
    "8\n完成上级下达的能源和环境计划指标\n▲生态环境分局,发改局\n"
) + "".join(
    f"{i}\n开展招商选资竞赛活动{',力争' * (i - 8)}引进产业项目\n▲商务局,各镇乡(街道)\n" for i in range(9, 16)
)


@pytest.mark.parametrize("script", SCRIPTS, ids=SCRIPT_IDS)
def test_a_page_run_together_has_its_line_breaks_back(script, tmp_path: Path) -> None:
    """Found by bench/perturb_corpus.py (join, dev8/heldout/heldout3): a page whose paragraph tags were lost
    reaches the text as one line, every line break a blank; a table with one cell a line lost its rows. The
    blanks beside a Han character are line breaks again (same length: spans stay); 2023- 02- 09 keeps its."""
    from policykg.loaders.base import load
    from policykg.loaders.text import unjoin_lines

    text = script(TABLE_PAGE)
    joined = " ".join(ln for ln in text.split("\n") if ln)
    assert len(unjoin_lines(joined)) == len(joined)
    assert unjoin_lines(joined).startswith(text.split("\n")[0] + "\n")
    assert "2023- 02- 09 16: 47" in unjoin_lines(joined)
    assert unjoin_lines(text) == text
    path = tmp_path / "page.txt"
    path.write_text(joined, "utf-8")
    got = extract(load(path))
    rows = [ln.split("\n") for ln in text.split("\n1\n", 1)[1].split("\n") if ln]
    cells = ["1", *[c for r in rows for c in r]]
    want = [(cells[i + 1], cells[i + 2]) for i in range(0, len(cells), 3)]
    assert [m.label for m in got.measures] == [label for label, _ in want]
    assert ["".join(r.surface for r in m.responsible) for m in got.measures] == [
        units.lstrip("▲").replace(",", "") for _, units in want
    ]


@pytest.mark.parametrize("script", SCRIPTS, ids=SCRIPT_IDS)
def test_one_long_paragraph_with_spaced_words_is_no_page_run_together(script) -> None:
    """A PDF copy's paragraph with blanks inside its words (音 乐节) on a short page is one paragraph: only a line
    that holds most of the page is run together."""
    from policykg.loaders.text import unjoin_lines

    para = "(一)推进文化和旅游深度融合发展。引导戏剧节、音 乐节、艺术节、动漫节等业 态健康发展," * 8
    text = script("某某省推动旅游业高质量发展措施\n" + "一、加大优质旅游产品供给\n" * 30 + para + "\n")
    assert unjoin_lines(text) == text


@pytest.mark.parametrize("script", SCRIPTS, ids=SCRIPT_IDS)
def test_a_spaced_figure_in_a_page_run_together_stays_in_its_sentence(script) -> None:
    """Found by bench/perturb_corpus.py (join, dev8): a PDF copy spaces its figures (给予 12 个月的贴息); run
    together, the blanks around a figure before its unit stay blanks, an item's number (街道) 2 一般… still
    starts a line."""
    from policykg.loaders.text import unjoin_lines

    item = "1.支持企业技术改造。按入统时一年期贷款市场报价利率水平给予 12 个月的贴息,最高不超过 800 万元。"
    text = script(" ".join([item] * 12) + " (街道) 2 一般公共预算收入")
    out = unjoin_lines(text)
    assert script("给予 12 个月") in out and script("不超过 800 万元") in out
    assert script("(街道)\n2\n一般") in out


@pytest.mark.parametrize("script", SCRIPTS, ids=SCRIPT_IDS)
def test_a_blank_inside_a_bracket_of_a_page_run_together_stays(script) -> None:
    """Found by bench/perturb_corpus.py (join, heldout3): (牵头单位:市商务局  责任单位:市编办、…) keeps its
    blank when the page is run together: a line break never falls inside a bracket closed on its line."""
    from policykg.loaders.text import unjoin_lines

    item = "1.提高流通管理部门管理效能。加快职能转变,健全部门协作机制。(牵头单位:市商务局  责任单位:市编办、市发改委)"
    out = unjoin_lines(script(" ".join([item] * 10)))
    assert out.count("\n") == 9
    assert script("市商务局  责任单位") in out


@pytest.mark.parametrize("script", SCRIPTS, ids=SCRIPT_IDS)
def test_an_item_number_after_a_colon_of_a_page_run_together_starts_its_line(script) -> None:
    """Found by bench/perturb_corpus.py (join, heldout3): 主要指标如下: 1.地区生产总值… run together; the blank
    after the ASCII colon is a line break before an item's number, while 16: 47 keeps its blank."""
    from policykg.loaders.text import unjoin_lines

    items = " ".join(
        f"{i}.地区生产总值总量力争突破3000亿元,年均增长7%以上。(牵头单位:市发改委)" for i in range(1, 10)
    )
    out = unjoin_lines(script("发布时间: 2023-02-09 16: 47 二、主要指标 到2025年,全市主要指标如下: " + items))
    assert script("如下:\n1.地区") in out
    assert "16: 47" in out


@pytest.mark.parametrize("script", SCRIPTS, ids=SCRIPT_IDS)
def test_a_letter_spaced_header_cell_of_a_page_run_together_stays_one_cell(script) -> None:
    """Found by bench/perturb_corpus.py (join, heldout8): a task table one cell a line whose header prints
    具 体 内 容 letter-spaced, run together: three or more Han characters standing alone between single blanks
    are one cell, not one-character cells; a row's number before a cell opening with a figure (111 3-6岁…) is
    a cell of its own, while 16: 47 keeps its blank."""
    from policykg.loaders.text import unjoin_lines

    rows = " ".join(
        f"{100 + i} {i + 2}-6岁幼儿受教育率达到100% 教育局 人口计生委等相关部门,13个街道、镇 2010年"
        for i in range(12)
    )
    text = script(
        "发布时间: 2023-02-09 16: 47 序号 项目 类别 具 体 内 容 牵头 部门 相关责任部门 完成 时间 " + rows
    )
    out = unjoin_lines(text)
    assert len(out) == len(text)
    assert script("类别\n具 体 内 容\n牵头\n部门") in out
    assert script("\n101\n3-6岁幼儿") in out
    assert "16: 47" in out


@pytest.mark.parametrize("script", SCRIPTS, ids=SCRIPT_IDS)
def test_a_one_cell_a_line_table_with_a_letter_spaced_header_run_together_keeps_its_rows(
    script, tmp_path: Path
) -> None:
    """The table of the test above read after load: each numbered row is a measure with its lead and units."""
    from policykg.loaders.base import load

    tasks = [
        "继续全面推进素质教育",
        "深化推进二期课程教材改革",
        "加强0- 3岁婴幼儿教育",
        "3-6岁幼儿受教育率达到100%",
    ]
    rows = " ".join(f"{108 + i} {t} 教育局 民政局、残联等相关部门 2010年" for i, t in enumerate(tasks * 3))
    head = "上海市某某区人民政府办公室关于印发某某区“十一五”规划工作分解的通知 “十一五”规划工作分解之四:社会事业发展 "
    path = tmp_path / "page.txt"
    path.write_text(
        script(head + "序号 项目 类别 具 体 内 容 牵头 部门 相关责任部门 完成 时间 " + rows), "utf-8"
    )
    got = extract(load(path))
    assert [m.label for m in got.measures] == [script(t) for t in tasks * 3]
    assert all([r.surface for r in m.lead] == [script("教育局")] for m in got.measures)
    assert all(script("残联") in [r.surface for r in m.responsible] for m in got.measures)


BARRED_TABLE = (
    "某某市人民政府关于2025年重点工作及责任分解的通知\n"
    "序号 | 目标与任务 | 牵头责任单位 | 责任单位 |\n"
    "一、主要预期目标 | |||\n"
    + "".join(
        f"({i}) | 地区生产总值增长{i}%以上,{'加快推进项目建设,' * 3} | 市发展改革委 | 各县市区政府、 开发区管委会 |\n"
        for i in range(1, 6)
    )
    + "二、重点做好以下九个方面工作 | |||\n"
    + "".join(
        f"({i}) | 统筹衔接消费券发放与消费品以旧换新行动{'推动汽车消费转型升级,' * 3} | 市商务局 | 市财政局 市工业和信息化局 |\n"
        for i in range(6, 10)
    )
)


@pytest.mark.parametrize("script", SCRIPTS, ids=SCRIPT_IDS)
def test_a_barred_table_run_together_gets_its_rows_back(script) -> None:
    """Found by bench/perturb_corpus.py (join, dev6/heldout5/dev7): a barred table (one row a line, cells parted by
    bars) run together: from its first barred cell to its last bar a blank stays a blank (各县市区政府、 开发区管委会
    is one cell), save the one before a row's number alone ((2) |) or a heading's cell spanning the row
    (二、… | |||): there its rows start again as they were."""
    from policykg.loaders.text import unjoin_lines

    text = script(BARRED_TABLE)
    joined = " ".join(ln for ln in text.split("\n") if ln)
    assert unjoin_lines(joined) == text.rstrip("\n")


@pytest.mark.parametrize("script", SCRIPTS, ids=SCRIPT_IDS)
def test_a_barred_table_without_a_number_column_run_together_starts_a_row_at_each_item(script) -> None:
    """(join, dev7/heldout5) rows opening with an item's number (| 2. 制定… | 市法制局牵头 |) in a table without a
    number column start at that number; in a numbered table a heading or an item inside a row (1 | 一、目标 |
    1.地区生产总值…) opens no row. A grid without a header row naming its columns, or whose rows run wider than
    its header (sub-rows under spanned cells), stays a cell a line."""
    from policykg.loaders.text import unjoin_lines

    plain = "工作任务 | 具体要求 | 责任单位 |\n(一)围绕建设法治政府全面推进政务公开 |\n" + "".join(
        f"{i}. 制定出台涉及公共利益的政策文件,{'使政策执行更加阳光透明,' * 3} | 市法制局牵头,市有关单位负责 |\n"
        for i in range(1, 6)
    )
    text = script(plain)
    want = text.replace(
        script("政务公开 |\n1."), script("政务公开 | 1."), 1
    )  # a heading's cell opens a row and keeps the first item of its group on it (round 18)
    assert unjoin_lines(" ".join(text.split("\n")).strip()) == want.rstrip("\n")
    numbered = "序号 | 项目 | 重点工作目标任务 | 责任单位 |\n" + "".join(
        f"{i} | 一、主要预期目标 | 1.地区生产总值增长{i}%以上,{'稳步提升质量效益,' * 3} 2.一般公共预算收入增长。 | ★区发改委 |\n"
        for i in range(1, 9)
    )
    text = script(numbered)
    assert unjoin_lines(" ".join(text.split("\n")).strip()) == text.rstrip("\n")
    headless = " ".join(numbered.split("\n", 1)[1].split("\n"))
    # a cell a line (each cell closed by its bar since round 18); the page's trailing blank aside
    assert " | " not in unjoin_lines(script(headless)).rstrip()
    spanned = "序号 | 项目名称 | 目标任务 | 牵头单位 | 累计完成 |\n" + "".join(
        f"{i} | 促进重点群体稳定就业 | 城镇新增就业1100人 | 县人社局 | 1063 | | 新增家政服务人员{i}人 | {i} | 284 | |\n"
        for i in range(1, 9)
    )
    assert " | " not in unjoin_lines(script(" ".join(spanned.split("\n"))))  # sub-rows: a cell a line
    hanzi = "序号 | 牵头单位 | 项目名称 | 业主单位 | 本月进展情况 |\n" + "".join(
        f"{n} | 区城管局 | 区政府民生实事项目 | 1.文化中心北路{'道路改造提升工程,' * 2} | 区城投 | 已完工 |\n"
        for n in "一二三四五六七"
    )
    assert (
        " | " not in unjoin_lines(script(" ".join(hanzi.split("\n")))).rstrip()
    )  # rows numbered 一 二: a cell a line


@pytest.mark.parametrize("script", SCRIPTS, ids=SCRIPT_IDS)
def test_a_role_verb_a_wrap_cut_in_a_page_run_together_breaks_its_bracket(script, tmp_path: Path) -> None:
    """Found by bench/perturb_corpus.py (join, heldout8): a wrapped bracket run together (…国家烟草局按职 责分工负责)
    keeps no blank inside its role verb: there the line broke, and the units before it are the clause's; a gap
    between two labels of one bracket (市商务局  责任单位:) stays a blank."""
    from policykg.loaders.base import load
    from policykg.loaders.text import unjoin_lines

    items = " ".join(
        f"({n})加强烟草广告监管,严厉查处违法发布烟草广告的行为。(教育部、市场监管总局、国家烟草局按职 责分工负责)"
        for n in "一二三四五六七八九十"
    )
    text = script("某某工作要点 " + items + " (牵头单位:市商务局  责任单位:市编办、市发改委)")
    out = unjoin_lines(text)
    assert script("按职\n责分工负责") in out and script("市商务局  责任单位") in out
    path = tmp_path / "page.txt"
    path.write_text(text, "utf-8")
    got = extract(load(path))
    assert [r.surface for r in got.measures[0].responsible] == [
        script(u) for u in ("教育部", "市场监管总局", "国家烟草局")
    ]


@pytest.mark.parametrize("script", SCRIPTS, ids=SCRIPT_IDS)
def test_a_heading_row_over_numbered_rows_of_a_barred_table_run_together_is_a_row(script) -> None:
    """(join, dev b06) a heading's one-cell row over numbered rows ((一)市长牵头重点工作 | 1 | …) starts a row of its
    own, and the rows run on to the page's last row number, its cut-off text after it."""
    from policykg.loaders.text import unjoin_lines

    table = "序号 | 重点工作任务 | 责任单位 |\n" + "".join(
        f"({h})某某市长牵头重点工作 |\n"
        + "".join(
            f"{3 * k + i} | 加快建设城西科创大走廊,{'打造一批高能级战略平台,' * 2} | 市发改委、市经信局 |\n"
            for i in (1, 2, 3)
        )
        for k, h in enumerate("一二三")
    )
    text = script(table + "10 | 加快实施")
    assert unjoin_lines(" ".join(text.split("\n"))) == script(table + "10 |\n加快实施")
