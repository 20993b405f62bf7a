"""Page layouts of round 21 read from the misses of heldout17-19 (new real pages): a news report's lead that counts
the tasks in one sentence and hands over in a bare one after it (重点抓好8件民生实事。分别是: / (1)…(8)), a page of
bullets cut off inside its last one (the short remains are a task's, not a word list), and a document-sharing site's preview the page cuts inside
its second chunk (1、… / 2、户提供…: one chunk break, the site's numbers, no items). Inline texts in both scripts
and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, family_params, run

# (measure number as folded, label) of each measure found on a page
Found = tuple[str, str]

_BULLETS = (
    "经济发展\n\n"
    "  • 进一步拓展经贸办事处网络以加强对外推广工作,计划增设第三个办事处。\n"
    "  • 纾缓中小企业税务负担,建议将企业首200万元利得税率降至8.25%。\n"
    "  • 向金融发展局增拨资源。政府带头在下个财政年度发行绿色债券。\n"
)

_SENTENCE = "依规加大减税降费力度,强化政策落实,优化服务企业机制,"
_RUN = _SENTENCE * 12  # a preview chunk: a long run of text that lost its line breaks
_PREVIEW = (
    "《某市促进民营经济发展实施方案.docx》由会员分享,可在线阅读。\n"
    "1、某市促进民营经济发展实施方案为深入贯彻决策部署,结合实际,制定本方案。一、加强资源要素支持 "
    "(一)强化财税政策保障。" + _RUN + "对小微企业\n"
    "2、户提供融资担保业务免征增值税。" + _RUN + "\n(二)加强产业基金支持。发挥产业基金引领作用。" + _RUN
)

FAMILIES: dict[str, list[tuple[str, list[Found]]]] = {
    "a_preview_cut_inside_its_second_chunk": [
        # 1、 and 2、 are the site's chunk numbers (the page ends inside the second): the (一) items are the tasks
        (_PREVIEW, [("(一)", "强化财税政策保障"), ("(二)", "加强产业基金支持")]),
    ],
    "a_counted_announcement_before_a_bare_hand_over": [
        (
            "5月10日上午,县人民代表大会隆重开幕,县长向大会作《政府工作报告》。\n"
            "《报告》指出,县政府将重点抓好3件民生实事。分别是:\n"
            "(1)加快建设县医院迁建项目。\n(2)开工新建西环路。\n(3)完成新安大道一期工程。\n",
            [("(1)", "加快建设县医院迁建项目"), ("(2)", "开工新建西环路"), ("(3)", "完成新安大道一期工程")],
        ),
        (
            "5月10日上午,县人民代表大会隆重开幕。\n《报告》指出,今年将办好3项重点工作。具体如下:\n"
            "(1)加快建设县医院迁建项目。\n(2)开工新建西环路。\n(3)完成新安大道一期工程。\n",
            [("(1)", "加快建设县医院迁建项目"), ("(2)", "开工新建西环路"), ("(3)", "完成新安大道一期工程")],
        ),
        # a count that does not agree with the run announces other things: no tasks
        (
            "5月10日上午,县人民代表大会隆重开幕。\n《报告》指出,今年将办好5项重点工作。分别是:\n"
            "(1)加快建设县医院迁建项目。\n(2)开工新建西环路。\n(3)完成新安大道一期工程。\n",
            [],
        ),
    ],
    "a_bullet_cut_short_by_the_page_end_is_a_task": [
        (
            _BULLETS + "\n创新及科技\n\n  • 全方位推动创科",
            [
                ("", "进一步拓展经贸办事处网络以加强对外推广工作,计划增设第三个办事处"),
                ("", "纾缓中小企业税务负担,建议将企业首200万元利得税率降至8.25%"),
                ("", "向金融发展局增拨资源"),
                ("", "全方位推动创科"),
            ],
        ),
        # a short bullet inside the page is a word list: the page lists no tasks
        (_BULLETS + "  • 项目名称\n  • 建设地点\n\n附件:项目表\n", []),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_r21_heldout_layouts(variant: Callable[[str], str], text: str, want: list[Found]) -> None:
    doc = run(variant(text))
    got = [(m.number, m.label) for m in doc.measures]
    assert got == [(n, variant(label)) for n, label in want]
