"""Round 35, after the kept-out score (heldout71 do02/do04/do05): a page with no numbered items whose paragraphs each
open with the body whose duties they state (县住房城乡建设局:负责…;负责… / 区住建局负责…总协调工作 / 区委农办要…) is a
division of duties among member units: each paragraph a measure carrying its body. Two such paragraphs are not
enough (a notice's requests); a page of plain paragraphs stays without measures. Both scripts, both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, assert_measures, run


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_paragraphs_each_opened_by_their_body_are_measures(variant: Callable[[str], str]) -> None:
    text = (
        "现将各单位在村庄环境整治工作中的任务明确如下:\n"
        "区住建局负责全区村庄环境整治总协调工作,指导督查康居乡村的创建。\n"
        "区委农办要结合全区建设任务,负责指导督查新社区建设。\n"
        "区城管局:负责村庄生活垃圾的收集、转运和处置的技术指导;负责督查环境卫生。\n"
        "区财政局负责村庄环境整治专项经费的落实。\n"
    )
    want = [
        ("", "区住建局负责全区村庄环境整治总协调工作", ["区住建局"], []),
        ("", "区委农办要结合全区建设任务", ["区委农办"], []),
        ("", "区城管局:负责村庄生活垃圾的收集", ["区城管局"], []),
        ("", "区财政局负责村庄环境整治专项经费的落实", ["区财政局"], []),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_two_requests_or_plain_paragraphs_are_no_division(variant: Callable[[str], str]) -> None:
    text = (
        "为做好村庄环境整治工作,现将有关事项通知如下。\n"
        "今年以来,全区村庄环境持续改善,群众满意度不断提高。\n"
        "区住建局负责全区村庄环境整治总协调工作。\n"
        "区财政局负责村庄环境整治专项经费的落实。\n"
    )
    assert not run(variant(text)).measures


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_heading_naming_the_body_by_its_short_name_and_items_closed_by_bodies(
    variant: Callable[[str], str],
) -> None:
    """heldout71 do09: 县灾害应变中心(以下简称本中心)之任务如下: hands its items to the body before the short name it
    is given; (一)风灾、震灾、火灾:县消防局。 names the body carrying the item after its colon; a rule for finding the
    body (依法令规定或权责主管单位) and what is built, counted (新建20家社区长者食堂、新增100个养老服务站: the r23 probe a
    review of the CI run caught) name none."""
    text = (
        "二、县灾害应变中心(以下简称本中心)之任务如下:\n(一)指挥各项灾害应变措施。\n(二)掌握各项灾害状况。\n"
        "三、本县灾害防救业务主政单位如下:\n(一)风灾、震灾、火灾:县消防局。\n(二)水灾、土石流:县水利局、县自然资源局。\n"
        "(三)其他灾害:依法令规定或权责主管单位。\n"
        "(四)建设项目:新建20家社区长者食堂、新增100个养老服务站。\n"
    )
    want = [
        ("(一)", "指挥各项灾害应变措施", ["县灾害应变中心"], []),
        ("(二)", "掌握各项灾害状况", ["县灾害应变中心"], []),
        ("(一)", "风灾、震灾、火灾", ["县消防局"], []),
        ("(二)", "水灾、土石流", ["县水利局", "县自然资源局"], []),
        ("(三)", "其他灾害", [], []),
        ("(四)", "建设项目:新建20家社区长者食堂、新增100个养老服务站", [], []),
    ]
    assert_measures(text, want, variant)
