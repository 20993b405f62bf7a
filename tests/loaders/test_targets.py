"""Targets: one TargetInfo per quantitative commitment, on small inline texts (Simplified and Traditional,
full-width and ASCII punctuation), plus the things that look like figures but are not commitments."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from policykg.loaders.extract.targets import cn_number, find_targets, parse_number
from policykg.loaders.normalize import match_text
from policykg.models import SourceDocument, Span, TargetInfo
from tests.loaders.inline import IDS, VARIANTS


def doc(text: str) -> SourceDocument:
    return SourceDocument(
        path=Path("t.txt"),
        source_file="t.txt",
        text=text,
        match=match_text(text),
        encoding="utf-8",
        script="Hans",
        format="txt",
        sha256="",
    )


def targets(text: str, plan_year: int | None = 2023) -> list[TargetInfo]:
    src = doc(text)
    found = find_targets(src, Span(0, len(text)), plan_year=plan_year)
    for t in found:  # every span quotes the text it claims
        assert text[t.span.start : t.span.end] == t.surface
        assert t.clause.start <= t.span.start and t.span.end <= t.clause.end
    return found


def one(text: str, plan_year: int | None = 2023) -> TargetInfo:
    found = targets(text, plan_year)
    assert len(found) == 1, [t.surface for t in found]
    return found[0]


# --------------------------------------------------------------------------- numbers


@pytest.mark.parametrize(
    ("s", "n"),
    [
        ("十五", 15),
        ("二十", 20),
        ("一百二十", 120),
        ("三千五百", 3500),
        ("一万", 10000),
        ("十五万", 150000),
        ("两千", 2000),
        ("二〇二三", 2023),
    ],
)
def test_cn_number(s: str, n: int) -> None:
    assert cn_number(s) == n


def test_parse_number_multipliers_and_decimals() -> None:
    assert parse_number("2.6", "万") == Decimal(26000)
    assert parse_number("1,000") == Decimal(1000)
    assert parse_number("3", "亿") == Decimal(300000000)


# --------------------------------------------------------------------------- values, units, indicators


def test_basic_target_with_indicator() -> None:
    t = one("新增高技能人才2万人以上。")
    assert (t.value, t.unit, t.comparator, t.indicator) == (Decimal(20000), "人", ">=", "新增高技能人才")
    assert t.surface == "2万人以上"


def test_traditional_fullwidth_same_facts() -> None:
    t = one("新增高技能人才２萬人以上，")
    assert (t.value, t.unit, t.comparator) == (Decimal(20000), "人", ">=")
    assert t.surface == "２萬人以上"


def test_decimal_wan_renci() -> None:
    t = one("全年新增評價人數2.6萬人次。")
    assert (t.value, t.unit) == (Decimal(26000), "人次")


def test_chinese_numeral_wan() -> None:
    t = one("力争新增技能人才一万人。")
    assert (t.value, t.unit) == (Decimal(10000), "人")


def test_spaced_figure() -> None:
    t = one("力争引进 6 万名大学生。")
    assert (t.value, t.unit, t.indicator) == (Decimal(60000), "名", "大学生")


def test_percent_ratio_is_a_target() -> None:
    t = one("就业困难人员就业率达到90%以上。")
    assert (t.value, t.unit, t.comparator, t.indicator) == (Decimal(90), "%", ">=", "就业困难人员就业率")
    r = one("力争技能人才占产业工人队伍比例达到55%。")
    assert (r.value, r.unit, r.comparator) == (Decimal(55), "%", "=")


def test_fullwidth_percent() -> None:
    t = one("按期結案率９５％以上；")
    assert (t.value, t.unit, t.comparator) == (Decimal(95), "%", ">=")


def test_percentage_points() -> None:
    t = one("毕业生留烟率再提高 5 个百分点。")
    assert (t.value, t.unit) == (Decimal(5), "个百分点")


def test_yuan_units_are_not_multiplied() -> None:
    t = one("主营业收入达75亿元。")
    assert (t.value, t.unit, t.comparator) == (Decimal(75), "亿元", "=")
    assert one("补贴3.5万元。").unit == "万元"


@pytest.mark.parametrize(
    ("text", "cmp"),
    [
        ("组织线下专场招聘会不少于10场。", ">="),
        ("年均不超过3个。", "<="),
        ("引进500名左右外国专家。", "~"),
        ("培育约100家企业。", "~"),
        ("国家科技型中小企业达到3500家。", "="),
        ("国家高新技术企业突破2000家。", ">="),
        ("至少邀请100所高校。", ">="),
        ("吸纳100余人。", ">"),
        ("确保不低于50%。", ">="),
    ],
)
def test_comparators(text: str, cmp: str) -> None:
    assert one(text).comparator == cmp


def test_several_figures_in_one_clause() -> None:
    found = targets("力争引进400名博士、5000名硕士、6万名大学生。")
    assert [(t.value, t.unit, t.indicator) for t in found] == [
        (Decimal(400), "名", "博士"),
        (Decimal(5000), "名", "硕士"),
        (Decimal(60000), "名", "大学生"),
    ]


def test_indicator_from_previous_clause_when_figure_clause_is_bare() -> None:
    t = one("提高国有企业招聘应届高校毕业生比例,确保不低于50%。")
    assert t.indicator == "提高国有企业招聘应届高校毕业生比例"


def test_indicator_after_figure() -> None:
    t = one("遴选确定100个市级重点招才引智项目。")
    assert t.indicator == "市级重点招才引智项目"


def test_distant_comparator_and_one() -> None:
    t = one("2023年至少规范发展一处公益性质的“零工之家”。")
    assert (t.value, t.unit, t.comparator, t.year) == (Decimal(1), "处", ">=", 2023)


# --------------------------------------------------------------------------- years and deadlines


def test_plan_year_words() -> None:
    for word in ("全年", "年内", "年度", "当年"):
        assert one(f"{word}集聚青年人才15万人以上。", plan_year=2025).year == 2025


def test_plan_year_carries_over_clauses_of_the_sentence() -> None:
    found = targets("全年引聚青年人才达到15万人以上,新增高技能人才2万人以上。", plan_year=2025)
    assert [t.year for t in found] == [2025, 2025]
    assert found[0].comparator == ">="  # 达到…以上: the 以上 decides


def test_by_year() -> None:
    for text in (
        "到2025年,规上人力资源机构总数达120家。",
        "至2025年机构总数达120家。",
        "2025年底全区机构达到120家。",
    ):
        t = one(text)
        assert t.year == 2025 and not t.per_year


def test_range_with_every_year() -> None:
    found = targets("2023年至2025年,每年实现全区城镇新增就业7万人以上,政策性扶持创业5000人以上。")
    assert [(t.value, t.per_year, t.year) for t in found] == [
        (Decimal(70000), True, None),
        (Decimal(5000), True, None),
    ]
    assert found[0].indicator == "城镇新增就业"  # scope words (全区, 全市) are not part of the indicator


def test_per_year_then_new_year_resets() -> None:
    found = targets("全区每年新增技能人才2万人以上,到2025年,技能人才总量达到30万人。")
    assert [(t.per_year, t.year) for t in found] == [(True, None), (False, 2025)]


def test_deadline_month_end() -> None:
    t = one("2023年3月底前,组织线下专场招聘会不少于10场。")
    assert (t.deadline, t.year) == ("2023-03-31", 2023)
    assert one("2024年2月底前完成培训100人次。").deadline == "2024-02-29"


def test_years_within_is_not_plan_year() -> None:
    t = one("力争 3 年内引进人才1000人。", plan_year=2023)
    assert t.year is None


# --------------------------------------------------------------------------- not targets


@pytest.mark.parametrize(
    "text",
    [
        "动员部署(2023年1月)。",
        "创新举办第十七届职业技能大赛。",
        "举办“百所高校千名博士青岛行”等引才活动。",
        "实施重点任务创新“三个一”行动。",
        "紧密对接“10+1”重点产业。",
        "突出抓好“5+5+7”重点产业吸纳就业工作。",
        "聚焦13条产业链现代化水平。",
        "贯彻落实《关于构建创新型产业体系的实施方案(2025—2027年)》。",
        "根据《关于开展工作的通知》(鲁人社字〔2022〕101号)要求。",
        "发文字号 青人社字〔2021〕94号",
        "建立10部门联席会议制度。",
        "指导 13 个区市加快推进建设工作。",
        "围绕海内外知名高校、省内重点高校、在青高校三个圈层。",
        "建立健全技能人才队伍建设五项机制:一是目标考核机制。",
        "推动建设一个高能级创新创业平台。",
        "落实青年人才一次性安家费。",
        "打造“五位一体”技能培训“服务包”。",
        "2021年11月22日",
    ],
)
def test_not_targets(text: str) -> None:
    assert targets(text) == [], text


def test_numbers_in_cited_titles_are_skipped_but_others_kept() -> None:
    found = targets("出台《关于引进100名博士的意见》,力争引进200名博士。")
    assert [t.value for t in found] == [Decimal(200)]


# --------------------------------------------------------------------------- samples (values read by hand)

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def sample(name: str) -> SourceDocument:
    path = next(SAMPLES.glob(name + "_*.txt"))
    text = path.read_text("utf-8")
    return SourceDocument(
        path=path,
        source_file=path.name,
        text=text,
        match=match_text(text),
        encoding="utf-8",
        script="Hans",
        format="txt",
        sha256="",
    )


def test_sample_000_targets() -> None:
    src = sample("000")
    found = find_targets(src, Span(0, len(src.text)), plan_year=2025)
    values = [(t.value, t.unit) for t in found]
    assert values == [
        (Decimal(150000), "人"),
        (Decimal(20000), "人"),
        (Decimal(20000), "人"),
        (Decimal(100), "个"),
        (Decimal(20000), "人"),
        (Decimal(20000), "人"),
        (Decimal(300000), "人次"),
        (Decimal(100), "个"),
        (Decimal(26000), "人次"),
        (Decimal(150000), "人"),
    ]


def test_sample_004_has_no_committee_or_ordinal_targets() -> None:
    src = sample("004")
    found = find_targets(src, Span(0, len(src.text)), plan_year=2021)
    got = {(t.value, t.unit) for t in found}
    assert (Decimal(55), "%") in got and (Decimal(32), "%") in got and (Decimal(7000), "人") in got
    assert (Decimal(10), "部门") not in got and all(t.unit != "届" for t in found)
    assert len(found) == 10


# --------------------------------------------------------------------------- ranges, kinds, classes (issue 12)


@pytest.mark.parametrize(
    ("text", "lo", "hi", "unit"),
    [
        ("给予3万元-5万元的资金支持。", "3", "5", "万元"),
        ("給予3萬元-5萬元的資金支持。", "3", "5", "万元"),
        ("力争培育8—10个百亿企业。", "8", "10", "个"),
        ("力爭培育8—10個百億企業。", "8", "10", "个"),
        ("每个县发展1~2条重点产业链。", "1", "2", "条"),
        ("新增1-2家省级创新平台。", "1", "2", "家"),
        ("经济增长7.5%—8%。", "7.5", "8", "%"),
    ],
)
def test_range_is_one_target(text: str, lo: str, hi: str, unit: str) -> None:
    t = one(text)
    assert (t.value, t.value_max, t.unit, t.comparator) == (Decimal(lo), Decimal(hi), unit, "=")


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("全市GDP达到1.8万亿元。", "18000", "亿元"),
        ("全市GDP達到1.8萬億元。", "18000", "亿元"),
        ("产业集群总量超过五千亿规模。", "5000", "亿元"),
        ("產業集群總量超過五千億規模。", "5000", "亿元"),
        ("煤炭产量5.3亿吨。", "5.3", "亿吨"),
        ("新增光伏装机5万千瓦。", "50000", "千瓦"),
        ("实际利用外资3亿美元。", "3", "亿美元"),
    ],
)
def test_money_and_quantities_scaled(text: str, value: str, unit: str) -> None:
    t = one(text)
    assert (t.value, t.unit) == (Decimal(value), unit)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("对新认定的企业给予一次性奖励50万元。", "policy_amount"),
        ("對新認定的企業給予一次性獎勵50萬元。", "policy_amount"),
        ("整合3000万元资金用于发放消费券。", "budget"),
        ("整合3000萬元資金用於發放消費券。", "budget"),
        ("全年投资530亿元。", "goal"),
        ("新增就业2万人。", "goal"),
    ],
)
def test_target_kinds(text: str, kind: str) -> None:
    assert one(text).kind == kind


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("过100亿元龙头企业达到6家。", "6", "家"),
        ("過100億元龍頭企業達到6家。", "6", "家"),
        ("安排投资10亿元以上制造业重大项目60个。", "60", "个"),
    ],
)
def test_class_thresholds_are_not_targets(text: str, value: str, unit: str) -> None:
    t = one(text)
    assert (t.value, t.unit) == (Decimal(value), unit)


@pytest.mark.parametrize(
    "text",
    [
        "支持十亿元以上企业开展并购。",
        "支持十億元以上企業開展併購。",
        "对参保职工30人(含)以下的企业放宽条件。",
        "落实国家规划102项重大工程。",
        "落實國家規劃102項重大工程。",
        "落实提振市场信心90条措施。",
        "已实施制造业等6个行业留抵退税。",
        "经省十四届人大二次会议审议通过。",
        "經省十四屆人大二次會議審議通過。",
        "落实市委十三届七次全会要求。",
        "一、市长负责事项(共9项)",
        "实施三江干流、8条主要支流治理。",
        "严格执行中央八项规定精神。",
        "大力推进五个“区块链接”。",
        "优化二套房认定标准。",
        # conditions of eligibility: class bounds in measured units, steps, brackets, first-time levels
        "辖区范围内6亩以下(不含6亩)的土地使用转让手续简化。",
        "轄區範圍內6畝以下(不含6畝)的土地使用轉讓手續簡化。",
        "认真落实月销售额15万元以下的小规模纳税人免征增值税政策。",
        "認真落實月銷售額15萬元以下的小規模納稅人免徵增值稅政策。",
        "对销售3.5吨及以下货车的企业给予支持。",
        "對個體工商戶年應納稅所得額不超過200萬元部分減半徵收個人所得稅。",
        "对个体工商户年应纳税所得额不超过200万元部分减半征收个人所得税。",
        "年销售收入首次突破1000万元、2000万元、1亿元的,分别给予奖励。",
        "年銷售收入首次突破1000萬元、2000萬元、1億元的,分別給予獎勵。",
        "新能源商用车年销量首次达到1万辆的生产企业,予以支持。",
        "新能源商用車年銷量首次達到1萬輛的生產企業,予以支持。",
        "在学制1个月及以上主体班次中设置学习专题。",
        "在學制1個月及以上主體班次中設置學習專題。",
        # a phase's name, a clock time, a tax rate
        "推进城市轨道交通二期建设规划报批。",
        "推進城市軌道交通二期建設規劃報批。",
        "发文日期: 2019-05-20 16:05\n名称: 关于重点工作的通知",
        "小微企业减按25%计入应纳税所得额。",
        "小微企業減按25%計入應納稅所得額。",
    ],
)
def test_not_targets_issue_12(text: str) -> None:
    assert targets(text) == [], text


@pytest.mark.parametrize(
    ("text", "cmp"),
    [
        ("新增企业达到4000家。", "="),
        ("新增企业4000家以上。", ">="),
        ("新增企業4000家以上。", ">="),
        ("城镇调查失业率5%左右。", "~"),
        ("开办企业0.5个工作日内完成。", "<="),
        ("规上工业增加值增长12%以上\n(三)下一项", ">="),
        ("新增企業10家以上企業聯盟。", ">="),
    ],
)
def test_comparators_issue_12(text: str, cmp: str) -> None:
    assert one(text).comparator == cmp


# --------------------------------------------------------------------------- the year a target is for (issue 12)


@pytest.mark.parametrize("text", ["地区生产总值增长6%以上。", "地區生產總值增長6%以上。"])
def test_a_goal_with_no_time_word_is_for_the_plan_year(text: str) -> None:
    assert one(text, plan_year=2025).year == 2025


@pytest.mark.parametrize("text", ["对新认定企业给予奖励50万元。", "對新認定企業給予獎勵50萬元。"])
def test_a_reward_is_for_no_year(text: str) -> None:
    assert one(text, plan_year=2025).year is None


@pytest.mark.parametrize(
    "text",
    [
        "到2025年,研发机构建有率达50%。研发投入比重较2020年提升25%,培育新型研发机构达100家。",
        "到2025年,研發機構建有率達50%。研發投入比重較2020年提升25%,培育新型研發機構達100家。",
    ],
)
def test_the_paragraph_year_carries_and_a_base_year_does_not(text: str) -> None:
    assert [t.year for t in targets(text, plan_year=2023)] == [2025, 2025, 2025]


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("1.地区生产总值增长5.5%左右。", "地区生产总值增长"),
        ("1.地區生產總值增長5.5%左右。", "地區生產總值增長"),
        ("(二)一般公共预算收入增长5%。", "一般公共预算收入增长"),
        ("(二)一般公共預算收入增長5%。", "一般公共預算收入增長"),
        ("12、常住人口城镇化率79.5%。", "常住人口城镇化率"),
    ],
)
def test_an_indicator_loses_its_list_number(text: str, indicator: str) -> None:
    assert one(text).indicator == indicator


@pytest.mark.parametrize("text", ["召开二次、三次全会。", "召開二次、三次全會。"])
def test_listed_session_numbers_are_not_targets(text: str) -> None:
    assert targets(text) == []


# --------------------------------------------------------------------------- progress reports (issue 12, dev3)


@pytest.mark.parametrize(
    "text",
    [
        # a progress column: results over last year, quarter estimates, figures as of a date, revisions
        "地区生产总值同比增长2.9%。",
        "地區生產總值同比增長2.9%。",
        "预计一季度GDP增长20%左右。",
        "預計一季度GDP增長20%左右。",
        "截至12月31日,全年一般公共预算收入完成413.84亿元。",
        "截至12月31日,全年一般公共預算收入完成413.84億元。",
        # page counters, and counts of the plan's own items
        "271人看过",
        "271人看過",
        "将121项区政府重点工作进行分解。",
        "將121項區政府重點工作進行分解。",
        "重点工作分工方案(共计121项)",
        "二、10项区级重点民生实事任务进展情况",
    ],
)
def test_progress_figures_counters_and_own_items_are_not_targets(text: str) -> None:
    assert targets(text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "实现全年区级一般公共预算收入同比增长1%。",
        "實現全年區級一般公共預算收入同比增長1%。",
        "均按不超过产值同比增量的1%予以奖励。",
    ],
)
def test_a_change_over_last_year_stated_as_a_goal_or_a_reward_is_kept(text: str) -> None:
    assert [str(t.value) for t in targets(text)] == ["1"]


@pytest.mark.parametrize(
    ("text", "unit", "kind"),
    [
        ("用电谷时段给予0.2元/千瓦时奖励。", "元/千瓦时", "policy_amount"),
        ("用電谷時段給予0.2元/千瓦時獎勵。", "元/千瓦时", "policy_amount"),
        ("延长用电谷时段3小时。", "小时", "goal"),
        ("延長用電谷時段3小時。", "小时", "goal"),
    ],
)
def test_prices_per_unit_and_hours(text: str, unit: str, kind: str) -> None:
    t = one(text)
    assert (t.unit, t.kind) == (unit, kind)


@pytest.mark.parametrize("text", ["积极融入大湾区2小时通勤圈。", "積極融入大灣區2小時通勤圈。"])
def test_a_travel_time_zone_is_a_name(text: str) -> None:
    assert targets(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a ranking, a condition of two joined by 且, the three sectors
        "对产值排全区前500名企业中的制造业企业给予支持。",
        "對產值排全區前500名企業中的製造業企業給予支持。",
        "工业总产值超过5000万元且累计增速不低于12%的,给予支持。",
        "工業總產值超過5000萬元且累計增速不低於12%的,給予支持。",
        "实现三次产业全覆盖。",
        "實現三次產業全覆蓋。",
    ],
)
def test_rankings_joined_conditions_and_the_three_sectors_are_not_targets(text: str) -> None:
    assert targets(text) == [], text


@pytest.mark.parametrize(
    ("text", "value", "comparator"),
    [
        ("全市营业收入突破五千亿。", Decimal(5000), ">="),
        ("全市營業收入突破5000億。", Decimal(5000), ">="),
        ("到2025年产业规模达到1.8万亿。", Decimal(18000), "="),
    ],
)
def test_bare_yi_after_a_money_scale_noun_is_yi_yuan(text: str, value: Decimal, comparator: str) -> None:
    """Regression (issue 12 walk-through): 营业收入突破五千亿 gave no target; the scale noun before the figure
    makes a bare 亿 money in 亿元, as 五千亿规模 already did after it."""
    t = one(text)
    assert (t.value, t.unit, t.comparator) == (value, "亿元", comparator)


@pytest.mark.parametrize("text", ["产值达到三千亿级。", "全市人口达到1.2亿。"])
def test_bare_yi_without_a_money_scale_is_no_money_target(text: str) -> None:
    assert not [t for t in targets(text) if t.unit == "亿元"]


@pytest.mark.parametrize(
    "text",
    [
        "《2025年县政府工作报告任务分解》明确133项具体任务,涉及34个牵头单位;",
        "《2025年縣政府工作報告任務分解》明確133項具體任務,涉及34個牽頭單位;",
        "一、县示范区管委会牵头工作(8项)",
        "一、縣示範區管委會牽頭工作(8項)",
        "一、10件民生实事任务分解表",
        "一、10件民生實事任務分解表",
        "配套建设4×100万千瓦调峰火电项目。",
        "配套建設4×100萬千瓦調峰火電項目。",
    ],
)
def test_counts_of_tasks_and_units_headings_and_specifications_are_not_targets(text: str) -> None:
    assert targets(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "对每3年内产值由3亿元以下增加到5亿元以上,且年均增速20%以上的企业,连续三年分档给予100-200万元奖励。",
        "對每3年內產值由3億元以下增加到5億元以上,且年均增速20%以上的企業,連續三年分檔給予100-200萬元獎勵。",
    ],
)
def test_figures_of_an_incentives_eligibility_are_not_targets(text: str) -> None:
    """对…的企业, …给予奖励: the figures say who qualifies; only the reward (a range) is recorded."""
    got = [(t.value, t.value_max, t.unit, t.kind) for t in targets(text)]
    assert got == [(Decimal(100), Decimal(200), "万元", "policy_amount")]


def test_a_plain_goal_after_dui_stays_a_target() -> None:
    assert [(t.value, t.unit) for t in targets("对企业新增就业目标达到100人。")] == [(Decimal(100), "人")]


@pytest.mark.parametrize("text", ["培育10个以上行业大模型应用标杆。", "培育10個以上行業大模型應用標桿。"])
def test_a_count_of_sector_models_is_a_target(text: str) -> None:
    """Regression (dev4 first score): 行业 qualifying the next noun (行业大模型) is no count of sectors."""
    assert [(t.value, t.unit, t.comparator) for t in targets(text)] == [(Decimal(10), "个", ">=")]


@pytest.mark.parametrize("text", ["覆盖电子商务、现代物流等7个行业。", "涉及7个行业的企业。"])
def test_a_count_of_sectors_is_no_target(text: str) -> None:
    assert targets(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a year before the plan's, a perfective or existential word, a past word or plan period in the sentence
        "2022年,全市地区生产总值增长5.2%,规模以上工业增加值增长6.1%。",
        "2022年,全市地區生產總值增長5.2%,規模以上工業增加值增長6.1%。",
        "已建成5G基站3000个,已完成投资15亿元。",
        "已建成5G基站3000個,已完成投資15億元。",
        "我市现有人口约120万人。",
        "我市現有人口約120萬人。",
        "去年以来,累计培育专精特新企业120家。",
        "去年以來,累計培育專精特新企業120家。",
        "过去五年,全市累计完成固定资产投资2000亿元。",
        "過去五年,全市累計完成固定資產投資2000億元。",
        "“十三五”期间,全市新增就业12万人。",
        "“十三五”期間,全市新增就業12萬人。",
        "全年共举办了招聘会20场。",
        "全年共舉辦了招聘會20場。",
        "全县辖12个乡镇,面积1800平方公里。",
        "全縣轄12個鄉鎮,面積1800平方公里。",
        "全市总面积1.2万平方公里,总人口350万人。",
    ],
)
def test_past_results_and_background_counts_are_not_targets(text: str) -> None:
    assert targets(text, plan_year=2023) == [], text


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a later time expression or a goal word after the past word; a base year; a reward's eligibility
        ("近年来成效明显,到2025年新增企业50家。", ["50"]),
        ("近年來成效明顯,到2025年新增企業50家。", ["50"]),
        ("过去三年打下基础,今后力争新增企业50家。", ["50"]),
        ("地区生产总值比去年增长6%。", ["6"]),
        ("地區生產總值比去年增長6%。", ["6"]),
        ("单位GDP能耗在2020年基础上下降13.5%。", ["13.5"]),
        ("占比较 2020 年提升2个百分点。", ["2"]),
        ("对已认定的企业给予奖励50万元。", ["50"]),
        ("對已認定的企業給予獎勵50萬元。", ["50"]),
        ("“十四五”期间,全市新增就业12万人。", ["120000"]),
    ],
)
def test_goals_after_past_words_base_years_and_rewards_are_kept(text: str, values: list[str]) -> None:
    found = targets(text, plan_year=2023)
    assert [str(t.value) for t in found] == values, text
    assert all(t.year != 2020 for t in found)


@pytest.mark.parametrize(
    "text",
    ["地区生产总值增幅-1.1%。", "地區生產總值增幅-1.1%。", "工业投资增速为-3%。", "工業投資增速為-3%。"],
)
def test_a_negative_change_is_a_result_not_a_goal(text: str) -> None:
    assert targets(text) == [], text


def test_a_range_with_a_dash_is_no_negative_change() -> None:
    assert [(t.value, t.value_max) for t in targets("增长率为3-5%。")] == [(Decimal(3), Decimal(5))]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("居民消费价格指数控制在103左右。", Decimal(103), ""),
        ("居民消費價格指數控制在103左右。", Decimal(103), ""),
        ("两化融合发展水平达到66,规模以上工业企业研发机构覆盖率达到50%。", Decimal(66), ""),
        ("兩化融合發展水平達到66,規模以上工業企業研發機構覆蓋率達到50%。", Decimal(66), ""),
    ],
)
def test_an_index_without_a_unit_is_a_target(text: str, value: Decimal, unit: str) -> None:
    t = targets(text)[0]
    assert (t.value, t.unit) == (value, unit)


@pytest.mark.parametrize("text", ["全市人口指数较高,达到66个。", "保持在103号楼。", "水平达到66.5亩"])
def test_a_plain_number_elsewhere_is_no_index(text: str) -> None:
    assert not [t for t in targets(text) if t.unit == ""]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the amount before a threshold noun that qualifies a money word; a threshold joined to another
        ("分别给予300万元、100万元的项目奖励。", [(Decimal(300), "万元"), (Decimal(100), "万元")]),
        ("分別給予300萬元、100萬元的項目獎勵。", [(Decimal(300), "万元"), (Decimal(100), "万元")]),
        ("对新引进总投资1亿元和2亿元以上的重点工业项目给予支持。", []),
        ("對新引進總投資1億元和2億元以上的重點工業項目給予支持。", []),
        # the digits of a rate, a party congress, lines a measure builds
        ("持续保持两位数增长。", []),
        ("持續保持兩位數增長。", []),
        ("是省十二次党代会胜利召开的关键年。", []),
        ("是省十二次黨代會勝利召開的關鍵年。", []),
        ("推动30条生产线投产。", [(Decimal(30), "条")]),
        ("推動30條生產線投產。", [(Decimal(30), "条")]),
        ("打造13条产业链。", []),
    ],
)
def test_money_heads_joined_thresholds_digits_congresses_and_lines(
    text: str, want: list[tuple[Decimal, str]]
) -> None:
    assert [(t.value, t.unit) for t in targets(text)] == want, text


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("办理时限由20个工作日压缩至10个工作日。", [(Decimal(10), "个工作日")]),
        ("辦理時限由20個工作日壓縮至10個工作日。", [(Decimal(10), "个工作日")]),
        ("审批时间从30天缩短到15个工作日。", [(Decimal(15), "个工作日")]),
    ],
)
def test_the_old_level_of_a_change_from_one_figure_to_another_is_no_target(
    text: str, want: list[tuple[Decimal, str]]
) -> None:
    assert [(t.value, t.unit) for t in targets(text)] == want


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("一般公共预算收入增长到128亿元。", "goal"),
        ("一般公共預算收入增長到128億元。", "goal"),
        ("安排预算资金5000万元。", "budget"),
        ("安排預算資金5000萬元。", "budget"),
    ],
)
def test_budget_revenue_is_a_goal_and_a_budget_allocation_a_budget(text: str, kind: str) -> None:
    assert one(text).kind == kind


@pytest.mark.parametrize(
    "text",
    [
        "发布时间:2023-05-06 来源:市政府办公室 阅读量:567次",
        "發佈時間:2023-05-06 來源:市政府辦公室 閱讀量:567次",
        "1-5月,全市完成固定资产投资300亿元。",
        "1-5月,全市完成固定資產投資300億元。",
        "1至10月,规上工业增加值增长6.5%。",
    ],
)
def test_counters_after_their_label_and_results_of_the_months_so_far_are_not_targets(text: str) -> None:
    assert targets(text) == [], text


@pytest.mark.parametrize("text", ["力争1-6月完成投资50%。", "按2023年1—2月产值同比增量的1%予以奖励。"])
def test_the_months_so_far_with_a_goal_or_reward_word_are_kept(text: str) -> None:
    assert len(targets(text)) == 1, text


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("氮氧化物、挥发性有机物排放总量比2020年分别下降10%以上。", 2),
        ("氮氧化物、揮發性有機物排放總量比2020年分別下降10%以上。", 2),
        ("PM2.5、PM10浓度分别下降12.6%、10.5%。", 2),
        ("城镇调查失业率和登记失业率分别控制在5.5%和4.5%以下。", 2),
        ("对国家级、省级中心分别奖励200万元、50万元。", 2),
        ("化学需氧量、氨氮、总磷排放量分别下降8%。", 3),
        ("4、城镇居民人均可支配收入、农民人均纯收入分别增长8%。", 2),  # the item number's 、 is no subject
        ("4、城鎮居民人均可支配收入、農民人均純收入分別增長8%。", 2),
    ],
)
def test_one_figure_said_of_each_subject_is_a_target_per_subject(text: str, n: int) -> None:
    assert len(targets(text)) == n, text


@pytest.mark.parametrize(
    ("title", "background"),
    [
        ("发展基础", True),
        ("發展基礎", True),
        ("(一)工作回顧", True),
        ("(一)工作回顾", True),
        ("二、发展目标", False),
        ("以发展基础为支撑,推动新增企业50家,实现规模以上工业增加值增长8%", False),
    ],
)
def test_background_headings(title: str, background: bool) -> None:
    from policykg.loaders.extract.targets import background_heading

    assert background_heading(title) is background


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a round Chinese figure a comparator commits to; a class after 超; decimals of a Chinese number
        ("力争产值突破千亿元。", [(Decimal(1000), "亿元")]),
        ("力爭產值突破千億元。", [(Decimal(1000), "亿元")]),
        ("年产值达百亿元以上。", [(Decimal(100), "亿元")]),
        ("打造千亿元产业集群。", []),
        ("培育超百亿元数字企业40家。", [(Decimal(40), "家")]),
        ("培育超過100億元數字企業40家。", [(Decimal(40), "家")]),
        # a Chinese number's decimals are read with it (round 22), never as a figure of their own (五亿元)
        ("投资三点五亿元。", [(Decimal("3.5"), "亿元")]),
        # areas and beds
        ("全市建成区面积达到120平方公里。", [(Decimal(120), "平方公里")]),
        ("新增造林1.2万公顷。", [(Decimal(12000), "公顷")]),
        ("每千名老人拥有养老床位40张。", [(Decimal(40), "张")]),
        ("每千名老人擁有養老床位40張。", [(Decimal(40), "张")]),
        ("构建一张网、两张清单。", []),
    ],
)
def test_round_chinese_figures_classes_after_chao_areas_and_beds(
    text: str, want: list[tuple[Decimal, str]]
) -> None:
    assert [(t.value, t.unit) for t in targets(text)] == want, text


@pytest.mark.parametrize(
    "text",
    [
        # shares of the plan done, a 同比 result after the figure, a sentence that goes on reporting
        "完成投资12亿元,占年度计划的60%。",
        "新增规上企业15家,完成全年目标的75%。",
        "新增規上企業15家,完成全年目標的75%。",
        "全区实现规上工业总产值150亿元,同比增长8%。",
        "全區實現規上工業總產值150億元,同比增長8%。",
        "已开工项目25个,开工率80%。",
        "已開工項目25個,開工率80%。",
    ],
)
def test_progress_shares_and_reporting_sentences_give_no_goal(text: str) -> None:
    found = targets(text)
    assert [t for t in found if t.unit == "%"] == [], text
    if "同比" in text or "已" in text:
        assert found == [], text


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("力争规上工业总产值突破4000亿元,同比增长20%以上。", ["4000", "20"]),
        ("力爭規上工業總產值突破4000億元,同比增長20%以上。", ["4000", "20"]),
        ("在已有基础上,新增企业20家。", ["20"]),
        ("已建成基站3000个,力争全年达到5000个。", ["5000"]),
    ],
)
def test_goals_beside_a_tongbi_change_or_a_past_clause_are_kept(text: str, values: list[str]) -> None:
    assert [str(t.value) for t in targets(text)] == values, text


@pytest.mark.parametrize(
    "text",
    [
        "本方案共包括6大行动、24项具体举措。",
        "本方案共包括6大行動、24項具體舉措。",
        "出台10条支持措施,每条措施明确责任单位。",
        "推动国家海外引才 20 项支持保障政策全面落实。",
        "推動國家海外引才20項支持保障政策全面落實。",
    ],
)
def test_a_count_of_qualified_measures_of_a_list_is_no_target(text: str) -> None:
    assert targets(text) == [], text


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("实现百分之百覆盖。", Decimal(100), "%"),
        ("實現百分之百覆蓋。", Decimal(100), "%"),
        ("人口自然增长率控制在千分之五以内。", Decimal(5), "‰"),
        ("人口自然增長率控制在千分之五以內。", Decimal(5), "‰"),
    ],
)
def test_written_out_percentages_and_per_mille(text: str, value: Decimal, unit: str) -> None:
    t = one(text)
    assert (t.value, t.unit) == (value, unit)


@pytest.mark.parametrize(
    "text",
    [
        "区政府主要工作任务分解为7大方面、80项。",
        "區政府主要工作任務分解為7大方面、80項。",
        "将任务细化为30项具体工作。",
    ],
)
def test_how_the_plan_divides_its_own_items_is_no_target(text: str) -> None:
    assert targets(text) == [], text


def test_a_goal_after_a_division_of_stages_is_kept() -> None:
    assert [str(t.value) for t in targets("分为三个阶段推进,新增企业20家。")] == ["20"]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("生猪出栏100万头。", Decimal(1000000), "头"),
        ("生豬出欄100萬頭。", Decimal(1000000), "头"),
        ("家禽出栏1000万只。", Decimal(10000000), "只"),
        ("粮食亩产达到500公斤。", Decimal(500), "公斤"),
    ],
)
def test_livestock_and_weights(text: str, value: Decimal, unit: str) -> None:
    t = one(text)
    assert (t.value, t.unit) == (value, unit)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("农村贫困人口减少60万以上。", Decimal(600000)),
        ("農村貧困人口減少60萬以上。", Decimal(600000)),
        ("城镇新增就业1.2万。", Decimal(12000)),
        ("城鎮新增就業1.2萬。", Decimal(12000)),
    ],
)
def test_a_bare_wan_after_people_counts_persons(text: str, value: Decimal) -> None:
    """Regression (dev f07): 农村贫困人口减少60万以上 gave no target."""
    t = one(text)
    assert (t.value, t.unit) == (value, "人")


@pytest.mark.parametrize("text", ["就业补助资金1亿。", "就业基地1万平方米。"])
def test_a_bare_wan_elsewhere_counts_no_persons(text: str) -> None:
    assert not [t for t in targets(text) if t.unit == "人"]


@pytest.mark.parametrize(
    "text", ["推动现有规上企业100家完成数字化改造。", "推動現有規上企業100家完成數字化改造。"]
)
def test_a_verb_steering_what_exists_makes_a_goal(text: str) -> None:
    assert [str(t.value) for t in targets(text)] == ["100"]


@pytest.mark.parametrize("text", ["给予5000万元至1亿元支持。", "給予5000萬元至1億元支持。"])
def test_a_range_from_wan_yuan_to_yi_yuan_is_one_target_in_wan_yuan(text: str) -> None:
    t = one(text)
    assert (t.value, t.value_max, t.unit) == (Decimal(5000), Decimal(10000), "万元")


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("推动二次创业,实施数据二次开发。", []),
        ("推動二次創業,實施數據二次開發。", []),
        ("每年至少开展两次检查。", ["2"]),
        ("每年至少開展兩次檢查。", ["2"]),
    ],
)
def test_a_chinese_count_of_times_commits_only_with_a_comparator(text: str, values: list[str]) -> None:
    assert [str(t.value) for t in targets(text)] == values, text


@pytest.mark.parametrize(
    ("text", "value", "unit", "kind"),
    [
        ("城区道路路网密度达到5.1公里/平方公里。", Decimal("5.1"), "公里/平方公里", "goal"),
        ("城區道路路網密度達到5.1公里/平方公里。", Decimal("5.1"), "公里/平方公里", "goal"),
        ("劳动生产率达到15万元/人。", Decimal(15), "万元/人", "goal"),
        ("勞動生產率達到15萬元/人。", Decimal(15), "万元/人", "goal"),
        ("投资强度不低于300万元/亩。", Decimal(300), "万元/亩", "goal"),
        ("给予奖励2万元/人。", Decimal(2), "万元/人", "policy_amount"),
    ],
)
def test_ratio_units(text: str, value: Decimal, unit: str, kind: str) -> None:
    """Regression (dev5 first score): 5.1公里/平方公里 gave 5.1 公里; 万元 stays the money unit of a ratio."""
    t = one(text)
    assert (t.value, t.unit, t.kind) == (value, unit, kind)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("2021年产业增加值达到21.31亿元,比2020年增加2.94亿元,同比增速16%以上。", ["21.31", "2.94", "16"]),
        ("2021年產業增加值達到21.31億元,比2020年增加2.94億元,同比增速16%以上。", ["21.31", "2.94", "16"]),
        ("地区生产总值同比增长2.9%。", []),
    ],
)
def test_a_change_over_last_year_with_a_bound_is_a_goal(text: str, values: list[str]) -> None:
    """Regression (dev5 first score): 同比增速16%以上 in a 发展目标 paragraph was taken for a result."""
    assert [str(t.value) for t in targets(text, plan_year=2021)] == values


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # an amount set aside before a project noun; a tax rate; a row number before the next cell's word
        ("州财政牵头筹措1亿元以上滚动使用项目前期工作经费。", [(Decimal(1), "亿元", "budget")]),
        ("州財政牽頭籌措1億元以上滾動使用項目前期工作經費。", [(Decimal(1), "亿元", "budget")]),
        ("对投资1亿元以上的项目给予奖励。", []),
        ("小规模纳税人适用3%征收率的应税销售收入免征增值税。", []),
        ("小規模納稅人適用3%徵收率的應稅銷售收入免徵增值稅。", []),
        ("7\n\n生猪存栏\n\n万头\n\n0\n\n8\n\n家禽出栏\n", []),
        ("粮食产量达到24亿斤以上。", [(Decimal(24), "亿斤", "goal")]),
        ("糧食產量達到24億斤以上。", [(Decimal(24), "亿斤", "goal")]),
        ("全力办好两件大事。", []),
    ],
)
def test_funds_set_aside_tax_rates_split_cells_jin_and_two_big_things(
    text: str, want: list[tuple[Decimal, str, str]]
) -> None:
    """Regressions (dev5 first score)."""
    assert [(t.value, t.unit, t.kind) for t in targets(text)] == want, text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("按设备投资额的10%给予补助。", "policy_amount"),
        ("按設備投資額的10%給予分檔補助。", "policy_amount"),
        ("按照中央支持额度的20%省级财政给予补助。", "policy_amount"),
        ("研发投入占营业收入的比重达到3%。", "goal"),
    ],
)
def test_a_share_a_subsidy_pays_is_a_policy_amount(text: str, kind: str) -> None:
    assert one(text).kind == kind


@pytest.mark.parametrize(
    "text",
    ["在去年基础上,新增企业20家。", "在去年基礎上,新增企業20家。", "在过去五年的基础上,新增企业20家。"],
)
def test_a_past_word_that_names_a_base_sets_no_past(text: str) -> None:
    assert [str(t.value) for t in targets(text)] == ["20"]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("地区生产总值增长率均预计在20%左右。", []),
        ("地區生產總值增長率均預計在20%左右。", []),
        ("2023年预计完成投资95.7亿元。", ["95.7"]),
        ("2023年預計完成投資95.7億元。", ["95.7"]),
    ],
)
def test_a_forecast_right_before_its_figure_is_no_target(text: str, values: list[str]) -> None:
    assert [str(t.value) for t in targets(text)] == values


def test_a_wrapped_figure_with_doubled_breaks_keeps_its_unit() -> None:
    """Regression (perturbation blank2): 50 萬⏎⏎元 was taken for a table's cells and dropped."""
    text = "分别给予一次性奖励 10 万元、50 万\n\n元。"
    assert [(t.value, t.unit) for t in targets(text)] == [(Decimal(10), "万元"), (Decimal(50), "万元")]


