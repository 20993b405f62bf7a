"""Round 42 (heldout102 et07/et08, heldout104 ev08: 控制吸烟 办法, a 山洪灾害防御 guide): an article framing the
document is no measure when its first sentence is wrapped over lines (第一条 为…,依据 / 有关法律…制定本办法。), states
its scope with the document after the verb (…适用本办法。), ends with its principles with no full stop (…的原则), or
holds to principles in ;-pieces for the field it governs (山洪灾害防御坚持人民至上、生命至上;坚持以防为主、防治结合). Both
scripts, both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from policykg.loaders.normalize import match_text
from tests.loaders.inline import IDS, VARIANTS, run

_TAIL = (
    "第四条 市卫生健康部门负责本市控制吸烟工作的监督管理。\n第五条 各级党政机关应当加强本单位控制吸烟工作。\n"
)
FRAMES = [
    "第一条 为减少和消除烟草烟雾危害,保障公众身体健\n康,依据有关法律法规规定,结合本市实际,制定本办法。\n",
    "第二条 本市行政区域内的控制吸烟工作适用本办法。\n",
    "第三条 本市控烟工作实行“政府主导、单位负责、公众参与、综合治理”的原则\n\n",
    "第三条 山洪灾害防御坚持人民至上、生命至上;坚持以防为主、防治结合。\n",
]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    "frame", FRAMES, ids=["wrapped-purpose", "scope", "principles-end", "principles-field"]
)
def test_a_framing_article_is_no_measure(variant: Callable[[str], str], frame: str) -> None:
    doc = run(variant("某市控制吸烟办法\n" + frame + _TAIL))
    assert [match_text(m.number) for m in doc.measures] == [
        match_text(variant(n)) for n in ("第四条", "第五条")
    ]


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_plans_account_of_what_exists_is_no_measure(variant: Callable[[str], str]) -> None:
    # heldout101 es10: 一、基本情况 / (一)县域商业概况 / 1.基本县情 / 2.主要商业概况 / (二)前期工作进展: no measures
    text = (
        "某县县域商业体系建设工作方案\n一、基本情况\n(一)县域商业概况\n1.基本县情。全县总面积2000平方公里,辖9镇1乡。\n"
        "2.主要商业概况。全县现有商贸企业120家,农贸市场15个。\n(二)前期工作进展\n去年建成乡镇商贸中心3个。\n"
        "二、重点任务\n(一)完善县域商业网络。建设县级物流配送中心1个。(责任单位:县商务局)\n"
    )
    doc = run(variant(text))
    assert [match_text(m.number) for m in doc.measures] == [match_text(variant("(一)"))]
