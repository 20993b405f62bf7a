"""Document metadata and phases: rules on small inline texts, then the five samples against values read from
the samples by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from policykg.loaders.extract.meta import RegionTable, extract_meta, find_phases, parse_date
from policykg.loaders.normalize import match_text
from policykg.models import DocMeta, SourceDocument, Span
from tests.loaders.inline import IDS, VARIANTS


def doc(text: str, name: str = "t.txt") -> SourceDocument:
    return SourceDocument(
        path=Path(name),
        source_file=name,
        text=text,
        match=match_text(text),
        encoding="utf-8",
        script="Hans",
        format="txt",
        sha256="",
    )


def meta_of(text: str) -> DocMeta:
    src = doc(text)
    meta = extract_meta(src)
    if meta.title_span is not None:  # the span quotes the title's characters (line breaks aside)
        quoted = text[meta.title_span.start : meta.title_span.end]
        assert "".join(quoted.split()) == "".join((meta.title or "").split())
    return meta


# --------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("s", "iso"),
    [
        ("2021年11月22日", "2021-11-22"),
        ("2025年4月7日", "2025-04-07"),
        ("2023-01-11", "2023-01-11"),
        ("二〇二一年十一月二十二日", "2021-11-22"),
        ("2021年1122", None),
        ("2023年13月1日", None),
    ],
)
def test_parse_date(s: str, iso: str | None) -> None:
    assert parse_date(s) == iso


# --------------------------------------------------------------------------- title


def test_title_plain_line() -> None:
    m = meta_of("关于做好高校毕业生就业工作的通知\n各区市人社局:\n一、总体要求\n")
    assert m.title == "关于做好高校毕业生就业工作的通知"


def test_title_broken_over_two_lines() -> None:
    m = meta_of(
        "前言\n\n  关于推动人才与产业融合发展\n\n  实施方案\n\n为贯彻落实……,制定本方案。\n一、总体要求\n"
    )
    assert m.title == "关于推动人才与产业融合发展实施方案"


def test_title_web_tag_removed_issuer_prefix_kept_as_written() -> None:
    # The annotation spec's title is "as written": the issuer prefix of a 发文机关+关于+事由+文种 title stays
    # (it was cut before the development corpus showed every annotator keeping it).
    m = meta_of(
        "【人才工作】潍坊市人力资源和社会保障局关于印发人才工作若干措施的通知\n发布时间:2024-03-05\n"
        "一、总则\n"
    )
    assert m.title == "潍坊市人力资源和社会保障局关于印发人才工作若干措施的通知"
    assert m.issuer == "潍坊市人力资源和社会保障局"
    assert m.region == "潍坊市"
    assert m.issued is None  # a page's 发布时间 is not the issue date (see below)


def test_plan_title_preferred_over_cover_title() -> None:
    m = meta_of(
        "关于印发《关于加强技能培训的实施方案》的通知\n各处室:\n现将《关于加强技能培训的实施方案》印发给你们。\n"
        "济南市人力资源和社会保障局\n2022年5月6日\n关于加强技能培训的实施方案\n一、目标\n"
    )
    assert m.title == "关于加强技能培训的实施方案"
    assert m.cites == []  # the document's own title is not a citation


def test_traditional_title_kept_in_its_script() -> None:
    m = meta_of("關於強化人才支撐的實施方案\n一、目標任務\n")
    assert m.title == "關於強化人才支撐的實施方案"


def test_no_title_when_document_has_none() -> None:
    assert meta_of("2023年全市人才工作的总体要求是:以……为指导。\n一、全面构建工作体系\n").title is None


# --------------------------------------------------------------------------- issuer, date, number


def test_issuer_and_date_from_signature() -> None:
    m = meta_of(
        "各区市人社局:\n现将方案印发给你们。\n        济南市人力资源和社会保障局\n2022年5月6日\n一、目标\n"
    )
    assert (m.issuer, m.issued, m.region) == ("济南市人力资源和社会保障局", "2022-05-06", "济南市")


def test_field_date_beats_damaged_signature_date() -> None:
    text = (
        "关于印发《某某方案》的通知\n• 成文日期 2021-11-22\n• 发布日期 2021-11-23\n"
        "• 发文字号 青人社字〔2021〕94号\n• 发文单位 青岛市人力资源和社会保障局\n"
        "青岛市人力资源和社会保障局\n2021年1122\n一、总体要求\n"
    )
    m = meta_of(text)
    assert m.issued == "2021-11-22"
    assert m.doc_number == "青人社字〔2021〕94号"
    assert m.issuer == "青岛市人力资源和社会保障局"


def test_a_page_date_is_never_the_issue_date() -> None:
    # The spec: date_issued is the 成文日期 or the signature date, "not the repost or page date". A page that
    # shows only its 发布时间 has no known issue date (it was taken as one until the samples' gold showed it).
    assert meta_of("发布时间:2023-01-11\n正文。\n").issued is None
    assert meta_of("發布日期:2023-01-11\n正文。\n").issued is None
    assert (
        meta_of("發布日期:2023-01-11\n正文。\n市人力資源和社會保障局\n2022年12月30日\n").issued
        == "2022-12-30"
    )


@pytest.mark.parametrize(
    "number",
    [
        "鲁人社字〔2022〕101号",
        "青人社发[2020]5号",
        "烟政办发(2023)12号",
        "烟政办发（2023）12号",
        "州政發(fā)〔2020〕5號",  # ruby pinyin a page flattened into the text
        "州政发(fā)〔2020〕5号",
    ],
)
def test_doc_number_variants(number: str) -> None:
    assert meta_of(f"关于某事的通知\n{number}\n各单位:\n一、要求\n").doc_number == number


def test_number_inside_a_sentence_is_a_cited_document() -> None:
    m = meta_of("根据《关于开展工作的通知》(鲁人社字〔2022〕101号)要求,提出如下意见。\n一、指导思想\n")
    assert m.doc_number is None
    assert m.cites == ["关于开展工作的通知"]


def test_closing_signature_and_date() -> None:
    m = meta_of("各镇人民政府:\n一、工作目标\n正文。\n青岛西海岸新区管委\n2023年1月19日\n")
    assert (m.issuer, m.issued, m.region) == ("青岛西海岸新区管委", "2023-01-19", "青岛西海岸新区")


# --------------------------------------------------------------------------- region


def test_region_from_document_number_short_form() -> None:
    assert meta_of("关于某事的通知\n潍人社字〔2023〕3号\n一、要求\n").region == "潍坊市"


def test_region_from_masked_city_cues() -> None:
    text = (
        "2024年全市人才工作要点\n一、总体要求\n深入实施“人才兴潍”战略,支持驻潍高校引进人才。\n"
        "吸引毕业生来潍就业,提高留潍率。沟渠市科技局负责。\n"
    )
    m = meta_of(text)
    assert m.region == "潍坊市"
    assert m.year == 2024


def test_region_cues_ignore_common_words() -> None:
    # 青年 must not count as 青 (Qingdao): no cue here, so no region
    assert meta_of("在青年人才中开展活动。青年人才集聚。\n").region is None


def test_region_table_parents() -> None:
    table = RegionTable.load_default()
    assert table.ancestors("青岛西海岸新区") == ["青岛西海岸新区", "青岛市", "山东省"]
    assert table.prefix_of("青島市人力資源和社會保障局") == "青岛市"


# --------------------------------------------------------------------------- addressees, year, cites


def test_addressees_split_but_region_lists_kept() -> None:
    m = meta_of("各區、市人力資源社會保障局,局屬各單位:\n現將方案印發給你們。\n一、目標\n")
    assert m.addressees == ["各區、市人力資源社會保障局", "局屬各單位"]


def test_addressees_fullwidth_colon_and_line_above() -> None:
    m = meta_of("各功能区管委\n各镇人民政府，各街道办事处，区直各单位：\n一、目标\n")
    assert m.addressees == ["各功能区管委", "各镇人民政府", "各街道办事处", "区直各单位"]


def test_body_line_with_colon_is_not_a_salutation() -> None:
    assert meta_of("2023年全市人才工作的总体要求是:\n一、目标\n").addressees == []


def test_year_from_title_then_issue_date() -> None:
    assert meta_of("关于印发2024年就业工作要点的通知\n一、目标\n").year == 2024
    assert meta_of("关于某方案(2023—2025年)\n一、目标\n").year == 2023
    assert meta_of("关于某事的通知\n一、目标\n某局\n2022年3月1日\n").year == 2022


def test_cites_in_first_appearance_order_without_duplicates() -> None:
    m = meta_of("根据《乙办法》和《甲条例》,落实《乙办法》。\n一、目标\n")
    assert m.cites == ["乙办法", "甲条例"]


def test_attachment_titles_kept_unless_asked() -> None:
    text = "一、措施\n出台《专项行动方案》。\n附件:1.专项行动方案\n附件1\n专项行动方案\n"
    src = doc(text)
    assert extract_meta(src).cites == ["专项行动方案"]
    assert extract_meta(src, include_attachments=False).cites == []


# --------------------------------------------------------------------------- phases


def test_phases() -> None:
    text = (
        "四、实施步骤\n(一)动员部署(2023年1月)。全面启动。\n(二)推进实施(2023年2月至2023年12月)。落实。\n"
        "(三)巩固提升(2024年7月至2025年10月)。提升。\n"
    )
    phases = find_phases(doc(text), Span(0, len(text)))
    assert [(p.label, p.start, p.end) for p in phases] == [
        ("动员部署", "2023-01", "2023-01"),
        ("推进实施", "2023-02", "2023-12"),
        ("巩固提升", "2024-07", "2025-10"),
    ]
    assert text[phases[0].span.start : phases[0].span.end] == "动员部署(2023年1月)"


def test_phases_traditional_fullwidth_and_year_carried() -> None:
    text = "（一）動員部署階段（2023年1月）\n（二）評估驗收階段（11月至12月）\n"
    phases = find_phases(doc(text), Span(0, len(text)))
    assert [(p.label, p.start, p.end) for p in phases] == [
        ("動員部署", "2023-01", "2023-01"),
        ("評估驗收", "2023-11", "2023-12"),
    ]


def test_ordinary_lines_are_not_phases() -> None:
    text = "目标任务:通过建立机制,持续壮大队伍。\n1.建立健全五项机制。\n"
    assert find_phases(doc(text), Span(0, len(text))) == []


# --------------------------------------------------------------------------- the five samples (by hand)

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def sample(prefix: str) -> SourceDocument:
    path = next(SAMPLES.glob(prefix + "_*.txt"))
    return doc(path.read_text("utf-8"), name=path.name)


def test_sample_000() -> None:
    m = extract_meta(sample("000"))
    assert m.title == "關于強化人才引領支撐賦能創新型產業體系建設實施方案"
    assert m.issuer == "青島市人力資源和社會保障局"
    assert m.issued == "2025-04-07"
    assert m.doc_number is None
    assert m.region == "青岛市"
    assert m.addressees == ["各區市人力資源社會保障局", "局屬各單位"]
    assert m.year == 2025
    assert m.cites == ["關于構建創新型產業體系加快發展新質生產力的實施方案(2025—2027年)"]


def test_sample_001_masked_city() -> None:
    m = extract_meta(sample("001"))
    assert m.title is None and m.issuer is None and m.issued is None
    assert m.region == "烟台市"
    assert m.year == 2023
    assert m.addressees == []
    assert len(m.cites) == 11
    assert m.cites[0] == "关于进一步完善党管人才工作体系全面构建 “大人才” 工作格局的实施意见"
    assert "沟渠市人才发展研究报告" in m.cites


def test_sample_002() -> None:
    m = extract_meta(sample("002"))
    assert m.title == "山东省人力资源和社会保障厅关于印发推进“四链”融合发展工作若干措施的通知"
    assert m.issuer == "山东省人力资源和社会保障厅"
    assert m.issued is None  # only the page's 发布时间 is shown
    assert m.region == "山东省"
    assert m.year == 2023  # the page's date still dates the plan
    assert m.cites == ["人才链、教育链、产业链、创新链融合发展工作机制(试行)"]


def test_sample_003() -> None:
    src = sample("003")
    m = extract_meta(src)
    assert m.title is None
    assert m.issuer == "青岛西海岸新区管委"
    assert m.issued == "2023-01-19"
    assert m.region == "青岛西海岸新区"
    assert m.year == 2023
    assert m.addressees == [
        "各大功能区管委",
        "各镇人民政府",
        "各街道办事处",
        "灵山岛省级自然保护区管委",
        "管委各部门",
        "区直各单位",
        "驻区各单位",
        "区直属企业",
    ]
    assert m.cites[0] == "关于开展就业环境友好型城市建设工作的通知"
    assert "中华人民共和国就业促进法" in m.cites and "保障农民工工资支付条例" in m.cites
    assert len(m.cites) == 8
    phases = find_phases(src, Span(0, len(src.text)))
    assert [(p.label, p.start, p.end) for p in phases] == [
        ("动员部署", "2023-01", "2023-01"),
        ("推进实施", "2023-02", "2023-12"),
        ("中期评估", "2024-01", "2024-06"),
        ("巩固提升", "2024-07", "2025-10"),
        ("评估验收", "2025-11", "2025-12"),
    ]


def test_sample_004() -> None:
    m = extract_meta(sample("004"))
    assert m.title == "关于推动技能人才与产业融合发展实施方案"
    assert m.issuer == "青岛市人力资源和社会保障局"
    assert m.issued == "2021-11-22"  # 成文日期, not the damaged signature "2021年1122" nor 发布日期
    assert m.doc_number == "青人社字〔2021〕94号"
    assert m.region == "青岛市"
    assert m.year == 2021
    assert m.addressees[0] == "各区市人力资源社会保障局"
    assert m.cites == []  # the only 《…》 names the document itself


# --------------------------------------------------------------------------- real pages (rule families)


@pytest.mark.parametrize(
    "block",
    [
        "发布机构 建德市人民政府成文日期2025-03-31文号 建政发〔2025〕3号\n",  # fields glued on one line
        "索 引 号: | 001/2025 | 发布机构: | 建德市人民政府 | 成文日期: | 2025-03-31 |\n文 号: | 建政发〔2025〕3号 |\n",
        "發布機構:建德市人民政府\n成文日期:2025-03-31\n文號:建政發〔2025〕3號\n",
    ],
)
def test_disclosure_block_fields(block: str) -> None:
    m = meta_of(block + "发布日期:2025-04-02\n关于推进工作的通知\n一、总体要求\n")
    assert m.issuer in ("建德市人民政府",)
    assert m.issued == "2025-03-31"
    assert m.doc_number in ("建政发〔2025〕3号", "建政發〔2025〕3號")
    assert m.region == "建德市"


def test_website_publisher_is_not_the_issuer() -> None:
    m = meta_of(
        "发布机构 宜兴市人民政府网站 公开形式 网站\n宜兴市人民政府文件\n宜政发〔2020〕160号\n"
        "市政府关于印发重点工作方案的通知\n一、目标\n"
    )
    assert m.issuer == "宜兴市人民政府"
    assert m.doc_number == "宜政发〔2020〕160号"


def test_breadcrumb_and_field_lines_are_not_titles() -> None:
    m = meta_of("首页 > 政务公开 > 通知公告\n体裁 通知\n關於推進縣域發展的意見\n一、目标\n")
    assert m.title == "關於推進縣域發展的意見"


def test_title_broken_over_three_lines_with_brackets() -> None:
    m = meta_of(
        "鞍山市人民政府关于印发\n《2024年市〈政府工作报告〉任务分解\n和责任分工方案》的通知\n各单位:\n一、任务\n"
    )
    assert m.title == "鞍山市人民政府关于印发《2024年市〈政府工作报告〉任务分解和责任分工方案》的通知"
    assert m.issuer == "鞍山市人民政府"


def test_title_wrapped_in_book_marks_and_edition_note() -> None:
    assert meta_of("《北京市人民政府办公厅关于印发〈工作要点〉的通知》\n一、要点\n").title == (
        "北京市人民政府办公厅关于印发〈工作要点〉的通知"
    )
    assert (
        meta_of("關於推動經濟發展若干政策舉措\n(2025年版)\n一、總則\n").title
        == "關於推動經濟發展若干政策舉措(2025年版)"
    )


def test_header_that_lost_its_line_breaks() -> None:
    text = (
        "河南省人民政府 关于明确2023年 重点工作责任单位的通知 豫政〔2023〕5号 现将重点工作予以分解,"
        "请各单位认真落实并按时报告工作进展情况,确保各项任务如期完成。"
        + "各地要切实扛牢属地责任,加强工作谋划。" * 4
        + " 一、加快提振市场信心 (一)促进消费。\n"
    )
    m = meta_of(text)
    assert m.title == "关于明确2023年重点工作责任单位的通知"
    assert m.issuer == "河南省人民政府"
    assert m.doc_number == "豫政〔2023〕5号"
    assert m.region == "河南省"


def test_signature_date_that_lost_its_characters() -> None:
    m = meta_of("各单位:\n现印发给你们。\n南宁市兴宁区人民政府办公室\n202091\n一、目标\n")
    assert m.issued == "2020-09-01"
    assert m.region == "南宁市兴宁区"


def test_damaged_number_and_signature_date_from_a_page_copy() -> None:
    m = meta_of(
        "应政办发〔202321\n各乡(镇)人民政府:\n现印发给你们。\n应县人民政府办公室\n2023925日\n应县促进专业镇发展实施方案\n一、总体要求\n"
    )
    assert m.doc_number == "应政办发〔202321"
    assert m.issued == "2023-09-25"
    assert m.title == "应县促进专业镇发展实施方案"  # the damaged date is no part of the title


def test_ambiguous_lost_date_is_not_guessed() -> None:
    assert meta_of("各单位:\n现印发给你们。\n某某县人民政府\n2023125\n一、目标\n").issued is None


def test_bracketed_date_under_the_title_with_latin_o() -> None:
    assert (
        meta_of("(二OO八年二月二十六日)\n寶府辦〔2008〕18號\n各鎮人民政府:\n一、目標\n").issued
        == "2008-02-26"
    )


def test_title_in_book_marks_after_its_issuer() -> None:
    m = meta_of("2017年9月7日 星期\n中共咸宁市委《关于坚持绿色崛起的决定》\n一、使命\n")
    assert m.title == "关于坚持绿色崛起的决定"
    assert m.issuer == "中共咸宁市委"


def test_page_title_site_suffix_and_quoted_slogan() -> None:
    m = meta_of("湖南省人民政府關於落實重點工作的意見-湖南省人民政府門戶網站\n一、總則\n")
    assert m.title == "湖南省人民政府關於落實重點工作的意見"
    m = meta_of("关于在全州开展“收好官,开好局”专项行动实施方案\n一、总体要求\n")
    assert m.title == "关于在全州开展“收好官,开好局”专项行动实施方案"


def test_signature_beats_the_publishing_office_field() -> None:
    m = meta_of(
        "发布机构  州政府\n各市人民政府:\n现印发给你们。\n海西州人民政府办公室\n2020年10月30日\n一、目标\n"
    )
    assert m.issuer == "海西州人民政府办公室"
    assert m.region == "海西蒙古族藏族自治州"


def test_number_bracketed_under_the_title() -> None:
    m = meta_of("长春市人民政府办公厅关于落实规划纲要的通知\n(长府办发〔2012〕19号)\n各单位:\n一、目标\n")
    assert m.doc_number == "长府办发〔2012〕19号"
    assert m.title == "长春市人民政府办公厅关于落实规划纲要的通知"


def test_title_line_with_its_number_appended() -> None:
    m = meta_of("關於落實規劃綱要的通知(長府辦發〔2012〕19號)\n一、目標\n")
    assert m.title == "關於落實規劃綱要的通知"
    assert m.doc_number == "長府辦發〔2012〕19號"


def test_title_goes_on_after_a_title_noun() -> None:
    m = meta_of("2024年市《政府工作報告》任務分解\n和責任分工方案\n為全面貫徹落實,制定本方案。\n一、任務\n")
    assert m.title == "2024年市《政府工作報告》任務分解和責任分工方案"


def test_attachment_title_when_the_notice_has_none() -> None:
    text = (
        "各鎮人民政府:\n現將任務進行細化分解(詳見附件)。\n杭州市余杭區人民政府辦公室\n2018年3月18日\n附件\n"
        "2018年《政府工作報告》工作任務分解表\n序號 | 重點工作任務 | 牽頭單位 |\n"
    )
    assert meta_of(text).title == "2018年《政府工作報告》工作任務分解表"


def test_issuer_from_a_reposts_lead_sentence() -> None:
    m = meta_of("浙江省省長牽頭重點工作公佈\n近日,浙江省人民政府辦公廳印發責任分解的通知。\n一、重點工作\n")
    assert m.issuer == "浙江省人民政府辦公廳"
    assert m.region == "浙江省"


def test_region_from_a_province_short_name() -> None:
    assert meta_of("全面落實習近平總書記視察寧夏重要講話精神。\n一、主要目標\n").region == "宁夏回族自治区"


@pytest.mark.parametrize("script", ["Hans", "Hant"])
def test_title_from_a_title_field_when_no_line_has_one(script: str) -> None:
    text = (
        "索  引  号：000014349/2023-00012　　主题分类：国民经济管理\n"
        "发文机关：国务院办公厅　　成文日期：2023年01月02日\n"
        "标　　题：国务院办公厅关于推进重点工作的通知\n"
        "发文字号：国办发〔2023〕1号　　发布日期：2023年01月05日\n"
        "各省、自治区、直辖市人民政府：\n一、总体要求\n"
    )
    if script == "Hant":
        text = text.replace("标　　题", "標　　題").replace("国务院办公厅关于推进", "國務院辦公廳關於推進")
    m = meta_of(text)
    assert m.title in ("关于推进重点工作的通知", "關於推進重点工作的通知")
    assert m.issuer == "国务院办公厅"
    assert (m.issued, m.doc_number) == ("2023-01-02", "国办发〔2023〕1号")


def test_news_headline_above_a_repost_is_not_the_title() -> None:
    m = meta_of(
        "2023年目標任務如何分解\n近日,渝中區人民政府辦公室發布方案。\n小编带你了解\n2023年区政府重点工作目标任务分解\n一、目标\n"
    )
    assert m.title == "2023年区政府重点工作目标任务分解"
    assert m.issuer == "渝中區人民政府辦公室"


@pytest.mark.parametrize(
    ("block", "number"),
    [
        (
            "| 发布机构 | 江苏省人民政府 | ||\n| 文件号 | 苏政办发〔2025〕45号 | 制发日期 | 2025-12-23 |\n",
            "苏政办发〔2025〕45号",
        ),
        (
            "| 發布機構 | 江蘇省人民政府 | ||\n| 文件號 | 蘇政辦發〔2025〕45號 | 制發日期 | 2025-12-23 |\n",
            "蘇政辦發〔2025〕45號",
        ),
    ],
)
def test_disclosure_fields_file_number_and_made_date(block: str, number: str) -> None:
    m = meta_of(block + "各市人民政府:\n为推动发展,提出如下实施意见。\n一、科学定位\n")
    assert (m.issued, m.doc_number) == ("2025-12-23", number)


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        (
            "济南市人民政府办公厅 临沂市人民政府办公室关于印发对口合作工作要点的通知\n一、重点任务\n",
            "济南市人民政府办公厅",
        ),
        (
            "濟南市人民政府辦公廳 臨沂市人民政府辦公室關於印發對口合作工作要點的通知\n一、重點任務\n",
            "濟南市人民政府辦公廳",
        ),
    ],
)
def test_joint_issuers_on_one_line_give_the_first(text: str, issuer: str) -> None:
    assert meta_of(text).issuer == issuer


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        ("4月21日,洛阳市人民政府发布关于印发细化措施的通知。\n一、重点任务\n", "洛阳市人民政府"),
        ("4月21日,洛陽市人民政府發布關於印發細化措施的通知。\n一、重點任務\n", "洛陽市人民政府"),
    ],
)
def test_issuer_from_a_lead_sentence_dated_by_month_and_day(text: str, issuer: str) -> None:
    assert meta_of(text).issuer == issuer


@pytest.mark.parametrize(
    ("text", "region"),
    [
        # a page's head line that is a place's government (a site header), nothing else naming a region
        ("建德市人民政府\n您当前的位置: 首页\n为推动发展,制定如下政策。\n一、支持企业\n", "建德市"),
        ("建德市人民政府\n您當前的位置: 首頁\n為推動發展,制定如下政策。\n一、支持企業\n", "建德市"),
        # the document adapts a higher plan to its own place
        ("为促进发展,结合萧山区实际,制定如下措施。\n一、提高效率\n", "杭州市萧山区"),
        ("為促進發展,結合蕭山區實際,制定如下措施。\n一、提高效率\n", "杭州市萧山区"),
        # no place named: none
        ("為促進發展,結合本區實際,制定如下措施。\n一、提高效率\n", None),
    ],
)
def test_region_from_a_place_head_line_or_own_reality(text: str, region: str | None) -> None:
    assert meta_of(text).region == region


@pytest.mark.parametrize(
    ("text", "issuer", "title"),
    [
        (
            "台州市财政局台州市商务局2024年3月5日台州市支持外贸企业发展若干政策意见为贯彻落实有关精神,提出如下意见。",
            "台州市财政局",
            "台州市支持外贸企业发展若干政策意见",
        ),
        (
            "台州市財政局台州市商務局2024年3月5日台州市支持外貿企業發展若干政策意見為貫徹落實有關精神,提出如下意見。",
            "台州市財政局",
            "台州市支持外貿企業發展若干政策意見",
        ),
    ],
)
def test_glued_head_issuers_date_and_title(text: str, issuer: str, title: str) -> None:
    m = meta_of(text)
    assert (m.issuer, m.issued, m.title) == (issuer, "2024-03-05", title)


def test_glued_head_needs_every_piece_to_be_a_body() -> None:
    m = meta_of(
        "台州市外贸发展很快台州市商务局2024年3月5日台州市支持外贸企业发展若干政策意见为贯彻落实精神。"
    )
    assert m.issuer is None


def _s2t(text: str) -> str:
    import opencc

    return str(opencc.OpenCC("s2tw").convert(text))


@pytest.mark.parametrize("convert", [lambda t: t, _s2t], ids=["simplified", "traditional"])
def test_a_field_value_above_the_title_is_not_part_of_it(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert(
        "【发布文号】晋政发[2008]8号\n【文件来源】山西省\n\n山西省人民政府关于印发2008年工作目标责任分解的通知\n\n"
        "各市、县人民政府:\n现将分解安排如下:\n一、工作\n"
    )
    meta = meta_of(text)
    assert meta.title == convert("山西省人民政府关于印发2008年工作目标责任分解的通知")
    assert meta.issuer == convert("山西省人民政府")


@pytest.mark.parametrize("convert", [lambda t: t, _s2t], ids=["simplified", "traditional"])
def test_region_of_a_party_issuer_and_never_of_a_collective(convert) -> None:  # type: ignore[no-untyped-def]
    regions = RegionTable.load_default()
    assert regions.prefix_of(convert("中共武汉市委")) == "武汉市"
    assert regions.prefix_of(convert("相关市人民政府")) is None


@pytest.mark.parametrize("convert", [lambda t: t, _s2t], ids=["simplified", "traditional"])
def test_glued_joint_issuers_and_a_bracketed_date_under_the_title(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert(
        "重要文献\n\n中共淄博市委淄博市人民政府\n关于推动转型升级建设工业强市的若干政策意见\n"
        "(2015年5月19日) 工业是淄博的立市之基。为适应新常态,特制定如下政策意见。\n一、培育龙头企业\n"
    )
    meta = meta_of(text)
    assert meta.issuer == convert("中共淄博市委")
    assert meta.issued == "2015-05-19"
    assert meta.region == "淄博市"


@pytest.mark.parametrize("convert", [lambda t: t, _s2t], ids=["simplified", "traditional"])
@pytest.mark.parametrize(
    ("head", "region"),
    [
        (
            "发文序号:京兴政办发〔2023〕1号\n关于印发重点工作分工方案的通知\n各镇人民政府:\n大兴区将推进。\n",
            "北京市大兴区",
        ),
        ("发布文号: 锡政发[2011]21号\n市政府2011年重点工作分解落实方案\n(市发改委、无锡国税局)\n", "无锡市"),
        ("文号 遵府办函〔2022〕56号\n市人民政府办公室关于印发分工方案的通知\n遵义都市圈建设。\n", "遵义市"),
    ],
)
def test_region_from_the_place_shorts_of_the_document_number(convert, head: str, region: str) -> None:  # type: ignore[no-untyped-def]
    assert meta_of(convert(head + "一、总体要求\n")).region == region


@pytest.mark.parametrize("convert", [lambda t: t, _s2t], ids=["simplified", "traditional"])
def test_number_short_shared_by_a_province_and_a_city_keeps_the_province(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert(
        "文号:吉政发〔2023〕3号\n吉林省人民政府关于印发若干措施的通知\n吉林省各地要落实。\n一、总体要求\n"
    )
    assert meta_of(text).region == "吉林省"


@pytest.mark.parametrize("convert", [lambda t: t, _s2t], ids=["simplified", "traditional"])
@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "区政府2024年重点工作目标任务分解落实方案\n(共118项)\n序号 项目\n",
            "区政府2024年重点工作目标任务分解落实方案",
        ),
        (
            "2025年区政府工作报告目标任务推进情况汇总表\n序号 目标任务 责任单位\n",
            "2025年区政府工作报告目标任务推进情况汇总表",
        ),
        (
            "北京市西城区人民政府\n\n信息详情\n2020年西城区政府工作报告重点工作全年完成情况\n发布时间:2021-03-08\n",
            "2020年西城区政府工作报告重点工作全年完成情况",
        ),
    ],
)
def test_title_ends_before_a_count_a_table_header_and_after_a_page_label(
    convert, text: str, title: str
) -> None:  # type: ignore[no-untyped-def]
    assert meta_of(convert(text + "一、总体要求\n")).title == convert(title)


@pytest.mark.parametrize("convert", [lambda t: t, _s2t], ids=["simplified", "traditional"])
def test_repost_quoting_its_notice_gives_title_issuer_and_province(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert(
        "最新消息:今天,宁夏回族自治区人民政府网站发布了《自治区人民政府办公厅关于印发银川都市圈建设2019年工作计划的通知》,"
        "明确了工作计划。\n为认真贯彻落实,特制定本计划。\n一、基础设施互联互通\n(一)道路畅通工程。加快建设。\n"
    )
    meta = meta_of(text)
    assert meta.title == convert("自治区人民政府办公厅关于印发银川都市圈建设2019年工作计划的通知")
    assert meta.region == "宁夏回族自治区"


@pytest.mark.parametrize("convert", [lambda t: t, _s2t], ids=["simplified", "traditional"])
def test_page_date_is_no_date_issued_but_settles_a_lost_one(convert) -> None:  # type: ignore[no-untyped-def]
    head = "沈阳市辽中区人民政府关于印发工作任务分解表的通知\n发布时间:2024-01-18 来源:政府办\n各镇人民政府:\n现印发。\n"
    assert meta_of(convert(head + "一、任务\n")).issued is None
    signed = head + "沈阳市辽中区人民政府\n2024115\n一、任务\n"
    assert meta_of(convert(signed)).issued == "2024-01-15"


@pytest.mark.parametrize("convert", [lambda t: t, _s2t], ids=["simplified", "traditional"])
def test_sent_date_after_the_signature_date(convert) -> None:  # type: ignore[no-untyped-def]
    text = "发文日期 | 2022-07-28 | 有效性\n兴平市人民政府办公室关于印发方案的通知\n各镇人民政府:\n现印发。\n"
    assert meta_of(convert(text + "一、任务\n")).issued == "2022-07-28"
    signed = text + "兴平市人民政府办公室\n2022年7月25日\n一、任务\n"
    assert meta_of(convert(signed)).issued == "2022-07-25"


@pytest.mark.parametrize("convert", [lambda t: t, _s2t], ids=["simplified", "traditional"])
def test_a_command_post_signing_for_the_government_is_the_issuer(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert(
        "各市人民政府:\n经自治区人民政府同意,现将《关于加力振作工业经济的政策措施》印发给你们。\n"
        "广西推进产业振兴三年行动指挥部(代)\n2023年1月9日\n关于加力振作工业经济的政策措施\n一、夯实基础\n"
    )
    meta = meta_of(text)
    assert meta.issuer == convert("广西推进产业振兴三年行动指挥部")
    assert meta.issued == "2023-01-09"


@pytest.mark.parametrize("convert", [lambda t: t, _s2t], ids=["simplified", "traditional"])
def test_a_sites_menu_is_no_title(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert(
        "中国中小企业网\n  • 首  页\n  • 新闻动态\n  • 融资担保\n  • 通知公告\n  • 工作动态\n"
        "关于提振发展信心推动经济恢复的政策措施\n为全面贯彻落实,制定如下措施。\n一、支持企业\n"
    )
    assert meta_of(text).title == convert("关于提振发展信心推动经济恢复的政策措施")


def _trad(text: str) -> str:
    import opencc

    return str(opencc.OpenCC("s2tw").convert(text))


@pytest.mark.parametrize("script", [lambda t: t, _trad], ids=["simplified", "traditional"])
def test_a_countys_region_is_named_with_its_prefecture(script) -> None:  # type: ignore[no-untyped-def]
    text = "县直各有关单位:\n现将任务分解印发给你们。\n沁县人民政府办公室\n2025年5月18日\n"
    assert meta_of(script(text)).region == "长治市沁县"
    # a county-level city keeps its own name
    assert meta_of(script("各有关单位:\n现将方案印发。\n嵊州市人民政府\n2020年1月2日\n")).region == "嵊州市"


@pytest.mark.parametrize("script", [lambda t: t, _trad], ids=["simplified", "traditional"])
def test_a_province_speaking_text_without_issuer_takes_its_places_province(script) -> None:  # type: ignore[no-untyped-def]
    text = (
        "2016年,全省要贯彻省委部署。\n1.加大扶贫力度。支持吉安县、井冈山市提前摘帽,推进赣州旅游扶贫。"
        "(责任单位:省扶贫和移民办)\n2.发展产业。支持赣州、吉安建设园区。(责任单位:省直有关部门)\n"
    )
    assert meta_of(script(text)).region == "江西省"
    # a text speaking as a city names no province that way
    assert (
        meta_of(script(text.replace("全省", "全市").replace("省委", "市委").replace("省直", "市直"))).region
        != "江西省"
    )


@pytest.mark.parametrize("script", [lambda t: t, _trad], ids=["simplified", "traditional"])
def test_title_of_a_plan_handed_on_or_reported_without_a_title_line(script) -> None:  # type: ignore[no-untyped-def]
    handed = "《数智贵州建设2026年工作要点》已经省领导同意,现印发给你们,请认真抓好落实。\n1.发展算力产业。\n"
    assert meta_of(script(handed)).title == script("数智贵州建设2026年工作要点")
    reported = (
        "当前位置: 首页>新闻中心\n\n近日,赣州市主攻工业倍增升级领导小组正式印发了《2021年赣州市工业倍增升级工作要点》。\n"
        "一、总体目标\n"
    )
    assert meta_of(script(reported)).title == script("2021年赣州市工业倍增升级工作要点")
    # three plans handed on together: none of them is the notice's title
    three = "现将《甲工作方案》《乙工作方案》《丙工作方案》印发给你们。\n一、责任到人。\n"
    assert meta_of(script(three)).title is None


@pytest.mark.parametrize("script", [lambda t: t, _trad], ids=["simplified", "traditional"])
def test_province_bodies_in_unit_lists_speak_as_the_province(script) -> None:  # type: ignore[no-untyped-def]
    text = (
        "三、副省长牵头重点工作\n1.优化营商环境,落实我省惠企政策。\n责任单位:省市场监管局、省发展改革委、省经信厅、"
        "省科技厅、人行杭州中心支行\n2.加强监管。\n责任单位:省药监局\n"
    )
    assert meta_of(script(text)).region == "浙江省"


@pytest.mark.parametrize("script", [lambda t: t, _trad], ids=["simplified", "traditional"])
def test_bodies_opening_a_report_title_before_its_year_are_its_issuer(script) -> None:  # type: ignore[no-untyped-def]
    text = "首页>年度重点任务\n市科委、中关村管委会2021年市督查绩效重点任务全年落实情况\n\n序号任务内容\n"
    assert meta_of(script(text)).issuer == script("市科委")
    # the government whose work a title lists, with no place, is no issuer
    assert meta_of(script("市政府2021年重点工作任务分解落实情况\n\n序号任务内容\n")).issuer is None


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_department_opening_its_report_title_before_its_year_is_its_issuer(convert) -> None:  # type: ignore[no-untyped-def]
    """A department named without its place reports on its own tasks (区文化和旅游局2025年…推进情况): it issues the
    page, unlike a government whose work the title lists (市政府2021年重点工作)."""
    text = "区文化和旅游局2025年《政府工作报告》主要工作任务推进情况(2025年第二季度)\n序号 | 重点任务 | 责任单位 |\n"
    assert meta_of(convert(text)).issuer == convert("区文化和旅游局")


@pytest.mark.parametrize("note", ["(此件主动公开)", "(此件公开发布)", "（本件主动公开）"])
def test_signature_date_followed_by_its_publication_note(note: str) -> None:
    """Regression (dev5 blind score): 2025年7月13日(此件主动公开) was no date, and joined the title below it."""
    m = meta_of(
        f"各县市区人民政府:\n《某市提振消费若干措施》现印发给你们。\n某市人民政府办公室\n2025年7月13日{note}\n"
        "某市提振消费若干措施\n一、促进增收\n"
    )
    assert m.issued == "2025-07-13"
    assert m.title == "某市提振消费若干措施"


def test_a_covering_notice_title_over_three_lines_ends_with_its_notice() -> None:
    """Regression (dev5 blind score): 关于印发 / 某市…行动方案 / (2026—2028 年) 的通知 stopped at 行动方案."""
    m = meta_of(
        "某市人民政府办公室关于印发\n某市产业集群提能升级三年行动方案\n(2026—2028 年) 的通知\n各县(市、区)人民政府:\n"
        "现印发给你们,请认真抓好贯彻落实。\n一、总体要求\n"
    )
    assert m.title is not None and m.title.startswith("某市人民政府办公室关于印发某市产业集群")
    assert m.title.endswith("的通知") and "2026—2028" in m.title


def test_a_field_value_on_its_own_bulleted_line() -> None:
    """Regression (dev5 blind score): • 发文机关 / • 市人民政府办公室 gave the issuer '•市人民政府办公室'."""
    m = meta_of(
        "标题 关于某事的通知\n  • 发文机关\n  • 某市人民政府办公室\n  • 成文日期\n  • 2025-03-21\n正文。\n"
    )
    assert m.issuer == "某市人民政府办公室"


@pytest.mark.parametrize("script", [lambda t: t, _trad], ids=["simplified", "traditional"])
def test_masthead_with_wenjian_on_a_line_of_its_own(script) -> None:  # type: ignore[no-untyped-def]
    """Regression (dev6): 新疆维吾尔自治区人民政府 / 文件 (the masthead on two lines) gave no issuer."""
    text = script(
        "自治区文件\n关于印发《某实施意见》的通知\n来源:某政府网 发布时间:2020年03月25日\n"
        "新疆维吾尔自治区人民政府\n\n文件\n\n新政发〔2020〕16号\n关于印发《某实施意见》的通知\n各州人民政府:\n"
        "《某实施意见》已经常务会议审议通过,现印发你们,请认真贯彻执行。\n"
    )
    assert meta_of(text).issuer == script("新疆维吾尔自治区人民政府")


@pytest.mark.parametrize("script", [lambda t: t, _trad], ids=["simplified", "traditional"])
def test_a_site_name_after_a_documents_kind_is_no_part_of_the_title(script) -> None:  # type: ignore[no-untyped-def]
    """Regression (dev6): a page title 六安市人民政府关于…的通知-某某网络平台 kept the site's name."""
    text = script(
        "六安市人民政府关于2021年重点工作及责任分解的通知-某某网络平台\n字号:\n各县区人民政府:\n今年是开局之年。\n"
    )
    assert meta_of(text).title == script("六安市人民政府关于2021年重点工作及责任分解的通知")