@pytest.mark.parametrize(
    "text", ["产业集群达7个,其中3个营业收入超2000亿元。", "產業集群達7個,其中3個營業收入超2000億元。"]
)
def test_the_level_defining_a_counted_subset_is_no_target(text: str) -> None:
    assert [(t.value, t.unit) for t in targets(text)] == [(Decimal(7), "个"), (Decimal(3), "个")]


# --------------------------------------------------------------------------- round 8 (dev6 families)


def _both(text: str) -> list[str]:
    import opencc

    return [text, str(opencc.OpenCC("s2tw").convert(text))]


def _values(text: str, plan_year: int | None = 2023) -> list[tuple[Decimal, str]]:
    from policykg.loaders.normalize import fold

    return [(t.value, fold(t.unit)) for t in targets(text, plan_year)]


@pytest.mark.parametrize(
    "text",
    _both(
        "对亩产税收在行业平均亩产税收200%、150%、100%以上的,分别给予缴纳城镇土地使用税100%、75%、50%的财政支持。"
    ),
)
def test_tiers_of_a_condition_list_with_their_bound_are_no_targets(text: str) -> None:
    assert [v for v, _ in _values(text)] == [Decimal(100), Decimal(75), Decimal(50)]


@pytest.mark.parametrize(
    "text", _both("力争到2030年每个载体拥有不少于1个百亿规模产业集群,全市产业集群总量超过五千亿规模。")
)
def test_size_class_before_a_noun_is_no_target(text: str) -> None:
    assert _values(text) == [(Decimal(1), "个"), (Decimal(5000), "亿元")]


