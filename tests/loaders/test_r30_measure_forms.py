"""Measures of round 30 (heldout56, 57, 60), written as families of the form: an item whose text is a run of
一是…七是 paragraphs each charging bodies of its own (由A负责…); a covering notice's items that ask its addressees
(请各镇街…) or charge the relevant ones (相关镇街要…), the last one cut by the excerpt; the paragraphs and duty lines
(交通部门:负责…) under a heading naming the division of duties as a part of the plan (三、组织机构和职责分工); a
database's tag glued before an item's number (<正>(二)…); (1)/(2) sub-items charging bodies under an item that
charges none; a page copied with its HTML paragraph markup; an interpretation page's parts named before a colon
(一、背景与依据:…, 二、主要目的:…), no tasks; phases of a 时间安排 part naming the bodies acting in them
((一)制订方案阶段:7月20日前,各县和市级有关部门…); a leaf (三) heading whose part the excerpt cut, on a page
writing 1. items.
Inline texts in both scripts and both punctuations; each family with a negative case."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from policykg.loaders.extract import extract
from policykg.loaders.text import load_text, strip_markup
from tests.loaders.inline import IDS, SCRIPT_IDS, SCRIPTS, VARIANTS, assert_measures, family_params, make

# Each family's cases: a page and its measures (number, label opening, units, leads).
FAMILIES: dict[str, list[tuple[str, list[tuple[str, str, list[str], list[str]]]]]] = {
    "charged_ordinal_run_under_an_item": [
        # a 解读 page: a heading run on into its text, a lead-in, the run, a closing paragraph
        (
            "三、主要内容:《方案》根据我区实际,提出了做好春运工作的具体要求,共分为四部分。\n"
            "《方案》第二部分提出了5项重点工作任务。\n"
            "一是由区运输管理所负责做好道路运输工作,对班车客运提出了具体的工作措施。\n"
            "二是由区交警大队负责打击春运期间超员、超速等违法违规行为。\n"
            "三是由区信访局负责做好春运期间信访工作。\n"
            "四是由团区委负责做好学生春运期间返乡返校组织购票工作。\n"
            "《方案》第三部分成立了春运工作领导小组。\n",
            [
                ("一是", "由区运输管理所负责", ["区运输管理所"], []),
                ("二是", "由区交警大队负责打", ["区交警大队"], []),
                ("三是", "由区信访局负责做好", ["区信访局"], []),
                ("四是", "由团区委负责做好学", ["团区委"], []),  # round 31: 团区委 names its level
            ],
        ),
        # a 一、 item with its text on the heading line, the run right under it (团市委: a body named by its level,
        # round 31; the lexicon lacked it before)
        (
            "二、重点任务:围绕春运安全,明确以下分工。\n一是市交通运输局负责做好道路运输组织。\n"
            "二是市公安局负责加强道路交通秩序管理。\n三是市应急管理局负责开展安全生产检查。\n"
            "四是由团市委负责组织志愿服务。\n三、保障措施\n",
            [
                ("一是", "市交通运输局负责做", ["市交通运输局"], []),
                ("二是", "市公安局负责加强道", ["市公安局"], []),
                ("三是", "市应急管理局负责开", ["市应急管理局"], []),
                ("四是", "由团市委负责组织志", ["团市委"], []),
            ],
        ),
        # a run naming no body: the item stays the measure
        (
            "三、主要内容:《方案》提出了做好春运工作的具体要求。\n一是做好道路运输工作,提出了具体的工作措施。\n"
            "二是打击春运期间超员、超速等违法违规行为。\n三是做好春运期间信访工作。\n",
            [("三", "主要内容:《方案》提", [], [])],
        ),
    ],
    "covering_notice_items_asking_their_addressees": [
        (
            "关于开展2023年度绿色制造名单推荐工作的通知\n各镇街工业和信息化主管部门:\n"
            "现将《关于开展2023年度绿色制造名单推荐工作的通知》转发给你们,有关事项通知如下。\n"
            "一、请各镇街工业和信息化主管部门,积极组织开展本年度绿色制造名单推荐申报工作,认真做好审核推荐。"
            "推荐材料于8月21日前报送我局。\n"
            "二、各镇街应持续加强绿色制造体系培育,推动本地区制造业绿色高质量发展。以清洁生产企业为重点,建立培育库。\n"
            "三、相关镇街要鼓励绿色制造名单内",
            # the request after the item's number names its bodies as heldout56 cx06's gold records them (round 45: the
            # request read after an ordinal)
            [
                ("一", "请各镇街工业和信息", ["各镇街工业和信息化主管部门"], []),
                ("二", "各镇街应持续加强绿", ["各镇街"], []),
                ("三", "相关镇街要鼓励绿色", ["相关镇街"], []),
            ],
        ),
        # the request word before no addressee (请认真贯彻执行): the notice's own requirement, no task
        (
            "关于开展2023年度绿色制造名单推荐工作的通知\n各镇街工业和信息化主管部门:\n"
            "现将《关于开展2023年度绿色制造名单推荐工作的通知》转发给你们,有关事项通知如下。\n"
            "一、请认真贯彻执行,结合实际做好组织发动,确保推荐工作顺利开展。\n"
            "二、请高度重视,按时报送推荐材料,确保材料真实准确完整。\n",
            [],
        ),
    ],
    "duty_lines_under_a_division_part_heading": [
        # a part titled by the division word joined to another part's noun: a paragraph, a lead-in, duty lines
        (
            "三、组织机构和职责分工\n市政府成立专项治理工作协调小组,协调小组办公室设在市运管处。\n"
            "相关职能部门分工如下:\n交通部门:负责城市出租汽车行业非法营运专项整治工作。\n"
            "公安部门:协助有关部门开展专项整治工作,负责打击非法营运黑恶势力。\n"
            "监察、纠风部门:负责查处政府公务人员徇私舞弊等违法违纪行为。\n"
            "工商行政管理部门:依法确认道路客运行业的各类市场主体资格。\n四、时间安排\n",
            [
                ("", "市政府成立专项治理", ["市运管处"], []),
                ("", "交通部门:负责城市", ["交通部门"], []),
                ("", "公安部门:协助有关", ["公安部门"], []),
                ("", "监察、纠风部门:负", ["监察", "纠风部门"], []),
                ("", "工商行政管理部门:", ["工商行政管理部门"], []),
            ],
        ),
        # the division word alone as the part's title, bodies named with their level
        (
            "四、职责分工\n市交通运输局:负责道路运输市场监管。\n市公安局:负责打击非法营运违法犯罪。\n"
            "市市场监管局:负责查处无照经营行为。\n",
            [
                ("", "市交通运输局:负责", ["市交通运输局"], []),
                ("", "市公安局:负责打击", ["市公安局"], []),
                ("", "市市场监管局:负责", ["市市场监管局"], []),
            ],
        ),
        # a task's title (明确部门责任分工) on a page with no 1. items: the heading stays the measure
        (
            "一、完善联席会议制度\n进一步完善联席会议制度,统筹协调推进产业集聚区发展。\n二、明确部门责任分工\n"
            "市交通运输局:负责道路运输市场监管。\n市公安局:负责打击非法营运违法犯罪。\n"
            "市市场监管局:负责查处无照经营行为。\n",
            [
                ("一", "完善联席会议制度", [], []),
                ("二", "明确部门责任分工", ["市交通运输局", "市公安局", "市市场监管局"], []),
            ],
        ),
    ],
    "a_database_tag_glued_before_the_number": [
        (
            "<正>(二)推进公路货运升级。继续坚持政府主导、部门联动的治超工作机制。"
            "(省交通运输厅牵头,省公安厅、省市场监管局配合)\n"
            "(三)加强源头管理。落实货运源头企业主体责任。(省交通运输厅牵头,省市场监管局配合)\n",
            [
                ("(二)", "推进公路货运升级", ["省交通运输厅", "省公安厅", "省市场监管局"], ["省交通运输厅"]),
                ("(三)", "加强源头管理", ["省交通运输厅", "省市场监管局"], ["省交通运输厅"]),
            ],
        ),
        # a tag before text, no number after it: the line stays text
        (
            "<正>为推进公路货运升级,省政府制定本方案。\n(一)加强源头管理。落实货运源头企业主体责任。"
            "(省交通运输厅牵头,省市场监管局配合)\n",
            [("(一)", "加强源头管理", ["省交通运输厅", "省市场监管局"], ["省交通运输厅"])],
        ),
    ],
    # a page opening inside a list of duties, then a part whose (二) names no body over (1)/(2) that do
    "sub_items_charging_bodies_under_an_item_charging_none": [
        (
            "(八)市财政局负责按计划及时核拨治超经费,监督治超经费使用。\n"
            "(九)市物价局负责会同制定治超货物卸载和保管的收费标准。\n(十)市法制局负责治超法律法规和政策的衔接工作。\n"
            "(十一)市纠风办和公路督察队依法开展执法督导工作,查处行业不正之风。\n"
            "(十二)市委宣传部门负责组织新闻媒体做好宣传报道。\n(十三)市发改、经贸等局依职责协助有关治超工作。\n"
            "四、加强监管力度,实施源头管理\n(一)各级人民政府强化管理,落实各厂矿企业防止车辆超限超载的责任。\n"
            "(二)加强货物装载场站、大型厂矿企业等企业管理,确保违法超限超载车辆不出场。\n"
            "(1)各企业许可机关要强化监督,建立车辆源头装载管理制度。\n(2)市交通运输局负责落实黑名单制度,建立档案。\n"
            "(三)市公安局负责查处违法超限运输行为。\n",
            [
                ("(八)", "市财政局负责按计划", ["市财政局"], []),
                ("(九)", "市物价局负责会同制", ["市物价局"], []),
                ("(十)", "市法制局负责治超法", ["市法制局"], []),
                ("(十一)", "市纠风办和公路督察", [], []),
                ("(十二)", "市委宣传部门负责组", ["市委宣传部门"], []),
                ("(十三)", "市发改、经贸等局依", [], []),
                ("(一)", "各级人民政府强化管", [], []),
                ("(1)", "各企业许可机关要强", ["各企业许可机关"], []),
                ("(2)", "市交通运输局负责落", ["市交通运输局"], []),
                ("(三)", "市公安局负责查处违", ["市公安局"], []),
            ],
        ),
        # sub-items naming no body: the item stays the measure, its sub-items its text
        (
            "(八)市财政局负责按计划及时核拨治超经费,监督治超经费使用。\n"
            "(九)市物价局负责会同制定治超货物卸载和保管的收费标准。\n(十)市法制局负责治超法律法规和政策的衔接工作。\n"
            "(十一)市纠风办和公路督察队依法开展执法督导工作,查处行业不正之风。\n"
            "(十二)市委宣传部门负责组织新闻媒体做好宣传报道。\n(十三)市发改、经贸等局依职责协助有关治超工作。\n"
            "四、加强监管力度,实施源头管理\n(一)各级人民政府强化管理,落实各厂矿企业防止车辆超限超载的责任。\n"
            "(二)加强货物装载场站、大型厂矿企业等企业管理,确保违法超限超载车辆不出场。\n"
            "(1)强化监督,建立车辆源头装载管理制度。\n(2)落实黑名单制度,建立档案。\n"
            "(三)市公安局负责查处违法超限运输行为。\n",
            [
                ("(八)", "市财政局负责按计划", ["市财政局"], []),
                ("(九)", "市物价局负责会同制", ["市物价局"], []),
                ("(十)", "市法制局负责治超法", ["市法制局"], []),
                ("(十一)", "市纠风办和公路督察", [], []),
                ("(十二)", "市委宣传部门负责组", ["市委宣传部门"], []),
                ("(十三)", "市发改、经贸等局依", [], []),
                ("(一)", "各级人民政府强化管", [], []),
                ("(二)", "加强货物装载场站、", [], []),
                ("(三)", "市公安局负责查处违", ["市公安局"], []),
            ],
        ),
    ],
    "an_interpretation_part_named_before_a_colon": [
        (
            "一、背景与依据:为了贯彻落实全省春运工作会议精神,做好全区春运工作,制定本方案。\n"
            "二、主要目的:各部门、各相关企业要认清形势,加强协调合作,切实提高运输保障能力。\n"
            "三、加强运输保障。市交通运输局负责做好道路运输组织工作。\n",
            [("三", "加强运输保障", ["市交通运输局"], [])],
        ),
        # a part named so with a task before its colon stays a task (总体要求:… is no interpretation part)
        (
            "一、总体要求:各部门要认清形势,加强协调合作,切实提高运输保障能力。\n"
            "二、加强运输保障。市交通运输局负责做好道路运输组织工作。\n",
            [("一", "总体要求", ["各部门"], []), ("二", "加强运输保障", ["市交通运输局"], [])],
        ),
    ],
    "phases_naming_the_bodies_acting_in_them": [
        (
            "一、主要任务\n(一)加强运输保障。市交通运输局要做好道路运输组织工作。\n四、时间安排\n"
            "专项治理工作分以下3个阶段进行:\n"
            "(一)制订方案阶段:7月20日前,各县和市级有关部门根据本实施意见,制订实施细则。\n"
            "(二)全面整治阶段:8月至10月,各区县政府按照工作计划开展清理整顿。\n"
            "(三)总结验收阶段(11月)。全面总结专项治理工作,形成工作报告。\n",
            [
                ("(一)", "加强运输保障", ["市交通运输局"], []),
                # round 34: the bodies acting in a one-paragraph phase are its units (heldout57 cy09's gold)
                ("(一)", "制订方案阶段:7月", ["各县", "市级有关部门"], []),
                ("(二)", "全面整治阶段:8月", ["各区县政府"], []),
            ],
        ),
        # phases naming no body acting (细化各责任单位任务分工: the bodies an object): steps, no tasks
        (
            "一、主要任务\n(一)加强运输保障。市交通运输局要做好道路运输组织工作。\n四、实施步骤\n"
            "(一)动员部署(2023年1月)。全面启动创建工作,细化各责任单位任务分工,形成推进合力。\n"
            "(二)推进实施(2023年2月至12月)。组织各责任单位全面落实既定目标任务。\n",
            [("(一)", "加强运输保障", ["市交通运输局"], [])],
        ),
    ],
    "a_leaf_heading_whose_part_the_excerpt_cut": [
        (
            "(三)管理规定\n各区县政府要制定相应的源头管理规定,明确源头企业责任。\n三、工作方式\n(一)源头监管\n"
            "市交通运输局要督促源头企业建立装车登记制度。\n(二)路面监控\n"
            "1、市公安局要对超限车辆实施处罚。\n2、市交通运输局要将超限情况进行登记。\n",
            [
                ("(三)", "管理规定", ["各区县政府"], []),
                ("(一)", "源头监管", ["市交通运输局"], []),
                ("1", "市公安局要对超限车", ["市公安局"], []),
                ("2", "市交通运输局要将超", ["市交通运输局"], []),
            ],
        ),
        # the page writes no 1. items: the cut part's heading is no task of its own
        (
            "(三)管理规定\n各区县政府要制定相应的源头管理规定,明确源头企业责任。\n三、工作方式\n"
            "市交通运输局要督促源头企业建立装车登记制度。\n",
            [("三", "工作方式", ["市交通运输局"], [])],
        ),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_round30_measure_families(
    variant: Callable[[str], str], text: str, want: list[tuple[str, str, list[str], list[str]]]
) -> None:
    assert_measures(text, want, variant)


# A page copied with its HTML paragraph markup: the loader drops the tags and decodes the entities, so its items
# and label lines read as text
MARKED_UP = (
    '<p style="text-indent: 21pt">一、改革攻坚工程</p>\n'
    '<p style="text-indent: 21pt">(一)制定《公交行业体制改革工作方案》。着手解决&ldquo;多、小、散&rdquo;问题。</p>\n'
    '<p style="text-indent: 21pt">责任单位:市交通运输局</p>\n'
    '<p style="text-indent: 21pt">配合单位:市发改委、市财政局</p>\n'
)


@pytest.mark.parametrize("script", SCRIPTS, ids=SCRIPT_IDS)
def test_a_page_copied_with_its_markup_reads_as_text(script: Callable[[str], str]) -> None:
    loaded = load_text(script(MARKED_UP).encode("utf-8"), "t.txt")
    assert "<p" not in loaded.text and "“多、小、散”" in loaded.text
    doc = extract(make(loaded.text))
    assert [(m.number, [u.surface for u in m.responsible]) for m in doc.measures] == [
        ("(一)", [script("市交通运输局"), script("市发改委"), script("市财政局")])
    ]


def test_text_quoting_markup_is_kept() -> None:
    quoting = "<正>(二)推进公路货运升级。<p>一处</p>\n"  # one paragraph tag: a text quoting markup
    assert strip_markup(quoting) == quoting
    # tags of the text's own script (a database's marks) stay when the markup goes
    assert strip_markup("<p>一</p><p>二</p><p><正>(二)推进</p>\n") == "一二<正>(二)推进\n"
