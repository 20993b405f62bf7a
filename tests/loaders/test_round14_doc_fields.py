"""Round 14 (dev11): document-level families (dates, titles, issuers) and target families found on the new
pages, on small inline texts in both scripts and both punctuations. One section per family."""

from __future__ import annotations

from decimal import Decimal

import pytest

from policykg.loaders.extract.units import UnitLexicon, UnitResolver
from policykg.loaders.normalize import name_key
from tests.loaders.inline import IDS, VARIANTS
from tests.loaders.test_meta import meta_of
from tests.loaders.test_targets import _values

# --------------------------------------------------------------------------- a district named like 市…


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_district_whose_name_opens_with_shi_is_the_documents_own(convert) -> None:  # type: ignore[no-untyped-def]
    resolver = UnitResolver(UnitLexicon.load_default(), issuer=None, region="济南市市中区")
    key = resolver.resolve_name(convert("市中区政府办公室"))
    assert name_key(resolver.units[key].pref_label) == name_key("济南市市中区政府办公室")
    other = resolver.resolve_name(convert("市财政局"))  # a 市 body is still the city's
    assert name_key(resolver.units[other].pref_label) == name_key("济南市财政局")


# --------------------------------------------------------------------------- a county-level city's 市


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_shi_in_a_county_level_citys_document_is_that_city(convert) -> None:  # type: ignore[no-untyped-def]
    resolver = UnitResolver(UnitLexicon.load_default(), issuer=None, region="大冶市")
    key = resolver.resolve_name(convert("市委农办"))
    assert name_key(resolver.units[key].pref_label) == name_key("大冶市委农办")


# --------------------------------------------------------------------------- 省政府办公厅 = 省人民政府办公厅


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_government_named_without_renmin_carries_its_formal_name(convert) -> None:  # type: ignore[no-untyped-def]
    resolver = UnitLexicon.load_default()
    r = UnitResolver(resolver, issuer=None, region="江苏省")
    key = r.resolve_name(convert("省政府办公厅"))
    labels = {name_key(x) for x in {r.units[key].pref_label, *r.units[key].alt_labels}}
    assert name_key("江苏省人民政府办公厅") in labels
    key = r.resolve_name(convert("省发展改革委"))  # no government: no such label
    assert not any("人民政府" in x for x in r.units[key].alt_labels)


