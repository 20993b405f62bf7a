"""Metadata of round 22 (unseen portals): the labels a county or department catalogue prints for the fields of its
disclosure block, qualified or reworded (信息名称 / 文件标题 / 公文标题 / 题名 for the title; 成文机关 / 制发单位 /
印发机关 for the issuer, 发布机关 for the body that posted it; 印发时间 / 签署日期 for the date sent; 文件字号 /
公文字号 / 文件文号 for the number), and a news outlet a portal credits as the source (来源:某县融媒体中心), which
reports and issues nothing. Inline texts in both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from policykg.loaders.normalize import fold
from tests.loaders.inline import IDS, VARIANTS, family_params, meta_field, run

BODY = "各有关单位:\n1.城镇新增就业3000人。\n"
ISSUER = "淮北市相山区人力资源和社会保障局"
TITLE = "关于印发2023年全区就业工作要点的通知"
NUMBER = "相人社〔2023〕5号"

Case = tuple[str, dict[str, str | None]]

# Each family's cases: a page and the fields it gives (issuer by label, title, issued, doc_number).
FAMILIES: dict[str, list[Case]] = {
    "qualified_title_labels": [
        (f"{label}:{TITLE}\n发文机关:{ISSUER}\n" + BODY, {"title": TITLE, "issuer": ISSUER})
        for label in ("信息名称", "文件标题", "公文标题", "题名")
    ],
    "issuer_date_and_number_label_variants": [
        (
            f"标题:{TITLE}\n{who}:{ISSUER}\n{when}:2023年4月7日\n{no}:{NUMBER}\n" + BODY,
            {"issuer": ISSUER, "issued": "2023-04-07", "doc_number": NUMBER},
        )
        for who, when, no in (
            ("成文机关", "印发时间", "文件字号"),
            ("制发单位", "签署日期", "公文字号"),
            ("印发机关", "发文日期", "文件文号"),
        )
    ]
    # the body that posted it, when nothing else names one
    + [(f"标题:{TITLE}\n发布机关:{ISSUER}\n成文日期:2023-04-07\n" + BODY, {"issuer": ISSUER})],
    "news_outlet_credited_as_source": [
        # a news outlet reports; nothing names an issuer
        ("索引号:20230425-001 时间:2023-05-11 来源:泰顺县融媒体中心\n" + BODY, {"issuer": None}),
        ("来源:泰顺日报 发布时间:2023-05-11\n" + BODY, {"issuer": None}),
        # a body credited as the source names its place: the issuer
        (
            "来源:泰顺县人力资源和社会保障局 发布时间:2023-05-11\n" + BODY,
            {"issuer": "泰顺县人力资源和社会保障局"},
        ),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_r22_disclosure_labels(variant: Callable[[str], str], text: str, want: dict[str, str | None]) -> None:
    doc = run(variant(text))
    for field, value in want.items():
        got = doc.meta.doc_number if field == "doc_number" else meta_field(doc, field)
        assert (fold(got) if got else got) == (fold(value) if value else value), field
