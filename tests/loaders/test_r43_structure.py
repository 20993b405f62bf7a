"""Round 43 (heldout108 ez07, a ministry's notice announcing a list of counties): an attachment's list title (第一批
示范县创建名单) over headings grouping the names (一、主要农作物类(49个) / 北京市 / 怀柔区 …) heads no measures, and the
places named under it are names, no units; a document a body's work follows (各创建县要严格按照工作方案要求,加强…) is
no news flash quoting it. Both scripts, both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from policykg.loaders.normalize import match_text
from tests.loaders.inline import IDS, VARIANTS, assert_measures, run

_NOTICE = (
    "农业农村部办公厅关于公布第一批示范县创建名单的通知\n各省农业农村厅:\n"
    "2023年农业农村部组织开展了第一批示范县创建申报工作。经专家评审,拟同意北京市怀柔区等49个县创建示范县。\n"
    "各级农业农村部门要高度重视示范县创建工作,切实加强工作指导。各创建县要严格按照工作方案要求,加强组织领导,"
    "明确工作职责。农业农村部将组织专家组开展综合考评。\n农业农村部办公厅\n2024年3月1日\n"
)
_LIST = (
    "附件\n第一批农业生产全程机械化示范县创建名单\n一、主要农作物类(49个) |\n|\n北京市 |\n怀柔区 |\n河北省 |\n"
    "邱县、任丘市 |\n二、规模养殖类(69个) |\n|\n北京市 |\n平谷区 |\n"
)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_list_attachment_heads_no_measures(variant: Callable[[str], str]) -> None:
    doc = run(variant(_NOTICE + _LIST))
    assert [m.label for m in doc.measures if "北京市" in m.label or "主要农作物" in m.label] == []
    assert all("怀柔区" not in u.surface for m in doc.measures for u in m.responsible)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_document_followed_is_no_flash_quoting_it(variant: Callable[[str], str]) -> None:
    doc = run(variant(_NOTICE))
    assert not any(m.label.startswith(variant("加强组织领导")) for m in doc.measures)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_flash_quoting_its_document_still_read(variant: Callable[[str], str]) -> None:
    flash = (
        "我省印发若干措施支持锂电产业发展\n江西省人民政府办公厅印发《关于支持锂电产业发展的若干措施》的通知。"
        "通知提出,做强做精基础锂盐,推动锂盐企业扩产。加强正极材料布局,引进一批龙头企业。培育引进电池回收企业,完善回收体系。\n"
    )
    want = [
        ("", "做强做精基础锂盐", [], []),
        ("", "加强正极材料布局", [], []),
        ("", "培育引进电池回收", [], []),
    ]
    assert_measures(flash, want, variant)


_DUTIES = (
    "余庆县地质灾害防治工作职责\n一、政府工作职责\n(一)县人民政府职责\n统一领导辖区内的地质灾害防治工作。组织有关部门开展群测群防工作。\n"
    "(二)乡镇人民政府职责\n具体负责本辖区内地质灾害巡查。\n二、相关部门工作职责\n(一)国土资源部门\n"
    "1.会同相关责任部门开展地质灾害调查。\n2.指导建立地质灾害监测体系。\n"
)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_bodys_duties_heading_over_its_paragraph_is_a_measure(variant: Callable[[str], str]) -> None:
    # heldout112 fd03: (一)县人民政府职责 / its paragraph, beside another part's 1. items
    doc = run(variant(_DUTIES))
    heads = [m for m in doc.measures if match_text(m.number) in ("(一)", "(二)")]
    assert [m.label for m in heads] == [variant("县人民政府职责"), variant("乡镇人民政府职责")]
    assert variant("县人民政府") in [u.surface for u in heads[0].responsible]
    assert variant("乡镇人民政府") in [u.surface for u in heads[1].responsible]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_duties_heading_naming_no_body_is_no_measure(variant: Callable[[str], str]) -> None:
    text = _DUTIES.replace("(一)县人民政府职责", "(一)主要职责").replace(
        "(二)乡镇人民政府职责", "(二)工作职责"
    )
    labels = [m.label for m in run(variant(text)).measures]
    assert variant("主要职责") not in labels and variant("工作职责") not in labels