# --------------------------------------------------------------------------- round 9: unseen pages


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_issuer_before_a_handing_on_verb_ahead_of_about(convert) -> None:  # type: ignore[no-untyped-def]
    # 某省人民政府印发关于…的通知: the words before 印发 issue the notice
    text = convert(
        "江西省人民政府印发关于切实稳住经济发展若干措施的通知\n赣府发〔2022〕12号\n各市人民政府:\n"
        "现将《关于切实稳住经济发展若干措施》印发给你们。\n2022年6月2日\n一、惠企纾困\n"
    )
    assert meta_of(text).issuer == convert("江西省人民政府")


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_office_handing_on_a_commission_text_is_the_issuer(convert) -> None:  # type: ignore[no-untyped-def]
    # regression: the issuer read 沈阳市人民政府办公厅转发市发展改革委 (the whole run before 关于)
    text = convert(
        "沈阳市人民政府办公厅转发市发展改革委关于重点工作安排意见的通知\n各区、县(市)人民政府:\n"
        "市发展改革委的意见已经市政府同意,现转发给你们。\n一、总体要求\n"
    )
    meta = meta_of(text)
    assert meta.issuer == convert("沈阳市人民政府办公厅")
    assert meta.title == convert("沈阳市人民政府办公厅转发市发展改革委关于重点工作安排意见的通知")


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_repost_credit_above_a_title_is_no_part_of_it(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert(
        '转载自"内蒙古自治区人民政府网"\n内蒙古自治区2023年推动产业高质量发展\n政策清单\n'
        "为全面贯彻党的二十大精神,提出如下政策清单。\n一、农牧业\n"
    )
    assert meta_of(text).title == convert("内蒙古自治区2023年推动产业高质量发展政策清单")


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_menu_with_a_button_above_a_title_is_no_part_of_it(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert(
        "国内政策【切换】 国际政策\n\n加快西宁市流通业发展实施意见\n\n为进一步深化流通业改革,制定本意见。\n"
        "一、主要工作目标\n"
    )
    assert meta_of(text).title == convert("加快西宁市流通业发展实施意见")


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_screen_reader_note_above_a_title_is_no_part_of_it(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert(
        "正文内容区域请使用tab按钮切换浏览\n\n某区2021年上半年国民经济和社会发展计划执行情况\n\n"
        "一、上半年计划执行基本情况\n\n今年是开局之年。\n"
    )
    assert meta_of(text).title == convert("某区2021年上半年国民经济和社会发展计划执行情况")


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_title_in_book_marks_with_a_field_after_it_on_its_line(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert(
        "政策文件解读\n\n《江苏省数字经济加速行动实施方案》发布时间:2021年12月31日\n\n苏工信数据〔2021〕632号\n\n"
        "一、总体要求\n"
    )
    assert meta_of(text).title == convert("江苏省数字经济加速行动实施方案")


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_title_a_repost_reports_without_book_marks(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert(
        "为推动经济运行整体好转,日前,安义县人民政府出台关于强信心、增动能、拼经济的若干措施。该措施共五大类。\n"
        "一、促进消费\n"
    )
    meta = meta_of(text)
    assert meta.title == convert("关于强信心、增动能、拼经济的若干措施")
    assert meta.issuer == convert("安义县人民政府")


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_sentence_naming_a_plan_unbracketed_is_no_title_without_a_lead(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert("为落实省政府出台关于稳增长的若干措施,制定本方案。\n一、目标\n")
    assert meta_of(text).title is None


@pytest.mark.parametrize(
    "title",
    [
        "山东省建设绿色低碳高质量发展先行区2023年重点工作任务",
        "加快推进工业经济高质量发展若干政策",
        "2022年度市县民生实事未完成项目进度表(截至10月31日)",
    ],
)
@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_title_nouns_of_task_lists_policies_and_progress_tables(convert, title: str) -> None:  # type: ignore[no-untyped-def]
    text = convert(f"{title}\n为深入贯彻党的二十大精神,制定如下:\n一、深入实施创新驱动发展战略\n")
    assert meta_of(text).title == convert(title)


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_bare_task_heading_is_no_title(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert("重点工作任务\n为完成全年目标,分解如下:\n一、稳增长\n")
    assert meta_of(text).title is None


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_site_name_above_a_breadcrumb_is_not_the_issuer(convert) -> None:  # type: ignore[no-untyped-def]
    # regression: the portal's name at the page top was read as the issuer of a policy it reposts
    text = convert(
        "嵊州市人民政府\n您当前的位置:\n>> 走进嵊州 >> 投资嵊州 >> 投资政策\n\n加快推进工业经济高质量发展若干政策\n\n"
        "为贯彻落实新发展理念,制定本政策。\n一、支持企业\n"
    )
    assert meta_of(text).issuer is None


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_signature_in_a_page_without_line_breaks_names_the_full_body(convert) -> None:  # type: ignore[no-untyped-def]
    # regression: the disclosure field's short 县政府办公室 won over the signature glued into the running text
    text = convert(
        "成文日期: | 2022-04-18 |\n发布机构: | 县政府办公室 | 有效性: |\n"
        "海盐县人民政府办公室关于印发重点工作责任分解的通知 |\n||\n"
        "各镇人民政府: 《重点工作责任分解》已经县政府讨论确定,现印发给你们,请认真贯彻执行。 "
        "海盐县人民政府办公室 2022年4月18日 (此件公开发布) 重点工作责任分解 一、县长牵头重点工作\n"
    )
    meta = meta_of(text)
    assert meta.issuer == convert("海盐县人民政府办公室")
    assert meta.title == convert("海盐县人民政府办公室关于印发重点工作责任分解的通知")


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_date_in_a_sentence_after_a_body_is_no_signature(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert("重点工作方案\n为推进工作。市发展改革委2022年4月18日召开会议,部署工作。\n一、目标\n")
    assert meta_of(text).issuer is None


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_issuer_and_region_from_a_pages_source_field(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert(
        "2022年度民生实事项目进度表    • 发布日期:2022-12-14   • 浏览次数:   • 来源:苍南县人民政府办公室   • 字体:\n"
        "序号  项目内容  当前进度\n1  新建公办园5所\n"
    )
    meta = meta_of(text)
    assert meta.issuer == convert("苍南县人民政府办公室")
    assert meta.region == "温州市苍南县"


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_bare_level_department_in_a_source_byline_is_the_issuer(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert(
        "来源:县自然资源局 作者:杨晓宇 时间:2024年09月25日 点击:\n"
        "序号 | 公开事项 | 公开内容 | 公开主体 |\n1 | 机构信息 | 机构名称、机构职能 | 县自然资源局 |\n"
    )
    assert meta_of(text).issuer == convert("县自然资源局")
    # a bare general office posting for everyone names no issuer
    text = convert("来源:市府办 作者:张三 时间:2024年09月25日\n一、总体要求\n")
    assert meta_of(text).issuer is None


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_list_word_ending_in_a_labels_word_is_no_field(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert(
        "序号 | 公开事项 | 公开内容 |\n1 | 机构信息 | 机构名称、机构职能、内设机构、办公地址 |\n"
        "2 | 政策文件 | 规范性文件 |\n"
    )
    assert meta_of(text).title is None


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_table_caption_under_a_notice_handing_on_a_plan_is_no_title(convert) -> None:  # type: ignore[no-untyped-def]
    notice = "某市河长制办公室关于印发《某市全面推行河长制主要任务分解方案》的通知"
    text = convert(
        f"{notice}\n\n发布日期:2018-07-09\n\n某市全面推行河长制主要任务分解表\n\n"
        "序号 类别 主要任务 牵头单位\n1 水资源 严守红线 市水利局\n"
    )
    assert meta_of(text).title == convert(notice)
    # a notice handing on a table keeps the table's own heading
    text = convert(
        "某市人民政府办公室关于印发《某市重点任务分解表》的通知\n\n某市重点任务分解表\n\n"
        "序号 主要任务 牵头单位\n1 严守红线 市水利局\n"
    )
    assert meta_of(text).title == convert("某市重点任务分解表")


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_measures_source_of_funds_is_no_source_field(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert("重点项目清单\n一、建设\n1.新建厂房。资金来源:苍南县财政局。\n")
    assert meta_of(text).issuer is None


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_news_sites_source_is_not_the_issuer(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert(
        "来源:营口市政府网站   时间: 2016年12月31日\n\n关于落实规划纲要主要目标的通知\n\n一、分工原则\n"
    )
    assert meta_of(text).issuer is None


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_the_documents_own_heading_under_a_pages_byline(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert(
        "当前位置: 首页 > 工作计划\n\n襄阳都市圈发展2023年度工作要点\n\n作者:YuCe | 发布时间:2023-05-23 14:43:15\n\n"
        "襄阳都市圈发展2023年重点工作清单\n\n为深入贯彻落实省第十二次党代会决策部署,制定清单如下:\n一、坚持规划引领\n"
    )
    assert meta_of(text).title == convert("襄阳都市圈发展2023年重点工作清单")


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_table_header_under_a_byline_is_no_title(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert(
        "市政府2020年重点工作一季度进展情况表\n\n发布日期:2020-05-14 09:44 浏览次数:\n\n序号内容与要求进展情况\n"
        "一、经济\n"
    )
    assert meta_of(text).title == convert("市政府2020年重点工作一季度进展情况表")


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_site_name_in_a_publisher_field_is_not_the_issuer(convert) -> None:  # type: ignore[no-untyped-def]
    # regression: 发布机构: 金宝博-金宝博官网 办公室 (a name injected into a hacked catalogue) was the issuer
    text = convert(
        "发布机构: | 金宝博-金宝博官网 办公室 | 生成日期: | 2025-01-27 |\n"
        "区政府关于印发2025年区政府主要工作目标任务分解落实方案的通知\n各街道办事处:\n一、目标\n"
    )
    assert "官网" not in (meta_of(text).issuer or "")


@pytest.mark.parametrize(
    "head",
    [
        "2021/10/23\n",
        "  • 2022-04-14\n",
        "今天是\n作者: 发布时间:2018-03-01 18:10 |\n2018年3月1日\n",
    ],
)
@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_pages_own_date_is_not_the_date_issued(convert, head: str) -> None:  # type: ignore[no-untyped-def]
    text = convert(head + "政府工作报告确定重点任务分解方案\n为推动工作,分解如下。\n一、目标\n")
    assert meta_of(text).issued is None


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_date_in_words_alone_on_a_line_is_still_the_date_issued(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert("关于印发重点工作的通知\n各县人民政府:\n现将方案印发给你们。\n\n2022年4月13日\n一、目标\n")
    assert meta_of(text).issued == "2022-04-13"


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_notice_whose_title_names_several_plans_is_the_title(convert) -> None:  # type: ignore[no-untyped-def]
    title = "关于印发区第七轮环保三年行动计划、水污染防治行动计划和土壤污染防治行动计划2018年任务清单的通知"
    text = convert(
        f"{title}\n2018年08月16日 来源: 上海\n各相关部门:\n为贯彻落实会议精神,现印发给你们。\n"
        "附件:1.普陀区第七轮环境保护和建设\n三年行动计划2018年任务清单\n"
        "上海市普陀区环境保护和环境建设协调推进委员会办公室\n2018年8月9日\n一、目标\n"
    )
    assert meta_of(text).title == convert(title)


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_field_labels_and_values_one_a_line_are_no_title(convert) -> None:  # type: ignore[no-untyped-def]
    title = "以控制成本为核心优化营商环境的若干具体实施措施"
    text = convert(
        "索引号\n000014349/2023-26788\n文件类型\n通知\n效力状态\n有效\n"
        f"{title}\n为深入贯彻党的二十大精神,制定本措施。\n一、降低制度性交易成本\n"
    )
    assert meta_of(text).title == convert(title)


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_task_tables_header_cells_are_no_title(convert) -> None:  # type: ignore[no-untyped-def]
    title = "2022年市政府工作报告目标任务责任分解表 (市农业农村局牵头任务)(二季度末完成情况)"
    text = convert(
        f"{title}\n序号\n目标任务\n牵头责任单位\n进展情况\n备注\n一、量化类任务\n1\n推进乡村建设\n经管科\n"
    )
    assert meta_of(text).title == convert(title)
    # the title as a disclosure field, with no heading line
    text = convert(f"名称: {title} 文号:\n序号\n目标任务\n牵头责任单位\n进展情况\n备注\n1\n推进乡村建设\n")
    assert meta_of(text).title == convert(title)


@pytest.mark.parametrize(
    ("text", "region"),
    [
        # bodies of the city in unit clauses, and the city named once by its bare name
        (
            "7.鼓励其他人员投身创业。为六盘水实现转型跨越发展做出贡献。(牵头单位:市人力资源社会保障局;"
            "责任单位:各县、特区、区人民政府)\n8.发展产业。(牵头单位:市发展改革委)\n",
            "六盘水市",
        ),
        (
            "(一)由市质监局负责,推进准入工作。\n(二)由市粮食局负责,市委宣传部、市经贸委、宁德出入境检验检疫局配合。\n",
            "宁德市",
        ),
        # words the city's character opens are no bodies: 市场监管, 市民
        ("(一)加强市场监管局建设,为六盘水实现发展做出贡献。\n(二)方便市民办事局面。\n", None),
    ],
)
@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_text_listing_its_citys_bodies_speaks_as_that_city(convert, text: str, region: str | None) -> None:  # type: ignore[no-untyped-def]
    assert meta_of(convert(text)).region == region


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_county_text_naming_its_county_bare_takes_it(convert) -> None:  # type: ignore[no-untyped-def]
    body = (
        "全县上下要深入贯彻落实习近平总书记视察江西重要讲话精神,按照县委、县政府的决策部署,"
        "为{place}高质量发展提供可靠的水生态保障。\n一、强化治理\n1.水工程建设。(牵头单位:县水利局)\n"
    )
    assert meta_of(convert(body.format(place="德安"))).region == "九江市德安县"
    # a bare county name that is a word, outside the frame of the text's own place, names nothing; and the province
    # a county's text names is not its jurisdiction (round 18: a lower voice leaves the place named above it out)
    text = convert(body.format(place="全省") + "2.节约资源。(牵头单位:县发改委)\n")
    assert meta_of(text).region is None


# --------------------------------------------------------------------------- dev9: national documents, seal lines


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_signature_above_a_seal_line_is_the_issuer_and_a_national_body_gives_region_quanguo(
    convert,
) -> None:  # type: ignore[no-untyped-def]
    text = convert(
        "各省、自治区、直辖市人民政府,国务院有关部门:\n"
        "经部际联席会议同意,现将实施分工方案印发给你们,请认真落实。\n"
        "国务院中医药工作部际联席会议办公室\n(国家中医药管理局代章)\n2017年2月10日\n"
        "一、加强组织领导\n"
    )
    meta = meta_of(text)
    assert meta.issuer == convert("国务院中医药工作部际联席会议办公室")
    assert meta.issued == "2017-02-10"
    assert meta.region == "全国"


@pytest.mark.parametrize(
    ("issuer", "region"),
    [
        ("国家知识产权局", "全国"),
        ("國務院知識產權戰略實施工作部際聯席會議辦公室", "全国"),
        ("中共中央办公厅", "全国"),
        ("国家市场监督管理总局", "全国"),
        ("国家税务总局深圳市税务局", None),  # a local branch names its city
        ("国家级经济技术开发区管委会", None),  # a local zone
        ("青岛市人民政府", None),
    ],
)
def test_a_national_body_naming_no_place_gives_the_whole_country(issuer: str, region: str | None) -> None:
    assert RegionTable.load_default().national(issuer) == region


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_general_office_posting_a_page_yields_to_the_body_its_title_names(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert(
        "索 引 号: 43061000/2018-1451291 发布机构: 南湖新区办公室 公开范围: 全部公开\n\n"
        "湖南省人民政府关于做好就业创业工作的实施意见\n\n"
        "各市州、县市区人民政府,省政府各厅委:\n为切实做好就业创业工作,现提出如下实施意见。\n一、稳定就业\n"
    )
    assert meta_of(text).issuer == convert("湖南省人民政府")


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_general_office_posting_its_own_notice_stays_the_issuer(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert(
        "索 引 号: 43061000/2018-1451291 发布机构: 咸阳市人民政府办公室 公开范围: 全部公开\n\n"
        "咸阳市人民政府办公室关于做好就业创业工作的通知\n\n"
        "各县市区人民政府:\n为切实做好就业创业工作,现通知如下。\n一、稳定就业\n"
    )
    assert meta_of(text).issuer == convert("咸阳市人民政府办公室")


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_headless_text_assigning_sibling_governments_is_their_parents(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert(
        "三、儋州市政府\n1.续建项目(2个):儋州滨海新区开发项目、儋州交通圈项目。\n"
        "四、文昌市政府\n1.续建项目(1个):文昌航天发射场项目。\n"
        "五、琼海市政府\n1.新开工项目(1个):博鳌机场。\n"
    )
    assert meta_of(text).region == "海南省"


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_headless_text_naming_one_government_keeps_its_place(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert("三、儋州市政府\n1.续建项目(2个):儋州滨海新区开发项目、儋州交通圈项目。\n")
    assert meta_of(text).region == "儋州市"


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_reported_body_ends_before_the_basis_of_its_act(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert(
        "支持实体经济发展政策清单\n\n"
        "近日,省四送一服办公室依据近年来省委省政府印发公开发布相关政策文件,编印《支持实体经济发展政策清单》。\n"
        "一、产业发展支持政策\n"
    )
    assert meta_of(text).issuer == convert("省四送一服办公室")


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_gazette_reprints_date_is_the_one_under_its_title(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert(
        "市人民政府公报(2019年第3、4期)\n年度期数 2019年第3、4期\n成文日期 2019-02-28\n发布日期 2019-02-28\n"
        "市人民政府\n关于2019年重点办好实事的通知\n(2019年1月29日)\n"
        "各区人民政府,市政府各部门:\n市政府决定重点办好实事。现就有关事项通知如下:\n一、促进就业\n"
    )
    assert meta_of(text).issued == "2019-01-29"


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_portal_pages_written_date_field_beats_a_date_under_the_title(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert(
        "成文日期 2019-02-28\n发布日期 2019-03-01\n"
        "市人民政府关于2019年重点办好实事的通知\n(2019年1月29日)\n"
        "各区人民政府,市政府各部门:\n市政府决定重点办好实事。现就有关事项通知如下:\n一、促进就业\n"
    )
    assert meta_of(text).issued == "2019-02-28"


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_target_responsibility_letter_is_a_title(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert(
        "首页 > 纲要规划\n\n《省妇女发展规划(2011—2020年)》目标责任分解书\n\n来源:本网 时间:2014-02-12\n\n"
        "领域\n\n主要目标\n\n主要责任单位\n\n1.妇女享有良好的基本卫生服务。\n\n省卫生厅\n"
    )
    assert meta_of(text).title == convert("《省妇女发展规划(2011—2020年)》目标责任分解书")


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_plans_period_line_then_the_documents_kind_completes_the_title(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert(
        "国务院中医药工作部际联席会议办公室\n2017年2月10日\n中医药发展战略规划纲要\n(2016—2030年)实施分工方案\n"
        "一、加强组织领导\n"
    )
    assert meta_of(text).title == convert("中医药发展战略规划纲要(2016—2030年)实施分工方案")


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("card", "issued"),
    [
        (
            "∙【制定机关】吉林省人民政府办公厅\n∙【公布日期】2022.04.30\n∙【施行日期】2022.04.30\n∙【时效性】现行有效\n",
            "2022-04-30",
        ),
        (
            "制定机关:河北省人民政府\n公布日期:2021年3月5日\n施行日期:2021年4月1日\n时效性:有效\n",
            "2021-03-05",
        ),
        ("【发布单位】山西省\n【发布日期】2008-02-03\n【生效日期】2008-02-03\n【文件来源】山西省\n", None),
        ("【公布日期】2022.04.30\n【主题分类】经济运行\n", None),
    ],
)
def test_promulgation_date_of_a_law_database_card(variant, card: str, issued: str | None) -> None:  # type: ignore[no-untyped-def]
    # 公布日期 beside 施行日期 (a law database's card) is when the body promulgated the document: the date issued
    # when no 成文日期 or signature date is shown; a portal's 发布日期 (with 生效日期 or alone) stays a posting date
    text = (
        card
        + "正文\n吉林省人民政府办公厅关于促进消费回补的通知\n各市人民政府:\n现就有关措施通知如下:\n一、有序恢复商业经营场所\n"
    )
    assert meta_of(variant(text)).issued == issued


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    "prompt",
    [
        "电脑桌面\n添加文秘网到电脑桌面\n安装后可以在桌面快捷访问\n",
        "设为首页 | 加入收藏\n保存本站网址到桌面\n",
        "添加范文网到桌面\n创建桌面快捷方式\n",
    ],
)
def test_a_sites_prompt_to_pin_it_is_no_title(variant, prompt: str) -> None:  # type: ignore[no-untyped-def]
    # 添加文秘网到电脑桌面 / 安装后可以在桌面快捷访问: a document-sharing site's furniture above the heading
    text = prompt + "\n关于加强新时代街道工作的任务分解方案\n\n栏目:策划方案\n一、提高城市基层党建工作水平\n"
    assert match_text(meta_of(variant(text)).title or "") == match_text(
        "关于加强新时代街道工作的任务分解方案"
    )


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
# 中共北京市石景山区委 / 鄂托克前旗 / 内蒙古自治区: the title rule's own place pattern (a regression: a later rule's
# shorter pattern of the same name had shadowed it, so these were not taken)
@pytest.mark.parametrize(
    "place", ["石景山区", "宁波市", "甘肃省", "中共北京市石景山区委", "鄂托克前旗", "内蒙古自治区"]
)
def test_title_repeated_below_with_its_place_first(variant, place: str) -> None:  # type: ignore[no-untyped-def]
    # 贯彻落实…方案 (the page's heading) / 石景山区贯彻落实…方案 (the document's own title line, broken over two
    # lines): the repeat that names the jurisdiction is the fuller title
    text = (
        "贯彻落实《关于加强新时代街道工作的意见》的任务分解方案\n\n认真贯彻执行。\n"
        f"中共北京市石景山区委办公室\n2019年4月16日\n{place}贯彻落实《关于加强新时代\n"
        "街道工作的意见》的任务分解方案\n为贯彻落实街道工作会议精神,制定如下任务分解方案。\n一、提高城市基层党建工作水平\n"
    )
    title = meta_of(variant(text)).title or ""
    assert match_text("".join(title.split())) == match_text(
        f"{place}贯彻落实《关于加强新时代街道工作的意见》的任务分解方案"
    )


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize("number", ["甘政发〔〕54号", "市政办函[]12号", "国发〔〕3号"])
def test_number_with_an_empty_year_bracket_on_its_own_line(variant, number: str) -> None:  # type: ignore[no-untyped-def]
    # a repost that dropped every four-digit year prints 甘政发〔〕54号 under the title: kept as printed
    text = f"甘肃省人民政府关于支持革命老区振兴发展的实施意见\n{number}\n各市人民政府:\n一、主要目标\n"
    got = meta_of(variant(text)).doc_number
    assert match_text(got or "") == match_text(variant(number))


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_empty_year_bracket_inside_a_sentence_is_no_number(variant) -> None:  # type: ignore[no-untyped-def]
    # (国发〔〕3号) cited inside the preamble is the cited document's number, never the page's
    text = "甘肃省人民政府关于支持革命老区振兴发展的实施意见\n各市人民政府:\n为贯彻落实《国务院关于支持革命老区的意见》(国发〔〕3号)精神,现提出如下意见。\n一、主要目标\n"
    assert meta_of(variant(text)).doc_number is None


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    "act", ["现予印发,请认真抓好落实", "予以印发,请遵照执行", "现印发给你们,请认真贯彻落实"]
)
def test_notice_handing_on_two_lists_keeps_its_own_title(variant, act: str) -> None:  # type: ignore[no-untyped-def]
    # 《A》和《B》已经区政府同意,现予印发: the notice hands on two documents, so its own title is the title, not the
    # first list's heading below the signature
    notice = "宁波市鄞州区人民政府办公室关于印发2024年政府工作报告目标任务责任分解的通知"
    text = (
        f"{notice}\n\n各镇政府、街道办事处,区政府各部门:\n"
        f"《2024年政府工作报告目标任务分解清单》《2024年民生实事项目责任分解》已经区政府同意,{act}。\n"
        "宁波市鄞州区人民政府办公室\n2024年2月21日\n2024年政府工作报告目标任务分解清单\n一、区长牵头重点工作\n"
    )
    assert match_text(meta_of(variant(text)).title or "") == match_text(notice)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("index", "region"),
    [
        ("11330206002954449B/2024-198521", "宁波市北仑区"),
        ("126104007700221260/2022-00662", "咸阳市"),
        ("11220802013594178H/2021-00089", "白城市洮北区"),
        ("002969042/2024-116185", None),  # an organisation code names no place
    ],
)
def test_region_from_the_credit_code_opening_an_index_number(variant, index: str, region: str | None) -> None:  # type: ignore[no-untyped-def]
    # 索引号 11330206002954449B/…: a unified social credit code's 3rd-8th characters are the division code of the
    # publishing body's registration; read only when nothing else on the page names a region
    text = (
        f"索引号 {index}\n组配分类 区政府工作 发布机构 区府办\n成文日期 2024-04-01\n"
        "2024年区政府工作主要任务分解\n序号\n目标任务\n牵头单位\n1\n推动闲置岸线资源高效集约利用。\n区交通运输局\n"
    )
    assert meta_of(variant(text)).region == region


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("line", "number", "issued"),
    [
        ("川府发〔2011〕8号 二○一一年三月十七日", "川府发〔2011〕8号", "2011-03-17"),
        ("甲政办发〔2020〕12号  2020年5月6日", "甲政办发〔2020〕12号", "2020-05-06"),
    ],
)
def test_a_number_and_its_date_on_one_line_under_the_title(convert, line, number, issued) -> None:  # type: ignore[no-untyped-def]
    """The number and the date issued printed on one line, a blank between them: both are read."""
    text = f"四川省人民政府\n关于落实重点工作部门分工的意见\n{line}\n省政府各部门:\n一、努力扩大内需\n"
    meta = meta_of(convert(text))
    assert (meta.doc_number, meta.issued) == (convert(number), issued)


def test_a_number_beside_other_words_is_no_number_and_date_line() -> None:
    text = "四川省人民政府\n关于落实重点工作部门分工的意见\n根据川府发〔2011〕8号 二○一一年三月十七日印发\n省政府各部门:\n"
    assert meta_of(text).issued is None


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_ruby_pinyin_is_no_part_of_an_issuer(convert) -> None:  # type: ignore[no-untyped-def]
    """A signature a page printed with ruby pinyin after its characters names the body without it."""
    text = "关于印发某某办法的通知\n各市人民政府:\n现将办法印发给你们。\n山东省(sheng)人(ren)民政(zheng)府(fu)办(ban)公厅\n2023年5月6日\n"
    assert meta_of(convert(text)).issuer == convert("山东省人民政府办公厅")


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_joint_issuers_signing_over_several_lines(convert) -> None:  # type: ignore[no-untyped-def]
    """Joint issuers a few to a line above the date (a body the word list lacks among them): the block's first."""
    text = (
        "关于印发某某措施的通知\n各市州人民政府:\n现将措施印发给你们,请认真贯彻执行。\n"
        "湖南省发展和改革委员会 湖南省教育厅 湖南省科学技术厅\n湖南省商务厅 湖南省财政厅\n"
        "湖南省医疗保障局 中华人民共和国长沙海关 湖南省通信管理局\n2020年10月10日\n"
    )
    assert meta_of(convert(text)).issuer == convert("湖南省发展和改革委员会")


def test_a_sentence_line_above_one_signing_body_is_no_joint_block() -> None:
    text = "关于印发某某措施的通知\n各市人民政府:\n现将措施印发给你们。\n湖南省商务厅\n2020年10月10日\n"
    assert meta_of(text).issuer == "湖南省商务厅"


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "region"),
    [
        # a county named at the head and again and again, nothing else saying who speaks
        (
            "伊州区2022年度乡村振兴项目公示。伊州区领导小组审核同意,现公示伊州区项目如下:\n"
            "一、农田水利项目\n1.地点:沁城乡\n",
            "哈密市伊州区",
        ),
        # a city's bare name throughout, with one of its own counties
        (
            "24.推动荆州旅游开发,迎接荆州高铁时代。(责任单位:市旅游局)\n"
            "25.凸显荆州交通区位优势,建设荆州至松滋一级公路。(责任单位:市交通运输局)\n",
            "荆州市",
        ),
        # named twice only, or rivalled by another place as often: none
        ("推动荆州旅游开发,迎接荆州高铁时代。\n一、建设\n", None),
        ("推动荆州与襄阳合作,荆州、襄阳、荆州与襄阳共建。\n一、建设\n", None),
    ],
)
def test_region_of_a_place_named_throughout(convert, text: str, region: str | None) -> None:  # type: ignore[no-untyped-def]
    """A page with no issuer, title, number or voice naming its region: the place it names throughout."""
    assert meta_of(convert(text)).region == region


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_number_glued_to_the_addressees_and_signature_glued_to_its_note(convert) -> None:  # type: ignore[no-untyped-def]
    """A page that lost its line breaks: the number runs into the addressees, the signature's date into the
    publicity note (and a glyph the page lost, printed as ?, after the body's name)."""
    text = (
        "市政府办公室关于做好2020年实事的通知\n淮政办发〔2020〕1号各县区人民政府,市各委办局:现将《2020年实施方案》"
        "印发给你们。请认真实施。 淮安市人民政府办公室? 2020年1月23日(此件公开发布)附件2020年项目表\n一、建设\n"
    )
    meta = meta_of(convert(text))
    assert (meta.doc_number, meta.issued) == (convert("淮政办发〔2020〕1号"), "2020-01-23")


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_number_before_a_sentence_is_no_number_line(convert) -> None:  # type: ignore[no-untyped-def]
    text = "关于做好实事的通知\n淮政办发〔2020〕1号文件要求:各地抓好落实。\n一、建设\n"
    assert meta_of(convert(text)).doc_number is None