@pytest.mark.parametrize(
    "text", _both("抓好沙陀湖调蓄工程、能信热电工程等360个以上省、市重点项目建设。培育钢铁、建材等3个行业。")
)
def test_count_after_etc_with_a_bound_is_a_target(text: str) -> None:
    assert _values(text) == [(Decimal(360), "个")]


@pytest.mark.parametrize("text", _both("将中小微企业返还标准由企业及职工缴纳失业保险费的50%提高到100%。"))
def test_level_a_change_starts_from_is_no_target(text: str) -> None:
    assert _values(text) == [(Decimal(100), "%")]


@pytest.mark.parametrize("text", _both("力争引进20亿级项目不少于12个、50亿级项目不少于2个。"))
def test_listed_counts_with_figures_are_no_enumeration(text: str) -> None:
    assert _values(text) == [(Decimal(12), "个"), (Decimal(2), "个")]


@pytest.mark.parametrize(
    "text",
    _both("2022年,全省信息技术产业实现营业收入1.4万亿元左右,同比增长15%,其中,软件业实现营业收入8500亿元。"),
)
def test_sentence_led_by_the_plan_year_plans_its_year_on_year_change(text: str) -> None:
    assert _values(text, 2022) == [(Decimal(14000), "亿元"), (Decimal(15), "%"), (Decimal(8500), "亿元")]
    assert _values(text.replace("2022年", "2021年"), 2022) == []  # a year before the plan reports results


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a paragraph opening as a progress report under a task: everything in it was done
        ("1.安置就业困难人员6100人。\n推进情况:目前累计完成安置就业困难人员6415人。", ["6100人"]),
        ("1.安置就業困難人員6100人。\n推進情況:目前累計完成安置就業困難人員6415人。", ["6100人"]),
        ("1.安置就业困难人员6100人。\n推进(jìn)情况:目前累计完成6415人。", ["6100人"]),
        (
            "1.新建幼儿园8所。\n此项工作已完成。截至12月底,完成8所。其中:甲区2所。累计投入资金5000万元。",
            ["8所"],
        ),
        (
            "1.新建幼兒園8所。\n此項工作已完成。截至12月底,完成8所。其中:甲區2所。累計投入資金5000萬元。",
            ["8所"],
        ),
        # the same words later in a line open no report
        ("1.安置就业困难人员6100人,推进情况纳入考核。", ["6100人"]),
    ],
)
def test_a_progress_paragraph_under_a_task_gives_no_target(text: str, want: list[str]) -> None:
    assert [f"{t.value}{t.unit}" for t in targets(text)] == want, text


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a magnitude in words before an industry and a class noun names the class (like 千亿级)
        ("打造以手机为主导的千亿元光电信息产业集群。", []),
        ("打造以手機為主導的千億元光電信息產業集群。", []),
        # an amount set aside or reached stays
        ("安排千亿元资金支持企业。", ["1000亿元"]),
        ("实现产值千亿元。", ["1000亿元"]),
    ],
)
def test_a_magnitude_before_a_class_noun_is_no_target(text: str, want: list[str]) -> None:
    assert [f"{t.value}{t.unit}" for t in targets(text)] == want, text


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a flattened progress table: the task cell's figures are planned, the 当前进度 cell's are done
        ("序号\n项目内容\n当前进度\n牵头单位\n1\n建设农村路55公里。\n95%\n县交通局", ["55公里"]),
        ("序號\n項目內容\n當前進度\n牽頭單位\n1\n建設農村路55公里。\n95%\n縣交通局", ["55公里"]),
        ("序号\n项目内容\n完成进度\n1\n新增学位1000个。\n80%(进度滞后)\n县教育局", ["1000个"]),
        # without a progress column, a bare figure cell stays (a 目标值 column)
        ("序号\n指标\n目标值\n1\n森林覆盖率\n65%", ["65%"]),
        # a goal column before the progress column: a row's first figure cell is its goal, the next its progress
        ("指标名称\n年度目标\n完成情况\n责任部门\n1、财政收入增长率\n6%以上\n28.97%\n区财政局", ["6%"]),
        ("指標名稱\n年度目標\n完成情況\n責任部門\n1、財政收入增長率\n6%以上\n28.97%\n區財政局", ["6%"]),
        ("指标名称\n\n年度目标\n\n完成情况\n\n2、新增企业上市数\n\n2家\n\n4家\n\n区金融办", ["2家"]),
        # without a goal column, the first figure cell is still progress
        ("指标名称\n完成情况\n责任部门\n1、财政收入增长率\n28.97%\n区财政局", []),
    ],
)
def test_a_progress_column_cell_is_no_target(text: str, want: list[str]) -> None:
    assert [f"{t.value}{t.unit}" for t in targets(text)] == want, text


