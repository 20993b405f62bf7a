"""Round 38's second review (/work/review38c/report.md): the later families' false fires, fixed with a regression test
each (texts from the review's probes)."""

from __future__ import annotations

import pytest

from tests.loaders.inline import run


def _rows(text: str) -> list[tuple[str, list[str]]]:
    return [(m.number, [u.surface for u in m.responsible]) for m in run(text).measures]


def test_counted_points_run_as_ordinals_stay_the_ordinal_run() -> None:
    text = (
        "县政府召开2024年安全生产工作会议\n\n3月12日,县政府召开全县安全生产工作会议。会议要求,全县各级各部门要重点"
        "抓好三个方面:一要深入开展重大事故隐患专项排查整治,县应急管理局要牵头建立隐患清单;二要扎实推进城镇燃气安全"
        "整治,县住建局要加快老旧管网改造;三要强化应急值守,县消防救援大队要做好24小时值班备勤。\n"
    )
    assert _rows(text) == [("一要", ["县应急管理局"]), ("二要", ["县住建局"]), ("三要", ["县消防救援大队"])]


def test_counted_points_each_charging_a_body_keep_their_bodies() -> None:
    text = (
        "区召开秋冬季大气污染防治工作会议\n\n会议要求,要抓好三个方面:区生态环境分局要加强重点企业执法检查;区住建局"
        "要落实工地扬尘“六个百分百”措施;区城管局要加大道路机扫频次,主干道每日不少于2次。\n"
    )
    assert [units for _n, units in _rows(text)] == [["区生态环境分局"], ["区住建局"], ["区城管局"]]


@pytest.mark.parametrize(
    "text",
    [
        "关于全县营商环境工作情况的报告\n\n一年来,全县营商环境持续改善,但仍存在一些问题,主要表现在三个方面:部分审批"
        "事项办理时限仍然偏长,企业满意度不高;涉企检查多头重复的问题依然存在;政务服务数据共享不够充分,群众办事仍需多头跑。\n",
        "县审计局关于2023年度县级预算执行审计情况的报告\n\n审计结果表明,县级预算执行总体较好,但也发现一些问题,主要体现在"
        "以下三个方面:\n部分单位预算编制不够细化,年中追加调整频繁,涉及资金3500万元。\n部分专项资金拨付不及时,沉淀资金"
        "1200万元未能发挥效益。\n个别单位政府采购程序不规范,存在化整为零规避公开招标现象。\n",
        "县文旅局关于2024年文旅工作安排的通知\n\n各乡镇文化站:\n今年全县文旅工作的重点方面包括:推进全域旅游示范区创建、"
        "办好乡村文化旅游节、实施文物保护修缮工程。\n今年需要各乡镇配合的项目有:乡村旅游示范点申报、非遗传承人推荐。\n",
    ],
)
def test_aspects_a_report_finds_are_no_counted_tasks(text: str) -> None:
    assert run(text).measures == []


def test_a_report_sentence_after_the_counted_tasks_is_none_of_them() -> None:
    text = (
        "县政府召开民生实事推进会\n\n会议要求,今年要重点办好三件民生实事:新建城区公办幼儿园2所;改造老旧小区10个。"
        "此外,去年开工的县医院新院区已于5月投入使用。\n"
    )
    assert not any("已于5月" in m.label for m in run(text).measures)


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "一、开展联合检查。组织农业农村局、市场监管局等部门开展联合执法检查,全年检查农资门店200家次。\n"
            "二、加强宣传。县农业农村局负责。\n",
            ["农业农村局", "市场监管局"],
        ),
        (
            "一、开展技术培训。邀请市农科院、市农技推广中心等单位专家开展田间培训,全年培训1000人次。\n"
            "二、加强宣传。县农业农村局负责。\n",
            [],
        ),
        (
            "一、争取上级支持。积极协调发改局、财政局等部门争取中央预算内资金。\n二、加强宣传。县农业农村局负责。\n",
            [],
        ),
        (
            "一、开展专项督查。对县发改局、县财政局等部门落实重点工作情况开展督查,每季度通报一次。\n"
            "二、加强宣传。县农业农村局负责。\n",
            [],
        ),
        (
            "一、完善政策体系。发改局、司法局等部门的意见建议要及时吸纳到政策文件中。\n二、加强宣传。县农业农村局负责。\n",
            [],
        ),
        (
            "一、加强队伍建设。县商务局、县投促中心等单位负责同志参加专题培训。\n二、加强宣传。县农业农村局负责。\n",
            [],
        ),
    ],
)
def test_bodies_acted_on_or_owning_something_are_no_etc_closed_subjects(text: str, first: list[str]) -> None:
    units = _rows(text)[0][1]
    assert units == first, units


def test_an_item_titled_with_a_frame_word_inside_stays_a_task() -> None:
    text = (
        "县2024年数字乡村建设方案\n\n一、重点任务\n(一)明确建设思路。县农业农村局牵头编制数字乡村建设规划,年内完成。\n"
        "(二)建设信息基础设施。新建5G基站100个。(责任单位:县工信局)\n"
    )
    assert _rows(text) == [("(一)", ["县农业农村局"]), ("(二)", ["县工信局"])]
