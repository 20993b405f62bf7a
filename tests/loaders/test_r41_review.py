"""Round 41's review (/work/review41/report_a.md): a leading role named other than 牵头 (发挥主导作用, 发挥统筹作用)
designates no lead; a run-together table row's unit cell runs to the next row only with a remark column at most
after it (a 督办单位 column's names would run into it); a connective opening the piece after a carrier's is no part
of a supporter's name; a kind of zone beside a named body (化工园区) is no unit. Both scripts, both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, SCRIPT_IDS, SCRIPTS, VARIANTS, assert_measures, meta_field, run

_PLAN = "关于开展专项整治的实施方案\n一、总体要求\n按照上级部署开展整治。\n二、重点任务\n(一)加强领导。\n"
_FIRST = ("(一)", "加强领导", [], [])


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("item", "units", "leads"),
    [
        ("县城投公司要发挥主导作用,县住建局要加强业务指导。", ["县城投公司", "县住建局"], []),
        ("县发改局要充分发挥统筹作用,县财政局要积极配合。", ["县发改局", "县财政局"], []),
        ("要做好资金保障工作,县财政局负责,同时县审计局参与全程审计监督。", ["县财政局"], []),
        (
            "推进挥发性有机物治理。坚持源头替代、过程控制;市生态环境局、化工园区要加强监测监控。",
            [],
            [],
        ),
    ],
)
def test_review_items(variant: Callable[[str], str], item: str, units: list[str], leads: list[str]) -> None:
    assert_measures(_PLAN + "(二)" + item + "\n", [_FIRST, ("(二)", item, units, leads)], variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_supervisors_column_after_the_unit_column_keeps_the_cell_short(
    variant: Callable[[str], str],
) -> None:
    text = (
        "重点任务分解表\n序号工作内容目标任务责任单位督办单位"
        "1推进农村生活污水治理。治理率达到45%。县生态环境局、县水利局,各乡镇县委督查室"
        "2加快农村公路提档升级。完成提档升级80公里。县交通运输局,县财政局县政府督查室\n"
    )
    want = [
        ("1", "推进农村生活污水", ["县生态环境局", "县水利局"], []),
        ("2", "加快农村公路提档", ["县交通运输局"], []),
    ]
    assert_measures(text, want, variant)


# /work/review41/report_b.md: the round's metadata rules against older readings

_NOTICE = (
    "\n某政办〔2022〕12号\n\n各乡镇人民政府,县直各单位:\n为进一步做好政务信息工作,现将有关事项通知如下。\n"
    "一、各单位要明确专人负责信息报送。\n"
)


@pytest.mark.parametrize("script", SCRIPTS, ids=SCRIPT_IDS)
@pytest.mark.parametrize(
    "title",
    [
        "某县人民政府办公室关于进一步提高政务信息报送时效性和准确性的通知",
        "某县人民政府办公室关于规范公文种类和格式使用的通知",
        "某省人民政府关于明确地方规章效力等级与适用规则的意见",
        "某市商务局关于规范商业“字号”使用管理的通知",
    ],
)
def test_a_label_word_inside_a_title_leaves_it_whole(script: Callable[[str], str], title: str) -> None:
    assert meta_field(run(script(title + _NOTICE)), "title") == script(title)


@pytest.mark.parametrize("script", SCRIPTS, ids=SCRIPT_IDS)
def test_a_title_fields_value_holding_a_label_word_is_whole(script: Callable[[str], str]) -> None:
    text = (
        "标 题:关于进一步提高政务信息报送时效性和准确性的通知\n发文机关:某县人民政府办公室\n"
        "发文字号:某政办〔2022〕12号\n成文日期:2022-04-01\n" + _NOTICE[_NOTICE.index("\n\n") :]
    )
    assert meta_field(run(script(text)), "title") == script("关于进一步提高政务信息报送时效性和准确性的通知")


@pytest.mark.parametrize("script", SCRIPTS, ids=SCRIPT_IDS)
@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "凝心聚力 攻坚克难 全力推进 项目建设\n\n来源:县发改局 2022-04-02\n\n4月1日,县政府召开重点项目建设推进会。"
            "会议要求,各责任单位要倒排工期,加快推进项目建设。\n",
            "凝心聚力 攻坚克难 全力推进 项目建设",
        ),
        (
            "某县人民政府门户网站\n\n发布日期:2022-05-10 来源:县应急管理局\n\n为切实做好汛期安全生产工作,县应急管理局"
            "召开专题会议。会议要求,各乡镇要加强隐患排查。\n",
            None,
        ),
        (
            "索引号 11410000/2022-00123\n主题分类 综合政务\n发布机构 某县人民政府办公室\n发布日期:2022-05-10\n\n"
            "各乡镇人民政府,县直各单位:\n经县政府同意,现就做好2022年防汛工作通知如下。\n一、压实防汛责任。各乡镇要落实防汛"
            "行政首长负责制。\n",
            None,
        ),
        (
            "观看开学第一课心得体会5篇\n\n2022-09-02 来源:文库网\n\n9月1日晚,央视播出开学第一课。各学校要组织学生认真观看。\n",
            None,
        ),
        (
            "垃圾分类倡议书5篇\n\n更新时间:2023-02-10 来源:范文网\n\n为改善人居环境,现向广大居民发出倡议。各小区要设置分类垃圾桶。\n",
            None,
        ),
    ],
)
def test_headlines_and_page_furniture(script: Callable[[str], str], text: str, title: str | None) -> None:
    got = meta_field(run(script(text)), "title")
    assert got == (script(title) if title else None)


@pytest.mark.parametrize("script", SCRIPTS, ids=SCRIPT_IDS)
def test_a_headlines_verb_is_no_issuers_ending(script: Callable[[str], str]) -> None:
    text = (
        "县农业农村局部署2022年春耕备耕工作\n日期:2022-03-02\n\n为做好春耕备耕工作,县农业农村局召开专题会议。"
        "会议要求,各乡镇要加强农资市场监管,确保春耕生产顺利进行。\n"
    )
    assert meta_field(run(script(text)), "issuer") is None


@pytest.mark.parametrize("script", SCRIPTS, ids=SCRIPT_IDS)
@pytest.mark.parametrize(
    ("text", "region"),
    [
        (
            "5月8日,湖北省召开全省安全生产电视电话会议。黄石市在市分会场收听收看。会后,黄石市政府立即召开会议,"
            "要求各县市区要抓好贯彻落实。\n",
            "黄石市",
        ),
        ("近日,朝阳社区启动垃圾分类积分兑换活动。社区要求各物业公司要做好分类引导。\n", None),
        ("近日,北京路步行街区启动夜间经济活动月。街区管委会要求各商户要规范经营。\n", None),
    ],
)
def test_a_lead_place_must_be_a_division_and_a_province_comes_late(
    script: Callable[[str], str], text: str, region: str | None
) -> None:
    assert meta_field(run(script(text)), "region") == region


@pytest.mark.parametrize("script", SCRIPTS, ids=SCRIPT_IDS)
def test_a_reported_results_old_level_keeps_its_year(script: Callable[[str], str]) -> None:
    text = (
        "2021年全县农业农村工作总结\n\n2021年,全县农村居民人均可支配收入由2020年的15000元提高到16200元,增长8%。"
        "2022年,县农业农村局要力争农村居民人均可支配收入增长7%以上。\n"
    )
    doc = run(script(text))
    assert [(str(t.value), t.unit) for t in doc.doc_targets] == [("7", "%")]


_DIVISION = (
    "我县明确城乡环境整治职责分工\n发布时间:2023-05-06 来源:县融媒体中心\n"
    "近日,县政府办公室印发《城乡环境整治职责分工》,明确了各部门职责。\n"
    "根据职责分工,县住房和城乡建设局负责城区环境卫生管理;县交通运输局负责国省干道沿线环境整治;县水利局负责河道保洁;"
)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("tail", "last"),
    [
        ("各乡镇要加强日常巡查。", [("", "各乡镇要加强日常", ["各乡镇"], [])]),
        (
            "企业要落实门前三包责任;广大群众要自觉维护环境卫生;各乡镇要加强日常巡查。",
            [("", "各乡镇要加强日常", ["各乡镇"], [])],
        ),
        ("县委要求各乡镇党委书记亲自抓、负总责。", []),
    ],
)
def test_a_divisions_collectives_firms_and_demanders(
    variant: Callable[[str], str], tail: str, last: list[tuple[str, str, list[str], list[str]]]
) -> None:
    want = [
        ("", "县住房和城乡建设", ["县住房和城乡建设局"], []),
        ("", "县交通运输局负责", ["县交通运输局"], []),
        ("", "县水利局负责河道", ["县水利局"], []),
        *last,
    ]
    assert_measures(_DIVISION + tail + "\n", want, variant)


# /work/review41/report_c.md: the late rules against older readings

_EXAM_LEAD = "某某新闻网讯 3日,某县交通、公安、住建、卫生等部门多方联动,全力为高考保驾护航。\n"


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_departments_kinds_reporting_figures_are_no_division(variant: Callable[[str], str]) -> None:
    text = (
        _EXAM_LEAD + "农业农村部门统计,全县今年种植面积稳定;气象部门预计,考试期间以晴好天气为主;"
        "公安部门共查处交通违法行为56起;教育部门办公用房已全部腾退。\n"
    )
    assert_measures(text, [], variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_kinds_name_keeps_its_first_character(variant: Callable[[str], str]) -> None:
    text = (
        _EXAM_LEAD + "市场监管部门对考点周边餐饮进行检查;乡村振兴部门做好农村考生服务;卫生部门设立急救门诊;"
        "电力部门确保考试期间电路畅通。\n"
    )
    want = [
        ("", "市场监管部门对考", ["市场监管部门"], []),
        ("", "乡村振兴部门做好", ["乡村振兴部门"], []),
        ("", "卫生部门设立急救", ["卫生部门"], []),
        ("", "电力部门确保考试", ["电力部门"], []),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_situations_idiom_is_no_demand(variant: Callable[[str], str]) -> None:
    text = (
        "我县召开专项债券项目推进会\n发布时间:2024-03-05 来源:县融媒体中心\n"
        "3月5日,县政府召开专项债券项目推进会,副县长张三出席会议并讲话。\n"
        "张三指出,专项债券项目的谋划和储备,具有重要意义。当前,个别乡镇还存在等靠要思想。\n"
    )
    assert_measures(text, [], variant)
