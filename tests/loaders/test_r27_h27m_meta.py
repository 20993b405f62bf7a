"""Metadata, round 27 (heldout41, 43, 45): a repost's lead names its plan's issuer however the body's name is
printed (a quoted campaign name inside it: …污染防治“三大战役”领导小组; 商务部等5部门办公厅; …办公室近日印发《…》);
a news page's byline (a full date with no more beside it than a short
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


# A repost's lead naming the body that issued the plan it reports: a quoted campaign name inside the body's name, the
# count of the bodies after 等 in a joint act, the day word after the body (…办公室近日印发《…》), the date before it.
_LEADS = [
    (
        "2022年3月23日,某市大气水土壤污染防治“三大战役”领导小组印发《某市2022年大气污染防治工作行动方案》,"
        "明确了全年目标任务。\n",
        "某市大气水土壤污染防治“三大战役”领导小组",
        "2022-03-23",
    ),
    (
        "10月27日,商务部等5部门办公厅印发《城市商业提质行动方案》,主要内容如下:\n①完善城市商业布局体系。\n",
        "商务部等5部门办公厅",
        None,
    ),
    (
        "某省某市政府办公室近日印发《某市低空经济高质量发展行动方案(2025-2027年)》,旨在抢抓低空经济发展机遇。\n",
        "某省某市政府办公室",
        None,
    ),
]


@pytest.mark.parametrize("convert", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "issuer", "issued"), _LEADS)
def test_a_reposts_lead_names_its_issuer(convert, text, issuer, issued) -> None:  # type: ignore[no-untyped-def]
    doc = run(convert(text))
    assert _same(meta_field(doc, "issuer"), convert(issuer))
    if issued is not None:
        assert meta_field(doc, "issued") == issued
