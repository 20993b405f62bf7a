"""Document metadata of round 18 (unseen pages): a place's bare name opening a street's name (长春西街, 文山西路)
names no jurisdiction; a text that speaks as a city keeps its city over another province it names most (香港 guests
of 广州); a headless text that speaks as a level below the place it names (县财政局 … 《宁波市…纲要》) has no region
rather than that place; a headless 县 or 区 text naming one county or district bare before its own bodies or sites
(德清二中, 市生态环境局萧山分局) is that division's, and so is one named bare together with its city (瓯海 … 温州) in a
text speaking as a district more than as a city; 泛珠三角 is no 珠三角 (the wider area names no province); a headless text whose units are central bodies (国家知识产权局负责) and that
never speaks as a local level is national (全国). A signature with its date on one line (德清县人民政府 2024年5月10日) is
no piece of the title under it; a title run straight into its preamble (…若干措施为进一步…) ends where the preamble
opens, and a plan's heading run into its first section's name ends with the title its notice hands on; a heading that is only that title's tail gives way to the notice (a
listing's date after the notice's title, …的通知 2024-02-06, is no part of it). A news lead's yearless act (3月5日,X办公室印发《…2024年…》) is dated in the title's one year; a city's body named after its province
(湖北省宜昌市人民政府办公室) is the city's; a document number alone on its line is read without its 号 (德发改[2024]15) or
before a table cell's bar; a street's or a township's office posting its county's plan is no issuer; the body a preamble says compiled the
text (X依据…编制《…》) issues it. Inline texts in both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from policykg.loaders.normalize import to_simplified
from tests.loaders.inline import IDS, VARIANTS, family_params, run

Case = tuple[str, str | None]

# Each family's cases: a text and the region its metadata gives.
FAMILIES: dict[str, list[Case]] = {
    "a_street_named_after_a_place_names_no_region": [
        (
            "一、长春街(团结路至前进路)由市环卫处负责清扫。\n二、长春西街(新华街至胜利路)由市城管局负责。\n"
            "三、长春大街东段由市园林局负责。\n",
            None,
        ),
        ("一、做好文山西路、山西路的清雪工作,由区城管局负责。\n二、山西路由区环卫所负责。\n", None),
        # the same bare name as a place (its industries, its zones) still names the city
        (
            "一、推动长春汽车产业集群发展,由市工信局负责。\n二、支持长春高新区建设,由市发改委负责。\n"
            "三、打造长春国际汽车城,由市商务局负责。\n",
            "长春市",
        ),
    ],
    "a_city_voice_outweighs_another_province_named_most": [
        (
            "1.负责邀请香港特区政府官员出席会议,由市外办负责。\n2.负责邀请香港的广州市荣誉市民,由市侨办负责。\n"
            "3.香港中资企业负责协助全市做好市领导在港期间的交通,由市商务局负责。\n",
            "广州市",
        ),
    ],
    "a_lower_voice_leaves_the_place_named_above_it_out": [
        (
            "根据《宁波市打造智造创新之都行动纲要》,结合实际,提出如下意见。\n"
            "1.打造宁波海洋经济特色产业链。(责任部门:县经信局、县发改局)\n"
            "2.全县每年安排资金3亿元。(责任部门:县财政局、县经信局)\n",
            None,
        ),
        # the same text speaking as the city names its own place
        (
            "根据《宁波市打造智造创新之都行动纲要》,结合实际,提出如下意见。\n"
            "1.打造宁波海洋经济特色产业链。(责任部门:市经信局、市发改局)\n"
            "2.全市每年安排资金3亿元。(责任部门:市财政局)\n",
            "宁波市",
        ),
    ],
    "a_county_or_district_named_bare_before_its_own_bodies": [
        (
            "1.完成德清二中迁建项目,新增学位1200个。(责任单位:县教体局)\n"
            "2.推进德清经济开发区扩区调位。(责任单位:县发改委、县自然资源局)\n",
            "湖州市德清县",
        ),
        (
            "1.开展大气污染防治攻坚。(牵头单位:市生态环境局萧山分局;责任单位:区城管局)\n"
            "2.推进萧山经济开发区河道综合整治。(牵头单位:区农业农村局)\n",
            "杭州市萧山区",
        ),
        # named so only once (a school of another place): not enough
        (
            "1.学习萧山中学办学经验。(牵头单位:区教育局)\n2.推进河道综合整治。(牵头单位:区农业农村局)\n",
            None,
        ),
        # two counties so named, or a text speaking as a city: no county
        (
            "1.完成德清二中迁建项目。(责任单位:县教体局)\n2.学习长兴经济开发区经验。(责任单位:县发改委)\n",
            None,
        ),
        (
            "1.完成德清二中迁建项目。(责任单位:市教育局)\n2.推进德清经济开发区扩区调位。(责任单位:市发改委)\n",
            None,
        ),
    ],
    "a_district_named_bare_with_its_city": [
        (
            "1.全面落实温州扩大有效投资工程,迭代更新瓯海稳增长政策措施。(牵头单位:区发改局)\n"
            "2.一般公共预算收入增长6%。(牵头单位:区财政局)\n",
            "温州市瓯海区",
        ),
        # the bare name without its city, or in a text speaking as the city: not the district
        (
            "1.迭代更新瓯海稳增长政策措施。(牵头单位:区发改局)\n2.一般公共预算收入增长6%。(牵头单位:区财政局)\n",
            None,
        ),
        (
            "1.全面落实温州扩大有效投资工程,迭代更新瓯海稳增长政策措施。(牵头单位:市发改委)\n"
            "2.一般公共预算收入增长6%。(牵头单位:市财政局)\n",
            "温州市",
        ),
    ],
    "a_wider_area_around_a_zone_names_no_province": [
        (
            "1.推进泛珠三角区域旅游合作。由省文化和旅游厅牵头,省交通运输厅、株洲市配合。\n"
            "2.加快泛珠三角区域物流通道建设。由省发展改革委牵头,省商务厅、岳阳市配合。\n"
            "3.深化泛珠三角区域科技协作。由省科技厅牵头,湘潭市配合。\n",
            "湖南省",
        ),
        # the zone itself still names its province
        (
            "1.推进珠三角产业协作。由省工业和信息化厅牵头,省商务厅配合。\n"
            "2.深化珠三角科技协作。由省科技厅牵头,省财政厅配合。\n",
            "广东省",
        ),
    ],
    "central_bodies_as_units_make_a_national_text": [
        (
            "1.加快推进商标法修改。(国家知识产权局、司法部负责)\n"
            "2.完善数据知识产权保护规则。(国家数据局、国家知识产权局负责)\n",
            "全国",
        ),
        # a text that also speaks as a province, or names one central body once: not national
        (
            "1.加快推进商标法修改。(国家知识产权局、司法部负责)\n"
            "2.完善数据知识产权保护规则。(省知识产权局、省市场监管局负责)\n",
            None,
        ),
        ("1.加快推进商标法修改。(国家知识产权局负责)\n2.完善数据知识产权保护规则。(司法部负责)\n", None),
    ],
}

# Title families: a text and the title its metadata gives (in the text's script and punctuation).
TITLE_FAMILIES: dict[str, list[tuple[str, str]]] = {
    "a_signature_with_its_date_is_no_piece_of_the_title_below": [
        (
            "各镇人民政府,县政府各部门:\n《德清县数字经济发展工作方案(2024—2025年)》已经县政府同意,现印发给你们。\n"
            "德清县人民政府 2024年5月10日\n德清县数字经济发展工作方案(2024—2025年)\n为加快数字经济发展,制定本方案。\n"
            "一、主要目标\n",
            "德清县数字经济发展工作方案(2024—2025年)",
        ),
        (
            "各镇人民政府,县政府各部门:\n现将《方案》印发给你们,请认真组织实施。\n"
            "德清县发展和改革局 德清县财政局 2024年5月10日\n德清县数字经济发展工作方案\n为加快数字经济发展,制定本方案。\n"
            "一、主要目标\n",
            "德清县数字经济发展工作方案",
        ),
    ],
    "a_plan_heading_run_into_its_first_section_ends_with_the_handed_on_title": [
        (
            "县政府关于印发2024年重点工作分解落实方案的通知\n各乡镇人民政府,县直各单位:\n"
            "现将《2024年重点工作分解落实方案》印发给你们,请认真贯彻落实。\n德清县人民政府\n2024年3月1日\n"
            "县政府2024年重点工作分解落实方案主要目标分解\n1、地区生产总值增长6%。(县发改局)\n",
            "县政府2024年重点工作分解落实方案",
        ),
        # a heading that ends with the handed-on title is kept whole
        (
            "县政府关于印发2024年重点工作分解落实方案的通知\n各乡镇人民政府,县直各单位:\n"
            "现将《2024年重点工作分解落实方案》印发给你们,请认真贯彻落实。\n德清县人民政府\n2024年3月1日\n"
            "县政府2024年重点工作分解落实方案\n一、经济发展目标\n1、地区生产总值增长6%。(县发改局)\n",
            "县政府2024年重点工作分解落实方案",
        ),
    ],
    "a_heading_only_the_tail_of_the_handed_on_title_gives_way_to_the_notice": [
        (
            "关于印发区政府2024年第一季度工作要点的通知 2024-02-06\n德府办〔2024〕3号\n区政府各部门,各街道办事处:\n"
            "《区政府2024年第一季度工作要点》已经区政府常务会议审议通过,现印发给你们,请认真贯彻落实。\n"
            "德清区人民政府办公室\n2024年2月6日\n德清区人民政府\n2024年第一季度工作要点\n一、稳增长\n",
            "关于印发区政府2024年第一季度工作要点的通知",
        ),
        # the whole plan title under the notice stays the title
        (
            "关于印发区政府2024年第一季度工作要点的通知 2024-02-06\n德府办〔2024〕3号\n区政府各部门,各街道办事处:\n"
            "《区政府2024年第一季度工作要点》已经区政府常务会议审议通过,现印发给你们,请认真贯彻落实。\n"
            "德清区人民政府办公室\n2024年2月6日\n区政府2024年第一季度工作要点\n一、稳增长\n",
            "区政府2024年第一季度工作要点",
        ),
    ],
    "a_title_run_into_its_preamble_ends_where_the_preamble_opens": [
        (
            "县优化营商环境若干措施为进一步优化营商环境,激发市场活力,结合我县实际,制定以下措施。一、提升审批效率\n",
            "县优化营商环境若干措施",
        ),
        (
            "德清县中小企业培育行动方案(征求意见稿)(2024-2026年)根据省市工作部署,结合本县实际,制定本方案。\n一、主要目标\n",
            "德清县中小企业培育行动方案(征求意见稿)(2024-2026年)",
        ),
        # issuers and their date run in before it: the head's title, not the issuers
        (
            "德清县财政局2025年4月23日德清县支持新能源汽车产业发展政策意见为贯彻落实省市部署,制定本意见。\n",
            "德清县支持新能源汽车产业发展政策意见",
        ),
    ],
}


# Issuer families: a text and the issuer its metadata gives (compared in Simplified).
ISSUER_FAMILIES: dict[str, list[tuple[str, str]]] = {
    "a_city_body_named_after_its_province_is_the_citys": [
        (
            "湖北省宜昌市人民政府办公室关于分解落实2024年重点工作的通知\n各县市区人民政府,市政府各部门:\n"
            "现将重点工作分解给你们,请认真落实。\n一、主要目标\n",
            "宜昌市人民政府办公室",
        ),
        # the province's own body keeps its name
        (
            "湖北省人民政府办公厅关于分解落实2024年重点工作的通知\n各市、州人民政府,省政府各部门:\n"
            "现将重点工作分解给你们,请认真落实。\n一、主要目标\n",
            "湖北省人民政府办公厅",
        ),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(ISSUER_FAMILIES))
def test_issuer_families(variant: Callable[[str], str], text: str, want: str) -> None:
    assert to_simplified(run(variant(text)).meta.issuer or "") == want


# The body a preamble says compiled the text (…,X依据…编制《…》) issues it; no body named, no issuer.
COMPILER_CASES: list[tuple[str, str | None]] = [
    (
        "2024/03/05\n为推动民营经济发展,德清县发展和改革局根据省市有关政策文件,编制《德清县惠企政策清单》(56条),详情如下。\n"
        "一、产业发展支持政策\n1.鼓励企业技术改造。(县经信局)\n",
        "德清县发展和改革局",
    ),
    (
        "2024/03/05\n为推动民营经济发展,根据省市有关政策文件,编制《德清县惠企政策清单》(56条),详情如下。\n"
        "一、产业发展支持政策\n1.鼓励企业技术改造。(县经信局)\n",
        None,
    ),
]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), COMPILER_CASES, ids=["named", "unnamed"])
def test_the_body_a_preamble_says_compiled_the_text_issues_it(
    variant: Callable[[str], str], text: str, want: str | None
) -> None:
    got = run(variant(text)).meta.issuer
    assert (to_simplified(got) if got else None) == want


# A street's or a township's office posting its county's plan: no issuer; posting its own plan: the issuer.
REPOST_CASES: list[tuple[str, str | None]] = [
    (
        "发布机构: 德清县武康街道办事处 主题分类: 综合政务\n名称: 湖州市德清县2024年安全生产重点工作安排 文号:\n"
        "湖州市德清县2024年安全生产重点工作安排\n一、压实责任\n1.开展隐患排查。(责任单位:县应急管理局)\n",
        None,
    ),
    (
        "发布机构: 德清县武康街道办事处 主题分类: 综合政务\n名称: 德清县武康街道2024年安全生产重点工作安排 文号:\n"
        "德清县武康街道2024年安全生产重点工作安排\n一、压实责任\n1.开展隐患排查。(责任单位:街道应急办)\n",
        "德清县武康街道办事处",
    ),
]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), REPOST_CASES, ids=["county_plan", "own_plan"])
def test_a_township_office_posting_its_countys_plan_is_no_issuer(
    variant: Callable[[str], str], text: str, want: str | None
) -> None:
    got = run(variant(text)).meta.issuer
    assert (to_simplified(got) if got else None) == want


# Number families: a text and the document number its metadata gives (in the text's script).
NUMBER_FAMILIES: dict[str, list[tuple[str, str]]] = {
    "a_number_alone_on_its_line_without_its_mark_or_after_a_cell_bar": [
        (
            "县发展改革局关于印发德清县节能降碳实施方案的通知\n德发改[2024]15\n各乡镇人民政府,县直各单位:\n"
            "现将《德清县节能降碳实施方案》印发给你们,请认真贯彻执行。\n",
            "德发改[2024]15",
        ),
        (
            "德政办函〔2024〕16号 |\n德清县人民政府办公室关于印发2024年重点督办事项的通知\n各乡镇人民政府:\n"
            "现将重点督办事项印发给你们,请认真贯彻执行。\n",
            "德政办函〔2024〕16号",
        ),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(NUMBER_FAMILIES))
def test_number_families(variant: Callable[[str], str], text: str, want: str) -> None:
    assert run(variant(text)).meta.doc_number == variant(want)


# Date families: a text and the date issued its metadata gives.
DATE_FAMILIES: dict[str, list[tuple[str, str | None]]] = {
    "a_news_leads_yearless_act_takes_the_titles_one_year": [
        (
            "3月5日,德清县人民政府办公室印发《德清县2024年民生实事项目责任分解方案》,明确各项任务的牵头单位。\n"
            "一、教育提质\n1.新建幼儿园3所。(牵头单位:县教育局)\n",
            "2024-03-05",
        ),
        # a title naming a span of years names no one year
        (
            "3月5日,德清县人民政府办公室印发《德清县数字经济发展行动方案(2024—2026年)》,明确各项任务的牵头单位。\n"
            "一、数字产业\n1.新增企业3家。(牵头单位:县经信局)\n",
            None,
        ),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(DATE_FAMILIES))
def test_date_families(variant: Callable[[str], str], text: str, want: str | None) -> None:
    assert run(variant(text)).meta.issued == want


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(TITLE_FAMILIES))
def test_title_families(variant: Callable[[str], str], text: str, want: str) -> None:
    assert run(variant(text)).meta.title == variant(want)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_metadata_families(variant: Callable[[str], str], text: str, want: str | None) -> None:
    assert run(variant(text)).meta.region == want
