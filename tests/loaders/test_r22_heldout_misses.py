"""Round 22, the misses left on heldout20-22: a draft's note (征求意见稿) on the line under a title stays on the
title when the page cites its title with it; a channel's name (地方丨) before a standalone title is no part of it.
Inline texts in both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, family_params, run
from tests.loaders.test_responsibility import keys

META_FAMILIES: dict[str, list[tuple[str, str | None]]] = {
    "draft_note_under_a_title_the_page_cites_with_it": [
        # the preamble cites the title with its note: the note is part of the title
        (
            "日前,市科技局起草了《关于加快发展低空经济的若干措施(征求意见稿)》。\n"
            "关于加快发展低空经济的若干措施\n(征求意见稿)\n为推动低空经济发展,制定本措施。\n",
            "关于加快发展低空经济的若干措施(征求意见稿)",
        ),
        # an attachment line names it so
        (
            "附件:2025年全市养老服务工作要点(征求意见稿)\n2025年全市养老服务工作要点\n(征求意见稿)\n"
            "为做好养老服务工作,制定本要点。\n",
            "2025年全市养老服务工作要点(征求意见稿)",
        ),
        # a note the page never cites with the title is the page's stamp
        (
            "2025年全市养老服务工作要点\n(征求意见稿)\n为做好养老服务工作,制定本要点。\n",
            "2025年全市养老服务工作要点",
        ),
    ],
    "channel_name_before_a_standalone_title": [
        (
            "地方丨某市促进数据要素流通行动方案(2024-2026年)\n为促进数据要素流通,制定本方案。\n",
            "某市促进数据要素流通行动方案(2024-2026年)",
        ),
        (
            "政策解读|某市支持首店经济发展若干措施\n为支持首店经济发展,制定本措施。\n",
            "某市支持首店经济发展若干措施",
        ),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(META_FAMILIES))
def test_r22_title_families(variant: Callable[[str], str], text: str, want: str | None) -> None:
    title = run(variant(text)).meta.title
    assert (title and keys([title])) == (want and keys([want]))
