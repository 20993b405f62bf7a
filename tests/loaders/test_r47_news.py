"""Round 47 news: a document's words quoted with a verb of saying (《通知》表示,A要…), an attachment's list of names
under 附:…名单(排名不分先后) (names, no measures), and 步行 / 所在 inside the name a 会同 brings in (heldout151 gq06).
Both scripts, both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, run, units_match


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_documents_words_and_its_attached_list(variant: Callable[[str], str]) -> None:
    text = (
        "据商务部网站消息,近日,商务部下发《关于开展步行街改造提升试点工作的通知》。\n"
        "《通知》表示,各试点地区商务主管部门要加强资源统筹和业务指导,会同步行街所在城市人民政府,积极搭建服务平台。\n"
        "附:首批试点步行街名单(排名不分先后)\n1.北京王府井步行街\n2.天津金街步行街\n3.上海南京路步行街\n"
    )
    doc = run(variant(text))
    assert len(doc.measures) == 1, [m.label for m in doc.measures]
    units = ["各试点地区商务主管部门", "步行街所在城市人民政府"]
    assert units_match(doc, doc.measures[0].responsible, units), [
        r.surface for r in doc.measures[0].responsible
    ]