# --------------------------------------------------------------------------- a portal's toolbar line


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_an_accessibility_toolbar_line_is_no_part_of_the_title(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert(
        "无障碍阅读 关怀版 返回首页\n政府信息公开\n2019年第二季度主要工作任务落实情况表\n市中区政府办公室\n"
        "2019-07-15\n序号\n主要任务\n"
    )
    assert meta_of(text).title == convert("2019年第二季度主要工作任务落实情况表")


# --------------------------------------------------------------------------- dates


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_signature_date_after_a_publicity_note_is_the_date_issued(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert(
        "各工作部门:\n《某某区2022年计划指标》已经审议通过,现印发给你们,请认真抓好落实。\n"
        "中共某某区工委\n某某区管委会\n(此件公开发布) 2022年1月30日\n某某区2022年计划指标\n"
    )
    assert meta_of(text).issued == "2022-01-30"


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_signature_run_together_with_the_text_gives_its_date(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert(
        "某某市人民政府办公室文件 某政办发〔2018〕32号 市政府办公室关于分解落实2018年政府工作任务的通知\n"
        "请认真组织实施. 附件:某某市2018年政府工作任务分解表 某某市人民政府办公室 2018年2月24日 "
        "某某市2018年政府工作任务分解表 序号 名称\n"
    )
    assert meta_of(text).issued == "2018-02-24"


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_date_in_running_text_after_no_body_is_no_signature(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert("关于某某工作的通知\n各单位:\n会议定于 2018年2月24日 召开,请准时参加。\n")
    assert meta_of(text).issued is None


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_disclosure_block_sent_date_and_summary_title(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert(
        "索引号: | 113307/2023-14061 | 发布机构: | 市文化广电旅游局 | 发文时间: | 2023-07-18 16:54:29 | ||\n"
        "文号: | 主题分类: | 登记号: | |||||\n"
        "生成日期: | 2023-07-18 16:54:29 | 内容概述: | 2023年重点工作半年度完成情况汇总表 |\n"
        "序号 | 工作任务 | 进展情况 | 责任单位 |\n"
    )
    meta = meta_of(text)
    assert meta.issued == "2023-07-18"
    assert meta.title == convert("2023年重点工作半年度完成情况汇总表")


# --------------------------------------------------------------------------- an attached table's title


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_an_attached_allocation_table_names_an_untitled_notice(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert(
        "根据上级文件精神,现将资金分配和项目实施计划予以公告(具体见附件)。\n"
        "附件:某某市2024年度补助资金项目计划安排表\n市委农办\n2024年8月9日\n附件:\n"
        "某某市2024年度补助资金项目计划安排表\n序号 | 部门 | 乡镇 |\n"
    )
    assert meta_of(text).title == convert("某某市2024年度补助资金项目计划安排表")


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_shared_files_name_is_its_title_without_the_extension(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert(
        "某某省茶叶产业高质量发展三年行动工作方案(2023—2025年).docx\n根据有关方案,制定本方案。一、总体要求\n"
    )
    assert meta_of(text).title == convert("某某省茶叶产业高质量发展三年行动工作方案(2023—2025年)")


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_list_of_the_years_works_for_residents_is_a_title(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert("附件1\n\n  某某市2021年民生实事工作目标\n\n  一、交通出行\n  1.推动轨道交通加速成网。\n")
    assert meta_of(text).title == convert("某某市2021年民生实事工作目标")
    text = convert(
        "2月20日,某某市人民政府办公室印发通知。\n(资料图)\n某某市2023年10件惠民实事\n一、扩大教育资源。\n"
    )
    assert meta_of(text).title == convert("某某市2023年10件惠民实事")


# --------------------------------------------------------------------------- a government's number


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_governments_own_number_credits_the_government_not_its_office(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert(
        "来 源:云南省人民政府办公厅\n文 号:云政发〔2018〕63号\n公开日期:2018年11月16日\n各州、市人民政府:\n"
    )
    assert meta_of(text).issuer == convert("云南省人民政府")
    text = convert(
        "来 源:云南省人民政府办公厅\n文 号:云政办发〔2018〕63号\n公开日期:2018年11月16日\n各州、市人民政府:\n"
    )
    assert meta_of(text).issuer == convert("云南省人民政府办公厅")


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_an_unsigned_notice_under_a_governments_own_number_is_the_governments(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert(
        "发布文号: 锡政发[2011]21号 各市(县)和各区人民政府,市各委、办、局:\n"
        "市十四届人大四次会议批准了市政府工作报告。现将《市政府2011年重点工作分解落实方案》印发给你们。无锡市各部门要抓好落实。\n"
    )
    assert meta_of(text).issuer == "无锡市人民政府"  # named from the region table
    office = text.replace(convert("锡政发"), convert("锡政办发"))
    assert meta_of(office).issuer is None


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_page_opening_at_its_preamble_is_titled_by_what_it_makes(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert(
        "2024年是加快推进幸福河湖建设的关键之年。为深入践行生态文明思想,结合我县实际,制定2024年度河湖长制工作要点。\n"
        "一、强化组织体系\n"
    )
    assert meta_of(text).title == convert("2024年度河湖长制工作要点")
    plain = convert("为推进工作,结合我县实际,制定本方案。\n一、总体要求\n")
    assert meta_of(plain).title is None
    scoped = convert(
        "各县、市、区人民政府:\n根据有关要求,结合我市实际,制定了全市2022年政务公开任务分解责任清单,现印发给你们。\n"
    )
    assert meta_of(scoped).title == convert("2022年政务公开任务分解责任清单")
    compiled = convert(
        "2021/10/23\n为便于宣传支持政策,某某省“四送一服”办公室依据近年来省委省政府印发相关政策文件,"
        "编拟《“双招双引”支持实体经济发展政策清单》(343条),其中产业发展支持政策详情如下。\n一、产业发展支持政策\n"
    )
    assert meta_of(compiled).title == convert("“双招双引”支持实体经济发展政策清单")
    bare = convert("为推进工作,制定具体落实工作方案,抓好落实。\n一、总体要求\n")
    assert meta_of(bare).title is None
    text = convert(
        "近日,省政府办公厅印发通知,为发展壮大产业集群,制定加快某某省战略性新兴产业融合集群发展行动方案(2023-2027年),"
        "一起来看\n发展目标\n培育打造一批产业集群。\n"
    )
    assert meta_of(text).title == convert("加快某某省战略性新兴产业融合集群发展行动方案(2023-2027年)")


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_news_lead_reports_a_short_bodys_title_with_a_cited_title_inside(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert(
        "发表时间:2018-4-17 来源:某某促进会\n"
        "近日,国务院发布关于落实《政府工作报告》重点工作部门分工的意见,就重点工作提出部门分工。\n"
        "(二十四)健全城乡融合发展体制机制。(国家发展改革委牵头)\n"
    )
    meta = meta_of(text)
    assert meta.title == convert("关于落实《政府工作报告》重点工作部门分工的意见")
    assert meta.issuer == convert("国务院")


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_the_congress_that_adopted_the_report_is_the_pages_place(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert(
        "政府工作报告确定重点任务分解方案\n"
        "经安康市第四届人民代表大会第四次会议审议通过,2018年全市经济社会发展预期目标为:生产总值增长9.5%。\n"
        "1.实施输变电工程。(汉滨区政府、平利县政府、安康供电局)\n"
    )
    assert meta_of(text).region == "安康市"


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_an_edition_note_with_its_count_stays_in_the_title(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert(
        "某某省支持实体经济发展政策清单(2022年2月版,433条)\n\n近日,省办公室编印政策清单。\n一、产业发展\n"
    )
    assert meta_of(text).title == convert("某某省支持实体经济发展政策清单(2022年2月版,433条)")


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_headline_announcing_a_cited_title_gives_that_title(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert(
        "《关于支持某某区医药健康产业高质量发展的若干措施(2026-2028年)》发布\n时间:2026-02-04\n"
        "为加快推动医药健康产业高质量发展,特制定本措施。\n一、提升创新策源能力\n"
    )
    assert meta_of(text).title == convert("关于支持某某区医药健康产业高质量发展的若干措施(2026-2028年)")


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_public_notice_before_approval_is_a_title(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert(
        "某某县农业农村局拟建设高标准农田建设项目立项前公示 (2021年第一批)\n\n"
        " 为认真贯彻落实决策部署,现将项目公示如下。\n一、2021年某某县3824亩高标准农田建设项目\n"
    )
    assert meta_of(text).title == convert("某某县农业农村局拟建设高标准农田建设项目立项前公示 (2021年第一批)")


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_title_broken_inside_the_title_it_cites_goes_on(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert(
        "7月25日,某某市人民政府办公室发布关于印发实施方案的通知。\n原文见下:\n"
        "某某市贯彻落实《某某省发展和改革委员会\n某某市人民政府关于支持某某市建设全省区域中心城市\n"
        "并率先发展框架协议》的实施方案\n为推动框架协议落地见效,现制定落实方案。\n一、目标任务\n"
    )
    assert meta_of(text).title == convert(
        "某某市贯彻落实《某某省发展和改革委员会某某市人民政府关于支持某某市建设全省区域中心城市并率先发展框架协议》的实施方案"
    )


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_reported_plan_title_keeps_the_title_it_cites(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert(
        "7月25日,某某市人民政府办公室发布关于印发《某某市贯彻落实〈某某省人民政府关于支持某某市发展的框架协议〉的实施方案》"
        "的通知。\n通知指出:要支持壮大支柱产业。\n"
    )
    assert meta_of(text).title == convert(
        "某某市贯彻落实〈某某省人民政府关于支持某某市发展的框架协议〉的实施方案"
    )


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_the_signed_date_beats_a_disclosure_blocks_later_date(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert(
        "发布机构: 市政府办公室 成文日期: 2018-02-09\n某某市人民政府关于印发《政府工作报告》2018年目标任务责任分解的通知\n"
        "各县(市、区)人民政府:\n现印发给你们,请认真贯彻执行。\n某某市人民政府\n2018年 2月5日\n"
    )
    assert meta_of(text).issued == "2018-02-05"


# --------------------------------------------------------------------------- targets


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_once_is_how_often_never_a_count(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert("每两年至少调整一次最低工资标准。至少组织开展一次招才引智活动。开展专项整治行动4次以上。")
    assert _values(text) == [(Decimal(4), "次")]


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_the_plans_own_goals_and_tasks_counted_are_no_targets(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert("市政府将2018年政府工作分解为11项工作目标和138项工作任务,现下达给你们。新增企业20家。")
    assert _values(text) == [(Decimal(20), "家")]


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_sentence_opening_with_the_present_reports(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert("街道办事处:目前项目已具备开业条件。目前楼内有4家公司正在进行装修。力争新增入驻企业10家。")
    assert _values(text) == [(Decimal(10), "家")]


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_the_present_as_a_base_inside_a_sentence_keeps_its_figures(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert("农业用水总量稳步下降至目前80%的水平,单位农业用地总产值突破7万元。")
    assert _values(text) == [(Decimal(80), "%"), (Decimal(7), "万元")]


# --------------------------------------------------------------------------- venues of a trade (…场所)


def _industries(text: str) -> list[str]:
    from policykg.loaders.normalize import to_simplified
    from tests.loaders.inline import run

    doc = run("一、促消费\n(一)恢复经营。" + text + "(省商务厅)\n")
    return sorted(to_simplified(doc.industries[r.key].pref_label) for m in doc.measures for r in m.industries)


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_the_venues_of_trades_name_the_trades(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert("推进住宿餐饮场所、文化旅游场所、娱乐休闲场所等经营场所全面恢复正常营业。")
    assert _industries(text) == ["住宿餐饮", "娱乐休闲", "文化旅游"]


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_office_premises_and_public_places_name_no_trade(convert) -> None:  # type: ignore[no-untyped-def]
    assert _industries(convert("加强办公场所管理,规范公共场所和人员密集场所防控。")) == []


# --------------------------------------------------------------------------- quotes, lists built, project titles


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_quote_that_lost_its_closing_mark_protects_no_later_sentence(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert(
        "实施“广东强芯冶工程,推动储能产业发展。支持开展“千兆城市”创建。推动5000家规模以上工业企业数字化转型,"
        "带动10万家中小企业“上云用云”。"
    )
    assert _values(text) == [(Decimal(5000), "家"), (Decimal(100000), "家")]


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_count_of_listed_projects_a_clause_continues_building_is_promised(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert("续建地铁10号线三期、13号线一期及轨道交通资阳线等9个项目。")
    assert _values(text) == [(Decimal(9), "个")]


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_verb_before_a_place_and_a_count_makes_no_project_title(convert) -> None:  # type: ignore[no-untyped-def]
    assert _values(convert("开工建设灌区5个渠首工程。")) == [(Decimal(5), "个")]
    assert _values(convert("4.泽库县2个村发展新型农村集体经济项目\n")) == []


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_trade_inside_a_companys_name_is_no_mention(convert) -> None:  # type: ignore[no-untyped-def]
    assert _industries(convert("建设市政公用城学校,由南昌市政大道房地产有限公司配建。")) == []
    assert _industries(convert("推进住宿餐饮场所等经营场所恢复营业,由某某旅游股份有限公司承办。")) == [
        "住宿餐饮"
    ]


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_the_plans_own_items_tallied_after_their_noun_are_no_targets(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert(
        "2024年,区政府民生实事人大票决项目共10个。其中,区住建局区政府民生实事项目1个;区城管局区政府民生实事项目3个。"
        "新建停车位500个。"
    )
    assert _values(text) == [(Decimal(500), "个")]
