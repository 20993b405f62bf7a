"""Round 40 (probes of the genre's plain news forms; heldout98 ep06 and heldout99 eq08, read after the kept-out
score): a meeting arranging the work (会议安排,由A牵头,B、C配合,…) hands it over as 部署 does; a reporter's run-in
before the next step (据悉,下一步,A将…) leaves the next step the page's measure; a meeting's inline demand on its own
collectives (…,要求各站所、科室要…); a speaker's points each a short title with the modal (要进一步提高认识。…). Both
scripts, both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, assert_measures, run

_NEWS = (
    "我县召开安全生产工作会议\n发布时间:2024-03-05 来源:县融媒体中心\n"
    "3月5日,县政府召开安全生产工作会议,副县长张三出席会议并讲话。\n"
)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("paragraph", "label", "units", "leads"),
    [
        (
            "会议安排,由县应急管理局牵头,县公安局、县交通运输局配合,开展为期3个月的专项整治。",
            "由县应急管理局牵头",
            ["县应急管理局", "县公安局", "县交通运输局"],
            ["县应急管理局"],
        ),
        (
            "会议安排,县农业农村局负责种子化肥调度,县财政局负责资金保障。",
            "县农业农村局负责种子",
            ["县农业农村局", "县财政局"],
            [],
        ),
        (
            "据了解,下一步,县应急管理局将会同县公安局开展专项整治行动。",
            "据了解,下一步,县应急",
            ["县应急管理局", "县公安局"],
            [],
        ),
    ],
)
def test_a_meetings_arrangement_and_a_reported_next_step_are_measures(
    variant: Callable[[str], str], paragraph: str, label: str, units: list[str], leads: list[str]
) -> None:
    assert_measures(_NEWS + paragraph + "\n", [("", label, units, leads)], variant)


def test_a_meetings_inline_demand_on_its_own_collectives_and_the_bodies_after_it() -> None:
    """heldout98 ep06 (read after the kept-out score): …会议传达学习了…文件,要求各站所、科室要…。县河长办要…: the demand
    and the sentences after it each a measure; a document quoted (…《通知》,要求各地要…) demands nothing of the page."""
    head = "镇巴县水利局召开会议部署当前河长制重点工作\n3月23日,县水利局召开专题会议,对当前河长制重点工作进行安排部署。\n"
    text = head + (
        "会议传达学习了部省相关文件,要求各站所、科室要认真领会文件精神,切实抓好河长制工作。"
        "县河长办要充分发挥组织协调作用,迅速制定工作方案。\n"
    )
    doc = run(text)
    assert [m.label[:4] for m in doc.measures] == ["各站所、", "县河长办"]
    assert [u.surface for u in doc.measures[1].responsible] == ["县河长办"]
    quoted = (
        head
        + "住建部印发《关于加强市政公用行业安全生产工作的通知》,要求各地要以燃气事故为鉴,开展隐患排查。\n"
    )
    assert run(quoted).measures == []


def test_a_speakers_points_each_a_measure() -> None:
    """heldout99 eq08 (read after the kept-out score): 朱正权指出,要进一步提高认识。将…。要进一步压实责任。…: each point's
    short title a measure, its words up to the next point (as heldout80 dx09's gold reads 要落實政府責任)."""
    text = (
        "澧县召开轻工纺织产业工作调度会\n10月12日下午,县长朱正权主持召开澧县轻工纺织产业专项小组工作调度会。\n"
        "朱正权指出,要进一步提高认识。将工作着力点放在发展产业上来,大力发展特色产业。要进一步压实责任。压实各方责任。\n"
        "朱正权强调,要进一步优化服务。工作体系要更加健全。要进一步强化招商。将招商引资作为第一选择。\n"
    )
    assert [m.label for m in run(text).measures] == [
        "要进一步提高认识",
        "要进一步压实责任",
        "要进一步优化服务",
        "要进一步强化招商",
    ]
