"""Metadata of round 25 (heldout29-31): a headless text whose units are the central state's ministries named bare
(生态环境部, 工业和信息化部, 工商总局) is national (全国); the governments of a national plan's pilot cities (试点城市政府)
do not make the text speak as a city; a PDF viewer's page label (Page 22 - …) before the title line is no part
of the issuer; a text speaking as a county under a city of one county is that county; a notice addressed to every
province is national; a preamble's 编制形成了《X》 names the title. Inline texts in both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from policykg.loaders.normalize import fold, to_simplified
from tests.loaders.inline import IDS, VARIANTS, family_params, meta_field, run

FAMILIES: dict[str, list[tuple[str, str, str | None]]] = {
    "a_headless_text_of_bare_ministries_is_national": [
        (
            "二、主要任务\n(一)强化监管执法。开展专利执法维权专项行动。(知识产权局负责)\n"
            "(二)打击网络侵权。开展专项行动,打击网络商标侵权。(工商总局、公安部负责)\n",
            "region",
            "全国",
        ),
        (
            "二、主要任务\n(一)建立指标体系。研究建立固体废物减量化指标体系。"
            "(生态环境部牵头,工业和信息化部、农业农村部参与)\n"
            "(二)优化体制机制。建立部门责任清单。(生态环境部指导,试点城市政府负责落实)\n",
            "region",
            "全国",
        ),
        # one ministry alone is no sign of a national text
        ("二、主要任务\n(一)强化监管执法。开展专利执法维权专项行动。(公安部负责)\n", "region", None),
        # a city's own bodies speak as that city: 财政部门 and 市财政局 name no ministry
        (
            "二、主要任务\n(一)强化监管执法。开展执法专项行动。(市公安局、市财政局负责)\n"
            "(二)加强保障。各级财政部门要做好经费保障。(市政府办公室负责)\n",
            "region",
            None,
        ),
    ],
    "a_viewer_page_label_before_the_title_line": [
        (
            "Page 22 - 内蒙古自治区人民政府办公厅关于印发老旧小区改造工作实施方案的通知\n各盟行政公署:\n现将方案印发给你们。\n",
            "issuer",
            "内蒙古自治区人民政府办公厅",
        ),
        (
            "第3页 - 长沙市人民政府关于加快发展现代物流业的意见\n各区县人民政府:\n现提出如下意见。\n",
            "issuer",
            "长沙市人民政府",
        ),
    ],
    "a_county_voice_under_a_city_of_one_county": [
        (
            "一、工作目标\n按照莆田市的部署,我县全面推进高标准农田建设。\n二、主要任务\n"
            "(一)加强组织领导。我县成立工作专班。(县农业农村局负责)\n(二)落实资金保障。我县统筹安排资金。(县财政局负责)\n",
            "region",
            "莆田市仙游县",
        ),
        # a city of several counties: which one speaks is not said
        (
            "一、工作目标\n按照渭南市的部署,我县全面推进高标准农田建设。\n二、主要任务\n"
            "(一)加强组织领导。我县成立工作专班。(县农业农村局负责)\n(二)落实资金保障。我县统筹安排资金。(县财政局负责)\n",
            "region",
            None,
        ),
    ],
    "a_notice_addressed_to_every_province_is_national": [
        (
            "中央宣传部、中央网信办,各省、自治区、直辖市人民政府,新疆生产建设兵团,国务院各部委、各直属机构:\n"
            "餐饮业与人民群众日常生活紧密相关,现提出以下意见。\n一、总体要求\n(一)支持餐饮业发展。\n",
            "region",
            "全国",
        ),
        (
            "各省(区、市)文化和旅游厅(局):\n为推动夜间经济发展,现将有关事项通知如下。\n一、总体要求\n",
            "region",
            "全国",
        ),
        # a province's notice forwarding the national one is the province's
        (
            "河南省人民政府办公厅关于转发国务院办公厅促进餐饮业发展意见的通知\n各省辖市人民政府:\n"
            "现将意见转发给你们。\n各省、自治区、直辖市人民政府,国务院各部委:\n现提出以下意见。\n",
            "region",
            "河南省",
        ),
    ],
    "a_preamble_compiling_the_title_with_a_result_complement": [
        (
            "您的位置首页  日常用品  食品\n各部门食品安全工作管什么?这个责任清单说清楚了!\n"
            "  为切实落实《食品安全法》等法律法规,市食药安办会同相关成员单位编制形成了《上海市2022年度食品安全工作责任清单》,"
            "现印发给你们。\n  1.落实属地管理责任。全面学习贯彻食品安全工作的重要指示。\n",
            "title",
            "上海市2022年度食品安全工作责任清单",
        ),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "field", "want"), family_params(FAMILIES))
def test_r25_metadata(variant: Callable[[str], str], text: str, field: str, want: str | None) -> None:
    got = meta_field(run(variant(text)), field)
    assert (to_simplified(fold(got)) if got else None) == want
