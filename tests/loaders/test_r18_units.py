"""Responsible-unit families of round 18: county-level divisions named in full before a government each have one
of their own (天河区、越秀区政府 is two units; a prefecture list before its 人民政府 stays one); the duty a scope
sentence's verb takes is no part of its units (以下均需各乡镇落实属地管理责任,不再列出); a covering notice's units of
every task (除特别注明的外,A都是配合单位) join each task naming its own units and no place's body.
Inline texts in both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, family_params
from tests.loaders.test_responsibility import keys, names, run

HEAD = "一、重点任务\n"
# Each measure's (units, leads) as written, in order
Want = list[tuple[list[str], list[str]]]
Case = tuple[str, Want]

NOTICE = (
    "某市人民政府办公室关于印发重点工作责任分解的通知\n"
    "各县(市、区)人民政府,市直属各单位:\n"
    "各牵头单位要统筹协调,各配合单位要加强协作。{rule}\n"
    "附件\n"
)

# Each family's cases: a text and what each of its measures holds.
FAMILIES: dict[str, list[Case]] = {
    "county_governments_each_their_own": [
        (
            HEAD + "1.建设创新走廊。(责任单位:市科技局,天河区、越秀区政府)\n",
            [(["市科技局", "天河区", "越秀区政府"], [])],
        ),
        (
            HEAD + "1.推进城际铁路建设。由市交通运输局,兰考县、通许县、尉氏县人民政府负责落实。\n",
            [(["市交通运输局", "兰考县", "通许县", "尉氏县人民政府"], [])],
        ),
        # prefectures before their 人民政府 share it: one unit
        (
            HEAD + "1.完善路网。(省交通运输厅牵头,洛阳市、平顶山市、南阳市人民政府配合)\n",
            [(["省交通运输厅", "洛阳市、平顶山市、南阳市人民政府"], ["省交通运输厅"])],
        ),
        # a bureau the counties share is no government of each: one unit
        (
            HEAD + "1.建设产业园。(责任单位:天河区、越秀区发展改革局)\n",
            [(["天河区、越秀区发展改革局"], [])],
        ),
    ],
    "scope_verb_duty_is_no_unit": [
        (
            HEAD + "1.开展警示教育。(牵头单位:县应急管理局,以下均需各乡镇落实属地管理责任,不再重复列出)\n"
            "2.开展隐患排查。组织专项检查。\n",
            [(["县应急管理局", "各乡镇"], ["县应急管理局"]), (["各乡镇"], [])],
        ),
        (
            HEAD + "1.开展警示教育。(牵头单位:县应急管理局,以下均需各乡镇落实,不再列出)\n"
            "2.开展隐患排查。组织专项检查。\n",
            [(["县应急管理局", "各乡镇"], ["县应急管理局"]), (["各乡镇"], [])],
        ),
    ],
    "notice_default_units_join_every_task": [
        (
            NOTICE.format(rule="除特别注明的外,各县(市、区)政府和某某开发区管委会都是配合单位。")
            + HEAD
            + "1.完成经济发展目标。\n牵头单位:市发改委\n配合单位:市财政局、市统计局\n"
            # a task naming a county's body has said otherwise
            "2.建设物流园区。\n牵头单位:市商务局\n配合单位:武义县政府\n"
            # a task whose units are not printed is left as it is
            "3.推进数字化改造。\n",
            [
                (
                    ["市发改委", "市财政局", "市统计局", "各县(市、区)政府", "某某开发区管委会"],
                    ["市发改委"],
                ),
                (["市商务局", "武义县政府"], ["市商务局"]),
                ([], []),
            ],
        ),
        # 均为责任单位: responsible, no lead; a task naming a township's body has said otherwise
        (
            NOTICE.format(rule="除另有注明外,各街道办事处均为责任单位。")
            + HEAD
            + "1.推进旧城改造。(牵头单位:区住建局;责任单位:区财政局)\n"
            "2.推进招商引资。(责任单位:区商务局、五星街道)\n",
            [
                (["区住建局", "区财政局", "各街道办事处"], ["区住建局"]),
                (["区商务局", "五星街道"], []),
            ],
        ),
        # without the notice's rule the tasks keep their own units
        (
            NOTICE.format(rule="请认真抓好落实。")
            + HEAD
            + "1.完成经济发展目标。\n牵头单位:市发改委\n配合单位:市财政局、市统计局\n",
            [(["市发改委", "市财政局", "市统计局"], ["市发改委"])],
        ),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_r18_unit_families(variant: Callable[[str], str], text: str, want: Want) -> None:
    doc = run(variant(text))
    got = [(names(m.responsible), names(m.lead)) for m in doc.measures]
    assert got == [(keys(units), keys(leads)) for units, leads in want]
