"""Round 47 industries: a trade in 业 joined to an economy (现代农业和海洋经济: two names, heldout144 gj11), and the last
item of a 等-list two long names joined (高端装备制造及石油化工, heldout148 gn11; 新能源汽车及零部件 stays one compound).
Both scripts, both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, run


def _industries(text: str, variant: Callable[[str], str]) -> list[str]:
    doc = run(variant(text))
    return sorted({doc.industries[r.key].pref_label for m in doc.measures for r in m.industries})


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("发展现代农业和海洋经济,做大做强。", ["海洋经济", "现代农业"]),
        ("发展实体经济和数字经济。", ["数字经济"]),  # 实体经济: the economy at large, no trade
        (
            "推动新医药、新材料、高端装备制造及石油化工等主导产业实现突破。",
            ["新医药", "新材料", "石油化工", "高端装备制造"],
        ),
        ("发展汽车、电子信息、新能源汽车及零部件等产业。", ["新能源汽车及零部件", "汽车", "电子信息"]),
    ],
)
def test_joined_trades(variant: Callable[[str], str], sentence: str, want: list[str]) -> None:
    text = f"(一)重点任务。{sentence}(责任单位:市工信局)\n(二)加强保障。(责任单位:市财政局)\n"
    got = _industries(text, variant)
    assert got == sorted(want), got  # (the industries' labels are Simplified in every script)
