"""Metadata, round 27 (heldout41, 43, 45): a news page's byline (a full date with no more beside it than a short
source name: 本站原创 2017年09月04日 / 2025年05月20日·海西晨报· / 来源:人民网 2023-05-06) is never its title; the
headline above it is. Small inline texts in both scripts and punctuations."""

from __future__ import annotations

import pytest

from policykg.loaders.normalize import match_text, name_key
from tests.loaders.inline import IDS, VARIANTS, meta_field, run


def _same(got: str | None, want: str) -> bool:
    return got is not None and name_key(match_text(got)) == name_key(match_text(want))


_NEWS = (
    "您所在的位置:某某网 >> 新闻 >> 本地要闻\n"
    "我县提前部署冬春森林防火工作\n"
    "{byline}\n"
    "9月1日,县森林草原防灭火指挥部召开会议,部署今冬明春森林防火工作。会议要求各乡镇落实防火责任。\n"
)


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    "byline",
    [
        "本站原创    2017年09月04日",
        "2025年05月20日·某某晨报·",
        "来源:人民网 2023-05-06",
        "2019年3月8日 | 县融媒体中心",
    ],
)
def test_a_dated_byline_under_the_headline_is_no_title(convert, byline) -> None:  # type: ignore[no-untyped-def]
    doc = run(convert(_NEWS.format(byline=byline)))
    assert _same(meta_field(doc, "title"), convert("我县提前部署冬春森林防火工作"))


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
def test_a_dated_title_naming_a_document_stays_a_title(convert) -> None:  # type: ignore[no-untyped-def]
    from policykg.loaders.extract.meta import _dated_byline

    assert _dated_byline(match_text(convert("本站原创 2017年09月04日")))
    assert not _dated_byline(match_text(convert("2023年3月1日某县人民政府关于印发实施方案的通知")))
    assert not _dated_byline(match_text(convert("2023年9月4日县委常委会会议研究部署森林防火工作")))
