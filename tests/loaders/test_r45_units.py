"""Round 45 units: sector lists closed by 等部门 with a narrower kind in brackets (农业(农机), heldout114 ff08) and
the long names of 工商 and 质监 (工商管理、质量技术监督等部门按照职责…, heldout115 fg09). Both scripts, both
punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, assert_measures, run


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_sector_with_its_narrower_kind_in_brackets(variant: Callable[[str], str]) -> None:
    text = (
        "一、工作任务\n(一)集中宣传。各县区政府要组织新闻媒体开展宣传。\n"
        "(二)集中整治。7月1日至9月30日,安监、交通、农业(农机)、教育、公安等部门要各司其职,加大隐患治理力度。\n"
    )
    want = [
        ("(一)", "集中宣传", ["各县区政府"], []),
        ("(二)", "集中整治", ["安监", "交通", "农业(农机)", "教育", "公安"], []),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_bracketed_remark_longer_than_a_kind_is_no_sector(variant: Callable[[str], str]) -> None:
    text = (
        "一、工作任务\n(一)集中宣传。各县区政府要组织新闻媒体开展宣传。\n"
        "(二)集中整治。安监、交通、农业(含农机、农技推广及畜牧兽医)、教育等部门要各司其职。\n"
    )
    doc = run(variant(text))
    assert not any("农机" in r.surface for r in doc.measures[1].responsible)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_the_long_names_of_commerce_and_quality_supervision(variant: Callable[[str], str]) -> None:
    text = (
        "四、保障措施\n(一)加强领导。各级政府要加强领导。\n"
        "(二)明确分工。市发改委负责提出全市节能规划;市科技、财政、统计、工商管理、质量技术监督等部门按照职责,"
        "协同做好相关工作。\n"
    )
    want = [
        ("(一)", "加强领导", ["各级政府"], []),
        ("(二)", "明确分工", ["市发改委", "市科技", "财政", "统计", "工商管理", "质量技术监督"], []),
    ]
    assert_measures(text, want, variant)


_REQUESTS = (
    "各区工业和信息化主管部门,各有关单位:\n现将有关事项通知如下:\n"
    "一、请各区工业和信息化主管部门会同发展改革、财政、市场监管部门组织好本辖区项目申报工作。\n"
    "二、请各区工业和信息化主管部门会同财政部门对项目申报材料进行审核。\n"
    "三、请各区工业和信息化主管部门将此次培育工作与评估工作结合起来。\n"
)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_request_after_an_items_number_with_its_partners(variant: Callable[[str], str]) -> None:
    # 一、请A会同B、C部门组织…: the body requested and the partners it is joined with (heldout127 fs10); the title runs
    # on past the partners
    want = [
        (
            "一",
            "请各区工业和信息化主管部门会同发展改革",
            ["各区工业和信息化主管部门", "发展改革", "财政", "市场监管"],
            [],
        ),
        ("二", "请各区工业和信息化主管部门会同财政部门", ["各区工业和信息化主管部门", "财政部门"], []),
        ("三", "请各区工业和信息化主管部门将此次培育", ["各区工业和信息化主管部门"], []),
    ]
    assert_measures(_REQUESTS, want, variant)
    doc = run(variant(_REQUESTS))
    assert doc.measures[0].label.endswith(variant("组织好本辖区项目申报工作"))


@pytest.mark.parametrize("act", ["利用学校网站、成绩单等管道", "按照学校统一安排", "结合学校实际"])
@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_request_of_the_readers_act_addresses_no_body(variant: Callable[[str], str], act: str) -> None:
    text = f"三、各级学校应办事项\n(一)水域安全倡导\n1.请{act},进行宣导。\n2.学校应加强巡逻。\n"
    doc = run(variant(text))
    # the heading's 各级学校 are the items' units; nothing the request's act names
    assert [r.surface for r in doc.measures[0].responsible] == [variant("各级学校")]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_requests_title_runs_past_the_body_it_addresses(variant: Callable[[str], str]) -> None:
    # (一)请A高度重视…: the title is the whole request, not 请 alone (heldout127 fs02)
    text = (
        "各有关单位:\n有关事项通知如下:\n一、做好推荐工作\n"
        "(一)请凤泉湖高新区高度重视推荐工作,请于12月11日前做好推荐上报工作。\n"
        "(二)请各县、区工信主管部门高度重视推荐工作。\n"
    )
    want = [
        ("(一)", "请凤泉湖高新区高度重视推荐工作", ["凤泉湖高新区"], []),
        ("(二)", "请各县、区工信主管部门高度重视", ["各县、区工信主管部门"], []),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_bodys_name_as_an_items_whole_title(variant: Callable[[str], str]) -> None:
    # 1、区住建局。排查…: the item's title is the body whose duties follow (heldout115 fg02); a task's title that ends
    # like a body (打造城市人工智能赋能中心。 / 任务交办。) names none
    text = (
        "三、职责分工\n1、区住建局。排查生活污水直排污染源,发现问题立即报告。\n"
        "2、生态局东安分局。排查工业污水排放污染源,按时上报监测数据。\n3、新安街道办事处。加强环境保护宣传力度。\n"
        "4、打造城市人工智能赋能中心。建设算力平台,服务企业。\n5、任务交办。对督查发现的问题及时交办。\n"
    )
    want = [
        ("1", "区住建局", ["区住建局"], []),
        ("2", "生态局东安分局", ["生态局东安分局"], []),
        ("3", "新安街道办事处", ["新安街道办事处"], []),
        ("4", "打造城市人工智能赋能中心", [], []),
        ("5", "任务交办", [], []),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_sectors_short_name_opening_with_jing(variant: Callable[[str], str]) -> None:
    # (二)经信委:负责…: 经信 is a sector's short name, no passive 经 (经县政府批准…) (heldout121 fm09)
    text = (
        "四、职责分工\n(一)发改委:负责统筹推进光伏发电应用。\n"
        "(二)经信委:负责制定光伏发电应用扶持政策;牵头推广工业企业光伏发电应用。\n(三)财政局:负责资金保障。\n"
    )
    doc = run(variant(text))
    assert [[r.surface for r in m.responsible] for m in doc.measures] == [
        [variant("发改委")],
        [variant("经信委")],
        [variant("财政局")],
    ]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_subject_supporting_named_bodies(variant: Callable[[str], str]) -> None:
    # 各乡镇(街道)配合市文明办,负责…: the supporters and the supported both carry the item, none leads (heldout129 fu02)
    text = (
        "为加强城市管理,市政府与各乡镇(街道)签定目标责任书,具体内容如下:\n"
        "一、开展市民文明素质提升行动。各乡镇(街道)配合市文明办,负责组织实施本辖区市民文明素质提升工作。\n"
        "二、开展整治行动。各乡镇(街道)配合市住建委、国土局、行政执法局,负责整治工作。\n"
        "三、开展宣传。积极配合上级部门做好宣传工作。\n"
    )
    want = [
        ("一", "开展市民文明素质提升行动", ["各乡镇(街道)", "市文明办"], []),
        ("二", "开展整治行动", ["各乡镇(街道)", "市住建委", "国土局", "行政执法局"], []),
        ("三", "开展宣传", [], []),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_phrase_of_when_between_the_body_and_its_modal(variant: Callable[[str], str]) -> None:
    # 交通海事部门在国庆节前要… / 县人民政府在编制规划时,要…: the body, then when its duty falls (heldout123 fo05,
    # heldout121 fm07)
    text = (
        "二、工作任务\n1、交通海事部门在国庆节前要对旅游船只再进行一次安全检查。\n2、县人民政府在编制规划时,要加强评估。\n"
        "3、市交通局在项目实施过程中要加强监管。\n4、各乡镇,要加强评估。\n"
    )
    doc = run(variant(text))
    assert [[r.surface for r in m.responsible] for m in doc.measures][:3] == [
        [variant("交通海事部门")],
        [variant("县人民政府")],
        [variant("市交通局")],
    ]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_levels_sharing_a_government_then_the_departments_concerned(variant: Callable[[str], str]) -> None:
    # 市、县、区人民政府和各有关部门要…: the governments of the levels and the departments concerned, 各 before them as
    # without it (…和有关部门要…) (heldout121 fm07)
    text = (
        "二、工作任务\n1、市、县、区人民政府和各有关部门要加强对规划区地质灾害危险性评估。\n"
        "2、市、县人民政府和有关部门要加强组织领导。\n"
    )
    want = [
        ("1", "市、县、区人民政府和各有关部门要", ["市、县、区人民政府", "各有关部门"], []),
        ("2", "市、县人民政府和有关部门要", ["市、县人民政府", "有关部门"], []),
    ]
    assert_measures(text, want, variant)
