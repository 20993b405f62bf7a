"""Round 49 units: a collective of places closed by a bracket listing the other bodies of its level it addresses
(各镇人民政府(办事处、管理处、管理区)要… / 各村(社区、居委会)要… / 各乡镇(办事处、高新区)要…) is one unit as written,
opening an item or a later sentence of one (heldout162 hb06, hb07). A bracket naming anything else keeps the old
reading. Both scripts, both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, assert_measures, run, units_match


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_collective_with_a_bracket_of_other_bodies_is_one_unit(variant: Callable[[str], str]) -> None:
    text = (
        "关于做好防控工作的通告\n"
        "一、各镇人民政府(办事处、管理处、管理区)要进一步压实防控责任,坚决落实战时机制。\n"
        "二、各村(社区、居委会)要组建专兼职结合的防控队伍。\n"
    )
    want = [
        (
            "一",
            "各镇人民政府(办事处、管理处、管理区)要进一步压实防控责任",
            ["各镇人民政府(办事处、管理处、管理区)"],
            [],
        ),
        ("二", "各村(社区、居委会)要组建专兼职结合的防控队伍", ["各村(社区、居委会)"], []),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_the_collective_opening_a_later_sentence(variant: Callable[[str], str]) -> None:
    text = (
        "关于做好返乡人员服务工作的通知\n"
        "一、加强宣传引导。目前,各地工地都未开工。各乡镇(办事处、高新区)要引导群众在家等待,不要随意外出。\n"
        "二、做好排查。各乡镇(办事处、管理区)负责做好排查工作。\n"
    )
    want = [
        ("一", "加强宣传引导", ["各乡镇(办事处、高新区)"], []),
        ("二", "做好排查", ["各乡镇(办事处、管理区)"], []),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_bracket_of_other_words_is_no_alternative(variant: Callable[[str], str]) -> None:
    # (含外来人员、流动人口): who the work covers, no bodies addressed; no collective of places then
    text = "关于做好防控工作的通告\n一、各村(含外来人员、流动人口排查)要做到不漏一户。\n"
    want = [("一", "各村(含外来人员、流动人口排查)要做到不漏一户", [], [])]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize("prefix", ["有关", "相关", "各"])
def test_the_governments_of_listed_levels_concerned_are_one_unit(
    variant: Callable[[str], str], prefix: str
) -> None:
    # 有关省、直辖市人民政府要…: the governments of the provinces and municipalities concerned, one body as written
    # (heldout166 hf10's gold), as 各省、自治区、直辖市人民政府 always was
    text = f"关于同意设立开发区的批复\n三、{prefix}省、直辖市人民政府要加强对开发区的指导。\n四、做好服务。(责任单位:{prefix}省、自治区人民政府,商务部)\n"
    want = [
        ("三", f"{prefix}省、直辖市人民政府要加强对开发区的指导", [f"{prefix}省、直辖市人民政府"], []),
        ("四", "做好服务", [f"{prefix}省、自治区人民政府", "商务部"], []),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_scope_stating_what_its_bodies_are(variant: Callable[[str], str]) -> None:
    # 相关乡镇政府为责任主体,以下不再列出: the bodies are units of this and every later measure, no 下不再列出 unit
    # (heldout175 ho13)
    text = (
        "某县地下水超采综合治理方案\n二、重大举措\n"
        "1.强化节水宣传教育。研究制定方案。(牵头部门:县水利局;配合部门:县委宣传部,县教育局。相关乡镇政府为责任主体,以下不再列出)\n"
        "2.实施农业节水增效。推广节水措施。(牵头部门:县农业农村局;配合部门:县自然资源和规划局)\n"
    )
    want = [
        ("1", "强化节水宣传教育", ["县水利局", "县委宣传部", "县教育局", "相关乡镇政府"], ["县水利局"]),
        ("2", "实施农业节水增效", ["县农业农村局", "县自然资源和规划局", "相关乡镇政府"], ["县农业农村局"]),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_the_label_of_the_bodies_bearing_the_main_responsibility(variant: Callable[[str], str]) -> None:
    # 主体责任单位: a label of responsible units beside 牵头部门 and 协作部门 (heldout175 ho07), no 主体 unit
    text = (
        "某镇河长制工作安排 一、强化水资源保护行动 1.持续实施双控行动,落实区域用水管理。牵头部门:镇水利站 "
        "协作部门:镇工业办公室,镇城建办 主体责任单位:各村(居) 2.落实节水行动方案,加强用水管理。"
        "牵头部门:镇水利站 协作部门:镇工业办公室 主体责任单位:各村(居)\n"
    )
    want = [
        (
            "1",
            "持续实施双控行动,落实区域用水管理",
            ["镇水利站", "镇工业办公室", "镇城建办", "各村(居)"],
            ["镇水利站"],
        ),
        ("2", "落实节水行动方案,加强用水管理", ["镇水利站", "镇工业办公室", "各村(居)"], ["镇水利站"]),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_bodies_listed_after_the_leads_comma(variant: Callable[[str], str]) -> None:
    # A牵头,B、C、D等部门单位于…将…: the bodies listed and closed by 等 after the lead are units whatever their act
    # (heldout181 hu09); a lead alone keeps its unit alone
    text = (
        "某县防灾减灾日活动方案\n二、活动内容\n(一)集中宣传活动\n"
        "县减灾办和县应急办牵头,县民政局、县气象局、消防大队等部门单位于5月12日前将展板摆放到位,开展集中宣传。\n"
        "(二)系列宣传活动\n县应急办牵头,县教育局、县卫健委等部门开展进校园宣传。\n"
        "(三)应急演练\n县应急办牵头,组织开展应急演练。\n"
    )
    want = [
        (
            "(一)",
            "集中宣传活动",
            ["县减灾办", "县应急办", "县民政局", "县气象局", "消防大队"],
            ["县减灾办", "县应急办"],
        ),
        ("(二)", "系列宣传活动", ["县应急办", "县教育局", "县卫健委"], ["县应急办"]),
        ("(三)", "应急演练", ["县应急办"], ["县应急办"]),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_title_naming_its_bodies_as_what_they_are(variant: Callable[[str], str]) -> None:
    # (一)A和B为…的总协调机构。负责…: the bodies, never the phrase after the copula (heldout185 hy08); a title
    # with no bodies before the copula names none
    text = (
        "某区运动会保障工作方案\n二、工作职责\n"
        "(一)区政府办公室和区教育局为全国中学生运动会的总协调机构。负责联系各责任部门,督促落实工作职责。\n"
        "(二)加强领导为关键的工作机构。做好保障工作。\n"
    )
    want = [
        ("(一)", "区政府办公室和区教育局为全国中学生运动会的总协调机构", ["区政府办公室", "区教育局"], []),
        ("(二)", "加强领导为关键的工作机构", [], []),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_body_with_its_other_name_handed_the_work_with_a_partner(variant: Callable[[str], str]) -> None:
    # 由A(其他名)会同B组建协调小组: A and B, never 省财政厅组建协调小组 nor the whole title as a list of bodies; a topic
    # in quotes before 由 as well (heldout182 hv01)
    text = (
        "某省人才计划组织实施方案\n"
        "(一)人才计划由省委组织部(省人才办)会同省财政厅组建协调小组。\n"
        "(二)“青城计划”由省科技厅会同省教育厅组建工作专班,负责计划的组织实施。\n"
    )
    doc = run(variant(text))
    assert units_match(doc, doc.measures[0].responsible, ["省委组织部(省人才办)", "省财政厅"])
    assert units_match(doc, doc.measures[1].responsible, ["省科技厅", "省教育厅"])


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_body_that_will_be_responsible_in_a_report(variant: Callable[[str], str]) -> None:
    # 市交通运输局将负责…: 将 before a role verb hands the body its share (heldout174 hn03); 将 alone still narrates
    text = (
        "某市召开物流园项目推进会\n3月26日,某市召开物流园项目推进会。市交通运输局将负责项目的前期工作,计划年底开工。"
        "区自然资源局将负责征地拆迁等相关工作。\n"
    )
    want = [
        ("", "市交通运输局将负责项目的前期工作", ["市交通运输局"], []),
        ("", "区自然资源局将负责征地拆迁等相关工作", ["区自然资源局"], []),
    ]
    assert_measures(text, want, variant)
    narrated = "某市发布统计数据\n4月10日,市统计局将于4月16日发布一季度经济运行数据,敬请关注。\n"
    assert run(variant(narrated)).measures == []


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize("title", ["的工作职责", "的主要职责", "的职责"])
def test_a_duties_heading_with_de(variant: Callable[[str], str], title: str) -> None:
    # (二)乡(镇)人民政府的工作职责 / 1、…: 的 between the bodies and their duties' word (heldout174 hn01)
    text = (
        f"某市道路交通安全工作方案\n三、职责分工\n(一)县公安局{title}\n1、负责辖区道路的交通安全管理工作。\n2、建立信息台帐。\n"
        f"(二)乡(镇)人民政府{title}\n1、负责辖区道路的交通安全宣传。\n"
    )
    want = [
        ("1", "负责辖区道路的交通安全管理工作", ["县公安局"], []),
        ("2", "建立信息台帐", ["县公安局"], []),
        ("1", "负责辖区道路的交通安全宣传", ["乡(镇)人民政府"], []),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_schools_and_hospitals_charged_as_a_whole(variant: Callable[[str], str]) -> None:
    # 各校要… / 各中职学校要… / 各医疗机构要…: a collective unit as written (heldout172 hl03); 各校区 names none
    text = (
        "关于做好中职招生工作的通知\n一、各校要高度重视中职招生工作。\n二、各中职学校要做好宣传。\n"
        "三、各医疗机构要做好救治。\n四、各校区要做好安排。\n"
    )
    want = [
        ("一", "各校要高度重视中职招生工作", ["各校"], []),
        ("二", "各中职学校要做好宣传", ["各中职学校"], []),
        ("三", "各医疗机构要做好救治", ["各医疗机构"], []),
        ("四", "各校区要做好安排", [], []),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_label_of_sections_and_units(variant: Callable[[str], str]) -> None:
    # (责任处室及单位:A,B): the label no unit (heldout178 hr03)
    text = (
        "某市农业农村局工作要点\n一、稳定粮食生产\n(一)抓好春播。确保面积稳定。(责任处室及单位:种植业管理处,农技中心)\n"
        "(二)抓好夏收。(责任部门及单位:种植业管理处、农机中心)\n"
    )
    want = [
        ("(一)", "抓好春播", ["种植业管理处", "农技中心"], []),
        ("(二)", "抓好夏收", ["种植业管理处", "农机中心"], []),
    ]
    assert_measures(text, want, variant)