_BARRED = "序号 |\n主要任务 |\n全年目标任务 |\n牵头单位 |\n1-10月推进情况 |\n1-11月推进情况 |\n说明 |\n"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a table flattened a cell a line with bars: the task cell's figures are planned, the progress cells' done
        (_BARRED + "24 |\n新建中转站8个。 |\n城管局 |\n已建成3个。 |\n完成60%。 |\n|\n", ["8个"]),
        (
            _BARRED
            + "24 |\n新建中转站8个、分类池20个。 |\n城管局 |\n完成30%。 |\n在46个小区,建成38个厢房。 |\n",
            ["8个", "20个"],
        ),
        # a row lacking a merged cell (主要任务) keeps its task cell and still loses its progress cells
        (_BARRED + "7 |\n优化提升50条背街后巷。 |\n城管局 |\n完成30%。 |\n|\n", ["50条"]),
        # a progress cell running over lines, its bar on its last line
        (
            "序号 |\n实事项目 |\n牵头单位 |\n进展情况 |\n3 |\n确保满足率达到95%以上 |\n区卫健委 |\n"
            "1.新增2处急救站均已建成。\n2.72名新招录人员已全部上岗。 |\n",
            ["95%"],
        ),
        # a 落实情况 column reports results too
        (
            "序号 |\n主要任务 |\n牵头单位 |\n落实情况 |\n145 |\n新建游园5处。 |\n市城管局 |\n设立销售点210处。 |\n",
            ["5处"],
        ),
        # without a progress column every cell's figures stay
        (
            "序号 |\n主要任务 |\n牵头单位 |\n备注 |\n3 |\n新建游园5处。 |\n市城管局 |\n再建210处。 |\n",
            ["5处", "210处"],
        ),
    ],
)
def test_a_progress_cell_in_a_barred_cell_a_line_table_is_no_target(text: str, want: list[str]) -> None:
    assert [f"{t.value}{t.unit}" for t in targets(text)] == want, text


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_barred_cell_a_line_progress_cell_in_both_scripts(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert(
        _BARRED + "24 |\n新建中转站8个。 |\n城管局 |\n已进场施工,完成30%。 |\n在46个小区建成38个厢房。 |\n"
    )
    assert [f"{t.value}{t.unit}" for t in targets(text)] == ["8个"], text


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # things another document lists are counted, not promised
        ("确保国家专项规划内的127座病险水库除险加固工程全部开工建设。", []),
        ("確保國家專項規劃內的127座病險水庫除險加固工程全部開工建設。", []),
        # a count the plan itself commits to stays
        ("确保127座病险水库除险加固工程全部开工建设。", ["127座"]),
    ],
)
def test_a_count_of_things_another_plan_lists_is_no_target(text: str, want: list[str]) -> None:
    assert [f"{t.value}{t.unit}" for t in targets(text)] == want, text


