"""Duty subjects of round 29 (the units forms new pages keep bringing), written as forms of the responsibility
grammar, each with its negative probes: a subject followed by a time phrase before its verb (各县、区2023年底前遴选…,
各园区于6月底前完成…, 各乡镇每季度开展…); levels named by their rank (县级人民政府要…, 市、县两级人力资源社会保障部门要…,
省、市、县三级财政要…); joint-meeting bodies named bare (联席会议要…, 联席会议办公室要…, 安委会各成员单位要…); offices and
sections of the issuing body (办公室要…, 各科室要…); the pronouns of an addressed body and of the issuing one (你省要…,
我委将…). A place, a document, people, a task or a condition is no body. Each sentence is the opening item of a short
plan, in both scripts."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import SCRIPT_IDS, SCRIPTS, run, units_match

Case = tuple[str, list[str]]

FAMILIES: dict[str, list[Case]] = {
    "subject_then_time_phrase_then_verb": [
        ("各县、区2023年底前遴选一批示范单位。", ["各县、区"]),
        ("各县(市、区)2024年6月底前完成辖区排查。", ["各县(市、区)"]),
        ("各园区于6月底前完成企业摸底。", ["各园区"]),
        ("各乡镇每季度开展一次专项检查。", ["各乡镇"]),
        ("各乡镇(街道)每月召开一次调度会。", ["各乡镇(街道)"]),
        ("各村(居)每半年组织一次排查。", ["各村(居)"]),
        ("县发改局于3月底前制定实施细则。", ["县发改局"]),
        ("市民政局每年开展一次评估。", ["市民政局"]),
        ("区教育局2025年9月前建成监测平台。", ["区教育局"]),
        ("各县区人民政府于年底前完成验收。", ["各县区人民政府"]),
        ("县住建局每周通报一次进展情况。", ["县住建局"]),
        ("各街道于每月5日前报送工作进展。", ["各街道"]),
        ("市财政局在每年3月底前下达补助资金。", ["市财政局"]),
        ("县市场监管局于2024年底前完成全覆盖检查。", ["县市场监管局"]),
        ("各开发区2023年底前建成服务中心。", ["各开发区"]),
        # no body before the time phrase: a task, a place, an actor, people, a document
        ("2023年底前遴选一批示范单位。", []),
        ("示范项目于6月底前完成验收。", []),
        ("全县每季度开展一次专项检查。", []),
        ("企业于6月底前完成自查。", []),
        ("群众每月参加一次培训。", []),
        ("各类企业每季度报送一次数据。", []),
        ("该方案于2023年底前印发实施。", []),
        ("各项任务于6月底前全面完成。", []),
        ("各地学校每学期开展一次演练。", []),
        ("各村干部每周走访一次农户。", []),
        ("项目资金于年底前拨付到位。", []),
        ("试点工作2024年底前全面铺开。", []),
    ],
    "levels_by_rank": [
        ("市、县两级人民政府要每季度听取一次工作报告。", ["市、县两级人民政府"]),
        ("市、县两级人力资源社会保障部门要加强监督检查。", ["市、县两级人力资源社会保障部门"]),
        ("省、市、县三级财政要按比例分担资金。", ["省、市、县三级财政"]),
        ("县级人民政府要按月上报排查台账。", ["县级人民政府"]),
        ("省级人民政府要做好前期调查取证工作。", ["省级人民政府"]),
        ("县级以上人民政府要统一组织防御工作。", ["县级以上人民政府"]),
        ("县级以上地方各级人民政府要加强组织领导。", ["县级以上地方各级人民政府"]),
        ("市级人民政府应当建立协调机制。", ["市级人民政府"]),
        ("市、县两级住房城乡建设部门要加强施工现场检查。", ["市、县两级住房城乡建设部门"]),
        # told to carry its responsibility in general terms: charged with no task (the corpus convention)
        ("县级人民政府必须切实承担起保障粮食安全的主体责任。", []),
        ("县级人民政府要切实承担组织责任。", []),
        ("县、乡两级政府要建立工作台账。", ["县、乡两级政府"]),
        ("市县两级政府要加大投入力度。", ["市县两级政府"]),
        # a rank before no body: people, money, places, projects, mechanisms; one level's departments speak of the
        # level (round 25's reading)
        ("县级人社部门要加强劳动保障监察。", []),
        ("县级领导要定期带队督导。", []),
        ("市级财政资金要优先保障。", []),
        ("省级示范区要发挥引领作用。", []),
        ("县级以上医院要设立专门窗口。", []),
        ("市、县两级联动机制要进一步完善。", []),
        ("省级重点项目要加快建设进度。", []),
        ("县级标准要与省级标准衔接。", []),
        ("市、县两级干部要带头落实。", []),
        ("省、市、县三级平台要互联互通。", []),
        ("乡镇级服务站要配齐人员。", []),
    ],
    "joint_meeting_bodies_named_bare": [
        ("联席会议要定期研究重大问题。", ["联席会议"]),
        ("联席会议办公室要加强日常协调。", ["联席会议办公室"]),
        ("安委会各成员单位要加强督导检查。", ["安委会各成员单位"]),
        ("区安委办要牵头开展专项检查。", ["区安委办"]),
        ("联席会议各成员单位要按照职责分工落实任务。", ["联席会议各成员单位"]),
        ("领导小组办公室要做好统筹协调。", ["领导小组办公室"]),
        ("领导小组要每半年听取一次汇报。", ["领导小组"]),
        ("县安委会要加强统筹。", ["县安委会"]),
        ("联席会议成员单位要密切配合。", ["联席会议成员单位"]),
        ("联席会议要履行统筹协调职责。", ["联席会议"]),
        # the meeting's documents, rules and sessions are no body, nor the members of a body named by its kind alone
        ("指挥部各成员单位要认真履行部门职责。", []),
        ("联席会议制度要进一步完善。", []),
        ("联席会议纪要要及时印发。", []),
        ("联席会议议题要提前报送。", []),
        ("领导小组会议要每季度召开一次。", []),
        ("成员单位名单要及时调整。", []),
        ("安委会工作规则要严格执行。", []),
        ("领导小组成员要带头落实。", []),
    ],
    "offices_and_sections_of_the_issuer": [
        ("办公室要及时汇总各科室工作进展。", ["办公室"]),
        ("各科室要按时报送工作计划。", ["各科室"]),
        ("科室要指定专人负责信息报送。", ["科室"]),
        ("各业务科室要认真落实。", ["各业务科室"]),
        ("承办科室要在5个工作日内办结。", ["承办科室"]),
        ("局办公室要做好会务保障。", ["局办公室"]),
        ("综合科要做好统计汇总。", ["综合科"]),
        # a room, its staff or its papers are no body
        ("办公室面积要符合标准。", []),
        ("各科室人员要遵守纪律。", []),
        ("办公室用房要严格管理。", []),
        ("各科室负责人要亲自把关。", []),
        ("科室设置要科学合理。", []),
        ("办公室装修要厉行节约。", []),
    ],
    "pronouns_of_addressed_and_issuing_bodies": [
        ("你省要以规划实施为契机,狠抓落实。", ["你省"]),
        ("你市要加强组织领导。", ["你市"]),
        ("我委要加强跟踪分析。", ["我委"]),
        ("我局将会同有关部门加强督导。", ["我局"]),
        ("你厅要加强指导。", ["你厅"]),
        # the issuer's own place, or a pronoun before what is no body
        ("我市要加快建设步伐。", []),
        ("我县将全面推进改革。", []),
        ("你省经济要保持稳定增长。", []),
        ("我委文件要及时公开。", []),
        ("我国要加快发展。", []),
        ("我们要提高认识。", []),
        ("你们要认真落实。", []),
    ],
    "collectives_of_places_and_parks": [
        ("各园区要建立工作专班。", ["各园区"]),
        ("各县、区要制定实施方案。", ["各县、区"]),
        ("各村(居)要对监护能力进行评估。", ["各村(居)"]),
        ("各科室、各直属单位要抓好落实。", ["各科室", "各直属单位"]),
        ("各乡镇、各县直单位要加强宣传。", ["各乡镇", "各县直单位"]),
        ("各园区所属单位要重视园区建设。", ["各园区所属单位"]),
        # 各地 as an item's only subject at a sentence's opening is its unit (round 32: the gold records it so in heldout46
        # cn14, heldout51 cs11/cs12, heldout60 db07; the 4 measures counted before as "not" either name other bodies
        # (dev10 ae07, heldout28 bv02) or put 各地 inside a sentence (dev15 bb05, heldout41 ci01), which stay none);
        # the places' features, people or businesses are no body
        ("各地要深入摸排本地区零工市场。", ["各地"]),
        ("各地经验要及时总结推广。", []),
        ("各园区企业要落实安全责任。", []),
        ("各县、区群众要积极参与。", []),
        ("各乡镇干部要深入一线。", []),
        ("各地实际情况要充分考虑。", []),
        ("各园区规划要科学编制。", []),
        ("各村道路要加强管护。", []),
    ],
    "levels_sharing_a_government_and_the_issuers_own_word": [
        ("各直辖市、县(市)政府要配合办理水域安全宣导。", ["各直辖市、县(市)政府"]),
        ("直辖市、县(市)政府应督导所属学校办理安全教育。", ["直辖市、县(市)政府"]),
        ("各县、区人民政府要加强组织领导。", ["各县、区人民政府"]),
        ("省、市、县政府要建立协调机制。", ["省、市、县政府"]),
        ("本署应办理职前训练之教育训练。", ["本署"]),
        ("本局要加强督促检查。", ["本局"]),
        # a division's own names listed before a government, or the issuer's papers and places
        ("本署文件应及时公开。", []),
        ("本市居民要积极参与。", []),
        ("本计划应每年检讨一次。", []),
        ("本府网站应及时更新。", []),
    ],
    "subject_told_to_see_a_task_through": [
        ("各县、区做好已建成节约型机关的评价复核工作。", ["各县、区"]),
        ("县民政局抓好殡葬改革宣传。", ["县民政局"]),
        ("各乡镇(街道)做好辖区排查工作。", ["各乡镇(街道)"]),
        ("市商务局做好企业服务工作。", ["市商务局"]),
        # no body before the verb: the task itself, an actor, a place
        ("做好已建成节约型机关的评价复核工作。", []),
        ("企业做好安全生产工作。", []),
        ("全县上下抓好工作落实。", []),
        ("广大群众做好防范。", []),
    ],
}


# Probes the families do not yet read (kept, each expected to fail until a family covers it): a section named by its
# kind alone (综合科), and four older false positives (市级财政资金 read as the treasury, 你省经济要…, 各园区企业要落实…
# 责任, 本府网站应…). Two collectives listed (各科室、各直属单位) are read since round 41 (sections named bare beside
# collectives).
GAPS = {
    ("levels_by_rank", 15),
    ("offices_and_sections_of_the_issuer", 6),
    ("pronouns_of_addressed_and_issuing_bodies", 7),
    ("collectives_of_places_and_parks", 8),
    ("levels_sharing_a_government_and_the_issuers_own_word", 9),
}


def _params() -> list[object]:
    return [
        pytest.param(
            *case,
            id=f"{family}-{k}",
            marks=[pytest.mark.xfail(strict=True, reason="a known gap")] if (family, k) in GAPS else [],
        )
        for family, cases in FAMILIES.items()
        for k, case in enumerate(cases)
    ]


@pytest.mark.parametrize("script", SCRIPTS, ids=SCRIPT_IDS)
@pytest.mark.parametrize(("text", "want"), _params())
def test_r29_u29_subjects(script: Callable[[str], str], text: str, want: list[str]) -> None:
    doc = run(
        "一、重点任务\n(一)推进示范建设。" + script(text) + "\n(二)推进项目建设。县财政局要落实资金。\n"
    )
    first = next((m for m in doc.measures if m.number == "(一)"), None)
    got = [] if first is None else [r.surface for r in first.responsible]
    assert first is None and not want or first is not None and units_match(doc, first.responsible, want), got
