"""Measures of round 24's new parts (heldout26-28), written as families of the page's layout: a document-sharing
site's numbered download notice before the shared file (1、下载文档前请自行甄别… / 2、"仅部分预览"的文档… / 3、如文档
侵犯您的权益…) is the site's terms, never measures, so the file's own items are read; a compilation's table of contents (目 录 / 1.…政策 / 2.…办法) lists the
documents it holds, and its entry repeated over the first document is that document's title; an interpretation page's
numbered questions (一、文件出台的背景是什么?) head answers, never measures; a news flash's sentences quoted
from the document after its quoting verb (通知提出,做强…。加强…。) are its measures, a short title sentence taking
the ones after it, none when they only quote goals; a public-commitment card (承诺事项:… / 完成时间 / 责任单位 /
完成情况) is one unnumbered measure. Inline texts in both scripts and both
punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, family_params, run

# a measure as (its path with its number, the label's first 8 characters)
Want = tuple[str, str]
Case = tuple[str, list[Want]]

_NOTICE = (
    "1、下载文档前请自行甄别文档内容的完整性,平台不提供额外的编辑服务。\n"
    '2、"仅部分预览"的文档,不可在线预览部分如存在完整性等问题,可反馈申请退款。\n'
    "3、如文档侵犯您的权益,请联系客服反馈,我们会尽快为您处理。\n"
)
_PLAN = (
    "二、重点任务\n"
    "(一)发展特色种植业。加快发展杂粮、中药材等特色种植业(责任单位:县农业农村局)。\n"
    "(二)发展特色养殖业。稳步发展肉牛、肉羊养殖(责任单位:县畜牧局)。\n"
)

FAMILIES: dict[str, list[Case]] = {
    "download_notice_of_a_sharing_site": [
        (
            _NOTICE + "某县特色农业产业扶贫工作方案\n" + _PLAN,
            [("二/(一)", "发展特色种植业"), ("二/(二)", "发展特色养殖业")],
        ),
        (
            "  1. " + _NOTICE.replace("\n2、", "\n  2. 2、") + _PLAN,
            [("二/(一)", "发展特色种植业"), ("二/(二)", "发展特色养殖业")],
        ),
    ],
    "contents_of_a_compilation": [
        (
            "某市招商引资优惠政策汇编\n目 录\n1.某市招商引资优惠政策\n2.某县招商引资优惠政策\n3.某区招商引资优惠政策\n"
            "1.某市招商引资优惠政策\n为加大招商引资力度,制定本政策。\n一、用地保障政策\n"
            "(一)对鼓励类工业项目优先供应土地。\n(二)对招商引资项目用地可采取长期租赁方式供应。\n",
            [("一/(一)", "对鼓励类工业项目"), ("一/(二)", "对招商引资项目用")],
        ),
        # numbered items with no 目录 line above them stay items
        (
            "一、重点任务\n1.推进园区建设(责任单位:市发改委)。\n2.加快项目落地(责任单位:市商务局)。\n",
            [("一/1", "推进园区建设"), ("一/2", "加快项目落地")],
        ),
    ],
    "sentences_a_flash_quotes_from_its_document": [
        (
            "2024年05月16日 16:26:02\n【某省出台锂电产业措施】财联社5月16日电,某省人民政府办公厅印发《关于促进锂电产业发展的"
            "若干措施》的通知。通知提出,做强做精基础锂盐、负极材料等优势领域。加强正极材料、动力电池等关键领域布局。"
            "培育引进固态电池等新型锂电池产业链条,抢占前沿市场。\n",
            [("", "做强做精基础锂盐"), ("", "加强正极材料、动"), ("", "培育引进固态电池")],
        ),
        # a short title sentence takes the sentences after it
        (
            "7月27日,某州人民政府办公室印发《某州产业体系实施方案》的通知。\n《方案》指出,推动储能产业发展。"
            "加快先进储能材料产业提质壮大,建设储能产业园。加快电池储能技术与可再生能源利用融合。\n",
            [("", "推动储能产业发展")],
        ),
        # the document's goals quoted as figures: no measure
        (
            "7月27日,某区人民政府印发《某区设备更新实施方案》。\n《方案》明确,到2027年底,全区设备投资规模较2023年"
            "增长25%以上。报废汽车回收量较2023年增加一倍,二手车交易量增长50%。\n",
            [],
        ),
    ],
    "commitment_card": [
        (
            "| 当前位置 : | 首页 |\n承诺事项:实施海洋种业振兴计划,推进海洋食品产业聚链成群。\n完成时间:12月底前\n"
            "责任单位:市工业和信息化局、市海洋发展局\n完成情况:实施15个水产种业基础设施提升项目。\n",
            [("", "实施海洋种业振兴")],
        ),
    ],
    "questions_of_an_interpretation_page": [
        (
            "一、文件出台的背景是什么?\n材料产业是基础性产业。\n二、文件的重点内容是什么？\n文件的重点内容是构建产业体系。\n",
            [],
        ),
        # an item that asks no question stays a measure
        (
            "一、提升发展先进基础材料\n大力发展先进有色金属材料(责任单位:市工信局)。\n"
            "二、培育发展关键战略材料\n加快发展电子信息材料(责任单位:市科技局)。\n",
            [("一", "提升发展先进基础材"), ("二", "培育发展关键战略材")],
        ),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_r24_h24u_measures(variant: Callable[[str], str], text: str, want: list[Want]) -> None:
    doc = run(variant(text))
    got = [
        (_ascii("/".join([*(doc.sections[k].number for k in m.section_path), m.number])), m.label[:8])
        for m in doc.measures
    ]
    assert got == [(_ascii(variant(path)), variant(label)[:8]) for path, label in want]


def _ascii(number: str) -> str:
    """A path with its brackets in ASCII (the extraction writes (一) for （一）)."""
    return number.replace("（", "(").replace("）", ")")