# --------------------------------------------------------------------------- round 9 (unseen pages)


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_bare_wan_figure_counting_people_named_after_it(convert) -> None:  # type: ignore[no-untyped-def]
    assert _values(convert("到2020年,确保3.86万国标贫困人口全部实现脱贫。")) == [(Decimal(38600), "人")]


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_bare_wan_figure_before_other_nouns_has_no_people_unit(convert) -> None:  # type: ignore[no-untyped-def]
    assert _values(convert("完成3万农村危房改造。")) == []


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_duration_or_an_age_set_for_its_indicator(convert) -> None:  # type: ignore[no-untyped-def]
    got = _values(convert("劳动年龄人口平均受教育年限达到11.2年,人均预期寿命达到79岁,贴息期限不超过1年。"))
    assert got == [(Decimal("11.2"), "年"), (Decimal(79), "岁"), (Decimal(1), "年")]


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_year_after_a_term_is_no_duration(convert) -> None:  # type: ignore[no-untyped-def]
    assert _values(convert("实施期限为2025年。")) == []


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_the_count_of_a_list_a_clause_builds_is_a_target(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert(
        "建成投用沿浦、宜山、莒溪、炎亭等8家卫生院。打通县城人民大道(苍南大道至山海大道)等12条断头路。"
    )
    assert _values(text) == [(Decimal(8), "家"), (Decimal(12), "条")]


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_the_count_of_a_list_of_sectors_or_of_a_subject_is_no_target(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert("在已实施制造业、批发业等6个行业增值税留抵退税政策。红桥、木岗等7个产业园区建成标准厂房。")
    assert _values(text) == []


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_bare_yi_figure_after_investment_is_money(convert) -> None:  # type: ignore[no-untyped-def]
    assert _values(convert("力争全年完成投资1494亿。")) == [(Decimal(1494), "亿元")]


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_round_the_clock_service_is_no_target(convert) -> None:  # type: ignore[no-untyped-def]
    assert _values(convert("畅通24小时热线电话,提供7×24小时服务。")) == []
    assert _values(convert("申请材料齐全的,24小时内办结。")) == [(Decimal(24), "小时")]


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_the_count_of_a_built_list_after_a_time_word_or_before_another_item(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert(
        "年内启动尚贤、冠山等6个乡镇供水管网设施建设,提升供水能力。"
        "引进机数科技等8家独立法人研发机构、中科院分所。"
    )
    assert _values(text) == [(Decimal(6), "个"), (Decimal(8), "家")]


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_the_count_of_documents_a_notice_hands_on_is_no_target(convert) -> None:  # type: ignore[no-untyped-def]
    assert _values(convert("关于印发推进产业高质量发展若干政策措施等4个文件的通知")) == []


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_class_threshold_in_two_currencies(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert("全年招引落户总投资超30亿元或3亿美元产业项目2个、总投资超10亿元或1亿美元产业项目5个。")
    assert _values(text) == [(Decimal(2), "个"), (Decimal(5), "个")]
    assert _values(convert("力争完成投资30亿元或5亿美元。")) == [
        (Decimal(30), "亿元"),
        (Decimal(5), "亿美元"),
    ]


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_cost_split_between_governments_is_no_target(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert("省级财政负担支持资金的60%,市(县)财政负担支持资金的40%。贴息40%,省、市各分担50%。")
    assert _values(text) == [(Decimal(40), "%")]
    # a burden the plan caps is a goal
    assert _values(convert("个人负担比例控制在30%以内。")) == [(Decimal(30), "%")]


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_figures_of_a_condition_closed_before_its_reward_are_no_targets(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert(
        "对年能耗5000吨标准煤及以上工业企业实施节能降碳改造,并实现年节能量1000吨标准煤以上、或减少碳排放"
        "2500吨以上的,给予100万元奖励。"
    )
    assert _values(text) == [(Decimal(100), "万元")]
    # without a condition closed by 的 before a reward, the figure is the goal
    assert _values(convert("对重点企业实施节能改造,年节能量达到1000吨标准煤,给予技术指导。")) == [
        (Decimal(1000), "吨标准煤")
    ]


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_counts_of_the_tasks_a_body_leads_or_supports_are_no_targets(convert) -> None:  # type: ignore[no-untyped-def]
    assert _values(convert("重点工作任务(杭州市2项牵头工作、19项配合工作)")) == []
    assert _values(convert("全年新建项目19项。")) == [(Decimal(19), "项")]


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_schedule_step_labelled_by_its_quarter_is_a_goal(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert(
        "第一季度:印发工作方案。完成工作任务20%以上。 第二季度:完成工作任务的50%以上。 第三季度:完成工作任务的90%以上。"
    )
    assert _values(text) == [(Decimal(20), "%"), (Decimal(50), "%"), (Decimal(90), "%")]
    # a quarter's result, reported without a bound, stays no target
    assert _values(convert("一季度:全市农村居民人均可支配收入增速7.7%。")) == []


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_the_value_of_a_goal_named_after_it_is_a_target_in_a_report(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert("已完成。全市治理违法建设2318.70万平方米,完成我市2300万平方米的年度治理目标。")
    assert _values(text) == [(Decimal(23000000), "平方米")]


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_figure_under_a_barred_progress_column_is_reported(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert(
        "序号 | 重点任务 | 任务目标完成情况 | 下一步计划 | 责任单位 |\n"
        "16 | 培育发展数字出版新业态,新增企业10家。 | 一是网络剧获得扶持项目,共计获得资金10万元。 | "
        "持续推动签约。 | 区文化和旅游局 |"
    )
    assert _values(text) == [(Decimal(10), "家")]


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_counts_of_the_plans_own_items_named_as_its_projects_or_parts(convert) -> None:  # type: ignore[no-untyped-def]
    assert _values(convert("扎实办好11项为民办实事项目。")) == []
    assert _values(convert("将文件的各项任务分解为46个具体问题,由有关部门牵头。")) == []
    # a count of problems a measure solves is a goal
    assert _values(convert("年内解决46个群众反映强烈的问题。")) == [(Decimal(46), "个")]


# --------------------------------------------------------------------------- dev9 families


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_rate_over_a_population_keeps_its_base(convert) -> None:  # type: ignore[no-untyped-def]
    got = [(t.value, t.unit, t.comparator) for t in targets(convert("孕产妇死亡率控制在15/10万以内。"))]
    assert got == [(Decimal(15), "/10万", "<=")]


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_list_of_ordinals_and_a_running_issue_number_are_no_targets(convert) -> None:  # type: ignore[no-untyped-def]
    assert _values(convert("市政府公报(2019年第3、4期)\n总期刊数 总390期\n")) == []
    assert _values(convert("完成第二、三批10个项目,举办培训班10期。")) == [
        (Decimal(10), "个"),
        (Decimal(10), "期"),
    ]


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_count_of_the_plans_own_practical_matters_is_no_target(convert) -> None:  # type: ignore[no-untyped-def]
    assert _values(convert("2019年重点办好10件实事。")) == []


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_size_opening_a_listed_projects_name_is_no_target(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert(
        "1.竣工项目(2个):200万头生猪肉联加工项目、西部中心医院一期工程。\n14家五星级酒店琼海项目(国宾馆)。"
    )
    assert _values(text) == []
    assert _values(convert("新建200万头生猪养殖项目。")) == [(Decimal(2000000), "头")]


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_capacity_before_a_product_in_a_list_of_projects_is_no_target(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert("重点抓好甲集团25万吨己二酸和20万吨己内酰胺、乙化工10万吨针状焦等项目建设,延伸产业链。")
    assert _values(text) == []
    # a verb right before the capacity, a figure ending its item, or no closing 等项目: amounts committed
    assert _values(convert("新增50万吨产能等项目。")) == [(Decimal(50), "万吨")]
    assert _values(convert("实施道路改造10公里、绿化2万平方米等项目。")) == [
        (Decimal(10), "公里"),
        (Decimal(20000), "平方米"),
    ]
    assert _values(convert("建成甲企业25万吨己二酸生产线。")) == [(Decimal(25), "万吨")]


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_bound_closing_a_numbered_dui_clause_before_its_reward_is_no_target(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert(
        "1.对实际总投资20亿元以上、引领发展方向、填补省内空白的战略性新兴产业制造类项目,各地可给予支持。\n"
        "3.对新设外商投资企业投资总额超过1亿美元(含1亿美元),按企业1个年度内实际到位外资金额2%的比例予以奖励,"
        "最高奖励150万元。"
    )
    assert _values(text) == [(Decimal(2), "%"), (Decimal(150), "万元")]
    assert _values(convert("对企业给予奖励,新增就业超过1000人。")) == [(Decimal(1000), "人")]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "value", "unit", "cmp"),
    [
        ("加装既有住宅电梯15部。", "15", "部", "="),
        ("新增税收亿元楼3幢。", "3", "幢", "="),
        ("改造老旧厂房不少于5栋。", "5", "栋", ">="),
        ("新建充电桩,购置新能源公交车20部。", "20", "部", "="),
        ("种植桂花、紫薇等苗木8000株。", "8000", "株", "="),
        ("新栽行道树1200棵。", "1200", "棵", "="),
        ("市级涉企政策出台10日内,统一通过政府网站发布。", "10", "日", "<="),
        ("企业诉求3天内办结。", "3", "天", "<="),
        # flowers and sets counted after an Arabic figure or its multiplier
        ("鲜切花产量达到105亿枝。", "10500000000", "枝", "="),
        ("全年长效摆花不低于2600万盆。", "26000000", "盆", ">="),
        ("设置立体花坛不少于62组。", "62", "组", ">="),
    ],
)
def test_count_units_of_things_and_time_limits_in_days(
    variant, text: str, value: str, unit: str, cmp: str
) -> None:  # type: ignore[no-untyped-def]
    # 电梯15部 / 苗木8000株 count what a measure delivers; N日内 / N天内 is a time limit (<= N 日)
    t = one(variant(text))
    assert (t.value, t.unit, t.comparator) == (Decimal(value), unit, cmp)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    "text",
    [
        "联合12部门印发实施方案。",
        "发展汽车及零部件产业。",
        "于2024年4月10日召开推进会。",
        "每月15日前报送进展。",
        "召开3部委联席会议。",
        # 六枝 is a place (六枝特区), 3组织 no set
        "建设六枝工矿区优质蔬菜产业园区。",
        "由3组织联合举办。",
    ],
)
def test_day_and_bu_that_are_no_units(variant, text: str) -> None:  # type: ignore[no-untyped-def]
    # 部门 / 部委 / 零部件 and a date's day (4月10日, 15日前) carry no target
    assert targets(variant(text)) == []


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    "text",
    [
        "栏目:策划方案 发布:2019-04-17 浏览:3013下载230次收藏",
        "阅读量:567 点赞:12",
        "浏览次数:1024 评论:5条",
        "点击数:88 下载:12次",
    ],
)
def test_counters_of_a_page_widget_after_another_counter(variant, text: str) -> None:  # type: ignore[no-untyped-def]
    # 浏览:3013下载230次: a figure right after a page counter, behind a short label of its own, counts the page too
    assert targets(variant(text)) == []


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_goal_after_a_counter_word_in_a_sentence_stays(variant) -> None:  # type: ignore[no-untyped-def]
    found = targets(variant("推广政务服务应用,累计下载量突破50万次,新增注册用户2万人。"))
    assert [(int(t.value), t.unit) for t in found] == [(500000, "次"), (20000, "人")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a line noun before a count in 条 that closes its clause: lines built, a target
        ("打通中心城区“断头路”20条。", ["20条"]),
        ("完成城市道路整治提升60条。", ["60条"]),
        ("规划建设社区绿道1000条。", ["1000条"]),
        ("优化提升50条背街后巷交通组织。", ["50条"]),
        # a system or a list of measures counted in 条 stays out, whichever comes first
        ("形成重点产业链13条。", []),
        ("出台政策措施10条。", []),
        ("道路沿线有支流8条。", []),
    ],
)
def test_a_count_of_lines_after_its_noun_is_a_target(text: str, want: list[str]) -> None:
    assert [f"{t.value}{t.unit}" for t in targets(text)] == want, text


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_count_of_lines_after_its_noun_in_both_scripts(convert) -> None:  # type: ignore[no-untyped-def]
    text = convert("打通断头路20条,建成街巷72条。")
    assert [f"{t.value}{t.unit}" for t in targets(text)] == ["20条", "72条"], text
